using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;

namespace ChainGraph.GraphQL.Execution;

/// <summary>
/// The resolver used when none is registered: reads a property or field named like the GraphQL field
/// (case-insensitive) through a compiled, cached accessor; an <see cref="IDictionary{TKey,TValue}"/> key; or a
/// <see cref="JsonElement"/> property. Missing members resolve to null. Thread-safe.
/// </summary>
public static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>?> Accessors = new();

    /// <summary>A resolver for the member named <paramref name="fieldName"/>.</summary>
    public static FieldResolver For(string fieldName)
    {
        var lookup = new MemberLookup(fieldName);
        return context => new ValueTask<object?>(lookup.Read(context.Parent));
    }

    /// <summary>Reads <paramref name="name"/> from <paramref name="source"/> with the default rules.</summary>
    public static object? Read(object? source, string name) => new MemberLookup(name).Read(source);

    private static Func<object, object?>? CreateAccessor((Type Type, string Name) key)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase;
        var property = FindProperty(key.Type, key.Name, flags);
        MemberInfo? member = property is { CanRead: true } && property.GetIndexParameters().Length == 0
            ? property
            : key.Type.GetField(key.Name, flags);
        if (member is null)
        {
            return null;
        }

        var parameter = Expression.Parameter(typeof(object), "source");
        var access = Expression.MakeMemberAccess(Expression.Convert(parameter, key.Type), member);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(access, typeof(object)), parameter).Compile();
    }

    private static PropertyInfo? FindProperty(Type type, string name, BindingFlags flags)
    {
        try
        {
            return type.GetProperty(name, flags);
        }
        catch (AmbiguousMatchException)
        {
            return type.GetProperty(name, flags & ~BindingFlags.IgnoreCase);
        }
    }

    private sealed class MemberLookup(string name)
    {
        // The last (type, accessor) pair seen by this field: most fields see one CLR type, so this skips the
        // shared dictionary lookup on the hot path.
        private CachedAccessor? _last;

        public object? Read(object? source) => source switch
        {
            null => null,
            IDictionary<string, object?> dictionary => dictionary.TryGetValue(name, out var value) ? value : null,
            IReadOnlyDictionary<string, object?> dictionary => dictionary.TryGetValue(name, out var value) ? value : null,
            JsonElement element => ReadJson(element),
            IDictionary dictionary => dictionary.Contains(name) ? dictionary[name] : null,
            _ => ReadMember(source),
        };

        private object? ReadJson(JsonElement element) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : null;

        private object? ReadMember(object source)
        {
            var type = source.GetType();
            var last = _last;
            if (last is null || last.Type != type)
            {
                last = new CachedAccessor(type, Accessors.GetOrAdd((type, name), CreateAccessor));
                _last = last;
            }

            return last.Accessor?.Invoke(source);
        }
    }

    private sealed record CachedAccessor(Type Type, Func<object, object?>? Accessor);
}
