using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Types;

/// <content>Creating named types and completing their members.</content>
internal sealed partial class SchemaAssembler
{
    private static readonly Dictionary<Type, (Type Extension, string Kind)> ExtensionKinds = new()
    {
        [typeof(ScalarTypeDefinitionNode)] = (typeof(ScalarTypeExtensionNode), "scalar"),
        [typeof(ObjectTypeDefinitionNode)] = (typeof(ObjectTypeExtensionNode), "object"),
        [typeof(InterfaceTypeDefinitionNode)] = (typeof(InterfaceTypeExtensionNode), "interface"),
        [typeof(UnionTypeDefinitionNode)] = (typeof(UnionTypeExtensionNode), "union"),
        [typeof(EnumTypeDefinitionNode)] = (typeof(EnumTypeExtensionNode), "enum"),
        [typeof(InputObjectTypeDefinitionNode)] = (typeof(InputObjectTypeExtensionNode), "input object"),
    };

    private void CreateTypes()
    {
        foreach (var scalar in BuiltInScalars.All)
        {
            _types[scalar.Name] = scalar;
        }

        foreach (var definition in _definitions)
        {
            var name = definition.Name.Value;
            if (BuiltInScalars.IsSpecified(name))
            {
                continue;
            }

            var directives = definition.Directives.Concat(ExtensionsOf(definition).SelectMany(e => e.Directives)).ToList();
            var description = definition.Description?.Value;
            _types[name] = definition switch
            {
                ScalarTypeDefinitionNode => CreateScalar(name, description, directives),
                ObjectTypeDefinitionNode => new ObjectType(name, description, directives),
                InterfaceTypeDefinitionNode => new InterfaceType(name, description, directives),
                UnionTypeDefinitionNode => new UnionType(name, description, directives),
                EnumTypeDefinitionNode => new EnumType(name, description, directives),
                _ => new InputObjectType(name, description, directives),
            };
        }

        CheckExtensionTargets();
        CheckUnusedScalarRegistrations();
    }

    private IEnumerable<TypeExtensionNode> ExtensionsOf(TypeDefinitionNode definition)
    {
        if (!_extensions.TryGetValue(definition.Name.Value, out var extensions))
        {
            return [];
        }

        var expected = ExtensionKinds[definition.GetType()].Extension;
        return extensions.Where(e => e.GetType() == expected);
    }

    private ScalarType CreateScalar(string name, string? description, IReadOnlyList<DirectiveNode> directives)
    {
        var specifiedBy = directives.FirstOrDefault(d => d.Name.Value == "specifiedBy")?.Arguments
            .FirstOrDefault(a => a.Name.Value == "url")?.Value as StringValueNode;
        var implementation = _builder.Scalars.GetValueOrDefault(name) ?? PassThroughScalar(name);
        return implementation.WithMetadata(description, directives, specifiedBy?.Value);
    }

    private static ScalarType PassThroughScalar(string name) =>
        new(name, value => value, value => value, Execution.InputValues.ValueFromAstUntyped);

    private void CheckExtensionTargets()
    {
        foreach (var (name, extensions) in _extensions)
        {
            var definition = _definitions.FirstOrDefault(d => d.Name.Value == name);
            foreach (var extension in extensions)
            {
                if (definition is null)
                {
                    _errors.Add($"Cannot extend type \"{name}\" because it is not defined.");
                }
                else if (ExtensionKinds[definition.GetType()].Extension != extension.GetType())
                {
                    _errors.Add($"Cannot extend non-{ExtensionKinds[definition.GetType()].Kind} type \"{name}\".");
                }
            }
        }
    }

    private void CheckUnusedScalarRegistrations()
    {
        foreach (var name in _builder.Scalars.Keys)
        {
            if (_types.GetValueOrDefault(name) is not ScalarType || BuiltInScalars.IsSpecified(name))
            {
                _errors.Add($"Cannot register scalar \"{name}\": the SDL does not declare \"scalar {name}\".");
            }
        }
    }

    private void CompleteTypes()
    {
        foreach (var definition in _definitions)
        {
            var extensions = ExtensionsOf(definition).ToList();
            switch (_types[definition.Name.Value])
            {
                case ComplexType complex:
                    CompleteComplex(complex, definition, extensions);
                    break;
                case UnionType union:
                    CompleteUnion(union, (UnionTypeDefinitionNode)definition, extensions.Cast<UnionTypeExtensionNode>());
                    break;
                case EnumType enumType:
                    CompleteEnum(enumType, (EnumTypeDefinitionNode)definition, extensions.Cast<EnumTypeExtensionNode>());
                    break;
                case InputObjectType input:
                    CompleteInput(input, (InputObjectTypeDefinitionNode)definition, extensions.Cast<InputObjectTypeExtensionNode>());
                    break;
            }
        }
    }

    private void CompleteComplex(ComplexType type, TypeDefinitionNode definition, List<TypeExtensionNode> extensions)
    {
        var (fieldNodes, interfaceNodes) = definition switch
        {
            ObjectTypeDefinitionNode o => (o.Fields, o.Interfaces),
            InterfaceTypeDefinitionNode i => (i.Fields, i.Interfaces),
            _ => throw new InvalidOperationException(),
        };
        var allFields = fieldNodes.Concat(extensions.SelectMany(e => e switch
        {
            ObjectTypeExtensionNode o => o.Fields,
            InterfaceTypeExtensionNode i => i.Fields,
            _ => [],
        }));
        var allInterfaces = interfaceNodes.Concat(extensions.SelectMany(e => e switch
        {
            ObjectTypeExtensionNode o => o.Interfaces,
            InterfaceTypeExtensionNode i => i.Interfaces,
            _ => [],
        }));
        type.Fields = new FieldMap<FieldDefinition>(UniqueByName(allFields, f => f.Name.Value, n => $"Field \"{type.Name}.{n}\" can only be defined once.").Select(f => BuildField(type.Name, f)), f => f.Name);
        type.Interfaces = ResolveInterfaces(type, allInterfaces);
    }

    private List<InterfaceType> ResolveInterfaces(ComplexType type, IEnumerable<NamedTypeNode> nodes)
    {
        var result = new List<InterfaceType>();
        foreach (var node in nodes)
        {
            switch (LookupType(node.Name.Value))
            {
                case InterfaceType iface when result.Contains(iface):
                    _errors.Add($"Type {type.Name} can only implement {iface.Name} once.");
                    break;
                case InterfaceType iface:
                    result.Add(iface);
                    break;
                case { } other:
                    _errors.Add($"Type {type.Name} must only implement Interface types, it cannot implement {other.Name}.");
                    break;
            }
        }

        return result;
    }

    private IEnumerable<T> UniqueByName<T>(IEnumerable<T> nodes, Func<T, string> name, Func<string, string> duplicateMessage)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            if (seen.Add(name(node)))
            {
                yield return node;
            }
            else
            {
                _errors.Add(duplicateMessage(name(node)));
            }
        }
    }

    private FieldDefinition BuildField(string typeName, FieldDefinitionNode node)
    {
        var arguments = BuildInputValues(node.Arguments, n => $"Argument \"{typeName}.{node.Name.Value}({n}:)\" can only be defined once.");
        return new FieldDefinition(node.Name.Value, node.Description?.Value, TypeFromAst(node.Type), arguments, DeprecationReason(node.Directives), node.Directives);
    }

    private FieldMap<InputValueDefinition> BuildInputValues(IEnumerable<InputValueDefinitionNode> nodes, Func<string, string> duplicateMessage)
    {
        var values = UniqueByName(nodes, n => n.Name.Value, duplicateMessage)
            .Select(n => new InputValueDefinition(n.Name.Value, n.Description?.Value, TypeFromAst(n.Type), n.DefaultValue, DeprecationReason(n.Directives), n.Directives))
            .ToList();
        return new FieldMap<InputValueDefinition>(values, v => v.Name);
    }

    private void CompleteUnion(UnionType union, UnionTypeDefinitionNode definition, IEnumerable<UnionTypeExtensionNode> extensions)
    {
        var members = new List<ObjectType>();
        foreach (var node in definition.Types.Concat(extensions.SelectMany(e => e.Types)))
        {
            switch (LookupType(node.Name.Value))
            {
                case ObjectType member when members.Contains(member):
                    _errors.Add($"Union type {union.Name} can only include type {member.Name} once.");
                    break;
                case ObjectType member:
                    members.Add(member);
                    break;
                case { } other:
                    _errors.Add($"Union type {union.Name} can only include Object types, it cannot include {other.Name}.");
                    break;
            }
        }

        union.Types = members;
    }

    private void CompleteEnum(EnumType enumType, EnumTypeDefinitionNode definition, IEnumerable<EnumTypeExtensionNode> extensions)
    {
        var nodes = UniqueByName(definition.Values.Concat(extensions.SelectMany(e => e.Values)), v => v.Name.Value, n => $"Enum value \"{enumType.Name}.{n}\" can only be defined once.");
        var values = nodes.Select(n => new EnumValueDefinition(n.Name.Value, n.Description?.Value, DeprecationReason(n.Directives), n.Directives)).ToList();
        enumType.Values = new FieldMap<EnumValueDefinition>(values, v => v.Name);
        var clrType = enumType.Name switch
        {
            "__TypeKind" => typeof(TypeKind),
            "__DirectiveLocation" => typeof(DirectiveLocation),
            _ => _builder.EnumBindings.GetValueOrDefault(enumType.Name),
        };
        if (clrType is not null)
        {
            BindEnum(enumType, clrType);
        }
    }

    private void BindEnum(EnumType enumType, Type clrType)
    {
        enumType.ClrType = clrType;
        var members = Enum.GetValues(clrType).Cast<Enum>().ToDictionary(m => Normalize(m.ToString()), m => (object)m);
        foreach (var value in enumType.Values)
        {
            if (members.TryGetValue(Normalize(value.Name), out var member))
            {
                value.Value = member;
            }
            else
            {
                _errors.Add($"Enum value \"{enumType.Name}.{value.Name}\" has no matching member in the CLR enum {clrType.Name}.");
            }
        }

        static string Normalize(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
    }

    private void CompleteInput(InputObjectType input, InputObjectTypeDefinitionNode definition, IEnumerable<InputObjectTypeExtensionNode> extensions)
    {
        var nodes = definition.Fields.Concat(extensions.SelectMany(e => e.Fields));
        input.Fields = BuildInputValues(nodes, n => $"Field \"{input.Name}.{n}\" can only be defined once.");
        input.IsOneOf = input.AppliedDirectives.Any(d => d.Name.Value == "oneOf");
    }

    private NamedType? LookupType(string name)
    {
        if (_types.TryGetValue(name, out var type))
        {
            return type;
        }

        _errors.Add($"Unknown type \"{name}\".{Suggestions.DidYouMean(Suggestions.List(name, _types.Keys))}");
        return null;
    }

    private GraphQLType TypeFromAst(TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => new NonNullType(TypeFromAst(nonNull.Type)),
        ListTypeNode list => new ListType(TypeFromAst(list.Type)),
        NamedTypeNode named => LookupType(named.Name.Value) ?? BuiltInScalars.String,
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        var deprecated = directives.FirstOrDefault(d => d.Name.Value == "deprecated");
        if (deprecated is null)
        {
            return null;
        }

        var reason = deprecated.Arguments.FirstOrDefault(a => a.Name.Value == "reason")?.Value;
        return reason is StringValueNode text ? text.Value : "No longer supported";
    }
}
