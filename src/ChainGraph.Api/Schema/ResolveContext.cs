using System.Collections;
using System.Globalization;
using ChainGraph.GraphQL.AspNetCore;
using GraphQL;
using GraphQL.Types;

namespace ChainGraph.Api.Schema;

/// <summary>
/// What a resolver of this API reads: GraphQL.NET's field context seen through the names our resolvers use (parent
/// value, arguments converted to the CLR type asked for, the caller, services, cancellation). A thin view; no state.
/// </summary>
public readonly struct ResolveContext(IResolveFieldContext inner)
{
    /// <summary>GraphQL.NET's context, for anything this view does not expose.</summary>
    public IResolveFieldContext Inner => inner;

    /// <summary>The parent object's value.</summary>
    public object? Parent => inner.Source;

    /// <summary>The transport's user value (the <see cref="Security.Caller"/> over HTTP), or null.</summary>
    public object? UserContext => (inner.UserContext as GraphQLUserContext)?.Value;

    /// <summary>Per-request state shared by every resolver of the request.</summary>
    public GraphQLUserContext? RequestState => inner.UserContext as GraphQLUserContext;

    public IServiceProvider? Services => inner.RequestServices;

    public CancellationToken CancellationToken => inner.CancellationToken;

    public IComplexGraphType ParentType => inner.ParentType;

    public FieldType Field => inner.FieldDefinition;

    /// <summary>The <c>lang</c> argument of a text field: Chinese unless English is asked for.</summary>
    public ChainGraph.Domain.Text.Language Language =>
        Argument<ChainGraph.Domain.Text.Language?>("lang") ?? ChainGraph.Domain.Text.Language.Zh;

    /// <summary>True when the argument was given (literally or by a variable) or has a default.</summary>
    public bool HasArgument(string name) => inner.Arguments?.TryGetValue(name, out var value) == true && value.Value is not null;

    /// <summary>
    /// The argument's value as <typeparamref name="T"/>: input objects are dictionaries, lists are converted element
    /// by element, enum values are the bound CLR enums, numbers are converted to the requested numeric type.
    /// </summary>
    public T? Argument<T>(string name) =>
        inner.Arguments is { } arguments && arguments.TryGetValue(name, out var value) ? (T?)Convert(value.Value, typeof(T)) : default;

    private static object? Convert(object? value, Type target)
    {
        if (value is null) return null;
        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (underlying.IsInstanceOfType(value)) return value;
        if (underlying.IsEnum)
            return value is string text
                ? Enum.Parse(underlying, text.Replace("_", "", StringComparison.Ordinal), ignoreCase: true)
                : Enum.ToObject(underlying, value);
        if (value is IEnumerable items and not string and not IDictionary && ElementType(underlying) is { } element)
            return ConvertList(items, underlying, element);
        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(underlying))
            return System.Convert.ChangeType(value, underlying, CultureInfo.InvariantCulture);
        throw new InvalidOperationException($"cannot read a {value.GetType().Name} argument as {target.Name}");
    }

    private static Type? ElementType(Type target) => target.IsArray ? target.GetElementType()
        : target.IsGenericType && target.GetGenericArguments() is [var element]
            && target.IsAssignableFrom(typeof(List<>).MakeGenericType(element)) ? element
        : null;

    private static object ConvertList(IEnumerable items, Type target, Type element)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
        foreach (var item in items) list.Add(Convert(item, element));
        if (!target.IsArray) return list;
        var array = Array.CreateInstance(element, list.Count);
        list.CopyTo(array, 0);
        return array;
    }
}
