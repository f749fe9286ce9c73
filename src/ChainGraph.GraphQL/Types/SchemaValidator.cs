namespace ChainGraph.GraphQL.Types;

/// <summary>The type-system validation of graphql-js's <c>validateSchema</c>, with its messages.</summary>
internal static class SchemaValidator
{
    public static void Validate(GraphQLSchema schema, List<string> errors)
    {
        foreach (var directive in schema.Directives)
        {
            ValidateArguments($"@{directive.Name}", directive.Arguments, errors);
        }

        foreach (var type in schema.Types)
        {
            switch (type)
            {
                case ComplexType complex:
                    ValidateFields(complex, errors);
                    ValidateInterfaces(schema, complex, errors);
                    break;
                case UnionType union when union.Types.Count == 0:
                    errors.Add($"Union type {union.Name} must define one or more member types.");
                    break;
                case EnumType enumType when enumType.Values.Count == 0:
                    errors.Add($"Enum type {enumType.Name} must define one or more values.");
                    break;
                case InputObjectType input:
                    ValidateInputFields(input, errors);
                    break;
            }
        }

        InputCycleDetector.Detect(schema.Types.OfType<InputObjectType>(), errors);
    }

    private static void ValidateFields(ComplexType type, List<string> errors)
    {
        if (type.Fields.Count == 0)
        {
            errors.Add($"Type {type.Name} must define one or more fields.");
        }

        foreach (var field in type.Fields)
        {
            ValidateName(field.Name, errors);
            if (!field.Type.IsOutputType)
            {
                errors.Add($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.");
            }

            ValidateArguments($"{type.Name}.{field.Name}", field.Arguments, errors);
        }
    }

    private static void ValidateArguments(string owner, FieldMap<InputValueDefinition> arguments, List<string> errors)
    {
        foreach (var argument in arguments)
        {
            ValidateName(argument.Name, errors);
            if (!argument.Type.IsInputType)
            {
                errors.Add($"The type of {owner}({argument.Name}:) must be Input Type but got: {argument.Type}.");
            }

            if (argument.Type.IsNonNull && !argument.HasDefaultValue && argument.IsDeprecated)
            {
                errors.Add($"Required argument {owner}({argument.Name}:) cannot be deprecated.");
            }
        }
    }

    private static void ValidateName(string name, List<string> errors)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            errors.Add($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.");
        }
    }

    private static void ValidateInterfaces(GraphQLSchema schema, ComplexType type, List<string> errors)
    {
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(iface, type))
            {
                errors.Add($"Type {type.Name} cannot implement itself because it would create a circular reference.");
                continue;
            }

            foreach (var transitive in iface.Interfaces.Where(t => !type.Implements(t)))
            {
                errors.Add(ReferenceEquals(transitive, type)
                    ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                    : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.");
            }

            ValidateImplementation(schema, type, iface, errors);
        }
    }

    private static void ValidateImplementation(GraphQLSchema schema, ComplexType type, InterfaceType iface, List<string> errors)
    {
        foreach (var ifaceField in iface.Fields)
        {
            var field = type.Fields[ifaceField.Name];
            if (field is null)
            {
                errors.Add($"Interface field {iface.Name}.{ifaceField.Name} expected but {type.Name} does not provide it.");
                continue;
            }

            if (!TypeComparators.IsSubType(schema, field.Type, ifaceField.Type))
            {
                errors.Add($"Interface field {iface.Name}.{ifaceField.Name} expects type {ifaceField.Type} but {type.Name}.{field.Name} is type {field.Type}.");
            }

            ValidateImplementedArguments(type, iface, field, ifaceField, errors);
        }
    }

    private static void ValidateImplementedArguments(ComplexType type, InterfaceType iface, FieldDefinition field, FieldDefinition ifaceField, List<string> errors)
    {
        foreach (var ifaceArg in ifaceField.Arguments)
        {
            var arg = field.Arguments[ifaceArg.Name];
            if (arg is null)
            {
                errors.Add($"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArg.Name}:) expected but {type.Name}.{field.Name} does not provide it.");
            }
            else if (!TypeComparators.IsEqualType(ifaceArg.Type, arg.Type))
            {
                errors.Add($"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArg.Name}:) expects type {ifaceArg.Type} but {type.Name}.{field.Name}({arg.Name}:) is type {arg.Type}.");
            }
        }

        foreach (var arg in field.Arguments.Where(a => a.Type.IsNonNull && !a.HasDefaultValue))
        {
            if (ifaceField.Arguments[arg.Name] is null)
            {
                errors.Add($"Object field {type.Name}.{field.Name} includes required argument {arg.Name} that is missing from the Interface field {iface.Name}.{ifaceField.Name}.");
            }
        }
    }

    private static void ValidateInputFields(InputObjectType input, List<string> errors)
    {
        if (input.Fields.Count == 0)
        {
            errors.Add($"Input Object type {input.Name} must define one or more fields.");
        }

        foreach (var field in input.Fields)
        {
            ValidateName(field.Name, errors);
            if (!field.Type.IsInputType)
            {
                errors.Add($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.");
            }

            if (field.Type.IsNonNull && !field.HasDefaultValue && field.IsDeprecated)
            {
                errors.Add($"Required input field {input.Name}.{field.Name} cannot be deprecated.");
            }

            if (input.IsOneOf)
            {
                ValidateOneOfField(input, field, errors);
            }
        }
    }

    private static void ValidateOneOfField(InputObjectType input, InputValueDefinition field, List<string> errors)
    {
        if (field.Type.IsNonNull)
        {
            errors.Add($"OneOf input field {input.Name}.{field.Name} must be nullable.");
        }

        if (field.HasDefaultValue)
        {
            errors.Add($"OneOf input field {input.Name}.{field.Name} cannot have a default value.");
        }
    }
}
