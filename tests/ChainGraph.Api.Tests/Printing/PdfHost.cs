using System.Net.Http.Headers;
using ChainGraph.Storage.Import;
using ChainGraph.Storage.Service;
using ChainGraph.Storage.Sqlite;
using ChainGraph.Tests;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Api.Tests.Printing;

/// <summary>
/// The real host over the bundled sample (six chains) with an analyst key, printing with a stand-in for Chromium: a
/// script that takes Chromium's arguments, counts renders and how many run at once (under flock), sleeps two seconds
/// and writes a small PDF. Two renders at once, one waiting.
/// </summary>
public sealed class PdfHost : IAsyncLifetime
{
    private const string FakeChromium = """
        #!/usr/bin/env bash
        dir=$(dirname "$0")
        for a in "$@"; do case $a in --print-to-pdf=*) out=${a#--print-to-pdf=};; esac; done
        echo "$*" >>"$dir/args"
        exec 9>"$dir/lock"
        flock 9; n=$(( $(cat "$dir/running" 2>/dev/null || echo 0) + 1 )); echo $n >"$dir/running"
        [ "$n" -gt "$(cat "$dir/max" 2>/dev/null || echo 0)" ] && echo $n >"$dir/max"; echo x >>"$dir/renders"; flock -u 9
        sleep 2
        printf '%%PDF-1.4 stand-in\n' >"$out"
        flock 9; echo $(( $(cat "$dir/running") - 1 )) >"$dir/running"; flock -u 9
        """;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chaingraph-api-tests", Guid.NewGuid().ToString("N"));

    public WebApplication App { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;

    /// <summary>Renders the stand-in has started so far.</summary>
    public int Renders => ReadLines("renders").Length;

    /// <summary>The most renders that ran at once.</summary>
    public int MaxAtOnce => int.Parse(ReadLines("max").FirstOrDefault() ?? "0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The argument lines Chromium was started with.</summary>
    public string[] Arguments => ReadLines("args");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var storePath = Path.Combine(_folder, "store.db");
        using (var graphStore = SqliteGraphStore.Open(storePath))
            await Importer.ImportAsync(graphStore, ImportSource.FromDirectory(RepositoryPaths.Of("import", "samples", "shenzhen")));
        var serviceDb = Path.Combine(_folder, "service.db");
        using (var service = ServiceStore.Open(serviceDb))
            Key = service.CreateKey("pdf-tests", KeyRoles.Analyst).Plaintext;
        var chromium = Path.Combine(_folder, "chromium");
        await File.WriteAllTextAsync(chromium, FakeChromium.ReplaceLineEndings("\n"));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(chromium, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        App = ChainGraphApp.Build(["--urls", "http://127.0.0.1:0", "--ChainGraph:Store:Path", storePath, "--ChainGraph:Auth:ServiceDb", serviceDb,
            "--ChainGraph:Pdf:Chromium", chromium, "--ChainGraph:Pdf:Concurrency", "2", "--ChainGraph:Pdf:QueueLength", "1",
            "--ChainGraph:RateLimit:PermitsPerSecond", "0"]);
        await App.StartAsync();
        var address = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(2) };
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
    }

    public string Key { get; private set; } = null!;

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync(); // waits for the hosted services still writing beside the store (the targets models)
        await App.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private string[] ReadLines(string name) => File.Exists(Path.Combine(_folder, name)) ? File.ReadAllLines(Path.Combine(_folder, name)) : [];
}
