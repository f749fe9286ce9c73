using ChainGraph.GraphQL.Language;
using ChainGraph.GraphQL.Types;

namespace ChainGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.3.2 Field Selection Merging (FieldsInSetCanMerge, SameResponseShape), ported from graphql-js 16 with its
/// caches: fields and fragment names per selection set, compared fragment pairs, and compared (field map, fragment)
/// pairs, so spreading the same fragments many times stays polynomial. Large groups of structurally identical
/// fields under one response key are compared once (see <see cref="DeduplicateThreshold"/>).
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.SelectionSet];

    /// <inheritdoc />
    public override IReadOnlyList<SyntaxKind>? VisitedKinds => Kinds;

    /// <summary>
    /// Above this many fields under one response key, identical fields are compared only once. Below it every pair is
    /// compared, which reports exactly the errors graphql-js reports; above it the verdict is the same but duplicate
    /// reports of one conflict are collapsed, turning <c>{ a a a … }</c> × 10,000 from 50M comparisons into 10,000.
    /// </summary>
    private const int DeduplicateThreshold = 64;

    private readonly Dictionary<SelectionSetNode, FieldsAndFragments> _cache = [];
    private readonly HashSet<(string, string, bool)> _comparedFragmentPairs = [];
    private readonly HashSet<(FieldMap, string, bool)> _comparedFieldsAndFragments = [];

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        if (node is SelectionSetNode selectionSet)
        {
            var conflicts = new List<Conflict>();
            FindConflictsWithinSelectionSet(conflicts, Context.TypeInfo.ParentType, selectionSet);
            foreach (var conflict in conflicts)
            {
                Report($"Fields \"{conflict.ResponseName}\" conflict because {conflict.Reason.Message}. Use different aliases on the fields to fetch both if this was intentional.", [.. conflict.Fields1, .. conflict.Fields2]);
            }
        }

        return true;
    }

    private void FindConflictsWithinSelectionSet(List<Conflict> conflicts, NamedType? parentType, SelectionSetNode selectionSet)
    {
        var (fieldMap, fragmentNames) = GetFieldsAndFragmentNames(parentType, selectionSet);
        CollectConflictsWithin(conflicts, fieldMap);
        for (var i = 0; i < fragmentNames.Count; i++)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, false, fieldMap, fragmentNames[i]);
            for (var j = i + 1; j < fragmentNames.Count; j++)
            {
                CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
            }
        }
    }

    private void CollectConflictsBetweenFieldsAndFragment(List<Conflict> conflicts, bool mutuallyExclusive, FieldMap fieldMap, string fragmentName)
    {
        if (!_comparedFieldsAndFragments.Add((fieldMap, fragmentName, mutuallyExclusive))
            || (mutuallyExclusive && _comparedFieldsAndFragments.Contains((fieldMap, fragmentName, false))))
        {
            return;
        }

        if (Context.GetFragment(fragmentName) is not { } fragment)
        {
            return;
        }

        var (fieldMap2, referenced) = GetReferencedFieldsAndFragmentNames(fragment);
        if (ReferenceEquals(fieldMap, fieldMap2))
        {
            return;
        }

        CollectConflictsBetween(conflicts, mutuallyExclusive, fieldMap, fieldMap2);
        foreach (var name in referenced)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fieldMap, name);
        }
    }

    private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool mutuallyExclusive, string name1, string name2)
    {
        if (name1 == name2 || HasComparedFragments(name1, name2, mutuallyExclusive))
        {
            return;
        }

        _comparedFragmentPairs.Add(string.CompareOrdinal(name1, name2) < 0 ? (name1, name2, mutuallyExclusive) : (name2, name1, mutuallyExclusive));
        if (Context.GetFragment(name1) is not { } fragment1 || Context.GetFragment(name2) is not { } fragment2)
        {
            return;
        }

        var (fieldMap1, referenced1) = GetReferencedFieldsAndFragmentNames(fragment1);
        var (fieldMap2, referenced2) = GetReferencedFieldsAndFragmentNames(fragment2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, fieldMap1, fieldMap2);
        foreach (var referenced in referenced2)
        {
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, name1, referenced);
        }

        foreach (var referenced in referenced1)
        {
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, referenced, name2);
        }
    }

    private bool HasComparedFragments(string name1, string name2, bool mutuallyExclusive)
    {
        var (a, b) = string.CompareOrdinal(name1, name2) < 0 ? (name1, name2) : (name2, name1);
        // A comparison made without mutual exclusivity covers the exclusive case too (it is stricter).
        return _comparedFragmentPairs.Contains((a, b, false)) || (mutuallyExclusive && _comparedFragmentPairs.Contains((a, b, true)));
    }

    private List<Conflict> FindConflictsBetweenSubSelectionSets(bool mutuallyExclusive, NamedType? parentType1, SelectionSetNode selectionSet1, NamedType? parentType2, SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        var (fieldMap1, fragmentNames1) = GetFieldsAndFragmentNames(parentType1, selectionSet1);
        var (fieldMap2, fragmentNames2) = GetFieldsAndFragmentNames(parentType2, selectionSet2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, fieldMap1, fieldMap2);
        foreach (var name in fragmentNames2)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fieldMap1, name);
        }

        foreach (var name in fragmentNames1)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fieldMap2, name);
        }

        foreach (var name1 in fragmentNames1)
        {
            foreach (var name2 in fragmentNames2)
            {
                CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, name1, name2);
            }
        }

        return conflicts;
    }

    private void CollectConflictsWithin(List<Conflict> conflicts, FieldMap fieldMap)
    {
        foreach (var (responseName, all) in fieldMap.Entries)
        {
            var fields = Deduplicate(all);
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectConflictsBetween(List<Conflict> conflicts, bool mutuallyExclusive, FieldMap fieldMap1, FieldMap fieldMap2)
    {
        foreach (var (responseName, fields1) in fieldMap1.Entries)
        {
            if (!fieldMap2.TryGet(responseName, out var fields2))
            {
                continue;
            }

            foreach (var field1 in Deduplicate(fields1))
            {
                foreach (var field2 in Deduplicate(fields2))
                {
                    if (FindConflict(mutuallyExclusive, responseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private static List<FieldAndDefinition> Deduplicate(List<FieldAndDefinition> fields)
    {
        if (fields.Count <= DeduplicateThreshold)
        {
            return fields;
        }

        var seen = new HashSet<(NamedType?, string)>();
        return fields.Where(f => seen.Add((f.ParentType, Printer.Print(f.Node)))).ToList();
    }

    private Conflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, FieldAndDefinition field1, FieldAndDefinition field2)
    {
        var mutuallyExclusive = parentFieldsAreMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        var (node1, node2) = (field1.Node, field2.Node);
        if (!mutuallyExclusive)
        {
            if (node1.Name.Value != node2.Name.Value)
            {
                return new Conflict(responseName, new Reason($"\"{node1.Name.Value}\" and \"{node2.Name.Value}\" are different fields"), [node1], [node2]);
            }

            if (!SameArguments(node1, node2))
            {
                return new Conflict(responseName, new Reason("they have differing arguments"), [node1], [node2]);
            }
        }

        var (type1, type2) = (field1.Definition?.Type, field2.Definition?.Type);
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return new Conflict(responseName, new Reason($"they return conflicting types \"{type1}\" and \"{type2}\""), [node1], [node2]);
        }

        if (node1.SelectionSet is not null && node2.SelectionSet is not null)
        {
            var sub = FindConflictsBetweenSubSelectionSets(mutuallyExclusive, type1?.Named, node1.SelectionSet, type2?.Named, node2.SelectionSet);
            if (sub.Count > 0)
            {
                return new Conflict(
                    responseName,
                    new Reason(sub),
                    [node1, .. sub.SelectMany(c => c.Fields1)],
                    [node2, .. sub.SelectMany(c => c.Fields2)]);
            }
        }

        return null;
    }

    private static bool SameArguments(FieldNode node1, FieldNode node2)
    {
        var (args1, args2) = (node1.Arguments, node2.Arguments);
        if (args1.Count != args2.Count)
        {
            return false;
        }

        foreach (var arg1 in args1)
        {
            var arg2 = args2.FirstOrDefault(a => a.Name.Value == arg1.Name.Value);
            if (arg2 is null || StringifyValue(arg1.Value) != StringifyValue(arg2.Value))
            {
                return false;
            }
        }

        return true;
    }

    private static string StringifyValue(ValueNode value) => Printer.Print(SortValue(value));

    private static ValueNode SortValue(ValueNode value) => value switch
    {
        ObjectValueNode obj => new ObjectValueNode(
            obj.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal).Select(f => new ObjectFieldNode(f.Name, SortValue(f.Value), f.Location)).ToList(),
            obj.Location),
        ListValueNode list => new ListValueNode(list.Values.Select(SortValue).ToList(), list.Location),
        _ => value,
    };

    private static bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        if (type1 is ListType list1)
        {
            return type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType);
        }

        if (type2 is ListType)
        {
            return true;
        }

        if (type1 is NonNullType nonNull1)
        {
            return type2 is not NonNullType nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
        }

        if (type2 is NonNullType)
        {
            return true;
        }

        return (type1.IsLeaf || type2.IsLeaf) && !ReferenceEquals(type1, type2);
    }

    private FieldsAndFragments GetReferencedFieldsAndFragmentNames(FragmentDefinitionNode fragment) =>
        _cache.TryGetValue(fragment.SelectionSet, out var cached)
            ? cached
            : GetFieldsAndFragmentNames(Context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);

    private FieldsAndFragments GetFieldsAndFragmentNames(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_cache.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var fieldMap = new FieldMap();
        var fragmentNames = new List<string>();
        CollectFieldsAndFragmentNames(parentType, selectionSet, fieldMap, fragmentNames);
        var result = new FieldsAndFragments(fieldMap, fragmentNames);
        _cache[selectionSet] = result;
        return result;
    }

    private void CollectFieldsAndFragmentNames(NamedType? parentType, SelectionSetNode selectionSet, FieldMap fieldMap, List<string> fragmentNames)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var definition = (parentType as ComplexType)?.Fields[field.Name.Value];
                    fieldMap.Add(field.ResponseName, new FieldAndDefinition(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread when !fragmentNames.Contains(spread.Name.Value):
                    fragmentNames.Add(spread.Name.Value);
                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is null ? parentType : Context.Schema.GetType(inline.TypeCondition.Name.Value);
                    CollectFieldsAndFragmentNames(inlineType, inline.SelectionSet, fieldMap, fragmentNames);
                    break;
            }
        }
    }

    private sealed record FieldAndDefinition(NamedType? ParentType, FieldNode Node, FieldDefinition? Definition);

    private sealed record FieldsAndFragments(FieldMap FieldMap, List<string> FragmentNames);

    private sealed record Conflict(string ResponseName, Reason Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    /// <summary>A conflict reason: a message, or the conflicts between subfields.</summary>
    private sealed class Reason
    {
        private readonly string? _text;
        private readonly List<Conflict>? _subConflicts;

        public Reason(string text) => _text = text;

        public Reason(List<Conflict> subConflicts) => _subConflicts = subConflicts;

        public string Message => _text ?? string.Join(" and ", _subConflicts!.Select(c => $"subfields \"{c.ResponseName}\" conflict because {c.Reason.Message}"));
    }

    /// <summary>Response name → fields, in first-seen order; compared by reference in the pair caches.</summary>
    private sealed class FieldMap
    {
        private readonly Dictionary<string, List<FieldAndDefinition>> _byName = new(StringComparer.Ordinal);
        private readonly List<string> _order = [];

        public IEnumerable<(string Name, List<FieldAndDefinition> Fields)> Entries => _order.Select(n => (n, _byName[n]));

        public void Add(string responseName, FieldAndDefinition field)
        {
            if (!_byName.TryGetValue(responseName, out var list))
            {
                _byName[responseName] = list = [];
                _order.Add(responseName);
            }

            list.Add(field);
        }

        public bool TryGet(string responseName, out List<FieldAndDefinition> fields) => _byName.TryGetValue(responseName, out fields!);
    }
}
