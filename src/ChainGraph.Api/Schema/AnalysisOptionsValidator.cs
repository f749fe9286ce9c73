using Microsoft.Extensions.Options;

namespace ChainGraph.Api.Schema;

/// <summary>
/// Checks <see cref="AnalysisOptions.RulesFile"/> at start against the store's current data, so a bad row stops the service with its file
/// and line.
/// </summary>
internal sealed class AnalysisOptionsValidator(StoreProvider stores) : IValidateOptions<AnalysisOptions>
{
    public ValidateOptionsResult Validate(string? name, AnalysisOptions options)
    {
        if (options.RulesPath is null) return ValidateOptionsResult.Success;
        try
        {
            using var store = stores.Open();
            options.SettingsFor(store.LoadDataset());
            return ValidateOptionsResult.Success;
        }
        catch (InvalidDataException e)
        {
            return ValidateOptionsResult.Fail(e.Message);
        }
    }
}
