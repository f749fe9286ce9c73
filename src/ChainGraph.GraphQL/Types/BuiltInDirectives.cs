namespace ChainGraph.GraphQL.Types;

/// <summary>SDL of the directives every schema has, and of the engine's optional cost directives.</summary>
internal static class BuiltInDirectives
{
    /// <summary>The spec's directives, in graphql-js's <c>specifiedDirectives</c> order.</summary>
    public const string SpecifiedSdl = """
        "Directs the executor to include this field or fragment only when the `if` argument is true."
        directive @include("Included when true." if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

        "Directs the executor to skip this field or fragment when the `if` argument is true."
        directive @skip("Skipped when true." if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

        "Marks an element of a GraphQL schema as no longer supported."
        directive @deprecated(
          "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/)."
          reason: String = "No longer supported"
        ) on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE | DIRECTIVE_DEFINITION

        "Exposes a URL that specifies the behavior of this scalar."
        directive @specifiedBy("The URL that specifies the behavior of this scalar." url: String!) on SCALAR

        "Indicates exactly one field must be supplied and this field must not be `null`."
        directive @oneOf on INPUT_OBJECT
        """;

    /// <summary>The <c>@cost</c> directive, declared only when the SDL uses it without defining it.</summary>
    public const string CostSdl = """
        "The relative cost of resolving a field (or of a type), used by the request cost limit."
        directive @cost(weight: Int!) on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR | ENUM
        """;

    /// <summary>The <c>@listSize</c> directive, declared only when the SDL uses it without defining it.</summary>
    public const string ListSizeSdl = """
        "The expected size of a list field, used by the request cost limit."
        directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!]) on FIELD_DEFINITION
        """;
}
