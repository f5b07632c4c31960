using System.Text;

namespace Tidings.Tests.Numbers;

/// <summary>
/// Writes whole numbers and fractions out in English words, the way news copy does ("two hundred and forty-three",
/// "one million five hundred thousand", "three quarters"), for the round-trip properties.
/// </summary>
internal static class EnglishNumberWriter
{
    private static readonly string[] Ones =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly (long Scale, string Name)[] Scales =
        [(1_000_000_000_000, "trillion"), (1_000_000_000, "billion"), (1_000_000, "million"), (1_000, "thousand")];

    private static readonly string[] Denominators = ["", "", "half", "third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    /// <summary>The largest number written (scales up to "trillion").</summary>
    public const long Max = 999_999_999_999_999;

    /// <summary>
    /// Writes <paramref name="n"/> (0 to <see cref="Max"/>): British "and" before the last tens when
    /// <paramref name="and"/>, "forty-three" or "forty three" by <paramref name="hyphen"/>.
    /// </summary>
    public static string Write(long n, bool and, bool hyphen)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, Max);
        if (n == 0)
        {
            return "zero";
        }

        var words = new StringBuilder();
        foreach ((long scale, string name) in Scales)
        {
            if (n >= scale)
            {
                Append(words, BelowThousand(n / scale, and, hyphen) + " " + name);
                n %= scale;
            }
        }

        if (n > 0)
        {
            if (words.Length > 0 && n < 100 && and)
            {
                Append(words, "and");
            }

            Append(words, BelowThousand(n, and, hyphen));
        }

        return words.ToString();
    }

    /// <summary>"two thirds", "one quarter", "three fifths" (numerator below denominator, denominator 3 to 10).</summary>
    public static string Fraction(int numerator, int denominator)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(denominator, 3);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(denominator, 10);
        string name = Denominators[denominator];
        return Ones[numerator] + " " + (numerator == 1 ? name : Plural(name));
    }

    private static string Plural(string name) => name == "half" ? "halves" : name + "s";

    private static string BelowThousand(long n, bool and, bool hyphen)
    {
        string? hundreds = n >= 100 ? Ones[n / 100] + " hundred" : null;
        n %= 100;
        if (n == 0)
        {
            return hundreds!;
        }

        string rest = n < 20 ? Ones[n] : Tens[n / 10] + (n % 10 == 0 ? "" : (hyphen ? "-" : " ") + Ones[n % 10]);
        return hundreds is null ? rest : hundreds + (and ? " and " : " ") + rest;
    }

    private static void Append(StringBuilder words, string part)
    {
        if (words.Length > 0)
        {
            words.Append(' ');
        }

        words.Append(part);
    }
}
