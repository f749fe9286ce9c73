namespace ChainGraph.GraphQL.Types;

/// <summary>graphql-js's <c>isEqualType</c> and <c>isTypeSubTypeOf</c>.</summary>
internal static class TypeComparators
{
    public static bool IsEqualType(GraphQLType a, GraphQLType b) => (a, b) switch
    {
        _ when ReferenceEquals(a, b) => true,
        (NonNullType x, NonNullType y) => IsEqualType(x.OfType, y.OfType),
        (ListType x, ListType y) => IsEqualType(x.OfType, y.OfType),
        _ => false,
    };

    public static bool IsSubType(GraphQLSchema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        if (ReferenceEquals(maybeSubType, superType) || IsEqualType(maybeSubType, superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsSubType(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsSubType(schema, nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsSubType(schema, subList.OfType, superList.OfType);
        }

        return maybeSubType is not ListType
            && superType.IsAbstract
            && maybeSubType is ComplexType
            && schema.IsSubType((NamedType)superType, (NamedType)maybeSubType);
    }
}
