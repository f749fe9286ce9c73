using ChainGraph.GraphQL.Execution;
using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Types;

/// <content>Directives, default values, meta fields and the builder's registrations.</content>
internal sealed partial class SchemaAssembler
{
    private List<DirectiveDefinition> BuildDirectives()
    {
        var result = new List<DirectiveDefinition>();
        foreach (var node in _directiveDefinitions.OrderBy(DirectiveOrder))
        {
            var locations = new List<DirectiveLocation>();
            foreach (var location in node.Locations)
            {
                DirectiveLocationExtensions.TryParse(location.Value, out var parsed);
                locations.Add(parsed);
            }

            var arguments = BuildInputValues(node.Arguments, n => $"Argument \"@{node.Name.Value}({n}:)\" can only be defined once.");
            result.Add(new DirectiveDefinition(node.Name.Value, node.Description?.Value, locations, arguments, node.Repeatable, DeprecationReason(node.Directives)));
        }

        return result;
    }

    /// <summary>graphql-js's order: directives defined in the SDL, then the specified ones, then the engine's.</summary>
    private int DirectiveOrder(DirectiveDefinitionNode node) =>
        SpecifiedDirectivesDocument.Definitions.Contains(node) ? 1 : _builder.Document.Definitions.Contains(node) ? 0 : 2;

    private MetaFields BuildMetaFields()
    {
        var meta = (ObjectTypeDefinitionNode)MetaFieldsDocument.Definitions[0];
        var fields = meta.Fields.Select(f => BuildField("__Meta", f)).ToList();
        return new MetaFields(fields[0], fields[1], fields[2]);
    }

    private void CoerceDefaultValues(IEnumerable<NamedType> types, IEnumerable<DirectiveDefinition> directives)
    {
        foreach (var type in types)
        {
            switch (type)
            {
                case ComplexType complex:
                    foreach (var field in complex.Fields)
                    {
                        CoerceDefaults(field.Arguments, a => $"Argument \"{type.Name}.{field.Name}({a}:)\"");
                    }

                    break;
                case InputObjectType input:
                    CoerceDefaults(input.Fields, f => $"Input field \"{type.Name}.{f}\"");
                    break;
            }
        }

        foreach (var directive in directives)
        {
            CoerceDefaults(directive.Arguments, a => $"Argument \"@{directive.Name}({a}:)\"");
        }
    }

    private void CoerceDefaults(IEnumerable<InputValueDefinition> values, Func<string, string> label)
    {
        foreach (var value in values.Where(v => v.HasDefaultValue))
        {
            var coerced = InputValues.ValueFromAst(value.DefaultValue, value.Type, null);
            if (ReferenceEquals(coerced, InputValues.Undefined))
            {
                _errors.Add($"{label(value.Name)} has invalid default value: {Printer.Print(value.DefaultValue!)}.");
            }
            else
            {
                value.CoercedDefaultValue = coerced;
            }
        }
    }

    private void ApplyRegistrations()
    {
        foreach (var ((typeName, fieldName), resolver) in _builder.Resolvers)
        {
            var field = FindField(typeName, fieldName, "a resolver");
            if (field is not null)
            {
                field.Resolver = resolver;
                field.HasCustomResolver = true;
            }
        }

        foreach (var (typeName, resolver) in _builder.TypeResolvers)
        {
            switch (_types.GetValueOrDefault(typeName))
            {
                case InterfaceType iface: iface.ResolveType = resolver; break;
                case UnionType union: union.ResolveType = resolver; break;
                default: _errors.Add($"Cannot register a type resolver for \"{typeName}\": it is not an interface or union type."); break;
            }
        }

        foreach (var (typeName, predicate) in _builder.IsTypeOfPredicates)
        {
            if (_types.GetValueOrDefault(typeName) is ObjectType objectType)
            {
                objectType.IsTypeOf = predicate;
            }
            else
            {
                _errors.Add($"Cannot register IsTypeOf for \"{typeName}\": it is not an object type.");
            }
        }

        ApplyInterfaceResolversToImplementations();
    }

    private FieldDefinition? FindField(string typeName, string fieldName, string what)
    {
        if (_types.GetValueOrDefault(typeName) is not ComplexType type)
        {
            _errors.Add($"Cannot register {what} for \"{typeName}.{fieldName}\": there is no object or interface type \"{typeName}\".");
            return null;
        }

        var field = type.Fields[fieldName];
        if (field is null)
        {
            _errors.Add($"Cannot register {what} for \"{typeName}.{fieldName}\": the type \"{typeName}\" has no field \"{fieldName}\".");
        }

        return field;
    }

    private void ApplyInterfaceResolversToImplementations()
    {
        // A resolver registered on an interface field serves every implementation that has no resolver of its own.
        foreach (var ((typeName, fieldName), resolver) in _builder.Resolvers)
        {
            if (_types.GetValueOrDefault(typeName) is not InterfaceType iface)
            {
                continue;
            }

            foreach (var implementation in _types.Values.OfType<ComplexType>().Where(t => t.Implements(iface)))
            {
                if (implementation.Fields[fieldName] is { HasCustomResolver: false } field)
                {
                    field.Resolver = resolver;
                    field.HasCustomResolver = true;
                }
            }
        }
    }
}
