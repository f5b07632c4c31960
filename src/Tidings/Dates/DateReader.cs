using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Tidings.Text;

namespace Tidings.Dates;

/// <summary>
/// The date reader: one pass over one document that, at each token, tries the patterns longest first and yields a
/// typed <see cref="DateParse"/> of each expression (fields, offsets, grain, modifiers, what it counts from). It
/// never looks at the reference date: <see cref="DateResolver"/> does that.
/// </summary>
internal sealed partial class DateReader
{
    private readonly Document _doc;
    private readonly string _text;
    /// <summary>The thread's spare list (<see cref="ResultList{T}"/>): the extractor gives it back when it has read it.</summary>
    private readonly List<DateParse> _parses = ResultList<DateParse>.Take();
    private int _first;
    private int _end;

    public DateReader(Document doc)
    {
        _doc = doc;
        _text = doc.Text;
    }

    /// <summary>The document being read.</summary>
    public Document Document => _doc;

    /// <summary>The parses read so far, in text order.</summary>
    public List<DateParse> Parses => _parses;

    /// <summary>Token look-ups made so far (for the linear-work property tests): every <see cref="Tokens"/> access counts one.</summary>
    public long Steps { get; private set; }

    private ReadOnlySpan<Token> Tokens
    {
        get
        {
            Steps++;
            return _doc.Tokens;
        }
    }

    private ReadOnlySpan<char> W(int k) => _text.AsSpan(Tokens[k].Start, Tokens[k].Length);

    private bool Is(int k, string word) => k >= _first && k < _end && W(k).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsWord(int k) => k >= _first && k < _end && Tokens[k].Kind == TokenKind.Word;

    private bool Cap(int k) => Tokens[k].Has(TokenTraits.Capitalized);

    public void ReadSentence(Sentence sentence)
    {
        _first = sentence.FirstToken;
        _end = sentence.EndToken;
        if (_first < _end)
        {
            // A line break between sentences starts a new paragraph (each gap is looked at once).
            int from = _first > 0 ? Tokens[_first - 1].End : 0;
            if (_text.AsSpan(from, Math.Max(0, Tokens[_first].Start - from)).Contains('\n'))
            {
                _paragraph++;
            }
        }

        int i = _first;
        while (i < _end)
        {
            int next = TryAt(i);
            i = next > i ? next : i + 1;
        }
    }

    /// <summary>Tries every pattern at token <paramref name="i"/>; returns the token after a match, or <paramref name="i"/>.</summary>
    private int TryAt(int i)
    {
        Token t = Tokens[i];
        if (t.Kind == TokenKind.Number)
        {
            return TryNumberStart(i);
        }

        if (t.Kind != TokenKind.Word)
        {
            return i;
        }

        ReadOnlySpan<char> w = W(i);
        if (w.Length > 24)
        {
            return i;
        }

        if (Cap(i) && DateVocabulary.MayStartNamedDay(w) && TryHoliday(i) is int holidayEnd)
        {
            return holidayEnd;
        }

        WordKind kind = Lookup(w, out int n);
        return kind switch
        {
            WordKind.Month when (Cap(i) || !IsAmbiguousMonth(w)) && !MonthIsName(i) && (!IsBareAbbreviation(w) || NumberBeside(i)) => TryMonth(i, i, n, null),
            // "Sun, 12 March" and "Tue 14 Mar 2017", not "Sun, a maker of workstations".
            WordKind.Weekday when Cap(i) && !WeekdayIsName(i) && (w.Length > 4 || (Is(i + 1, ",") && (w.Length > 3 || NumberOrMonth(i + 2))) || DayFollows(i)) => TryWeekday(i, i, n),
            WordKind.Season when IsYear(i + 1, out int sy) => Emit(i, i + 1, Season(n) with { Year = sy }),
            WordKind.Clock when Is(i - 1, "at") || Is(i - 1, "by") || Is(i - 1, "until") || Is(i - 1, "before") || Is(i - 1, "after")
                || Is(i - 1, "around") || Is(i - 1, "from") || Is(i - 1, "till") || Is(i - 1, "since") || Is(i - 1, "about")
                => EmitClock(i, i, n, 0),
            WordKind.Vague => TryCountedUnit(i, -1),
            WordKind.Century when SpelledYear(i) is int spelled => Emit(i, i + 1, DateParse.Calendar(spelled, 0, 0)),
            WordKind.Century => TryCountedUnit(i, 19), // "Nineteen years later"
            WordKind.Unit when (TimeUnit)n == TimeUnit.Year && TryYearEnd(i) is int yearEnd => yearEnd,
            // "recent years" is a time in the past; "recent weeks", "in recent months" an amount of time up to now, as
            // TimeBank has them; "for years" an amount of time.
            WordKind.Unit when w.EndsWith("s", StringComparison.OrdinalIgnoreCase) && Is(i - 1, "recent")
                => (TimeUnit)n == TimeUnit.Year ? Lit(i - 1, i, TemporalType.Date, "PAST_REF", DatePrecision.Reference)
                : Lit(i - 1, i, TemporalType.Duration, Duration((TimeUnit)n, -1), DatePrecision.Unknown),
            WordKind.WeekdayPlural when Cap(i) => Lit(i, i, TemporalType.Set, string.Create(CultureInfo.InvariantCulture, $"XXXX-WXX-{(n == 0 ? 7 : n)}"), DatePrecision.Unknown),
            // "in the weeks before the shooting", "minutes after he was sworn in": a vague amount of time.
            WordKind.Unit when w.EndsWith("s", StringComparison.OrdinalIgnoreCase) && (VagueUnitsAfter(i - 1) || ((Is(i + 1, "before") || Is(i + 1, "after"))
                && (Is(i - 1, "the") || !IsWord(i - 1) || IsPreposition(i - 1)))) && !Is(i + 1, "ago")
                => Lit(i, OrUnits(i), TemporalType.Duration, Duration((TimeUnit)n, -1), DatePrecision.Unknown),
            WordKind.Relative => TryRelativeWord(i, w),
            WordKind.Shift => TryShift(i, n),
            WordKind.The => TryThe(i),
            WordKind.PartOfDay => TryPartOfDayOf(i, i, n),
            WordKind.Every => TrySet(i),
            // "published daily", not "quarterly earnings"; "daily" is a set either way ("a daily tally").
            // "held yearly in the old port", but "pays quarterly to holders" and "rises annually by 3%" qualify an amount.
            WordKind.Adverbial when !IsWord(i + 1) || Is(i + 1, "rather") || Is(i + 1, "instead") || (IsPreposition(i + 1) && !w.Equals("quarterly", StringComparison.OrdinalIgnoreCase)
                && !w.Equals("annually", StringComparison.OrdinalIgnoreCase)) || w.Equals("daily", StringComparison.OrdinalIgnoreCase) => Lit(i, i, TemporalType.Set, AdverbialValue(w), DatePrecision.Unknown),
            WordKind.Modifier => TryModifiedYear(i),
            WordKind.Cardinal when TryFrequency(i) is int frequencyEnd => frequencyEnd,
            WordKind.Cardinal or WordKind.Article => TryCountedUnit(i, n),
            _ when TryBareQuarter(i) is int quarterEnd => quarterEnd,
            _ when TryFrequency(i) is int onceEnd => onceEnd,
            _ when TryPeriodCode(i, w) is int codeEnd => codeEnd,
            _ => TryHyphenated(i, w),
        };
    }

    // ---------------------------------------------------------------- numbers

    private int TryNumberStart(int i)
    {
        ReadOnlySpan<char> s = W(i);

        // Most numbers start no date: a plain count before an ordinary word or a full stop ("3 people", "won 2-1. The")
        // can only be a year. One look-up of the next word decides, before the forms below are tried one by one.
        if (s.Length <= 4 && AllDigits(s) && !NumberMayStartDate(i))
        {
            return IsYear(i, out int plainYear) && !QuantityFollows(i + 1) && !NamedNumber(i) && !StreetFollows(i + 1)
                ? Emit(i, i, DateParse.Calendar(plainYear, 0, 0)) : i;
        }

        // "1970s": a decade.
        if (s.Length == 5 && s[4] == 's' && AllDigits(s[..4]) && s[3] == '0')
        {
            int year = Parse(s[..4]);
            int first = Is(i - 1, "the") ? i - 1 : i;
            return Lit(first, i, TemporalType.Date, Decade(year), DatePrecision.Decade);
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
                    && (m + 2 >= _end || Tokens[m + 2].Kind == TokenKind.Punctuation))
                {
                    year = TwoDigitYear(Parse(W(m + 1))); // "3 Feb 12:" in a results table
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

                return EmitDay(first, last, year, month, day);
            }
        }

        // "2008", "in 2008", "since 1992"; not "Flight 1549" or "Room 1812"
        if (IsYear(i, out int yr) && !QuantityFollows(i + 1) && !NamedNumber(i) && !StreetFollows(i + 1))
        {
            return Emit(i, i, DateParse.Calendar(yr, 0, 0));
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
            || (Cap(k) && w.IndexOf('-') > 0);
    }

    private bool IsYear(int k, out int year)
    {
        year = 0;
        if (k < _first || k >= _end || Tokens[k].Kind != TokenKind.Number)
        {
            return false;
        }

        ReadOnlySpan<char> s = W(k);
        if (s.Length != 4 || !AllDigits(s))
        {
            return false;
        }

        year = Parse(s);
        return year is >= 1000 and <= 2199;
    }

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

    // ---------------------------------------------------------------- months, weekdays

    /// <summary>"July", "July 24", "July 24, 2020", "May 1969", "July 22 morning", "Friday, November 24".</summary>
    private int TryMonth(int first, int i, int month, int? weekdayStart)
    {
        // "March 3-5": one mention per day.
        if (first == i && weekdayStart is null && TryDayRange(i) is int rangeEnd)
        {
            return rangeEnd;
        }

        int last = i;
        int? day = null;
        int? year = null;
        // "by mid-February 15 million people": a month with a modifier glued on takes no day.
        if (i + 1 < _end && Tokens[i + 1].Kind == TokenKind.Number && IsDay(W(i + 1), out int d) && W(i).IndexOf('-') < 0)
        {
            day = d;
            last = i + 1;
            int y = last + 1;
            if (Is(y, ","))
            {
                y++;
            }

            if (IsYear(y, out int yy))
            {
                year = yy;
                last = y;
            }
        }
        else if (IsYear(i + 1, out int yy))
        {
            year = yy;
            last = i + 1;
        }
        else if (Is(i + 1, ",") && IsYear(i + 2, out int commaYear) && !OrdinaryWordAfter(i + 3))
        {
            year = commaYear; // "in April, 2003"
            last = i + 2;
        }
        else if (SpelledYear(i + 1) is int spelled)
        {
            year = spelled;
            last = i + 2;
        }

        if (weekdayStart is int ws)
        {
            first = ws;
        }

        if (day is int dd)
        {
            // "July 22 morning"
            if (last + 1 < _end && IsWord(last + 1) && Lookup(W(last + 1), out int part) == WordKind.PartOfDay)
            {
                return Emit(first, last + 1, Day(year, month, dd, first) with { Part = part, Grain = DatePrecision.PartOfDay });
            }

            // "June 22 last year"
            if (year is null && IsWord(last + 1) && Is(last + 2, "year") && (Is(last + 1, "this") || Is(last + 1, "last") || Is(last + 1, "next")))
            {
                int shift = Is(last + 1, "last") ? -1 : Is(last + 1, "next") ? 1 : 0;
                return Emit(first, last + 2, Day(null, month, dd, first) with { YearShift = shift, Anchor = AnchorUse.Publication });
            }

            return EmitDay(first, last, year, month, dd);
        }

        // "between March and May 2021", "from November to March 2021": the first month of a range takes the year of the second.
        if (year is null && RangeEndYear(last + 1) is (int endMonth, int endYear))
        {
            year = month <= endMonth ? endYear : endYear - 1;
        }

        // A month alone ("In July", "last November", "July 2020"): without a year, the nearest one in the tense of
        // its clause ("in December" said in May is last December, unless the clause speaks of the future).
        int start = first;
        DateParse parse = Day(year, month, 0, first);
        if (year is null)
        {
            int shift = Is(first - 1, "last") ? -1 : Is(first - 1, "next") ? 1 : 0;
            if (shift != 0)
            {
                start = first - 1;
                parse = parse with { Count = shift, Shifted = true, Anchor = AnchorUse.Publication };
            }
            else if (Is(first - 1, "this"))
            {
                parse = parse with { Anchor = AnchorUse.Publication };
            }
        }

        // "April of that year", "June that year": the story's year.
        int that = Is(last + 1, "of") ? last + 2 : last + 1;
        if (year is null && Is(that, "that") && Is(that + 1, "year"))
        {
            return Emit(first, that + 1, parse with { YearShift = 0, Shifted = false, Anchor = AnchorUse.Story });
        }

        // "January this year", "June last year"
        if (year is null && IsWord(last + 1) && Is(last + 2, "year") && (Is(last + 1, "this") || Is(last + 1, "last") || Is(last + 1, "next")))
        {
            parse = parse with { YearShift = Is(last + 1, "last") ? -1 : Is(last + 1, "next") ? 1 : 0, Shifted = false, Anchor = AnchorUse.Publication };
            last += 2;
        }

        return Emit(start, last, parse);
    }

    /// <summary>Whether token <paramref name="k"/> is a lower-case word that is neither a date word nor a preposition: after "April, 2003" it would make the number a count.</summary>
    private bool OrdinaryWordAfter(int k) =>
        k < _end && Tokens[k].Kind == TokenKind.Word && !Cap(k) && Lookup(W(k), out _) == WordKind.None && !IsPreposition(k);

    /// <summary>"and May 2021", "to March 15, 2021" at <paramref name="k"/>: the month and year that close a range of months, or null.</summary>
    private (int Month, int Year)? RangeEndYear(int k)
    {
        if (!(Is(k, "and") || Is(k, "to") || Is(k, "through") || Is(k, "until") || Is(k, "till")) || !IsWord(k + 1) || !Cap(k + 1)
            || Lookup(W(k + 1), out int month) != WordKind.Month)
        {
            return null;
        }

        int y = k + 2;
        if (y < _end && Tokens[y].Kind == TokenKind.Number && IsDay(W(y), out _))
        {
            y = Is(y + 1, ",") ? y + 2 : y + 1;
        }

        return IsYear(y, out int year) ? (month, year) : null;
    }

    /// <summary>A day (or, with day 0, a month) whose year is <paramref name="year"/> or, when null, to be found from the clause's tense.</summary>
    private DateParse Day(int? year, int month, int day, int token) =>
        DateParse.Calendar(year, month, day) with
        {
            Tense = TenseBefore(token), Deadline = IsDeadline(token - 1), Bound = IsDeadline(token - 1) || Is(token - 1, "ended") || Is(token - 1, "ending"),
        };

    /// <summary>
    /// Whether the clause of the date at <paramref name="first"/>..<paramref name="last"/> is in the past perfect ("The bomb had
    /// fallen on Hiroshima on August 6", "the year before he had borrowed"): a step back from the story's time, not a move of it.
    /// </summary>
    private bool PastPerfect(int first, int last)
    {
        for (int j = first - 1; j >= Math.Max(_first, first - 8); j--)
        {
            if (Tokens[j].Kind == TokenKind.Punctuation || Is(j, "and") || Is(j, "but") || Is(j, "when") || Is(j, "which") || Is(j, "that"))
            {
                break;
            }

            if (Is(j, "had") && !Is(j + 1, "to"))
            {
                return true;
            }
        }

        int k = last + 1;
        if (IsWord(k) && (Is(k, "he") || Is(k, "she") || Is(k, "it") || Is(k, "they") || Is(k, "we") || Is(k, "I")))
        {
            k++;
        }

        return Is(k, "had") && (Is(k + 1, "already") || (IsWord(k + 1) && W(k + 1).EndsWith("ed", StringComparison.Ordinal)) || Is(k + 1, "been"));
    }

    private bool IsDeadline(int k) =>
        Is(k, "by") || Is(k, "until") || Is(k, "till") || Is(k, "to") || Is(k, "before") || Is(k, "through");

    private static DateParse Season(int season) =>
        DateParse.Create(TemporalType.Date, DatePrecision.Season, ParseKind.Season) with { Ordinal = season, Anchor = AnchorUse.Narrative };

    /// <summary>"Feb", "Sept": an abbreviation without its full stop, a month only beside a number ("Feb 9", "14 Mar 2017").</summary>
    private static bool IsBareAbbreviation(ReadOnlySpan<char> w) => w.Length <= 4 && w[^1] != '.' && !w.Equals("june", StringComparison.OrdinalIgnoreCase)
        && !w.Equals("july", StringComparison.OrdinalIgnoreCase) && !w.Equals("may", StringComparison.OrdinalIgnoreCase);

    /// <summary>"weeks or months": the last token of a plural unit and its alternative.</summary>
    private int OrUnits(int i) =>
        Is(i + 1, "or") && IsWord(i + 2) && Lookup(W(i + 2), out _) == WordKind.Unit && W(i + 2).EndsWith("s", StringComparison.OrdinalIgnoreCase) ? i + 2 : i;

    /// <summary>"Wed 8 Nov", "Sat July 4": a day follows the (abbreviated) weekday at <paramref name="i"/>.</summary>
    private bool DayFollows(int i) =>
        (i + 2 < _end && Tokens[i + 1].Kind == TokenKind.Number && IsWord(i + 2) && Cap(i + 2) && Lookup(W(i + 2), out _) == WordKind.Month)
        || (IsWord(i + 1) && Cap(i + 1) && Lookup(W(i + 1), out _) == WordKind.Month && i + 2 < _end && Tokens[i + 2].Kind == TokenKind.Number);

    private bool NumberOrMonth(int k) =>
        k < _end && (Tokens[k].Kind == TokenKind.Number || (IsWord(k) && Cap(k) && Lookup(W(k), out _) == WordKind.Month));

    private bool NumberBeside(int i) =>
        (i + 1 < _end && Tokens[i + 1].Kind == TokenKind.Number) || (i - 1 >= _first && Tokens[i - 1].Kind == TokenKind.Number);

    /// <summary>"Tuesday", "on Monday", "Wednesday evening", "Friday, November 24", "last Friday".</summary>
    private int TryWeekday(int first, int i, int weekday)
    {
        int k = i + 1;
        if (Is(k, ","))
        {
            k++;
        }

        if (IsWord(k) && Lookup(W(k), out int month) == WordKind.Month && Cap(k))
        {
            return TryMonth(k, k, month, first);
        }

        // "Wed 8 Nov 2017", "Sunday, 12 January 2020": the weekday joins the day that follows it.
        if (k < _end && Tokens[k].Kind == TokenKind.Number && IsDay(W(k), out _) && IsWord(k + 1) && Cap(k + 1) && Lookup(W(k + 1), out _) == WordKind.Month)
        {
            int before = _parses.Count;
            int next = TryNumberStart(k);
            if (_parses.Count == before + 1 && _parses[^1].Start == Tokens[k].Start)
            {
                _parses[^1] = _parses[^1] with { Start = Tokens[first].Start };
                return next;
            }
        }

        int start = first;
        int shift = 0;
        bool shifted = false;
        if (Is(first - 1, "last") || Is(first - 1, "next") || Is(first - 1, "this"))
        {
            shift = Is(first - 1, "last") ? -1 : Is(first - 1, "next") ? 1 : 0;
            shifted = true;
            start = first - 1;
        }

        DateParse parse = DateParse.Create(TemporalType.Date, DatePrecision.Day, ParseKind.Weekday) with
        {
            Weekday = weekday, Count = shift, Shifted = shifted, Anchor = AnchorUse.Publication,
        };
        int last = i;
        if (i + 1 < _end && IsWord(i + 1) && Lookup(W(i + 1), out int p) == WordKind.PartOfDay)
        {
            parse = parse with { Part = p, Grain = DatePrecision.PartOfDay };
            last = i + 1;
        }

        parse = parse with { Tense = WeekdayTense(start, last) };

        return Emit(start, last, parse);
    }

    // ---------------------------------------------------------------- relative words

    private int TryRelativeWord(int i, ReadOnlySpan<char> w)
    {
        if (w.Equals("present", StringComparison.OrdinalIgnoreCase))
        {
            return Is(i - 1, "at") ? Lit(i - 1, i, TemporalType.Date, "PRESENT_REF", DatePrecision.Reference) : i;
        }

        if (w.Equals("now", StringComparison.OrdinalIgnoreCase) || w.Equals("currently", StringComparison.OrdinalIgnoreCase)
            || w.Equals("nowadays", StringComparison.OrdinalIgnoreCase))
        {
            return Lit(i, i, TemporalType.Date, "PRESENT_REF", DatePrecision.Reference);
        }

        if (w.Equals("recently", StringComparison.OrdinalIgnoreCase) || w.Equals("previously", StringComparison.OrdinalIgnoreCase))
        {
            return Lit(i, i, TemporalType.Date, "PAST_REF", DatePrecision.Reference);
        }

        int offset = w.Equals("yesterday", StringComparison.OrdinalIgnoreCase) ? -1
            : w.Equals("tomorrow", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        DateParse day = DateParse.Offset(TimeUnit.Day, offset);
        if (w.Equals("tonight", StringComparison.OrdinalIgnoreCase))
        {
            return Emit(i, i, day with { Part = 3, Grain = DatePrecision.PartOfDay });
        }

        // "yesterday morning"
        if (i + 1 < _end && IsWord(i + 1) && Lookup(W(i + 1), out int p) == WordKind.PartOfDay)
        {
            return Emit(i, i + 1, day with { Part = p, Grain = DatePrecision.PartOfDay });
        }

        return Emit(i, i, day);
    }

    /// <summary>"last week", "next month", "this year", "past weekend", "last November", "last Friday".</summary>
    private int TryShift(int i, int direction)
    {
        int u = i + 1;
        if (Is(i, "that") && Is(u, "same"))
        {
            u++; // "that same month": the story's month
        }

        if (!IsWord(u))
        {
            return i;
        }

        WordKind kind = Lookup(W(u), out int code);

        // "That Christmas": the story's.
        if (Is(i, "that") && Cap(u))
        {
            int count = _parses.Count;
            if (TryHoliday(u) is int holidayEnd)
            {
                if (_parses.Count == count + 1)
                {
                    _parses[^1] = _parses[^1] with { Start = Tokens[i].Start, Anchor = AnchorUse.Story };
                }

                return holidayEnd;
            }
        }
        if (kind == WordKind.Month && Cap(u))
        {
            int before = _parses.Count;
            int next = TryMonth(u, u, code, null);
            if (Is(i, "that") && _parses.Count == before + 1 && _parses[^1].Grain == DatePrecision.Month && _parses[^1].Year is null)
            {
                _parses[^1] = _parses[^1] with { Start = Tokens[i].Start, Anchor = AnchorUse.Story }; // "That March": the story's
            }

            return next;
        }

        if (kind == WordKind.Weekday && Cap(u) && W(u).Length > 4)
        {
            return TryWeekday(u, u, code);
        }

        // "that evening", "that day": the story's day.
        if (Is(i, "that") && (kind == WordKind.PartOfDay || Is(u, "day")))
        {
            DateParse day = DateParse.Offset(TimeUnit.Day, 0, AnchorUse.Story);
            return Emit(i, u, kind == WordKind.PartOfDay ? day with { Type = TemporalType.Time, Part = code, Grain = DatePrecision.PartOfDay } : day);
        }

        // "this morning", "last night"
        if (kind == WordKind.PartOfDay && direction <= 0 && (direction == 0 || Is(u, "night") || Is(u, "evening")))
        {
            if (!Is(i, "this") && !Is(i, "last"))
            {
                return i;
            }

            return Emit(i, u, DateParse.Offset(TimeUnit.Day, direction) with { Type = TemporalType.Time, Part = code, Grain = DatePrecision.PartOfDay });
        }

        if (kind == WordKind.Season)
        {
            // "that winter" is the story's; "last fall", "this spring" the publication's.
            bool that = Is(i, "that");
            return Emit(i, u, Season(code) with { Count = direction, Shifted = !that, Anchor = that ? AnchorUse.Story : AnchorUse.Publication });
        }

        // "this fiscal year", "next fiscal year": a year of the accounts.
        if (Is(u, "fiscal") && Is(u + 1, "year") && !Is(i, "that"))
        {
            return Emit(i, u + 1, DateParse.Offset(TimeUnit.Year, direction) with { Fiscal = true });
        }

        // "in coming months", "in the coming weeks": a vague amount of time ahead.
        if (kind == WordKind.Unit && Is(i, "coming") && W(u).EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            return Lit(Is(i - 1, "the") ? i - 1 : i, u, TemporalType.Duration, Duration((TimeUnit)code, -1), DatePrecision.Unknown);
        }

        if (kind != WordKind.Unit || Is(u, "days") || Is(u, "weeks") || Is(u, "months") || Is(u, "years") || Is(u, "quarters"))
        {
            return i;
        }

        // "this year's third quarter", "last year's quarter"
        if ((TimeUnit)code == TimeUnit.Year && (Is(u + 1, "'s") || Is(u + 1, "’s")) && QuarterAfter(u + 2) is (int qLast, int q))
        {
            return Emit(i, qLast, Quarter(q) with { YearShift = direction, Report = q == 0 && direction < 0 ? ReportUse.YearBackQuarter : ReportUse.None });
        }

        // "that year", "that day": the story's; "this year", "last week": the publication's.
        if (Is(i, "that") && (TimeUnit)code is not (TimeUnit.Year or TimeUnit.Month or TimeUnit.Week or TimeUnit.Weekend or TimeUnit.Quarter))
        {
            return i;
        }

        return Emit(i, u, DateParse.Offset((TimeUnit)code, direction, Is(i, "that") ? AnchorUse.Story : AnchorUse.Publication));
    }

    /// <summary>Whether the month word at <paramref name="i"/> is a name: "Theresa May", "April Ryan", "Mr. March", "May the best team win".</summary>
    private bool MonthIsName(int i)
    {
        bool afterName = i > _first && IsWord(i - 1) && Cap(i - 1) && Lookup(W(i - 1), out _) is WordKind.None
            && !IsPreposition(i - 1) && !(i + 1 < _end && Tokens[i + 1].Kind == TokenKind.Number && IsDay(W(i + 1), out _) && !IsAmbiguousMonth(W(i)));
        bool beforeName = IsWord(i + 1) && Cap(i + 1) && Lookup(W(i + 1), out _) is WordKind.None && !IsPreposition(i - 1);
        bool ambiguousAtStart = IsAmbiguousMonth(W(i)) && (i == _first || Tokens[i - 1].Has(TokenTraits.Quote))
            && !(i + 1 < _end && (Tokens[i + 1].Kind == TokenKind.Number || Is(i + 1, ",")));
        return afterName || beforeName || ambiguousAtStart;
    }

    /// <summary>"The Sunday Times", "the Sunday Telegraph": a weekday inside a capitalised name.</summary>
    private bool WeekdayIsName(int i) =>
        Is(i - 1, "the") && IsWord(i + 1) && Cap(i + 1) && Lookup(W(i + 1), out _) is WordKind.None;

    /// <summary>A number that names a thing after a capitalised word: "Flight 1549", "Room 1812", "Vision 2030".</summary>
    private bool NamedNumber(int i) =>
        i > _first && IsWord(i - 1) && Cap(i - 1) && Lookup(W(i - 1), out _) is WordKind.None && !IsPreposition(i - 1);

    /// <summary>Whether the document speaks of quarters ("third-quarter profit"): a quarterly report. Computed once per document.</summary>
    private bool QuarterlyReport
    {
        get
        {
            if (_quarterly is null)
            {
                bool found = false;
                ReadOnlySpan<Token> tokens = Tokens;
                Steps += tokens.Length; // once per document
                for (int k = 0; k < tokens.Length && !found; k++)
                {
                    ReadOnlySpan<char> w = _text.AsSpan(tokens[k].Start, tokens[k].Length);
                    found = tokens[k].Kind == TokenKind.Word && w.EndsWith("quarter", StringComparison.OrdinalIgnoreCase);
                }

                _quarterly = found;
            }

            return _quarterly.Value;
        }
    }

    private bool? _quarterly;

    /// <summary>The paragraph the sentence being read is in (counted by line breaks between sentences).</summary>
    private int _paragraph;

    private bool IsPreposition(int k) =>
        Is(k, "in") || Is(k, "on") || Is(k, "by") || Is(k, "since") || Is(k, "until") || Is(k, "from") || Is(k, "through")
        || Is(k, "before") || Is(k, "after") || Is(k, "during") || Is(k, "of") || Is(k, "and") || Is(k, "or") || Is(k, "between")
        || Is(k, "to") || Is(k, "till") || Is(k, "as") || Is(k, "at") || Is(k, "for") || Is(k, "than") || Is(k, "around")
        || Is(k, "late") || Is(k, "early") || Is(k, "mid") || Is(k, "that") || Is(k, "when") || Is(k, "while") || Is(k, "then")
        || Is(k, "but") || Is(k, "so") || Is(k, "if") || Is(k, "also") || Is(k, "only") || Is(k, "about");

    // ---------------------------------------------------------------- words

    private static bool IsAmbiguousMonth(ReadOnlySpan<char> w) => DateVocabulary.IsAmbiguousMonth(w);

    private static WordKind Lookup(ReadOnlySpan<char> w, out int n) => DateVocabulary.Lookup(w, out n);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TheFollowers => DateVocabulary.TheFollowers;

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return s.Length > 0;
    }

    private static int Parse(ReadOnlySpan<char> s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
}
