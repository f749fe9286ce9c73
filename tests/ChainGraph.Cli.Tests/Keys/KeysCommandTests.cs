using System.Text.Json;
using System.Text.RegularExpressions;
using ChainGraph.Cli.Tests.Commands;
using ChainGraph.Storage.Service;

namespace ChainGraph.Cli.Tests.Keys;

/// <summary>`chaingraph keys` run as a real process against a service database in a temporary data folder.</summary>
public sealed partial class KeysCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chaingraph-cli-tests", Guid.NewGuid().ToString("N"));

    public KeysCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* a killed child may hold a file briefly */ }
    }

    private string ServiceDb => Path.Combine(_folder, "keys", "service.db");

    private CliProcess.Result Keys(params string[] args) => CliProcess.Run(_folder, ["keys", .. args, "--service-db", ServiceDb]);

    [GeneratedRegex(@"cg_[0-9a-f]{16}_[A-Za-z0-9_-]{43}")]
    private static partial Regex KeyPattern();

    [Fact]
    public void Create_Text_PrintsKeyWithBothHeadersAndItAuthenticates()
    {
        var result = Keys("create", "--role", "analyst", "--name", "bureau-dashboard");

        result.ExitCode.Should().Be(0, result.Error);
        var key = KeyPattern().Match(result.Output).Value;
        result.Output.Should().Contain($"Authorization: Bearer {key}").And.Contain($"X-Api-Key: {key}").And.Contain("only time");
        using var store = ServiceStore.Open(ServiceDb);
        store.Authenticate(key).Should().BeEquivalentTo(new { Name = "bureau-dashboard", Role = "analyst" });
    }

    [Fact]
    public void Create_Json_OneObjectWithKey()
    {
        var result = Keys("create", "--role", "Admin", "--name", "ops", "--json");

        result.ExitCode.Should().Be(0, result.Error);
        var created = JsonDocument.Parse(result.Output).RootElement;
        created.GetProperty("role").GetString().Should().Be("admin");
        using var store = ServiceStore.Open(ServiceDb);
        store.Authenticate(created.GetProperty("key").GetString())!.Id.Should().Be(created.GetProperty("id").GetString());
    }

    [Fact]
    public void Create_NoServiceDb_UsesDataFolder()
    {
        var result = CliProcess.Run(_folder, "keys", "create", "--role", "viewer", "--name", "default");

        result.ExitCode.Should().Be(0, result.Error);
        File.Exists(Path.Combine(_folder, ServiceStore.DefaultFileName)).Should().BeTrue();
    }

    [Theory]
    [InlineData("--role", "root", "--name", "x")]
    [InlineData("--name", "x")]
    [InlineData("--role", "viewer")]
    [InlineData("--role", "viewer", "--name", " ")]
    public void Create_BadArguments_ExitTwo(params string[] args)
    {
        var result = Keys(["create", .. args]);

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("error:");
        result.Output.Should().NotMatchRegex(KeyPattern().ToString());
    }

    [Fact]
    public void Create_NameOfActiveKey_ExitOne()
    {
        Keys("create", "--role", "viewer", "--name", "ci").ExitCode.Should().Be(0);

        var result = Keys("create", "--role", "viewer", "--name", "ci");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("already exists");
    }

    [Fact]
    public void Revoke_ByNameThenById_ExitZeroAndKeysStopWorking()
    {
        var byName = KeyPattern().Match(Keys("create", "--role", "editor", "--name", "a").Output).Value;
        var byId = KeyPattern().Match(Keys("create", "--role", "editor", "--name", "b").Output).Value;

        var first = Keys("revoke", "a");
        var second = Keys("revoke", byId[3..19]);

        first.ExitCode.Should().Be(0, first.Error);
        second.ExitCode.Should().Be(0, second.Error);
        first.Output.Should().Contain("Revoked API key");
        using var store = ServiceStore.Open(ServiceDb);
        store.Authenticate(byName).Should().BeNull();
        store.Authenticate(byId).Should().BeNull();
    }

    [Fact]
    public void Revoke_UnknownOrRevokedAlready_ExitOne()
    {
        Keys("create", "--role", "viewer", "--name", "once");
        Keys("revoke", "once").ExitCode.Should().Be(0);

        var again = Keys("revoke", "once");
        var unknown = Keys("revoke", "nobody");

        again.ExitCode.Should().Be(1);
        unknown.ExitCode.Should().Be(1);
        unknown.Error.Should().Contain("no active key").And.Contain("nobody");
    }

    [Fact]
    public void Revoke_NoArgument_ExitTwo()
    {
        Keys("revoke").ExitCode.Should().Be(2);
    }

    [Fact]
    public void Keys_NoSubcommand_ExitTwo()
    {
        CliProcess.Run(_folder, "keys").ExitCode.Should().Be(2);
    }

    [Fact]
    public void List_TextAndJson_ShowKeysButNeverSecrets()
    {
        var created = new[] { "viewer", "admin" }.Select(role => KeyPattern().Match(Keys("create", "--role", role, "--name", "k-" + role).Output).Value).ToList();
        Keys("revoke", "k-viewer");

        var text = Keys("list");
        var json = Keys("list", "--json");

        text.ExitCode.Should().Be(0, text.Error);
        text.Output.Should().MatchRegex(@"k-viewer\s+viewer\s+.*revoked").And.MatchRegex(@"k-admin\s+admin\s+.*active");
        JsonDocument.Parse(json.Output).RootElement.GetArrayLength().Should().Be(2);
        foreach (var key in created)
        {
            text.Output.Should().NotContain(key[20..]);
            json.Output.Should().NotContain(key[20..]);
        }
    }

    [Fact]
    public void List_NoKeys_SaysHowToCreateOne()
    {
        var result = Keys("list");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("chaingraph keys create");
    }
}
