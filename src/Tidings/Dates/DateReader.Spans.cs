using System.Globalization;
using Tidings.Text;

namespace Tidings.Dates;

/// <summary>
/// The date reader's spans and sets: year ranges written as one token ("2011-2012", "1968-69", "the 2019/20 season"),
/// period codes ("Q3 2024", "H1", "FY2010"), frequencies ("twice a year", "three times a day"), bare plural units
/// ("took days", "within minutes"), elapsed times ("2:14:09") and the day of the month ("on the 21st").
/// </summary>
internal sealed partial class DateReader
{
    /// <summary>The longest letter word written as an abbreviation with its full stop ("inst.", "ult.", "prox.").</summary>
    private const int LetterAbbreviation = 4;

    /// <summary>"2011-2012", "1968-69", "2019/20", "2018–19": two years, one mention each.</summary>
    private int? TryYearRange(int i, ReadOnlySpan<char> s)
    {
        if (s.Length is not (7 or 9) || s[4] is not ('-' or '/' or '–' or '—') || !AllDigits(s[..4]) || !AllDigits(s[5..]))
        {
            return null;
        }

        int first = Parse(s[..4]);
        int second = Parse(s[5..]);
        if (s.Length == 7)
        {
            int century = first / 100 * 100;
            second = century + second < first ? century + 100 + second : century + second;
        }

        if (first is < 1000 or > 2199 || second <= first || second - first > 100 || (s.Length == 7 && second - first > 99))
        {
            return null;
        }

        int start = Tokens[i].Start;
        Add(start, start + 4, DateParse.Calendar(first, 0, 0), i);
        Add(start + 5, start + s.Length, DateParse.Calendar(second, 0, 0), i);
        return i + 1;
    }

    /// <summary>"3-5", "24–25" at number token <paramref name="k"/>: two days of one month and the dash's index in the token, or null.</summary>
    private (int First, int Second, int Dash)? DayRange(int k)
    {
        if (k < _first || k >= _end || Tokens[k].Kind != TokenKind.Number)
        {
            return null;
        }

        ReadOnlySpan<char> s = W(k);
        int dash = s.IndexOfAny('-', '–');
        if (dash <= 0 || !IsDay(s[..dash], out int first) || !IsDay(s[(dash + 1)..], out int second) || second <= first)
        {
            return null;
        }

        return (first, second, dash);
    }

    /// <summary>
    /// A range of days written across a dash, one mention per day as TimeML counts them: "March 3-5" (month at
    /// <paramref name="i"/>), "24-25 June" (range at <paramref name="i"/>), "3 May-19 May" (day at <paramref name="i"/>,
    /// "May-19" after it); a year after the range belongs to both days. Null when there is none.
    /// </summary>
    private int? TryDayRange(int i)
    {
        int rangeToken;
        int month1;
        int month2;
        int day1;
        int day2;
        int dashAt;
        int firstStart = Tokens[i].Start;
        int last;
        if (Tokens[i].Kind == TokenKind.Word && Lookup(W(i), out month1) == WordKind.Month && DayRange(i + 1) is (int a, int b, int dash))
        {
            rangeToken = i + 1; // "March 3-5"
            (month2, day1, day2, dashAt, last) = (month1, a, b, Tokens[i + 1].Start + dash, i + 1);
        }
        else if (DayRange(i) is (int c, int d, int dash2) && IsWord(i + 1) && Lookup(W(i + 1), out month1) == WordKind.Month && (Cap(i + 1) || !IsAmbiguousMonth(W(i + 1))))
        {
            rangeToken = i; // "24-25 June"
            (month2, day1, day2, dashAt, last) = (month1, c, d, Tokens[i].Start + dash2, i + 1);
        }
        else if (Tokens[i].Kind == TokenKind.Number && IsDay(W(i), out int e) && IsWord(i + 1) && Cap(i + 1) && W(i + 1).IndexOf('-') is int h and > 0
            && Lookup(W(i + 1)[..h], out month1) == WordKind.Month && IsDay(W(i + 1)[(h + 1)..], out int f)
            && IsWord(i + 2) && Cap(i + 2) && Lookup(W(i + 2), out month2) == WordKind.Month)
        {
            rangeToken = i + 1; // "3 May-19 May"
            (day1, day2, dashAt, last) = (e, f, Tokens[i + 1].Start + h, i + 2);
        }
        else if (Tokens[i].Kind == TokenKind.Word && Cap(i) && Lookup(W(i), out month1) == WordKind.Month && i + 2 < _end
            && W(i + 1).IndexOfAny('-', '–') is int g and > 0 && IsDay(W(i + 1)[..g], out int m) && char.IsAsciiLetterUpper(W(i + 1)[(g + 1)..] is { Length: > 0 } after ? after[0] : ' ')
            && Lookup(W(i + 1)[(g + 1)..], out month2) == WordKind.Month && month2 != month1 && Tokens[i + 2].Kind == TokenKind.Number && IsDay(W(i + 2), out int n))
        {
            rangeToken = i + 1; // "April 12-July 30"
            (day1, day2, dashAt, last) = (m, n, Tokens[i + 1].Start + g, i + 2);
        }
        else
        {
            return null;
        }

        int? year = null;
        int y = Is(last + 1, ",") ? last + 2 : last + 1;
        if (IsYear(y, out int yy))
        {
            year = yy;
            last = y;
        }

        if (!IsValidDay(month1, day1) || !IsValidDay(month2, day2))
        {
            return null;
        }

        Add(firstStart, dashAt, Day(year, month1, day1, i), i);
        Add(dashAt + 1, Tokens[last].End, Day(year, month2, day2, i), rangeToken);
        return last + 1;
    }

    /// <summary>"21" in "on 21, 23 and 25 June": a day listed before the one that names the month (and year). Null when it is not.</summary>
    private int? TryListedDay(int i)
    {
        if (!AllDigits(W(i)) || !IsDay(W(i), out int day) || !(Is(i + 1, ",") || Is(i + 1, "and") || Is(i + 1, "or")) || !(Is(i - 1, "on") || Is(i - 1, ",")
            || Is(i - 1, "between") || Is(i - 1, "from")))
        {
            return null;
        }

        // Walk the list: day (, | and | or) day … day Month [year].
        int k = i + 1;
        for (int steps = 0; steps < 6 && k + 1 < _end; steps++)
        {
            if (!(Is(k, ",") || Is(k, "and") || Is(k, "or")))
            {
                return null;
            }

            k++;
            if (Is(k, "and") || Is(k, "or"))
            {
                k++; // ", and"
            }

            if (k >= _end || Tokens[k].Kind != TokenKind.Number || !IsDay(W(k), out _))
            {
                return null;
            }

            if (IsWord(k + 1) && Cap(k + 1) && Lookup(W(k + 1), out int month) == WordKind.Month)
            {
                int? year = IsYear(k + 2, out int y) ? y : null;
                return IsValidDay(month, day) ? EmitDay(i, i, year, month, day) : null;
            }

            k++;
        }

        return null;
    }

    /// <summary>
    /// "December-January", "the June-September monsoon", "Oct–Nov": a range of two months written as one hyphened word, one mention per
    /// month (the second after the first: "December-January" said in October is 2026-12 and 2027-01; session 38, b26). Both months
    /// capitalised and different; not before a year or a day ("June-September 2026", "Nov-3"), nor a quarter's or a period's name ("the
    /// April-June quarter"), which other readings take. Null when it is none.
    /// </summary>
    private int? TryMonthRange(int i)
    {
        ReadOnlySpan<char> w = W(i);
        int dash = w.IndexOfAny('-', '\u2013');
        if (dash <= 2 || dash >= w.Length - 3 || !char.IsAsciiLetterUpper(w[0]) || !char.IsAsciiLetterUpper(w[dash + 1])
            || Lookup(w[..dash], out int month1) != WordKind.Month || Lookup(w[(dash + 1)..], out int month2) != WordKind.Month || month1 == month2
            || (i + 1 < _end && Tokens[i + 1].Kind == TokenKind.Number) || Is(i + 1, "quarter") || Is(i + 1, "quarters") || Is(i + 1, "half")
            || Is(i + 1, "period")) // ("the April-June quarter" is one quarter)
        {
            return null;
        }

        int start = Tokens[i].Start;
        _parses.Add(Day(null, month1, 0, i) with { Start = start, End = start + dash, SetsFocus = false, Paragraph = _paragraph, Sentence = _first });
        _parses.Add(Day(null, month2, 0, i) with { Start = start + dash + 1, End = Tokens[i].End, SetsFocus = false, Paragraph = _paragraph, Sentence = _first, RangeFrom = month1 });
        return i + 1;
    }

    private static bool IsValidDay(int month, int day) => day <= DateTime.DaysInMonth(2000, month);

    private void Add(int start, int end, DateParse parse, int token) =>
        _parses.Add(parse with { Start = start, End = end, SetsFocus = SetsFocus(token) });

    /// <summary>
    /// The year ending in <paramref name="yy"/> (0–99) nearest <paramref name="reference"/>, among years 1–9999 (the earlier one
    /// on a tie): "FY32" is 2032 in 2025, 1999's "FY99" in 2001, 3132 in 3125.
    /// </summary>
    internal static int NearestCenturyYear(int yy, int reference)
    {
        int best = 0;
        for (int century = (reference / 100 * 100) - 100, last = century + 200; century <= last; century += 100)
        {
            int year = century + yy;
            if (year is >= 1 and <= 9999 && (best == 0 || Math.Abs(year - reference) < Math.Abs(best - reference)))
            {
                best = year;
            }
        }

        return best;
    }

    /// <summary>"Q3 2024", "Q4", "H1 2025", "H2", "FY2010", "FY2024/25", "Q4 FY25", "CY2026", "wk 32" at word token <paramref name="i"/>.</summary>
    private int? PeriodCodeAt(int i, ReadOnlySpan<char> w)
    {
        // "FY2024/25", "FY2024-25": a fiscal year told by the two calendar years it spans, named by the one it ends in.
        if (FiscalCode(i) is (int fiscal, int fiscalLast))
        {
            return Lit(i, fiscalLast, TemporalType.Date, string.Create(CultureInfo.InvariantCulture, $"FY{fiscal:D4}"), DatePrecision.Year);
        }

        // "CY2026", "CY25": a calendar year, written so beside fiscal ones; the year itself.
        if (CalendarCode(i) is int calendar)
        {
            return Emit(i, i, DateParse.Calendar(calendar, 0, 0));
        }

        // "YTD", "MTD", "WTD", "QTD" (in capitals): the year, month, week or quarter to date, the one of the writing.
        if (w.Length == 3 && w[1] == 'T' && w[2] == 'D' && ToDateUnit(w[0]) is TimeUnit toDate)
        {
            return Emit(i, i, DateParse.Offset(toDate, 0));
        }

        // "w/c 12 Jan", "w/e 5 Dec": the week commencing or ending on a day, the ISO week that holds it (a rota's or a trading
        // table's shorthand for "the week commencing 12 January").
        if (w.Length == 1 && (w[0] is 'w' or 'W') && Is(i + 1, "/") && (Is(i + 2, "c") || Is(i + 2, "e")) && Glued(i + 1) && Glued(i + 2)
            && WeekOfDayAt(i, i + 3) is int weekOfDayEnd)
        {
            return weekOfDayEnd;
        }

        // "wk 32": the ISO week of the year of writing (a schedule's shorthand).
        if (w.Length == 2 && w.Equals("wk", StringComparison.OrdinalIgnoreCase) && i + 1 < _end && Tokens[i + 1].Kind == TokenKind.Number
            && W(i + 1).Length <= 2 && AllDigits(W(i + 1)) && Parse(W(i + 1)) is int week and >= 1 and <= 53)
        {
            string weekYear = _doc.ReferenceDate is DateOnly writing ? writing.Year.ToString("D4", CultureInfo.InvariantCulture) : "XXXX";
            return Lit(i, i + 1, TemporalType.Date, string.Create(CultureInfo.InvariantCulture, $"{weekYear}-W{week:D2}"), DatePrecision.Week);
        }

        if (w.Length != 2 || w[0] is not ('Q' or 'H') || !char.IsAsciiDigit(w[1]))
        {
            return null;
        }

        int n = w[1] - '0';
        bool quarter = w[0] == 'Q';
        if (n < 1 || n > (quarter ? 4 : 2))
        {
            return null;
        }

        // "Q4 FY25", "H1 FY2026": a quarter or half of a fiscal year.
        if (FiscalCode(i + 1) is (int ofFiscal, int ofLast))
        {
            return Lit(i, ofLast, TemporalType.Date, string.Create(CultureInfo.InvariantCulture, $"FY{ofFiscal:D4}-{w[0]}{n}"), quarter ? DatePrecision.Quarter : DatePrecision.Half);
        }

        // "Q4'25", "H1'26": the year's last two digits glued on after an apostrophe; "Q4 CY25": of a calendar year.
        if (ApostropheYearAfter(i) is (int glued, int gluedLast))
        {
            return Emit(i, gluedLast, (quarter ? Quarter(n) : Half(n)) with { Year = glued });
        }

        if (CalendarCode(i + 1) is int calendarOf)
        {
            return Emit(i, i + 1, (quarter ? Quarter(n) : Half(n)) with { Year = calendarOf });
        }

        bool deadline = IsDeadline(i - 1) || (PartOf(i - 1) && IsDeadline(i - 4)); // "by Q3", "by the end of Q1"
        DateParse period = (quarter ? Quarter(n) : Half(n)) with { Tense = Future(i) || deadline ? Tense.Future : Tense.Unknown, Deadline = deadline };
        if (IsYear(i + 1, out int year))
        {
            return Emit(i, i + 1, period with { Year = year });
        }

        // A bare "Q4" or "H2" only where a period is expected: "in Q4", "that H2 would be weaker", "by the end of Q2".
        bool expected = Is(i - 1, "in") || Is(i - 1, "for") || Is(i - 1, "that") || Is(i - 1, "by") || Is(i - 1, "the") || Is(i - 1, "during")
            || Is(i - 1, "and") || Is(i - 1, "until") || Is(i - 1, "through") || Is(i - 1, "over") || Is(i - 1, "throughout") || PartOf(i - 1);
        return expected ? Emit(i, i, period) : null;
    }

    /// <summary>"CY2026", "CY25" at token <paramref name="k"/>: the calendar year it names (a two-digit one in the century nearest the writing), or null.</summary>
    private int? CalendarCode(int k)
    {
        if (!IsWord(k))
        {
            return null;
        }

        ReadOnlySpan<char> w = W(k);
        if (w.Length is not (4 or 6) || !w.StartsWith("CY", StringComparison.Ordinal) || !AllDigits(w[2..]))
        {
            return null;
        }

        int calendar = w.Length == 6 ? Parse(w[2..]) : NearestCenturyYear(Parse(w[2..]), _doc.ReferenceDate?.Year ?? 2000);
        return calendar is >= 1 and <= 9999 ? calendar : null;
    }

    /// <summary>
    /// "'25" glued to the code at <paramref name="k"/> ("Q4'25", "H1'26"): the year of those two digits in the century nearest the
    /// writing, and the token of the digits; null when no apostrophe and two digits are glued on.
    /// </summary>
    private (int Year, int Last)? ApostropheYearAfter(int k)
    {
        if (k + 2 >= _end || !Glued(k + 1) || !Glued(k + 2) || Tokens[k + 1].Kind != TokenKind.Punctuation || Tokens[k + 1].Length != 1
            || _text[Tokens[k + 1].Start] is not ('\'' or '’') || Tokens[k + 2].Kind != TokenKind.Number || W(k + 2).Length != 2 || !AllDigits(W(k + 2)))
        {
            return null;
        }

        return (NearestCenturyYear(Parse(W(k + 2)), _doc.ReferenceDate?.Year ?? 2000), k + 2);
    }

    /// <summary>The unit of a "to date" code's first letter: Y(ear), M(onth), W(eek), Q(uarter); null for any other.</summary>
    private static TimeUnit? ToDateUnit(char c) => c switch
    {
        'Y' => TimeUnit.Year,
        'M' => TimeUnit.Month,
        'W' => TimeUnit.Week,
        'Q' => TimeUnit.Quarter,
        _ => null,
    };

    /// <summary>"of" at <paramref name="k"/> after "the end", "the start", "the beginning", "the middle": a part of the period that follows.</summary>
    private bool PartOf(int k) => Is(k, "of") && (Is(k - 1, "end") || Is(k - 1, "start") || Is(k - 1, "beginning") || Is(k - 1, "middle")) && Is(k - 2, "the");

    /// <summary>
    /// A fiscal year's code at word token <paramref name="k"/>: "FY2025", "FY25" (in the century nearest the reference date), "FY2024/25" or
    /// "FY2024-25" (named by the year it ends in): the year and the code's last token, or null.
    /// </summary>
    private (int Year, int Last)? FiscalCode(int k)
    {
        if (!IsWord(k))
        {
            return null;
        }

        ReadOnlySpan<char> w = W(k);

        // "FY'24": the year's last two digits glued on after an apostrophe, as "Q3'25" has them (dates35b).
        if (w.SequenceEqual("FY") && ApostropheYearAfter(k) is (int clipped, int clippedLast))
        {
            return (clipped, clippedLast);
        }

        if (w.Length < 4 && !(w.SequenceEqual("FY") && k + 1 < _end && Tokens[k + 1].Kind == TokenKind.Number))
        {
            return null;
        }

        if (!w.StartsWith("FY", StringComparison.Ordinal))
        {
            return null;
        }

        // "FY 2026/27", "FY 2027": the code's year written apart from it.
        int last = k;
        ReadOnlySpan<char> digits = w[2..];
        if (digits.IsEmpty)
        {
            last = k + 1;
            digits = W(k + 1);
        }

        // "FY26E": a broker's estimate for the year, the mark inside the code.
        if (digits.Length is 3 or 5 && digits[^1] == 'E')
        {
            digits = digits[..^1];
        }

        int dash = digits.IndexOfAny('-', '/');
        ReadOnlySpan<char> second = default;
        if (dash > 0)
        {
            second = digits[(dash + 1)..];
            digits = digits[..dash];
        }
        else if (digits.Length is 2 or 4 && last == k && Is(k + 1, "/") && k + 2 < _end && Tokens[k + 2].Kind == TokenKind.Number
            && Tokens[k + 1].Start == Tokens[k].End && Tokens[k + 2].Start == Tokens[k + 1].End)
        {
            second = W(k + 2); // "FY2024/25", "FY26/27"
            last = k + 2;
        }

        if (digits.Length is not (2 or 4) || !AllDigits(digits))
        {
            return null;
        }

        int year = digits.Length == 4 ? Parse(digits) : NearestCenturyYear(Parse(digits), _doc.ReferenceDate?.Year ?? 2000);
        if (second.IsEmpty)
        {
            return (year, last);
        }

        // The second year must be the next one ("2024/25", "2024-2025"), else it is no fiscal year's span; a span ending
        // past 9999 has no four-digit value.
        if (year >= 9999 || second.Length is not (2 or 4) || !AllDigits(second) || Parse(second) != (second.Length == 2 ? (year + 1) % 100 : year + 1)
            || (digits.Length == 2 && second.Length == 4))
        {
            return null;
        }

        return (year + 1, last);
    }

    /// <summary>"twice a year", "once a week", "three times a day", "3 times per month" (from the count at <paramref name="i"/>).</summary>
    private int? FrequencyAt(int i)
    {
        int k = Is(i, "twice") || Is(i, "once") ? i + 1 : Is(i + 1, "times") ? i + 2 : -1;

        // "Ferries sail twice daily", "three times weekly": the count goes with the set.
        if (k > 0 && IsWord(k) && Lookup(W(k), out _) == WordKind.Adverbial && !Cap(k))
        {
            return Lit(i, k, TemporalType.Set, AdverbialValue(W(k)), DatePrecision.Unknown);
        }

        if (k < 0 || !(Is(k, "a") || Is(k, "an") || Is(k, "per") || Is(k, "every")) || !IsWord(k + 1))
        {
            return null;
        }

        if (Is(k + 1, "fortnight"))
        {
            return Lit(i, k + 1, TemporalType.Set, "P2W", DatePrecision.Unknown); // "once a fortnight"
        }

        if (Lookup(W(k + 1), out int unit) != WordKind.Unit || W(k + 1).EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return Lit(i, k + 1, TemporalType.Set, SetPeriod((TimeUnit)unit, 1), DatePrecision.Unknown);
    }

    /// <summary>"2:14:09": an elapsed time (hours, minutes, seconds), not a clock time; "27:43" (more minutes than a clock has hours) minutes and seconds.</summary>
    private int? TryElapsed(int i, ReadOnlySpan<char> s)
    {
        if (s.Length == 5 && s[2] == ':' && AllDigits(s[..2]) && AllDigits(s[3..]) && Parse(s[..2]) is >= 24 and <= 59 && Parse(s[3..]) <= 59
            && !Is(i - 1, "at"))
        {
            return Lit(i, i, TemporalType.Duration, string.Create(CultureInfo.InvariantCulture, $"PT{Parse(s[..2])}M{Parse(s[3..])}S"), DatePrecision.Unknown);
        }

        // "after 23:59:59 UTC": with a time zone it is a clock time, not an elapsed time.
        if (s.Length is < 7 or > 8 || s[^3] != ':' || s[^6] != ':' || Is(i - 1, "at") || (i > 0 && Tokens[i - 1].Kind == TokenKind.Number) || IsZoneAbbreviation(i + 1))
        {
            return null;
        }

        ReadOnlySpan<char> h = s[..^6];
        if (!AllDigits(h) || !AllDigits(s[^5..^3]) || !AllDigits(s[^2..]))
        {
            return null;
        }

        int hours = Parse(h);
        int minutes = Parse(s[^5..^3]);
        int seconds = Parse(s[^2..]);
        if (minutes > 59 || seconds > 59)
        {
            return null;
        }

        return Lit(i, i, TemporalType.Duration, string.Create(CultureInfo.InvariantCulture, $"PT{hours}H{minutes}M{seconds}S"), DatePrecision.Unknown);
    }

    /// <summary>"took days", "within minutes", "after months of talks": a plural unit alone is a vague amount of time.</summary>
    private bool VagueUnitsAfter(int k) =>
        Is(k, "for") || Is(k, "within") || Is(k, "after") || Is(k, "took") || Is(k, "take") || Is(k, "takes") || Is(k, "taking")
        || Is(k, "last") || Is(k, "lasted") || Is(k, "lasts") || Is(k, "spent") || Is(k, "spend") || Is(k, "waited")
        || ((Is(k, "possibly") || Is(k, "perhaps")) && k - 1 >= _first && Tokens[k - 1].Kind == TokenKind.Punctuation); // "days, possibly weeks"

    /// <summary>"the 4th day of March 1901", "this 3rd day of May 1887" (a deed's or a will's date, session 33) at the ordinal
    /// <paramref name="i"/>: one span from the article or "this"; null otherwise.</summary>
    private int? TryDayOfNamedMonth(int i)
    {
        if (!IsDay(W(i), out int day) || AllDigits(W(i)) || !Is(i + 1, "day") || !Is(i + 2, "of") || !IsWord(i + 3) || !Cap(i + 3)
            || Lookup(W(i + 3), out int month) != WordKind.Month || !IsValidDay(month, day))
        {
            return null;
        }

        int first = Is(i - 1, "the") || Is(i - 1, "this") ? i - 1 : i;
        int yearToken = Is(i + 4, ",") ? i + 5 : i + 4;
        return IsYear(yearToken, out int year) ? EmitDay(first, yearToken, year, month, day) : EmitDay(first, i + 3, null, month, day);
    }

    /// <summary>"the 21st" at number token <paramref name="k"/> after "the": a day of the anchor's month.</summary>
    private int? TryDayOfMonth(int i, int k)
    {
        if (k >= _end || Tokens[k].Kind != TokenKind.Number || !IsDay(W(k), out int day) || AllDigits(W(k)))
        {
            return null;
        }

        // "the 2nd of May", "the 7th of February 1992"
        if (Is(k + 1, "of") && IsWord(k + 2) && Cap(k + 2) && Lookup(W(k + 2), out int month) == WordKind.Month)
        {
            int yearToken = Is(k + 3, ",") ? k + 4 : k + 3;
            int year = IsYear(yearToken, out int y) ? y : 0;
            return EmitDay(i, year > 0 ? yearToken : k + 2, year > 0 ? year : null, month, day);
        }

        // "the 21st of that month", "By the 30th of the month the cotton had not come", "paid on the 12th of the month": a day of the
        // story's month (the publication's when the text tells no story).
        if (Is(k + 1, "of") && (Is(k + 2, "that") || Is(k + 2, "the")) && Is(k + 3, "month"))
        {
            return Emit(i, k + 3, DateParse.Calendar(null, 0, day) with { Anchor = AnchorUse.Story });
        }

        // "the 14th of next month", "the 3rd of last month", "the 30th of this month": a day of a month counted from the publication.
        if (Is(k + 1, "of") && (Is(k + 2, "next") || Is(k + 2, "last") || Is(k + 2, "this")) && Is(k + 3, "month"))
        {
            int months = Is(k + 2, "next") ? 1 : Is(k + 2, "last") ? -1 : 0;
            return Emit(i, k + 3, DateParse.Calendar(null, 0, day) with { Shifted = true, Count = months, Anchor = AnchorUse.Publication });
        }

        // "the 5th inst.", "the 20th ult.": a commercial letter's day of this month, last month or next (Data/calendar-phrases.txt, [month-shift]).
        if (IsWord(k + 1) && DateVocabulary.MonthShifts.TryGetValue(W(k + 1).TrimEnd('.'), out int letterShift))
        {
            // The full stop of an abbreviation ("inst.", "ult.", "prox.") is the span's; a whole word's ("the 1st proximo.") ends the sentence.
            int letterEnd = Is(k + 2, ".") && Tokens[k + 2].Start == Tokens[k + 1].End && W(k + 1).Length <= LetterAbbreviation ? k + 2 : k + 1;
            return Emit(i, letterEnd, DateParse.Calendar(null, 0, day) with { Shifted = true, Count = letterShift, Anchor = AnchorUse.Publication, Letter = true });
        }

        // "on the 30th the country became independent"
        if (Is(i - 1, "at"))
        {
            return null; // "his tee shot at the 12th": a hole, a lap, a floor
        }

        bool determiner = Is(i - 1, "on") && (Is(k + 1, "the") || Is(k + 1, "a") || Is(k + 1, "an") || Is(k + 1, "its") || Is(k + 1, "their"));
        bool alone = k + 1 >= _end || Tokens[k + 1].Kind == TokenKind.Punctuation || determiner
            || (IsWord(k + 1) && (IsPreposition(k + 1) || Lookup(W(k + 1), out _) == WordKind.TenseMarker));
        if (!alone)
        {
            return null; // "the 21st century", "the 5th floor"
        }

        return Emit(i, k, DateParse.Calendar(null, 0, day) with { Tense = TenseBefore(i), Deadline = IsDeadline(i - 1) });
    }
}
