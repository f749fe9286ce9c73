namespace ChainGraph.GraphQL.DataLoader;

/// <summary>A loader the executor can dispatch: it queues keys and fetches them in one batch.</summary>
public interface IDataLoader
{
    /// <summary>True when keys are queued and not yet dispatched.</summary>
    bool HasPendingKeys { get; }

    /// <summary>Raised when the first key of a new batch is queued, so a waiting executor can wake up and dispatch.</summary>
    event Action? KeysQueued;

    /// <summary>Fetches every queued key in one batch and completes their tasks.</summary>
    Task DispatchAsync(CancellationToken cancellationToken);
}
