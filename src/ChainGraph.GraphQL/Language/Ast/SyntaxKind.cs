namespace ChainGraph.GraphQL.Language;

/// <summary>The kind of a <see cref="SyntaxNode"/>, for switching without type tests.</summary>
public enum SyntaxKind
{
    /// <summary>See <see cref="DocumentNode"/>.</summary>
    Document,
    /// <summary>See <see cref="OperationDefinitionNode"/>.</summary>
    OperationDefinition,
    /// <summary>See <see cref="VariableDefinitionNode"/>.</summary>
    VariableDefinition,
    /// <summary>See <see cref="SelectionSetNode"/>.</summary>
    SelectionSet,
    /// <summary>See <see cref="FieldNode"/>.</summary>
    Field,
    /// <summary>See <see cref="FragmentSpreadNode"/>.</summary>
    FragmentSpread,
    /// <summary>See <see cref="InlineFragmentNode"/>.</summary>
    InlineFragment,
    /// <summary>See <see cref="FragmentDefinitionNode"/>.</summary>
    FragmentDefinition,
    /// <summary>See <see cref="ArgumentNode"/>.</summary>
    Argument,
    /// <summary>See <see cref="DirectiveNode"/>.</summary>
    Directive,
    /// <summary>See <see cref="NameNode"/>.</summary>
    Name,
    /// <summary>See <see cref="VariableNode"/>.</summary>
    Variable,
    /// <summary>See <see cref="IntValueNode"/>.</summary>
    IntValue,
    /// <summary>See <see cref="FloatValueNode"/>.</summary>
    FloatValue,
    /// <summary>See <see cref="StringValueNode"/>.</summary>
    StringValue,
    /// <summary>See <see cref="BooleanValueNode"/>.</summary>
    BooleanValue,
    /// <summary>See <see cref="NullValueNode"/>.</summary>
    NullValue,
    /// <summary>See <see cref="EnumValueNode"/>.</summary>
    EnumValue,
    /// <summary>See <see cref="ListValueNode"/>.</summary>
    ListValue,
    /// <summary>See <see cref="ObjectValueNode"/>.</summary>
    ObjectValue,
    /// <summary>See <see cref="ObjectFieldNode"/>.</summary>
    ObjectField,
    /// <summary>See <see cref="NamedTypeNode"/>.</summary>
    NamedType,
    /// <summary>See <see cref="ListTypeNode"/>.</summary>
    ListType,
    /// <summary>See <see cref="NonNullTypeNode"/>.</summary>
    NonNullType,
    /// <summary>See <see cref="SchemaDefinitionNode"/>.</summary>
    SchemaDefinition,
    /// <summary>See <see cref="OperationTypeDefinitionNode"/>.</summary>
    OperationTypeDefinition,
    /// <summary>See <see cref="ScalarTypeDefinitionNode"/>.</summary>
    ScalarTypeDefinition,
    /// <summary>See <see cref="ObjectTypeDefinitionNode"/>.</summary>
    ObjectTypeDefinition,
    /// <summary>See <see cref="FieldDefinitionNode"/>.</summary>
    FieldDefinition,
    /// <summary>See <see cref="InputValueDefinitionNode"/>.</summary>
    InputValueDefinition,
    /// <summary>See <see cref="InterfaceTypeDefinitionNode"/>.</summary>
    InterfaceTypeDefinition,
    /// <summary>See <see cref="UnionTypeDefinitionNode"/>.</summary>
    UnionTypeDefinition,
    /// <summary>See <see cref="EnumTypeDefinitionNode"/>.</summary>
    EnumTypeDefinition,
    /// <summary>See <see cref="EnumValueDefinitionNode"/>.</summary>
    EnumValueDefinition,
    /// <summary>See <see cref="InputObjectTypeDefinitionNode"/>.</summary>
    InputObjectTypeDefinition,
    /// <summary>See <see cref="DirectiveDefinitionNode"/>.</summary>
    DirectiveDefinition,
    /// <summary>See <see cref="SchemaExtensionNode"/>.</summary>
    SchemaExtension,
    /// <summary>See <see cref="ScalarTypeExtensionNode"/>.</summary>
    ScalarTypeExtension,
    /// <summary>See <see cref="ObjectTypeExtensionNode"/>.</summary>
    ObjectTypeExtension,
    /// <summary>See <see cref="InterfaceTypeExtensionNode"/>.</summary>
    InterfaceTypeExtension,
    /// <summary>See <see cref="UnionTypeExtensionNode"/>.</summary>
    UnionTypeExtension,
    /// <summary>See <see cref="EnumTypeExtensionNode"/>.</summary>
    EnumTypeExtension,
    /// <summary>See <see cref="InputObjectTypeExtensionNode"/>.</summary>
    InputObjectTypeExtension,

    /// <summary>See <see cref="SchemaCoordinateNode"/>.</summary>
    SchemaCoordinate,
}
