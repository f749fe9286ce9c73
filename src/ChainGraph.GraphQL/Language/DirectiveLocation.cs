namespace ChainGraph.GraphQL.Language;

/// <summary>Where a directive may appear (spec §3.13 DirectiveLocations).</summary>
public enum DirectiveLocation
{
    /// <summary><c>QUERY</c></summary>
    Query,

    /// <summary><c>MUTATION</c></summary>
    Mutation,

    /// <summary><c>SUBSCRIPTION</c></summary>
    Subscription,

    /// <summary><c>FIELD</c></summary>
    Field,

    /// <summary><c>FRAGMENT_DEFINITION</c></summary>
    FragmentDefinition,

    /// <summary><c>FRAGMENT_SPREAD</c></summary>
    FragmentSpread,

    /// <summary><c>INLINE_FRAGMENT</c></summary>
    InlineFragment,

    /// <summary><c>VARIABLE_DEFINITION</c></summary>
    VariableDefinition,

    /// <summary><c>SCHEMA</c></summary>
    Schema,

    /// <summary><c>SCALAR</c></summary>
    Scalar,

    /// <summary><c>OBJECT</c></summary>
    Object,

    /// <summary><c>FIELD_DEFINITION</c></summary>
    FieldDefinition,

    /// <summary><c>ARGUMENT_DEFINITION</c></summary>
    ArgumentDefinition,

    /// <summary><c>INTERFACE</c></summary>
    Interface,

    /// <summary><c>UNION</c></summary>
    Union,

    /// <summary><c>ENUM</c></summary>
    Enum,

    /// <summary><c>ENUM_VALUE</c></summary>
    EnumValue,

    /// <summary><c>INPUT_OBJECT</c></summary>
    InputObject,

    /// <summary><c>INPUT_FIELD_DEFINITION</c></summary>
    InputFieldDefinition,

    /// <summary><c>DIRECTIVE_DEFINITION</c> (graphql-js 16.15 experimental directive deprecation)</summary>
    DirectiveDefinition,
}
