using System.Text.Json;
using ChainGraph.Api.Schema;
using ChainGraph.Api.Security;
using ChainGraph.Storage.Import;
using ChainGraph.Tests;
using Microsoft.Data.Sqlite;
using static ChainGraph.Api.Tests.Security.Responses;

namespace ChainGraph.Api.Tests.Hardening;

/// <summary><c>startImport</c> against the real host: the job runs in the background and <c>importJob</c> follows it.</summary>
public sealed class ImportJobTests(ImportRootHost api) : IClassFixture<ImportRootHost>
{
    private const string Fields = "id directory startedBy status phase file fileProgress rows finishedAt error "
        + "result { accepted files { file inserted unchanged } issues { file line message } }";

    [Fact]
    public async Task StartImport_FolderOfTemplates_JobEndsWrittenWithTheCountsAndIsListedFirst()
    {
        var folder = api.Folder("templates-" + Guid.NewGuid().ToString("N")[..6]);
        foreach (var file in Directory.GetFiles(RepositoryPaths.Of("import", "templates")))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        File.AppendAllText(Path.Combine(folder, "chains.csv"), "future-job,未来产业,future\n");

        var started = Data(await Post($"mutation($d: String!) {{ startImport(directory: $d) {{ {Fields} }} }}",
            new { d = Path.GetFileName(folder) })).GetProperty("startImport");
        var job = await Finished(started.GetProperty("id").GetString()!);
        var list = Data(await Post("{ importJobs { id } }")).GetProperty("importJobs");

        started.GetProperty("status").GetString().Should().Be("RUNNING");
        started.GetProperty("startedBy").GetString().Should().Be("editor");
        job.GetProperty("status").GetString().Should().Be("WRITTEN", job.ToString());
        job.GetProperty("phase").ValueKind.Should().Be(JsonValueKind.Null);
        job.GetProperty("finishedAt").GetString().Should().NotBeNullOrEmpty();
        var result = job.GetProperty("result");
        result.GetProperty("accepted").GetBoolean().Should().BeTrue();
        result.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("file").GetString() == "chains.csv")
            .GetProperty("inserted").GetInt32().Should().Be(1, "the one new chain; the template's own rows are there already");
        list[0].GetProperty("id").GetString().Should().Be(started.GetProperty("id").GetString());
    }

    [Fact]
    public async Task StartImport_BadRow_JobEndsRejectedWithTheIssueAndNothingWritten()
    {
        var folder = api.Folder("bad-" + Guid.NewGuid().ToString("N")[..6], ("chains.csv", "id,name,category\nbad-job,坏,no-such-category\n"));

        var started = Data(await Post($"mutation($d: String!) {{ startImport(directory: $d) {{ id }} }}",
            new { d = Path.GetFileName(folder) })).GetProperty("startImport");
        var job = await Finished(started.GetProperty("id").GetString()!);
        var chains = Data(await Post("{ chains { id } }")).GetProperty("chains");

        job.GetProperty("status").GetString().Should().Be("REJECTED", job.ToString());
        job.GetProperty("result").GetProperty("issues")[0].GetProperty("message").GetString().Should().Contain("no-such-category");
        chains.EnumerateArray().Select(c => c.GetProperty("id").GetString()).Should().NotContain("bad-job");
    }

    [Fact]
    public async Task StartImport_FolderOutsideRoot_RefusedAtOnceWithoutAJob()
    {
        var before = Data(await Post("{ importJobs { id } }")).GetProperty("importJobs").GetArrayLength();

        var body = await Post("mutation { startImport(directory: \"/etc\") { id } }");

        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("BAD_USER_INPUT");
        Data(await Post("{ importJobs { id } }")).GetProperty("importJobs").GetArrayLength().Should().Be(before);
    }

    [Fact]
    public async Task StartImport_EightUnfinished_NinthRefusedUntilTheyFinish()
    {
        var folder = api.Folder("sample-" + Guid.NewGuid().ToString("N")[..6]);
        foreach (var file in Directory.GetFiles(RepositoryPaths.Of("import", "samples", "shenzhen")))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        const string Start = "mutation($d: String!) { startImport(directory: $d) { id } }";
        var variables = new { d = Path.GetFileName(folder) };

        // Another connection holds the store's write lock, so no job can finish: the first waits for it (up to the store's
        // 10 s busy timeout), the seven after it for the first. Released, they all write in turn.
        var ids = new List<string>();
        JsonElement ninth;
        using (var holder = new SqliteConnection($"Data Source={api.StorePath};Pooling=false"))
        {
            holder.Open();
            using var writeLock = holder.BeginTransaction(deferred: false);
            for (var i = 0; i < ImportJobs.MaxUnfinished; i++)
                ids.Add(Data(await Post(Start, variables)).GetProperty("startImport").GetProperty("id").GetString()!);
            ninth = await Post(Start, variables);
        }
        var statuses = new List<string?>();
        foreach (var id in ids) statuses.Add((await Finished(id)).GetProperty("status").GetString());
        var afterwards = await Post(Start, variables);

        ninth.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("BAD_USER_INPUT");
        ninth.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("8 imports are running or waiting already");
        statuses.Should().AllBe("WRITTEN", "the held lock only delayed them");
        await Finished(Data(afterwards).GetProperty("startImport").GetProperty("id").GetString()!);
    }

    [Fact]
    public async Task ImportJobs_ViewerKey_Forbidden()
    {
        var start = await Post("mutation { startImport(directory: \"x\") { id } }", key: Role.Viewer);
        var list = await Post("{ importJobs { id } }", key: Role.Viewer);

        start.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("FORBIDDEN");
        list.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("FORBIDDEN");
    }

    [Fact]
    public void Report_FileThenStep_PhaseFileAndShareOfTheFileThenNoMeasure()
    {
        var job = new ImportJob("j", "q3", "editor", TimeProvider.System);

        var queued = job.Now();
        job.Report(new ImportProgress("validating", "supplies.csv", 250, 1000, 12));
        var validating = job.Now();
        job.Report(ImportProgress.Step("committing", "store.db"));
        var committing = job.Now();

        (queued.Phase, queued.Status).Should().Be(("queued", "RUNNING"));
        (validating.Phase, validating.File, validating.FileProgress, validating.Rows).Should().Be(("validating", "supplies.csv", 0.25, 12));
        (committing.Phase, committing.File, committing.FileProgress, committing.Rows)
            .Should().Be(("committing", "store.db", (double?)null, (int?)null));
        queued.Phase.Should().Be("queued", "a view taken earlier does not change");
    }

    private async Task<JsonElement> Finished(string id)
    {
        for (var wait = TimeSpan.Zero; wait < TimeSpan.FromSeconds(60); wait += TimeSpan.FromMilliseconds(50))
        {
            var job = Data(await Post($"{{ importJob(id: \"{id}\") {{ {Fields} }} }}")).GetProperty("importJob");
            if (job.GetProperty("status").GetString() != "RUNNING") return job;
            await Task.Delay(50);
        }
        throw new TimeoutException($"import job {id} still running after 60 s");
    }

    private async Task<JsonElement> Post(string query, object? variables = null, Role key = Role.Editor)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { query, variables }),
        };
        request.Headers.Authorization = new("Bearer", api.Key(key));
        return await Json(await api.Client.SendAsync(request));
    }

    private static JsonElement Data(JsonElement body) =>
        body.TryGetProperty("errors", out var errors) ? throw new InvalidOperationException(errors.ToString()) : body.GetProperty("data");
}
