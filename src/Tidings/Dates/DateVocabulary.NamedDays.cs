using System.Globalization;
using System.IO;
using Tidings.Text;

namespace Tidings.Dates;

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

    /// <summary>"after Mon" (1) or "before Fri" (-1) after a fixed day: the first such weekday strictly after (before) it
    /// ("Plough Monday", the Monday after Epiphany; "Mad Friday", the last Friday before Christmas); else 0.</summary>
    public int WeekdayStep { get; init; }

    /// <summary>Whether the phrase is also a place's name ("Corpus Christi", a city in Texas): the day only with a cue
    /// (named-days.txt's third column "place").</summary>
    public bool PlaceToo { get; init; }

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
            if (WeekdayStep != 0)
            {
                day = day.AddDays(WeekdayStep);
                while (day.DayOfWeek != Weekday)
                {
                    day = day.AddDays(WeekdayStep);
                }
            }
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

        // "01-06 after Mon": the first Monday strictly after 6 January; "12-25 before Fri": the last Friday before Christmas.
        if (n == 3 && parts[1] is "after" or "before" && parts[0].Split('-') is [string mm, string dd]
            && int.TryParse(mm, System.Globalization.CultureInfo.InvariantCulture, out int fixedMonth) && int.TryParse(dd, System.Globalization.CultureInfo.InvariantCulture, out int fixedDay)
            && Array.FindIndex(Enum.GetNames<DayOfWeek>(), d => d.StartsWith(parts[2], StringComparison.OrdinalIgnoreCase)) is int stepDay and >= 0)
        {
            return new NamedDay(phrase, fixedMonth, fixedDay, 0, (DayOfWeek)stepDay, false, offset, null) { WeekdayStep = parts[1] == "after" ? 1 : -1 };
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

/// <summary>The named days the reader knows: holidays and feasts by rule (<c>Data/named-days.txt</c>), lunar days by table
/// (<c>Data/day-tables.txt</c>) and places' national days (<c>Data/national-days.txt</c>).</summary>
internal static partial class DateVocabulary
{
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
            int flag = tab > 0 ? line.IndexOf('\t', tab + 1) : -1;
            string rule = flag > 0 ? line[(tab + 1)..flag] : tab > 0 ? line[(tab + 1)..] : "";
            if (line.Length == 0 || line[0] == '#' || tab <= 0 || NamedDay.Parse(line[..tab].Trim(), rule.Trim()) is not NamedDay day)
            {
                continue;
            }

            days.Add(flag > 0 && line[(flag + 1)..].Trim() == "place" ? day with { PlaceToo = true } : day);
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
}
