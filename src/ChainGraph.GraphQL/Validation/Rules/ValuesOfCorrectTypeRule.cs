using ChainGraph.GraphQL.Language;
using ChainGraph.GraphQL.Types;

namespace ChainGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.6.1 Values of Correct Type, §5.6.2 Input Object Field Names, §5.6.4 Input Object Required Fields,
/// and the <c>@oneOf</c> literal rules (a nullable variable in a <c>@oneOf</c> field is <see cref="VariablesInAllowedPositionRule"/>'s).
/// </summary>
public sealed class ValuesOfCorrectTypeRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.ListValue, SyntaxKind.ObjectValue, SyntaxKind.ObjectField, SyntaxKind.NullValue, SyntaxKind.EnumValue, SyntaxKind.IntValue, SyntaxKind.FloatValue, SyntaxKind.StringValue, SyntaxKind.BooleanValue];

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxKind>? VisitedKinds => Kinds;

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case ListValueNode list when Context.TypeInfo.ParentInputType?.Nullable is not ListType:
                CheckLeaf(list);
                return false;
            case ObjectValueNode obj:
                return CheckObject(obj);
            case ObjectFieldNode field:
                CheckObjectField(field);
                return true;
            case NullValueNode when Context.TypeInfo.InputType is { IsNonNull: true } type:
                Report($"Expected value of type \"{type}\", found null.", node);
                return true;
            case EnumValueNode or IntValueNode or FloatValueNode or StringValueNode or BooleanValueNode:
                CheckLeaf((ValueNode)node);
                return true;
            default:
                return true;
        }
    }

    private bool CheckObject(ObjectValueNode node)
    {
        if (Context.TypeInfo.InputType?.Named is not InputObjectType type)
        {
            CheckLeaf(node);
            return false;
        }

        foreach (var field in type.Fields.Where(f => f.Type.IsNonNull && !f.HasDefaultValue))
        {
            if (node.Fields.All(f => f.Name.Value != field.Name))
            {
                Report($"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.", node);
            }
        }

        if (type.IsOneOf)
        {
            CheckOneOf(node, type);
        }

        return true;
    }

    private void CheckOneOf(ObjectValueNode node, InputObjectType type)
    {
        if (node.Fields.Count != 1)
        {
            Report($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
            return;
        }

        var field = node.Fields[0];
        if (field.Value is NullValueNode)
        {
            Report($"Field \"{type.Name}.{field.Name.Value}\" must be non-null.", node);
        }
    }

    private void CheckObjectField(ObjectFieldNode node)
    {
        if (Context.TypeInfo.InputType is null && Context.TypeInfo.ParentInputType?.Named is InputObjectType parent)
        {
            var hint = Suggestions.DidYouMean(Suggestions.List(node.Name.Value, parent.Fields.Select(f => f.Name)));
            Report($"Field \"{node.Name.Value}\" is not defined by type \"{parent.Name}\".{hint}", node);
        }
    }

    private void CheckLeaf(ValueNode node)
    {
        if (Context.TypeInfo.InputType is not { } locationType)
        {
            return;
        }

        var type = locationType.Named;
        if (!type.IsLeaf)
        {
            Report($"Expected value of type \"{locationType}\", found {Printer.Print(node)}.", node);
            return;
        }

        try
        {
            var parsed = type is ScalarType scalar ? scalar.ParseLiteral(node) : ((EnumType)type).ParseLiteral(node);
            if (parsed is null)
            {
                Report($"Expected value of type \"{locationType}\", found {Printer.Print(node)}.", node);
            }
        }
        catch (GraphQLException ex)
        {
            Report(ex.Message, node);
        }
        catch (Exception ex)
        {
            Report($"Expected value of type \"{locationType}\", found {Printer.Print(node)}; {ex.Message}", node);
        }
    }
}
