using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Types;

/// <summary>A directive known to the schema (built-in or defined in SDL). Immutable; thread-safe.</summary>
public sealed class DirectiveDefinition
{
    internal DirectiveDefinition(string name, string? description, IReadOnlyList<DirectiveLocation> locations, FieldMap<InputValueDefinition> arguments, bool isRepeatable, string? deprecationReason = null)
    {
        Name = name;
        Description = description;
        Locations = locations;
        Arguments = arguments;
        IsRepeatable = isRepeatable;
        DeprecationReason = deprecationReason;
    }

    /// <summary>The name without <c>@</c>.</summary>
    public string Name { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <summary>Where the directive may be applied.</summary>
    public IReadOnlyList<DirectiveLocation> Locations { get; }

    /// <summary>The arguments.</summary>
    public FieldMap<InputValueDefinition> Arguments { get; }

    /// <summary>True when the directive may appear more than once at a location.</summary>
    public bool IsRepeatable { get; }

    /// <summary>The <c>@deprecated</c> reason, or null (graphql-js 16.15 experimental directive deprecation).</summary>
    public string? DeprecationReason { get; }

    /// <summary>True when deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>True for the spec's directives (skip, include, deprecated, specifiedBy, oneOf).</summary>
    public bool IsSpecified => Name is "skip" or "include" or "deprecated" or "specifiedBy" or "oneOf";

    /// <inheritdoc />
    public override string ToString() => "@" + Name;
}
