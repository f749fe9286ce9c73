namespace ChainGraph.GraphQL.Types;

/// <summary>A non-null <see cref="OfType"/>. Immutable.</summary>
public sealed class NonNullType : GraphQLType
{
    /// <summary>Wraps a nullable type; throws when given another non-null type.</summary>
    public NonNullType(GraphQLType ofType)
    {
        if (ofType is NonNullType)
        {
            throw new ArgumentException("A non-null type cannot wrap another non-null type.", nameof(ofType));
        }

        OfType = ofType;
    }

    /// <summary>The wrapped nullable type.</summary>
    public GraphQLType OfType { get; }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.NonNull;

    /// <inheritdoc />
    public override NamedType Named => OfType.Named;

    /// <inheritdoc />
    public override string ToString() => OfType + "!";
}
