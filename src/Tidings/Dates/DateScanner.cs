using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Tidings.Text;

namespace Tidings.Dates;

/// <summary>One date pass over one document: at each token, tries the patterns longest first, then resolves.</summary>
internal sealed class DateScanner
{
    private readonly Document _doc;
    private readonly string _text;
    private readonly DateOnly? _ref;
    private List<DateMention>? _results;
    private int _first;
    private int _end;

    public DateScanner(Document doc)
    {
        _doc = doc;
        _text = doc.Text;
        _ref = doc.ReferenceDate;
    }

    public ImmutableArray<DateMention> ToResults() => _results is null ? [] : [.. _results];

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

    public void ScanSentence(Sentence sentence)
    {
        _first = sentence.FirstToken;
        _end = sentence.EndToken;
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

        WordKind kind = Lookup(w, out int n);
        return kind switch
        {
            WordKind.Month when (Cap(i) || !IsAmbiguousMonth(w)) && !MonthIsName(i) => TryMonth(i, i, n, null),
            WordKind.Weekday when Cap(i) && !WeekdayIsName(i) => TryWeekday(i, i, n),
            WordKind.Season when IsYear(i + 1, out int sy) => Emit(i, i + 1, TemporalType.Date, SeasonValue(sy, n), DatePrecision.Season),
            WordKind.Clock when Is(i - 1, "at") || Is(i - 1, "by") || Is(i - 1, "until") || Is(i - 1, "before") || Is(i - 1, "after")
                || Is(i - 1, "around") || Is(i - 1, "from") || Is(i - 1, "till") || Is(i - 1, "since") || Is(i - 1, "about")
                => EmitClock(i, i, n, 0),
            WordKind.Vague => TryCountedUnit(i, -1),
            WordKind.Holiday when Cap(i) => TryHoliday(i, n),
            WordKind.Century when SpelledYear(i) is int spelled => Emit(i, i + 1, TemporalType.Date, Year(spelled), DatePrecision.Year),
            // "recent years" is a time in the past; "for years" an amount of time.
            WordKind.Unit when w.EndsWith("s", StringComparison.OrdinalIgnoreCase) && Is(i - 1, "recent")
                => Emit(i - 1, i, TemporalType.Date, "PAST_REF", DatePrecision.Reference),
            WordKind.Unit when w.EndsWith("s", StringComparison.OrdinalIgnoreCase) && Is(i - 1, "for")
                => Emit(i, i, TemporalType.Duration, Duration((Unit)n, -1), DatePrecision.Unknown),
            WordKind.Relative => TryRelativeWord(i, w),
            WordKind.Shift => TryShift(i, n),
            WordKind.The => TryThe(i),
            WordKind.PartOfDay => TryPartOfDayOf(i, i, n),
            WordKind.Every => TrySet(i),
            // "published daily", not "quarterly earnings"; "daily" is a set either way ("a daily tally").
            WordKind.Adverbial when !IsWord(i + 1) || w.Equals("daily", StringComparison.OrdinalIgnoreCase) => Emit(i, i, TemporalType.Set, AdverbialValue(w), DatePrecision.Unknown),
            WordKind.Modifier => TryModifiedYear(i),
            WordKind.Cardinal or WordKind.Article => TryCountedUnit(i, n),
            _ => TryHyphenated(i, w),
        };
    }

    // ---------------------------------------------------------------- numbers

    private int TryNumberStart(int i)
    {
        ReadOnlySpan<char> s = W(i);

        // "1970s": a decade.
        if (s.Length == 5 && s[4] == 's' && AllDigits(s[..4]) && s[3] == '0')
        {
            int year = Parse(s[..4]);
            int first = Is(i - 1, "the") ? i - 1 : i;
            return Emit(first, i, TemporalType.Date, (year / 10).ToString("D3", CultureInfo.InvariantCulture), DatePrecision.Decade);
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

        // "7 a.m.", "3:30 p.m.", "10:15 pm"
        if (TryClock(i, s) is int clockEnd)
        {
            return clockEnd;
        }

        // "12-year", "25-year-old"
        if (s.IndexOf('-') > 0)
        {
            return TryHyphenated(i, s);
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

                int first = Is(i - 1, "the") ? i - 1 : i;
                return EmitDay(first, last, year, month, day);
            }
        }

        // "2008", "in 2008", "since 1992"; not "Flight 1549" or "Room 1812"
        if (IsYear(i, out int yr) && !QuantityFollows(i + 1) && !NamedNumber(i))
        {
            return Emit(i, i, TemporalType.Date, Year(yr), DatePrecision.Year);
        }

        // "13 days", "two years ago"
        if (AllDigits(s) && s.Length <= 4)
        {
            return TryCountedUnit(i, Parse(s));
        }

        return i;
    }

    /// <summary>A number followed by a time unit: a duration ("six months"), or with "ago"/"earlier"/"later" a date.</summary>
    private int TryCountedUnit(int i, int n)
    {
        int u = i + 1;
        if (n > 0 && Tokens[i].Kind == TokenKind.Word && Lookup(W(i), out _) == WordKind.Article && IsWord(u) && Lookup(W(u), out _) == WordKind.Vague)
        {
            n = -1; // "a few days"
            u++;
        }

        if (u >= _end || !IsWord(u))
        {
            return i;
        }

        if (Lookup(W(u), out int unitCode) != WordKind.Unit)
        {
            return i;
        }

        if (n > 0 && Tokens[i].Kind == TokenKind.Word && Lookup(W(i), out _) == WordKind.Article)
        {
            n = 1;
        }

        if (n < 0 && !W(u).EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            return i; // "several week" is not English; "few" without a plural unit is something else
        }

        var unit = (Unit)unitCode;
        int last = u;
        // "two years ago", "a year earlier" count back from the reference date; "three days later" counts from an
        // event the text names, so it stays a duration.
        if (n < 0 && Is(u + 1, "ago"))
        {
            return Emit(i, u + 1, TemporalType.Date, "PAST_REF", DatePrecision.Reference);
        }

        if (n > 0 && u + 1 < _end && (Is(u + 1, "ago") || Is(u + 1, "earlier")))
        {
            // In a quarterly report, "a year ago" / "a year earlier" is the reported quarter a year back.
            (string? value, DatePrecision p) = unit == Unit.Year && n == 1 && QuarterlyReport ? Shifted(Unit.Quarter, -5) : Shifted(unit, -n);
            return Emit(i, u + 1, TemporalType.Date, value, p);
        }

        // "52 years old": an age, which TimeML does not annotate.
        if (Is(u + 1, "old"))
        {
            return u + 2;
        }

        return Emit(i, last, TemporalType.Duration, Duration(unit, n), DatePrecision.Unknown);
    }

    private bool QuantityFollows(int k) =>
        k < _end && (Tokens[k].Has(TokenTraits.Currency) || Is(k, "%") || Is(k, "percent") || Is(k, "people") || Is(k, "million")
        || Is(k, "billion") || Is(k, "tonnes") || Is(k, "km"));

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
        int last = i;
        int? day = null;
        int? year = null;
        if (i + 1 < _end && Tokens[i + 1].Kind == TokenKind.Number && IsDay(W(i + 1), out int d))
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
                string? v = DayValue(year, month, dd);
                return Emit(first, last + 1, TemporalType.Date, v is null ? null : v + PartCode(part), DatePrecision.PartOfDay);
            }

            return EmitDay(first, last, year, month, dd);
        }

        // A month alone ("In July"), "last November", "July 2020".
        int start = first;
        int? resolvedYear = year;
        if (resolvedYear is null && _ref is DateOnly r)
        {
            int shift = Is(first - 1, "last") ? -1 : Is(first - 1, "next") ? 1 : 0;
            if (shift != 0)
            {
                start = first - 1;
            }

            // A month without a year is the nearest one in the tense of its clause: "in December" said in May is
            // last December, unless the clause speaks of the future.
            if (shift == 0)
            {
                resolvedYear = NearestYear(r, month, null, first);
            }
            else
            {
                resolvedYear = shift < 0 ? (month < r.Month ? r.Year : r.Year - 1) : (month > r.Month ? r.Year : r.Year + 1);
            }
        }

        // "January this year", "June last year"
        if (year is null && IsWord(last + 1) && Is(last + 2, "year") && _ref is DateOnly rr
            && (Is(last + 1, "this") || Is(last + 1, "last") || Is(last + 1, "next")))
        {
            resolvedYear = rr.Year + (Is(last + 1, "last") ? -1 : Is(last + 1, "next") ? 1 : 0);
            start = first;
            last += 2;
        }

        if (resolvedYear is null && (Is(first - 1, "last") || Is(first - 1, "next")))
        {
            start = first - 1;
        }

        string? value = resolvedYear is int ry && ry is >= 1 and <= 9999
            ? string.Create(CultureInfo.InvariantCulture, $"{ry:D4}-{month:D2}")
            : null;
        return Emit(start, last, TemporalType.Date, value, DatePrecision.Month);
    }

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

        int start = first;
        int shift = 0;
        if (Is(first - 1, "last") || Is(first - 1, "next") || Is(first - 1, "this"))
        {
            shift = Is(first - 1, "last") ? -1 : Is(first - 1, "next") ? 1 : 0;
            start = first - 1;
        }

        string? day = null;
        if (_ref is DateOnly r)
        {
            // A weekday in the present tense is a coming one: "meets Monday", "the group is ready to leave Tuesday".
            bool future = shift > 0 || (shift == 0 && TenseBefore(first) is Tense.Future or Tense.Present);
            int delta = weekday - (int)r.DayOfWeek;
            int days = future ? (delta < 0 || (delta == 0 && shift > 0) ? delta + 7 : delta) : (delta > 0 ? delta - 7 : delta);
            if (shift < 0 && days == 0)
            {
                days = -7;
            }

            day = DayValue(r, days);
        }

        int last = i;
        string? part = null;
        if (i + 1 < _end && IsWord(i + 1) && Lookup(W(i + 1), out int p) == WordKind.PartOfDay)
        {
            part = PartCode(p);
            last = i + 1;
        }

        return Emit(start, last, TemporalType.Date, day is null ? null : day + part, part is null ? DatePrecision.Day : DatePrecision.PartOfDay);
    }

    /// <summary>Whether the clause before token <paramref name="k"/> speaks of the future ("will", "'ll", "is due to", "plans to").</summary>
    private bool Future(int k) => TenseBefore(k) == Tense.Future;

    private enum Tense
    {
        /// <summary>No marker in the clause.</summary>
        Unknown,
        Past,
        Present,
        Future,
    }

    /// <summary>The tense of the clause before token <paramref name="k"/>: its nearest marker decides.</summary>
    private Tense TenseBefore(int k)
    {
        int floor = Math.Max(_first, k - 10);
        for (int j = k - 1; j >= floor; j--)
        {
            if (Tokens[j].Kind == TokenKind.Punctuation && !Tokens[j].Has(TokenTraits.Quote) || Is(j, "and") || Is(j, "but"))
            {
                return Tense.Unknown;
            }

            if (Tokens[j].Kind != TokenKind.Word)
            {
                continue;
            }

            if (Lookup(W(j), out int marker) == WordKind.TenseMarker)
            {
                return (Tense)marker;
            }

            ReadOnlySpan<char> w = W(j);
            if (w.SequenceEqual("may"))
            {
                return Tense.Present; // the modal verb; the month is capitalised
            }

            // "arrested", "announced"; in "will be announced" or "was arrested" the auxiliary decides.
            if (w.Length >= 5 && w.EndsWith("ed", StringComparison.Ordinal) && !Cap(j) && !(Is(j - 1, "be") || Is(j - 1, "been")
                || Is(j - 1, "being") || Lookup(W(Math.Max(j - 1, 0)), out _) == WordKind.TenseMarker))
            {
                return Tense.Past;
            }
        }

        return Tense.Unknown;
    }

    // ---------------------------------------------------------------- relative words

    private int TryRelativeWord(int i, ReadOnlySpan<char> w)
    {
        if (w.Equals("present", StringComparison.OrdinalIgnoreCase))
        {
            return Is(i - 1, "at") ? Emit(i - 1, i, TemporalType.Date, "PRESENT_REF", DatePrecision.Reference) : i;
        }

        if (w.Equals("now", StringComparison.OrdinalIgnoreCase) || w.Equals("currently", StringComparison.OrdinalIgnoreCase)
            || w.Equals("nowadays", StringComparison.OrdinalIgnoreCase))
        {
            return Emit(i, i, TemporalType.Date, "PRESENT_REF", DatePrecision.Reference);
        }

        if (w.Equals("recently", StringComparison.OrdinalIgnoreCase) || w.Equals("previously", StringComparison.OrdinalIgnoreCase))
        {
            return Emit(i, i, TemporalType.Date, "PAST_REF", DatePrecision.Reference);
        }

        int offset = w.Equals("yesterday", StringComparison.OrdinalIgnoreCase) ? -1
            : w.Equals("tomorrow", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        string? value = _ref is DateOnly r ? DayValue(r, offset) : null;
        if (w.Equals("tonight", StringComparison.OrdinalIgnoreCase))
        {
            return Emit(i, i, TemporalType.Date, value is null ? null : value + "TNI", DatePrecision.PartOfDay);
        }

        // "yesterday morning"
        if (i + 1 < _end && IsWord(i + 1) && Lookup(W(i + 1), out int p) == WordKind.PartOfDay)
        {
            return Emit(i, i + 1, TemporalType.Date, value is null ? null : value + PartCode(p), DatePrecision.PartOfDay);
        }

        return Emit(i, i, TemporalType.Date, value, DatePrecision.Day);
    }

    /// <summary>"last week", "next month", "this year", "past weekend", "last November", "last Friday".</summary>
    private int TryShift(int i, int direction)
    {
        int u = i + 1;
        if (!IsWord(u))
        {
            return i;
        }

        WordKind kind = Lookup(W(u), out int code);
        if (kind == WordKind.Month && Cap(u))
        {
            return TryMonth(u, u, code, null);
        }

        if (kind == WordKind.Weekday && Cap(u))
        {
            return TryWeekday(u, u, code);
        }

        // "this morning", "last night"
        if (kind == WordKind.PartOfDay && direction <= 0 && (direction == 0 || Is(u, "night") || Is(u, "evening")))
        {
            if (!Is(i, "this") && !Is(i, "last"))
            {
                return i;
            }

            string? day = _ref is DateOnly rd ? DayValue(rd, direction) : null;
            return Emit(i, u, TemporalType.Time, day is null ? null : day + PartCode(code), DatePrecision.PartOfDay);
        }

        if (kind == WordKind.Season)
        {
            // In January and February the current season is the winter that began the year before.
            string? v = _ref is DateOnly r
                ? SeasonValue(r.Year - (r.Month <= 2 ? 1 : 0) + (direction < 0 && code >= SeasonIndex(r) ? -1 : direction > 0 && code <= SeasonIndex(r) ? 1 : 0), code)
                : null;
            return Emit(i, u, TemporalType.Date, v, DatePrecision.Season);
        }

        if (kind != WordKind.Unit || Is(u, "days") || Is(u, "weeks") || Is(u, "months") || Is(u, "years"))
        {
            return i;
        }

        // "this year's third quarter", "last year's quarter"
        if ((Unit)code == Unit.Year && _ref is DateOnly ry && (Is(u + 1, "'s") || Is(u + 1, "’s")) && QuarterAfter(u + 2) is (int qLast, int q))
        {
            return Emit(i, qLast, TemporalType.Date, QuarterOf(ry.Year + direction, q), DatePrecision.Quarter);
        }

        (string? value, DatePrecision p) = Shifted((Unit)code, direction);
        return Emit(i, u, TemporalType.Date, value, p);
    }

    /// <summary>"the second quarter [of 2023]", "the first half", "the 1970s", "the night of July 24", "the past year".</summary>
    private int TryThe(int i)
    {
        int k = i + 1;
        if (k >= _end)
        {
            return i;
        }

        // Most "the"s start no date: only a number, an apostrophe ("the '80s"), a date word or one of a few
        // period words can follow one that does. One look-up decides.
        if (Tokens[k].Kind == TokenKind.Word && Lookup(W(k), out _) == WordKind.None && !TheFollowers.Contains(W(k)))
        {
            return i;
        }

        if (IsWord(k) && Lookup(W(k), out int part) == WordKind.PartOfDay && Is(k + 1, "of"))
        {
            return TryPartOfDayOf(i, k, part);
        }

        // "the 1988 third quarter", "the 1988 quarter", "the 1989 period"
        if (IsYear(k, out int qy) && QuarterAfter(k + 1) is (int qLast, int q))
        {
            return Emit(i, qLast, TemporalType.Date, QuarterOf(qy, q), DatePrecision.Quarter);
        }

        // "the day before yesterday", "the day after tomorrow"
        if (Is(k, "day") && (Is(k + 1, "before") && Is(k + 2, "yesterday") || Is(k + 1, "after") && Is(k + 2, "tomorrow")))
        {
            string? v = _ref is DateOnly rd ? DayValue(rd, Is(k + 1, "before") ? -2 : 2) : null;
            return Emit(i, k + 2, TemporalType.Date, v, DatePrecision.Day);
        }

        // "the 20th century"
        if (Is(k + 1, "century") && CenturyOrdinal(k) is int century and >= 1 and <= 99)
        {
            return Emit(i, k + 1, TemporalType.Date, (century - 1).ToString("D2", CultureInfo.InvariantCulture), DatePrecision.Century);
        }

        // "the early 1990s", "the '80s", "the mid-1990s"
        if (TryDecade(i, k) is int decadeEnd)
        {
            return decadeEnd;
        }

        int ordinal = Ordinal(k);
        if (ordinal > 0 && IsWord(k + 1))
        {
            bool quarter = Is(k + 1, "quarter");
            bool half = Is(k + 1, "half");
            if ((quarter && ordinal <= 4) || (half && ordinal <= 2))
            {
                int last = k + 1;
                int? year = _ref?.Year;
                if (Is(k + 2, "of") && IsYear(k + 3, out int y))
                {
                    year = y;
                    last = k + 3;
                }
                else if (Is(k + 2, "of") && IsWord(k + 3) && Is(k + 4, "year") && _ref is DateOnly ry
                    && (Is(k + 3, "the") || Is(k + 3, "this") || Is(k + 3, "last") || Is(k + 3, "next")))
                {
                    year = ry.Year + (Is(k + 3, "last") ? -1 : Is(k + 3, "next") ? 1 : 0);
                    last = k + 4;
                }
                else if (IsYear(k + 2, out int y2))
                {
                    year = y2;
                    last = k + 2;
                }

                if (last == k + 1 && _ref is DateOnly rq && (quarter ? ordinal > ((rq.Month - 1) / 3) + 1 : ordinal > ((rq.Month - 1) / 6) + 1)
                    && !Future(i))
                {
                    year = rq.Year - 1; // "the fourth quarter" reported in May is last year's
                }

                string? v = year is int yy && yy is >= 1 and <= 9999
                    ? string.Create(CultureInfo.InvariantCulture, $"{yy:D4}-{(quarter ? "Q" : "H")}{ordinal}")
                    : null;
                return Emit(i, last, TemporalType.Date, v, quarter ? DatePrecision.Quarter : DatePrecision.Half);
            }
        }

        bool span = Is(k, "past") || Is(k, "last") || Is(k, "previous") || Is(k, "next") || Is(k, "coming");
        if (span && IsWord(k + 1) && Lookup(W(k + 1), out int unit) == WordKind.Unit
            && !W(k + 1).EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            return Emit(i, k + 1, TemporalType.Duration, Duration((Unit)unit, 1), DatePrecision.Unknown);
        }

        // "the past two years", "the next few months": the whole phrase is the duration.
        if (span && k + 2 < _end && IsWord(k + 2) && Lookup(W(k + 2), out int units) == WordKind.Unit
            && W(k + 2).EndsWith("s", StringComparison.OrdinalIgnoreCase) && CountWord(k + 1) is int count and (> 0 or -1))
        {
            return Emit(i, k + 2, TemporalType.Duration, Duration((Unit)units, count), DatePrecision.Unknown);
        }

        // "the nine months", "the first nine months", "the latest six months": the whole phrase is the duration.
        int c = Ordinal(k) > 0 || Is(k, "latest") || Is(k, "same") || Is(k, "final") ? k + 1 : k;
        if (c + 1 < _end && IsWord(c + 1) && Lookup(W(c + 1), out int counted) == WordKind.Unit
            && W(c + 1).EndsWith("s", StringComparison.OrdinalIgnoreCase) && CountWord(c) is int cn and > 1)
        {
            return Emit(i, c + 1, TemporalType.Duration, Duration((Unit)counted, cn), DatePrecision.Unknown);
        }

        // "the near future", "the near term", "the short term"
        if ((Is(k, "near") || Is(k, "short")) && (Is(k + 1, "future") || Is(k + 1, "term")))
        {
            return Emit(i, k + 1, TemporalType.Date, "FUTURE_REF", DatePrecision.Reference);
        }

        // "the future", "the past"
        if (Is(k, "future") || Is(k, "past") && !(k + 1 < _end && (Tokens[k + 1].Kind == TokenKind.Number || CountWord(k + 1) != 0
            || IsWord(k + 1) && Lookup(W(k + 1), out _) == WordKind.Unit)))
        {
            return Emit(i, k, TemporalType.Date, Is(k, "future") ? "FUTURE_REF" : "PAST_REF", DatePrecision.Reference);
        }

        // "the quarter", "the latest quarter", "the year", "the weekend": the current period of the reference date.
        bool latest = Is(k, "latest") || Is(k, "recent");
        int p = latest || Is(k, "current") || Is(k, "same") ? k + 1 : k;
        if (Is(p, "fiscal") || Is(p, "full") || Is(p, "calendar"))
        {
            p++; // "the fiscal year", "the current fiscal year", "the full year"
        }

        if (p < _end && IsWord(p) && !Is(p + 1, "of") && (Is(p, "quarter") || !(p + 1 < _end && IsWord(p + 1) && !Cap(p + 1) && Lookup(W(p + 1), out _) == WordKind.None && !Is(p + 1, "ended"))))
        {
            // "the quarter", "the latest quarter", "the latest period": in a report, the last quarter reported on.
            if ((Is(p, "quarter") || latest && Is(p, "period")) && !Future(i) && !Is(k, "current"))
            {
                (string? reported, DatePrecision qp) = Shifted(Unit.Quarter, -1);
                return Emit(i, p, TemporalType.Date, reported, qp);
            }

            if (Is(p, "quarter") || Is(p, "year") || Is(p, "weekend") || Is(p, "week"))
            {
                Unit period = Is(p, "quarter") ? Unit.Quarter : Is(p, "year") ? Unit.Year : Is(p, "weekend") ? Unit.Weekend : Unit.Week;

                // "over the weekend" said on a weekday is the one just past, unless the clause looks ahead.
                int back = period == Unit.Weekend && _ref is DateOnly rw && rw.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
                    && !Future(i) ? -1 : 0;
                (string? value, DatePrecision prec) = Shifted(period, back);
                return Emit(i, p, TemporalType.Date, value, prec);
            }
        }

        if (IsWord(k) && Lookup(W(k), out int season) == WordKind.Season && Is(k + 1, "of"))
        {
            if (IsYear(k + 2, out int sy))
            {
                return Emit(i, k + 2, TemporalType.Date, SeasonValue(sy, season), DatePrecision.Season);
            }

            if (SpelledYear(k + 2) is int spelled)
            {
                return Emit(i, k + 3, TemporalType.Date, SeasonValue(spelled, season), DatePrecision.Season);
            }
        }

        return i;
    }

    /// <summary>"the night of July 24", "the morning of Monday".</summary>
    private int TryPartOfDayOf(int first, int partToken, int part)
    {
        int k = partToken + 1;
        if (!Is(k, "of") || k + 1 >= _end || Tokens[k + 1].Kind is not (TokenKind.Word or TokenKind.Number))
        {
            return first == partToken ? first : partToken;
        }

        WordKind kind = Lookup(W(k + 1), out int code);
        int before = _results?.Count ?? 0;
        int next = kind switch
        {
            WordKind.Month when Cap(k + 1) => TryMonth(k + 1, k + 1, code, null),
            WordKind.Weekday when Cap(k + 1) => TryWeekday(k + 1, k + 1, code),
            _ when Tokens[k + 1].Kind == TokenKind.Number => TryNumberStart(k + 1),
            _ => k + 1,
        };
        if (_results is not null && _results.Count == before + 1 && next > k + 1)
        {
            DateMention inner = _results[^1];
            _results.RemoveAt(_results.Count - 1);
            bool isDay = inner.Precision == DatePrecision.Day;
            string? value = isDay && inner.Value is not null ? inner.Value + PartCode(part) : inner.Value;
            return Emit(first, next - 1, TemporalType.Date, value, isDay ? DatePrecision.PartOfDay : inner.Precision);
        }

        return first;
    }

    /// <summary>"every four years", "every year", "each week".</summary>
    private int TrySet(int i)
    {
        int k = i + 1;
        int n = 1;
        if (k < _end && (Tokens[k].Kind == TokenKind.Number && AllDigits(W(k)) && W(k).Length <= 3))
        {
            n = Parse(W(k));
            k++;
        }
        else if (IsWord(k) && Lookup(W(k), out int c) == WordKind.Cardinal)
        {
            n = c;
            k++;
        }

        if (IsWord(k) && Lookup(W(k), out int unit) == WordKind.Unit)
        {
            return Emit(i, k, TemporalType.Set, Duration((Unit)unit, n), DatePrecision.Unknown);
        }

        // "each July"
        if (n == 1 && k == i + 1 && IsWord(k) && Cap(k) && Lookup(W(k), out int everyMonth) == WordKind.Month)
        {
            return Emit(i, k, TemporalType.Set, string.Create(CultureInfo.InvariantCulture, $"XXXX-{everyMonth:D2}"), DatePrecision.Unknown);
        }

        // "every Sunday": ISO weekday numbers run Monday = 1 … Sunday = 7.
        if (n == 1 && k == i + 1 && IsWord(k) && Cap(k) && Lookup(W(k), out int weekday) == WordKind.Weekday)
        {
            return Emit(i, k, TemporalType.Set, string.Create(CultureInfo.InvariantCulture, $"XXXX-WXX-{(weekday == 0 ? 7 : weekday)}"), DatePrecision.Unknown);
        }

        return i;
    }

    /// <summary>"early 2026", "late 2019", "mid-2019" (a hyphenated word).</summary>
    private int TryModifiedYear(int i)
    {
        if (TryDecade(i, i) is int decadeEnd)
        {
            return decadeEnd;
        }

        if (IsYear(i + 1, out int y))
        {
            return Emit(i, i + 1, TemporalType.Date, Year(y), DatePrecision.Year);
        }

        if (IsWord(i + 1) && Lookup(W(i + 1), out int month) == WordKind.Month && Cap(i + 1))
        {
            int next = TryMonth(i + 1, i + 1, month, null);
            if (next > i + 1 && _results is { Count: > 0 })
            {
                DateMention inner = _results[^1];
                _results.RemoveAt(_results.Count - 1);
                return Emit(i, next - 1, TemporalType.Date, inner.Value, inner.Precision);
            }
        }

        return i;
    }

    /// <summary>"mid-2019", "two-day", "24-hour", "25-year-old".</summary>
    private int TryHyphenated(int i, ReadOnlySpan<char> w)
    {
        int h = w.IndexOf('-');
        if (h <= 0)
        {
            return i;
        }

        ReadOnlySpan<char> head = w[..h];
        ReadOnlySpan<char> rest = w[(h + 1)..];

        // "third-quarter", "fourth-quarter": a quarter of the reference year, or of the year before if it is yet to come.
        int ordinal = OrdinalWord(head);
        if (ordinal is >= 1 and <= 4 && rest.Equals("quarter", StringComparison.OrdinalIgnoreCase))
        {
            int first = Is(i - 1, "the") ? i - 1 : i;
            string? v = _ref is DateOnly r
                ? string.Create(CultureInfo.InvariantCulture, $"{(ordinal > ((r.Month - 1) / 3) + 1 && !Future(i) ? r.Year - 1 : r.Year):D4}-Q{ordinal}")
                : null;
            return Emit(first, i, TemporalType.Date, v, DatePrecision.Quarter);
        }

        // "year-earlier", "the year-ago quarter", "the year-earlier third quarter": the reported period a year back.
        if (head.Equals("year", StringComparison.OrdinalIgnoreCase)
            && (rest.Equals("earlier", StringComparison.OrdinalIgnoreCase) || rest.Equals("ago", StringComparison.OrdinalIgnoreCase)))
        {
            int first = Is(i - 1, "the") ? i - 1 : i;
            int last = i;
            if (Ordinal(i + 1) > 0 && Is(i + 2, "quarter"))
            {
                last = i + 2;
            }
            else if (Is(i + 1, "quarter") || Is(i + 1, "period"))
            {
                last = i + 1;
            }

            bool quarterly = last > i || QuarterlyReport;
            (string? v, DatePrecision yp) = quarterly ? Shifted(Unit.Quarter, -5) : Shifted(Unit.Year, -1);
            return Emit(last > i ? first : i, last, TemporalType.Date, v, yp);
        }

        bool modifier = head.Equals("mid", StringComparison.OrdinalIgnoreCase) || head.Equals("late", StringComparison.OrdinalIgnoreCase)
            || head.Equals("early", StringComparison.OrdinalIgnoreCase);

        // "mid-March": the month, resolved as "March" would be.
        if (modifier && Lookup(rest, out int month) == WordKind.Month && rest.Length > 0 && char.IsUpper(rest[0]))
        {
            return TryMonth(i, i, month, null);
        }

        // "25-year-old": an age, which TimeML does not annotate.
        if (rest.EndsWith("-old", StringComparison.OrdinalIgnoreCase))
        {
            return i + 1;
        }

        // "two-year", "24-hour", "10-year": durations used as adjectives.
        if (Lookup(rest, out int unitCode) == WordKind.Unit && !rest.EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            int n = AllDigits(head) && head.Length <= 3 ? Parse(head) : Lookup(head, out int c) == WordKind.Cardinal ? c : 0;
            if (n > 0)
            {
                return Emit(i, i, TemporalType.Duration, Duration((Unit)unitCode, n), DatePrecision.Unknown);
            }
        }
        if (modifier && rest.Length == 5 && rest[4] == 's' && AllDigits(rest[..4]))
        {
            int first = Is(i - 1, "the") ? i - 1 : i;
            return Emit(first, i, TemporalType.Date, (Parse(rest[..4]) / 10).ToString("D3", CultureInfo.InvariantCulture), DatePrecision.Decade);
        }

        if (modifier && rest.Length == 4 && AllDigits(rest))
        {
            int y = Parse(rest);
            return Emit(i, i, TemporalType.Date, Year(y), DatePrecision.Year);
        }

        return i;
    }

    /// <summary>"early 1990s" / "the late 1970s" (modifier at <paramref name="k"/>), "the '80s" (apostrophe at <paramref name="k"/>).</summary>
    private int? TryDecade(int first, int k)
    {
        if (k + 1 >= _end)
        {
            return null;
        }

        bool modifier = IsWord(k) && Lookup(W(k), out _) == WordKind.Modifier;
        if (modifier && Tokens[k + 1].Kind == TokenKind.Number)
        {
            ReadOnlySpan<char> d = W(k + 1);
            if (d.Length == 5 && d[4] == 's' && d[3] == '0' && AllDigits(d[..4]))
            {
                return Emit(first, k + 1, TemporalType.Date, (Parse(d[..4]) / 10).ToString("D3", CultureInfo.InvariantCulture), DatePrecision.Decade);
            }
        }

        // "'80s": the century is the latest one that does not put the decade after the reference year.
        if (Tokens[k].Kind == TokenKind.Punctuation && W(k) is "'" or "’" && Tokens[k + 1].Kind == TokenKind.Number)
        {
            ReadOnlySpan<char> d = W(k + 1);
            if (d.Length == 3 && d[2] == 's' && d[1] == '0' && AllDigits(d[..2]))
            {
                int tens = Parse(d[..2]);
                int refYear = _ref?.Year ?? 2000;
                int year = 2000 + tens <= refYear ? 2000 + tens : 1900 + tens;
                return Emit(first, k + 1, TemporalType.Date, (year / 10).ToString("D3", CultureInfo.InvariantCulture), DatePrecision.Decade);
            }
        }

        return null;
    }

    /// <summary>"Thanksgiving (Day)", "Christmas (Day|Eve)", "Independence Day", resolved to the nearest one.</summary>
    private int TryHoliday(int i, int holiday)
    {
        int last = Is(i + 1, "Day") || (holiday == 1 && Is(i + 1, "Eve")) ? i + 1 : i;
        if (holiday == 2 && last == i)
        {
            return i; // "independence" alone is not a date
        }

        int month = holiday switch { 0 => 11, 1 => 12, _ => 7 };
        int? day = holiday switch { 1 => Is(i + 1, "Eve") ? 24 : 25, 2 => 4, _ => null };
        string? value = null;
        if (_ref is DateOnly r)
        {
            int year = NearestYear(r, month, day ?? 25, i);
            if (year is >= 1 and <= 9999)
            {
                // Thanksgiving: the fourth Thursday of November.
                int d = day ?? 22 + (((int)DayOfWeek.Thursday - (int)new DateOnly(year, 11, 1).DayOfWeek + 7) % 7);
                value = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{d:D2}");
            }
        }

        return Emit(i, last, TemporalType.Date, value, DatePrecision.Day);
    }

    /// <summary>A year read out, as in broadcast transcripts: "nineteen ninety-six" starting at <paramref name="k"/>.</summary>
    private int? SpelledYear(int k)
    {
        if (!Is(k, "nineteen") || !IsWord(k + 1))
        {
            return null;
        }

        ReadOnlySpan<char> w = W(k + 1);
        int h = w.IndexOf('-');
        ReadOnlySpan<char> tensWord = h < 0 ? w : w[..h];
        int tens = TensWord(tensWord);
        if (tens == 0)
        {
            return null;
        }

        int units = 0;
        if (h >= 0 && (Lookup(w[(h + 1)..], out int u) != WordKind.Cardinal || u is < 1 or > 9 || (units = u) == 0))
        {
            return null;
        }

        return 1900 + tens + units;
    }

    private static int TensWord(ReadOnlySpan<char> w) =>
        w.Equals("twenty", StringComparison.OrdinalIgnoreCase) ? 20 : w.Equals("thirty", StringComparison.OrdinalIgnoreCase) ? 30
        : w.Equals("forty", StringComparison.OrdinalIgnoreCase) ? 40 : w.Equals("fifty", StringComparison.OrdinalIgnoreCase) ? 50
        : w.Equals("sixty", StringComparison.OrdinalIgnoreCase) ? 60 : w.Equals("seventy", StringComparison.OrdinalIgnoreCase) ? 70
        : w.Equals("eighty", StringComparison.OrdinalIgnoreCase) ? 80 : w.Equals("ninety", StringComparison.OrdinalIgnoreCase) ? 90 : 0;

    /// <summary>"20th" or "twentieth" at <paramref name="k"/>: the century's number, or null.</summary>
    private int? CenturyOrdinal(int k)
    {
        if (k >= _end)
        {
            return null;
        }

        ReadOnlySpan<char> w = W(k);
        if (Tokens[k].Kind == TokenKind.Number && w.Length is 3 or 4 && char.IsAsciiLetter(w[^1]) && AllDigits(w[..^2]))
        {
            return Parse(w[..^2]);
        }

        return w.Equals("twentieth", StringComparison.OrdinalIgnoreCase) ? 20
            : w.Equals("nineteenth", StringComparison.OrdinalIgnoreCase) ? 19
            : w.Equals("eighteenth", StringComparison.OrdinalIgnoreCase) ? 18
            : w.Equals("twenty-first", StringComparison.OrdinalIgnoreCase) ? 21 : null;
    }

    /// <summary>A count before a unit: a cardinal word or small number, or -1 for "few" / "several" / "many"; 0 when none.</summary>
    private int CountWord(int k)
    {
        if (k >= _end || k < _first)
        {
            return 0;
        }

        if (Tokens[k].Kind == TokenKind.Number)
        {
            ReadOnlySpan<char> d = W(k);
            return AllDigits(d) && d.Length <= 3 ? Parse(d) : 0;
        }

        WordKind kind = Lookup(W(k), out int n);
        return kind == WordKind.Cardinal ? n : kind == WordKind.Vague ? -1 : 0;
    }

    /// <summary>"7 a.m.", "3:30 p.m.", "10 pm" starting at number token <paramref name="i"/>.</summary>
    private int? TryClock(int i, ReadOnlySpan<char> s)
    {
        if (!IsWord(i + 1))
        {
            return null;
        }

        ReadOnlySpan<char> m = W(i + 1);
        bool am = m.Equals("a.m.", StringComparison.OrdinalIgnoreCase) || m.Equals("am", StringComparison.Ordinal) || m.Equals("a.m", StringComparison.OrdinalIgnoreCase);
        bool pm = m.Equals("p.m.", StringComparison.OrdinalIgnoreCase) || m.Equals("pm", StringComparison.Ordinal) || m.Equals("p.m", StringComparison.OrdinalIgnoreCase);
        bool oclock = m.Equals("o'clock", StringComparison.OrdinalIgnoreCase) || m.Equals("o’clock", StringComparison.OrdinalIgnoreCase);
        if (!am && !pm && !oclock)
        {
            return null;
        }

        int colon = s.IndexOf(':');
        ReadOnlySpan<char> hh = colon < 0 ? s : s[..colon];
        ReadOnlySpan<char> mm = colon < 0 ? "00" : s[(colon + 1)..];
        if (!AllDigits(hh) || hh.Length > 2 || !AllDigits(mm) || mm.Length != 2)
        {
            return null;
        }

        int hour = Parse(hh);
        int minute = Parse(mm);
        if (hour is < 1 or > 12 || minute > 59)
        {
            return null;
        }

        hour = pm ? (hour % 12) + 12 : am ? hour % 12 : hour;
        return EmitClock(i, i + 1, hour, minute);
    }

    /// <summary>A clock time, with the day that follows it when there is one: "9 a.m. Tuesday", "5 p.m. EST Nov. 9".</summary>
    private int EmitClock(int first, int last, int hour, int minute)
    {
        int k = last + 1;
        if (IsWord(k) && W(k).Length is 3 or 4 && W(k)[^1] == 'T' && char.IsUpper(W(k)[0]) && AllUpper(W(k)))
        {
            k++; // a time zone: "EST", "EDT", "GMT", "CEST"
        }

        if (IsWord(k) && Cap(k) && Lookup(W(k), out int code) is WordKind.Weekday or WordKind.Month)
        {
            int before = _results?.Count ?? 0;
            int next = Lookup(W(k), out _) == WordKind.Weekday ? TryWeekday(k, k, code) : TryMonth(k, k, code, null);
            if (_results is not null && _results.Count == before + 1 && _results[^1].Precision == DatePrecision.Day)
            {
                DateMention day = _results[^1];
                _results.RemoveAt(_results.Count - 1);
                string? value = day.Value is null ? null : string.Create(CultureInfo.InvariantCulture, $"{day.Value}T{hour:D2}:{minute:D2}");
                return Emit(first, next - 1, TemporalType.Time, value, DatePrecision.TimeOfDay);
            }

            if (_results is not null && _results.Count == before + 1)
            {
                _results.RemoveAt(_results.Count - 1); // "10 a.m. March": not a day; keep the clock time alone
            }
        }

        return Emit(first, last, TemporalType.Time, ClockValue(hour, minute), DatePrecision.TimeOfDay);
    }

    private static bool AllUpper(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private string? ClockValue(int hour, int minute) =>
        _ref is DateOnly r ? string.Create(CultureInfo.InvariantCulture, $"{r.Year:D4}-{r.Month:D2}-{r.Day:D2}T{hour:D2}:{minute:D2}") : null;

    /// <summary>Whether the month word at <paramref name="i"/> is a name: "Theresa May", "April Ryan", "Mr. March", "May the best team win".</summary>
    private bool MonthIsName(int i)
    {
        bool afterName = i > _first && IsWord(i - 1) && Cap(i - 1) && Lookup(W(i - 1), out _) is WordKind.None
            && !IsPreposition(i - 1);
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

    private bool IsPreposition(int k) =>
        Is(k, "in") || Is(k, "on") || Is(k, "by") || Is(k, "since") || Is(k, "until") || Is(k, "from") || Is(k, "through")
        || Is(k, "before") || Is(k, "after") || Is(k, "during") || Is(k, "of") || Is(k, "and") || Is(k, "or") || Is(k, "between")
        || Is(k, "to") || Is(k, "till") || Is(k, "as") || Is(k, "at") || Is(k, "for") || Is(k, "than") || Is(k, "around")
        || Is(k, "late") || Is(k, "early") || Is(k, "mid") || Is(k, "that") || Is(k, "when") || Is(k, "while") || Is(k, "then")
        || Is(k, "but") || Is(k, "so") || Is(k, "if") || Is(k, "also") || Is(k, "only") || Is(k, "about");

    // ---------------------------------------------------------------- values

    private enum Unit
    {
        Minute = 1,
        Hour,
        Day,
        Week,
        Weekend,
        Month,
        Quarter,
        Year,
        Decade,
        Century,
        Second,
    }

    /// <summary>
    /// "third quarter" or "quarter" / "period" at <paramref name="k"/>: its last token and the quarter (for a bare
    /// "quarter" or "period", the one last reported on: the quarter before the reference date's).
    /// </summary>
    private (int Last, int Quarter)? QuarterAfter(int k)
    {
        int ordinal = Ordinal(k);
        if (ordinal is >= 1 and <= 4 && Is(k + 1, "quarter"))
        {
            return (k + 1, ordinal);
        }

        if ((Is(k, "quarter") || Is(k, "period") && QuarterlyReport) && _ref is DateOnly r)
        {
            return (k, (((r.Month - 1) / 3) + 3) % 4 + 1);
        }

        return null;
    }

    private static string? QuarterOf(int year, int quarter) =>
        year is >= 1 and <= 9999 ? string.Create(CultureInfo.InvariantCulture, $"{year:D4}-Q{quarter}") : null;

    private (string? Value, DatePrecision Precision) Shifted(Unit unit, int n)
    {
        if (_ref is not DateOnly r || Math.Abs(n) > 5000)
        {
            return (null, Precision(unit));
        }

        try
        {
            return unit switch
            {
                Unit.Day => (DayValue(r, n), DatePrecision.Day),
                Unit.Week => (WeekValue(r.AddDays(7 * n), weekend: false), DatePrecision.Week),
                Unit.Weekend => (WeekValue(r.AddDays(7 * n), weekend: true), DatePrecision.Weekend),
                Unit.Month => (MonthValue(r.AddMonths(n)), DatePrecision.Month),
                Unit.Quarter => (QuarterValue(r.AddMonths(3 * n)), DatePrecision.Quarter),
                Unit.Year => (Year(r.Year + n), DatePrecision.Year),
                Unit.Decade => (Year(r.Year + (10 * n)), DatePrecision.Year),
                Unit.Century => (r.Year + (100 * n) is int c and >= 1 and <= 9999 ? (c / 100).ToString("D2", CultureInfo.InvariantCulture) : null, DatePrecision.Century),
                _ => (null, DatePrecision.Unknown),
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            // DateOnly arithmetic past year 1 or 9999: the text names a date the calendar cannot hold.
            return (null, Precision(unit));
        }
    }

    private static DatePrecision Precision(Unit unit) => unit switch
    {
        Unit.Day => DatePrecision.Day,
        Unit.Week => DatePrecision.Week,
        Unit.Weekend => DatePrecision.Weekend,
        Unit.Month => DatePrecision.Month,
        Unit.Quarter => DatePrecision.Quarter,
        Unit.Year => DatePrecision.Year,
        Unit.Decade => DatePrecision.Decade,
        Unit.Century => DatePrecision.Century,
        _ => DatePrecision.Unknown,
    };

    private static string Duration(Unit unit, int n) => n < 0 ? VagueDuration(unit) : unit switch
    {
        Unit.Second => $"PT{n}S",
        Unit.Minute => $"PT{n}M",
        Unit.Hour => $"PT{n}H",
        Unit.Day => $"P{n}D",
        Unit.Week or Unit.Weekend => $"P{n}W",
        Unit.Month => $"P{n}M",
        Unit.Quarter => $"P{n}Q",
        Unit.Year => $"P{n}Y",
        Unit.Decade => $"P{n * 10}Y",
        _ => $"P{n * 100}Y",
    };

    private static string VagueDuration(Unit unit) => unit switch
    {
        Unit.Second => "PTXS",
        Unit.Minute => "PTXM",
        Unit.Hour => "PTXH",
        Unit.Day => "PXD",
        Unit.Week or Unit.Weekend => "PXW",
        Unit.Month => "PXM",
        Unit.Quarter => "PXQ",
        Unit.Year => "PXY",
        Unit.Decade => "PXDE",
        _ => "PXCE",
    };

    private static string? AdverbialValue(ReadOnlySpan<char> w) =>
        w.StartsWith("daily", StringComparison.OrdinalIgnoreCase) ? "P1D"
        : w.StartsWith("weekly", StringComparison.OrdinalIgnoreCase) ? "P1W"
        : w.StartsWith("monthly", StringComparison.OrdinalIgnoreCase) ? "P1M"
        : w.StartsWith("quarterly", StringComparison.OrdinalIgnoreCase) ? "P3M"
        : w.StartsWith("hourly", StringComparison.OrdinalIgnoreCase) ? "PT1H"
        : "P1Y";

    private static string? Year(int y) => y is >= 1 and <= 9999 ? y.ToString("D4", CultureInfo.InvariantCulture) : null;

    private static string? DayValue(DateOnly r, int days)
    {
        int dayNumber = r.DayNumber + days;
        if (dayNumber < DateOnly.MinValue.DayNumber || dayNumber > DateOnly.MaxValue.DayNumber)
        {
            return null;
        }

        return DateOnly.FromDayNumber(dayNumber).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private string? DayValue(int? year, int month, int day, int token = -1)
    {
        int? y = year ?? _ref?.Year;
        if (year is null && _ref is DateOnly r && token >= 0)
        {
            y = NearestYear(r, month, day, token);
        }

        if (y is not int yy || yy is < 1 or > 9999 || day > DateTime.DaysInMonth(yy, month))
        {
            return null;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{yy:D4}-{month:D2}-{day:D2}");
    }

    /// <summary>
    /// The year of a month (and day) the text gives without one: the occurrence nearest the reference date, with the
    /// clause's tense weighing against the other side ("Oct. 23" written in January is last October; "was extended to
    /// Nov. 16" written on October 30 is this November, as is "by Jan. 14" written in December).
    /// </summary>
    private int NearestYear(DateOnly r, int month, int? day, int token)
    {
        Tense tense = TenseBefore(token);
        bool deadline = Is(token - 1, "by") || Is(token - 1, "until") || Is(token - 1, "till") || Is(token - 1, "to")
            || Is(token - 1, "before") || Is(token - 1, "through");
        if (deadline && tense == Tense.Past)
        {
            tense = Tense.Unknown; // "extended the offer to Nov. 16": the verb is past, the deadline is not
        }

        int futureWeight = tense switch { Tense.Past => 4, Tense.Unknown => 2, _ => 1 };
        int pastWeight = tense == Tense.Future ? 6 : 1;
        double here = ((r.Month - 1) * 30.44) + r.Day;
        double there = ((month - 1) * 30.44) + (day ?? 15);
        int best = r.Year;
        double bestCost = double.MaxValue;
        for (int k = -1; k <= 1; k++)
        {
            double distance = there + (365.25 * k) - here;
            double cost = distance >= 0 ? distance * futureWeight : -distance * pastWeight;
            if (cost < bestCost)
            {
                bestCost = cost;
                best = r.Year + k;
            }
        }

        return best;
    }

    private int EmitDay(int first, int last, int? year, int month, int day) =>
        Emit(first, last, TemporalType.Date, DayValue(year, month, day, first), DatePrecision.Day);

    private static string MonthValue(DateOnly d) => d.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string QuarterValue(DateOnly d) => string.Create(CultureInfo.InvariantCulture, $"{d.Year:D4}-Q{((d.Month - 1) / 3) + 1}");

    private static string? WeekValue(DateOnly d, bool weekend)
    {
        DateTime dt = d.ToDateTime(TimeOnly.MinValue);
        int week = ISOWeek.GetWeekOfYear(dt);
        int year = ISOWeek.GetYear(dt);
        if (year is < 1 or > 9999)
        {
            return null;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{year:D4}-W{week:D2}{(weekend ? "-WE" : "")}");
    }

    private static string? SeasonValue(int year, int season) =>
        year is >= 1 and <= 9999 ? string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{SeasonCodes[season]}") : null;

    private static readonly string[] SeasonCodes = ["SP", "SU", "FA", "WI"];

    private static int SeasonIndex(DateOnly r) => r.Month switch
    {
        >= 3 and <= 5 => 0,
        >= 6 and <= 8 => 1,
        >= 9 and <= 11 => 2,
        _ => 3,
    };

    private static string PartCode(int part) => part switch
    {
        0 => "TMO",
        1 => "TAF",
        2 => "TEV",
        _ => "TNI",
    };

    private static int OrdinalWord(ReadOnlySpan<char> w) =>
        w.Equals("first", StringComparison.OrdinalIgnoreCase) ? 1
        : w.Equals("second", StringComparison.OrdinalIgnoreCase) ? 2
        : w.Equals("third", StringComparison.OrdinalIgnoreCase) ? 3
        : w.Equals("fourth", StringComparison.OrdinalIgnoreCase) ? 4 : 0;

    private int Ordinal(int k)
    {
        if (!IsWord(k) && !(k < _end && Tokens[k].Kind == TokenKind.Number))
        {
            return 0;
        }

        ReadOnlySpan<char> w = W(k);
        return w switch
        {
            _ when w.Equals("first", StringComparison.OrdinalIgnoreCase) || w.SequenceEqual("1st") => 1,
            _ when w.Equals("second", StringComparison.OrdinalIgnoreCase) || w.SequenceEqual("2nd") => 2,
            _ when w.Equals("third", StringComparison.OrdinalIgnoreCase) || w.SequenceEqual("3rd") => 3,
            _ when w.Equals("fourth", StringComparison.OrdinalIgnoreCase) || w.SequenceEqual("4th") || w.Equals("final", StringComparison.OrdinalIgnoreCase) => 4,
            _ => 0,
        };
    }

    private int Emit(int first, int last, TemporalType type, string? value, DatePrecision precision)
    {
        (first, last) = Extend(first, last, type);
        int start = Tokens[first].Start;
        int end = Tokens[last].End;
        if (precision is DatePrecision.PartOfDay or DatePrecision.TimeOfDay && type == TemporalType.Date)
        {
            type = TemporalType.Time; // TimeML: a part of a day or a clock time is a TIME
        }

        (_results ??= []).Add(new DateMention(start, end, _text[start..end], type, value, precision));
        return last + 1;
    }

    /// <summary>
    /// Widens a match by the words TimeML counts as part of the expression: "early" / "earlier" / "late" / "sometime" /
    /// "fiscal" before a date, "the end of" / "the beginning of" / "the middle of", "this" / "the previous" / "this past"
    /// before a weekday, month or season; "nearly" / "about" / "more than" / "up to" and "two to" before a duration,
    /// "or so" after one. Never reaches back into the previous match.
    /// </summary>
    private (int First, int Last) Extend(int first, int last, TemporalType type)
    {
        int floor = _first;
        if (_results is { Count: > 0 } && _results[^1].End > Tokens[Math.Max(floor, 0)].Start)
        {
            // The first token at or after the previous match's end, walked back from the match rather than forward
            // from the sentence start (which made a long sentence full of dates quadratic); the walk crosses only
            // the gap since the previous match.
            int limit = _results[^1].End;
            floor = first;
            while (floor > _first && Tokens[floor - 1].Start >= limit)
            {
                floor--;
            }
        }

        bool Before(int k, string word) => k >= floor && Is(k, word);

        if (type == TemporalType.Duration)
        {
            if (Before(first - 2, "to") is false && Before(first - 1, "to") && first - 2 >= floor && CountWord(first - 2) != 0)
            {
                first -= 2; // "two to three weeks"
            }

            if ((Before(first - 2, "more") || Before(first - 2, "less") || Before(first - 2, "fewer")) && Before(first - 1, "than")
                || Before(first - 2, "at") && Before(first - 1, "least") || Before(first - 2, "up") && Before(first - 1, "to"))
            {
                first -= 2;
            }
            else if (Before(first - 1, "nearly") || Before(first - 1, "almost") || Before(first - 1, "about") || Before(first - 1, "roughly")
                || Before(first - 1, "approximately") || Before(first - 1, "around"))
            {
                first--;
            }

            if (Is(last + 1, "or") && Is(last + 2, "so"))
            {
                last += 2;
            }

            return (first, last);
        }

        if (type is not (TemporalType.Date or TemporalType.Time))
        {
            return (first, last);
        }

        if (Is(first, "next") || Is(first, "this") || Is(first, "last") || Tokens[first].Kind == TokenKind.Word
            && Lookup(W(first), out _) is WordKind.Month or WordKind.Weekday or WordKind.Season)
        {
            if ((Before(first - 1, "past") || Before(first - 1, "previous") || Before(first - 1, "coming")) && (Before(first - 2, "this") || Before(first - 2, "the")))
            {
                first -= 2;
            }
            else if (Before(first - 1, "this") && !Is(first, "this"))
            {
                first--;
            }
        }

        if (Before(first - 1, "early") || Before(first - 1, "earlier") || Before(first - 1, "late") || Before(first - 1, "later")
            || Before(first - 1, "sometime") || Before(first - 1, "fiscal"))
        {
            first--;
        }

        if (Before(first - 1, "of") && (Before(first - 2, "end") || Before(first - 2, "beginning") || Before(first - 2, "start")
            || Before(first - 2, "middle")) && Before(first - 3, "the"))
        {
            first -= 3;
        }

        return (first, last);
    }

    // ---------------------------------------------------------------- words

    private enum WordKind
    {
        None,
        Month,
        Weekday,
        Relative,
        Shift,
        The,
        PartOfDay,
        Unit,
        Season,
        Every,
        Adverbial,
        Modifier,
        Cardinal,
        Article,
        Clock,
        Vague,
        TenseMarker,
        Century,
        Holiday,
    }

    private static bool IsAmbiguousMonth(ReadOnlySpan<char> w) =>
        w.Equals("may", StringComparison.OrdinalIgnoreCase) || w.Equals("march", StringComparison.OrdinalIgnoreCase)
        || w.Equals("august", StringComparison.OrdinalIgnoreCase);

    private static WordKind Lookup(ReadOnlySpan<char> w, out int n)
    {
        n = 0;
        if (w.Length > 12 || !Words.TryGetValue(w, out (WordKind Kind, int N) e))
        {
            return WordKind.None;
        }

        n = e.N;
        return e.Kind;
    }

    private static readonly FrozenDictionary<string, (WordKind Kind, int N)>.AlternateLookup<ReadOnlySpan<char>> Words = BuildWords();

    /// <summary>Words after "the" that can start a date other than the date words themselves ("the past two years", "the 20th century").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TheFollowers = new[]
    {
        "day", "previous", "latest", "recent", "current", "same", "fiscal", "full", "calendar", "future", "near", "short",
        "first", "second", "third", "fourth", "final", "end", "beginning", "start", "middle", "twentieth", "nineteenth",
        "eighteenth", "twenty-first", "year-earlier", "year-ago", "third-quarter", "fourth-quarter", "first-quarter",
        "second-quarter",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, (WordKind, int)>.AlternateLookup<ReadOnlySpan<char>> BuildWords()
    {
        var d = new Dictionary<string, (WordKind, int)>(StringComparer.OrdinalIgnoreCase);
        string[] months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        for (int m = 0; m < 12; m++)
        {
            d[months[m]] = (WordKind.Month, m + 1);
        }

        foreach ((string a, int m) in new[] { ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12) })
        {
            d[a + "."] = (WordKind.Month, m);
        }

        string[] days = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
        for (int k = 0; k < 7; k++)
        {
            d[days[k]] = (WordKind.Weekday, k);
        }

        foreach (string w in new[] { "now", "currently", "nowadays", "recently", "today", "yesterday", "tomorrow", "tonight", "present" })
        {
            d[w] = (WordKind.Relative, 0);
        }

        d["last"] = (WordKind.Shift, -1);
        d["past"] = (WordKind.Shift, -1);
        d["next"] = (WordKind.Shift, 1);
        d["coming"] = (WordKind.Shift, 1);
        d["this"] = (WordKind.Shift, 0);
        d["the"] = (WordKind.The, 0);
        d["morning"] = (WordKind.PartOfDay, 0);
        d["afternoon"] = (WordKind.PartOfDay, 1);
        d["evening"] = (WordKind.PartOfDay, 2);
        d["night"] = (WordKind.PartOfDay, 3);
        foreach ((string w, Unit u) in new[]
        {
            ("minute", Unit.Minute), ("minutes", Unit.Minute), ("hour", Unit.Hour), ("hours", Unit.Hour), ("day", Unit.Day), ("days", Unit.Day),
            ("week", Unit.Week), ("weeks", Unit.Week), ("weekend", Unit.Weekend), ("month", Unit.Month), ("months", Unit.Month),
            ("quarter", Unit.Quarter), ("year", Unit.Year), ("years", Unit.Year), ("decade", Unit.Decade), ("decades", Unit.Decade),
            ("century", Unit.Century), ("centuries", Unit.Century), ("seconds", Unit.Second),
        })
        {
            d[w] = (WordKind.Unit, (int)u);
        }

        d["spring"] = (WordKind.Season, 0);
        d["summer"] = (WordKind.Season, 1);
        d["autumn"] = (WordKind.Season, 2);
        d["fall"] = (WordKind.Season, 2);
        d["winter"] = (WordKind.Season, 3);
        d["every"] = (WordKind.Every, 0);
        d["each"] = (WordKind.Every, 0);
        foreach (string w in new[] { "daily", "weekly", "monthly", "quarterly", "annually", "yearly", "hourly" })
        {
            d[w] = (WordKind.Adverbial, 0);
        }

        foreach (string w in new[] { "early", "late", "mid" })
        {
            d[w] = (WordKind.Modifier, 0);
        }

        string[] cardinals = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
        for (int k = 1; k < cardinals.Length; k++)
        {
            d[cardinals[k]] = (WordKind.Cardinal, k);
        }

        d["twenty"] = (WordKind.Cardinal, 20);
        d["thirty"] = (WordKind.Cardinal, 30);
        d["fifty"] = (WordKind.Cardinal, 50);
        d["nineteen"] = (WordKind.Century, 19);
        d["thanksgiving"] = (WordKind.Holiday, 0);
        d["christmas"] = (WordKind.Holiday, 1);
        d["independence"] = (WordKind.Holiday, 2);
        d["noon"] = (WordKind.Clock, 12);
        d["midday"] = (WordKind.Clock, 12);
        d["midnight"] = (WordKind.Clock, 0);
        d["several"] = (WordKind.Vague, 0);
        d["few"] = (WordKind.Vague, 0);
        d["many"] = (WordKind.Vague, 0);
        foreach (string w in new[] { "will", "'ll", "’ll", "shall", "due", "plans", "scheduled", "upcoming", "expected", "going", "planned", "intends", "aims", "would", "soon", "planning" })
        {
            d[w] = (WordKind.TenseMarker, (int)Tense.Future);
        }

        foreach (string w in new[] { "is", "are", "am", "might", "can", "could", "should", "must", "remains" })
        {
            d[w] = (WordKind.TenseMarker, (int)Tense.Present);
        }

        foreach (string w in new[] { "was", "were", "had", "did", "has", "have", "said", "told", "ago" })
        {
            d[w] = (WordKind.TenseMarker, (int)Tense.Past);
        }

        d["a"] = (WordKind.Article, 1);
        d["an"] = (WordKind.Article, 1);
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

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
