using System.Globalization;
using Tidings.Text;

namespace Tidings.Dates;

/// <summary>
/// The date reader's numbers: a number token as the start of a date (a year, a numeric date, a clock, a day range,
/// a counted unit), the gate that lets a plain number before an ordinary word through as a year only, and years and days.
/// </summary>
internal sealed partial class DateReader
{
    /// <summary>"2h", "35m", "10min", "3hrs", "4d", "3w": a count glued to a feed's unit letter(s), or null.</summary>
    private static (int Count, TimeUnit Unit)? GluedAgo(ReadOnlySpan<char> s)
    {
        int digits = 0;
        while (digits < s.Length && digits < 3 && char.IsAsciiDigit(s[digits]))
        {
            digits++;
        }

        if (digits == 0 || digits == s.Length)
        {
            return null;
        }

        ReadOnlySpan<char> unit = s[digits..];
        TimeUnit? u = unit is "h" or "hr" or "hrs" or "H" ? TimeUnit.Hour : unit is "m" or "min" or "mins" ? TimeUnit.Minute : unit is "d" ? TimeUnit.Day : unit is "w" ? TimeUnit.Week : null;
        return u is TimeUnit found ? (Parse(s[..digits]), found) : null;
    }

    private int TryNumberStart(int i)
    {
        ReadOnlySpan<char> s = W(i);

        // "10,000 years ago", "66 million years ago": deep time (DateReader.Amounts.cs).
        if (TryDeepTimeAgo(i, s) is int deepEnd)
        {
            return deepEnd;
        }

        // "joined the Navy at 17", "on her 50th birthday": an age in a life, which moves the story (DateReader.Ages.cs).
        if (TryAge(i) is int ageEnd)
        {
            return ageEnd;
        }

        // "the 4th day of March 1901", "this 3rd day of May 1887".
        if (TryDayOfNamedMonth(i) is int namedMonthDayEnd)
        {
            return namedMonthDayEnd;
        }

        // "7 o'clock": the hour as written.
        if (s.Length <= 2 && AllDigits(s) && Parse(s) is int oHour and >= 1 and <= 12 && OClockEnd(i + 1) is int oClockEnd)
        {
            return EmitClock(i, oClockEnd, oHour, 0);
        }

        // "at 1930 hours", "0600 hours Zulu" (the military name of UTC): a 24-hour clock marked by "hours", read before "hours" makes
        // the number a count of them (dates35b).
        if (s.Length == 4 && Is(i + 1, "hours") && MilitaryClock(i) && ReadClock(i, stamp: false, out int hoursLast, out int hoursHour, out int hoursMinute))
        {
            return EmitClock(i, Is(hoursLast + 1, "Zulu") ? hoursLast + 1 : hoursLast, hoursHour, hoursMinute);
        }

        // "Posted 2h ago", "35m ago", "3d ago": a feed's glued count of hours, minutes or days back from the time of writing.
        if (Is(i + 1, "ago") && GluedAgo(s) is (int gluedCount, TimeUnit gluedUnit))
        {
            return Emit(i, i + 1, DateParse.Offset(gluedUnit, -gluedCount));
        }

        // "@harbourmaster · 2h", "Graham P · 35m", "3w · Edited", "Updated 1d · First posted": a feed's stamp beside its middle dot,
        // so long back from the time of writing with "ago" left out (not "£35m", whose currency is the quantity's).
        if ((Is(i - 1, "·") || Is(i + 1, "·")) && GluedAgo(s) is (int stampCount, TimeUnit stampUnit) && !(i > _first && Tokens[i - 1].Kind == TokenKind.Symbol))
        {
            return Emit(i, i, DateParse.Offset(stampUnit, -stampCount));
        }

        // "11 hrs ago", "20 mins ago": a feed's abbreviated unit counted back.
        if (AllDigits(s) && s.Length <= 3 && Is(i + 2, "ago") && (Is(i + 1, "hrs") || Is(i + 1, "hr") || Is(i + 1, "mins") || Is(i + 1, "min")))
        {
            return Emit(i, i + 2, DateParse.Offset(Is(i + 1, "hrs") || Is(i + 1, "hr") ? TimeUnit.Hour : TimeUnit.Minute, -Parse(s)));
        }

        // "6 min read", "· 48 min": a reading or running time in the abbreviated unit, an amount of time.
        if (AllDigits(s) && s.Length <= 3 && (Is(i + 1, "min") || Is(i + 1, "mins")) && !Cap(i + 1))
        {
            return Lit(i, i + 1, TemporalType.Duration, Duration(TimeUnit.Minute, Parse(s)), DatePrecision.Unknown);
        }

        // "2H FY26", "1Q FY27": a half or quarter of a fiscal year, the part written first; "1Q orders", "in 4Q": that part of the
        // year of the clause (the coming one ahead of the writing).
        if (s.Length == 2 && s[1] is 'H' or 'Q' && s[0] - '0' is int codePart and >= 1 && codePart <= (s[1] == 'H' ? 2 : 4))
        {
            if (FiscalCode(i + 1) is (int partFiscal, int partLast))
            {
                return Lit(i, partLast, TemporalType.Date, string.Create(CultureInfo.InvariantCulture, $"FY{partFiscal:D4}-{s[1]}{codePart}"), s[1] == 'Q' ? DatePrecision.Quarter : DatePrecision.Half);
            }

            if (s[1] == 'Q')
            {
                return Emit(i, i, Quarter(codePart) with { Tense = Future(i) ? Tense.Future : Tense.Unknown });
            }
        }

        // "1H24", "2H25", "3Q24": a half or quarter written before its two-digit year (an analyst's shorthand).
        if (s.Length == 4 && s[1] is 'H' or 'Q' && char.IsAsciiDigit(s[2]) && char.IsAsciiDigit(s[3]) && s[0] - '0' is int part and >= 1
            && part <= (s[1] == 'H' ? 2 : 4))
        {
            int periodYear = NearestCenturyYear(Parse(s[2..]), _doc.ReferenceDate?.Year ?? 2000);
            return Emit(i, i, (s[1] == 'H' ? Half(part) : Quarter(part)) with { Year = periodYear });
        }

        // "1102 AH", "BE 2570", "the Hijri year 1448": a year of another calendar (DateReader.Calendars.cs).
        if (TryOtherCalendarYear(i) is int calendarEnd)
        {
            return calendarEnd;
        }

        // "AD 122", "60 BC", "in 410, …" in a story of the ancient past: a year whatever its size.
        if (s.Length <= 4 && AllDigits(s) && ((Era(i + 1) != 0 || Era(i - 1) == 1) ? IsYear(i, out int eraYear) : (eraYear = AncientYear(i) ? Parse(s) : 0) != 0))
        {
            return Emit(i, i, DateParse.Calendar(eraYear, 0, 0));
        }

        // Most numbers start no date: a plain count before an ordinary word or a full stop ("3 people", "won 2-1. The")
        // can only be a year. One look-up of the next word decides, before the forms below are tried one by one.
        if (s.Length <= 4 && AllDigits(s) && !NumberMayStartDate(i))
        {
            return IsYear(i, out int plainYear) && !QuantityFollows(i + 1) && !NamedNumber(i) && !StreetFollows(i + 1)
                ? Emit(i, i, DateParse.Calendar(plainYear, 0, 0)) : i;
        }

        // "1970s": a decade; "the 1800s", "the 1600s": a century (before 1900 a round hundred names the century, not its first decade).
        if (s.Length == 5 && s[4] == 's' && AllDigits(s[..4]) && s[3] == '0')
        {
            int year = Parse(s[..4]);
            int first = Is(i - 1, "the") && !DecadePremodifies(i - 1, i) ? i - 1 : i; // not "The 1960s generation of tower blocks"
            return RoundYears(first, i, year);
        }

        // "the 90s", "the 80s" written without the apostrophe: the decade, the latest not after the writing (b25); not a range of
        // ages ("in his 30s", no article) nor of temperatures ("highs in the 90s", "the 90s F").
        if (s.Length == 3 && s[2] == 's' && s[1] == '0' && s[0] != '0' && AllDigits(s[..2]) && Is(i - 1, "the") && !TemperatureRange(i))
        {
            return Lit(i - 1, i, TemporalType.Date, Decade(DecadeWordYear(Parse(s[..2]))), DatePrecision.Decade);
        }

        // "the 1960s and 70s", "the 1980s or 90s": a decade clipped after a full one takes its century.
        if (s.Length == 3 && s[2] == 's' && s[1] == '0' && AllDigits(s[..2]) && (Is(i - 1, "and") || Is(i - 1, "or") || Is(i - 1, "to"))
            && i - 2 >= _first && W(i - 2) is { Length: 5 } full && full[4] == 's' && full[3] == '0' && AllDigits(full[..4]))
        {
            return Lit(i, i, TemporalType.Date, Decade((Parse(full[..4]) / 100 * 100) + Parse(s[..2])), DatePrecision.Decade);
        }

        // "2011-2012", "1968-69", "2019/20"
        if (TryYearRange(i, s) is int rangeEnd)
        {
            return rangeEnd;
        }

        // "2:14:09"
        if (TryElapsed(i, s) is int elapsedEnd)
        {
            return elapsedEnd;
        }

        // "3 times a day"
        if (TryFrequency(i) is int frequencyEnd)
        {
            return frequencyEnd;
        }

        // "2023-01-09T23:58:04Z"
        if (s.Length == 13 && TryIsoTimestamp(i, s) is int isoEnd)
        {
            return isoEnd;
        }

        // "2019-04-03"
        if (s.Length == 10 && s[4] == '-' && s[7] == '-' && AllDigits(s[..4]) && AllDigits(s[5..7]) && AllDigits(s[8..]))
        {
            int mm = Parse(s[5..7]);
            int dd = Parse(s[8..]);
            if (mm is >= 1 and <= 12 && dd is >= 1 and <= 31)
            {
                return EmitDay(i, i, Parse(s[..4]), mm, dd);
            }
        }

        // "09/06/2014", "17.03.2015", "14-03-2017", "03/2025"
        if (TryNumericDate(i, s) is int numericEnd)
        {
            return numericEnd;
        }

        // "7 a.m.", "3:30 p.m.", "10:15 pm", "7am", "14:30 GMT", "0600 GMT"
        if (ReadClock(i, stamp: false, out int clockLast, out int hour, out int minute))
        {
            return EmitClock(i, clockLast, hour, minute);
        }

        // "24-25 June", "3 May-19 May": one mention per day.
        if (TryDayRange(i) is int dayRangeEnd)
        {
            return dayRangeEnd;
        }

        // "on 21, 23 and 25 June": a day of the month that ends the list.
        if (TryListedDay(i) is int listedEnd)
        {
            return listedEnd;
        }

        // "12-year", "25-year-old"
        if (s.IndexOf('-') > 0)
        {
            return TryHyphenated(i, s);
        }

        // "a 20th century democrat", "the fabled 11th century temple"
        if (Is(i + 1, "century") && CenturyOrdinal(i) is int century and >= 1 and <= 99)
        {
            return Lit(i, i + 1, TemporalType.Date, (century - 1).ToString("D2", CultureInfo.InvariantCulture), DatePrecision.Century);
        }

        // "24 July 2020", "3 August"
        if (IsDay(s, out int day) && i + 1 < _end)
        {
            int m = i + 1;
            if (Is(m, "of"))
            {
                m++;
            }

            if (IsWord(m) && Lookup(W(m), out int month) == WordKind.Month && (Cap(m) || !IsAmbiguousMonth(W(m))))
            {
                int last = m;
                int? year = null;
                if (m + 1 < _end && IsYear(m + 1, out int y))
                {
                    year = y;
                    last = m + 1;
                }
                else if (m + 1 < _end && Tokens[m + 1].Kind == TokenKind.Number && W(m + 1).Length == 2 && AllDigits(W(m + 1))
                    && (m + 2 >= _end || Tokens[m + 2].Kind is TokenKind.Punctuation or TokenKind.Symbol
                        || (W(m).Length <= 4 && IsWord(m + 2) && (Cap(m + 2) || Lookup(W(m + 2), out _) == WordKind.TenseMarker))))
                {
                    year = TwoDigitYear(Parse(W(m + 1))); // "3 Feb 12:" in a results table, "Filed 3 Feb 12 | Court", "held on 3 Feb 12 were"
                    last = m + 1;
                }
                else if (Is(m + 1, ",") && IsYear(m + 2, out int commaYear) && !OrdinaryWordAfter(m + 3))
                {
                    year = commaYear; // "9:15pm, 1 Aug, 2023"
                    last = m + 2;
                }

                int first = Is(i - 1, "the") ? i - 1 : i;

                // "14 September last year"
                if (year is null && IsWord(last + 1) && Is(last + 2, "year") && (Is(last + 1, "this") || Is(last + 1, "last") || Is(last + 1, "next")))
                {
                    int shift = Is(last + 1, "last") ? -1 : Is(last + 1, "next") ? 1 : 0;
                    return Emit(first, last + 2, Day(null, month, day, first) with { YearShift = shift, Anchor = AnchorUse.Publication });
                }

                // "10 June that year": the story's year, as "June that year" is.
                if (year is null && Is(last + 1, "that") && Is(last + 2, "year"))
                {
                    return Emit(first, last + 2, Day(null, month, day, first) with { YearShift = 0, Shifted = false, Anchor = AnchorUse.Story });
                }

                return EmitDay(first, last, year, month, day);
            }
        }

        // "2008", "in 2008", "since 1992"; not "Flight 1549" or "Room 1812"
        if (IsYear(i, out int yr) && !QuantityFollows(i + 1) && !NamedNumber(i) && !StreetFollows(i + 1))
        {
            return Emit(i, i, DateParse.Calendar(yr, 0, 0));
        }

        // "a world record 47.82 seconds": a timed amount with its decimals.
        if (s.Length <= 6 && s.IndexOf('.') is int dot and > 0 && dot < s.Length - 1 && AllDigits(s[..dot]) && AllDigits(s[(dot + 1)..]) && Is(i + 1, "seconds"))
        {
            return Lit(i, i + 1, TemporalType.Duration, string.Concat("PT", s, "S"), DatePrecision.Unknown);
        }

        // "13 days", "two years ago"
        if (AllDigits(s) && s.Length <= 4)
        {
            return TryCountedUnit(i, Parse(s));
        }

        return i;
    }

    /// <summary>
    /// Whether the word or sign after the plain number at <paramref name="i"/> can carry it into a date: a date word (month,
    /// unit, cardinal), a list's comma or "and", "of", "times", "century", a clock's "a.m." or zone, "1/2", "May-19".
    /// </summary>
    private bool NumberMayStartDate(int i)
    {
        int k = i + 1;
        if (k >= _end)
        {
            return false;
        }

        if (Tokens[k].Kind != TokenKind.Word)
        {
            return Is(k, ",") || (Tokens[k].Kind == TokenKind.Number && W(k) is "1/2" or "½");
        }

        ReadOnlySpan<char> w = W(k);
        return Lookup(w, out _) != WordKind.None || DateVocabulary.NumberFollowers.Contains(w) || Meridiem(w) > 0 || IsZoneAbbreviation(k)
            || (Cap(k) && w.IndexOf('-') > 0) || PartOfDayClock(k) > 0 || MilitaryClock(i);
    }

    /// <summary>"in the morning" (1), "in the afternoon", "in the evening" (2) after an hour: the half of the clock it names; 0 otherwise.</summary>
    private int PartOfDayClock(int k) =>
        !Is(k, "in") || !Is(k + 1, "the") ? 0 : Is(k + 2, "morning") ? 1 : Is(k + 2, "afternoon") || Is(k + 2, "evening") ? 2 : 0;

    private bool IsYear(int k, out int year)
    {
        year = 0;
        if (k < _first || k >= _end || Tokens[k].Kind != TokenKind.Number)
        {
            return false;
        }

        ReadOnlySpan<char> s = W(k);
        if (s.Length > 4 || !AllDigits(s))
        {
            return false;
        }

        // "60 BC", "15 March 44 BC", "AD 14", "AD 1066", "79 CE": a year of an era, whatever its size (before Christ negative).
        int era = Era(k + 1);
        if (era == 0 && Era(k - 1) == 1)
        {
            era = 1;
        }

        if (era != 0)
        {
            year = era * Parse(s);
            return year != 0;
        }

        if (s.Length != 4)
        {
            return false;
        }

        year = Parse(s);
        return year is >= 1000 and <= 2199;
    }

    /// <summary>"in 410 the emperor …", "ended in 476, when …": a three-digit year after "in" in a story of the ancient past.</summary>
    private bool AncientYear(int i) =>
        W(i).Length == 3 && W(i)[0] != '0' && Is(i - 1, "in") && (i + 1 >= _end || !IsWord(i + 1) || IsPreposition(i + 1)) && AncientStory;

    /// <summary>The era word at <paramref name="k"/> in capitals ("BC", "BCE", "AD", "CE"; <c>Data/calendar-phrases.txt</c>): -1 before Christ, 1 the common era, else 0.</summary>
    private int Era(int k) =>
        k >= _first && k < _end && IsWord(k) && char.IsAsciiLetterUpper(W(k)[0]) && char.IsAsciiLetterUpper(W(k)[^1] == '.' ? W(k)[^2] : W(k)[^1])
        && DateVocabulary.EraWords.TryGetValue(W(k), out int era) ? era : 0;

    /// <summary>
    /// Whether the document tells of the ancient or medieval past: a year of an era ("AD 62", "44 BC") or a century before the 16th ("the fifth
    /// century"). There a three-digit number after "in" is a year ("in 410", "ended in 476"). Computed once per document.
    /// </summary>
    private bool AncientStory => DocumentHas(ref _ancient, static (r, k) => r.AncientToken(k));

    /// <summary>An era word in capitals at token <paramref name="k"/> of the document, or "century" after an early century's ordinal.</summary>
    private bool AncientToken(int k)
    {
        if (_doc.Tokens[k].Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> w = TokenText(k);
        return (w.Length <= 4 && char.IsAsciiLetterUpper(w[0]) && DateVocabulary.EraWords.TryGetValue(w, out _))
            || (w.Equals("century", StringComparison.OrdinalIgnoreCase) && k > 0 && EarlyCentury(TokenText(k - 1)));
    }

    private bool? _ancient;

    /// <summary>An ordinal of a century before the 16th: "fifth", "11th".</summary>
    private static bool EarlyCentury(ReadOnlySpan<char> w) =>
        (DateVocabulary.DayOrdinals.TryGetValue(w, out int spelled) && spelled <= 15)
        || (w.Length is 3 or 4 && char.IsAsciiDigit(w[0]) && char.IsAsciiLetter(w[^1]) && AllDigits(w[..^2]) && Parse(w[..^2]) <= 15);

    private static bool IsDay(ReadOnlySpan<char> s, out int day)
    {
        day = 0;
        int digits = 0;
        while (digits < s.Length && char.IsAsciiDigit(s[digits]))
        {
            digits++;
        }

        if (digits is 0 or > 2)
        {
            return false;
        }

        ReadOnlySpan<char> suffix = s[digits..];
        if (!(suffix.IsEmpty || suffix is "st" or "nd" or "rd" or "th"))
        {
            return false;
        }

        day = Parse(s[..digits]);
        return day is >= 1 and <= 31;
    }

    /// <summary>Whether "the 90s" ending at <paramref name="i"/> is a range of temperatures: a degree sign, "F", "C" or "degrees" after
    /// it, or "temperatures", "highs", "lows" or "mercury" among the four words before it.</summary>
    private bool TemperatureRange(int i)
    {
        if (Is(i + 1, "F") || Is(i + 1, "C") || Is(i + 1, "°") || Is(i + 1, "degrees") || Is(i + 1, "Fahrenheit"))
        {
            return true;
        }

        for (int j = i - 2; j >= _first && j >= i - 5; j--)
        {
            if (Is(j, "temperatures") || Is(j, "temperature") || Is(j, "highs") || Is(j, "lows") || Is(j, "mercury"))
            {
                return true;
            }
        }

        return false;
    }
}
