namespace ChainGraph.Api.Security;

/// <summary>
/// At start-up, before the service takes requests, settles the audit entries a crash left pending
/// (<see cref="AuditLog.Reconcile"/>). A hosted service so that it runs once, before the server listens.
/// </summary>
public sealed class AuditReconciliation(StoreProvider stores, AuditLog audit) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        using var store = stores.Open();
        audit.Reconcile(store);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
