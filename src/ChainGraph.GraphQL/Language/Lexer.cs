using System.Globalization;
using System.Text;

namespace ChainGraph.GraphQL.Language;

/// <summary>
/// Turns GraphQL source text into tokens (spec §2.1), one at a time. Error messages follow graphql-js 16.
/// Not thread-safe: one lexer per source; runs in linear time over the source.
/// </summary>
public sealed class Lexer
{
    private readonly string _source;
    private int _position;
    private int _line = 1;
    private int _lineStart;

    /// <summary>Creates a lexer positioned before the first token.</summary>
    public Lexer(string source)
    {
        _source = source;
        Token = new Token(TokenKind.StartOfFile, 0, 0, 0, 0, null);
    }

    /// <summary>The most recently read significant token (never a comment).</summary>
    public Token Token { get; private set; }

    /// <summary>Reads every token of <paramref name="source"/>, comments included, up to and including end of file.</summary>
    public static IReadOnlyList<Token> Tokenize(string source)
    {
        var lexer = new Lexer(source);
        var tokens = new List<Token>();
        Token token;
        do
        {
            token = lexer.ReadToken();
            tokens.Add(token);
        }
        while (token.Kind != TokenKind.EndOfFile);
        return tokens;
    }

    /// <summary>Advances to the next significant token, skipping comments, and returns it.</summary>
    public Token Advance()
    {
        Token token;
        do
        {
            token = ReadToken();
        }
        while (token.Kind == TokenKind.Comment);
        Token = token;
        return token;
    }

    /// <summary>The significant token after <see cref="Token"/>, without consuming it.</summary>
    public Token Lookahead()
    {
        var (position, line, lineStart, current) = (_position, _line, _lineStart, Token);
        var next = Advance();
        (_position, _line, _lineStart, Token) = (position, line, lineStart, current);
        return next;
    }

    /// <summary>Reads the next token including comments. Throws <see cref="GraphQLSyntaxError"/> on invalid input.</summary>
    public Token ReadToken()
    {
        // One switch over the next code unit, as in the spec's lexical grammar; kept in one method so the
        // hot path (names and punctuators) has no extra calls.
        var body = _source;
        while (_position < body.Length)
        {
            var start = _position;
            var code = body[start];
            switch (code)
            {
                case '\uFEFF' or '\t' or ' ' or ',':
                    _position++;
                    continue;
                case '\n':
                    _position++;
                    NewLine();
                    continue;
                case '\r':
                    _position += start + 1 < body.Length && body[start + 1] == '\n' ? 2 : 1;
                    NewLine();
                    continue;
                case '#':
                    return ReadComment(start);
                case '!': return Punctuator(TokenKind.Bang, start);
                case '$': return Punctuator(TokenKind.Dollar, start);
                case '&': return Punctuator(TokenKind.Amp, start);
                case '(': return Punctuator(TokenKind.ParenLeft, start);
                case ')': return Punctuator(TokenKind.ParenRight, start);
                case ':': return Punctuator(TokenKind.Colon, start);
                case '=': return Punctuator(TokenKind.Equals, start);
                case '@': return Punctuator(TokenKind.At, start);
                case '[': return Punctuator(TokenKind.BracketLeft, start);
                case ']': return Punctuator(TokenKind.BracketRight, start);
                case '{': return Punctuator(TokenKind.BraceLeft, start);
                case '|': return Punctuator(TokenKind.Pipe, start);
                case '}': return Punctuator(TokenKind.BraceRight, start);
                case '.':
                    if (CharAt(start + 1) == '.' && CharAt(start + 2) == '.')
                    {
                        _position += 3;
                        return MakeToken(TokenKind.Spread, start, _position, null);
                    }

                    break;
                case '"':
                    return CharAt(start + 1) == '"' && CharAt(start + 2) == '"' ? ReadBlockString(start) : ReadString(start);
            }

            if (IsDigit(code) || code == '-')
            {
                return ReadNumber(start);
            }

            if (IsNameStart(code))
            {
                return ReadName(start);
            }

            throw Error(start, code == '\''
                ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                : IsUnicodeScalarValue(code) || IsSupplementaryCodePoint(start)
                    ? $"Unexpected character: {PrintCodePointAt(start)}."
                    : $"Invalid character: {PrintCodePointAt(start)}.");
        }

        return MakeToken(TokenKind.EndOfFile, body.Length, body.Length, null);
    }

    internal GraphQLSyntaxError Error(int position, string description)
    {
        var (line, column) = LineAndColumn(position);
        return new GraphQLSyntaxError(description, position, line, column);
    }

    internal static bool IsNameStart(int code) => code is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    internal static bool IsNameContinue(int code) => IsNameStart(code) || IsDigit(code);

    private static bool IsDigit(int code) => code is >= '0' and <= '9';

    private static bool IsUnicodeScalarValue(int code) => code is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    private (int Line, int Column) LineAndColumn(int position)
    {
        var (line, lineStart, from) = position >= _lineStart ? (_line, _lineStart, _lineStart) : (1, 0, 0);
        for (var i = from; i < position; i++)
        {
            var c = _source[i];
            if (c == '\n' || (c == '\r' && CharAt(i + 1) != '\n'))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, position - lineStart + 1);
    }

    private void NewLine()
    {
        _line++;
        _lineStart = _position;
    }

    private int CharAt(int index) => index < _source.Length ? _source[index] : -1;

    private bool IsSupplementaryCodePoint(int index) =>
        index + 1 < _source.Length && char.IsHighSurrogate(_source[index]) && char.IsLowSurrogate(_source[index + 1]);

    private string PrintCodePointAt(int index)
    {
        if (index >= _source.Length)
        {
            return "<EOF>";
        }

        int code = IsSupplementaryCodePoint(index) ? char.ConvertToUtf32(_source[index], _source[index + 1]) : _source[index];
        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        }

        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }

    private Token MakeToken(TokenKind kind, int start, int end, string? value) =>
        new(kind, start, end, _line, start - _lineStart + 1, value);

    private Token Punctuator(TokenKind kind, int start)
    {
        _position = start + 1;
        return MakeToken(kind, start, start + 1, null);
    }

    private Token ReadComment(int start)
    {
        var position = start + 1;
        while (position < _source.Length)
        {
            var code = _source[position];
            if (code is '\n' or '\r')
            {
                break;
            }

            if (IsUnicodeScalarValue(code))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(position))
            {
                position += 2;
            }
            else
            {
                break;
            }
        }

        _position = position;
        return MakeToken(TokenKind.Comment, start, position, _source.Substring(start + 1, position - start - 1));
    }

    private Token ReadName(int start)
    {
        var position = start + 1;
        while (position < _source.Length && IsNameContinue(_source[position]))
        {
            position++;
        }

        _position = position;
        return MakeToken(TokenKind.Name, start, position, _source.Substring(start, position - start));
    }

    private Token ReadNumber(int start)
    {
        // IntValue / FloatValue grammar step by step (sign, integer part without leading zeros, fraction, exponent),
        // then the spec's lookahead restriction: a number must not be followed by '.' or a NameStart.
        var position = start;
        var code = CharAt(position);
        var isFloat = false;
        if (code == '-')
        {
            code = CharAt(++position);
        }

        if (code == '0')
        {
            code = CharAt(++position);
            if (IsDigit(code))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = CharAt(++position);
            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        if (code is 'E' or 'e')
        {
            isFloat = true;
            code = CharAt(++position);
            if (code is '+' or '-')
            {
                code = CharAt(++position);
            }

            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        if (code == '.' || IsNameStart(code))
        {
            throw Error(position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");
        }

        _position = position;
        return MakeToken(isFloat ? TokenKind.Float : TokenKind.Int, start, position, _source.Substring(start, position - start));
    }

    private int ReadDigits(int start, int firstCode)
    {
        if (!IsDigit(firstCode))
        {
            throw Error(start, $"Invalid number, expected digit but got: {PrintCodePointAt(start)}.");
        }

        var position = start + 1;
        while (IsDigit(CharAt(position)))
        {
            position++;
        }

        return position;
    }

    private Token ReadString(int start)
    {
        var body = _source;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? value = null;
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"')
            {
                _position = position + 1;
                var text = value is null
                    ? body.Substring(chunkStart, position - chunkStart)
                    : value.Append(body, chunkStart, position - chunkStart).ToString();
                return MakeToken(TokenKind.String, start, position + 1, text);
            }

            if (code == '\\')
            {
                value ??= new StringBuilder();
                value.Append(body, chunkStart, position - chunkStart);
                position += ReadEscape(position, value);
                chunkStart = position;
                continue;
            }

            if (code is '\n' or '\r')
            {
                break;
            }

            position += ScalarLength(position);
        }

        throw Error(position, "Unterminated string.");
    }

    private int ScalarLength(int position)
    {
        if (IsUnicodeScalarValue(_source[position]))
        {
            return 1;
        }

        if (IsSupplementaryCodePoint(position))
        {
            return 2;
        }

        throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
    }

    private int ReadEscape(int position, StringBuilder value)
    {
        if (CharAt(position + 1) == 'u')
        {
            return CharAt(position + 2) == '{' ? ReadVariableWidthUnicode(position, value) : ReadFixedWidthUnicode(position, value);
        }

        char? escaped = CharAt(position + 1) switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => null,
        };
        if (escaped is null)
        {
            throw Error(position, $"Invalid character escape sequence: \"{Slice(position, 2)}\".");
        }

        value.Append(escaped.Value);
        return 2;
    }

    private int ReadVariableWidthUnicode(int position, StringBuilder value)
    {
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var code = CharAt(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point))
                {
                    break;
                }

                value.Append(char.ConvertFromUtf32(point));
                return size;
            }

            var digit = HexDigit(code);
            if (digit < 0)
            {
                break;
            }

            point = (point << 4) | digit;
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, size)}\".");
    }

    private int ReadFixedWidthUnicode(int position, StringBuilder value)
    {
        var code = Read16BitHex(position + 2);
        if (IsUnicodeScalarValue(code))
        {
            value.Append((char)code);
            return 6;
        }

        if (char.IsHighSurrogate((char)code) && code >= 0 && CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
        {
            var trailing = Read16BitHex(position + 8);
            if (trailing >= 0 && char.IsLowSurrogate((char)trailing))
            {
                value.Append((char)code).Append((char)trailing);
                return 12;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, 6)}\".");
    }

    private int Read16BitHex(int position)
    {
        var result = 0;
        for (var i = 0; i < 4; i++)
        {
            var digit = HexDigit(CharAt(position + i));
            if (digit < 0)
            {
                return -1;
            }

            result = (result << 4) | digit;
        }

        return result;
    }

    private static int HexDigit(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    private string Slice(int start, int length) => _source.Substring(start, Math.Min(length, _source.Length - start));

    private Token ReadBlockString(int start)
    {
        // Mirrors graphql-js readBlockString: collect raw lines (handling \""" escapes), then apply
        // the spec's BlockStringValue dedent. Line bookkeeping must advance past every line break inside.
        var body = _source;
        var (startLine, startColumn) = (_line, start - _lineStart + 1);
        var position = start + 3;
        var chunkStart = position;
        var lineStart = _lineStart;
        var line = _line;
        var current = new StringBuilder();
        var lines = new List<string>();
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                current.Append(body, chunkStart, position - chunkStart);
                lines.Add(current.ToString());
                _position = position + 3;
                _line = line;
                _lineStart = lineStart;
                return new Token(TokenKind.BlockString, start, position + 3, startLine, startColumn, BlockString.Dedent(lines));
            }

            if (code == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                current.Append(body, chunkStart, position - chunkStart);
                chunkStart = position + 1;
                position += 4;
                continue;
            }

            if (code is '\n' or '\r')
            {
                current.Append(body, chunkStart, position - chunkStart);
                lines.Add(current.ToString());
                current.Clear();
                position += code == '\r' && CharAt(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                lineStart = position;
                line++;
                continue;
            }

            position += ScalarLength(position);
        }

        throw Error(position, "Unterminated string.");
    }
}
