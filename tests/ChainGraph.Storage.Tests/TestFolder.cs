using System.Text;
using ChainGraph.Tests;

namespace ChainGraph.Storage.Tests;

/// <summary>A temporary folder holding a copy of the import templates (a small valid dataset), deleted on dispose.</summary>
public sealed class TestFolder : IDisposable
{
    public TestFolder(bool withTemplates = true)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "chaingraph-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        Import = System.IO.Path.Combine(Path, "import");
        Directory.CreateDirectory(Import);
        if (!withTemplates) return;
        foreach (var file in Directory.GetFiles(Templates, "*.csv")) System.IO.File.Copy(file, System.IO.Path.Combine(Import, System.IO.Path.GetFileName(file)));
    }

    public string Path { get; }

    /// <summary>The folder with the import files.</summary>
    public string Import { get; }

    public string Store => System.IO.Path.Combine(Path, "store.db");

    public static string Templates => RepositoryPaths.Of("import", "templates");

    public string File(string name) => System.IO.Path.Combine(Import, name);

    public void Write(string name, string content) => System.IO.File.WriteAllText(File(name), content, new UTF8Encoding(false));

    public void WriteBytes(string name, byte[] content) => System.IO.File.WriteAllBytes(File(name), content);

    /// <summary>Appends one line (with the file's LF ending) to an import file.</summary>
    public void Append(string name, string line) => System.IO.File.AppendAllText(File(name), line + "\n", new UTF8Encoding(false));

    /// <summary>Replaces the first occurrence of <paramref name="old"/> in an import file.</summary>
    public void Replace(string name, string old, string replacement)
    {
        var text = System.IO.File.ReadAllText(File(name));
        var at = text.IndexOf(old, StringComparison.Ordinal);
        if (at < 0) throw new ArgumentException($"'{old}' is not in {name}");
        System.IO.File.WriteAllText(File(name), text[..at] + replacement + text[(at + old.Length)..], new UTF8Encoding(false));
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* a killed child process may still hold a file for a moment; the OS temp cleaner takes it */ }
    }
}
