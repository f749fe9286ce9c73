using ChainGraph.Api.Security;
using ChainGraph.GraphQL;
using ChainGraph.GraphQL.Execution;
using ChainGraph.GraphQL.Language;

namespace ChainGraph.Api.Schema;

/// <summary>
/// Applies the SDL's <c>@auth(requires: ROLE)</c>: every such field's resolver first checks the caller's role and
/// otherwise fails with FORBIDDEN (the field is nullable, so only it becomes null).
/// </summary>
public static class Authorization
{
    /// <summary>Required roles by (type, field), read from the schema document.</summary>
    public static IReadOnlyDictionary<(string Type, string Field), Role> Rules(DocumentNode document) =>
        document.Definitions.OfType<ObjectTypeDefinitionNode>()
            .SelectMany(type => type.Fields.Select(field => (Type: type.Name.Value, Field: field, Auth: field.Directives.FirstOrDefault(d => d.Name.Value == "auth"))))
            .Where(x => x.Auth is not null)
            .ToDictionary(x => (x.Type, x.Field.Name.Value), x => Enum.Parse<Role>(((EnumValueNode)x.Auth!.Arguments.Single().Value).Value, ignoreCase: true));

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
