using System.Globalization;
using System.Text.Json;
using ChainGraph.Storage.Service;

namespace ChainGraph.Cli.Keys;

/// <summary>What the `keys` commands print. Only <see cref="WriteCreated"/> ever sees a key's plaintext.</summary>
public static class KeyOutput
{
    /// <summary>The service's default address (appsettings.json), for the example request.</summary>
    public const string DefaultServiceUrl = "http://127.0.0.1:5080";

    public static void WriteCreated(TextWriter output, CreatedKey created, bool json)
    {
        var (key, plaintext) = created;
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(new { key.Id, key.Name, key.Role, key.CreatedAt, Key = plaintext }, JsonOptions.Web));
            return;
        }
        output.WriteLine($"Created API key {key.Id} '{key.Name}' with role {key.Role}.");
        output.WriteLine();
        output.WriteLine($"    {plaintext}");
        output.WriteLine();
        output.WriteLine("This is the only time the key is shown: store it now (the service keeps only a hash).");
        output.WriteLine("Send it with every request, in either header:");
        output.WriteLine($"    Authorization: Bearer {plaintext}");
        output.WriteLine($"    X-Api-Key: {plaintext}");
        output.WriteLine("For example:");
        output.WriteLine($"    curl -H 'Authorization: Bearer {plaintext}' -H 'Content-Type: application/json' \\");
        output.WriteLine($"         -d '{{\"query\":\"{{ chains {{ id name }} }}\"}}' {DefaultServiceUrl}/graphql");
        output.WriteLine($"Revoke it with: chaingraph keys revoke {key.Id}");
    }

    public static void WriteRevoked(TextWriter output, KeyInfo key) =>
        output.WriteLine($"Revoked API key {key.Id} '{key.Name}' (role {key.Role}); requests with it now get 401.");

    public static void WriteList(TextWriter output, IReadOnlyList<KeyInfo> keys, bool json)
    {
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(keys.Select(k => new { k.Id, k.Name, k.Role, k.CreatedAt, k.LastUsedAt, k.RevokedAt,
                k.IsActive }), JsonOptions.Web));
            return;
        }
        if (keys.Count == 0)
        {
            output.WriteLine("No API keys. Create one with: chaingraph keys create --role viewer --name NAME");
            return;
        }
        string[] header = ["ID", "NAME", "ROLE", "CREATED", "LAST USED", "STATUS"];
        var rows = keys.Select(k => new[] { k.Id, k.Name, k.Role, Time(k.CreatedAt), k.LastUsedAt is { } used ? Time(used) : "never",
            Status(k) }).ToList();
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        foreach (var row in rows.Prepend(header))
            output.WriteLine(string.Join("  ", row.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd());
    }

    private static string Status(KeyInfo key) => key.RevokedAt is { } at ? $"revoked {Time(at)}" : "active";

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);
}
