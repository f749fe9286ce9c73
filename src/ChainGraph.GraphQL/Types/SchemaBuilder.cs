using ChainGraph.GraphQL.Execution;
using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Types;

/// <summary>
/// Builds a <see cref="GraphQLSchema"/> SDL-first: parse the SDL, register resolvers, type resolvers, scalars and
/// enum bindings, then <see cref="Build"/>, which validates the whole schema and throws <see cref="SchemaException"/>
/// listing every problem. Not thread-safe; the built schema is immutable and thread-safe.
/// </summary>
/// <example>
/// <code>
/// var schema = SchemaBuilder.FromSdl("type Query { hello(name: String!): String! }")
///     .Resolve("Query", "hello", ctx => "Hello, " + ctx.Argument&lt;string&gt;("name"))
///     .Build();
/// </code>
/// </example>
public sealed class SchemaBuilder
{
    private static readonly ParserOptions SdlParserOptions = new() { MaxTokens = int.MaxValue, MaxDepth = 256, MaxDocumentLength = int.MaxValue };

    private SchemaBuilder(DocumentNode document)
    {
        Document = document;
    }

    /// <summary>The parsed SDL.</summary>
    public DocumentNode Document { get; }

    internal Dictionary<(string Type, string Field), FieldResolver> Resolvers { get; } = [];

    internal Dictionary<string, TypeResolver> TypeResolvers { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, Func<object, ResolveContext, bool>> IsTypeOfPredicates { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, ScalarType> Scalars { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, Type> EnumBindings { get; } = new(StringComparer.Ordinal);

    /// <summary>Parses <paramref name="sdl"/>; throws <see cref="GraphQLSyntaxError"/> when it is not valid GraphQL.</summary>
    public static SchemaBuilder FromSdl(string sdl) => new(Parser.Parse(sdl, SdlParserOptions));

    /// <summary>Registers an asynchronous resolver for <c>typeName.fieldName</c> (object or interface type).</summary>
    public SchemaBuilder Resolve(string typeName, string fieldName, FieldResolver resolver)
    {
        Resolvers[(typeName, fieldName)] = resolver;
        return this;
    }

    /// <summary>Registers a synchronous resolver for <c>typeName.fieldName</c>.</summary>
    public SchemaBuilder Resolve(string typeName, string fieldName, Func<ResolveContext, object?> resolver)
    {
        Resolvers[(typeName, fieldName)] = ctx => new ValueTask<object?>(resolver(ctx));
        return this;
    }

    /// <summary>Registers how values of an interface or union resolve to an object type name.</summary>
    public SchemaBuilder ResolveType(string abstractTypeName, TypeResolver resolver)
    {
        TypeResolvers[abstractTypeName] = resolver;
        return this;
    }

    /// <summary>Registers a predicate telling whether a value belongs to an object type.</summary>
    public SchemaBuilder IsTypeOf(string objectTypeName, Func<object, ResolveContext, bool> predicate)
    {
        IsTypeOfPredicates[objectTypeName] = predicate;
        return this;
    }

    /// <summary>
    /// Implements a custom scalar declared in the SDL. <paramref name="serialize"/> maps internal values to JSON-compatible
    /// ones; <paramref name="parse"/> maps variable values (CLR primitives, dictionaries, lists) to internal values;
    /// <paramref name="parseLiteral"/> maps literals (default: untyped literal value passed to <paramref name="parse"/>).
    /// Each throws on invalid input. Unregistered custom scalars pass values through unchanged.
    /// </summary>
    public SchemaBuilder Scalar(string name, Func<object, object?> serialize, Func<object?, object?>? parse = null, Func<ValueNode, object?>? parseLiteral = null)
    {
        var parseValue = parse ?? (value => value);
        Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?> literal = parseLiteral is null
            ? (node, variables) => parseValue(InputValues.ValueFromAstUntyped(node, variables))
            : (node, _) => parseLiteral(node);
        Scalars[name] = new ScalarType(name, serialize, parseValue, literal);
        return this;
    }

    /// <summary>Binds an SDL enum to a CLR enum: resolvers receive and may return its members (matched by name ignoring case and underscores).</summary>
    public SchemaBuilder BindEnum<TEnum>(string enumTypeName)
        where TEnum : struct, Enum
    {
        EnumBindings[enumTypeName] = typeof(TEnum);
        return this;
    }

    /// <summary>Builds and validates the schema. Throws <see cref="SchemaException"/> with every error found.</summary>
    public GraphQLSchema Build() => new SchemaAssembler(this).Assemble();
}
