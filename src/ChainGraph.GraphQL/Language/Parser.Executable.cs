namespace ChainGraph.GraphQL.Language;

/// <content>Definitions, operations, selections, values and type references.</content>
public sealed partial class Parser
{
    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceLeft))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var keyword = hasDescription ? _lexer.Lookahead() : Current;
        if (keyword.Kind == TokenKind.Name)
        {
            var typeSystem = ParseTypeSystemDefinition(keyword.Value!);
            if (typeSystem is not null)
            {
                return typeSystem;
            }

            switch (keyword.Value)
            {
                case "query" or "mutation" or "subscription":
                    return ParseOperationDefinition();
                case "fragment":
                    return ParseFragmentDefinition();
                case "extend" when hasDescription:
                    throw _lexer.Error(Current.Start, "Unexpected description, only GraphQL definitions support descriptions.");
                case "extend":
                    return ParseTypeSystemExtension();
            }
        }
        else if (hasDescription && keyword.Kind == TokenKind.BraceLeft)
        {
            throw _lexer.Error(Current.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        throw Unexpected(keyword);
    }

    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = Current;
        if (Peek(TokenKind.BraceLeft))
        {
            var selectionSet = ParseSelectionSet();
            return new OperationDefinitionNode(OperationType.Query, null, [], [], selectionSet, LocationFrom(start));
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variables = OptionalMany(TokenKind.ParenLeft, ParseVariableDefinition, TokenKind.ParenRight);
        var directives = ParseDirectives(false);
        var set = ParseSelectionSet();
        return new OperationDefinitionNode(operation, name, variables, directives, set, LocationFrom(start), description);
    }

    private OperationType ParseOperationType()
    {
        var token = ExpectToken(TokenKind.Name);
        return token.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var variable = ParseVariable();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(true) : null;
        var directives = ParseDirectives(true);
        return new VariableDefinitionNode(variable, type, defaultValue, directives, LocationFrom(start), description);
    }

    private VariableNode ParseVariable()
    {
        var start = Current;
        ExpectToken(TokenKind.Dollar);
        return new VariableNode(ParseName(), LocationFrom(start));
    }

    private SelectionSetNode ParseSelectionSet()
    {
        var start = Current;
        EnterNesting();
        var selections = Many(TokenKind.BraceLeft, ParseSelection, TokenKind.BraceRight);
        ExitNesting();
        return new SelectionSetNode(selections, LocationFrom(start));
    }

    private SelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    private FieldNode ParseField()
    {
        var start = Current;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptionalToken(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(false);
        var directives = ParseDirectives(false);
        var selectionSet = Peek(TokenKind.BraceLeft) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet, LocationFrom(start));
    }

    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst) =>
        OptionalMany<ArgumentNode>(TokenKind.ParenLeft, isConst ? ParseConstArgument : ParseArgument, TokenKind.ParenRight);

    private ArgumentNode ParseArgument() => ParseArgument(false);

    private ArgumentNode ParseConstArgument() => ParseArgument(true);

    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = Current;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        return new ArgumentNode(name, ParseValueLiteral(isConst), LocationFrom(start));
    }

    private SelectionNode ParseFragment()
    {
        var start = Current;
        ExpectToken(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            return new FragmentSpreadNode(name, ParseDirectives(false), LocationFrom(start));
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(false);
        return new InlineFragmentNode(typeCondition, directives, ParseSelectionSet(), LocationFrom(start));
    }

    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(false);
        return new FragmentDefinitionNode(name, typeCondition, directives, ParseSelectionSet(), LocationFrom(start), description);
    }

    private NameNode ParseFragmentName()
    {
        if (Current.Value == "on")
        {
            throw Unexpected();
        }

        return ParseName();
    }

    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = Current;
        var location = new Location(token.Start, token.End, token.Line, token.Column);
        switch (token.Kind)
        {
            case TokenKind.BracketLeft:
                return ParseList(isConst);
            case TokenKind.BraceLeft:
                return ParseObject(isConst);
            case TokenKind.Int:
                AdvanceLexer();
                return new IntValueNode(token.Value!, location);
            case TokenKind.Float:
                AdvanceLexer();
                return new FloatValueNode(token.Value!, location);
            case TokenKind.String or TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                AdvanceLexer();
                return token.Value switch
                {
                    "true" => new BooleanValueNode(true, location),
                    "false" => new BooleanValueNode(false, location),
                    "null" => new NullValueNode(location),
                    _ => new EnumValueNode(token.Value!, location),
                };
            case TokenKind.Dollar when isConst:
                ExpectToken(TokenKind.Dollar);
                if (Current.Kind == TokenKind.Name)
                {
                    throw _lexer.Error(token.Start, $"Unexpected variable \"${Current.Value}\" in constant value.");
                }

                throw Unexpected(token);
            case TokenKind.Dollar:
                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    private StringValueNode ParseStringLiteral()
    {
        var token = Current;
        AdvanceLexer();
        return new StringValueNode(token.Value!, token.Kind == TokenKind.BlockString, new Location(token.Start, token.End, token.Line, token.Column));
    }

    private ListValueNode ParseList(bool isConst)
    {
        var start = Current;
        EnterNesting();
        var values = Any(TokenKind.BracketLeft, () => ParseValueLiteral(isConst), TokenKind.BracketRight);
        ExitNesting();
        return new ListValueNode(values, LocationFrom(start));
    }

    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = Current;
        EnterNesting();
        var fields = Any(TokenKind.BraceLeft, () => ParseObjectField(isConst), TokenKind.BraceRight);
        ExitNesting();
        return new ObjectValueNode(fields, LocationFrom(start));
    }

    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = Current;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        return new ObjectFieldNode(name, ParseValueLiteral(isConst), LocationFrom(start));
    }

    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var directives = new List<DirectiveNode>();
        while (Peek(TokenKind.At))
        {
            var start = Current;
            ExpectToken(TokenKind.At);
            var name = ParseName();
            directives.Add(new DirectiveNode(name, ParseArguments(isConst), LocationFrom(start)));
        }

        return directives;
    }

    private TypeNode ParseTypeReference()
    {
        var start = Current;
        TypeNode type;
        if (ExpectOptionalToken(TokenKind.BracketLeft))
        {
            EnterNesting();
            var inner = ParseTypeReference();
            ExitNesting();
            ExpectToken(TokenKind.BracketRight);
            type = new ListTypeNode(inner, LocationFrom(start));
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptionalToken(TokenKind.Bang) ? new NonNullTypeNode(type, LocationFrom(start)) : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var name = ParseName();
        return new NamedTypeNode(name, name.Location);
    }
}
