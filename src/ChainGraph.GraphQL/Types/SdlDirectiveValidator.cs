using ChainGraph.GraphQL.Execution;
using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Types;

/// <summary>
/// Checks directives applied in SDL: known (graphql-js KnownDirectivesRule), allowed at the location, not repeated
/// unless repeatable, with known, required and valid arguments.
/// </summary>
internal sealed class SdlDirectiveValidator(GraphQLSchema schema, List<string> errors)
{
    public static HashSet<string> UsedDirectiveNames(DocumentNode document)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (directives, _) in AppliedDirectives(document))
        {
            names.UnionWith(directives.Select(d => d.Name.Value));
        }

        return names;
    }

    public void Validate(DocumentNode document)
    {
        foreach (var (directives, location) in AppliedDirectives(document))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var directive in directives)
            {
                Check(directive, location, seen);
            }
        }
    }

    private static IEnumerable<(IReadOnlyList<DirectiveNode> Directives, DirectiveLocation Location)> AppliedDirectives(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode s: yield return (s.Directives, DirectiveLocation.Schema); break;
                case SchemaExtensionNode s: yield return (s.Directives, DirectiveLocation.Schema); break;
                case TypeDefinitionNode or TypeExtensionNode:
                    foreach (var entry in TypeDirectives(definition))
                    {
                        yield return entry;
                    }

                    break;
                case DirectiveDefinitionNode d:
                    yield return (d.Directives, DirectiveLocation.DirectiveDefinition);
                    foreach (var argument in d.Arguments)
                    {
                        yield return (argument.Directives, DirectiveLocation.ArgumentDefinition);
                    }

                    break;
            }
        }
    }

    private static IEnumerable<(IReadOnlyList<DirectiveNode>, DirectiveLocation)> TypeDirectives(DefinitionNode definition)
    {
        var (directives, location, fields, inputFields, values) = definition switch
        {
            ScalarTypeDefinitionNode n => (n.Directives, DirectiveLocation.Scalar, null, null, null),
            ScalarTypeExtensionNode n => (n.Directives, DirectiveLocation.Scalar, null, null, null),
            ObjectTypeDefinitionNode n => (n.Directives, DirectiveLocation.Object, n.Fields, null, null),
            ObjectTypeExtensionNode n => (n.Directives, DirectiveLocation.Object, n.Fields, null, null),
            InterfaceTypeDefinitionNode n => (n.Directives, DirectiveLocation.Interface, n.Fields, null, null),
            InterfaceTypeExtensionNode n => (n.Directives, DirectiveLocation.Interface, n.Fields, null, null),
            UnionTypeDefinitionNode n => (n.Directives, DirectiveLocation.Union, null, null, null),
            UnionTypeExtensionNode n => (n.Directives, DirectiveLocation.Union, null, null, null),
            EnumTypeDefinitionNode n => (n.Directives, DirectiveLocation.Enum, null, null, n.Values),
            EnumTypeExtensionNode n => (n.Directives, DirectiveLocation.Enum, null, null, n.Values),
            InputObjectTypeDefinitionNode n => (n.Directives, DirectiveLocation.InputObject, null, n.Fields, null),
            InputObjectTypeExtensionNode n => (n.Directives, DirectiveLocation.InputObject, (IReadOnlyList<FieldDefinitionNode>?)null, (IReadOnlyList<InputValueDefinitionNode>?)n.Fields, (IReadOnlyList<EnumValueDefinitionNode>?)null),
            _ => throw new ArgumentOutOfRangeException(nameof(definition)),
        };
        yield return (directives, location);
        foreach (var field in fields ?? [])
        {
            yield return (field.Directives, DirectiveLocation.FieldDefinition);
            foreach (var argument in field.Arguments)
            {
                yield return (argument.Directives, DirectiveLocation.ArgumentDefinition);
            }
        }

        foreach (var inputField in inputFields ?? [])
        {
            yield return (inputField.Directives, DirectiveLocation.InputFieldDefinition);
        }

        foreach (var value in values ?? [])
        {
            yield return (value.Directives, DirectiveLocation.EnumValue);
        }
    }

    private void Check(DirectiveNode node, DirectiveLocation location, HashSet<string> seen)
    {
        var name = node.Name.Value;
        var directive = schema.GetDirective(name);
        if (directive is null)
        {
            errors.Add($"Unknown directive \"@{name}\".");
            return;
        }

        if (!directive.Locations.Contains(location))
        {
            errors.Add($"Directive \"@{name}\" may not be used on {location.ToSpecName()}.");
        }

        if (!seen.Add(name) && !directive.IsRepeatable)
        {
            errors.Add($"The directive \"@{name}\" can only be used once at this location.");
        }

        CheckArguments(node, directive);
    }

    private void CheckArguments(DirectiveNode node, DirectiveDefinition directive)
    {
        foreach (var argument in node.Arguments)
        {
            var definition = directive.Arguments[argument.Name.Value];
            if (definition is null)
            {
                errors.Add($"Unknown argument \"{argument.Name.Value}\" on directive \"@{directive.Name}\".");
            }
            else if (ReferenceEquals(InputValues.ValueFromAst(argument.Value, definition.Type, null), InputValues.Undefined))
            {
                errors.Add($"Directive \"@{directive.Name}\" argument \"{definition.Name}\" has invalid value {Printer.Print(argument.Value)}.");
            }
        }

        foreach (var definition in directive.Arguments.Where(a => a.Type.IsNonNull && !a.HasDefaultValue))
        {
            if (node.Arguments.All(a => a.Name.Value != definition.Name))
            {
                errors.Add($"Directive \"@{directive.Name}\" argument \"{definition.Name}\" of type \"{definition.Type}\" is required, but it was not provided.");
            }
        }
    }
}
