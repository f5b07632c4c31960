using System.Globalization;
using Tidings.Text;

namespace Tidings.Dates;

/// <summary>
/// The date reader's counted units: a count and a unit as a duration ("six months", "5 1/2 hours", "a couple of years",
/// "five hours and 15 minutes"), or with "ago", "earlier", "later", "before", "on" a date counted from the publication or
/// the story ("two years ago", "nine days later"); a rate after a quantity ("300 lorries a day") is not a date.
/// </summary>
internal sealed partial class DateReader
{
    /// <summary>A number followed by a time unit: a duration ("six months"), or with "ago"/"earlier"/"later" a date.</summary>
    private int TryCountedUnit(int i, int n)
    {
        if (TryCountAndAHalf(i, n) is int halfEnd)
        {
            return halfEnd; // "two and a half years" (DateReader.Amounts.cs)
        }

        int u = i + 1;

        // A count leads to a unit, perhaps over "few", "couple of", "hundred", "1/2", "more": one look-up rules out the rest
        // ("a man", "two people").
        if (u >= _end || (Tokens[u].Kind == TokenKind.Word ? Lookup(W(u), out _) == WordKind.None && !DateVocabulary.NumberFollowers.Contains(W(u))
            : !(Tokens[u].Kind == TokenKind.Number && W(u) is "1/2" or "½")))
        {
            return i;
        }
        if (n > 0 && Tokens[i].Kind == TokenKind.Word && Lookup(W(i), out _) == WordKind.Article && IsWord(u) && Lookup(W(u), out _) == WordKind.Vague)
        {
            n = -1; // "a few days"
            u++;
        }

        // "a couple of years": two.
        bool article = Tokens[i].Kind == TokenKind.Word && Lookup(W(i), out _) == WordKind.Article;
        if (article && Is(u, "couple") && Is(u + 1, "of"))
        {
            n = 2;
            u += 2;
            article = false;
        }

        // "a hundred years", "two thousand years": the count times a hundred or a thousand.
        int scale = 1;
        if (n > 0 && IsWord(u) && Lookup(W(u), out int multiplier) == WordKind.Cardinal && multiplier is 100 or 1000)
        {
            scale = multiplier;
            u++;
        }

        // "5 1/2 hours", "2 1/2 years": and a half.
        bool andHalf = false;
        if (n > 0 && !article && u < _end && Tokens[u].Kind == TokenKind.Number && W(u) is "1/2" or "½")
        {
            andHalf = true;
            u++;
        }

        // "two more weeks", "an additional year", "three further months", "eight trading days", "78 straight days"
        if (n != 0 && (Is(u, "more") || Is(u, "additional") || Is(u, "extra") || Is(u, "further") || Is(u, "trading") || In(u, DateVocabulary.BusinessDayWords)
            || (Is(u, "calendar") && Is(u + 1, "days")) || Is(u, "straight") || Is(u, "consecutive") || Is(u, "successive")) && IsWord(u + 1) && Lookup(W(u + 1), out _) == WordKind.Unit)
        {
            u++;
        }

        if (u >= _end || !IsWord(u))
        {
            return i;
        }

        // "a fortnight", "two fortnights"
        if ((Is(u, "fortnight") || Is(u, "fortnights")) && n != 0)
        {
            int weeks = n < 0 ? -1 : Tokens[i].Kind == TokenKind.Word && Lookup(W(i), out _) == WordKind.Article ? 2 : 2 * n;
            if (weeks > 0 && Is(u + 1, "later") && !Is(u + 2, "than"))
            {
                return Emit(i, u + 1, DateParse.Offset(TimeUnit.Day, 7 * weeks, AnchorUse.Story)); // "a fortnight later": a day, as "14 days later"
            }

            // "A fortnight ago": the week two weeks back, as "two weeks ago"; "in a fortnight's time": the day two weeks ahead.
            if (weeks > 0 && Is(u + 1, "ago"))
            {
                return Emit(i, u + 1, DateParse.Offset(TimeUnit.Week, -weeks));
            }

            if (weeks > 0 && TimeAhead(u) is int fortnightAhead and > 0)
            {
                return Emit(i, fortnightAhead, DateParse.Offset(TimeUnit.Day, 7 * weeks));
            }

            if (weeks > 0 && (TryFromToday(i, u, weeks, TimeUnit.Week) ?? TryFortnightAhead(i, u, weeks)) is int fortnightDay)
            {
                return fortnightDay; // "a fortnight today", "two fortnights from now", "will meet in a fortnight"
            }

            return Lit(i, u, TemporalType.Duration, Duration(TimeUnit.Week, weeks), DatePrecision.Unknown);
        }

        if (Lookup(W(u), out int unitCode) != WordKind.Unit)
        {
            return i;
        }

        // "pronounced dead half an hour later": thirty minutes on the story's clock.
        if (n > 0 && Is(i - 1, "half") && article && (TimeUnit)unitCode == TimeUnit.Hour && Is(u + 1, "later") && ClockBefore(i))
        {
            return Emit(i - 1, u + 1, DateParse.Offset(TimeUnit.Minute, 30, AnchorUse.Story) with { Type = TemporalType.Time, Grain = DatePrecision.TimeOfDay });
        }

        // "half an hour", "nearly half a century"
        if (n > 0 && Is(i - 1, "half") && Tokens[i].Kind == TokenKind.Word && Lookup(W(i), out _) == WordKind.Article
            && HalfOf((TimeUnit)unitCode) is string half && !Is(u + 1, "ago") && !Is(u + 1, "later") && !Is(u + 1, "earlier"))
        {
            return Lit(i - 1, u, TemporalType.Duration, half, DatePrecision.Unknown);
        }

        if (n > 0 && article)
        {
            n = 1;

            // "June 19 falls on a weekend", "closed on a Sunday": some weekend, not an amount of time.
            if (Is(u, "weekend") && Is(i - 1, "on"))
            {
                return u + 1;
            }

            // "300 lorries a day", "$40,000 a year", "315 km an hour": a rate belongs to its quantity.
            if (IsRate(i - 1) && !(Is(u + 1, "ago") || Is(u + 1, "earlier") || Is(u + 1, "later") || Is(u + 1, "before") || Is(u + 1, "after")))
            {
                return u + 1;
            }

            // "observed a day of mourning", "a day of action": a day named for what is done on it, not an amount of time.
            if (Is(u, "day") && Is(u + 1, "of") && IsWord(u + 2) && !Cap(u + 2) && Lookup(W(u + 2), out _) == WordKind.None)
            {
                return u + 1;
            }

            // "a quarter of the country's children" is a fraction; "a quarter of a century" is 25 years.
            if (Is(u, "quarter") && Is(u + 1, "of"))
            {
                return Is(u + 2, "a") && Is(u + 3, "century") ? Lit(i, u + 3, TemporalType.Duration, "P25Y", DatePrecision.Unknown) : u + 2;
            }
        }

        if (n < 0 && !W(u).EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            return i; // "several week" is not English; "few" without a plural unit is something else
        }

        n = n > 0 ? n * scale : n;
        var unit = (TimeUnit)unitCode;

        // "one minute past midnight", "a minute before midnight", "five minutes to noon": a clock time told from a named hour.
        if (n is > 0 and < 60 && unit == TimeUnit.Minute && (Is(u + 1, "past") || Is(u + 1, "after") || Is(u + 1, "before") || Is(u + 1, "to"))
            && IsWord(u + 2) && Lookup(W(u + 2), out int namedHour) == WordKind.Clock)
        {
            int minutes = ((namedHour * 60) + (Is(u + 1, "before") || Is(u + 1, "to") ? -n : n) + (24 * 60)) % (24 * 60);
            return EmitClock(i, u + 2, minutes / 60, minutes % 60);
        }

        // "three quarters of a point", "a quarter point": a fraction.
        if (unit == TimeUnit.Quarter && (Is(u + 1, "of") || Is(u + 1, "point") || Is(u + 1, "points") || Is(u + 1, "percentage")))
        {
            return u + 1;
        }

        if (andHalf && !Is(u + 1, "ago") && !Is(u + 1, "later") && !Is(u + 1, "earlier") && AndAHalf(unit, n) is string amountAndHalf)
        {
            return Lit(i, u, TemporalType.Duration, amountAndHalf, DatePrecision.Unknown);
        }

        // "a minute and a half", "two hours and a half", "a minute and a half later": the half written after the unit.
        if (n > 0 && !andHalf && Is(u + 1, "and") && (Is(u + 2, "a") || Is(u + 2, "one")) && Is(u + 3, "half")
            && !Is(u + 4, "ago") && !(IsWord(u + 4) && Lookup(W(u + 4), out _) == WordKind.Unit)
            && AndAHalf(unit, n) is string unitAndHalf)
        {
            return Lit(i, u + 3, TemporalType.Duration, unitAndHalf, DatePrecision.Unknown);
        }

        // "in 10 days' time", "in a week's time", "six months' time": so far ahead of the writing; "a week today": that day next week.
        if (n > 0 && unit is TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year && TimeAhead(u) is int aheadEnd and > 0)
        {
            return Emit(i, aheadEnd, unit == TimeUnit.Week ? DateParse.Offset(TimeUnit.Day, 7 * n) : DateParse.Offset(unit, n)); // "a week's time": the day, as "a fortnight's time"
        }

        if (TryFromToday(i, u, n, unit) is int fromTodayEnd)
        {
            return fromTodayEnd; // "three weeks from today", "ten days from now"
        }

        if (n > 0 && unit == TimeUnit.Week && (Is(u + 1, "today") || Is(u + 1, "tomorrow")))
        {
            return Emit(i, u + 1, DateParse.Offset(TimeUnit.Day, (7 * n) + (Is(u + 1, "tomorrow") ? 1 : 0)));
        }

        int last = u;
        // "two years ago", "a year earlier" count back from the reference date; "three days later" counts from an
        // event the text names, so it stays a duration.
        if (n < 0 && Is(u + 1, "ago"))
        {
            return Lit(i, u + 1, TemporalType.Date, "PAST_REF", DatePrecision.Reference);
        }

        // "Six minutes later", "two hours later", "two hours earlier" after a clock time: counted from the story's clock.
        if (n > 0 && (Is(u + 1, "later") || Is(u + 1, "earlier")) && !Is(u + 2, "than") && unit is TimeUnit.Minute or TimeUnit.Hour && ClockBefore(i))
        {
            return Emit(i, u + 1, DateParse.Offset(unit, Is(u + 1, "earlier") ? -n : n, AnchorUse.Story) with { Type = TemporalType.Time, Grain = DatePrecision.TimeOfDay });
        }

        // "Thirty years later, the border strip is a cycle path": a clause in the present tense is back at the time of writing.
        // ("Twelve years on, a new wall is finished" counts the years between: a duration, the "on" left out.)
        if (n > 0 && Is(u + 1, "later") && Is(u + 2, ",") && unit is TimeUnit.Year or TimeUnit.Decade or TimeUnit.Century
            && TenseAfter(u + 2) is Tense.Present or Tense.Future)
        {
            return Emit(i, u + 1, DateParse.Offset(TimeUnit.Year, 0));
        }

        // "nine days later", "two years later": counted from the story's time ("two years later than planned" is a duration); "two
        // quarters later" and a plan's "2G will go three years after that" likewise (session 36, dates36b).
        // ("The final was four days after that", "listed five years after that" keep the amount: only a plan's future step is a date.)
        bool afterThat = Is(u + 1, "after") && Is(u + 2, "that") && AfterThatEnds(u + 3) && TenseBefore(i) == Tense.Future;
        if (n > 0 && ((Is(u + 1, "later") && !Is(u + 2, "than")) || afterThat)
            && unit is TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Quarter or TimeUnit.Year or TimeUnit.Decade or TimeUnit.Century)
        {
            int laterEnd = afterThat ? u + 2 : u + 1;
            DateParse later = unit == TimeUnit.Century ? DateParse.Offset(TimeUnit.Year, 100 * n, AnchorUse.Story) : DateParse.Offset(unit, n, AnchorUse.Story);
            return Emit(i, laterEnd, later with { BusinessDays = unit == TimeUnit.Day && In(u - 1, DateVocabulary.BusinessDayWords) }); // "three business days later"
        }

        // "a year ago today", "fifty years ago today": that day, so many years back.
        if (n > 0 && unit == TimeUnit.Year && Is(u + 1, "ago") && Is(u + 2, "today"))
        {
            return Emit(i, u + 2, DateParse.Offset(TimeUnit.Year, -n) with { Grain = DatePrecision.Day, KeepDay = true });
        }

        // "Seventy years ago tonight", "Five years ago this week", "Fifty years ago this month": that night, that week, that month,
        // so many years back.
        if (n > 0 && unit == TimeUnit.Year && Is(u + 1, "ago") && (Is(u + 2, "tonight") || (Is(u + 2, "this") && (Is(u + 3, "week") || Is(u + 3, "month")))))
        {
            bool tonight = Is(u + 2, "tonight");
            return Emit(i, tonight ? u + 2 : u + 3, DateParse.Offset(TimeUnit.Year, -n) with
            {
                Grain = tonight ? DatePrecision.PartOfDay : Is(u + 3, "month") ? DatePrecision.Month : DatePrecision.Week, KeepDay = true, Part = tonight ? 3 : -1,
            });
        }

        // "Five years before,": counted from the story's time (not "two years before the war"). "Twelve years on, a new wall is
        // finished", "Nearly three months on,", "today, 50 years on": the time between, a duration (the "on" left out).
        if (n > 0 && Is(u + 1, "before") && (u + 2 >= _end || Tokens[u + 2].Kind == TokenKind.Punctuation)
            && unit is TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year or TimeUnit.Decade)
        {
            return Emit(i, u + 1, DateParse.Offset(unit, -n, AnchorUse.Story));
        }

        // "a week or so ago", "a year or so earlier": a rough count is still counted back.
        if (n > 0 && Is(u + 1, "or") && Is(u + 2, "so") && (Is(u + 3, "ago") || (Is(u + 3, "earlier") && !Is(u + 4, "than"))))
        {
            return Emit(i, u + 3, Is(u + 3, "earlier") ? DateParse.Offset(unit, -n) with { Anchor = AnchorUse.Narrative } : DateParse.Offset(unit, -n));
        }

        // "walked out for six days earlier this month": an amount of time, and "earlier this month" when it was.
        bool forEarlier = Is(i - 1, "for") && Is(u + 1, "earlier") && (Is(u + 2, "this") || Is(u + 2, "last") || Is(u + 2, "in"));
        if (n > 0 && u + 1 < _end && !forEarlier && (Is(u + 1, "ago") || (Is(u + 1, "earlier") && !Is(u + 2, "than"))))
        {
            // In a quarterly report, "a year ago" / "a year earlier" is the reported quarter a year back.
            DateParse back = unit == TimeUnit.Year && n == 1 && QuarterlyReport ? DateParse.Offset(TimeUnit.Quarter, -5) with { Report = ReportUse.YearBack } : DateParse.Offset(unit, -n);

            // "four years earlier" counts back from the story's time; "a year earlier" in a report from the publication's.
            return Emit(i, u + 1, Is(u + 1, "earlier") && !(n == 1 && QuarterlyReport) ? back with { Anchor = AnchorUse.Narrative } : back);
        }

        // "52 years old", "20 weeks pregnant", "28 weeks' gestation": an age, which TimeML does not annotate.
        int ageWord = Is(u + 1, "'") ? u + 2 : u + 1;
        if (IsWord(ageWord) && !Cap(ageWord) && DateVocabulary.AgeWords.Contains(W(ageWord)))
        {
            return ageWord + 1;
        }

        // "five hours and 15 minutes", "3 hours 12 minutes", "10 minutes and 10 seconds", "13 years and five months": one duration.
        if (n > 0 && unit is TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Year or TimeUnit.Month && SmallerClockPart(last + 1, unit) is (int partLast, int partCount, TimeUnit partUnit))
        {
            string amount = unit is TimeUnit.Year or TimeUnit.Month
                ? string.Create(CultureInfo.InvariantCulture, $"P{n}{(unit == TimeUnit.Year ? 'Y' : 'M')}{partCount}{(partUnit == TimeUnit.Month ? 'M' : 'D')}")
                : string.Create(CultureInfo.InvariantCulture, $"PT{n}{(unit == TimeUnit.Hour ? 'H' : 'M')}{partCount}{(partUnit == TimeUnit.Minute ? 'M' : 'S')}");
            return Lit(i, partLast, TemporalType.Duration, amount, DatePrecision.Unknown);
        }

        return Lit(i, last, TemporalType.Duration, Duration(unit, n), DatePrecision.Unknown);
    }

    /// <summary>"and 15 minutes" / "12 minutes" after hours, "and 10 seconds" after minutes, "and five months" after years: the last token, the count and the unit.</summary>
    private (int Last, int Count, TimeUnit Unit)? SmallerClockPart(int k, TimeUnit unit)
    {
        if (Is(k, "and"))
        {
            k++;
        }

        int count = CountWord(k);
        if (count <= 0 || !IsWord(k + 1) || Lookup(W(k + 1), out int code) != WordKind.Unit)
        {
            return null;
        }

        var part = (TimeUnit)code;
        bool smaller = (unit == TimeUnit.Hour && part == TimeUnit.Minute) || (unit == TimeUnit.Minute && part == TimeUnit.Second)
            || (unit == TimeUnit.Year && part == TimeUnit.Month) || (unit == TimeUnit.Month && part == TimeUnit.Day);
        return smaller && !Is(k + 2, "later") && !Is(k + 2, "ago") ? (k + 1, count, part) : null;
    }

    /// <summary><paramref name="n"/> and a half units: "5 1/2 hours" PT5H30M, "2 1/2 years" P2Y6M.</summary>
    private static string? AndAHalf(TimeUnit unit, int n) => unit switch
    {
        TimeUnit.Minute => string.Create(CultureInfo.InvariantCulture, $"PT{n}M30S"),
        TimeUnit.Hour => string.Create(CultureInfo.InvariantCulture, $"PT{n}H30M"),
        TimeUnit.Day => string.Create(CultureInfo.InvariantCulture, $"P{n}DT12H"),
        TimeUnit.Year => string.Create(CultureInfo.InvariantCulture, $"P{n}Y6M"),
        TimeUnit.Decade => string.Create(CultureInfo.InvariantCulture, $"P{(n * 10) + 5}Y"),
        TimeUnit.Century => string.Create(CultureInfo.InvariantCulture, $"P{(n * 100) + 50}Y"),
        _ => null,
    };

    /// <summary>Half of one unit: "half an hour" PT30M, "half a century" P50Y.</summary>
    private static string? HalfOf(TimeUnit unit) => unit switch
    {
        TimeUnit.Minute => "PT30S",
        TimeUnit.Hour => "PT30M",
        TimeUnit.Day => "PT12H",
        TimeUnit.Year => "P6M",
        TimeUnit.Decade => "P5Y",
        TimeUnit.Century => "P50Y",
        _ => null,
    };

    /// <summary>Whether the last date read before token <paramref name="i"/> is a clock time a few sentences back.</summary>
    private bool ClockBefore(int i) =>
        _parses.Count > 0 && Tokens[i].Start - _parses[^1].End < 400
        && (_parses[^1].Hour >= 0 || (_parses.Count > 1 && _parses[^2].Hour >= 0)); // "at 3:25 p.m. on Thursday. Six minutes later"

    /// <summary>Whether the token at <paramref name="k"/> ends a quantity that "a day" / "a year" makes a rate of: a number, a plural noun, a measure.</summary>
    private bool IsRate(int k)
    {
        if (k < _first || k >= _end)
        {
            return false;
        }

        if (Tokens[k].Kind == TokenKind.Number || Is(k, "%") || Is(k, "million") || Is(k, "billion") || Is(k, "trillion"))
        {
            return true; // "300 lorries a day", "1.2% a year", "$200 million a day"
        }

        if (Tokens[k].Kind != TokenKind.Word || Cap(k) || IsPreposition(k))
        {
            return false; // not "returned as chairman in 2013 for a year"
        }

        // "4.5 per cent a year", "140 litres of water a day": the quantity before "per cent" or "of" its stuff.
        if ((Is(k, "cent") && Is(k - 1, "per")) || (Is(k - 1, "of") && k - 2 >= _first && !Is(k - 2, "of") && IsRate(k - 2)))
        {
            return true;
        }

        ReadOnlySpan<char> w = W(k);

        // "dark for up to ten hours a day", "12 hours a day": time per day or week is a rate too.
        if (Lookup(w, out int unit) == WordKind.Unit && w.Length > 3 && w[^1] == 's' && (TimeUnit)unit is TimeUnit.Hour or TimeUnit.Minute
            && k - 1 >= _first && (Tokens[k - 1].Kind == TokenKind.Number || CountWord(k - 1) != 0))
        {
            return true;
        }

        bool plural = w.Length > 3 && w[^1] == 's' && w[^2] != 's' && w[^2] != 'u' && !Is(k, "this") && !Is(k, "has") && !Is(k, "was") && !Is(k, "does")
            && !Is(k, "times") && Lookup(w, out _) == WordKind.None;
        bool measure = w.Length <= 3 && k - 1 >= _first && Tokens[k - 1].Kind == TokenKind.Number;

        // "400,000 people a year", "2 million children a year": a count of something.
        bool counted = k - 1 >= _first && (Tokens[k - 1].Kind == TokenKind.Number || Is(k - 1, "million") || Is(k - 1, "thousand"))
            && Lookup(w, out _) == WordKind.None;

        // "40 million cubic feet", "2 million new cars": a count, a word that qualifies the measure, the measure.
        counted |= k - 2 >= _first && (Tokens[k - 2].Kind == TokenKind.Number || Is(k - 2, "million") || Is(k - 2, "billion") || Is(k - 2, "thousand"))
            && IsWord(k - 1) && !Cap(k - 1) && !IsPreposition(k - 1) && !IsPreposition(k) && Lookup(W(k - 1), out _) == WordKind.None && Lookup(w, out _) == WordKind.None;
        return plural || measure || counted;
    }

    /// <summary>"1600 Pennsylvania Avenue": a street number.</summary>
    private bool StreetFollows(int k) =>
        IsWord(k) && Cap(k) && (Is(k + 1, "Avenue") || Is(k + 1, "Street") || Is(k + 1, "Road") || Is(k + 1, "Boulevard") || Is(k + 1, "Lane")
        || Is(k + 1, "Drive") || Is(k + 1, "Place") || Is(k + 1, "Square") || Is(k + 1, "Ave.") || Is(k + 1, "St."));

    private bool QuantityFollows(int k) =>
        k < _end && (Tokens[k].Has(TokenTraits.Currency) || Is(k, "%") || Is(k, "percent") || Is(k, "people") || Is(k, "million")
        || Is(k, "billion") || Is(k, "tonnes") || Is(k, "km"));

    /// <summary>How many parses back a day-count looks for the story day it counts from.</summary>
    private const int StoryDayReach = 6;

    /// <summary>How many tokens of a story day's sentence are searched for the name of a proper-named count ("the fourth day of Wimbledon").</summary>
    private const int SentenceScan = 60;

    /// <summary>How many tokens before the story day a verb that starts the count may stand ("was admitted to the ward on 4 May").</summary>
    private const int CountStartReach = 12;

    /// <summary>
    /// "On day three he developed a fever", "rounded the Cape on day 24", "By day five we were climbing": a lower-case "day" and
    /// a count after "on", "by" or "until" is a day of a journey, a stay or a siege counted from its first, the story's day (the
    /// day of leaving or admission is day one). Only in a count: the story day, in this paragraph or the one before, follows a
    /// verb that starts one (<see cref="DateVocabulary.StartsCount"/>: "was admitted on 3 March", "left Hull on 10 November"),
    /// or a day of the count was named there already ("Day 1, Monday: … By day four"); a later day of the count steps from the
    /// earlier one. A clock just before "on day N" ("left for the summit at 11pm on day five") takes the count's day. A capitalised
    /// "Day 3" that opens its sentence, when <see cref="TryCountHeading"/> did not read it (a dash after the figure), is a heading
    /// only as <see cref="OpensCountDay"/> tells; "Day 1, 28 March" takes its date
    /// (<see cref="FirstDayHeading"/>). Not a spelled "Day one, Saturday 4 October" (it only names a count), not a day count with
    /// no story day to count from, and not the idiom of a first day in office ("said he would pardon them on day one", "on day
    /// one of his presidency").
    /// </summary>
    private int? TryStoryDayCount(int i)
    {
        int n = CountWord(i + 1);
        if (n < 1)
        {
            return null;
        }

        // "Day 3: a sleeper to Vienna", "Day 4 brought the first big dunes": a diary's heading, "Day" and a figure opening the
        // sentence, is the day of the count (a spelled "Day one, Saturday 4 October" stays the heading it is).
        bool heading = Cap(i) && i == _first && Tokens[i + 1].Kind == TokenKind.Number && OpensCountDay(i);
        if (heading && n == 1 && Is(i + 2, ",") && i + 3 < _end)
        {
            return FirstDayHeading(i);
        }

        // "Day 100 of the war finds …" after "The invasion began before dawn on 24 February": a day of an event opening its sentence,
        // counted from a day told with a count's start (session 33; with no start it stays a heading's day named, "Day 2 of filming").
        bool ofEvent = !heading && Cap(i) && i == _first && Tokens[i + 1].Kind == TokenKind.Number && Is(i + 2, "of") && Is(i + 3, "the") && !DayToldAfter(i + 4);
        // "leads after day four", "by the end of day two": a day of the count after "after" or the end or start "of" (session 33).
        bool lead = Is(i - 1, "on") || Is(i - 1, "by") || Is(i - 1, "until") || Is(i - 1, "after")
            || (Is(i - 1, "of") && (Is(i - 2, "end") || Is(i - 2, "start") || Is(i - 2, "close")));
        if (!heading && !ofEvent && (Cap(i) || !lead))
        {
            (_dayCountParagraph, _dayCountNoun) = (_paragraph, CountNoun(i + 1)); // "Day 1, Monday:", "Day one, Saturday 4 October": a count's day named
            return null;
        }

        if (UncountedCourseAfter(i + 2))
        {
            return null; // "by day three of a course of antibiotics"
        }

        if (n == 1 && (Future(i - 1) || (Is(i + 2, "of") && (In(i + 3, DateVocabulary.OfficeTerms) || In(i + 4, DateVocabulary.OfficeTerms)))))
        {
            return null;
        }

        // "walking by day five after surgery", "sitting up by day three after the transplant": clinicians count from the operation's
        // day as day zero, so the day is the story's day (the operation's) plus the count (session 34, dates34b).
        if (!heading && !ofEvent && Is(i + 2, "after") && (In(i + 3, DateVocabulary.DayZeroEvents)
            || ((Is(i + 3, "the") || Is(i + 3, "his") || Is(i + 3, "her") || Is(i + 3, "their")) && In(i + 4, DateVocabulary.DayZeroEvents))))
        {
            return Emit(i, i + 1, DateParse.Offset(TimeUnit.Day, n, AnchorUse.Story));
        }

        if (StoryCountDay(i, i + 1, n, heading) is int counted)
        {
            return counted;
        }

        if (ofEvent)
        {
            (_dayCountParagraph, _dayCountNoun) = (_paragraph, CountNoun(i + 1)); // "Day 100 of the war": the war's count named
        }

        return null;
    }

    /// <summary>
    /// "On the third day of the hearing", "By the 10th day of the strike", "on the fifth day Armstrong and Aldrin landed", "and the
    /// second day belonged to Mark Wood": "the", an ordinal (a word to "thirty-first", or figures with st/nd/rd/th) and a lower-case
    /// "day" at <paramref name="i"/>..<paramref name="k"/>+1 are a day of a count, read as "on day three" is (<see cref="StoryCountDay"/>):
    /// only when the story day before it follows a verb that starts a count, or a day of the count was named. Not a day of a month,
    /// a year or a named day ("the first day of March", "the first day of Ramadan"), nor of a course ("the tenth day of treatment").
    /// Session 33 (dates33).
    /// </summary>
    private int? TryOrdinalCountDay(int i, int k)
    {
        if (k + 1 >= _end || !Is(k + 1, "day") || Cap(k + 1) || OrdinalCount(k) is not int n || n < 1)
        {
            return null;
        }

        if (Is(k + 2, "of"))
        {
            int m = Is(k + 3, "the") || Is(k + 3, "its") || Is(k + 3, "a") || Is(k + 3, "their") || Is(k + 3, "his") || Is(k + 3, "her") ? k + 4 : k + 3;
            // A proper-named event is counted ("the third day of the Lord's Test", "the fourth day of Wimbledon"); a named day is not
            // (review 33d, finding 11).
            if (!IsWord(m) || (Cap(m) && !DateVocabulary.NamedDaysStartingWith(W(m)).IsEmpty) || Lookup(W(m), out _) != WordKind.None
                || UncountedCourseAfter(k + 2) || In(m, DateVocabulary.OfficeTerms))
            {
                return null; // "the first day of March", "the first day of the month", "the first day of Ramadan"
            }
        }
        else if (Is(k + 2, "in") || Is(k + 2, "since") || Is(k + 2, "this") || Is(k + 2, "that") || Is(k + 2, "running") || Is(k + 2, "back"))
        {
            return null; // "the first day in office", "the third day running": no day of a count
        }

        if (n == 1 && Future(i))
        {
            return null;
        }

        return StoryCountDay(i, k + 1, n, heading: false);
    }

    /// <summary>The token of the noun a day of a count names after its number or "day" at <paramref name="k"/> ("Day 100 of the war",
    /// "the 10th day of the strike", "day three of filming": "war", "strike", "filming"), or -1 when it names none.</summary>
    private int CountNoun(int k)
    {
        if (!Is(k + 1, "of"))
        {
            return -1;
        }

        int m = Is(k + 2, "the") || Is(k + 2, "its") || Is(k + 2, "a") || Is(k + 2, "their") || Is(k + 2, "his") || Is(k + 2, "her") ? k + 3 : k + 2;
        return m < _end && IsWord(m) ? m : -1;
    }

    /// <summary>How many tokens after "Day 3 of the shoot" a clause may tell the day itself ("was on 9 May").</summary>
    private const int DayToldReach = 6;

    /// <summary>Whether "was on", "is on" or "fell on" follows within a few tokens of <paramref name="k"/> in the sentence ("Day 3 of the
    /// shoot was on 9 May"): the day is told, not counted.</summary>
    private bool DayToldAfter(int k)
    {
        for (int j = k; j < _end && j <= k + DayToldReach; j++)
        {
            if (Is(j, "on") && (Is(j - 1, "was") || Is(j - 1, "is") || Is(j - 1, "fell") || Is(j - 1, "falls")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The count of an ordinal at token <paramref name="k"/>: "third", "twenty-first", "12th", "23rd"; else null.</summary>
    private int? OrdinalCount(int k)
    {
        if (k >= _end || !(IsWord(k) || Tokens[k].Kind == TokenKind.Number))
        {
            return null;
        }

        ReadOnlySpan<char> w = W(k);
        if (IsWord(k) && DateVocabulary.DayOrdinals.TryGetValue(w, out int spelled))
        {
            return spelled;
        }

        if (w.Length is < 3 or > 5 || !(w.EndsWith("st") || w.EndsWith("nd") || w.EndsWith("rd") || w.EndsWith("th")))
        {
            return null;
        }

        ReadOnlySpan<char> digits = w[..^2];
        return AllDigits(digits) ? Parse(digits) : null;
    }

    /// <summary>Whether "of", a determiner or none, and a noun of <see cref="DateVocabulary.UncountedCourses"/> (or one word before
    /// it) stand at <paramref name="k"/>: "day three of a course of antibiotics", "week 12 of pregnancy".</summary>
    private bool UncountedCourseAfter(int k) =>
        Is(k, "of") && (In(k + 1, DateVocabulary.UncountedCourses) || In(k + 2, DateVocabulary.UncountedCourses));

    /// <summary>
    /// Day <paramref name="n"/> of a count at tokens <paramref name="first"/>..<paramref name="last"/>, counted from the story day the
    /// last parses name when it follows a verb that starts a count, or from the count's day already named (<see cref="TryStoryDayCount"/>);
    /// null with no such day.
    /// </summary>
    private int? StoryCountDay(int first, int last, int n, bool heading)
    {
        int i = first;
        // A count named for one event is not another's ("Day 100 of the war … By the 10th day of the blackout": review 33d, finding 9).
        int noun = CountNoun(last);
        bool countNamed = _dayCountParagraph >= _paragraph - 1
            && (_dayCountNoun < 0 || noun < 0 || W(_dayCountNoun).Equals(W(noun), StringComparison.OrdinalIgnoreCase));
        for (int k = _parses.Count - 1; k >= Math.Max(0, _parses.Count - StoryDayReach); k--)
        {
            DateParse before = _parses[k];
            if (before.Type is TemporalType.Date or TemporalType.Time && before.Kind != ParseKind.Literal && before.Grain is DatePrecision.Day or DatePrecision.TimeOfDay or DatePrecision.PartOfDay)
            {
                // A count named for a proper event ("the fourth day of Wimbledon", "the second day of the European Council") counts
                // only from a day told with its name, or from a day of the same count: a start verb of another ("left Hull on 10
                // November") began no such count (review 34d, finding 7).
                bool proper = noun >= 0 && Cap(noun);
                if (before.Paragraph < _paragraph - 1
                    || !(heading || (proper ? (countNamed && _dayCountNoun >= 0) || NamedInSentence(before, first, noun) : countNamed || CountStartsBefore(before))))
                {
                    return null;
                }

                // "On day four … by day ten": a later day of the same count steps from the earlier one, as does a time of that day
                // told after it ("Day 3: … by the evening we were in Omsk. ¶ Day 7").
                int from = before.Start == _dayCountStart
                    || (_dayCountStart >= 0 && countNamed && before.Start > _dayCountStart && before.Type == TemporalType.Time && before.DayStep == 0
                        && !(before.Kind == ParseKind.Offset && before.Unit == TimeUnit.Day && before.Count != 0))
                    ? _dayCountNumber : 1;
                (_dayCountStart, _dayCountNumber, _dayCountParagraph, _dayCountNoun) = (Tokens[i].Start, n, _paragraph, noun);
                int count = n - from;
                // "left for the summit at 11pm on day five", "arriving at 6.40am on day four": the clock is on the day of the count,
                // and the count then names the clock's day.
                if (Is(i - 1, "on") && _parses[^1] is { BareClock: true } clock && clock.End == Tokens[i - 2].End)
                {
                    _parses[^1] = clock with { Count = count, Anchor = AnchorUse.Story, BareClock = false };
                    count = 0;
                }

                return Emit(first, last, DateParse.Offset(TimeUnit.Day, count, AnchorUse.Story));
            }
        }

        return null;
    }

    /// <summary>Whether the sentence of <paramref name="day"/>, before token <paramref name="first"/>, writes the capitalised word at
    /// <paramref name="noun"/> ("Wimbledon began on Monday 29 June. On the fourth day of Wimbledon").</summary>
    private bool NamedInSentence(in DateParse day, int first, int noun)
    {
        for (int t = day.Sentence; t >= 0 && t < first && t < day.Sentence + SentenceScan; t++)
        {
            if (t != noun && Cap(t) && W(t).SequenceEqual(W(noun)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Day 1, 28 March:", "Day 1, Monday 22 September:": a diary's first heading, the day the date after it names; the count starts
    /// there. With a weekday alone after it ("Day 1, Monday:") the heading only names the count. Returns the token after what was read.
    /// </summary>
    private int FirstDayHeading(int i)
    {
        int before = _parses.Count;
        int next = TryAt(i + 3);
        if (_parses.Count == before + 1 && _parses[^1] is { Kind: ParseKind.Calendar, Month: > 0, Day: > 0, Hour: < 0 } date && date.Start == Tokens[i + 3].Start)
        {
            _parses.Insert(before, date with { Start = Tokens[i].Start, End = Tokens[i + 1].End });
            (_dayCountStart, _dayCountNumber, _dayCountParagraph, _dayCountNoun) = (Tokens[i].Start, 1, _paragraph, -1);
            return next;
        }

        (_dayCountParagraph, _dayCountNoun) = (_paragraph, -1);
        return Math.Max(next, i + 2);
    }

    /// <summary>Whether a verb that starts a count of days (<see cref="DateVocabulary.StartsCount"/>) stands in the sentence of
    /// <paramref name="day"/> a few tokens before it ("The woman was admitted to the ward on 4 May").</summary>
    private bool CountStartsBefore(DateParse day)
    {
        ReadOnlySpan<Token> tokens = Tokens;
        int lo = day.Sentence, hi = Math.Min(tokens.Length, _end); // the first token at or after the day's start: a binary search
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < day.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        int t = lo;
        for (int m = t - 1; m >= Math.Max(day.Sentence, t - CountStartReach); m--)
        {
            if (tokens[m].Kind == TokenKind.Word && DateVocabulary.StartsCount(_text.AsSpan(tokens[m].Start, tokens[m].Length),
                    m + 1 < tokens.Length && tokens[m + 1].Kind == TokenKind.Word ? _text.AsSpan(tokens[m + 1].Start, tokens[m + 1].Length) : default))
            {
                return true;
            }
        }

        return false;
    }
}
