using System.Text.Encodings.Web;
using System.Text.Json;

namespace ChainGraph.Cli;

/// <summary>JSON settings for command output: camelCase names, Chinese text written as is (not \u-escaped).</summary>
public static class JsonOptions
{
    public static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static readonly JsonSerializerOptions Indented = new(Web) { WriteIndented = true };
}
