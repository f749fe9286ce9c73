using System.Buffers.Text;
using System.Text;
using System.Text.RegularExpressions;
using ChainGraph.Storage.Service;

namespace ChainGraph.Storage.Tests.Service;

public sealed partial class ServiceStoreTests
{
    [Fact]
    public void CreateKey_NewKey_PlaintextHasIdAndSecretAndListShowsKeyWithoutSecret()
    {
        using var store = CreateSut();

        var (key, plaintext) = store.CreateKey("  ci-bot ", "Analyst");

        plaintext.Should().MatchRegex($"^cg_{key.Id}_[A-Za-z0-9_-]{{43}}$");
        key.Should().Be(new KeyInfo(key.Id, "ci-bot", KeyRoles.Analyst, Start, null, null));
        store.ListKeys().Should().Equal(key);
    }

    [Fact]
    public void CreateKey_ToString_RedactsPlaintext()
    {
        using var store = CreateSut();

        var created = store.CreateKey("ci", KeyRoles.Viewer);

        created.ToString().Should().NotContain(created.Plaintext).And.Contain("redacted");
    }

    [Fact]
    public void CreateKey_TwoKeys_DifferentIdsAndSecrets()
    {
        using var store = CreateSut();

        var a = store.CreateKey("a", KeyRoles.Viewer);
        var b = store.CreateKey("b", KeyRoles.Viewer);

        a.Key.Id.Should().NotBe(b.Key.Id);
        Secret(a.Plaintext).Should().NotBe(Secret(b.Plaintext));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("tab\there")]
    public void CreateKey_BadName_Throws(string name)
    {
        using var store = CreateSut();

        var act = () => store.CreateKey(name, KeyRoles.Viewer);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void CreateKey_NameTooLong_Throws()
    {
        using var store = CreateSut();

        var act = () => store.CreateKey(new string('k', ServiceStore.MaxNameLength + 1), KeyRoles.Viewer);

        act.Should().Throw<ArgumentException>().WithMessage("*at most 64*");
    }

    [Fact]
    public void CreateKey_UnknownRole_ThrowsNamingTheRoles()
    {
        using var store = CreateSut();

        var act = () => store.CreateKey("ci", "root");

        act.Should().Throw<ArgumentException>().WithMessage("*viewer, analyst, editor, admin*");
    }

    [Fact]
    public void CreateKey_NameOfActiveKey_Throws()
    {
        using var store = CreateSut();
        store.CreateKey("ci", KeyRoles.Viewer);

        var act = () => store.CreateKey("ci", KeyRoles.Admin);

        act.Should().Throw<InvalidOperationException>().WithMessage("*'ci' already exists*");
    }

    [Fact]
    public void CreateKey_NameOfRevokedKey_Allowed()
    {
        using var store = CreateSut();
        store.CreateKey("ci", KeyRoles.Viewer);
        store.RevokeKey("ci");

        var replacement = store.CreateKey("ci", KeyRoles.Editor);

        store.ListKeys().Select(k => (k.Name, k.IsActive)).Should().BeEquivalentTo([("ci", false), ("ci", true)]);
        store.Authenticate(replacement.Plaintext)!.Role.Should().Be(KeyRoles.Editor);
    }

    [Fact]
    public void Authenticate_CreatedKey_ReturnsItWithLastUse()
    {
        using var store = CreateSut();
        var (key, plaintext) = store.CreateKey("ci", KeyRoles.Editor);
        _clock.Advance(TimeSpan.FromHours(1));

        var found = store.Authenticate(plaintext);

        found.Should().Be(key with { LastUsedAt = Start.AddHours(1) });
        store.ListKeys().Single().LastUsedAt.Should().Be(Start.AddHours(1));
    }

    [Fact]
    public void Authenticate_RepeatedWithinAMinute_RecordsUseOncePerMinute()
    {
        using var store = CreateSut();
        var plaintext = store.CreateKey("ci", KeyRoles.Viewer).Plaintext;
        store.Authenticate(plaintext);

        _clock.Advance(TimeSpan.FromSeconds(59));
        store.Authenticate(plaintext)!.LastUsedAt.Should().Be(Start);
        _clock.Advance(TimeSpan.FromSeconds(1));
        store.Authenticate(plaintext)!.LastUsedAt.Should().Be(Start.AddMinutes(1));
        store.ListKeys().Single().LastUsedAt.Should().Be(Start.AddMinutes(1));
    }

    [Fact]
    public void Authenticate_WrongSecret_Null()
    {
        using var store = CreateSut();
        var plaintext = store.CreateKey("ci", KeyRoles.Viewer).Plaintext;
        var other = store.CreateKey("other", KeyRoles.Viewer).Plaintext;

        store.Authenticate(plaintext[..^43] + Secret(other)).Should().BeNull();
    }

    [Fact]
    public void Authenticate_UnknownId_Null()
    {
        using var store = CreateSut();
        var plaintext = store.CreateKey("ci", KeyRoles.Viewer).Plaintext;

        store.Authenticate("cg_0000000000000000" + plaintext[19..]).Should().BeNull();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("cg_")]
    [InlineData("Bearer cg_x")]
    [InlineData("not a key at all")]
    public void Authenticate_Malformed_Null(string? presented)
    {
        using var store = CreateSut();
        store.CreateKey("ci", KeyRoles.Viewer);

        store.Authenticate(presented).Should().BeNull();
    }

    [Fact]
    public void Authenticate_AlteredSpelling_Null()
    {
        using var store = CreateSut();
        var plaintext = store.CreateKey("ci", KeyRoles.Viewer).Plaintext;

        store.Authenticate(plaintext.ToUpperInvariant()).Should().BeNull();
        store.Authenticate(" " + plaintext[..^1]).Should().BeNull();
        store.Authenticate(plaintext + " ").Should().BeNull();
        store.Authenticate(NonCanonical(plaintext)).Should().BeNull();
        store.Authenticate(plaintext[..30] + " " + plaintext[31..]).Should().BeNull();
    }

    [Fact]
    public void Authenticate_RevokedKey_Null()
    {
        using var store = CreateSut();
        var (key, plaintext) = store.CreateKey("ci", KeyRoles.Admin);

        store.RevokeKey(key.Id);

        store.Authenticate(plaintext).Should().BeNull();
    }

    [Fact]
    public void Authenticate_KeyRevokedByAnotherInstance_Null()
    {
        using var service = CreateSut();
        var plaintext = service.CreateKey("ci", KeyRoles.Viewer).Plaintext;
        service.Authenticate(plaintext).Should().NotBeNull();

        using (var cli = CreateSut()) cli.RevokeKey("ci");

        service.Authenticate(plaintext).Should().BeNull();
    }

    [Fact]
    public void Authenticate_ManyThreads_AllSucceed()
    {
        using var store = CreateSut();
        var plaintext = store.CreateKey("ci", KeyRoles.Viewer).Plaintext;

        var results = new KeyInfo?[400];
        Parallel.For(0, results.Length, i => results[i] = store.Authenticate(plaintext));

        results.Should().OnlyContain(k => k != null && k.Name == "ci");
    }

    [Fact]
    public void RevokeKey_ByName_RevokesAndReturnsIt()
    {
        using var store = CreateSut();
        var key = store.CreateKey("ci", KeyRoles.Viewer).Key;
        _clock.Advance(TimeSpan.FromDays(2));

        var revoked = store.RevokeKey("ci");

        revoked.Should().Be(key with { RevokedAt = Start.AddDays(2) });
        store.ListKeys().Should().Equal(revoked!);
    }

    [Fact]
    public void RevokeKey_IdAndNameBothMatch_PrefersId()
    {
        using var store = CreateSut();
        var first = store.CreateKey("first", KeyRoles.Viewer).Key;
        store.CreateKey(first.Id, KeyRoles.Viewer);

        store.RevokeKey(first.Id)!.Name.Should().Be("first");
    }

    [Fact]
    public void RevokeKey_UnknownOrAlreadyRevoked_Null()
    {
        using var store = CreateSut();
        store.CreateKey("ci", KeyRoles.Viewer);

        store.RevokeKey("nobody").Should().BeNull();
        store.RevokeKey("ci").Should().NotBeNull();
        store.RevokeKey("ci").Should().BeNull();
    }

    [Fact]
    public void DatabaseFiles_AfterUse_HoldNeitherPlaintextNorSecret()
    {
        string[] plaintexts;
        using (var store = CreateSut())
        {
            plaintexts = KeyRoles.All.Select(role => store.CreateKey("key-" + role, role).Plaintext).ToArray();
            foreach (var plaintext in plaintexts) store.Authenticate(plaintext).Should().NotBeNull();
            store.RevokeKey("key-viewer");
        }

        var files = DatabaseFiles().ToList();

        files.Should().NotBeEmpty();
        foreach (var plaintext in plaintexts)
        foreach (var file in files)
        {
            Contains(file, Encoding.UTF8.GetBytes(plaintext)).Should().BeFalse();
            Contains(file, Encoding.UTF8.GetBytes(Secret(plaintext))).Should().BeFalse();
            Contains(file, Base64Url.DecodeFromChars(Secret(plaintext))).Should().BeFalse();
        }
    }

    private static string Secret(string plaintext) => Regex.Match(plaintext, "^cg_[0-9a-f]{16}_(.+)$").Groups[1].Value;

    // The last of 43 base64url characters carries 4 data bits and 2 spare ones; flipping a spare bit keeps the bytes.
    private static string NonCanonical(string plaintext)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        var last = alphabet.IndexOf(plaintext[^1]);
        return plaintext[..^1] + alphabet[last ^ 1];
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
