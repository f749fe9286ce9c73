using ChainGraph.GraphQL.Introspection;
using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Types;

/// <summary>
/// Turns a <see cref="SchemaBuilder"/>'s SDL and registrations into a schema: collects definitions and extensions,
/// creates the named types, completes their members, then validates (SDL rules and type-system rules).
/// One instance per build.
/// </summary>
internal sealed partial class SchemaAssembler
{
    private static readonly DocumentNode SpecifiedDirectivesDocument = Parser.Parse(BuiltInDirectives.SpecifiedSdl);
    private static readonly DocumentNode IntrospectionDocument = Parser.Parse(IntrospectionSdl.Types);
    private static readonly DocumentNode MetaFieldsDocument = Parser.Parse(IntrospectionSdl.MetaFields);

    private readonly SchemaBuilder _builder;
    private readonly List<string> _errors = [];
    private readonly List<TypeDefinitionNode> _definitions = [];
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TypeExtensionNode>> _extensions = new(StringComparer.Ordinal);
    private readonly List<DirectiveDefinitionNode> _directiveDefinitions = [];
    private readonly List<SchemaDefinitionNode> _schemaDefinitions = [];
    private readonly List<SchemaExtensionNode> _schemaExtensions = [];

    public SchemaAssembler(SchemaBuilder builder)
    {
        _builder = builder;
    }

    public GraphQLSchema Assemble()
    {
        CollectDocument(SpecifiedDirectivesDocument, builtIn: true);
        CollectDocument(_builder.Document, builtIn: false);
        AddEngineDirectives();
        CollectDocument(IntrospectionDocument, builtIn: true);
        CreateTypes();
        CompleteTypes();
        var directives = BuildDirectives();
        var (query, mutation, subscription) = ResolveRootTypes();
        ThrowIfErrors();
        var ordered = OrderedTypes();
        var schema = new GraphQLSchema(SchemaDescription(), query!, mutation, subscription, ordered, directives, _builder.Document);
        SchemaValidator.Validate(schema, _errors);
        new SdlDirectiveValidator(schema, _errors).Validate(_builder.Document);
        CoerceDefaultValues(ordered, directives);
        ApplyRegistrations();
        schema.MetaFields = BuildMetaFields();
        IntrospectionResolvers.Attach(schema);
        ThrowIfErrors();
        return schema;
    }

    private void ThrowIfErrors()
    {
        if (_errors.Count > 0)
        {
            throw new SchemaException(_errors.Distinct().ToList());
        }
    }

    private void CollectDocument(DocumentNode document, bool builtIn)
    {
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case TypeDefinitionNode type:
                    CollectType(type, builtIn);
                    break;
                case TypeExtensionNode extension:
                    GetExtensions(extension.Name.Value).Add(extension);
                    break;
                case DirectiveDefinitionNode directive:
                    CollectDirective(directive, builtIn);
                    break;
                case SchemaDefinitionNode schema:
                    _schemaDefinitions.Add(schema);
                    break;
                case SchemaExtensionNode schemaExtension:
                    _schemaExtensions.Add(schemaExtension);
                    break;
                case OperationDefinitionNode or FragmentDefinitionNode:
                    _errors.Add($"The SDL must not contain executable definitions; found one at line {definition.Location.Line}.");
                    break;
            }
        }
    }

    private List<TypeExtensionNode> GetExtensions(string name)
    {
        if (!_extensions.TryGetValue(name, out var list))
        {
            list = [];
            _extensions[name] = list;
        }

        return list;
    }

    private void CollectType(TypeDefinitionNode type, bool builtIn)
    {
        var name = type.Name.Value;
        if (!builtIn && name.StartsWith("__", StringComparison.Ordinal))
        {
            _errors.Add($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.");
            return;
        }

        if (_definitions.Any(d => d.Name.Value == name))
        {
            _errors.Add($"There can be only one type named \"{name}\".");
            return;
        }

        if (!builtIn && BuiltInScalars.IsSpecified(name) && type is not ScalarTypeDefinitionNode)
        {
            _errors.Add($"Type \"{name}\" is a built-in scalar and cannot be redefined.");
            return;
        }

        _definitions.Add(type);
    }

    private void CollectDirective(DirectiveDefinitionNode directive, bool builtIn)
    {
        var name = directive.Name.Value;
        var existing = _directiveDefinitions.FirstOrDefault(d => d.Name.Value == name);
        if (existing is not null)
        {
            _errors.Add(SpecifiedDirectivesDocument.Definitions.Contains(existing)
                ? $"Directive \"@{name}\" already exists in the schema. It cannot be redefined."
                : $"There can be only one directive named \"@{name}\".");
            return;
        }

        if (!builtIn && name.StartsWith("__", StringComparison.Ordinal))
        {
            _errors.Add($"Name \"@{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.");
        }

        _directiveDefinitions.Add(directive);
    }

    private void AddEngineDirectives()
    {
        var used = SdlDirectiveValidator.UsedDirectiveNames(_builder.Document);
        foreach (var (name, sdl) in new[] { ("cost", BuiltInDirectives.CostSdl), ("listSize", BuiltInDirectives.ListSizeSdl) })
        {
            if (used.Contains(name) && _directiveDefinitions.All(d => d.Name.Value != name))
            {
                CollectDocument(Parser.Parse(sdl), builtIn: true);
            }
        }
    }

    private string? SchemaDescription() => _schemaDefinitions.FirstOrDefault()?.Description?.Value;

    private List<NamedType> OrderedTypes()
    {
        var result = new List<NamedType>();
        foreach (var definition in _definitions)
        {
            if (!definition.Name.Value.StartsWith("__", StringComparison.Ordinal) && !BuiltInScalars.IsSpecified(definition.Name.Value))
            {
                result.Add(_types[definition.Name.Value]);
            }
        }

        result.AddRange(BuiltInScalars.All.Select(s => _types[s.Name]));
        result.AddRange(_definitions.Where(d => d.Name.Value.StartsWith("__", StringComparison.Ordinal)).Select(d => _types[d.Name.Value]));
        return result;
    }

    private (ObjectType? Query, ObjectType? Mutation, ObjectType? Subscription) ResolveRootTypes()
    {
        if (_schemaDefinitions.Count > 1)
        {
            _errors.Add("Must provide only one schema definition.");
        }

        var operations = new Dictionary<OperationType, string>();
        var operationNodes = _schemaDefinitions.Take(1).SelectMany(s => s.OperationTypes)
            .Concat(_schemaExtensions.SelectMany(e => e.OperationTypes));
        foreach (var operation in operationNodes)
        {
            if (!operations.TryAdd(operation.Operation, operation.Type.Name.Value))
            {
                _errors.Add($"There can be only one {operation.Operation.ToString().ToLowerInvariant()} type in schema.");
            }
        }

        if (_schemaDefinitions.Count == 0 && operations.Count == 0)
        {
            foreach (var operation in Enum.GetValues<OperationType>())
            {
                var defaultName = operation.ToString();
                if (_types.ContainsKey(defaultName))
                {
                    operations[operation] = defaultName;
                }
            }
        }

        return (RootType(operations, OperationType.Query), RootType(operations, OperationType.Mutation), RootType(operations, OperationType.Subscription));
    }

    private ObjectType? RootType(Dictionary<OperationType, string> operations, OperationType operation)
    {
        var label = operation.ToString();
        if (!operations.TryGetValue(operation, out var name))
        {
            if (operation == OperationType.Query)
            {
                _errors.Add("Query root type must be provided.");
            }

            return null;
        }

        switch (_types.GetValueOrDefault(name))
        {
            case ObjectType objectType:
                return objectType;
            case null:
                _errors.Add($"Unknown type \"{name}\" used as the {label.ToLowerInvariant()} root type.");
                return null;
            default:
                _errors.Add($"{label} root type must be Object type{(operation == OperationType.Query ? string.Empty : " if provided")}, it cannot be {name}.");
                return null;
        }
    }
}
