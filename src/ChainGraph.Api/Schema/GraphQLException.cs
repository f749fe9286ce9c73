using GraphQL;

namespace ChainGraph.Api.Schema;

/// <summary>
/// A client-visible field error: resolvers throw it with a message for the caller and an <c>extensions.code</c>
/// (<see cref="ErrorCodes"/>); more extension entries (e.g. an import's <c>issues</c>) go in <paramref name="extensions"/>.
/// </summary>
public sealed class GraphQLException : ExecutionError
{
    public GraphQLException(string message, string? code = null, IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message)
    {
        Code = code;
        if (extensions is null) return;
        Extensions ??= new Dictionary<string, object?>();
        foreach (var (key, value) in extensions) Extensions[key] = value;
    }

    /// <summary>A use case's refusal as the API reports it: NOT_FOUND for an unknown name, BAD_USER_INPUT otherwise.</summary>
    public static GraphQLException From(Application.InvalidRequestException e) =>
        new(e.Message, e.NotFound ? ErrorCodes.NotFound : ErrorCodes.BadUserInput);

    /// <summary>Runs a use case, reporting its refusal as <see cref="From"/> says.</summary>
    public static T Answer<T>(Func<T> useCase)
    {
        try
        {
            return useCase();
        }
        catch (Application.InvalidRequestException e)
        {
            throw From(e);
        }
    }
}
