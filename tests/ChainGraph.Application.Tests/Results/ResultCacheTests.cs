using ChainGraph.Application.Results;

namespace ChainGraph.Application.Tests.Results;

public sealed class ResultCacheTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"cg-results-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task GetOrAdd_SameKeyTwice_SecondAnswerFromTheFileWithoutComputing()
    {
        var calls = 0;

        var first = await Get(new ResultCache(_folder), Key(), () => $"答案 {++calls}");
        var cache = new ResultCache(_folder);
        var second = await Get(cache, Key(), () => $"答案 {++calls}");

        second.Should().Be(first).And.Be("答案 1");
        calls.Should().Be(1);
        cache.LastWasHit.Should().BeTrue();
        Directory.GetFiles(_folder).Should().ContainSingle().Which.Should().EndWith($"{Key()}{ResultCache.Extension}");
    }

    [Fact]
    public async Task GetOrAdd_AnotherArgumentVersionOrBuild_Computes()
    {
        var cache = new ResultCache(_folder);
        await Get(cache, Key(), () => "a");

        (await Get(cache, Key().With("top", "4"), () => "b")).Should().Be("b");
        (await Get(cache, Key(version: 8), () => "c")).Should().Be("c");
        (await Get(cache, Key(build: "other"), () => "d")).Should().Be("d");
        (await Get(cache, Key(store: "/elsewhere.db"), () => "e")).Should().Be("e");
        cache.LastWasHit.Should().BeFalse();
    }

    [Fact]
    public async Task GetOrAdd_NewDataVersion_DeletesTheOtherVersionsEntries()
    {
        var cache = new ResultCache(_folder);
        await Get(cache, Key(version: 7), () => "old");
        await Get(cache, Key(version: 7).With("lang", "en"), () => "old en");

        await Get(cache, Key(version: 8), () => "new");

        Directory.GetFiles(_folder).Select(Path.GetFileName).Should().Equal($"{Key(version: 8)}{ResultCache.Extension}");
        (await Get(cache, Key(version: 7), () => "recomputed")).Should().Be("recomputed");
    }

    [Fact]
    public async Task GetOrAdd_BeyondTheSizeBound_DeletesTheOldestEntries()
    {
        var entry = ResultFile.HeaderSize + 1000;
        var cache = new ResultCache(_folder, maxBytes: 3 * entry);
        for (var i = 0; i < 3; i++)
        {
            await Get(cache, Key().With("n", $"{i}"), () => new string('x', 1000));
            File.SetLastWriteTimeUtc(PathOf(Key().With("n", $"{i}")), new DateTime(2026, 1, 1 + i, 0, 0, 0, DateTimeKind.Utc));
        }

        await Get(cache, Key().With("n", "3"), () => new string('y', 1000));

        File.Exists(PathOf(Key().With("n", "0"))).Should().BeFalse("the oldest entry goes first");
        foreach (var n in new[] { "1", "2", "3" }) File.Exists(PathOf(Key().With("n", n))).Should().BeTrue();
        Directory.GetFiles(_folder).Sum(f => new FileInfo(f).Length).Should().BeLessThanOrEqualTo(cache.MaxBytes);
    }

    [Fact]
    public void Add_LargerThanTheBound_NotStored()
    {
        var cache = new ResultCache(_folder, maxBytes: 100);

        cache.Add(Key(), new string('x', 100));

        cache.LastProblem.Should().Contain("larger than the cache");
        cache.TryGet(Key()).Should().BeNull();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    [InlineData(12)]
    [InlineData(16)]
    [InlineData(30)]
    [InlineData(40)]
    [InlineData(50)]
    [InlineData(ResultFile.HeaderSize)]
    [InlineData(ResultFile.HeaderSize + 9)]
    public async Task GetOrAdd_AByteFlipped_RecomputedAndRepaired(int position)
    {
        await Get(new ResultCache(_folder), Key(), () => "集成电路：替代候选与招商目标");
        var bytes = File.ReadAllBytes(PathOf(Key()));
        bytes[position] ^= 0x20;
        File.WriteAllBytes(PathOf(Key()), bytes);
        var cache = new ResultCache(_folder);

        (await Get(cache, Key(), () => "recomputed")).Should().Be("recomputed");

        cache.LastWasHit.Should().BeFalse();
        cache.LastProblem.Should().BeNull("the recomputed answer replaced the corrupt entry");
        new ResultCache(_folder).TryGet(Key()).Should().Be("recomputed");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    [InlineData(ResultFile.HeaderSize)]
    [InlineData(ResultFile.HeaderSize + 3)]
    public void TryGet_Truncated_MissSayingWhy(int length)
    {
        var cache = new ResultCache(_folder);
        cache.Add(Key(), "集成电路：替代候选与招商目标");
        using (var stream = File.OpenWrite(PathOf(Key()))) stream.SetLength(length);

        cache.TryGet(Key()).Should().BeNull();

        cache.LastProblem.Should().MatchRegex("shorter than its header|cut short");
    }

    [Fact]
    public void TryGet_AnotherKeysEntryUnderThisName_Miss()
    {
        var cache = new ResultCache(_folder);
        cache.Add(Key().With("lang", "en"), "english");
        File.Move(PathOf(Key().With("lang", "en")), PathOf(Key()));

        cache.TryGet(Key()).Should().BeNull();

        cache.LastProblem.Should().Be("it answers another question");
    }

    [Fact]
    public async Task GetOrAdd_FolderCannotBeCreated_ComputesEveryTimeAndSaysWhy()
    {
        File.WriteAllText(_folder, "in the way");
        try
        {
            var cache = new ResultCache(Path.Combine(_folder, "results"));
            var calls = 0;

            (await Get(cache, Key(), () => $"{++calls}")).Should().Be("1");
            cache.LastProblem.Should().Contain("could not be stored");
            (await Get(cache, Key(), () => $"{++calls}")).Should().Be("2");
        }
        finally
        {
            File.Delete(_folder);
        }
    }

    [Fact]
    public async Task GetOrAdd_ReadOnlyFolder_ComputesEveryTimeAndSaysWhy()
    {
        // Tests may run as root, for whom file modes do not stop writing; sysfs refuses new files to everyone.
        var cache = new ResultCache("/sys/chaingraph-tests.results");
        var calls = 0;

        (await Get(cache, Key(), () => $"{++calls}")).Should().Be("1");
        cache.LastProblem.Should().Contain("could not be stored");
        (await Get(cache, Key(), () => $"{++calls}")).Should().Be("2");
    }

    [Fact]
    public async Task GetOrAdd_LeftoverTemporaryFile_DeletedWhenOldNeverRead()
    {
        var cache = new ResultCache(_folder);
        cache.Add(Key(), "a");
        var leftover = PathOf(Key()) + ".tmp-1-abc";
        File.WriteAllText(leftover, "torn");
        File.SetLastWriteTimeUtc(leftover, File.GetLastWriteTimeUtc(PathOf(Key())).AddHours(-2));

        cache.Add(Key().With("lang", "en"), "b");

        File.Exists(leftover).Should().BeFalse();
        cache.TryGet(Key()).Should().Be("a");
    }

    [Fact]
    public void FolderFor_SqliteFileOrServer()
    {
        ResultCache.FolderFor("/data/x/store.db").Should().Be("/data/x/store.db.results");
        ResultCache.FolderFor("http://neo4j.local:7474/db/neo4j").Should().EndWith(Path.Combine("results", "http___neo4j_local_7474_db_neo4j"));
    }

    private static Task<string> Get(ResultCache cache, ResultKey key, Func<string> compute) =>
        cache.GetOrAddAsync(key, () => Task.FromResult(compute()));

    private string PathOf(ResultKey key) => Path.Combine(_folder, key + ResultCache.Extension);

    private static ResultKey Key(long version = 7, string build = "b1", string store = "/data/store.db") =>
        ResultKey.For("targets", store, version, build).With("chain", "ic");
}
