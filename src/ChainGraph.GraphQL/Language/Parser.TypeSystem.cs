namespace ChainGraph.GraphQL.Language;

/// <content>Type-system definitions and extensions (SDL).</content>
public sealed partial class Parser
{
    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    private TypeSystemDefinitionNode? ParseTypeSystemDefinition(string keyword) => keyword switch
    {
        "schema" => ParseSchemaDefinition(),
        "scalar" => ParseScalarTypeDefinition(),
        "type" => ParseObjectTypeDefinition(),
        "interface" => ParseInterfaceTypeDefinition(),
        "union" => ParseUnionTypeDefinition(),
        "enum" => ParseEnumTypeDefinition(),
        "input" => ParseInputObjectTypeDefinition(),
        "directive" => ParseDirectiveDefinition(),
        _ => null,
    };

    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(true);
        var operationTypes = Many(TokenKind.BraceLeft, ParseOperationTypeDefinition, TokenKind.BraceRight);
        return new SchemaDefinitionNode(description, directives, operationTypes, LocationFrom(start));
    }

    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = Current;
        var operation = ParseOperationType();
        ExpectToken(TokenKind.Colon);
        return new OperationTypeDefinitionNode(operation, ParseNamedType(), LocationFrom(start));
    }

    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        return new ScalarTypeDefinitionNode(description, name, ParseDirectives(true), LocationFrom(start));
    }

    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(description, name, interfaces, directives, fields, LocationFrom(start));
    }

    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(description, name, interfaces, directives, fields, LocationFrom(start));
    }

    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces() =>
        ExpectOptionalKeyword("implements") ? DelimitedMany(TokenKind.Amp, ParseNamedType) : [];

    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition() =>
        OptionalMany(TokenKind.BraceLeft, ParseFieldDefinition, TokenKind.BraceRight);

    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        return new FieldDefinitionNode(description, name, arguments, type, ParseDirectives(true), LocationFrom(start));
    }

    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentDefinitions() =>
        OptionalMany(TokenKind.ParenLeft, ParseInputValueDefinition, TokenKind.ParenRight);

    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(true) : null;
        return new InputValueDefinitionNode(description, name, type, defaultValue, ParseDirectives(true), LocationFrom(start));
    }

    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(true);
        return new UnionTypeDefinitionNode(description, name, directives, ParseUnionMemberTypes(), LocationFrom(start));
    }

    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes() =>
        ExpectOptionalToken(TokenKind.Equals) ? DelimitedMany(TokenKind.Pipe, ParseNamedType) : [];

    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var values = OptionalMany(TokenKind.BraceLeft, ParseEnumValueDefinition, TokenKind.BraceRight);
        return new EnumTypeDefinitionNode(description, name, directives, values, LocationFrom(start));
    }

    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        if (Current.Value is "true" or "false" or "null")
        {
            throw _lexer.Error(Current.Start, $"{Current} is reserved and cannot be used for an enum value.");
        }

        var name = ParseName();
        return new EnumValueDefinitionNode(description, name, ParseDirectives(true), LocationFrom(start));
    }

    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var fields = OptionalMany(TokenKind.BraceLeft, ParseInputValueDefinition, TokenKind.BraceRight);
        return new InputObjectTypeDefinitionNode(description, name, directives, fields, LocationFrom(start));
    }

    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("directive");
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        var directives = ParseDirectives(true);
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        var locations = DelimitedMany(TokenKind.Pipe, ParseDirectiveLocation);
        return new DirectiveDefinitionNode(description, name, arguments, repeatable, locations, LocationFrom(start), directives);
    }

    private NameNode ParseDirectiveLocation()
    {
        var start = Current;
        var name = ParseName();
        if (DirectiveLocationExtensions.TryParse(name.Value, out _))
        {
            return name;
        }

        throw Unexpected(start);
    }

    private TypeSystemDefinitionNode ParseTypeSystemExtension()
    {
        var keyword = _lexer.Lookahead();
        if (keyword.Kind == TokenKind.Name)
        {
            var start = Current;
            TypeSystemDefinitionNode? extension = keyword.Value switch
            {
                "schema" => ParseSchemaExtension(start),
                "scalar" => ParseScalarTypeExtension(start),
                "type" => ParseObjectTypeExtension(start),
                "interface" => ParseInterfaceTypeExtension(start),
                "union" => ParseUnionTypeExtension(start),
                "enum" => ParseEnumTypeExtension(start),
                "input" => ParseInputObjectTypeExtension(start),
                _ => null,
            };
            if (extension is not null)
            {
                return extension;
            }
        }

        throw Unexpected(keyword);
    }

    private void ExpectExtend(string keyword)
    {
        ExpectKeyword("extend");
        ExpectKeyword(keyword);
    }

    private SchemaExtensionNode ParseSchemaExtension(Token start)
    {
        ExpectExtend("schema");
        var directives = ParseDirectives(true);
        var operationTypes = OptionalMany(TokenKind.BraceLeft, ParseOperationTypeDefinition, TokenKind.BraceRight);
        if (directives.Count == 0 && operationTypes.Count == 0)
        {
            throw Unexpected();
        }

        return new SchemaExtensionNode(directives, operationTypes, LocationFrom(start));
    }

    private ScalarTypeExtensionNode ParseScalarTypeExtension(Token start)
    {
        ExpectExtend("scalar");
        var name = ParseName();
        var directives = ParseDirectives(true);
        if (directives.Count == 0)
        {
            throw Unexpected();
        }

        return new ScalarTypeExtensionNode(name, directives, LocationFrom(start));
    }

    private ObjectTypeExtensionNode ParseObjectTypeExtension(Token start)
    {
        ExpectExtend("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new ObjectTypeExtensionNode(name, interfaces, directives, fields, LocationFrom(start));
    }

    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension(Token start)
    {
        ExpectExtend("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new InterfaceTypeExtensionNode(name, interfaces, directives, fields, LocationFrom(start));
    }

    private UnionTypeExtensionNode ParseUnionTypeExtension(Token start)
    {
        ExpectExtend("union");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var types = ParseUnionMemberTypes();
        if (directives.Count == 0 && types.Count == 0)
        {
            throw Unexpected();
        }

        return new UnionTypeExtensionNode(name, directives, types, LocationFrom(start));
    }

    private EnumTypeExtensionNode ParseEnumTypeExtension(Token start)
    {
        ExpectExtend("enum");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var values = OptionalMany(TokenKind.BraceLeft, ParseEnumValueDefinition, TokenKind.BraceRight);
        if (directives.Count == 0 && values.Count == 0)
        {
            throw Unexpected();
        }

        return new EnumTypeExtensionNode(name, directives, values, LocationFrom(start));
    }

    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension(Token start)
    {
        ExpectExtend("input");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var fields = OptionalMany(TokenKind.BraceLeft, ParseInputValueDefinition, TokenKind.BraceRight);
        if (directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new InputObjectTypeExtensionNode(name, directives, fields, LocationFrom(start));
    }
}
