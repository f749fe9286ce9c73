namespace ChainGraph.GraphQL.Execution;

/// <summary>An ordered grouped field set: response keys in selection order and their field groups.</summary>
internal sealed class CollectedFields(string[] keys, FieldGroup[] groups)
{
    public string[] Keys { get; } = keys;

    public FieldGroup[] Groups { get; } = groups;
}
