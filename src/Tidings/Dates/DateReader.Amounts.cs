using Tidings.Text;

namespace Tidings.Dates;

/// <summary>
/// Amounts the counted-unit reader leaves out: "two and a half years" P2Y6M, "33 and a half hours" PT33H30M (the half between
/// the count and its unit), and deep time, "about 10,000 years ago", "66 million years ago": a time in the past with no year a
/// TIMEX3 value can honestly hold (value null).
/// </summary>
internal sealed partial class DateReader
{
    /// <summary>"two and a half years" from the count <paramref name="n"/> at <paramref name="i"/>: the amount with its half; null
    /// otherwise (and for "six and a half hours later", "… ago", which count from a time).</summary>
    private int? TryCountAndAHalf(int i, int n)
    {
        int u = i + 4;
        if (n <= 0 || !Is(i + 1, "and") || !(Is(i + 2, "a") || Is(i + 2, "one")) || !Is(i + 3, "half") || !IsWord(u)
            || Lookup(W(u), out int unit) != WordKind.Unit || Is(u + 1, "ago") || Is(u + 1, "later") || Is(u + 1, "earlier"))
        {
            return null;
        }

        return AndAHalf((TimeUnit)unit, n) is string amount ? Lit(i, u, TemporalType.Duration, amount, DatePrecision.Unknown) : null;
    }

    /// <summary>
    /// "10,000 years ago", "66 million years ago" from the number at <paramref name="i"/> (text <paramref name="s"/>): a thousand
    /// years or more back, a date with no value; null otherwise.
    /// </summary>
    private int? TryDeepTimeAgo(int i, ReadOnlySpan<char> s)
    {
        int u = i + 1;
        bool scaled = Is(u, "million") || Is(u, "billion");
        if (scaled)
        {
            u++;
        }

        if (!Is(u, "years") || !Is(u + 1, "ago"))
        {
            return null;
        }

        long years = 0;
        foreach (char c in s)
        {
            if (char.IsAsciiDigit(c))
            {
                years = Math.Min((years * 10) + (c - '0'), 1_000_000_000);
            }
            else if (c != ',')
            {
                return null;
            }
        }

        if (!scaled && years < 1000)
        {
            return null;
        }

        // With no value to hold, the span is the count itself: "about 10,000 years ago" is "10,000 years ago".
        int end = Lit(i, u + 1, TemporalType.Date, null, DatePrecision.Year);
        _parses[^1] = _parses[^1] with { Start = Tokens[i].Start };
        return end;
    }
}
