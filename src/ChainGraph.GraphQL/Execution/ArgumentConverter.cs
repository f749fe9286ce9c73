using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace ChainGraph.GraphQL.Execution;

/// <summary>Converts coerced input values to the CLR type a resolver asks for. Thread-safe.</summary>
internal static class ArgumentConverter
{
    public static T? Convert<T>(object? value) => value switch
    {
        null => default,
        T typed => typed,
        _ => (T?)Convert(value, typeof(T)),
    };

    private static object? Convert(object value, Type target)
    {
        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (underlying.IsInstanceOfType(value))
        {
            return value;
        }

        if (underlying.IsEnum)
        {
            return value is string name ? Enum.Parse(underlying, name.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true) : Enum.ToObject(underlying, value);
        }

        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(underlying))
        {
            return System.Convert.ChangeType(value, underlying, CultureInfo.InvariantCulture);
        }

        if (value is IEnumerable items && value is not string && value is not IDictionary && value is not IReadOnlyDictionary<string, object?>)
        {
            var elementType = ElementType(underlying);
            if (elementType is not null)
            {
                return ConvertList(items, underlying, elementType);
            }
        }

        return JsonSerializer.Deserialize(JsonSerializer.Serialize(value), underlying, JsonOptions);
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private static Type? ElementType(Type target)
    {
        if (target.IsArray)
        {
            return target.GetElementType();
        }

        return target.IsGenericType && target.GetGenericArguments() is [var element] && target.IsAssignableFrom(typeof(List<>).MakeGenericType(element))
            ? element
            : null;
    }

    private static object ConvertList(IEnumerable items, Type target, Type elementType)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
        foreach (var item in items)
        {
            list.Add(item is null ? null : Convert(item, elementType));
        }

        if (!target.IsArray)
        {
            return list;
        }

        var array = Array.CreateInstance(elementType, list.Count);
        list.CopyTo(array, 0);
        return array;
    }
}
