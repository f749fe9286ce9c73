using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;

namespace ChainGraph.Storage.Service;

/// <summary>
/// The shape of a key, <c>cg_&lt;id&gt;_&lt;secret&gt;</c>: a 16-hex-digit id that finds the row, and 32 random bytes
/// (base64url, 43 characters) of which the store keeps only the SHA-256. A slow password hash would add nothing here:
/// 256 random bits cannot be guessed, and the hash runs on every request.
/// </summary>
internal static class ApiKeyFormat
{
    public const string Prefix = "cg_";
    private const int IdBytes = 8;
    private const int SecretBytes = 32;
    private static readonly int IdLength = IdBytes * 2;
    private static readonly int SecretLength = Base64Url.GetEncodedLength(SecretBytes);

    /// <summary>Length of every well-formed key.</summary>
    public static int Length => Prefix.Length + IdLength + 1 + SecretLength;

    // Secrets come from the OS CSPRNG, never from an injected Random: a seeded generator would make keys predictable.
    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(IdBytes));

    public static byte[] NewSecret() => RandomNumberGenerator.GetBytes(SecretBytes);

    public static string Format(string id, byte[] secret) => $"{Prefix}{id}_{Base64Url.EncodeToString(secret)}";

    public static byte[] Hash(ReadOnlySpan<byte> secret) => SHA256.HashData(secret);

    /// <summary>Splits a presented key into its id and secret; false for anything not shaped like a key.</summary>
    public static bool TryParse(string? presented, out string id, out byte[] secret)
    {
        id = "";
        secret = [];
        if (presented is null || presented.Length != Length || !presented.StartsWith(Prefix, StringComparison.Ordinal)) return false;
        var idPart = presented.AsSpan(Prefix.Length, IdLength);
        if (!IsLowerHex(idPart) || presented[Prefix.Length + IdLength] != '_') return false;
        var secretPart = presented.AsSpan(Prefix.Length + IdLength + 1);
        var buffer = new byte[SecretBytes];
        if (Base64Url.DecodeFromChars(secretPart, buffer, out _, out var written) != OperationStatus.Done || written != SecretBytes)
            return false;
        // The decoder skips whitespace (and may tolerate set spare bits in the last character); only the canonical
        // spelling is a key, so that one secret has exactly one accepted form.
        if (!secretPart.SequenceEqual(Base64Url.EncodeToString(buffer))) return false;
        id = idPart.ToString();
        secret = buffer;
        return true;
    }

    private static bool IsLowerHex(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (!char.IsAsciiHexDigitLower(c) && !char.IsAsciiDigit(c)) return false;
        return true;
    }
}
