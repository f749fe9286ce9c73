using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using ChainGraph.Storage;

namespace ChainGraph.Application.Results;

/// <summary>
/// One cached result as a file: a 56-byte header (magic, format version, data version, the key's digest, the payload's
/// length and XxHash3) and the result as UTF-8. Written to a temporary name, flushed and renamed, so a reader sees a
/// whole entry or none; an entry of another key or format, cut short or failing its checksum is never returned.
/// </summary>
internal static class ResultFile
{
    /// <summary>1: the first format.</summary>
    public const int FormatVersion = 1;
    public const int HeaderSize = 56;
    private static readonly byte[] Magic = "CGRSLT\r\n"u8.ToArray();

    /// <summary>Writes <paramref name="text"/> as the entry of <paramref name="key"/> at <paramref name="path"/>.</summary>
    public static void Write(string path, ResultKey key, string text)
    {
        var payload = Encoding.UTF8.GetBytes(text);
        AtomicFile.Write(path, stream =>
        {
            stream.Write(Header(key, payload));
            stream.Write(payload);
        });
    }

    /// <summary>
    /// The entry of <paramref name="key"/> at <paramref name="path"/>, or null with the reason in
    /// <paramref name="problem"/> when there is none or it fails a check.
    /// </summary>
    public static string? TryRead(string path, ResultKey key, out string? problem)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            problem = Check(bytes, key);
            return problem is null ? Encoding.UTF8.GetString(bytes.AsSpan(HeaderSize)) : null;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            problem = "there is none";
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"it could not be read ({e.Message})";
            return null;
        }
    }

    private static string? Check(byte[] bytes, ResultKey key)
    {
        var header = bytes.AsSpan(0, Math.Min(bytes.Length, HeaderSize));
        if (header.Length < HeaderSize) return "it is shorter than its header";
        if (!header[..8].SequenceEqual(Magic)) return "it is not a ChainGraph result";
        if (BinaryPrimitives.ReadInt32LittleEndian(header[8..]) != FormatVersion
            || BinaryPrimitives.ReadInt32LittleEndian(header[12..]) != 0)
            return "it has another format version";
        if (BinaryPrimitives.ReadInt64LittleEndian(header[16..]) != key.DataVersion || !header.Slice(24, 16).SequenceEqual(key.Digest))
            return "it answers another question";
        var payload = bytes.AsSpan(HeaderSize);
        if (BinaryPrimitives.ReadInt64LittleEndian(header[40..]) != payload.Length)
            return "its length does not match its header (cut short?)";
        return BinaryPrimitives.ReadUInt64LittleEndian(header[48..]) == XxHash3.HashToUInt64(payload)
            ? null
            : "its checksum does not match (corrupt)";
    }

    private static byte[] Header(ResultKey key, byte[] payload)
    {
        var header = new byte[HeaderSize];
        Magic.CopyTo(header, 0);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(8), FormatVersion);
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(16), key.DataVersion);
        key.Digest.CopyTo(header, 24);
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(40), payload.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(header.AsSpan(48), XxHash3.HashToUInt64(payload));
        return header;
    }
}
