using GraphQL.Introspection;
using GraphQL.Types;

namespace ChainGraph.Api.Schema;

/// <summary>
/// Introspection lists every directive, the type-system ones too (<c>@auth</c>, <c>@listSize</c>, <c>@specifiedBy</c>):
/// they are part of the contract, and <c>GET /graphql?sdl</c> prints them, so both views of the schema agree.
/// GraphQL.NET lists only executable directives by default.
/// </summary>
internal sealed class EveryDirectiveFilter : DefaultSchemaFilter
{
    public override Task<bool> AllowDirective(Directive directive) => Allowed;
}
