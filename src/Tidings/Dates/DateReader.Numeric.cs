using Tidings.Text;

namespace Tidings.Dates;

/// <summary>
/// The date reader's numeric forms: "09/06/2014", "17.03.2015", "14-03-2017", "03/2025", 24-hour and glued clock
/// times ("14:30", "0600 GMT", "7am", "8.30pm"), time zones, and the clock time of a day-stamp ("Aug 07, 2016 5:42 PM ET").
/// Day-month order follows the document's evidence and is never guessed: without any, the value keeps only the year.
/// </summary>
internal sealed partial class DateReader
{
    private int? _dayFirstEvidence;

    /// <summary>
    /// The day in history of an event named by its month and day (<paramref name="key"/>: "9/11" as written, or "01-06"), when the
    /// form names it alone or a noun of the event follows at <paramref name="next"/> ("the Jan. 6 riot"); else null.
    /// </summary>
    private DateOnly? EventDay(string key, int next) =>
        DateVocabulary.EventDays.TryGetValue(key, out (DateOnly Day, string[] Nouns) e)
        && (e.Nouns.Length == 0 || (IsWord(next) && !Cap(next) && Array.Exists(e.Nouns, n => Is(next, n)))) ? e.Day : null;

    /// <summary>"09/06/2014", "2014/06/09", "17.03.2015", "14-03-2017", "3/14/17", "03/2025" at number token <paramref name="i"/>.</summary>
    private int? TryNumericDate(int i, ReadOnlySpan<char> s)
    {
        // "victims of 9/11", "the 7/7 bombings": a day that names an event of one year (Data/calendar-phrases.txt, [event]).
        if (s.Length is >= 3 and <= 5 && s.IndexOf('/') > 0 && EventDay(s.ToString(), i + 1) is DateOnly eventDay)
        {
            return EmitDay(i, i, eventDay.Year, eventDay.Month, eventDay.Day);
        }

        if (!SplitNumeric(s, out char sep, out int a, out int aLength, out int b, out int bLength, out int c, out int cLength))
        {
            return null;
        }

        if (cLength == 0)
        {
            // "03/2025": a month and a year.
            if (sep == '/' && bLength == 4 && a is >= 1 and <= 12 && aLength <= 2 && b is >= 1000 and <= 2199)
            {
                return Emit(i, i, DateParse.Calendar(b, a, 0) with { Bound = IsDeadline(i - 1) });
            }

            return null;
        }

        if (aLength == 4)
        {
            // "2014/06/09", "2014.06.09"
            return sep != '-' && b is >= 1 and <= 12 && c is >= 1 and <= 31 && cLength <= 2 ? EmitDay(i, i, a, b, c) : null;
        }

        if (aLength > 2 || bLength > 2 || cLength is not (2 or 4) || (sep == '-' && cLength == 2) || a == 0 || b == 0)
        {
            return null;
        }

        int year = cLength == 4 ? c : TwoDigitYear(c);
        if (year is < 1000 or > 2199)
        {
            return null;
        }

        bool dayFirst;
        bool uncertain = false;
        if (a > 12 && b <= 12)
        {
            dayFirst = true;
        }
        else if (b > 12 && a <= 12)
        {
            dayFirst = false;
        }
        else if (a > 12 || b > 12)
        {
            return null;
        }
        else if (a == b || sep == '.')
        {
            dayFirst = true; // the same either way, or the European dotted form
        }
        else
        {
            int evidence = DayFirstEvidence();
            dayFirst = evidence > 0;
            uncertain = evidence == 0;
        }

        int day = dayFirst ? a : b;
        int month = dayFirst ? b : a;
        DateParse parse = Day(year, month, day, i) with { DayMonthUncertain = uncertain };
        return EmitDated(i, i, parse);
    }

    /// <summary>A year of two digits: this century's unless that is more than twenty years after the reference date.</summary>
    private int TwoDigitYear(int yy)
    {
        int pivot = (_doc.ReferenceDate?.Year ?? 2000) + 20;
        int year = 2000 + yy;
        return year > pivot ? year - 100 : year;
    }

    private static bool SplitNumeric(ReadOnlySpan<char> s, out char sep, out int a, out int aLength, out int b, out int bLength, out int c, out int cLength)
    {
        sep = '\0';
        a = b = c = 0;
        aLength = bLength = cLength = 0;
        if (s.Length is < 6 or > 10)
        {
            return false;
        }

        int part = 0;
        int value = 0;
        int length = 0;
        foreach (char ch in s)
        {
            if (char.IsAsciiDigit(ch))
            {
                value = (value * 10) + (ch - '0');
                length++;
                if (length > 4)
                {
                    return false;
                }

                continue;
            }

            if (ch is not ('/' or '.' or '-') || (sep != '\0' && ch != sep) || length == 0 || part == 2)
            {
                return false;
            }

            sep = ch;
            (a, aLength, b, bLength) = part == 0 ? (value, length, b, bLength) : (a, aLength, value, length);
            part++;
            value = 0;
            length = 0;
        }

        if (length == 0 || part == 0)
        {
            return false;
        }

        if (part == 1)
        {
            (b, bLength) = (value, length);
        }
        else
        {
            (c, cLength) = (value, length);
        }

        return true;
    }

    /// <summary>
    /// Whether the document writes the day first (positive), the month first (negative) or gives no sign (0): other
    /// numeric dates that only one order makes valid, spelled dates ("3 June" against "June 3"), the dateline's city.
    /// One pass over the document's tokens, made once.
    /// </summary>
    private int DayFirstEvidence()
    {
        if (_dayFirstEvidence is int known)
        {
            return known;
        }

        ReadOnlySpan<Token> tokens = Tokens;
        Steps += tokens.Length; // once per document
        int evidence = 0;
        for (int k = 0; k < tokens.Length; k++)
        {
            Token t = tokens[k];
            ReadOnlySpan<char> w = _text.AsSpan(t.Start, t.Length);
            if (t.Kind == TokenKind.Number)
            {
                if (SplitNumeric(w, out char sep, out int a, out int aLength, out int b, out _, out _, out int cLength) && cLength > 0 && aLength <= 2)
                {
                    // A date only one order makes valid is the writer's own order: it outweighs the dateline's city.
                    evidence += a > 12 && b <= 12 ? ValidOrder : b > 12 && a <= 12 ? -ValidOrder : sep == '.' ? 1 : 0;
                }
                else if (IsDay(w, out _) && k + 1 < tokens.Length && tokens[k + 1].Kind == TokenKind.Word
                    && tokens[k + 1].Has(TokenTraits.Capitalized) && Lookup(_text.AsSpan(tokens[k + 1].Start, tokens[k + 1].Length), out _) == WordKind.Month)
                {
                    evidence++; // "3 June"
                }
            }
            else if (t.Kind == TokenKind.Word && t.Has(TokenTraits.Capitalized) && DocumentOrderSign(tokens, k, w) is int sign and not 0)
            {
                evidence += sign;
            }
            else if (t.Kind == TokenKind.Word && t.Has(TokenTraits.Capitalized) && Lookup(w, out _) == WordKind.Month
                && k + 1 < tokens.Length && tokens[k + 1].Kind == TokenKind.Number && IsDay(_text.AsSpan(tokens[k + 1].Start, tokens[k + 1].Length), out _))
            {
                evidence--; // "June 3"
            }
        }

        // The dateline: "LONDON (Reuters) -", "WASHINGTON (AP) -".
        if (tokens.Length > 0 && tokens[0].Kind == TokenKind.Word)
        {
            evidence += DatelineSign(tokens);
        }

        _dayFirstEvidence = evidence;
        return evidence;
    }

    /// <summary>How much a numeric date that only one order makes valid weighs (a dateline's city weighs 3).</summary>
    private const int ValidOrder = 4;

    /// <summary>
    /// What the dateline says about the order: its region ("BIRMINGHAM, England —" day first, "BIRMINGHAM, Ala. —" month first),
    /// else its city ("LONDON (Reuters) -", "NEW DELHI —" day first; "WASHINGTON (AP) -" month first): ±3, or 0.
    /// </summary>
    private int DatelineSign(ReadOnlySpan<Token> tokens)
    {
        // The city's words: capitals up to a comma, a dash or a parenthesis ("NEW DELHI", "SAN JUAN", "BIRMINGHAM").
        int k = 0;
        while (k < Math.Min(tokens.Length, DatelineWords) && tokens[k].Kind == TokenKind.Word && IsUpper(_text.AsSpan(tokens[k].Start, tokens[k].Length)))
        {
            k++;
        }

        if (k > 0 && k + 1 < tokens.Length && _text.AsSpan(tokens[k].Start, tokens[k].Length).SequenceEqual(",") && tokens[k + 1].Kind == TokenKind.Word)
        {
            ReadOnlySpan<char> region = _text.AsSpan(tokens[k + 1].Start, tokens[k + 1].Length).TrimEnd('.');
            if (DateVocabulary.DayFirstRegions.Contains(region))
            {
                return 3;
            }

            if (DateVocabulary.MonthFirstRegions.Contains(region))
            {
                return -3;
            }
        }

        // A city of more than one word is known by its last ("NEW DELHI", not "NEW" as in New York).
        ReadOnlySpan<char> city = _text.AsSpan(tokens[Math.Max(k - 1, 0)].Start, tokens[Math.Max(k - 1, 0)].Length);
        ReadOnlySpan<char> first = _text.AsSpan(tokens[0].Start, tokens[0].Length);
        return DateVocabulary.DayFirstDatelines.Contains(city) ? 3 : DateVocabulary.MonthFirstDatelines.Contains(first) ? -3 : 0;
    }

    /// <summary>How many capitalised words a dateline's city may have.</summary>
    private const int DatelineWords = 3;

    private static bool IsUpper(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// What a capitalised word says about the document's numeric dates: a British or European city named anywhere
    /// ("Court: Manchester") leans day-first, Companies House records are day-first, an AP dateline ("AUSTIN, Texas (AP)")
    /// and a US securities filing ("Form 8-K", "the Securities and Exchange Commission") are month-first.
    /// </summary>
    private int DocumentOrderSign(ReadOnlySpan<Token> tokens, int k, ReadOnlySpan<char> w)
    {
        ReadOnlySpan<char> next = k + 1 < tokens.Length ? _text.AsSpan(tokens[k + 1].Start, tokens[k + 1].Length) : default;
        ReadOnlySpan<char> after = k + 2 < tokens.Length ? _text.AsSpan(tokens[k + 2].Start, tokens[k + 2].Length) : default;
        if (w.SequenceEqual("Companies") && next.SequenceEqual("House"))
        {
            return 3;
        }

        if ((w.SequenceEqual("Securities") && next.SequenceEqual("and") && after.SequenceEqual("Exchange")) 
            || (w.SequenceEqual("Form") && (next.SequenceEqual("8-K") || next.SequenceEqual("10-K") || next.SequenceEqual("10-Q"))))
        {
            return -3;
        }

        if (w.SequenceEqual("AP") && k > 0 && k < 16 && _text.AsSpan(tokens[k - 1].Start, tokens[k - 1].Length).SequenceEqual("(") && next.SequenceEqual(")"))
        {
            return -3;
        }

        return k > 0 && DateVocabulary.DayFirstDatelines.Contains(w) ? 1 : 0;
    }

    /// <summary>Emits a day, and when a clock time follows it ("Aug 07, 2016 5:42 PM ET", "2016-08-07 14:32 UTC") the time of that day.</summary>
    private int EmitDated(int first, int last, DateParse day)
    {
        if (day.Year is not null && day.Grain == DatePrecision.Day && StampClock(last + 1) is (int end, int hour, int minute))
        {
            return Emit(first, end, day with { Type = TemporalType.Time, Grain = DatePrecision.TimeOfDay, Hour = hour, Minute = minute });
        }

        return Emit(first, last, day);
    }

    /// <summary>The clock time of a stamp at <paramref name="k"/> (after an optional "," or "at"): its last token (zone included), hour and minute.</summary>
    private (int Last, int Hour, int Minute)? StampClock(int k)
    {
        if (Is(k, ",") || Is(k, "at"))
        {
            k++;
        }

        if (k >= _end || Tokens[k].Kind != TokenKind.Number || !ReadClock(k, stamp: true, out int last, out int hour, out int minute))
        {
            return null;
        }

        return (ZoneEnd(last + 1), hour, minute);
    }

    /// <summary>
    /// A clock time at number token <paramref name="i"/>: "7 a.m.", "3:30 PM", "7am", "8.30pm", "14:30", "0600" (the last
    /// two need a zone after them, or a stamp or a preposition such as "at" before them). Seconds ("06:48:09") are kept
    /// for the clock's parse (<see cref="_second"/>).
    /// </summary>
    private bool ReadClock(int i, bool stamp, out int last, out int hour, out int minute)
    {
        last = i;
        hour = minute = 0;
        _second = -1;
        ReadOnlySpan<char> s = W(i);
        int meridiem = 0; // 1 a.m., 2 p.m.
        if (s.Length > 2 && (s.EndsWith("am", StringComparison.OrdinalIgnoreCase) || s.EndsWith("pm", StringComparison.OrdinalIgnoreCase)))
        {
            meridiem = char.ToLowerInvariant(s[^2]) == 'a' ? 1 : 2;
            s = s[..^2];
        }
        else if (IsWord(i + 1) && Meridiem(W(i + 1)) is int m and > 0)
        {
            meridiem = m;
            last = i + 1;
        }
        else if (PartOfDayClock(i + 1) is int half and > 0 && AllDigits(s) && s.Length <= 2 && (Is(i - 1, "at") || Is(i - 1, "around")
            || Is(i - 1, "about") || Is(i - 1, "until") || Is(i - 1, "till") || Is(i - 1, "by") || Is(i - 1, "before") || Is(i - 1, "after")
            || Is(i - 1, "from") || Is(i - 1, "to") || Is(i - 1, "since")))
        {
            meridiem = half; // "at 4 in the morning", "until 6 in the evening"
            last = i + 3;
        }

        int sepAt = s.IndexOfAny(':', '.');
        ReadOnlySpan<char> hh = sepAt < 0 ? s : s[..sepAt];
        ReadOnlySpan<char> mm = sepAt < 0 ? "" : s[(sepAt + 1)..];
        int second = -1;
        if (mm.Length == 5 && mm[2] == ':' && AllDigits(mm[3..]))
        {
            second = Parse(mm[3..]); // "08:17:00"
            mm = mm[..2];
        }

        if (sepAt < 0 && meridiem == 0 && s.Length == 4 && AllDigits(s))
        {
            hh = s[..2]; // "0600 GMT"
            mm = s[2..];
            if (MilitaryClock(i))
            {
                last = i + 1; // "1800 hrs", "at 0800 local"
            }
            else if ((ZoneEnd(i + 1) == i || !IsZoneAbbreviation(i + 1)) && !(s[0] == '0' && (In(i - 1, DateVocabulary.ClockLeads) || HeadingClock(i))))
            {
                return false; // not "0530: frost on the tent", "cleared Ensenada at 0800" (a leading zero is no year's)
            }
        }
        else if (!AllDigits(hh) || hh.Length is 0 or > 2 || (mm.Length != 0 && (mm.Length != 2 || !AllDigits(mm))))
        {
            return false;
        }

        hour = Parse(hh);
        minute = mm.Length == 0 ? 0 : Parse(mm);
        if (minute > 59 || second > 59)
        {
            return false;
        }

        _second = second;

        if (meridiem > 0)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            hour = meridiem == 2 ? (hour % 12) + 12 : hour % 12;
            return true;
        }

        // A 24-hour time needs two-digit minutes and something that makes it a time: a zone, a stamp, a preposition.
        if (mm.Length != 2 || hour > 23)
        {
            return false;
        }

        bool colon = sepAt >= 0 && s[sepAt] == ':';
        return stamp || ZoneEnd(i + 1) > i || (sepAt < 0 && last == i + 1 && MilitaryClock(i))
            || (colon && Is(i - 1, "|") && _parses.Count > 0 && _parses[^1].Grain == DatePrecision.Day && Tokens[i - 1].Start - _parses[^1].End is >= 0 and <= 2) // "12 July 2016 | 14:22"
            || (colon && i == _first && (Is(i + 1, "—") || Is(i + 1, "–") || Is(i + 1, "-") || (IsWord(i + 1) && Cap(i + 1)))) // a live blog's "14:05 — Harris …"
            || (sepAt < 0 && s.Length == 4 && s[0] == '0' && (In(i - 1, DateVocabulary.ClockLeads) || HeadingClock(i))) // "0530: frost", "at 0800"
            || (colon && HeadingClock(i)) // "22:00: polls close", "07:50" alone on its line, "BREAKING 16:05:", "04:58 on Friday:"
            || (colon && hh.Length == 2 && (Is(i - 1, ":") || Is(i - 1, ",")) && IsWord(i + 1) && !Cap(i + 1)) // "schedule: 06:30 swim, 09:00 breakfast"

            || (colon && (In(i - 1, DateVocabulary.ClockLeads) || (IsWord(i + 1) && Cap(i + 1) && Lookup(W(i + 1), out _) == WordKind.Weekday)));
    }

    /// <summary>
    /// A clock heading an entry of a log or a live blog: first in its sentence (or after a capitalised tag, "BREAKING 16:05:") and
    /// followed by a colon, by nothing (alone on its line), or by "on" and a weekday ("04:58 on Friday: Labour passes 326 seats").
    /// </summary>
    private bool HeadingClock(int i) =>
        (i == _first || (i == _first + 1 && IsWord(_first) && AllCaps(W(_first))))
        && (Is(i + 1, ":") || i + 1 >= _end || (Is(i + 1, "on") && IsWord(i + 2) && Cap(i + 2) && Lookup(W(i + 2), out _) == WordKind.Weekday));

    private static bool AllCaps(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return w.Length > 1;
    }

    /// <summary>
    /// "1800 hrs", "at 0800 local": a four-digit 24-hour clock at <paramref name="i"/> marked by "hrs" (or "local" after a preposition of
    /// time, not "the 2019 local elections").
    /// </summary>
    private bool MilitaryClock(int i)
    {
        ReadOnlySpan<char> s = W(i);
        if (s.Length != 4 || !AllDigits(s) || Parse(s[..2]) > 23 || Parse(s[2..]) > 59)
        {
            return false;
        }

        // "at 1930 hours", "0600 hours": "hours" after a leading zero or a preposition of time (not "worked 1100 hours", "after 1000 hours of
        // flying": dates35b).
        return Is(i + 1, "hrs") || (Is(i + 1, "local") && !Is(i + 2, "time") && In(i - 1, DateVocabulary.ClockLeads, out int lead) && lead == 1)
            || (Is(i + 1, "hours") && !Is(i + 2, "of") && (s[0] == '0' || (In(i - 1, DateVocabulary.ClockLeads, out int hoursLead) && hoursLead == 1)));
    }

    private static int Meridiem(ReadOnlySpan<char> m) =>
        m.Equals("a.m.", StringComparison.OrdinalIgnoreCase) || m.Equals("am", StringComparison.Ordinal) || m.Equals("AM", StringComparison.Ordinal)
        || m.Equals("a.m", StringComparison.OrdinalIgnoreCase) ? 1
        : m.Equals("p.m.", StringComparison.OrdinalIgnoreCase) || m.Equals("pm", StringComparison.Ordinal) || m.Equals("PM", StringComparison.Ordinal)
        || m.Equals("p.m", StringComparison.OrdinalIgnoreCase) ? 2
        : 0;

    private bool IsZoneAbbreviation(int k) => IsWord(k) && DateVocabulary.ZoneAbbreviations.Contains(W(k));

    /// <summary>The clock second <see cref="ReadClock"/> last read ("06:48:09"), or -1; the next clock parse takes it.</summary>
    private int _second = -1;

    /// <summary>
    /// "2023-01-09T23:58:04Z", "2022-06-14T09:15:30+02:00" at number token <paramref name="i"/> (the tokenizer gives
    /// "2022-06-14T09", ":", "15:30", "+", "02:00"): an ISO 8601 timestamp, its value in the clock time written.
    /// </summary>
    private int? TryIsoTimestamp(int i, ReadOnlySpan<char> s)
    {
        if (s.Length != 13 || s[4] != '-' || s[7] != '-' || (s[10] is not ('T' or 't')) || !AllDigits(s[..4]) || !AllDigits(s[5..7])
            || !AllDigits(s[8..10]) || !AllDigits(s[11..]) || !Glued(i + 1) || !Is(i + 1, ":") || !Glued(i + 2) || Tokens[i + 2].Kind != TokenKind.Number)
        {
            return null;
        }

        ReadOnlySpan<char> rest = W(i + 2);
        if (rest.Length > 0 && rest[^1] is 'Z' or 'z')
        {
            rest = rest[..^1];
        }

        int minute;
        int second = -1;
        if (rest.Length == 2 && AllDigits(rest))
        {
            minute = Parse(rest);
        }
        else if (rest.Length == 5 && rest[2] == ':' && AllDigits(rest[..2]) && AllDigits(rest[3..]))
        {
            minute = Parse(rest[..2]);
            second = Parse(rest[3..]);
        }
        else
        {
            return null;
        }

        int month = Parse(s[5..7]);
        int day = Parse(s[8..10]);
        int hour = Parse(s[11..]);
        if (month is < 1 or > 12 || day is < 1 or > 31 || hour > 23 || minute > 59 || second > 59)
        {
            return null;
        }

        int last = i + 2;
        if ((Is(last + 1, "+") || Is(last + 1, "-") || Is(last + 1, "−")) && Glued(last + 1) && Glued(last + 2) && IsOffset(last + 2))
        {
            last += 2; // "+02:00"
        }

        return Emit(i, last, Day(Parse(s[..4]), month, day, i) with
        {
            Type = TemporalType.Time, Grain = DatePrecision.TimeOfDay, Hour = hour, Minute = minute, Second = second,
        });
    }

    /// <summary>Whether token <paramref name="k"/> touches the one before it (no space between).</summary>
    private bool Glued(int k) => k > _first && k < _end && Tokens[k].Start == Tokens[k - 1].End;

    /// <summary>A zone offset's number: "0100", "02:00", or after a zone name "8" ("GMT+8").</summary>
    private bool IsOffset(int k)
    {
        if (k >= _end || Tokens[k].Kind != TokenKind.Number)
        {
            return false;
        }

        ReadOnlySpan<char> s = W(k);
        return (s.Length == 4 && AllDigits(s)) || (s.Length == 5 && s[2] == ':' && AllDigits(s[..2]) && AllDigits(s[3..]))
            || (s.Length <= 2 && AllDigits(s) && IsZoneAbbreviation(k - 2));
    }

    /// <summary>The last token of a time zone at <paramref name="k"/> and any offset after it ("GMT+8", "+0100", "UTC+02:00"), or k - 1.</summary>
    private int ZoneEnd(int k)
    {
        int end = ZoneNameEnd(k);
        int sign = end + 1;
        if ((Is(sign, "+") || Is(sign, "-") || Is(sign, "−")) && (end < k || Glued(sign)) && Glued(sign + 1) && IsOffset(sign + 1))
        {
            return sign + 1;
        }

        return end;
    }

    /// <summary>The last token of a time zone's name at <paramref name="k"/> ("GMT", "local time", "Malaysian time", "Eastern"), or k - 1 when there is none.</summary>
    private int ZoneNameEnd(int k)
    {
        if (!IsWord(k))
        {
            return k - 1;
        }

        if (IsZoneAbbreviation(k))
        {
            return k;
        }

        if (Is(k, "local") && Is(k + 1, "time"))
        {
            return k + 1;
        }

        if (Cap(k) && DateVocabulary.ZoneNames.Contains(W(k)))
        {
            return Is(k + 1, "time") ? k + 1 : k;
        }

        // "Malaysian time", "Moscow time"
        return Cap(k) && Is(k + 1, "time") && Lookup(W(k), out _) == WordKind.None && !Is(k - 1, "the") ? k + 1 : k - 1;
    }
}
