namespace ChainGraph.Domain;

/// <summary>
/// The 18-character unified social credit code (统一社会信用代码) of GB 32100-2015:
/// registration authority (1), organisation category (1), administrative division (6 digits),
/// organisation code (9, GB 11714) and a check character computed over the first 17.
/// </summary>
public static class CreditCode
{
    /// <summary>The 31 characters a code may use (no I, O, S, V or Z), in value order.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public const int Length = 18;

    // Weight of position i is 3^i mod 31 (GB 32100-2015 §5).
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    // Value of each ASCII character in the alphabet, -1 when not in it: an import checks every code several times.
    private static readonly sbyte[] Values =
        Enumerable.Range(0, 128).Select(c => (sbyte)Alphabet.IndexOf((char)c, StringComparison.Ordinal)).ToArray();

    /// <summary>Returns null when <paramref name="code"/> is a valid code, otherwise the reason it is not.</summary>
    public static string? Validate(string? code) => IsWellFormed(code) ? null : Problem(code);

    // One pass for a code that passes every check (an import checks millions); Problem finds the first that fails.
    private static bool IsWellFormed(string? code)
    {
        if (code is null || code.Length != Length) return false;
        var sum = 0;
        for (var i = 0; i < Length - 1; i++)
        {
            var value = ValueOf(code[i]);
            if (value < 0 || (value > 9 && i is >= 2 and < 8)) return false;
            sum += value * Weights[i];
        }
        return CheckOf(sum) == code[Length - 1];
    }

    private static string Problem(string? code)
    {
        if (string.IsNullOrEmpty(code)) return "credit code is empty";
        if (code.Length != Length) return $"credit code must have {Length} characters, found {code.Length}";
        for (var i = 0; i < Length; i++)
        {
            if (ValueOf(code[i]) < 0)
                return $"credit code character {i + 1} '{code[i]}' is not allowed (digits and upper-case letters except I, O, S, V, Z)";
        }
        for (var i = 2; i < 8; i++)
        {
            if (!char.IsAsciiDigit(code[i]))
                return $"credit code characters 3-8 must be an administrative division code (digits), found '{code[2..8]}'";
        }
        var expected = CheckCharacter(code.AsSpan(0, Length - 1));
        return $"credit code check character is '{code[Length - 1]}' but should be '{expected}'";
    }

    public static bool IsValid(string? code) => IsWellFormed(code);

    /// <summary>The check character for the first 17 characters of a code (all from <see cref="Alphabet"/>).</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1) throw new ArgumentException("expected 17 characters", nameof(first17));
        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            var value = ValueOf(first17[i]);
            if (value < 0) throw new ArgumentException($"'{first17[i]}' is not a credit-code character", nameof(first17));
            sum += value * Weights[i];
        }
        return CheckOf(sum);
    }

    // The check character of a weighted sum of the first 17 values (GB 32100-2015 §5).
    private static char CheckOf(int sum) => Alphabet[(31 - sum % 31) % 31];

    private static int ValueOf(char c) => c < Values.Length ? Values[c] : -1;

    /// <summary>
    /// Builds a well-formed code: company registration (9 1), the division, and a GB 11714
    /// organisation code derived from <paramref name="serial"/> (8 digits/letters plus its mod-11 check).
    /// </summary>
    public static string Create(string division, long serial)
    {
        if (division.Length != 6 || !division.All(char.IsAsciiDigit))
            throw new ArgumentException("division must be 6 digits", nameof(division));
        Span<char> code = stackalloc char[Length];
        code[0] = '9';
        code[1] = '1';
        division.AsSpan().CopyTo(code[2..]);
        var body = code.Slice(8, 8);
        for (var i = 7; i >= 0; i--, serial /= 10) body[i] = (char)('0' + (int)(serial % 10));
        code[16] = OrganisationCheck(body);
        code[17] = CheckCharacter(code[..17]);
        return new string(code);
    }

    // GB 11714 check: weights 3,7,9,10,5,8,4,2; 11 - sum mod 11, with 10 → X and 11 → 0.
    private static char OrganisationCheck(ReadOnlySpan<char> body)
    {
        ReadOnlySpan<int> weights = [3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var i = 0; i < 8; i++) sum += (char.IsAsciiDigit(body[i]) ? body[i] - '0' : body[i] - 'A' + 10) * weights[i];
        var c = 11 - sum % 11;
        return c switch { 10 => 'X', 11 => '0', _ => (char)('0' + c) };
    }
}
