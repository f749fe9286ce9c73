using System.Text.RegularExpressions;
using ChainGraph.Tests;

namespace ChainGraph.Api.Tests.Security;

/// <summary>docs/security.md stays true to the schema: every <c>@auth</c> field is listed under its role.</summary>
public sealed partial class SecurityDocTests
{
    [GeneratedRegex(@"^\s*(\w+)(\(.*\))?\s*:.*@auth\(requires: (\w+)\)", RegexOptions.Multiline)]
    private static partial Regex AuthField();

    [Fact]
    public void RolesTable_EveryAuthFieldUnderItsRole()
    {
        var schema = File.ReadAllText(RepositoryPaths.Of("src", "ChainGraph.Api", "schema.graphql"));
        var rows = File.ReadAllLines(RepositoryPaths.Of("docs", "security.md")).Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToList();

        var fields = AuthField().Matches(schema).Select(m => (Field: m.Groups[1].Value, Role: m.Groups[3].Value.ToLowerInvariant())).Distinct().ToList();

        fields.Should().NotBeEmpty();
        foreach (var (field, role) in fields)
            rows.Should().Contain(row => row.StartsWith($"| `{role}` |", StringComparison.Ordinal) && row.Contains($"`{field}`"), $"{field} needs {role}");
    }
}
