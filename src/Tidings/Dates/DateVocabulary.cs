using System.Globalization;
using System.IO;
using Tidings.Text;

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
    WeekdayPlural,

    /// <summary>A word that names a part of the day by the light ("dawn", "nightfall"; <c>Data/times-of-day.txt</c>, <c>[part]</c>).</summary>
    NamedPart,
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

/// <summary>
/// A named day (read from <c>Data/named-days.txt</c>): its words and the rule that gives its date in a year — a fixed
/// month and day, the n-th weekday of a month (<see cref="Nth"/> -1: the last), Easter, or one of these moved by
/// <see cref="Offset"/> days; <see cref="Year"/> for a day in history ("Black Monday"); or, for a day of a lunar calendar
/// ("Diwali", "Lunar New Year"), the day a table (<c>Data/day-tables.txt</c>) lists for each year.
/// </summary>
internal sealed record NamedDay(string Phrase, int Month, int Day, int Nth, DayOfWeek Weekday, bool Easter, int Offset, int? Year)
{
    /// <summary>For a day of another calendar: the table's name in <c>Data/day-tables.txt</c>, else null.</summary>
    public string? TableName { get; init; }

    /// <summary>For a day of another calendar: its day in each year the table lists.</summary>
    public Dictionary<int, DateOnly>? Table { get; init; }

    /// <summary>The day another country keeps under the same name ("Mother's Day": Mothering Sunday in Britain), or null.</summary>
    public NamedDay? Alternative { get; init; }

    /// <summary>The date it falls on in <paramref name="year"/>, or null off the calendar (or outside its table's years).</summary>
    public DateOnly? On(int year)
    {
        if (year is < 2 or > 9998)
        {
            return null;
        }

        if (TableName is not null)
        {
            return Table is not null && Table.TryGetValue(year, out DateOnly listed) ? listed : null;
        }

        DateOnly day;
        if (Easter)
        {
            (int m, int d) = EasterSunday(year);
            day = new DateOnly(year, m, d);
        }
        else if (Nth != 0)
        {
            var first = new DateOnly(year, Month, 1);
            if (Nth > 0)
            {
                day = first.AddDays((((int)Weekday - (int)first.DayOfWeek + 7) % 7) + (7 * (Nth - 1)));
            }
            else
            {
                DateOnly last = first.AddMonths(1).AddDays(-1);
                day = last.AddDays(-(((int)last.DayOfWeek - (int)Weekday + 7) % 7));
            }
        }
        else
        {
            day = new DateOnly(year, Month, Day);
        }

        return day.AddDays(Offset);
    }

    /// <summary>Easter Sunday of <paramref name="year"/> (the Gregorian computus): its month and day.</summary>
    public static (int Month, int Day) EasterSunday(int year)
    {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31;
        int day = ((h + l - (7 * m) + 114) % 31) + 1;
        return (month, day);
    }

    /// <summary>Parses a rule of <c>Data/named-days.txt</c>; null when it is not one.</summary>
    public static NamedDay? Parse(string phrase, string rule)
    {
        string[] parts = rule.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int offset = 0;
        int n = parts.Length;
        if (parts.Length is 2 or 4 && parts[^1][0] is '+' or '-' && int.TryParse(parts[^1], System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out int o))
        {
            offset = o;
            n--;
        }

        if (n == 1 && parts[0] is "dateline" or "days")
        {
            return new NamedDay(phrase, 0, 0, 0, DayOfWeek.Sunday, false, 0, null) { TableName = parts[0] };
        }

        if (n == 2 && parts[0] == "table")
        {
            return new NamedDay(phrase, 0, 0, 0, DayOfWeek.Sunday, false, 0, null) { TableName = parts[1] };
        }

        if (n == 1 && parts[0] == "easter")
        {
            return new NamedDay(phrase, 0, 0, 0, DayOfWeek.Sunday, true, offset, null);
        }

        if (n == 3 && int.TryParse(parts[0], System.Globalization.CultureInfo.InvariantCulture, out int month)
            && int.TryParse(parts[2], System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out int nth)
            && Array.FindIndex(Enum.GetNames<DayOfWeek>(), d => d.StartsWith(parts[1], StringComparison.OrdinalIgnoreCase)) is int weekday and >= 0)
        {
            return new NamedDay(phrase, month, 0, nth, (DayOfWeek)weekday, false, offset, null);
        }

        string[] ymd = n == 1 ? parts[0].Split('-') : [];
        int[] numbers = Array.ConvertAll(ymd, x => int.TryParse(x, System.Globalization.CultureInfo.InvariantCulture, out int v) ? v : 0);
        return numbers.Length switch
        {
            2 => new NamedDay(phrase, numbers[0], numbers[1], 0, DayOfWeek.Sunday, false, offset, null),
            3 => new NamedDay(phrase, numbers[1], numbers[2], 0, DayOfWeek.Sunday, false, offset, numbers[0]),
            _ => null,
        };
    }
}

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
        ("month", TimeUnit.Month), ("months", TimeUnit.Month), ("quarter", TimeUnit.Quarter), ("quarters", TimeUnit.Quarter), ("year", TimeUnit.Year),
        ("years", TimeUnit.Year), ("decade", TimeUnit.Decade), ("decades", TimeUnit.Decade), ("century", TimeUnit.Century),
        ("centuries", TimeUnit.Century), ("seconds", TimeUnit.Second),
    ];

    private static readonly (string Word, int Season)[] SeasonWords = [("spring", 0), ("summer", 1), ("autumn", 2), ("fall", 2), ("winter", 3)];

    private static readonly string[] CardinalWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    private static readonly (string Word, int Value)[] LargerCardinals =
    [
        ("thirteen", 13), ("fourteen", 14), ("fifteen", 15), ("sixteen", 16), ("seventeen", 17), ("eighteen", 18), ("twenty", 20),
        ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90),
        ("hundred", 100), ("thousand", 1000),
    ];

    private static readonly string[] FutureMarkers =
        ["will", "'ll", "’ll", "shall", "due", "plans", "scheduled", "slated", "upcoming", "expected", "going", "planned", "intends", "aims", "would", "soon", "planning",
        "expects", "expect", "hopes", "hope", "forecast", "forecasts", "intend", "seeks", "wants", "vowed", "pledged", "promised"];

    private static readonly string[] PresentMarkers =
    [
        "is", "are", "am", "might", "can", "could", "should", "must", "remains", "opens", "takes", "plays", "begins", "starts", "ends",
        "meets", "runs", "faces", "closes", "arrives", "returns", "resumes", "reopens", "visits", "hosts",
        "premieres", "airs", "debuts", "launches", "expires", "concludes", "departs", "lands", "travels", "heads", "kicks", "tees", "tours",
    ];

    private static readonly string[] PastMarkers =
    [
        "was", "were", "had", "did", "has", "have", "said", "told", "ago", "began", "took", "made", "came", "went", "saw", "left", "fell",
        "rose", "held", "won", "lost", "met", "struck", "sank", "became", "gave", "got", "ran", "sold", "bought", "brought", "found", "led",
        "paid", "kept", "spoke", "wrote", "broke", "chose", "drove", "flew", "grew", "knew", "threw", "stood", "sent", "spent", "built",
        "heard", "fought", "taught", "caught", "shot", "swore", "froze", "stole", "woke", "withdrew", "drew", "fled", "felt", "hid",
        "forgot", "forgave", "overtook", "undertook", "withheld", "upheld", "sought", "bore", "tore", "wore", "dug", "rode", "slid", "sped",
    ];

    /// <summary>Named days (<c>Data/named-days.txt</c>), longest phrase first; <see cref="DateParse.Ordinal"/> indexes them.</summary>
    internal static readonly NamedDay[] NamedDays = LoadNamedDays();

    /// <summary>The named days that start with a word (its leading letters, lower case), as indexes into <see cref="NamedDays"/>.</summary>
    private static readonly AsciiWordTable<int[]> NamedDayStarts = StartsOf(NamedDays);

    private static AsciiWordTable<int[]> StartsOf(NamedDay[] days)
    {
        var starts = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        for (int index = 0; index < days.Length; index++)
        {
            string key = LeadingLetters(days[index].Phrase).ToString();
            if (!starts.TryGetValue(key, out List<int>? found))
            {
                starts[key] = found = [];
                order.Add(key);
            }

            found.Add(index);
        }

        var table = new List<KeyValuePair<string, int[]>>(order.Count);
        foreach (string key in order)
        {
            table.Add(new KeyValuePair<string, int[]>(key, [.. starts[key]]));
        }

        return table.ToAsciiWordTable();
    }

    /// <summary>
    /// A cheap first test, made for every capitalised word: whether some named day's first word has this first letter and
    /// this many leading letters ("Christmas": c, 9). Most names ("Clinton", "Reuters") fail it without a look-up.
    /// </summary>
    internal static bool MayStartNamedDay(ReadOnlySpan<char> w)
    {
        if (w.Length == 0 || !char.IsAsciiLetter(w[0]))
        {
            return false;
        }

        int letters = 1;
        while (letters < w.Length && letters < 31 && char.IsLetter(w[letters]))
        {
            letters++;
        }

        return (NamedDayShapes[char.ToLowerInvariant(w[0]) - 'a'] & (1u << letters)) != 0;
    }

    /// <summary>Per first letter, a bit for each length (in letters, up to 31) of a named day's first word.</summary>
    private static readonly uint[] NamedDayShapes = NamedDays.Aggregate(new uint[26], (shapes, day) =>
    {
        int letters = Math.Min(LeadingLetters(day.Phrase).Length, 31);
        char initial = char.ToLowerInvariant(day.Phrase[0]);
        if (initial is >= 'a' and <= 'z')
        {
            shapes[initial - 'a'] |= letters == 31 ? ~0u << 31 : 1u << letters; // 31 stands for 31 or more
        }

        return shapes;
    });

    /// <summary>The named days whose phrase starts with the word <paramref name="w"/>, longest first (empty when none).</summary>
    internal static ReadOnlySpan<int> NamedDaysStartingWith(ReadOnlySpan<char> w)
    {
        ReadOnlySpan<char> key = LeadingLetters(w);
        return key.Length > 0 && NamedDayStarts.TryGetValue(key, out int[]? found) ? found : [];
    }

    private static ReadOnlySpan<char> LeadingLetters(ReadOnlySpan<char> w)
    {
        int n = 0;
        while (n < w.Length && char.IsLetter(w[n]))
        {
            n++;
        }

        return w[..n];
    }

    private static NamedDay[] LoadNamedDays()
    {
        using Stream stream = typeof(DateVocabulary).Assembly.GetManifestResourceStream("Tidings.Dates.Data.named-days.txt")
            ?? throw new InvalidOperationException("The named-day table is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var days = new List<NamedDay>();
        while (reader.ReadLine() is string line)
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (line.Length == 0 || line[0] == '#' || tab <= 0 || NamedDay.Parse(line[..tab].Trim(), line[(tab + 1)..].Trim()) is not NamedDay day)
            {
                continue;
            }

            days.Add(day);
        }

        // A phrase listed twice: the second line is the day another country keeps under that name.
        Dictionary<string, Dictionary<int, DateOnly>> tables = LoadDayTables();
        var byPhrase = new Dictionary<string, NamedDay>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (NamedDay day in days.Select(d => d.TableName is string name ? d with { Table = tables.GetValueOrDefault(name) } : d))
        {
            if (byPhrase.TryGetValue(day.Phrase, out NamedDay? first))
            {
                byPhrase[day.Phrase] = first with { Alternative = day };
            }
            else
            {
                byPhrase[day.Phrase] = day;
                order.Add(day.Phrase);
            }
        }

        return [.. order.Select(phrase => byPhrase[phrase]).OrderByDescending(d => d.Phrase.Length)];
    }

    /// <summary>
    /// Named days that differ by country (<c>Data/national-days.txt</c>), keyed "PLACE\tPhrase": the day as a rule of
    /// <c>Data/named-days.txt</c> — a fixed day ("KARACHI Independence Day 08-14") or one a rule gives ("TORONTO Thanksgiving
    /// 10 Mon 2"). A ruled day is also listed in <see cref="PlaceDays"/>, and its value is its ordinal (see <see cref="NamedDayAt"/>).
    /// </summary>
    internal static readonly AsciiWordTable<(NamedDay Day, int Ordinal)> NationalDays = LoadNationalDays(out PlaceDays);

    /// <summary>The ruled days of <c>Data/national-days.txt</c>, read as named days at ordinals from <see cref="NamedDays"/>' length on.</summary>
    private static readonly NamedDay[] PlaceDays;

    /// <summary>The named day at <paramref name="ordinal"/>: one of <see cref="NamedDays"/>, or past them a place's ruled day.</summary>
    internal static NamedDay NamedDayAt(int ordinal) => ordinal < NamedDays.Length ? NamedDays[ordinal] : PlaceDays[ordinal - NamedDays.Length];

    private static AsciiWordTable<(NamedDay Day, int Ordinal)> LoadNationalDays(out NamedDay[] ruled)
    {
        using Stream stream = typeof(DateVocabulary).Assembly.GetManifestResourceStream("Tidings.Dates.Data.national-days.txt")
            ?? throw new InvalidOperationException("The national-day table is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var days = new Dictionary<string, (NamedDay Day, int Ordinal)>(StringComparer.Ordinal);
        var rules = new List<NamedDay>();
        while (reader.ReadLine() is string line)
        {
            string[] parts = line.Split('\t');
            if (line.Length == 0 || line[0] == '#' || parts.Length != 3 || NamedDay.Parse(parts[1].Trim(), parts[2].Trim()) is not NamedDay day
                || day.TableName is not null || day.Year is not null)
            {
                continue;
            }

            int ordinal = -1;
            if (day.Nth != 0 || day.Easter || day.Offset != 0)
            {
                ordinal = NamedDays.Length + rules.Count;
                rules.Add(day);
            }

            days[parts[0].Trim() + "\t" + parts[1].Trim()] = (day, ordinal);
        }

        ruled = [.. rules];
        return days.ToAsciiWordTable(ignoreCase: false);
    }

    /// <summary>The tables of <c>Data/day-tables.txt</c>: for each name, the day it lists for each year.</summary>
    private static Dictionary<string, Dictionary<int, DateOnly>> LoadDayTables()
    {
        using Stream stream = typeof(DateVocabulary).Assembly.GetManifestResourceStream("Tidings.Dates.Data.day-tables.txt")
            ?? throw new InvalidOperationException("The day tables are missing from the assembly.");
        using var reader = new StreamReader(stream);
        var rows = new Dictionary<string, Dictionary<int, DateOnly>>(StringComparer.Ordinal);
        while (reader.ReadLine() is string line)
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (line.Length == 0 || line[0] == '#' || tab <= 0
                || !DateOnly.TryParseExact(line.AsSpan(tab + 1).Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out DateOnly day))
            {
                continue;
            }

            string name = line[..tab].Trim();
            if (!rows.TryGetValue(name, out Dictionary<int, DateOnly>? years))
            {
                rows[name] = years = [];
            }

            years[day.Year] = day;
        }

        return rows;
    }

    /// <summary>Bare present-tense verbs of scheduled events (<c>Data/tense-verbs.txt</c>, section <c>[present]</c>): "Markets close early Friday".</summary>
    internal static readonly AsciiWordTable<bool> PresentVerbs = LoadWords("tense-verbs.txt", "present");

    /// <summary>Past-tense verbs that put an infinitive after them ahead (<c>Data/tense-verbs.txt</c>, <c>[intent]</c>): "agreed to meet in June".</summary>
    internal static readonly AsciiWordTable<bool> IntentVerbs = LoadWords("tense-verbs.txt", "intent");

    /// <summary>Verbs of a call or a demand whose object, an event, lies ahead ("called for fresh protests on Wednesday").</summary>
    internal static readonly AsciiWordTable<bool> CallVerbs = LoadWords("tense-verbs.txt", "call");

    /// <summary>Nouns of an event that can be called for ("protests", "a general strike", "a vote").</summary>
    internal static readonly AsciiWordTable<bool> EventNouns = LoadWords("tense-verbs.txt", "event");

    /// <summary>Verbs that set a day for something or move it ("set a trial date of", "was moved to", "postponed until"): <c>[plan]</c>.</summary>
    internal static readonly AsciiWordTable<bool> PlanVerbs = LoadWords("tense-verbs.txt", "plan");

    /// <summary>The words of one "[section]" of a word list in <c>Data/</c>.</summary>
    private static AsciiWordTable<bool> LoadWords(string file, string section) => AsciiWordTable.Of(SectionLines(file, section).ToList());

    /// <summary>One "[section]" of a list in <c>Data/</c> whose lines are "word (tab) number": the number of each word.</summary>
    private static AsciiWordTable<int> LoadNumbered(string file, string section)
    {
        var table = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach ((string word, int n) in NumberedLines(file, section))
        {
            table[word] = n;
        }

        return table.ToAsciiWordTable();
    }

    /// <summary>The "word (tab) number" lines of one "[section]" of a list in <c>Data/</c>.</summary>
    private static IEnumerable<(string Word, int N)> NumberedLines(string file, string section)
    {
        foreach (string line in SectionLines(file, section))
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0 && int.TryParse(line.AsSpan(tab + 1).Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int n))
            {
                yield return (line[..tab].Trim(), n);
            }
        }
    }

    /// <summary>"first light", "last light" (<c>Data/times-of-day.txt</c>, <c>[light]</c>): the part of the day the word before "light" names.</summary>
    internal static readonly AsciiWordTable<int> LightWords = LoadNumbered("times-of-day.txt", "light");

    /// <summary>Words that mark a year of an era (<c>Data/calendar-phrases.txt</c>, <c>[era]</c>): -1 before Christ ("BC"), 1 of the common era ("AD").</summary>
    internal static readonly AsciiWordTable<int> EraWords = LoadNumbered("calendar-phrases.txt", "era");

    /// <summary>A commercial letter's month after a day (<c>[month-shift]</c>): "inst." 0, "ult." -1, "prox." 1 months from the month of writing.</summary>
    internal static readonly AsciiWordTable<int> MonthShifts = LoadNumbered("calendar-phrases.txt", "month-shift");

    /// <summary>The non-comment lines of one "[section]" of a list in <c>Data/</c>, trimmed.</summary>
    private static IEnumerable<string> SectionLines(string file, string section)
    {
        using Stream stream = typeof(DateVocabulary).Assembly.GetManifestResourceStream("Tidings.Dates.Data." + file)
            ?? throw new InvalidOperationException("The word list " + file + " is missing from the assembly.");
        using var reader = new StreamReader(stream);
        bool inSection = false;
        while (reader.ReadLine() is string raw)
        {
            string line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[')
            {
                inSection = line == "[" + section + "]";
                continue;
            }

            if (inSection)
            {
                yield return line;
            }
        }
    }

    /// <summary>Which of a month's weeks or weekdays (<c>Data/calendar-phrases.txt</c>, <c>[ordinal]</c>): "first" 1, "last" -1.</summary>
    internal static readonly AsciiWordTable<int> MonthOrdinals = LoadNumbered("calendar-phrases.txt", "ordinal");

    /// <summary>Nouns a number after which is no year (<c>Data/calendar-phrases.txt</c>, <c>[numbered]</c>): "on page 1975".</summary>
    internal static readonly AsciiWordTable<int> NumberedNouns = LoadNumbered("calendar-phrases.txt", "numbered");

    /// <summary>Words after which a year is part of a statute's name (<c>[statute]</c>): "the 1975 Act".</summary>
    internal static readonly AsciiWordTable<int> StatuteWords = LoadNumbered("calendar-phrases.txt", "statute");

    /// <summary>Nouns of a school calendar named by a season (<c>[academic]</c>): "the autumn term", "the spring semester".</summary>
    internal static readonly AsciiWordTable<int> AcademicTerms = LoadNumbered("calendar-phrases.txt", "academic");

    /// <summary>
    /// Days whose month and day alone name an event of one year (<c>Data/calendar-phrases.txt</c>, <c>[event]</c>): keyed by
    /// the form written with a slash ("9/11") or by "MM-DD"; the day in history and the nouns after it that make it the event
    /// (empty: the form alone does).
    /// </summary>
    internal static readonly Dictionary<string, (DateOnly Day, string[] Nouns)> EventDays = LoadEventDays();

    private static Dictionary<string, (DateOnly Day, string[] Nouns)> LoadEventDays()
    {
        var table = new Dictionary<string, (DateOnly Day, string[] Nouns)>(StringComparer.Ordinal);
        foreach (string line in SectionLines("calendar-phrases.txt", "event"))
        {
            string[] parts = line.Split('\t', StringSplitOptions.TrimEntries);
            if (parts.Length == 3 && DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day))
            {
                table[parts[0]] = (day, parts[2] == "*" ? [] : parts[2].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            }
        }

        return table;
    }

    /// <summary>Halves of a month valued as the month (<c>Data/calendar-phrases.txt</c>, <c>[half]</c>): "the second half of the month".</summary>
    internal static readonly AsciiWordTable<int> MonthHalves = LoadNumbered("calendar-phrases.txt", "half");

    /// <summary>Days of the month written as ordinal words ("March eighth", "May twenty-first"): the day at its index.</summary>
    internal static readonly AsciiWordTable<int> DayOrdinals = DayOrdinalWords().ToAsciiWordTable();

    private static Dictionary<string, int> DayOrdinalWords()
    {
        string[] units = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
        string[] teens = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
        var days = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int d = 1; d <= 9; d++)
        {
            days[units[d - 1]] = d;
            days["twenty-" + units[d - 1]] = 20 + d;
        }

        for (int d = 10; d <= 19; d++)
        {
            days[teens[d - 10]] = d;
        }

        days["twentieth"] = 20;
        days["thirtieth"] = 30;
        days["thirty-first"] = 31;
        return days;
    }

    /// <summary>The TIMEX3 codes of spring, summer, autumn and winter.</summary>
    internal static readonly string[] SeasonCodes = ["SP", "SU", "FA", "WI"];

    /// <summary>Words after "the" that can start a date other than the date words themselves ("the past two years", "the 20th century").</summary>
    internal static readonly AsciiWordTable<bool> TheFollowers = AsciiWordTable.OfWords(new[]
    {
        "day", "previous", "latest", "recent", "current", "same", "fiscal", "full", "calendar", "future", "near", "short",
        "first", "second", "third", "fourth", "final", "end", "beginning", "start", "middle", "twentieth", "nineteenth",
        "eighteenth", "twenty-first", "year-earlier", "year-ago", "third-quarter", "fourth-quarter", "first-quarter",
        "second-quarter", "following", "preceding", "prior", "same", "turn", "twenties", "thirties", "forties", "fifties", "sixties",
        "seventies", "eighties", "nineties", "noughties", "couple", "latter", "corresponding", "comparable", "small", "eve",
    }, ignoreCase: true);

    /// <summary>The events whose eve ("on the eve of the election") is a day of the story: an election, a vote, a budget, a summit, a final.</summary>
    internal static readonly AsciiWordTable<bool> EveEvents = AsciiWordTable.OfWords(new[]
    {
        "election", "elections", "vote", "poll", "polls", "referendum", "budget", "summit", "final", "inauguration",
    }, ignoreCase: true);

    /// <summary>Words other than date words that may follow a count in a date or a duration ("3 times a day", "21 and 25 June",
    /// "24 of July", "two more weeks", "a couple of years", "a fortnight", "the 20 century").</summary>
    internal static readonly AsciiWordTable<bool> NumberFollowers = AsciiWordTable.OfWords(new[]
    {
        "times", "century", "of", "and", "or", "more", "additional", "extra", "further", "trading", "business", "working", "fortnight",
        "fortnights", "couple", "straight", "consecutive", "successive",
    }, ignoreCase: true);

    /// <summary>Time-zone abbreviations, as written (case matters: "ET", not "et").</summary>
    internal static readonly AsciiWordTable<bool> ZoneAbbreviations = AsciiWordTable.OfWords(new[]
    {
        "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "MSK", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT",
        "ET", "PT", "CT", "MT", "AKST", "AKDT", "HST", "JST", "KST", "IST", "HKT", "SGT", "AEST", "AEDT", "ACST", "AWST", "NZST", "NZDT", "WIB",
        "SAST", "CAT", "EAT", "WAT", "PKT", "ICT", "PHT", "ACDT", "AST", "ADT", "NST", "NDT", "MYT", "CLT", "CLST", "BRT", "NPT",
        "WITA", "AWDT", "NZT",
    }, ignoreCase: false);

    /// <summary>Time zones named by a word: "7 p.m. Eastern", "Pacific time".</summary>
    internal static readonly AsciiWordTable<bool> ZoneNames = AsciiWordTable.OfWords(new[]
    {
        "Eastern", "Pacific", "Central", "Mountain", "Greenwich",
    }, ignoreCase: false);

    /// <summary>Datelines whose press writes the day first ("LONDON (Reuters) -").</summary>
    internal static readonly AsciiWordTable<bool> DayFirstDatelines = AsciiWordTable.OfWords(new[]
    {
        "LONDON", "PARIS", "BERLIN", "FRANKFURT", "MUNICH", "HAMBURG", "MADRID", "BARCELONA", "PRAGUE", "ZURICH", "GENEVA", "ROME", "MILAN",
        "BRUSSELS", "AMSTERDAM", "VIENNA", "WARSAW", "STOCKHOLM", "OSLO", "COPENHAGEN", "HELSINKI", "LISBON", "ATHENS", "DUBLIN", "EDINBURGH",
        "MANCHESTER", "MOSCOW", "KYIV", "KIEV", "BUDAPEST", "BUCHAREST", "ISTANBUL", "CAIRO", "NAIROBI", "JOHANNESBURG", "SYDNEY", "MELBOURNE",
        "MUMBAI", "DELHI", "JAKARTA", "SINGAPORE", "AUCKLAND", "LAGOS", "BENGALURU", "CHENNAI", "KOLKATA", "HYDERABAD",
        "BRISBANE", "PERTH", "ADELAIDE", "CANBERRA", "HOBART", "DARWIN", "WELLINGTON", "CHRISTCHURCH", "KARACHI", "LAHORE", "ISLAMABAD",
        "DHAKA", "COLOMBO", "KUALA", "MANILA", "ACCRA", "HARARE", "KAMPALA", "DUBAI", "DOHA", "RIYADH", "BEIRUT", "JERUSALEM",
    }, ignoreCase: true);

    /// <summary>Regions a dateline names after its city whose press writes the day first ("BIRMINGHAM, England —").</summary>
    internal static readonly AsciiWordTable<bool> DayFirstRegions = LoadWords("dateline-regions.txt", "day-first");

    /// <summary>Regions a dateline names after its city whose press writes the month first ("BIRMINGHAM, Ala. —").</summary>
    internal static readonly AsciiWordTable<bool> MonthFirstRegions = LoadWords("dateline-regions.txt", "month-first");

    /// <summary>Places of the southern hemisphere a dateline may name (a city, or the region after its comma): their seasons are flipped.</summary>
    internal static readonly AsciiWordTable<bool> SouthernPlaces = LoadWords("dateline-regions.txt", "southern");

    /// <summary>Datelines whose press writes the month first ("WASHINGTON (AP) -").</summary>
    internal static readonly AsciiWordTable<bool> MonthFirstDatelines = AsciiWordTable.OfWords(new[]
    {
        "WASHINGTON", "CHICAGO", "NEW", "BOSTON", "LOS", "SAN", "HOUSTON", "ATLANTA", "DALLAS", "MIAMI", "SEATTLE", "DETROIT", "PHILADELPHIA",
        "DENVER", "PHOENIX", "BALTIMORE", "MINNEAPOLIS",
    }, ignoreCase: false);

    /// <summary>The words the reader knows, asked once for every word token: an <see cref="AsciiWordTable{T}"/> (one
    /// pass over the word, no case-insensitive hashing of the whole span), answering as the frozen dictionary does.</summary>
    private static readonly AsciiWordTable<(WordKind Kind, int N)> Words = BuildWords();

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

    private static AsciiWordTable<(WordKind Kind, int N)> BuildWords()
    {
        var d = new Dictionary<string, (WordKind Kind, int N)>(StringComparer.OrdinalIgnoreCase);
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

        foreach (string w in new[] { "now", "currently", "nowadays", "recently", "today", "yesterday", "tomorrow", "tonight", "present", "overnight" })
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
        foreach (string w in new[] { "daily", "weekly", "monthly", "quarterly", "annually", "yearly", "hourly", "nightly", "fortnightly", "biweekly" })
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

        foreach ((string w, int hour) in NumberedLines("times-of-day.txt", "clock"))
        {
            d[w] = (WordKind.Clock, hour); // "noon", "midnight", "lunchtime"
        }

        foreach ((string w, int part) in NumberedLines("times-of-day.txt", "part"))
        {
            d[w] = (WordKind.NamedPart, part); // "dawn", "nightfall"
        }
        d["several"] = (WordKind.Vague, 0);
        d["few"] = (WordKind.Vague, 0);
        d["many"] = (WordKind.Vague, 0);
        AddAll(d, FutureMarkers, WordKind.TenseMarker, (int)Tense.Future);
        AddAll(d, PresentMarkers, WordKind.TenseMarker, (int)Tense.Present);
        AddAll(d, PastMarkers, WordKind.TenseMarker, (int)Tense.Past);
        d["a"] = (WordKind.Article, 1);
        d["an"] = (WordKind.Article, 1);
        d["another"] = (WordKind.Article, 1); // "another decade"
        return d.ToAsciiWordTable();
    }

    private static void AddAll(Dictionary<string, (WordKind Kind, int N)> d, string[] words, WordKind kind, int n)
    {
        foreach (string w in words)
        {
            d[w] = (kind, n);
        }
    }
}
