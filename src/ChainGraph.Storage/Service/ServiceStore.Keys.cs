using System.Security.Cryptography;
using ChainGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Storage.Service;

public sealed partial class ServiceStore
{
    /// <summary>Longest accepted key name.</summary>
    public const int MaxNameLength = 64;

    /// <summary><see cref="Authenticate"/> writes <c>last_used_at</c> at most this often per key, not on every request.</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    private const string KeyColumns = "id, name, role, created_at, revoked_at, last_used_at";
    private const int SqliteConstraintUnique = 2067;

    /// <summary>
    /// Creates a key for <paramref name="role"/> (one of <see cref="KeyRoles.All"/>) named <paramref name="name"/>, which
    /// no other active key may carry. The returned plaintext is the only copy.
    /// </summary>
    /// <exception cref="ArgumentException">The name is empty, too long or has control characters, or the role is unknown.</exception>
    /// <exception cref="InvalidOperationException">An active key already has this name.</exception>
    public CreatedKey CreateKey(string name, string role)
    {
        var key = new KeyInfo(ApiKeyFormat.NewId(), ValidName(name), ValidRole(role), Parse(Now()), null, null);
        var secret = ApiKeyFormat.NewSecret();
        using var connection = Connect();
        using var insert = Sql.Prepare(connection,
            "INSERT INTO api_keys (id, name, role, hash, created_at) VALUES ($id, $name, $role, $hash, $at)",
            "id", "name", "role", "hash", "at");
        insert.Parameters[0].Value = key.Id;
        insert.Parameters[1].Value = key.Name;
        insert.Parameters[2].Value = key.Role;
        insert.Parameters[3].Value = ApiKeyFormat.Hash(secret);
        insert.Parameters[4].Value = Format(key.CreatedAt);
        try
        {
            insert.ExecuteNonQuery();
        }
        catch (SqliteException e) when (e.SqliteExtendedErrorCode == SqliteConstraintUnique)
        {
            throw new InvalidOperationException($"an active key named '{key.Name}' already exists; revoke it or choose another name", e);
        }
        return new CreatedKey(key, ApiKeyFormat.Format(key.Id, secret));
    }

    /// <summary>
    /// Revokes the active key whose id, or else whose name, is <paramref name="idOrName"/>; returns it, or null when no
    /// active key matches (unknown, or revoked already). Revocation takes effect on the next request.
    /// </summary>
    public KeyInfo? RevokeKey(string idOrName)
    {
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        var key = FindActive(connection, "id", idOrName) ?? FindActive(connection, "name", idOrName);
        if (key is null) return null;
        using var revoke = Sql.Prepare(connection, "UPDATE api_keys SET revoked_at = $at WHERE id = $id", "at", "id");
        var at = Now();
        revoke.Parameters[0].Value = at;
        revoke.Parameters[1].Value = key.Id;
        revoke.ExecuteNonQuery();
        transaction.Commit();
        return key with { RevokedAt = Parse(at) };
    }

    /// <summary>Every key, revoked ones included, oldest first.</summary>
    public IReadOnlyList<KeyInfo> ListKeys()
    {
        using var connection = Connect();
        using var select = Sql.Prepare(connection, $"SELECT {KeyColumns} FROM api_keys ORDER BY created_at, id");
        return Sql.Rows(select, ReadKey);
    }

    /// <summary>
    /// The active key that <paramref name="presentedKey"/> is, or null for anything else (malformed, unknown, wrong
    /// secret, revoked). The secret's hash is compared in constant time. Records the use, at most once per
    /// <see cref="LastUsedResolution"/>.
    /// </summary>
    public KeyInfo? Authenticate(string? presentedKey)
    {
        if (!ApiKeyFormat.TryParse(presentedKey, out var id, out var secret)) return null;
        using var connection = Connect();
        using var select = Sql.Prepare(connection, $"SELECT {KeyColumns}, hash FROM api_keys WHERE id = $id", "id");
        select.Parameters[0].Value = id;
        KeyInfo key;
        byte[] hash;
        using (var reader = select.ExecuteReader())
        {
            if (!reader.Read()) return null;
            key = ReadKey(reader);
            hash = (byte[])reader["hash"];
        }
        var matches = CryptographicOperations.FixedTimeEquals(hash, ApiKeyFormat.Hash(secret));
        return matches && key.IsActive ? Touch(connection, key) : null;
    }

    /// <summary>The key id a presented key claims (safe to log), or null when it is not shaped like a key.</summary>
    public static string? IdOf(string? presentedKey) => ApiKeyFormat.TryParse(presentedKey, out var id, out _) ? id : null;

    private KeyInfo Touch(SqliteConnection connection, KeyInfo key)
    {
        var now = _time.GetUtcNow();
        if (key.LastUsedAt is { } last && now - last < LastUsedResolution) return key;
        using var update = Sql.Prepare(connection, "UPDATE api_keys SET last_used_at = $at WHERE id = $id", "at", "id");
        update.Parameters[0].Value = Format(now);
        update.Parameters[1].Value = key.Id;
        update.ExecuteNonQuery();
        return key with { LastUsedAt = Parse(Format(now)) };
    }

    private static KeyInfo? FindActive(SqliteConnection connection, string column, string value)
    {
        using var select = Sql.Prepare(connection, $"SELECT {KeyColumns} FROM api_keys WHERE {column} = $value AND revoked_at IS NULL",
            "value");
        select.Parameters[0].Value = value;
        using var reader = select.ExecuteReader();
        return reader.Read() ? ReadKey(reader) : null;
    }

    private static KeyInfo ReadKey(SqliteDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), reader.GetString(2), Parse(reader.GetString(3)), ParseOrNull(reader, 4),
        ParseOrNull(reader, 5));

    private static string ValidName(string name)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0) throw new ArgumentException("a key needs a name");
        if (trimmed.Length > MaxNameLength) throw new ArgumentException($"a key name has at most {MaxNameLength} characters");
        if (trimmed.Any(char.IsControl)) throw new ArgumentException("a key name cannot contain control characters");
        return trimmed;
    }

    private static string ValidRole(string role) =>
        KeyRoles.Normalize(role)
            ?? throw new ArgumentException($"unknown role '{role}'; expected one of {string.Join(", ", KeyRoles.All)}");
}
