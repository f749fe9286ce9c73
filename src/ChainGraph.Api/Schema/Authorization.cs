using ChainGraph.Api.Security;
using GraphQLParser.AST;

namespace ChainGraph.Api.Schema;

/// <summary>
/// Applies the SDL's <c>@auth(requires: ROLE)</c>: every such field's resolver first checks the caller's role and
/// otherwise fails with FORBIDDEN (the field is nullable, so only it becomes null).
/// </summary>
public static class Authorization
{
    /// <summary>Required roles by (type, field), read from the schema document.</summary>
    public static IReadOnlyDictionary<(string Type, string Field), Role> Rules(GraphQLDocument document) =>
        document.Definitions.OfType<GraphQLObjectTypeDefinition>()
            .SelectMany(type => (type.Fields?.Items ?? [])
            .Select(field => (Type: type.Name.StringValue, Field: field, Auth: field.Directives?.Items.FirstOrDefault(
            d => d.Name == "auth"))))
            .Where(x => x.Auth is not null)
            .ToDictionary(x => (x.Type, x.Field.Name.StringValue), x => Enum.Parse<Role>(
            ((GraphQLEnumValue)x.Auth!.Arguments!.Items.Single().Value).Name.StringValue, ignoreCase: true));

    public static FieldResolver Require(Role role, FieldResolver resolver) => ctx =>
    {
        var caller = RequestScope.CallerOf(ctx);
        if (caller.Has(role)) return resolver(ctx);
        var message = $"{ctx.ParentType.Name}.{ctx.Field.Name} needs the {role.ToString().ToLowerInvariant()} role; this key ({caller.Name}) is {caller.Role.ToString().ToLowerInvariant()}";
        // A refused change is audited like a made one: who tried what, and why it was refused.
        if (ctx.ParentType.Name == "Mutation") RequestScope.Service<IAuditLog>(ctx).Refused(caller, ctx.Field.Name, "", message);
        throw new GraphQLException(message, ErrorCodes.Forbidden);
    };
}
