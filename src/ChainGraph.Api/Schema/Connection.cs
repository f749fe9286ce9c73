using System.Globalization;
using System.Text;

namespace ChainGraph.Api.Schema;

/// <summary>A Relay-style page: opaque offset cursors (base64 of `offset:N`), so the order must be stable within a snapshot.</summary>
public sealed record Connection<T>(int TotalCount, PageInfo PageInfo, IReadOnlyList<Edge<T>> Edges)
{
    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);

    /// <summary>
    /// Slices <paramref name="items"/> after the cursor <paramref name="after"/>, at most <paramref name="first"/> (≤
    /// <paramref name="max"/>).
    /// </summary>
    /// <exception cref="GraphQLException">BAD_USER_INPUT for a negative or too large <c>first</c> or a malformed cursor.</exception>
    public static Connection<T> Of(IReadOnlyList<T> items, int? first, string? after, int max)
    {
        var size = PageSize.Check(first, 20, max);
        var start = after is null ? 0 : Offset(after, items.Count) + 1;
        var edges = new List<Edge<T>>(Math.Min(size, Math.Max(0, items.Count - start)));
        for (var i = start; i < items.Count && edges.Count < size; i++) edges.Add(new Edge<T>(Cursor(i), items[i]));
        var info = new PageInfo(start + edges.Count < items.Count, start > 0, edges.FirstOrDefault()?.Cursor,
            edges.LastOrDefault()?.Cursor);
        return new Connection<T>(items.Count, info, edges);
    }

    private static string Cursor(int offset) => Convert.ToBase64String(Encoding.ASCII.GetBytes($"offset:{offset}"));

    // Only offsets this list could have produced are accepted: anything past its end (a forged offset:2147483647, or a
    // cursor from a larger earlier snapshot) is the caller's error, never an overflow.
    private static int Offset(string cursor, int count)
    {
        var offset = -1;
        try
        {
            var text = Encoding.ASCII.GetString(Convert.FromBase64String(cursor));
            if (!text.StartsWith("offset:", StringComparison.Ordinal)
                || !int.TryParse(text[7..], NumberStyles.None, CultureInfo.InvariantCulture, out offset))
                offset = -1;
        }
        catch (FormatException)
        {
        }
        if (offset < 0) throw new GraphQLException($"'{Shown(cursor)}' is not a cursor from this API", ErrorCodes.BadUserInput);
        if (offset >= count)
            throw new GraphQLException($"the cursor points past the end of the list ({count} items); start again without 'after'",
                ErrorCodes.BadUserInput);
        return offset;
    }

    private static string Shown(string cursor) => cursor.Length <= 64 ? cursor : cursor[..64] + "…";
}

public sealed record Edge<T>(string Cursor, T Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
