using System.Diagnostics;
using System.Net;
using System.Text.Json;
using ChainGraph.Api.Security;
using ChainGraph.Api.Tests.Security;
using static ChainGraph.Api.Tests.Security.Responses;
using static ChainGraph.Api.Tests.Security.SecureApiHost;

namespace ChainGraph.Api.Tests.Hardening;

/// <summary>
/// Findings 1 and 2 against the real host with an editor key: <c>importFiles</c> reads regular files inside the import
/// root only; folders elsewhere are refused with one message whether or not they exist; links out of the root, FIFOs
/// and devices are never read (and never block the write lock); file contents are never echoed from outside the root.
/// </summary>
public sealed class ImportRootTests(ImportRootHost api) : IClassFixture<ImportRootHost>
{
    private const string ChainsHeader = "id,name,category\n";

    [Theory]
    [InlineData("/etc")]
    [InlineData("/root")]
    [InlineData("/proc/self")]
    [InlineData("/no/such/folder/anywhere")]
    [InlineData("../../../../etc")]
    [InlineData("..")]
    public async Task ImportFiles_FolderOutsideRoot_RefusedWithOneMessage(string directory)
    {
        var body = await Import(directory);

        Code(body).Should().Be("BAD_USER_INPUT");
        Message(body).Should().Be($"'{directory}' is not a folder inside the import root; put the files in a folder under the import root and name it relative to the root");
        body.ToString().Should().NotContain("passwd").And.NotContain("status").And.NotContain(api.Root);
    }

    [Fact]
    public async Task ImportFiles_LinkedFolderLeavingRoot_RefusedLikeAnyOutsideFolder()
    {
        Directory.CreateSymbolicLink(Path.Combine(api.Root, "etc-link"), "/etc");

        var existing = await Import("etc-link/ssl");
        var missing = await Import("etc-link/no-such-folder");

        Message(existing).Should().Contain("is not a folder inside the import root");
        Message(missing).Should().Contain("is not a folder inside the import root", "a missing folder behind a link out of the root must not be told apart");
    }

    [Fact]
    public async Task ImportFiles_MissingFolderInsideRoot_SaysSoWithoutServerPath()
    {
        var body = await Import("q3-missing");

        Message(body).Should().Be("the import root has no folder 'q3-missing'");
    }

    [Fact]
    public async Task ImportFiles_FileLinkedOutsideRoot_NotReadNotEchoed()
    {
        var folder = api.Folder("leak");
        File.CreateSymbolicLink(Path.Combine(folder, "chains.csv"), "/etc/passwd");

        var body = await Import("leak");
        var result = body.GetProperty("data").GetProperty("importFiles");

        result.GetProperty("accepted").GetBoolean().Should().BeFalse();
        Issues(result).Should().Contain(m => m.Contains("links to a file outside the import root"));
        body.ToString().Should().NotContain("root:").And.NotContain("/bin/");
    }

    [Fact]
    public async Task ImportFiles_FifoAsChains_RefusedAtOnceAndLaterWritesRun()
    {
        var folder = api.Folder("fifo");
        MakeFifo(Path.Combine(folder, "chains.csv"));

        var body = await Import("fifo");
        var next = await Json(await api.Client.SendAsync(PostGraphQL("""mutation { markChainOwner(enterpriseId: "91440300MA5FXXXX01", segmentId: "none") { id } }""", api.Key(Role.Editor))));

        Issues(body.GetProperty("data").GetProperty("importFiles")).Should().Contain(m => m.Contains("not a regular file (a FIFO)"));
        next.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("BAD_USER_INPUT", "the next mutation runs instead of waiting behind a blocked open");
    }

    [Fact]
    public async Task ImportFiles_DeviceLinkedAsChains_NotRead()
    {
        var folder = api.Folder("zero");
        File.CreateSymbolicLink(Path.Combine(folder, "chains.csv"), "/dev/zero");

        var body = await Import("zero");

        Issues(body.GetProperty("data").GetProperty("importFiles")).Should().ContainSingle(m => m.Contains("chains.csv"));
    }

    [Fact]
    public async Task ImportFiles_ForeignHeaderInsideRoot_LongOrBinaryNamesNotEchoed()
    {
        var secret = "s3cr3t-" + new string('x', 100);
        api.Folder("odd", ("chains.csv", $"id,name,category,{secret}\nfuture,未来,future\n"));

        var body = await Import("odd");

        body.ToString().Should().NotContain(secret);
        Issues(body.GetProperty("data").GetProperty("importFiles")).Should().Contain(m => m.Contains("is not a column name"));
    }

    [Fact]
    public async Task ImportFiles_ValidFolderInsideRoot_Imported()
    {
        api.Folder("good", ("chains.csv", ChainsHeader + "future-x,未来产业,future\n"));

        var body = await Import("good");

        body.GetProperty("data").GetProperty("importFiles").GetProperty("accepted").GetBoolean().Should().BeTrue(body.ToString());
    }

    private async Task<JsonElement> Import(string directory)
    {
        var query = "mutation($d: String!) { importFiles(directory: $d) { accepted issues { file line message } } }";
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = System.Net.Http.Json.JsonContent.Create(new { query, variables = new { d = directory } }) };
        request.Headers.Authorization = new("Bearer", api.Key(Role.Editor));
        var response = await api.Client.SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await Json(response);
    }

    private static string Code(JsonElement body) => body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;

    private static string Message(JsonElement body) => body.GetProperty("errors")[0].GetProperty("message").GetString()!;

    private static IEnumerable<string> Issues(JsonElement result) =>
        result.GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("file").GetString() + ": " + i.GetProperty("message").GetString());

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path])!;
        mkfifo.WaitForExit();
        mkfifo.ExitCode.Should().Be(0);
    }
}
