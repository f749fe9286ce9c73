namespace ChainGraph.GraphQL.AspNetCore;

/// <summary>The response media type chosen from a request's <c>Accept</c> header.</summary>
internal enum ResponseMediaType
{
    /// <summary>Nothing the client accepts can be produced: 406.</summary>
    Unacceptable,

    /// <summary><c>application/graphql-response+json</c>: request errors get 4xx.</summary>
    GraphQLResponseJson,

    /// <summary>Legacy <c>application/json</c>: every well-formed request gets 200.</summary>
    Json,
}
