using System.Collections;
using System.Globalization;
using System.Text.Json;
using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Execution;

/// <summary>Serialises results straight to UTF-8 JSON without an intermediate DOM. Stateless, thread-safe.</summary>
internal static class ResultJsonWriter
{
    private static readonly JsonEncodedText ErrorsName = JsonEncodedText.Encode("errors");
    private static readonly JsonEncodedText DataName = JsonEncodedText.Encode("data");
    private static readonly JsonEncodedText ExtensionsName = JsonEncodedText.Encode("extensions");
    private static readonly JsonEncodedText MessageName = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText LocationsName = JsonEncodedText.Encode("locations");
    private static readonly JsonEncodedText PathName = JsonEncodedText.Encode("path");
    private static readonly JsonEncodedText LineName = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText ColumnName = JsonEncodedText.Encode("column");

    public static void Write(Utf8JsonWriter writer, ExecutionResult result)
    {
        writer.WriteStartObject();
        if (result.Errors is not null)
        {
            writer.WritePropertyName(ErrorsName);
            WriteErrors(writer, result.Errors);
        }

        if (!result.IsRequestError)
        {
            writer.WritePropertyName(DataName);
            WriteValue(writer, result.Data);
        }

        if (result.Extensions is not null)
        {
            writer.WritePropertyName(ExtensionsName);
            WriteValue(writer, result.Extensions);
        }

        writer.WriteEndObject();
    }

    private static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<GraphQLError> errors)
    {
        writer.WriteStartArray();
        foreach (var error in errors)
        {
            writer.WriteStartObject();
            writer.WriteString(MessageName, error.Message);
            if (error.Locations is not null)
            {
                WriteLocations(writer, error.Locations);
            }

            if (error.Path is not null)
            {
                writer.WritePropertyName(PathName);
                WriteValue(writer, error.Path);
            }

            if (error.Extensions is not null)
            {
                writer.WritePropertyName(ExtensionsName);
                WriteValue(writer, error.Extensions);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteLocations(Utf8JsonWriter writer, IReadOnlyList<SourceLocation> locations)
    {
        writer.WritePropertyName(LocationsName);
        writer.WriteStartArray();
        foreach (var location in locations)
        {
            writer.WriteStartObject();
            writer.WriteNumber(LineName, location.Line);
            writer.WriteNumber(ColumnName, location.Column);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case double d when double.IsFinite(d): writer.WriteNumberValue(d); break;
            case double: writer.WriteNullValue(); break;
            case float f when float.IsFinite(f): writer.WriteNumberValue(f); break;
            case decimal m: writer.WriteNumberValue(m); break;
            case ResultMap map: WriteMap(writer, map); break;
            case ResultList list: WriteList(writer, list.Count, list); break;
            case JsonElement element: element.WriteTo(writer); break;
            default: WriteOther(writer, value); break;
        }
    }

    private static void WriteMap(Utf8JsonWriter writer, ResultMap map)
    {
        writer.WriteStartObject();
        for (var i = 0; i < map.Count; i++)
        {
            writer.WritePropertyName(map.KeyAt(i));
            WriteValue(writer, map.ValueAt(i));
        }

        writer.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter writer, int count, IReadOnlyList<object?> list)
    {
        writer.WriteStartArray();
        for (var i = 0; i < count; i++)
        {
            WriteValue(writer, list[i]);
        }

        writer.WriteEndArray();
    }

    private static void WriteOther(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                writer.WriteStartObject();
                foreach (var (key, item) in pairs)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            case IFormattable formattable when value is short or byte or sbyte or ushort or uint or ulong:
                writer.WriteRawValue(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                writer.WriteStringValue(value.ToString());
                break;
        }
    }
}
