using System.Text;

namespace ChainGraph.Storage.Snapshots;

/// <summary>A snapshot's text column as stored: each text's UTF-8 length (-1 for none) and the texts end to end.</summary>
internal readonly record struct TextColumn(int[] Lengths, byte[] Blob)
{
    public int Count => Lengths.Length;

    /// <exception cref="InvalidDataException">A length runs past the end of the texts.</exception>
    public string?[] Decode()
    {
        var texts = new string?[Lengths.Length];
        var offset = 0;
        for (var i = 0; i < Lengths.Length; i++)
        {
            var length = Lengths[i];
            if (length < 0) continue;
            if (length > Blob.Length - offset) throw new InvalidDataException("a text runs past the end of its column");
            texts[i] = Encoding.UTF8.GetString(Blob, offset, length);
            offset += length;
        }
        return texts;
    }
}
