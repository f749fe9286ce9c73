using System.Globalization;
using ChainGraph.Domain;

namespace ChainGraph.Storage.Import;

/// <summary>
/// Typed access to one <see cref="RawRecord"/>: every failed conversion adds an error naming the file,
/// line and column, so a row reports all its problems at once.
/// </summary>
public sealed class RowReader(string file, FileSpec spec, RawRecord record, ICollection<ImportIssue> issues)
{
    public int Line => record.Line;
    public string File => file;
    public bool HasErrors { get; private set; }

    public string? Text(string column)
    {
        var index = spec.IndexOf(column);
        var value = record.Values[index]?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            if (spec.Columns[index].Required) Error(column, "a value is required");
            return null;
        }
        return value;
    }

    /// <summary>A required text; empty string after an error so callers need no null checks.</summary>
    public string Required(string column) => Text(column) ?? "";

    public double? Number(string column, double min = double.MinValue, double max = double.MaxValue)
    {
        var text = Text(column);
        if (text is null) return null;
        if (!DecimalText.TryParse(text, out var value) || !double.IsFinite(value))
            return Fail<double>(column, $"'{text}' is not a number");
        if (value < min || value > max) return Fail<double>(column, $"{text} is outside {Range(min, max)}");
        return value;
    }

    public int? Integer(string column, int min = int.MinValue)
    {
        var text = Text(column);
        if (text is null) return null;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            return Fail<int>(column, $"'{text}' is not a whole number");
        return value < min ? Fail<int>(column, $"{text} is below {min}") : value;
    }

    public DateOnly? Date(string column)
    {
        var text = Text(column);
        if (text is null) return null;
        return IsoDate.TryParse(text, out var date)
            ? date
            : Fail<DateOnly>(column, $"'{text}' is not a date (yyyy-MM-dd)");
    }

    public bool? Boolean(string column)
    {
        var text = Text(column);
        if (text is null) return null;
        return text.ToLowerInvariant() switch
        {
            "true" or "1" or "yes" or "y" or "是" => true,
            "false" or "0" or "no" or "n" or "否" => false,
            _ => Fail<bool>(column, $"'{text}' is not true or false"),
        };
    }

    public T? Word<T>(string column) where T : struct, Enum
    {
        var text = Text(column);
        if (text is null) return null;
        return Vocabulary.TryParse<T>(text, out var value) ? value : Fail<T>(column, $"'{text}' is not one of {Vocabulary.Words<T>()}");
    }

    /// <summary>A credit code, validated with its check character.</summary>
    public string CreditCode(string column)
    {
        var code = Required(column);
        if (code.Length == 0) return code;
        var problem = Domain.CreditCode.Validate(code);
        if (problem is not null) Error(column, $"'{code}': {problem}");
        return code;
    }

    public void Error(string? column, string message)
    {
        HasErrors = true;
        issues.Add(new(file, record.Line, column, message));
    }

    public void Warning(string? column, string message) => issues.Add(new(file, record.Line, column, message, IssueSeverity.Warning));

    private T? Fail<T>(string column, string message) where T : struct
    {
        Error(column, message);
        return null;
    }

    private static string Range(double min, double max) => (min, max) switch
    {
        (double.MinValue, _) => $"the range ≤ {max}",
        (_, double.MaxValue) => $"the range ≥ {min}",
        _ => $"the range {min}–{max}",
    };
}
