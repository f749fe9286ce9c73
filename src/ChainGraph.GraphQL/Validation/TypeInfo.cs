using ChainGraph.GraphQL.Execution;
using ChainGraph.GraphQL.Language;
using ChainGraph.GraphQL.Types;

namespace ChainGraph.GraphQL.Validation;

/// <summary>
/// Tracks the schema types that apply at each point of a document walk (graphql-js <c>TypeInfo</c>):
/// the parent composite type, the current output type and field, the expected input type, the current directive,
/// argument and default value. Not thread-safe; one per walk.
/// </summary>
public sealed class TypeInfo
{
    private readonly GraphQLSchema _schema;
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefStack = [];
    private readonly List<ValueNode?> _defaultValueStack = [];

    /// <summary>Creates type information for walks over documents of <paramref name="schema"/>.</summary>
    public TypeInfo(GraphQLSchema schema)
    {
        _schema = schema;
    }

    /// <summary>The output type of the current field or fragment, or null if unknown.</summary>
    public GraphQLType? Type => Top(_typeStack);

    /// <summary>The composite type whose selection set is being visited, or null.</summary>
    public NamedType? ParentType => Top(_parentTypeStack);

    /// <summary>The input type expected at the current value, or null.</summary>
    public GraphQLType? InputType => Top(_inputTypeStack);

    /// <summary>The input type of the enclosing value (e.g. the input object around a field), or null.</summary>
    public GraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    /// <summary>The current field definition, or null.</summary>
    public FieldDefinition? FieldDefinition => Top(_fieldDefStack);

    /// <summary>The default value of the current argument or input field, or null.</summary>
    public ValueNode? DefaultValue => Top(_defaultValueStack);

    /// <summary>The directive being visited, or null.</summary>
    public DirectiveDefinition? Directive { get; private set; }

    /// <summary>The argument being visited, or null.</summary>
    public InputValueDefinition? Argument { get; private set; }

    /// <summary>The enum value being visited, or null.</summary>
    public EnumValueDefinition? EnumValue { get; private set; }

    private static T? Top<T>(List<T?> stack)
        where T : class => stack.Count > 0 ? stack[^1] : null;

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);

    /// <summary>Updates the state on entering <paramref name="node"/>.</summary>
    public void Enter(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                _parentTypeStack.Add(Type?.Named is { IsComposite: true } composite ? composite : null);
                break;
            case FieldNode field:
                var parent = ParentType;
                var definition = parent is null ? null : _schema.GetField(parent, field.Name.Value);
                _fieldDefStack.Add(definition);
                _typeStack.Add(definition?.Type is { IsOutputType: true } output ? output : null);
                break;
            case DirectiveNode directive:
                Directive = _schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(_schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
                EnterFragment(inline.TypeCondition);
                break;
            case FragmentDefinitionNode fragment:
                EnterFragment(fragment.TypeCondition);
                break;
            case VariableDefinitionNode variable:
                _inputTypeStack.Add(VariableCoercion.TypeFromAst(_schema, variable.Type) is { IsInputType: true } input ? input : null);
                break;
            default:
                EnterValue(node);
                break;
        }
    }

    /// <summary>Restores the state on leaving <paramref name="node"/>.</summary>
    public void Leave(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                Pop(_parentTypeStack);
                break;
            case FieldNode:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case DirectiveNode:
                Directive = null;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                Pop(_typeStack);
                break;
            case VariableDefinitionNode:
                Pop(_inputTypeStack);
                break;
            case ArgumentNode:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case ListValueNode or ObjectFieldNode:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case EnumValueNode:
                EnumValue = null;
                break;
        }
    }

    private void EnterFragment(NamedTypeNode? condition)
    {
        var type = condition is null ? Type?.Named : _schema.GetType(condition.Name.Value);
        _typeStack.Add(type is { IsOutputType: true } ? type : null);
    }

    private void EnterValue(SyntaxNode node)
    {
        switch (node)
        {
            case ArgumentNode argument:
                IEnumerable<InputValueDefinition>? arguments = Directive?.Arguments ?? (IEnumerable<InputValueDefinition>?)FieldDefinition?.Arguments;
                var definition = arguments?.FirstOrDefault(a => a.Name == argument.Name.Value);
                Argument = definition;
                _defaultValueStack.Add(definition?.DefaultValue);
                _inputTypeStack.Add(definition?.Type is { IsInputType: true } argumentType ? argumentType : null);
                break;
            case ListValueNode:
                var listType = InputType?.Nullable;
                var itemType = listType is ListType list ? list.OfType : listType;
                _defaultValueStack.Add(null);
                _inputTypeStack.Add(itemType is { IsInputType: true } ? itemType : null);
                break;
            case ObjectFieldNode objectField:
                var field = (InputType?.Named as InputObjectType)?.Fields[objectField.Name.Value];
                _defaultValueStack.Add(field?.DefaultValue);
                _inputTypeStack.Add(field?.Type is { IsInputType: true } fieldType ? fieldType : null);
                break;
            case EnumValueNode enumValue:
                EnumValue = (InputType?.Named as EnumType)?.Values[enumValue.Value];
                break;
        }
    }
}
