using System.Globalization;
using Tidings.Text;

namespace Tidings.Dates;

/// <summary>The date reader's years of other calendars beside the Gregorian one (b25, session 37): Japanese era years ("Reiwa 8",
/// "the first year of Reiwa"), the Thai Buddhist Era ("BE 2570"), and years of calendars that do not begin on 1 January ("1102 AH",
/// "2083 BS", "the Hijri year 1448"), which are dates with no value. The words are in <c>Data/calendar-phrases.txt</c>.</summary>
internal sealed partial class DateReader
{
    /// <summary>The last Japanese era year a number can give ("Showa 64" was the longest era's last).</summary>
    private const int LongestEra = 64;

    /// <summary>"Reiwa 8", "Heisei 31", "Showa 40" at <paramref name="i"/> (a capitalised era name before a number): the Gregorian
    /// year, or null.</summary>
    private int? TryJapaneseEraYear(int i)
    {
        if (!Cap(i) || i + 1 >= _end || Tokens[i + 1].Kind != TokenKind.Number || !DateVocabulary.JapaneseEras.TryGetValue(W(i), out int start))
        {
            return null;
        }

        ReadOnlySpan<char> s = W(i + 1);
        if (s.Length > 2 || !AllDigits(s) || Parse(s) is not (>= 1 and <= LongestEra) || (i + 2 < _end && Tokens[i + 2].Kind == TokenKind.Number))
        {
            return null;
        }

        return Lit(i, i + 1, TemporalType.Date, (start + Parse(s) - 1).ToString("D4", CultureInfo.InvariantCulture), DatePrecision.Year);
    }

    /// <summary>"the first year of Reiwa" (<paramref name="i"/> at "the", <paramref name="k"/> at "first"): the era's first year, or null.</summary>
    private int? TryFirstYearOfEra(int i, int k)
    {
        if (!Is(k, "first") || !Is(k + 1, "year") || !Is(k + 2, "of") || !IsWord(k + 3) || !Cap(k + 3)
            || !DateVocabulary.JapaneseEras.TryGetValue(W(k + 3), out int start))
        {
            return null;
        }

        return Lit(i, k + 3, TemporalType.Date, start.ToString("D4", CultureInfo.InvariantCulture), DatePrecision.Year);
    }

    /// <summary>
    /// A year of another calendar at number <paramref name="i"/>: with its mark after it ("1102 AH", "2083 BS", "2570 BE") or before
    /// it ("BE 2570"), or after a calendar's name and "year" ("the Hijri year 1448", "The Jewish year 5787"). A calendar whose year
    /// straddles two Gregorian years gives a date with no value; the Buddhist Era its Gregorian year. Null when it is none.
    /// </summary>
    private int? TryOtherCalendarYear(int i)
    {
        ReadOnlySpan<char> s = W(i);
        if (s.Length is < 3 or > 4 || !AllDigits(s))
        {
            return null;
        }

        int year = Parse(s);
        if (YearMark(i + 1) is int after)
        {
            return OtherCalendarYear(i, i + 1, year, after);
        }

        if (YearMark(i - 1) is int before)
        {
            return OtherCalendarYear(i - 1, i, year, before);
        }

        if (Is(i - 1, "year") && IsWord(i - 2) && Cap(i - 2) && In(i - 2, DateVocabulary.CalendarYearAdjectives))
        {
            return Lit(i, i, TemporalType.Date, null, DatePrecision.Year);
        }

        return null;
    }

    /// <summary>The mark of another calendar's year at <paramref name="k"/> (in capitals: "AH", "BS", "BE"), its years to take away (0
    /// for none: no Gregorian value), or null.</summary>
    private int? YearMark(int k) =>
        k >= _first && k < _end && IsWord(k) && W(k).Length == 2 && char.IsAsciiLetterUpper(W(k)[0]) && char.IsAsciiLetterUpper(W(k)[1])
        && DateVocabulary.CalendarYearMarks.TryGetValue(W(k), out int shift) ? shift : null;

    /// <summary>The year <paramref name="year"/> of another calendar over <paramref name="first"/>..<paramref name="last"/>: its
    /// Gregorian year when <paramref name="shift"/> maps it onto one, else a date with no value.</summary>
    private int OtherCalendarYear(int first, int last, int year, int shift) =>
        shift > 0 && year - shift > 0
            ? Lit(first, last, TemporalType.Date, (year - shift).ToString("D4", CultureInfo.InvariantCulture), DatePrecision.Year)
            : Lit(first, last, TemporalType.Date, null, DatePrecision.Year);
}
