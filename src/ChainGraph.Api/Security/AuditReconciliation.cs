namespace ChainGraph.Api.Security;

/// <summary>
/// At start-up, before the service takes requests, settles the audit entries a crash left pending
/// (<see cref="AuditLog.ReconcileAsync"/>). A hosted service so that it runs once, before the server listens.
/// </summary>
public sealed class AuditReconciliation(StoreProvider stores, AuditLog audit) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var store = await stores.OpenAsync(cancellationToken);
        await audit.ReconcileAsync(store, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
