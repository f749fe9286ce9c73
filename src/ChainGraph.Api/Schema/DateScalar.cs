using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace ChainGraph.Api.Schema;

/// <summary>The SDL's <c>Date</c>: a <see cref="DateOnly"/> written <c>yyyy-MM-dd</c>.</summary>
internal sealed class DateScalar : ScalarGraphType
{
    public DateScalar() => Name = "Date";

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => throw new GraphQLException($"Date cannot represent {value}"),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        DateOnly d => d,
        string s when DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
        _ => throw new GraphQLException($"Date must be a string yyyy-MM-dd, got {value}"),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => ParseValue(s.Value.ToString()),
        _ => throw new GraphQLException($"Date must be a string yyyy-MM-dd, got {value.Kind}"),
    };
}
