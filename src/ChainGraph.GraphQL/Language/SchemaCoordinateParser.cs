namespace ChainGraph.GraphQL.Language;

/// <summary>
/// Parses schema coordinates (September 2025 spec §2.14). Coordinates are a tiny grammar of their own: names and the
/// punctuators <c>@ . ( : )</c>, with no ignored tokens (no white space or comments) allowed. Thread-safe.
/// </summary>
public static class SchemaCoordinateParser
{
    /// <summary>Parses a coordinate; throws <see cref="GraphQLSyntaxError"/> when it is malformed.</summary>
    public static SchemaCoordinateNode Parse(string coordinate)
    {
        var position = 0;
        var ofDirective = Accept(coordinate, ref position, '@');
        var name = ReadName(coordinate, ref position);
        NameNode? member = null;
        NameNode? argument = null;
        if (!ofDirective && Accept(coordinate, ref position, '.'))
        {
            member = ReadName(coordinate, ref position);
        }

        if ((ofDirective || member is not null) && Accept(coordinate, ref position, '('))
        {
            argument = ReadName(coordinate, ref position);
            Expect(coordinate, ref position, ':');
            Expect(coordinate, ref position, ')');
        }

        if (position != coordinate.Length)
        {
            throw Error(coordinate, position, $"Expected <EOF>, found {Describe(coordinate, position)}.");
        }

        return new SchemaCoordinateNode(ofDirective, name, member, argument, new Location(0, coordinate.Length, 1, 1));
    }

    private static bool Accept(string text, ref int position, char punctuator)
    {
        if (position < text.Length && text[position] == punctuator)
        {
            position++;
            return true;
        }

        return false;
    }

    private static void Expect(string text, ref int position, char punctuator)
    {
        if (!Accept(text, ref position, punctuator))
        {
            throw Error(text, position, $"Expected \"{punctuator}\", found {Describe(text, position)}.");
        }
    }

    private static NameNode ReadName(string text, ref int position)
    {
        var start = position;
        if (position >= text.Length || !Lexer.IsNameStart(text[position]))
        {
            throw Error(text, position, $"Expected Name, found {Describe(text, position)}.");
        }

        while (position < text.Length && Lexer.IsNameContinue(text[position]))
        {
            position++;
        }

        return new NameNode(text[start..position], new Location(start, position, 1, start + 1));
    }

    private static string Describe(string text, int position) => position >= text.Length ? "<EOF>" : $"\"{text[position]}\"";

    private static GraphQLSyntaxError Error(string text, int position, string description) => new(description, position, 1, position + 1);
}
