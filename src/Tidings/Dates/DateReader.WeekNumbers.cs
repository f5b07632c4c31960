using System.Globalization;
using Tidings.Text;

namespace Tidings.Dates;

/// <summary>
/// The date reader's week numbers (session 36, dates36b): a schedule's, a grower's or a statistics office's ISO weeks —
/// "week 49", "in week 12 of 2027", "ISO week 2026-W49", "the 49th week of the year". League, pregnancy and term weeks
/// ("week 12 of the season", "week 20 of pregnancy", "Week 11 of the NFL season") are counts of something else and stay
/// untagged: "of" and a noun after the number, or a capitalised "Week" (a heading's count, read in DateReader.Headings.cs).
/// </summary>
internal sealed partial class DateReader
{
    /// <summary>The most weeks an ISO year has.</summary>
    private const int MaxIsoWeek = 53;

    /// <summary>
    /// A lowercase "week" at <paramref name="i"/> followed by a week number: "week 49", "week 12 of 2027", "ISO week 2026-W49". Not after
    /// an article or a determiner, where the number starts the next phrase ("By the end of the week 40 children …"). The token after
    /// what was read, or null.
    /// </summary>
    private int? TryWeekNumber(int i)
    {
        if (Cap(i) || i + 1 >= _end || Tokens[i + 1].Kind != TokenKind.Number)
        {
            return null;
        }

        // "ISO week 2026-W49": the code names year and week itself.
        if (Is(i - 1, "ISO") && IsoWeekCodeEnd(i + 1) is (int codeYear, int codeWeek, int codeLast))
        {
            return Emit(i - 1, codeLast, DateParse.Calendar(codeYear, 0, 0) with { IsoWeek = codeWeek, Grain = DatePrecision.Week });
        }

        ReadOnlySpan<char> n = W(i + 1);
        if (n.Length > 2 || !AllDigits(n) || Parse(n) is not (>= 1 and <= MaxIsoWeek) || Is(i - 1, "the") || Is(i - 1, "a") || Is(i - 1, "that")
            || Is(i - 1, "this") || Is(i - 1, "each") || Is(i - 1, "every") || Is(i - 1, "per") || Is(i + 2, "-") || Is(i + 2, "–"))
        {
            return null;
        }

        int week = Parse(n);

        // "week 12 of 2027": that year's; "week 12 of the season", "week 20 of pregnancy": another count.
        if (Is(i + 2, "of"))
        {
            return IsYear(i + 3, out int ofYear)
                ? Emit(i, i + 3, DateParse.Calendar(ofYear, 0, 0) with { IsoWeek = week, Grain = DatePrecision.Week })
                : null;
        }

        Tense tense = TenseBefore(i) is Tense.Unknown ? TenseAfter(i + 2) : TenseBefore(i);
        return Emit(i, i + 1, DateParse.Calendar(null, 0, 0) with { IsoWeek = week, Grain = DatePrecision.Week, Tense = tense });
    }

    /// <summary>
    /// "the 49th week of the year", "the 12th week of 2027": after "the" at <paramref name="i"/> (<paramref name="k"/> its next token),
    /// an ordinal in figures, "week of" and the year. The token after what was read, or null.
    /// </summary>
    private int? TryWeekOfYear(int i, int k)
    {
        if (k + 3 >= _end || Tokens[k].Kind != TokenKind.Number || !Is(k + 1, "week") || !Is(k + 2, "of") || OrdinalFigure(W(k)) is not int week)
        {
            return null;
        }

        if (IsYear(k + 3, out int year))
        {
            return Emit(i, k + 3, DateParse.Calendar(year, 0, 0) with { IsoWeek = week, Grain = DatePrecision.Week });
        }

        if ((Is(k + 3, "the") || Is(k + 3, "this")) && Is(k + 4, "year"))
        {
            Tense tense = TenseBefore(i) is Tense.Unknown ? TenseAfter(k + 5) : TenseBefore(i);
            return Emit(i, k + 4, DateParse.Calendar(null, 0, 0) with { IsoWeek = week, Grain = DatePrecision.Week, Tense = tense });
        }

        return null;
    }

    /// <summary>
    /// "the summer solstice", "the vernal equinox", "the September equinox", "the longest day" after "the" at <paramref name="i"/>: the
    /// named day of that solstice or equinox ([astronomical-point]), nearest in the clause's tense. Not a name apposed to a date just
    /// told ("21 June, the longest day"). The token after what was read, or null.
    /// </summary>
    private int? TryAstronomicalPoint(int i, int k)
    {
        if (k + 1 >= _end || !In(k, DateVocabulary.AstronomicalPoints, out int month) || !IsWord(k + 1)
            || !(month < 0 ? Is(k + 1, "day") : Is(k + 1, month is 6 or 12 ? "solstice" : "equinox")) || (Cap(k + 1) && Cap(k))
            || (Is(i - 1, ",") && i - 2 >= _first && _parses.Count > 0 && _parses[^1].End == Tokens[i - 2].End && _parses[^1].Day > 0))
        {
            return null;
        }

        string phrase = Math.Abs(month) switch { 3 => "March Equinox", 6 => "June Solstice", 9 => "September Equinox", _ => "December Solstice" };
        foreach (int index in DateVocabulary.NamedDaysStartingWith(phrase.AsSpan(0, phrase.IndexOf(' '))))
        {
            if (DateVocabulary.NamedDays[index].Phrase == phrase)
            {
                return Emit(i, k + 1, DateParse.Create(TemporalType.Date, DatePrecision.Day, ParseKind.NamedDay) with
                {
                    Ordinal = index, Tense = TenseBefore(i), Deadline = IsDeadline(i - 1), Anchor = AnchorUse.Narrative,
                });
            }
        }

        return null;
    }

    /// <summary>"49th", "2nd", "53rd": a week number written as an ordinal figure, or null.</summary>
    private static int? OrdinalFigure(ReadOnlySpan<char> w)
    {
        if (w.Length is < 3 or > 4)
        {
            return null;
        }

        ReadOnlySpan<char> digits = w[..^2];
        ReadOnlySpan<char> suffix = w[^2..];
        bool ordinal = suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase);
        return ordinal && AllDigits(digits) && Parse(digits) is int n and >= 1 and <= MaxIsoWeek ? n : null;
    }

    /// <summary>
    /// An ISO week code starting at token <paramref name="k"/> ("2026-W49", however the tokenizer cut it): its year, its week and the
    /// index of its last token, or null.
    /// </summary>
    private (int Year, int Week, int Last)? IsoWeekCodeEnd(int k)
    {
        int start = Tokens[k].Start;
        if (start + 8 > _text.Length)
        {
            return null;
        }

        ReadOnlySpan<char> code = _text.AsSpan(start, 8);
        if (!AllDigits(code[..4]) || code[4] != '-' || code[5] is not ('W' or 'w') || !AllDigits(code[6..]))
        {
            return null;
        }

        int end = start + 8;
        if (end < _text.Length && char.IsAsciiLetterOrDigit(_text[end]))
        {
            return null;
        }

        int week = Parse(code[6..]);
        if (week is < 1 or > MaxIsoWeek)
        {
            return null;
        }

        for (int j = k; j < _end && Tokens[j].Start < end; j++)
        {
            if (Tokens[j].End == end)
            {
                return (Parse(code[..4]), week, j);
            }
        }

        return null;
    }
}
