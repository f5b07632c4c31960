using System.Collections.Frozen;

namespace Tidings.Dates;

/// <summary>What a word can be to the date reader (one look-up decides).</summary>
internal enum WordKind
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
    WeekdayPlural,
}

/// <summary>A calendar unit a date expression counts in.</summary>
internal enum TimeUnit
{
    None,
    Minute,
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
    Half,
}

/// <summary>The tense of the clause a date expression stands in (its nearest marker decides).</summary>
internal enum Tense
{
    /// <summary>No marker in the clause.</summary>
    Unknown,
    Past,
    Present,
    Future,
}

/// <summary>A named day: its month and day, or the n-th weekday of its month (Thanksgiving: the fourth Thursday of November).</summary>
internal readonly record struct NamedDay(string Name, int Month, int Day, int NthWeekday = 0, DayOfWeek Weekday = DayOfWeek.Sunday);

/// <summary>The date reader's vocabularies: month, weekday, unit and season names, tense markers and named days, as data.</summary>
internal static class DateVocabulary
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly (string Abbreviation, int Month)[] MonthAbbreviations =
    [
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
    ];

    private static readonly string[] WeekdayNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    private static readonly (string Word, TimeUnit Unit)[] UnitWords =
    [
        ("minute", TimeUnit.Minute), ("minutes", TimeUnit.Minute), ("hour", TimeUnit.Hour), ("hours", TimeUnit.Hour), ("day", TimeUnit.Day),
        ("days", TimeUnit.Day), ("week", TimeUnit.Week), ("weeks", TimeUnit.Week), ("weekend", TimeUnit.Weekend),
        ("month", TimeUnit.Month), ("months", TimeUnit.Month), ("quarter", TimeUnit.Quarter), ("year", TimeUnit.Year),
        ("years", TimeUnit.Year), ("decade", TimeUnit.Decade), ("decades", TimeUnit.Decade), ("century", TimeUnit.Century),
        ("centuries", TimeUnit.Century), ("seconds", TimeUnit.Second),
    ];

    private static readonly (string Word, int Season)[] SeasonWords = [("spring", 0), ("summer", 1), ("autumn", 2), ("fall", 2), ("winter", 3)];

    private static readonly string[] CardinalWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    private static readonly (string Word, int Value)[] LargerCardinals =
    [
        ("thirteen", 13), ("fourteen", 14), ("fifteen", 15), ("sixteen", 16), ("seventeen", 17), ("eighteen", 18), ("twenty", 20),
        ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90),
    ];

    private static readonly string[] FutureMarkers =
        ["will", "'ll", "’ll", "shall", "due", "plans", "scheduled", "upcoming", "expected", "going", "planned", "intends", "aims", "would", "soon", "planning",
        "expects", "expect", "hopes", "hope", "forecast", "forecasts", "intend", "seeks", "wants", "vowed", "pledged", "promised"];

    private static readonly string[] PresentMarkers =
    [
        "is", "are", "am", "might", "can", "could", "should", "must", "remains", "opens", "takes", "plays", "begins", "starts", "ends",
        "meets", "runs", "faces", "closes", "arrives", "returns", "resumes", "reopens", "visits", "hosts",
    ];

    private static readonly string[] PastMarkers =
    [
        "was", "were", "had", "did", "has", "have", "said", "told", "ago", "began", "took", "made", "came", "went", "saw", "left", "fell",
        "rose", "held", "won", "lost", "met", "struck", "sank", "became", "gave", "got", "ran", "sold", "bought", "brought", "found", "led",
        "paid", "kept", "spoke", "wrote", "broke", "chose", "drove", "flew", "grew", "knew", "threw", "stood", "sent", "spent", "built",
        "heard", "fought", "taught", "caught", "shot", "swore", "froze", "stole", "woke",
    ];

    /// <summary>Named days, by the word that starts them (index = the code a <see cref="WordKind.Holiday"/> look-up gives).</summary>
    internal static readonly NamedDay[] NamedDays =
    [
        new("thanksgiving", 11, 0, 4, DayOfWeek.Thursday),
        new("christmas", 12, 25),
        new("independence", 7, 4),
        new("halloween", 10, 31),
        new("boxing", 12, 26),
        new("v-e", 5, 8),
        new("ve", 5, 8),
        new("v-j", 8, 15),
        new("bastille", 7, 14),
        new("armistice", 11, 11),
        new("veterans", 11, 11),
        new("hogmanay", 12, 31),
        new("easter", 0, 0),
        new("new", 1, 1),
        new("valentine", 2, 14),
    ];

    /// <summary>Named days that need "Day" after them to be a date ("Independence Day", not "independence").</summary>
    internal static bool NeedsDay(int holiday) => NamedDays[holiday].Name is not ("thanksgiving" or "christmas" or "halloween" or "hogmanay" or "easter");

    /// <summary>The TIMEX3 codes of spring, summer, autumn and winter.</summary>
    internal static readonly string[] SeasonCodes = ["SP", "SU", "FA", "WI"];

    /// <summary>Words after "the" that can start a date other than the date words themselves ("the past two years", "the 20th century").</summary>
    internal static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TheFollowers = new[]
    {
        "day", "previous", "latest", "recent", "current", "same", "fiscal", "full", "calendar", "future", "near", "short",
        "first", "second", "third", "fourth", "final", "end", "beginning", "start", "middle", "twentieth", "nineteenth",
        "eighteenth", "twenty-first", "year-earlier", "year-ago", "third-quarter", "fourth-quarter", "first-quarter",
        "second-quarter", "following", "preceding", "prior", "same", "turn",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Time-zone abbreviations, as written (case matters: "ET", not "et").</summary>
    internal static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ZoneAbbreviations = new[]
    {
        "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "MSK", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT",
        "ET", "PT", "CT", "MT", "AKST", "AKDT", "HST", "JST", "KST", "IST", "HKT", "SGT", "AEST", "AEDT", "ACST", "AWST", "NZST", "NZDT", "WIB",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Time zones named by a word: "7 p.m. Eastern", "Pacific time".</summary>
    internal static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ZoneNames = new[]
    {
        "Eastern", "Pacific", "Central", "Mountain", "Greenwich",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Datelines whose press writes the day first ("LONDON (Reuters) -").</summary>
    internal static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DayFirstDatelines = new[]
    {
        "LONDON", "PARIS", "BERLIN", "FRANKFURT", "MUNICH", "HAMBURG", "MADRID", "BARCELONA", "PRAGUE", "ZURICH", "GENEVA", "ROME", "MILAN",
        "BRUSSELS", "AMSTERDAM", "VIENNA", "WARSAW", "STOCKHOLM", "OSLO", "COPENHAGEN", "HELSINKI", "LISBON", "ATHENS", "DUBLIN", "EDINBURGH",
        "MANCHESTER", "MOSCOW", "KYIV", "KIEV", "BUDAPEST", "BUCHAREST", "ISTANBUL", "CAIRO", "NAIROBI", "JOHANNESBURG", "SYDNEY", "MELBOURNE",
        "MUMBAI", "DELHI", "JAKARTA", "SINGAPORE", "AUCKLAND", "LAGOS",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Datelines whose press writes the month first ("WASHINGTON (AP) -").</summary>
    internal static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthFirstDatelines = new[]
    {
        "WASHINGTON", "CHICAGO", "NEW", "BOSTON", "LOS", "SAN", "HOUSTON", "ATLANTA", "DALLAS", "MIAMI", "SEATTLE", "DETROIT", "PHILADELPHIA",
        "DENVER", "PHOENIX", "BALTIMORE", "MINNEAPOLIS",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, (WordKind Kind, int N)>.AlternateLookup<ReadOnlySpan<char>> Words = BuildWords();

    /// <summary>What <paramref name="w"/> is, and its number (month 1–12, weekday 0–6 from Sunday, unit, cardinal value…).</summary>
    public static WordKind Lookup(ReadOnlySpan<char> w, out int n)
    {
        n = 0;
        if (w.Length > 12 || !Words.TryGetValue(w, out (WordKind Kind, int N) e))
        {
            return WordKind.None;
        }

        n = e.N;
        return e.Kind;
    }

    /// <summary>"may", "march", "august": month names that are also common words.</summary>
    public static bool IsAmbiguousMonth(ReadOnlySpan<char> w) =>
        w.Equals("may", StringComparison.OrdinalIgnoreCase) || w.Equals("march", StringComparison.OrdinalIgnoreCase)
        || w.Equals("august", StringComparison.OrdinalIgnoreCase);

    private static FrozenDictionary<string, (WordKind, int)>.AlternateLookup<ReadOnlySpan<char>> BuildWords()
    {
        var d = new Dictionary<string, (WordKind, int)>(StringComparer.OrdinalIgnoreCase);
        for (int m = 0; m < 12; m++)
        {
            d[MonthNames[m]] = (WordKind.Month, m + 1);
        }

        foreach ((string a, int m) in MonthAbbreviations)
        {
            d[a + "."] = (WordKind.Month, m);
            if (a.Length >= 3)
            {
                d[a] = (WordKind.Month, m); // "Feb 9", "14 Mar 2017"; the reader asks for a capital and a number beside it
            }
        }

        for (int k = 0; k < 7; k++)
        {
            d[WeekdayNames[k]] = (WordKind.Weekday, k);
            d[WeekdayNames[k][..3]] = (WordKind.Weekday, k);
            d[WeekdayNames[k][..3] + "."] = (WordKind.Weekday, k);
            d[WeekdayNames[k] + "s"] = (WordKind.WeekdayPlural, k);
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
        d["that"] = (WordKind.Shift, 0);
        d["the"] = (WordKind.The, 0);
        d["morning"] = (WordKind.PartOfDay, 0);
        d["afternoon"] = (WordKind.PartOfDay, 1);
        d["evening"] = (WordKind.PartOfDay, 2);
        d["night"] = (WordKind.PartOfDay, 3);
        foreach ((string w, TimeUnit u) in UnitWords)
        {
            d[w] = (WordKind.Unit, (int)u);
        }

        foreach ((string w, int s) in SeasonWords)
        {
            d[w] = (WordKind.Season, s);
        }

        d["every"] = (WordKind.Every, 0);
        d["each"] = (WordKind.Every, 0);
        foreach (string w in new[] { "daily", "weekly", "monthly", "quarterly", "annually", "yearly", "hourly", "nightly", "fortnightly" })
        {
            d[w] = (WordKind.Adverbial, 0);
        }

        foreach (string w in new[] { "early", "late", "mid" })
        {
            d[w] = (WordKind.Modifier, 0);
        }

        for (int k = 1; k < CardinalWords.Length; k++)
        {
            d[CardinalWords[k]] = (WordKind.Cardinal, k);
        }

        foreach ((string w, int v) in LargerCardinals)
        {
            d[w] = (WordKind.Cardinal, v);
        }

        d["nineteen"] = (WordKind.Century, 19);
        for (int h = 0; h < NamedDays.Length; h++)
        {
            d.TryAdd(NamedDays[h].Name, (WordKind.Holiday, h));
        }

        d["noon"] = (WordKind.Clock, 12);
        d["midday"] = (WordKind.Clock, 12);
        d["midnight"] = (WordKind.Clock, 0);
        d["several"] = (WordKind.Vague, 0);
        d["few"] = (WordKind.Vague, 0);
        d["many"] = (WordKind.Vague, 0);
        AddAll(d, FutureMarkers, WordKind.TenseMarker, (int)Tense.Future);
        AddAll(d, PresentMarkers, WordKind.TenseMarker, (int)Tense.Present);
        AddAll(d, PastMarkers, WordKind.TenseMarker, (int)Tense.Past);
        d["a"] = (WordKind.Article, 1);
        d["an"] = (WordKind.Article, 1);
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static void AddAll(Dictionary<string, (WordKind, int)> d, string[] words, WordKind kind, int n)
    {
        foreach (string w in words)
        {
            d[w] = (kind, n);
        }
    }
}
