using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace ChainGraph.Api.Schema;

/// <summary>The SDL's <c>DateTime</c>: a <see cref="DateTimeOffset"/> written ISO 8601 with its offset.</summary>
internal sealed class DateTimeScalar : ScalarGraphType
{
    public DateTimeScalar() => Name = "DateTime";

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateTimeOffset t => t.ToString("O", CultureInfo.InvariantCulture),
        _ => throw new GraphQLException($"DateTime cannot represent {value}"),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        DateTimeOffset t => t,
        string s when DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) => t,
        _ => throw new GraphQLException($"DateTime must be an ISO 8601 string, got {value}"),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => ParseValue(s.Value.ToString()),
        _ => throw new GraphQLException($"DateTime must be an ISO 8601 string, got {value.Kind}"),
    };
}
