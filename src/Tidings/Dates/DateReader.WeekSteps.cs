using System.Globalization;
using Tidings.Text;

namespace Tidings.Dates;

/// <summary>
/// The date reader's steps of weeks from the time of writing ("the Monday after next", "the weekend before last", "three
/// weeks from today", "a fortnight today", "in a fortnight") and recurring days told by their place in a month or by
/// alternation ("the first Monday of each month", "every second Tuesday", "alternate weekends", "biannually").
/// </summary>
internal sealed partial class DateReader
{
    /// <summary>
    /// After "the" at <paramref name="i"/> (<paramref name="k"/> = i + 1): "the Friday after next", "the Monday before last",
    /// "the weekend after next", "the week before last", "the month after next"; "the first Monday of each month" (a set).
    /// </summary>
    private int? TryWeekStep(int i, int k)
    {
        if (!IsWord(k))
        {
            return null;
        }

        bool afterNext = Is(k + 1, "after") && Is(k + 2, "next");
        if ((afterNext || (Is(k + 1, "before") && Is(k + 2, "last"))) && StepEnds(k + 3))
        {
            int direction = afterNext ? 1 : -1;
            WordKind kind = Lookup(W(k), out int code);

            // "the Friday after next": a week past the coming Friday; "the Friday before last": a week before the last one.
            if (kind == WordKind.Weekday && Cap(k) && W(k).Length > 4)
            {
                return Emit(i, k + 2, DateParse.Create(TemporalType.Date, DatePrecision.Day, ParseKind.Weekday) with
                {
                    Weekday = code, Count = direction, Shifted = true, WeeksOn = direction, Anchor = AnchorUse.Publication,
                    Tense = afterNext ? Tense.Future : Tense.Past,
                });
            }

            // "the weekend after next": the one past the coming weekend (the writing week's own); "the weekend before last": two back.
            // "the week after next", "the month before last": two units away.
            if (kind == WordKind.Unit && !W(k).EndsWith("s", StringComparison.OrdinalIgnoreCase)
                && (TimeUnit)code is TimeUnit.Weekend or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year)
            {
                var unit = (TimeUnit)code;
                int steps = unit == TimeUnit.Weekend && afterNext ? 1 : 2 * direction;
                return Emit(i, k + 2, DateParse.Offset(unit, steps));
            }

            return null;
        }

        // "the first Monday of each month", "the last Friday of every month": a monthly day, the set P1M; so is a monthly week or
        // business day ("the second week of every month", "the fifth business day of each month": session 36, dates36b).
        if (DateVocabulary.MonthOrdinals.TryGetValue(W(k), out _) && IsWord(k + 1) && MonthlyItemEnd(k + 1) is int item
            && (Is(item + 1, "of") || Is(item + 1, "in")) && (Is(item + 2, "each") || Is(item + 2, "every")) && Is(item + 3, "month"))
        {
            return Lit(i, item + 3, TemporalType.Set, "P1M", DatePrecision.Unknown);
        }

        // "the second and fourth Wednesdays of each month": two monthly days, the set P1M likewise.
        if (DateVocabulary.MonthOrdinals.TryGetValue(W(k), out _) && Is(k + 1, "and") && IsWord(k + 2) && DateVocabulary.MonthOrdinals.TryGetValue(W(k + 2), out _)
            && IsWord(k + 3) && Cap(k + 3) && Lookup(W(k + 3), out _) == WordKind.WeekdayPlural
            && (Is(k + 4, "of") || Is(k + 4, "in")) && (Is(k + 5, "each") || Is(k + 5, "every")) && Is(k + 6, "month"))
        {
            return Lit(i, k + 6, TemporalType.Set, "P1M", DatePrecision.Unknown);
        }

        return null;
    }

    /// <summary>What a month's ordinal counts at <paramref name="k"/>: a weekday ("Monday"), "week", or a business day ("business day",
    /// "working day", "banking day"). The index of its last token, or null.</summary>
    private int? MonthlyItemEnd(int k) =>
        Cap(k) && Lookup(W(k), out _) == WordKind.Weekday ? k
        : Is(k, "week") && !Cap(k) ? k
        : In(k, DateVocabulary.BusinessDayWords) && Is(k + 1, "day") ? k + 1
        : null;

    /// <summary>Whether a step ("after next", "before last") ends at <paramref name="k"/>: not "before last year's vote".</summary>
    private bool StepEnds(int k) =>
        !IsWord(k) || IsPreposition(k) || (!Cap(k) && Lookup(W(k), out _) == WordKind.None && !Is(k, "'s") && !Is(k, "’s"));

    /// <summary>
    /// A count of days, weeks, months or years from <paramref name="i"/> (unit at <paramref name="u"/>, <paramref name="n"/> of them)
    /// told from today: "three weeks from today", "ten days from now", "a month from today" — the day so far ahead of the writing.
    /// </summary>
    private int? TryFromToday(int i, int u, int n, TimeUnit unit)
    {
        if (n <= 0 || n > 400 || !Is(u + 1, "from") || !(Is(u + 2, "today") || Is(u + 2, "now")))
        {
            return null;
        }

        bool today = Is(u + 2, "today");
        DateParse parse = unit switch
        {
            TimeUnit.Day => DateParse.Offset(TimeUnit.Day, n),
            TimeUnit.Week => DateParse.Offset(TimeUnit.Day, 7 * n),
            TimeUnit.Month when today => DateParse.Offset(TimeUnit.Month, n) with { Grain = DatePrecision.Day },
            TimeUnit.Year when today => DateParse.Offset(TimeUnit.Year, n) with { Grain = DatePrecision.Day, KeepDay = true },
            TimeUnit.Month or TimeUnit.Year => DateParse.Offset(unit, n),
            _ => default,
        };
        return parse.Kind == ParseKind.Offset ? Emit(i, u + 2, parse with { Tense = Tense.Future }) : null;
    }

    /// <summary>
    /// "a fortnight today", "a fortnight tomorrow", "in a fortnight" (a plan ahead, not "fell 5% in a fortnight"): the day
    /// <paramref name="weeks"/> weeks ahead of the writing. The fortnight's last token is <paramref name="u"/>.
    /// </summary>
    private int? TryFortnightAhead(int i, int u, int weeks)
    {
        if (Is(u + 1, "today") || Is(u + 1, "tomorrow"))
        {
            return Emit(i, u + 1, DateParse.Offset(TimeUnit.Day, (7 * weeks) + (Is(u + 1, "tomorrow") ? 1 : 0)));
        }

        if (Is(i - 1, "in") && !Is(u + 1, "of") && TenseBefore(i) == Tense.Future)
        {
            return Emit(i, u, DateParse.Offset(TimeUnit.Day, 7 * weeks));
        }

        return null;
    }

    /// <summary>
    /// "alternate weekends", "alternate Mondays" (every other one), and one-word sets out of the data
    /// (<c>Data/calendar-phrases.txt</c>, [set-word]: "biannually", "twice-yearly", "fortnightly").
    /// </summary>
    private int? AlternateAt(int i, ReadOnlySpan<char> w)
    {
        if (DateVocabulary.SetWords.TryGetValue(w, out int months))
        {
            string value = months < 0 ? string.Create(CultureInfo.InvariantCulture, $"P{-months}W") : months % 12 == 0
                ? string.Create(CultureInfo.InvariantCulture, $"P{months / 12}Y") : string.Create(CultureInfo.InvariantCulture, $"P{months}M");
            return Lit(i, i, TemporalType.Set, value, DatePrecision.Unknown);
        }

        if (!CharClass.EqualsWord(w, "alternate") || !IsWord(i + 1))
        {
            return null;
        }

        if (Is(i + 1, "weekends"))
        {
            return Lit(i, i + 1, TemporalType.Set, "XXXX-WXX-WE", DatePrecision.Unknown);
        }

        // "on alternate days", "alternate weeks", "in alternate years": every second one (session 34, dates34b).
        if (!Cap(i + 1) && Lookup(W(i + 1), out int unit) == WordKind.Unit && (TimeUnit)unit is TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year
            && W(i + 1) is { Length: > 1 } plural && plural[^1] is 's' or 'S')
        {
            return Lit(i, i + 1, TemporalType.Set, Duration((TimeUnit)unit, 2), DatePrecision.Unknown);
        }

        return Cap(i + 1) && Lookup(W(i + 1), out int day) == WordKind.WeekdayPlural
            ? Lit(i, i + 1, TemporalType.Set, string.Create(CultureInfo.InvariantCulture, $"XXXX-WXX-{(day == 0 ? 7 : day)}"), DatePrecision.Unknown)
            : null;
    }

    /// <summary>A frequency's period of <paramref name="n"/> units: a quarter is three months ("once a quarter": P3M; TimeBank's
    /// "every quarter" keeps P1Q).</summary>
    private static string SetPeriod(TimeUnit unit, int n) => unit == TimeUnit.Quarter ? string.Create(CultureInfo.InvariantCulture, $"P{3 * n}M") : Duration(unit, n);
}
