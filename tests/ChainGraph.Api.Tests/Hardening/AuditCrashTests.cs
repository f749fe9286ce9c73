using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using ChainGraph.Domain;
using ChainGraph.Api.Security;
using ChainGraph.Storage;
using ChainGraph.Storage.Import;
using ChainGraph.Storage.Service;
using ChainGraph.Storage.Sqlite;
using ChainGraph.Tests;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChainGraph.Api.Tests.Hardening;

/// <summary>
/// Finding 5 with a real process: the service is killed (SIGKILL) the moment its import commits, before it can report
/// back; the version bump still has its audit entry, and the next start settles it as committed with that version.
/// </summary>
public sealed class AuditCrashTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chaingraph-audit-crash", Guid.NewGuid().ToString("N"));

    private string StorePath => Path.Combine(_folder, "store.db");
    private string ServiceDb => Path.Combine(_folder, "service.db");
    private string Root => Path.Combine(_folder, "imports");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task ImportFiles_ProcessKilledRightAfterCommit_VersionBumpHasItsAuditEntry()
    {
        Directory.CreateDirectory(_folder);
        using (var store = SqliteGraphStore.Open(StorePath))
            await Importer.ImportAsync(store, ImportSource.FromDirectory(RepositoryPaths.Of("import", "templates")));
        string key;
        using (var service = ServiceStore.Open(ServiceDb)) key = service.CreateKey("crash-editor", "editor").Plaintext;
        WriteDataset(Path.Combine(Root, "big"), customers: 4000, suppliersPerCustomer: 5);

        var port = FreePort();
        string answered;
        var log = new StringBuilder();
        using (var process = Process.Start(ServiceStart(port))!)
        {
            process.OutputDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
            process.ErrorDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(3) };
            await WaitUntilUp(client, process);
            var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "mutation { importFiles(directory: \"big\") { accepted } }" }) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            var import = client.SendAsync(request);
            while (DataVersion() == 1 && !import.IsCompleted) await Task.Delay(1);
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            answered = import.IsCompletedSuccessfully ? await (await import).Content.ReadAsStringAsync() : "";
        }

        var version = DataVersion();
        version.Should().Be(2, $"the kill came after the commit (the service answered: '{answered}'; its log: {log})");
        using (var service = ServiceStore.Open(ServiceDb))
            service.ReadAudit(10).Entries.Should().ContainSingle(e => e.Operation == "importFiles" && e.Target == "big", "the entry exists before the write starts");
        // The store as the service opens it (behind its persisted snapshot), so the change key is looked up the same way.
        using (var store = await StoreFactory.OpenAsync(StorePath))
        using (var service = ServiceStore.Open(ServiceDb))
            await new AuditLog(service, NullLogger<AuditLog>.Instance).ReconcileAsync(store);
        using (var service = ServiceStore.Open(ServiceDb))
        {
            var entry = service.ReadAudit(10).Entries.Single(e => e.Operation == "importFiles");
            entry.Status.Should().Be(AuditStatus.Committed);
            entry.DataVersion.Should().Be(version);
        }
    }

    private ProcessStartInfo ServiceStart(int port)
    {
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "ChainGraph.Api.dll"), "--urls", $"http://127.0.0.1:{port}",
                     "--ChainGraph:Store:Path", StorePath, "--ChainGraph:Auth:ServiceDb", ServiceDb, "--ChainGraph:Import:Root", Root,
                     "--ChainGraph:RateLimit:PermitsPerSecond", "0" })
            info.ArgumentList.Add(arg);
        info.Environment["CHAINGRAPH_DATA"] = _folder;
        return info;
    }

    private long DataVersion()
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = StorePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM meta WHERE key = 'data_version'";
        return long.Parse((string)command.ExecuteScalar()!, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task WaitUntilUp(HttpClient client, Process process)
    {
        for (var i = 0; i < 600; i++)
        {
            process.HasExited.Should().BeFalse("the service should start");
            try
            {
                if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("the service did not answer /health");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // One chain, two segments; every customer buys from `suppliersPerCustomer` upstream firms.
    private static void WriteDataset(string dir, int customers, int suppliersPerCustomer)
    {
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "chains.csv"), "id,name,category\nbig,大链,future\n");
        File.WriteAllText(Path.Combine(dir, "segments.csv"), "id,chain_id,name,stage,key\nbig-up,big,上游,upstream,true\nbig-down,big,下游,downstream,false\n");
        var upstream = Enumerable.Range(0, customers).Select(i => CreditCode.Create("440305", 20_000_000 + i)).ToArray();
        var downstream = Enumerable.Range(0, customers).Select(i => CreditCode.Create("440306", 30_000_000 + i)).ToArray();
        File.WriteAllLines(Path.Combine(dir, "enterprises.csv"),
            ["id,name,district,region,country,annual_output", .. upstream.Concat(downstream).Select((id, i) => $"{id},企业{i},南山,广东,CN,1")]);
        File.WriteAllLines(Path.Combine(dir, "enterprise_segments.csv"),
            ["enterprise_id,segment_id,role", .. upstream.Select(id => $"{id},big-up,supplier"), .. downstream.Select(id => $"{id},big-down,supplier")]);
        var supplies = new StringBuilder("supplier_id,customer_id,segment_id,share\n");
        for (var c = 0; c < customers; c++)
            for (var k = 0; k < suppliersPerCustomer; k++)
                supplies.Append(upstream[(c * 7 + k * 131) % customers]).Append(',').Append(downstream[c]).Append(",big-up,0.03\n");
        File.WriteAllText(Path.Combine(dir, "supplies.csv"), supplies.ToString());
    }
}
