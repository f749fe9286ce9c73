using System.Globalization;
using System.Runtime.CompilerServices;
using ChainGraph.GraphQL.Language;
using ChainGraph.GraphQL.Types;

namespace ChainGraph.GraphQL.Limits;

/// <summary>
/// The <c>@cost(weight:)</c> and <c>@listSize(assumedSize:, slicingArguments:)</c> settings of a field, read once per
/// field definition and cached. Thread-safe.
/// </summary>
internal sealed record CostDirectives(int? Weight, int? AssumedSize, IReadOnlyList<string> SlicingArguments)
{
    private static readonly ConditionalWeakTable<object, CostDirectives> Cache = new();
    private static readonly string[] DefaultSlicingArguments = ["first", "last"];

    public static CostDirectives For(FieldDefinition field) => Cache.GetValue(field, _ => Read(field.AppliedDirectives));

    public static int? TypeWeight(NamedType type) => Cache.GetValue(type, _ => Read(type.AppliedDirectives)).Weight;

    private static CostDirectives Read(IReadOnlyList<DirectiveNode> directives)
    {
        var cost = directives.FirstOrDefault(d => d.Name.Value == "cost");
        var listSize = directives.FirstOrDefault(d => d.Name.Value == "listSize");
        var slicing = Argument(listSize, "slicingArguments") is ListValueNode list
            ? list.Values.OfType<StringValueNode>().Select(v => v.Value).ToArray()
            : DefaultSlicingArguments;
        return new CostDirectives(IntArgument(cost, "weight"), IntArgument(listSize, "assumedSize"), slicing);
    }

    private static ValueNode? Argument(DirectiveNode? directive, string name) =>
        directive?.Arguments.FirstOrDefault(a => a.Name.Value == name)?.Value;

    private static int? IntArgument(DirectiveNode? directive, string name) =>
        Argument(directive, name) is IntValueNode value && int.TryParse(value.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result) ? result : null;
}
