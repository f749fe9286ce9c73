namespace ChainGraph.GraphQL.Types;

/// <summary>
/// Finds input objects that reference themselves through non-null fields (which no finite value can satisfy),
/// as graphql-js's <c>createInputObjectCircularRefsValidator</c> does. Recursion depth is bounded by the number of input types.
/// </summary>
internal static class InputCycleDetector
{
    public static void Detect(IEnumerable<InputObjectType> inputs, List<string> errors)
    {
        var visited = new HashSet<InputObjectType>();
        foreach (var input in inputs)
        {
            var path = new List<InputValueDefinition>();
            var pathIndex = new Dictionary<InputObjectType, int>();
            Visit(input, visited, path, pathIndex, errors);
        }
    }

    private static void Visit(InputObjectType input, HashSet<InputObjectType> visited, List<InputValueDefinition> path, Dictionary<InputObjectType, int> pathIndex, List<string> errors)
    {
        if (!visited.Add(input))
        {
            return;
        }

        pathIndex[input] = path.Count;
        foreach (var field in input.Fields)
        {
            if (field.Type is not NonNullType { OfType: InputObjectType target })
            {
                continue;
            }

            path.Add(field);
            if (pathIndex.TryGetValue(target, out var start))
            {
                var cycle = string.Join(".", path.Skip(start).Select(f => f.Name));
                errors.Add($"Cannot reference Input Object \"{target.Name}\" within itself through a series of non-null fields: \"{cycle}\".");
            }
            else
            {
                Visit(target, visited, path, pathIndex, errors);
            }

            path.RemoveAt(path.Count - 1);
        }

        pathIndex.Remove(input);
    }
}
