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

    private ReadOnlySpan<Token> Tokens => _doc.Tokens;

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
        if (w.Length > 12)
        {
            return i;
        }

        WordKind kind = Lookup(w, out int n);
        return kind switch
        {
            WordKind.Month when Cap(i) || !IsAmbiguousMonth(w) => TryMonth(i, i, n, null),
            WordKind.Weekday when Cap(i) => TryWeekday(i, i, n),
            WordKind.Relative => TryRelativeWord(i, w),
            WordKind.Shift => TryShift(i, n),
            WordKind.The => TryThe(i),
            WordKind.PartOfDay => TryPartOfDayOf(i, i, n),
            WordKind.Every => TrySet(i),
            WordKind.Adverbial => Emit(i, i, TemporalType.Set, AdverbialValue(w), DatePrecision.Unknown),
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

        // "2008", "in 2008", "since 1992"
        if (IsYear(i, out int yr) && !QuantityFollows(i + 1))
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
        if (u >= _end || !IsWord(u))
        {
            return i;
        }

        if (Lookup(W(u), out int unitCode) != WordKind.Unit)
        {
            return i;
        }

        if (Tokens[i].Kind == TokenKind.Word && Lookup(W(i), out _) == WordKind.Article)
        {
            n = 1;
        }

        var unit = (Unit)unitCode;
        int last = u;
        // "two years ago", "a year earlier" count back from the reference date; "three days later" counts from an
        // event the text names, so it stays a duration.
        if (u + 1 < _end && (Is(u + 1, "ago") || Is(u + 1, "earlier")))
        {
            (string? value, DatePrecision p) = Shifted(unit, -n);
            return Emit(i, u + 1, TemporalType.Date, value, p);
        }

        // "a 25-year-old" style ages and "old" after a duration are durations too; "the first two years" stays a duration.
        if (u + 1 < _end && Is(u + 1, "old"))
        {
            last = u + 1;
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
                shift = month > r.Month && !Future(first) ? -1 : month < r.Month && Future(first) ? 1 : 0;
                resolvedYear = shift == 0 ? r.Year : shift < 0 ? r.Year - 1 : r.Year + 1;
            }
            else
            {
                resolvedYear = shift < 0 ? (month < r.Month ? r.Year : r.Year - 1) : (month > r.Month ? r.Year : r.Year + 1);
            }
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
            bool future = shift > 0 || (shift == 0 && Future(first));
            int delta = weekday - (int)r.DayOfWeek;
            int days = future ? (delta <= 0 ? delta + 7 : delta) : (delta > 0 ? delta - 7 : delta);
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
    private bool Future(int k)
    {
        int floor = Math.Max(_first, k - 10);
        for (int j = k - 1; j >= floor; j--)
        {
            if (Tokens[j].Kind == TokenKind.Punctuation && !Tokens[j].Has(TokenTraits.Quote) || Is(j, "and") || Is(j, "but"))
            {
                return false;
            }

            if (Is(j, "will") || Is(j, "’ll") || Is(j, "'ll") || Is(j, "shall") || Is(j, "due") || Is(j, "plans") || Is(j, "scheduled")
                || Is(j, "upcoming") || Is(j, "expected") || Is(j, "going"))
            {
                return true;
            }
        }

        return false;
    }

    // ---------------------------------------------------------------- relative words

    private int TryRelativeWord(int i, ReadOnlySpan<char> w)
    {
        if (w.Equals("now", StringComparison.OrdinalIgnoreCase) || w.Equals("currently", StringComparison.OrdinalIgnoreCase)
            || w.Equals("nowadays", StringComparison.OrdinalIgnoreCase))
        {
            if (Is(i - 1, "by") || Is(i - 1, "from") || Is(i - 1, "until"))
            {
                return Emit(i, i, TemporalType.Date, "PRESENT_REF", DatePrecision.Reference);
            }

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

        if (kind == WordKind.Season)
        {
            string? v = _ref is DateOnly r ? SeasonValue(r.Year + (direction < 0 && code >= SeasonIndex(r) ? -1 : direction > 0 && code <= SeasonIndex(r) ? 1 : 0), code) : null;
            return Emit(i, u, TemporalType.Date, v, DatePrecision.Season);
        }

        if (kind != WordKind.Unit || Is(u, "days") || Is(u, "weeks") || Is(u, "months") || Is(u, "years"))
        {
            return i;
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

        if (IsWord(k) && Lookup(W(k), out int part) == WordKind.PartOfDay && Is(k + 1, "of"))
        {
            return TryPartOfDayOf(i, k, part);
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
                else if (IsYear(k + 2, out int y2))
                {
                    year = y2;
                    last = k + 2;
                }

                string? v = year is int yy && yy is >= 1 and <= 9999
                    ? string.Create(CultureInfo.InvariantCulture, $"{yy:D4}-{(quarter ? "Q" : "H")}{ordinal}")
                    : null;
                return Emit(i, last, TemporalType.Date, v, quarter ? DatePrecision.Quarter : DatePrecision.Half);
            }
        }

        if ((Is(k, "past") || Is(k, "last") || Is(k, "previous")) && IsWord(k + 1) && Lookup(W(k + 1), out int unit) == WordKind.Unit
            && !W(k + 1).EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            return Emit(i, k + 1, TemporalType.Duration, Duration((Unit)unit, 1), DatePrecision.Unknown);
        }

        // "the future", "the past"
        if (Is(k, "future") || Is(k, "past") && !IsWord(k + 1))
        {
            return Emit(i, k, TemporalType.Date, Is(k, "future") ? "FUTURE_REF" : "PAST_REF", DatePrecision.Reference);
        }

        // "the quarter", "the latest quarter", "the year", "the weekend": the current period of the reference date.
        int p = Is(k, "latest") || Is(k, "current") || Is(k, "same") ? k + 1 : k;
        if (p < _end && IsWord(p) && !Is(p + 1, "of") && !(p + 1 < _end && IsWord(p + 1) && !Cap(p + 1) && Lookup(W(p + 1), out _) == WordKind.None && !Is(p + 1, "ended")))
        {
            if (Is(p, "quarter") || Is(p, "year") || Is(p, "weekend") || Is(p, "week"))
            {
                Unit period = Is(p, "quarter") ? Unit.Quarter : Is(p, "year") ? Unit.Year : Is(p, "weekend") ? Unit.Weekend : Unit.Week;
                (string? value, DatePrecision prec) = Shifted(period, 0);
                return Emit(i, p, TemporalType.Date, value, prec);
            }
        }

        if (IsWord(k) && Lookup(W(k), out int season) == WordKind.Season && Is(k + 1, "of") && IsYear(k + 2, out int sy))
        {
            return Emit(i, k + 2, TemporalType.Date, SeasonValue(sy, season), DatePrecision.Season);
        }

        return i;
    }

    /// <summary>"the night of July 24", "the morning of Monday".</summary>
    private int TryPartOfDayOf(int first, int partToken, int part)
    {
        int k = partToken + 1;
        if (!Is(k, "of") || !IsWord(k + 1))
        {
            return first == partToken ? first : partToken;
        }

        WordKind kind = Lookup(W(k + 1), out int code);
        int before = _results?.Count ?? 0;
        int next = kind switch
        {
            WordKind.Month when Cap(k + 1) => TryMonth(k + 1, k + 1, code, null),
            WordKind.Weekday when Cap(k + 1) => TryWeekday(k + 1, k + 1, code),
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

        return i;
    }

    /// <summary>"early 2026", "late 2019", "mid-2019" (a hyphenated word).</summary>
    private int TryModifiedYear(int i)
    {
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

        // "third-quarter", "fourth-quarter": a quarter of the reference year.
        int ordinal = OrdinalWord(head);
        if (ordinal is >= 1 and <= 4 && rest.Equals("quarter", StringComparison.OrdinalIgnoreCase))
        {
            int first = Is(i - 1, "the") ? i - 1 : i;
            string? v = _ref is DateOnly r ? string.Create(CultureInfo.InvariantCulture, $"{r.Year:D4}-Q{ordinal}") : null;
            return Emit(first, i, TemporalType.Date, v, DatePrecision.Quarter);
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
        if ((head.Equals("mid", StringComparison.OrdinalIgnoreCase) || head.Equals("late", StringComparison.OrdinalIgnoreCase)
            || head.Equals("early", StringComparison.OrdinalIgnoreCase)) && rest.Length == 4 && AllDigits(rest))
        {
            int y = Parse(rest);
            return Emit(i, i, TemporalType.Date, Year(y), DatePrecision.Year);
        }

        return i;
    }

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
    }

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

    private static string Duration(Unit unit, int n) => unit switch
    {
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

    private static string? AdverbialValue(ReadOnlySpan<char> w) =>
        w.StartsWith("daily", StringComparison.OrdinalIgnoreCase) ? "P1D"
        : w.StartsWith("weekly", StringComparison.OrdinalIgnoreCase) ? "P1W"
        : w.StartsWith("monthly", StringComparison.OrdinalIgnoreCase) ? "P1M"
        : w.StartsWith("quarterly", StringComparison.OrdinalIgnoreCase) ? "P1Q"
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
            bool future = Future(token);
            if (!future && (month > r.Month || (month == r.Month && day > r.Day)))
            {
                y = r.Year - 1; // "Oct. 23" written in January is last October
            }
            else if (future && (month < r.Month || (month == r.Month && day < r.Day)))
            {
                y = r.Year + 1;
            }
        }

        if (y is not int yy || yy is < 1 or > 9999 || day > DateTime.DaysInMonth(yy, month))
        {
            return null;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{yy:D4}-{month:D2}-{day:D2}");
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
        int start = Tokens[first].Start;
        int end = Tokens[last].End;
        (_results ??= []).Add(new DateMention(start, end, _text[start..end], type, value, precision));
        return last + 1;
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
    }

    private static bool IsAmbiguousMonth(ReadOnlySpan<char> w) =>
        w.Equals("may", StringComparison.OrdinalIgnoreCase) || w.Equals("march", StringComparison.OrdinalIgnoreCase);

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

        foreach (string w in new[] { "now", "currently", "nowadays", "recently", "today", "yesterday", "tomorrow", "tonight" })
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
            ("century", Unit.Century), ("centuries", Unit.Century),
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
        foreach (string w in new[] { "daily", "weekly", "monthly", "quarterly", "annually", "yearly" })
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
