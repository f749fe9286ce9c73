using ChainGraph.GraphQL.Execution;
using ChainGraph.GraphQL.Language;
using ChainGraph.GraphQL.Types;

namespace ChainGraph.GraphQL.Introspection;

/// <summary>
/// Resolvers of the introspection types over the schema model: <c>__Type</c> values are <see cref="GraphQLType"/>s,
/// <c>__Field</c> values <see cref="FieldDefinition"/>s, and so on. Attached once per schema at build time.
/// </summary>
internal static class IntrospectionResolvers
{
    public static void Attach(GraphQLSchema schema)
    {
        Set(schema.MetaFields.Schema, ctx => ctx.Schema);
        Set(schema.MetaFields.Type, ctx => ctx.Schema.GetType(ctx.Argument<string>("name")!));
        Set(schema.MetaFields.TypeName, ctx => ctx.ParentType.Name);
        AttachSchema(Type(schema, "__Schema"));
        AttachType(Type(schema, "__Type"));
        AttachField(Type(schema, "__Field"));
        AttachInputValue(Type(schema, "__InputValue"));
        AttachEnumValue(Type(schema, "__EnumValue"));
        AttachDirective(Type(schema, "__Directive"));
    }

    private static ObjectType Type(GraphQLSchema schema, string name) => (ObjectType)schema.GetType(name)!;

    private static void Set(FieldDefinition field, Func<ResolveContext, object?> resolve)
    {
        field.Resolver = ctx => new ValueTask<object?>(resolve(ctx));
        field.HasCustomResolver = true;
    }

    private static void Set<TParent>(ObjectType type, string field, Func<TParent, ResolveContext, object?> resolve) =>
        Set(type.Fields[field]!, ctx => resolve((TParent)ctx.Parent!, ctx));

    private static void AttachSchema(ObjectType type)
    {
        Set<GraphQLSchema>(type, "description", (s, _) => s.Description);
        Set<GraphQLSchema>(type, "types", (s, _) => s.Types);
        Set<GraphQLSchema>(type, "queryType", (s, _) => s.QueryType);
        Set<GraphQLSchema>(type, "mutationType", (s, _) => s.MutationType);
        Set<GraphQLSchema>(type, "subscriptionType", (s, _) => s.SubscriptionType);
        Set<GraphQLSchema>(type, "directives", (s, ctx) => s.Directives.Where(d => IncludeDeprecated(ctx) || !d.IsDeprecated).ToList());
    }

    private static void AttachType(ObjectType type)
    {
        Set<GraphQLType>(type, "kind", (t, _) => t.Kind);
        Set<GraphQLType>(type, "name", (t, _) => (t as NamedType)?.Name);
        Set<GraphQLType>(type, "description", (t, _) => (t as NamedType)?.Description);
        Set<GraphQLType>(type, "specifiedByURL", (t, _) => (t as ScalarType)?.SpecifiedByUrl);
        Set<GraphQLType>(type, "fields", (t, ctx) => (t as ComplexType)?.Fields.Where(f => IncludeDeprecated(ctx) || !f.IsDeprecated).ToList());
        Set<GraphQLType>(type, "interfaces", (t, _) => (t as ComplexType)?.Interfaces);
        Set<GraphQLType>(type, "possibleTypes", (t, ctx) => t.IsAbstract ? ctx.Schema.GetPossibleTypes((NamedType)t) : null);
        Set<GraphQLType>(type, "enumValues", (t, ctx) => (t as EnumType)?.Values.Where(v => IncludeDeprecated(ctx) || !v.IsDeprecated).ToList());
        Set<GraphQLType>(type, "inputFields", (t, ctx) => (t as InputObjectType)?.Fields.Where(f => IncludeDeprecated(ctx) || !f.IsDeprecated).ToList());
        Set<GraphQLType>(type, "ofType", (t, _) => t switch { ListType l => l.OfType, NonNullType n => n.OfType, _ => null });
        Set<GraphQLType>(type, "isOneOf", (t, _) => t is InputObjectType input ? input.IsOneOf : null);
    }

    private static bool IncludeDeprecated(ResolveContext ctx) => ctx.Argument<bool>("includeDeprecated");

    private static void AttachField(ObjectType type)
    {
        Set<FieldDefinition>(type, "name", (f, _) => f.Name);
        Set<FieldDefinition>(type, "description", (f, _) => f.Description);
        Set<FieldDefinition>(type, "args", (f, ctx) => f.Arguments.Where(a => IncludeDeprecated(ctx) || !a.IsDeprecated).ToList());
        Set<FieldDefinition>(type, "type", (f, _) => f.Type);
        Set<FieldDefinition>(type, "isDeprecated", (f, _) => f.IsDeprecated);
        Set<FieldDefinition>(type, "deprecationReason", (f, _) => f.DeprecationReason);
    }

    private static void AttachInputValue(ObjectType type)
    {
        Set<InputValueDefinition>(type, "name", (v, _) => v.Name);
        Set<InputValueDefinition>(type, "description", (v, _) => v.Description);
        Set<InputValueDefinition>(type, "type", (v, _) => v.Type);
        Set<InputValueDefinition>(type, "defaultValue", (v, _) => v.DefaultValue is null ? null : Printer.Print(v.DefaultValue));
        Set<InputValueDefinition>(type, "isDeprecated", (v, _) => v.IsDeprecated);
        Set<InputValueDefinition>(type, "deprecationReason", (v, _) => v.DeprecationReason);
    }

    private static void AttachEnumValue(ObjectType type)
    {
        Set<EnumValueDefinition>(type, "name", (v, _) => v.Name);
        Set<EnumValueDefinition>(type, "description", (v, _) => v.Description);
        Set<EnumValueDefinition>(type, "isDeprecated", (v, _) => v.IsDeprecated);
        Set<EnumValueDefinition>(type, "deprecationReason", (v, _) => v.DeprecationReason);
    }

    private static void AttachDirective(ObjectType type)
    {
        Set<DirectiveDefinition>(type, "name", (d, _) => d.Name);
        Set<DirectiveDefinition>(type, "description", (d, _) => d.Description);
        Set<DirectiveDefinition>(type, "isRepeatable", (d, _) => d.IsRepeatable);
        Set<DirectiveDefinition>(type, "locations", (d, _) => d.Locations);
        Set<DirectiveDefinition>(type, "args", (d, ctx) => d.Arguments.Where(a => IncludeDeprecated(ctx) || !a.IsDeprecated).ToList());
        Set<DirectiveDefinition>(type, "isDeprecated", (d, _) => d.IsDeprecated);
        Set<DirectiveDefinition>(type, "deprecationReason", (d, _) => d.DeprecationReason);
    }
}
