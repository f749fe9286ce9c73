using ChainGraph.GraphQL.Language;
using ChainGraph.GraphQL.Types;

namespace ChainGraph.GraphQL.Validation;

/// <summary>
/// A variable used somewhere in a document with the input type expected there, the location's default value, and
/// the enclosing input type (for <c>@oneOf</c> checks).
/// </summary>
public sealed record VariableUsage(VariableNode Node, GraphQLType? Type, ValueNode? DefaultValue, GraphQLType? ParentType);
