using ChainGraph.Domain.Text;
using Microsoft.Extensions.Primitives;

namespace ChainGraph.Api.Pages;

/// <summary>
/// The <c>lang</c> query parameter of the briefing pages: <c>zh</c> (the default) or <c>en</c>; anything else is a 400 naming the valid
/// values.
/// </summary>
public static class BriefingLanguage
{
    public const string ValidValues = "zh, en";

    /// <summary>The language asked for; Chinese when absent; null when the value is not one of <see cref="ValidValues"/>.</summary>
    public static Language? Read(StringValues value) => value.Count == 0 ? Language.Zh : value.ToString().ToLowerInvariant() switch
    {
        "zh" => Language.Zh,
        "en" => Language.En,
        _ => null,
    };

    public static IResult Invalid(StringValues value) =>
        Results.BadRequest(new { error = $"lang '{value}' is not a briefing language; valid values: {ValidValues}" });
}
