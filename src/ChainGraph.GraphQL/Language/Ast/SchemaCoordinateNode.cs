namespace ChainGraph.GraphQL.Language;

/// <summary>
/// A schema coordinate (September 2025 spec §2.14): <c>Type</c>, <c>Type.member</c>, <c>Type.field(arg:)</c>,
/// <c>@directive</c> or <c>@directive(arg:)</c>. Immutable.
/// </summary>
public sealed class SchemaCoordinateNode(bool ofDirective, NameNode name, NameNode? memberName, NameNode? argumentName, Location location) : SyntaxNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.SchemaCoordinate;

    /// <summary>True for <c>@directive</c> coordinates.</summary>
    public bool OfDirective { get; } = ofDirective;

    /// <summary>The type or directive name.</summary>
    public NameNode Name { get; } = name;

    /// <summary>The field, input field or enum value name, if any.</summary>
    public NameNode? MemberName { get; } = memberName;

    /// <summary>The argument name, if any.</summary>
    public NameNode? ArgumentName { get; } = argumentName;
}
