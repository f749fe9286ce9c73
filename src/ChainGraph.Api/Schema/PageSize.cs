
namespace ChainGraph.Api.Schema;

/// <summary>The <c>first</c> argument of a paged or limited list field.</summary>
internal static class PageSize
{
    /// <summary>
    /// <paramref name="first"/>, or <paramref name="fallback"/> when absent; BAD_USER_INPUT outside 0 – <paramref name="max"/>.
    /// </summary>
    public static int Check(int? first, int fallback, int max)
    {
        var size = first ?? fallback;
        return size >= 0 && size <= max
            ? size
            : throw new GraphQLException($"first must be between 0 and {max}, got {size}", ErrorCodes.BadUserInput);
    }
}
