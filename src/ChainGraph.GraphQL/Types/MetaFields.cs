namespace ChainGraph.GraphQL.Types;

/// <summary>The implicit fields <c>__schema</c>, <c>__type</c> (query root) and <c>__typename</c> (every composite type).</summary>
internal sealed record MetaFields(FieldDefinition Schema, FieldDefinition Type, FieldDefinition TypeName);
