using System.Runtime.CompilerServices;
using Tidings.Text;

namespace Tidings.Dates;

/// <summary>
/// Clocks told in words (session 35, dates35b): "half past nine", "a quarter to six", "twenty-five to ten", "ten to midnight",
/// "seventeen minutes past nine", the British "half nine", "seven-thirty", "twelve noon", "three in the morning", "oh-six-hundred",
/// and a bare hour word after "at" or "by" in a text already timed by a clock ("Dinner was at six"). The words are data
/// (<c>Data/times-of-day.txt</c>: <c>[spoken-minute]</c>, <c>[hyphen-minute]</c>, <c>[clock-follow]</c>).
/// </summary>
/// <remarks>A spoken clock names an hour of twelve. Morning or afternoon comes from the words after it ("in the morning", "at
/// night", "that evening", "on Friday evening"); failing those, from the clock the text told last (a story told by the clock
/// runs forward: "at two o'clock … at ten to five" is the afternoon); failing that, an hour from one to six or twelve is
/// the afternoon's (kick-off "at five to three", the church "at quarter to two"), a later one the morning's.</remarks>
internal sealed partial class DateReader
{
    /// <summary>Whether a spoken clock may start at word <paramref name="i"/>: a cheap necessary condition of
    /// <see cref="SpokenClockAt"/>, asked of every word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayBeSpokenClock(int i) =>
        Is(i + 1, "past") || Is(i + 1, "to") || Is(i + 1, "quarter") || Is(i + 1, "minutes") || Is(i + 1, "noon") || Is(i + 1, "midnight")
        || Is(i, "half") || Is(i + 1, "in") || Is(i + 1, "at") || Tokens[i].Has(TokenTraits.HasHyphen) || Is(i - 1, "at") || Is(i - 1, "by");

    /// <summary>A clock told in words from word <paramref name="i"/>: the token after it, or null when there is none.</summary>
    private int? SpokenClockAt(int i)
    {
        int k = Is(i, "a") && Is(i + 1, "quarter") ? i + 1 : i;
        bool lead = In(i - 1, DateVocabulary.ClockLeads) || Is(i - 1, "gone");
        int last;
        int hour12; // 1–12, or -1 when the hour is "noon" or "midnight" (then hour24 is fixed)
        int hour24 = -1;
        int minute;
        bool sure; // the form alone makes it a clock ("half past", "quarter to", "N minutes past")

        if (k == i && Tokens[k].Has(TokenTraits.HasHyphen) && HyphenClock(k) is (int hh, int mm, bool military))
        {
            // "seven-thirty", "six-fifteen tomorrow"; "oh-six-hundred" (a 24-hour clock, sure of itself).
            if (!military && !lead && !RelativeDay(k + 1))
            {
                return null;
            }

            last = k;
            if (military)
            {
                return EmitClock(i, last, hh, mm);
            }

            hour12 = hh;
            minute = mm;
            sure = false;
        }
        else if ((Is(k + 1, "past") || Is(k + 1, "to")) || (Is(k + 1, "minutes") && (Is(k + 2, "past") || Is(k + 2, "to"))))
        {
            bool minutes = Is(k + 1, "minutes");
            int count = minutes ? MinuteCount(k) : In(k, DateVocabulary.SpokenMinutes, out int spoken) ? spoken : 0;
            int join = minutes ? k + 2 : k + 1;
            if (count is <= 0 or >= 60 || (k > i && count != 15) || (Is(k, "half") && Is(join, "to")) || !SpokenHour(join + 1, out int named, out int fixedHour))
            {
                return null;
            }

            bool to = Is(join, "to");
            sure = minutes || Is(k, "half") || Is(k, "quarter");
            if (!sure && (!lead || Is(i - 1, "from")))
            {
                return null; // not "rose from five to six."
            }

            last = join + 1;
            minute = to ? 60 - count : count;
            if (named < 0)
            {
                hour12 = -1;
                hour24 = to ? (fixedHour + 23) % 24 : fixedHour;
            }
            else
            {
                hour12 = to ? (named == 1 ? 12 : named - 1) : named;
            }
        }
        else if (Is(k, "half") && lead && SpokenHour(k + 1, out int halfHour, out _) && halfHour > 0)
        {
            last = k + 1; // "at half nine": half past, as British speech has it
            hour12 = halfHour;
            minute = 30;
            sure = false;
        }
        else if (Is(k, "twelve") && (Is(k + 1, "noon") || Is(k + 1, "midnight")))
        {
            return Hedged(i, EmitClock(i, k + 1, Is(k + 1, "noon") ? 12 : 0, 0)); // "twelve noon"
        }
        else if (lead && k == i && IsWord(k) && SpokenHour(k, out int bareHour, out _) && bareHour > 0
            && (PartOfDayClock(k + 1) > 0 || (Is(k + 1, "at") && Is(k + 2, "night")) || (TimedText() && BareClockFollows(k + 1))))
        {
            last = k; // "at three in the morning", "eleven at night"; "Dinner was at six," in a story told by the clock
            hour12 = bareHour;
            minute = 0;
            sure = false;
        }
        else
        {
            return null;
        }

        if (!sure && !FollowsClock(last + 1))
        {
            return null;
        }

        if (hour24 < 0)
        {
            // Morning or afternoon: the words after the clock, then the clock told last, then the hour itself.
            int meridiem = PartOfDayClock(last + 1);
            if (meridiem > 0)
            {
                last += 3; // "three in the morning", "a quarter past four in the afternoon"
            }
            else if (Is(last + 1, "at") && Is(last + 2, "night"))
            {
                meridiem = hour12 is >= 6 and < 12 ? 2 : 1; // "eleven at night"; "two at night" is the small hours
                last += 2;
            }
            else
            {
                meridiem = PartAfterClock(last + 1, hour12);
            }

            hour24 = MeridiemHour(meridiem, hour12);
        }

        return Hedged(i, EmitClock(i, last, hour24, minute));
    }

    /// <summary>The hour of a word clock "N o'clock" (<paramref name="hour12"/>, 1–12) whose last token is <paramref name="last"/>:
    /// morning or afternoon as <see cref="SpokenClockAt"/> decides it.</summary>
    private int SpokenOClock(int first, int last, int hour12)
    {
        int meridiem = PartOfDayClock(last + 1);
        if (meridiem > 0)
        {
            last += 3;
        }
        else
        {
            meridiem = PartAfterClock(last + 1, hour12);
        }

        return EmitClock(first, last, MeridiemHour(meridiem, hour12), 0);
    }

    /// <summary>The 24-hour hour of <paramref name="hour12"/> in the morning (<paramref name="meridiem"/> 1), the afternoon (2), or as
    /// <see cref="ForwardHour"/> reads it when the words told neither (0).</summary>
    private int MeridiemHour(int meridiem, int hour12) => meridiem switch
    {
        1 => hour12 % 12,
        2 => (hour12 % 12) + 12,
        _ => ForwardHour(hour12),
    };

    /// <summary>A clock hour told as a word at <paramref name="k"/>: 1–12 in <paramref name="hour12"/> ("nine", or "9"), or -1 with the
    /// 24-hour value in <paramref name="hour24"/> for "noon" (12) and "midnight" (0).</summary>
    private bool SpokenHour(int k, out int hour12, out int hour24)
    {
        hour12 = 0;
        hour24 = -1;
        if (k < _first || k >= _end)
        {
            return false;
        }

        if (Tokens[k].Kind == TokenKind.Number)
        {
            ReadOnlySpan<char> s = W(k);
            if (s.Length <= 2 && AllDigits(s) && Parse(s) is int digits and >= 1 and <= 12)
            {
                hour12 = digits;
                return true;
            }

            return false;
        }

        if (!IsWord(k))
        {
            return false;
        }

        if (Is(k, "noon") || Is(k, "midnight"))
        {
            hour12 = -1;
            hour24 = Is(k, "noon") ? 12 : 0;
            return true;
        }

        if (Lookup(W(k), out int n) == WordKind.Cardinal && n is >= 1 and <= 12)
        {
            hour12 = n;
            return true;
        }

        return false;
    }

    /// <summary>A count of minutes before "minutes" at <paramref name="k"/>: a number word ("seventeen", "nineteen", "twenty-two") or
    /// digits up to 59, or 0.</summary>
    private int MinuteCount(int k)
    {
        if (k < _first || k >= _end)
        {
            return 0;
        }

        ReadOnlySpan<char> w = W(k);
        if (Tokens[k].Kind == TokenKind.Number)
        {
            return w.Length <= 2 && AllDigits(w) ? Parse(w) : 0;
        }

        int hyphen = w.IndexOf('-');
        if (hyphen > 0)
        {
            // "twenty-two": tens and units.
            return Lookup(w[..hyphen], out int tens) == WordKind.Cardinal && tens is 20 or 30 or 40 or 50
                && Lookup(w[(hyphen + 1)..], out int units) == WordKind.Cardinal && units is >= 1 and <= 9 ? tens + units : 0;
        }

        return Lookup(w, out int n) switch
        {
            WordKind.Cardinal when n < 60 => n,
            WordKind.Century => n, // "nineteen"
            _ => 0,
        };
    }

    /// <summary>A clock told in hyphened words at <paramref name="k"/>: "seven-thirty" (7, 30), "nine-forty-five" (9, 45), or
    /// "oh-six-hundred" (6, 0, a 24-hour clock); null when the word is none.</summary>
    private (int Hour, int Minute, bool Military)? HyphenClock(int k)
    {
        ReadOnlySpan<char> w = W(k);
        int h = w.IndexOf('-');
        if (h <= 0)
        {
            return null;
        }

        ReadOnlySpan<char> head = w[..h];
        ReadOnlySpan<char> rest = w[(h + 1)..];
        if (head.Equals("oh", StringComparison.OrdinalIgnoreCase))
        {
            int h2 = rest.IndexOf('-');
            return h2 > 0 && rest[(h2 + 1)..].Equals("hundred", StringComparison.OrdinalIgnoreCase)
                && Lookup(rest[..h2], out int ohHour) == WordKind.Cardinal && ohHour is >= 1 and <= 9 ? (ohHour, 0, true) : null;
        }

        return Lookup(head, out int hour) == WordKind.Cardinal && hour is >= 1 and <= 12 && DateVocabulary.HyphenMinutes.TryGetValue(rest, out int minute)
            ? (hour, minute, false) : null;
    }

    /// <summary>Whether what follows a spoken clock at <paramref name="k"/> lets it be one: the end of the sentence, punctuation, a
    /// capitalised word, a number, or a lower-case word of <see cref="DateVocabulary.ClockFollowers"/> (not "ten to five people").</summary>
    private bool FollowsClock(int k) =>
        k >= _end || !IsWord(k) || Cap(k) || In(k, DateVocabulary.ClockFollowers) || Lookup(W(k), out _) == WordKind.Cardinal;

    /// <summary>Whether what follows a bare hour word at <paramref name="k"/> ends the clock: the end, a comma or full stop, "on", "and".</summary>
    private bool BareClockFollows(int k) =>
        k >= _end || Is(k, ",") || Is(k, ".") || Is(k, ";") || Is(k, "on") || Is(k, "and");

    /// <summary>Whether the text has told a clock time before this point (a bare hour word then reads as one).</summary>
    private bool TimedText() => LastClockHour() >= 0;

    /// <summary>The 24-hour hour of the last clock time read in the text, or -1.</summary>
    private int LastClockHour()
    {
        for (int p = _parses.Count - 1; p >= 0 && p >= _parses.Count - 8; p--)
        {
            if (_parses[p].Grain == DatePrecision.TimeOfDay && _parses[p].Hour >= 0)
            {
                return _parses[p].Hour;
            }
        }

        return -1;
    }

    /// <summary>An hour of twelve (<paramref name="hour12"/>) with no part of the day told: on from the clock told last when the
    /// text has one ("at two o'clock … at ten to five" is 16:50), else the afternoon's from one to six and at twelve.</summary>
    private int ForwardHour(int hour12)
    {
        int morning = hour12 % 12;
        int previous = LastClockHour();
        if (previous >= 0)
        {
            return morning < previous && morning + 12 >= previous ? morning + 12 : morning;
        }

        return hour12 is >= 1 and <= 6 or 12 ? morning + 12 : morning;
    }

    /// <summary>The part of the day told right after a spoken clock from <paramref name="k"/>: 1 the morning, 2 the afternoon or
    /// evening, 0 none. Read over "this", "that", "the next", "on" and a weekday, or a relative day: "that evening", "on Friday
    /// evening", "on Sunday night", "tonight", "this morning".</summary>
    private int PartAfterClock(int k, int hour12)
    {
        for (int step = 0; step < 4 && k < _end; step++, k++)
        {
            if (Is(k, "tonight"))
            {
                return 2;
            }

            if (!IsWord(k))
            {
                return 0;
            }

            WordKind kind = Lookup(W(k), out int part);
            if (kind == WordKind.PartOfDay)
            {
                return part switch
                {
                    0 => 1,
                    3 => hour12 is >= 6 and < 12 ? 2 : 1, // "on Sunday night" for half nine; the small hours for two
                    _ => 2,
                };
            }

            if (!(Is(k, "this") || Is(k, "that") || Is(k, "the") || Is(k, "next") || Is(k, "following") || Is(k, "on") || Is(k, "tomorrow")
                || Is(k, "yesterday") || Is(k, "today") || (Cap(k) && kind == WordKind.Weekday)))
            {
                return 0;
            }
        }

        return 0;
    }
}
