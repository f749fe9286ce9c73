using System.Text;

namespace ChainGraph.Synthetic.Tests;

/// <summary>A whole CSV file read independently of the product's writer and importer: RFC 4180 quoting, header row.</summary>
internal sealed class CsvTable
{
    private CsvTable(IReadOnlyList<string> header, List<string[]> rows)
    {
        Header = header;
        Rows = rows;
    }

    public IReadOnlyList<string> Header { get; }

    public List<string[]> Rows { get; }

    public int Column(string name) => Header.ToList().IndexOf(name) is var i and >= 0 ? i : throw new KeyNotFoundException(name);

    public IEnumerable<string> Values(string column)
    {
        var i = Column(column);
        return Rows.Select(r => r[i]);
    }

    public static CsvTable Read(string path)
    {
        var records = Parse(File.ReadAllText(path, Encoding.UTF8));
        return new CsvTable(records[0], records.Skip(1).ToList());
    }

    private static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') field.Append(text[++i]);
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\n') { fields.Add(field.ToString()); field.Clear(); records.Add([.. fields]); fields.Clear(); }
            else field.Append(c);
        }
        return records;
    }
}
