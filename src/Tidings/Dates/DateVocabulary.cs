using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
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

/// <summary>The date reader's words: months, weekdays, units, counts, tense markers and the word lists of <c>Data/</c>.</summary>
internal static partial class DateVocabulary
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

    /// <summary>Tense markers of the future (<c>Data/tense-verbs.txt</c>, <c>[future-marker]</c>).</summary>
    private static readonly string[] FutureMarkers = SectionLines("tense-verbs.txt", "future-marker").ToArray();

    /// <summary>Tense markers of the present (<c>Data/tense-verbs.txt</c>, <c>[present-marker]</c>).</summary>
    private static readonly string[] PresentMarkers = SectionLines("tense-verbs.txt", "present-marker").ToArray();

    /// <summary>Tense markers of the past (<c>Data/tense-verbs.txt</c>, <c>[past-marker]</c>).</summary>
    private static readonly string[] PastMarkers = SectionLines("tense-verbs.txt", "past-marker").ToArray();

    /// <summary>Bare present-tense verbs of scheduled events (<c>Data/tense-verbs.txt</c>, section <c>[present]</c>): "Markets close early Friday".</summary>
    internal static readonly AsciiWordTable<bool> PresentVerbs = LoadWords("tense-verbs.txt", "present");

    /// <summary>Past-tense verbs that put an infinitive after them ahead (<c>Data/tense-verbs.txt</c>, <c>[intent]</c>): "agreed to meet in June".</summary>
    internal static readonly AsciiWordTable<bool> IntentVerbs = LoadWords("tense-verbs.txt", "intent");

    /// <summary>Third-person verbs of scheduled events that are no plural nouns ("appears", "falls"): 1 when the form is also a noun or a
    /// measure's move, present only after a <see cref="ScheduledSubjects"/> word. (<c>Data/tense-verbs.txt</c>, <c>[third-person]</c>)</summary>
    internal static readonly AsciiWordTable<int> ThirdPersonVerbs = LoadNumbered("tense-verbs.txt", "third-person");

    /// <summary>Subjects whose "falls" places a day in the calendar ("That deadline falls on 7 June"). (<c>Data/tense-verbs.txt</c>, <c>[scheduled-subject]</c>)</summary>
    internal static readonly AsciiWordTable<bool> ScheduledSubjects = LoadWords("tense-verbs.txt", "scheduled-subject");

    /// <summary>Verbs of an event that starts a count of days ("admitted", "left", "began"). (<c>Data/tense-verbs.txt</c>, <c>[count-start]</c>)</summary>
    private static readonly AsciiWordTable<bool> CountStartVerbs = LoadWords("tense-verbs.txt", "count-start");

    /// <summary>Words right before "on"/"for" and a day that make it a coming event's own ("is on Wednesday", "is due on 5 March").
    /// (<c>Data/tense-verbs.txt</c>, <c>[scheduled-lead]</c>)</summary>
    internal static readonly AsciiWordTable<bool> ScheduledLeads = LoadWords("tense-verbs.txt", "scheduled-lead");

    /// <summary>Verbs of a gathering that is itself the coming event ("Nato leaders meet in The Hague on 24 June").
    /// (<c>Data/tense-verbs.txt</c>, <c>[scheduled-verb]</c>)</summary>
    internal static readonly AsciiWordTable<bool> ScheduledVerbs = LoadWords("tense-verbs.txt", "scheduled-verb");

    /// <summary>Words of saying, writing or recording and nouns of documents that make a day in their clause the day a quoted document
    /// was written ("he wrote on 3 June 1944", "is dated 9 April 1912", "The minutes for 11 April 1963 record").
    /// (<c>Data/tense-verbs.txt</c>, <c>[document-cue]</c>)</summary>
    internal static readonly AsciiWordTable<bool> DocumentCues = LoadWords("tense-verbs.txt", "document-cue");

    /// <summary>Verbs that start a count of days only with their particle ("lifted off", "walked out"): verb, particle.
    /// (<c>Data/tense-verbs.txt</c>, <c>[count-start-particle]</c>)</summary>
    private static readonly AsciiWordTable<string> CountStartParticles = SectionLines("tense-verbs.txt", "count-start-particle")
        .Select(line => line.Split('\t', 2, StringSplitOptions.TrimEntries))
        .Where(parts => parts.Length == 2)
        .Select(parts => KeyValuePair.Create(parts[0], parts[1]))
        .ToList()
        .ToAsciiWordTable();

    /// <summary>Whether <paramref name="word"/>, with <paramref name="next"/> the word after it, is a verb that starts a count of days
    /// (<c>[count-start]</c>: "admitted", "left", "began"; or <c>[count-start-particle]</c> with its particle: "walked out").</summary>
    internal static bool StartsCount(ReadOnlySpan<char> word, ReadOnlySpan<char> next) =>
        CountStartVerbs.Contains(word)
        || (CountStartParticles.TryGetValue(word, out string? particle) && next.Equals(particle, StringComparison.OrdinalIgnoreCase));

    /// <summary>Verbs of a call or a demand whose object, an event, lies ahead ("called for fresh protests on Wednesday").</summary>
    internal static readonly AsciiWordTable<bool> CallVerbs = LoadWords("tense-verbs.txt", "call");

    /// <summary>Nouns of an event that can be called for ("protests", "a general strike", "a vote").</summary>
    internal static readonly AsciiWordTable<bool> EventNouns = LoadWords("tense-verbs.txt", "event");

    /// <summary>Verbs that set a day for something or move it ("set a trial date of", "was moved to", "postponed until"): <c>[plan]</c>.</summary>
    internal static readonly AsciiWordTable<bool> PlanVerbs = LoadWords("tense-verbs.txt", "plan");

    /// <summary>Verbs of a life's ends (<c>Data/tense-verbs.txt</c>, <c>[life]</c>): 1 a birth ("born"), 2 a death ("died").</summary>
    internal static readonly AsciiWordTable<int> LifeVerbs = LoadNumbered("tense-verbs.txt", "life");

    /// <summary>Verbs of a promise told in the past (<c>[promise]</c>): a date right after one is the promise's time, not the promised one's.</summary>
    internal static readonly AsciiWordTable<bool> PromiseVerbs = LoadWords("tense-verbs.txt", "promise");

    /// <summary>The words of one "[section]" of a word list in <c>Data/</c>.</summary>
    private static AsciiWordTable<bool> LoadWords(string file, string section, bool ignoreCase = true) =>
        AsciiWordTable.OfWords(SectionLines(file, section).ToList(), ignoreCase);

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

    /// <summary>Parts of the day named by a meal (<c>Data/times-of-day.txt</c>, <c>[meal-part]</c>): read after "at" or "around" as
    /// "lunchtime" is ("at teatime"), and after a weekday ("Sunday teatime").</summary>
    internal static readonly AsciiWordTable<int> MealParts = LoadNumbered("times-of-day.txt", "meal-part");

    /// <summary>Words after which an apostrophe and two digits are a year (<c>Data/calendar-phrases.txt</c>, <c>[clipped-year-lead]</c>):
    /// "the '08 crash", "between '22 and '24", "open by ’28".</summary>
    internal static readonly AsciiWordTable<int> ClippedYearLeads = LoadNumbered("calendar-phrases.txt", "clipped-year-lead");

    /// <summary>Minutes told before "past" or "to" in a spoken clock (<c>Data/times-of-day.txt</c>, <c>[spoken-minute]</c>): "a quarter
    /// past eleven", "twenty-five to ten".</summary>
    internal static readonly AsciiWordTable<int> SpokenMinutes = LoadNumbered("times-of-day.txt", "spoken-minute");

    /// <summary>The minutes of a clock told in hyphened words after the hour (<c>[hyphen-minute]</c>): "seven-thirty", "six-fifteen".</summary>
    internal static readonly AsciiWordTable<int> HyphenMinutes = LoadNumbered("times-of-day.txt", "hyphen-minute");

    /// <summary>Lower-case words that may follow a spoken clock whose form alone does not make it one (<c>[clock-follow]</c>).</summary>
    internal static readonly AsciiWordTable<int> ClockFollowers = LoadNumbered("times-of-day.txt", "clock-follow");

    /// <summary>Words that mark a year of an era (<c>Data/calendar-phrases.txt</c>, <c>[era]</c>): -1 before Christ ("BC"), 1 of the common era ("AD").</summary>
    internal static readonly AsciiWordTable<int> EraWords = LoadNumbered("calendar-phrases.txt", "era");

    /// <summary>Nouns a period word before them modifies ("all winter sports", "month-end rebalancing") (<c>Data/calendar-phrases.txt</c>, <c>[period-noun]</c>).</summary>
    internal static readonly AsciiWordTable<int> PeriodNouns = LoadNumbered("calendar-phrases.txt", "period-noun");

    /// <summary>Words that open a new clause's subject after a step apposed to a date ("in 1970, two years later she left")
    /// (<c>Data/calendar-phrases.txt</c>, <c>[step-subject]</c>).</summary>
    internal static readonly AsciiWordTable<int> StepSubjects = LoadNumbered("calendar-phrases.txt", "step-subject");

    /// <summary>A commercial letter's month after a day (<c>[month-shift]</c>): "inst." 0, "ult." -1, "prox." 1 months from the month of writing.</summary>
    internal static readonly AsciiWordTable<int> MonthShifts = LoadNumbered("calendar-phrases.txt", "month-shift");

    /// <summary>One-word sets and their period in months (weeks when negative): "biannually" 12, "twice-weekly" -1 (<c>Data/calendar-phrases.txt</c>, [set-word]).</summary>
    internal static readonly AsciiWordTable<int> SetWords = LoadNumbered("calendar-phrases.txt", "set-word");

    /// <summary>Prepositions of time before a clock (<c>Data/calendar-phrases.txt</c>, <c>[clock-lead]</c>): 1 when one also leads a
    /// four-digit clock marked "local" ("at 0800 local"), 0 when only a clock with a colon ("around 14:30").</summary>
    internal static readonly AsciiWordTable<int> ClockLeads = LoadNumbered("calendar-phrases.txt", "clock-lead");

    /// <summary>Words that join a clock range's ends (<c>[range-end]</c>): "from 3am to 11am", "9am-5pm".</summary>
    internal static readonly AsciiWordTable<int> RangeEnds = LoadNumbered("calendar-phrases.txt", "range-end");

    /// <summary>The parts of a period a phrase names (<c>[period-part]</c>): "end", "start", "beginning" (1: of a fiscal year too), "middle".</summary>
    internal static readonly AsciiWordTable<int> PeriodParts = LoadNumbered("calendar-phrases.txt", "period-part");

    /// <summary>Words between "the week" and its day (<c>[week-lead]</c>): "of", "beginning", "starting", "commencing".</summary>
    internal static readonly AsciiWordTable<int> WeekLeads = LoadNumbered("calendar-phrases.txt", "week-lead");

    /// <summary>Words that name a solstice or an equinox before "solstice", "equinox" or (negative) "day" (<c>[astronomical-point]</c>):
    /// the month of the northern one (session 36).</summary>
    internal static readonly AsciiWordTable<int> AstronomicalPoints = LoadNumbered("calendar-phrases.txt", "astronomical-point");

    /// <summary>Words before "day" that make it a day of business (<c>[business-day]</c>): "business", "working", "banking" (session 36).</summary>
    internal static readonly AsciiWordTable<bool> BusinessDayWords = LoadWords("calendar-phrases.txt", "business-day");

    /// <summary>Words after "the" that make a count of units a span from now (<c>[span-lead]</c>): "past", "last", "previous", "next", "coming".</summary>
    internal static readonly AsciiWordTable<bool> SpanLeads = LoadWords("calendar-phrases.txt", "span-lead");

    /// <summary>Words before the count of "a week come Monday" that make it a duration ending on that day ("searching for a week come
    /// Monday": Monday). (<c>Data/calendar-phrases.txt</c>, <c>[come-duration]</c>)</summary>
    internal static readonly AsciiWordTable<bool> ComeDurationLeads = LoadWords("calendar-phrases.txt", "come-duration");

    /// <summary>Words that may stand between a <see cref="ComeDurationLeads"/> word and the count ("been missing a week come Monday",
    /// "for almost a week"). (<c>Data/calendar-phrases.txt</c>, <c>[come-duration-state]</c>)</summary>
    internal static readonly AsciiWordTable<bool> ComeDurationStates = LoadWords("calendar-phrases.txt", "come-duration-state");

    /// <summary>The non-comment lines of one "[section]" of a list in <c>Data/</c>, trimmed (each file read once:
    /// <see cref="ListSections"/>).</summary>
    private static List<string> SectionLines(string file, string section) => ListSections.Lines(file, section);

    /// <summary>
    /// The lists of <c>Data/</c> read into their sections, each file once: the vocabulary reads some thirty sections
    /// from four files, and reading a whole file again for each section cost the first document more than all the
    /// sections' words did.
    /// </summary>
    private static class ListSections
    {
        private static readonly Dictionary<string, Dictionary<string, List<string>>> Files = new(StringComparer.Ordinal);

        /// <summary>The lines of <paramref name="section"/> of <paramref name="file"/> (empty when it has none): shared,
        /// so read them only.</summary>
        public static List<string> Lines(string file, string section)
        {
            lock (Files)
            {
                if (!Files.TryGetValue(file, out Dictionary<string, List<string>>? sections))
                {
                    sections = Read(file);
                    Files.Add(file, sections);
                }

                return sections.TryGetValue(section, out List<string>? lines) ? lines : [];
            }
        }

        /// <summary>Every "[section]" of <paramref name="file"/> with its non-comment lines, trimmed, in order (a section
        /// written twice has the lines of both).</summary>
        private static Dictionary<string, List<string>> Read(string file)
        {
            using Stream stream = typeof(DateVocabulary).Assembly.GetManifestResourceStream("Tidings.Dates.Data." + file)
                ?? throw new InvalidOperationException("The word list " + file + " is missing from the assembly.");
            using var reader = new StreamReader(stream);
            var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            List<string>? current = null;
            while (reader.ReadLine() is string raw)
            {
                string line = raw.Trim();
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                if (line[0] == '[')
                {
                    current = line.Length >= 2 && line[^1] == ']' ? Section(sections, line[1..^1]) : null;
                    continue;
                }

                current?.Add(line);
            }

            return sections;
        }

        private static List<string> Section(Dictionary<string, List<string>> sections, string name)
        {
            if (!sections.TryGetValue(name, out List<string>? lines))
            {
                sections[name] = lines = [];
            }

            return lines;
        }
    }

    /// <summary>Which of a month's weeks or weekdays (<c>Data/calendar-phrases.txt</c>, <c>[ordinal]</c>): "first" 1, "last" -1.</summary>
    internal static readonly AsciiWordTable<int> MonthOrdinals = LoadNumbered("calendar-phrases.txt", "ordinal");

    /// <summary>Nouns a number after which is no year (<c>Data/calendar-phrases.txt</c>, <c>[numbered]</c>): "on page 1975".</summary>
    internal static readonly AsciiWordTable<int> NumberedNouns = LoadNumbered("calendar-phrases.txt", "numbered");

    /// <summary>Capitalised words a bracketed number after which names a thing, not an author-year citation ("(Flight 1549)",
    /// "(Vision 2030)"). (<c>Data/calendar-phrases.txt</c>, <c>[numbered-name]</c>)</summary>
    internal static readonly AsciiWordTable<bool> NumberedNames = LoadWords("calendar-phrases.txt", "numbered-name", ignoreCase: false);

    /// <summary>Words before a named day that is also a place ("on Corpus Christi") that make it the day. (<c>Data/date-words.txt</c>, <c>[feast-cue]</c>)</summary>
    internal static readonly AsciiWordTable<bool> FeastCues = LoadWords("date-words.txt", "feast-cue");

    /// <summary>Words after "Saturday last" / "Monday next" that leave the shift to the weekday ("on Monday next at 7.30pm").
    /// (<c>Data/date-words.txt</c>, <c>[postposed-shift-end]</c>)</summary>
    internal static readonly AsciiWordTable<bool> PostposedShiftEnds = LoadWords("date-words.txt", "postposed-shift-end");

    /// <summary>Words after which a year is part of a statute's name (<c>[statute]</c>): "the 1975 Act".</summary>
    internal static readonly AsciiWordTable<int> StatuteWords = LoadNumbered("calendar-phrases.txt", "statute");

    /// <summary>Nouns of a school calendar named by a season (<c>[academic]</c>): "the autumn term", "the spring semester".</summary>
    internal static readonly AsciiWordTable<int> AcademicTerms = LoadNumbered("calendar-phrases.txt", "academic");

    /// <summary>University terms named by a feast or a saint (<c>[named-term]</c>): "Michaelmas term" autumn, "Hilary term" spring,
    /// "Trinity term" summer; the number is the season's code.</summary>
    internal static readonly AsciiWordTable<int> NamedTerms = LoadNumbered("calendar-phrases.txt", "named-term");

    /// <summary>Words after "at 17" or "aged 30" that close an age told in a life ("At 18 she sailed", "at 24 and"). (<c>Data/date-words.txt</c>, <c>[age-follower]</c>)</summary>
    internal static readonly AsciiWordTable<bool> AgeFollowers = LoadWords("date-words.txt", "age-follower");

    /// <summary>Words after a count of time that make it an age: "52 years old", "20 weeks pregnant", "28 weeks' gestation"
    /// (<c>Data/date-words.txt</c>, <c>[age-word]</c>).</summary>
    internal static readonly AsciiWordTable<bool> AgeWords = LoadWords("date-words.txt", "age-word");

    /// <summary>Nouns of an operation whose day clinicians count as day zero: "by day five after surgery", "day three after the
    /// transplant" (<c>Data/date-words.txt</c>, <c>[day-zero-event]</c>).</summary>
    internal static readonly AsciiWordTable<bool> DayZeroEvents = LoadWords("date-words.txt", "day-zero-event");

    /// <summary>Verbs that give a name, after which a capitalised name's year is the name's ("a venture called Orion 1980")
    /// (<c>Data/date-words.txt</c>, <c>[naming-verb]</c>).</summary>
    internal static readonly AsciiWordTable<bool> NamingVerbs = LoadWords("date-words.txt", "naming-verb");

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

    /// <summary>Words after "the" that can start a date other than the date words themselves ("the past two years", "the 20th century"). (<c>Data/date-words.txt</c>, <c>[the-follower]</c>)</summary>
    internal static readonly AsciiWordTable<bool> TheFollowers = LoadWords("date-words.txt", "the-follower");

    /// <summary>Japanese era names and the Gregorian year of each era's first year ("Reiwa" 2019). (<c>Data/calendar-phrases.txt</c>, <c>[japanese-era]</c>)</summary>
    internal static readonly AsciiWordTable<int> JapaneseEras = LoadNumbered("calendar-phrases.txt", "japanese-era");

    /// <summary>Marks of a year of another calendar ("AH", "BS" 0: no Gregorian value; "BE" 543: the years to take away). (<c>Data/calendar-phrases.txt</c>, <c>[calendar-year-mark]</c>)</summary>
    internal static readonly AsciiWordTable<int> CalendarYearMarks = LoadNumbered("calendar-phrases.txt", "calendar-year-mark");

    /// <summary>Words naming a calendar whose year straddles two Gregorian years, before "year" ("the Hijri year 1448"). (<c>Data/calendar-phrases.txt</c>, <c>[calendar-year-adjective]</c>)</summary>
    internal static readonly AsciiWordTable<bool> CalendarYearAdjectives = LoadWords("calendar-phrases.txt", "calendar-year-adjective");

    /// <summary>Epithets of a decade of the last century ("the Swinging Sixties", "the Roaring Twenties"), kept inside its span. (<c>Data/date-words.txt</c>, <c>[decade-epithet]</c>)</summary>
    internal static readonly AsciiWordTable<bool> DecadeEpithets = LoadWords("date-words.txt", "decade-epithet");

    /// <summary>The events a day is told from ("the eve of the election", "the day after the crash", "the night before the final"),
    /// each with its group (words of one group name one event: "votes", "vote", "election"): such a day counts from a day the text
    /// tells with a word of the same group, else it is no date. (<c>Data/date-words.txt</c>, <c>[event-noun]</c>)</summary>
    internal static readonly AsciiWordTable<int> DayEvents = LoadNumbered("date-words.txt", "event-noun");

    /// <summary>Events of <see cref="DayEvents"/> that last for days: a day "after" one is no day told from it ("the day after the
    /// trial"), its eve is (<c>Data/date-words.txt</c>, <c>[lasting-event]</c>; review 33d, finding 3).</summary>
    internal static readonly AsciiWordTable<bool> LastingEvents = LoadWords("date-words.txt", "lasting-event");

    /// <summary>Leads that place an event away from the days of its sentence ("ahead of the election", "killed in the crash"), each as
    /// its words (<c>Data/date-words.txt</c>, <c>[event-elsewhere]</c>; review 33d, finding 6).</summary>
    internal static readonly string[][] EventElsewhereLeads = SectionLines("date-words.txt", "event-elsewhere")
        .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(words => words.Length > 0).ToArray();

    /// <summary>Leads that place an event away from the days of other clauses of its sentence only ("killed in the crash, and his
    /// funeral will be on Friday"; not "killed in an explosion … on Tuesday"), each as its words (<c>Data/date-words.txt</c>,
    /// <c>[event-elsewhere-clause]</c>; review 34d, finding 1).</summary>
    internal static readonly string[][] EventElsewhereClauseLeads = SectionLines("date-words.txt", "event-elsewhere-clause")
        .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(words => words.Length > 0).ToArray();

    /// <summary>Event nouns of <see cref="DayEvents"/> that name an event only with a capital ("the Games"; not "six games")
    /// (<c>Data/date-words.txt</c>, <c>[event-noun-capital]</c>; review 34d, finding 6).</summary>
    internal static readonly AsciiWordTable<bool> CapitalEvents = LoadWords("date-words.txt", "event-noun-capital");

    /// <summary>Event nouns of <see cref="DayEvents"/> that name an event only after a determiner or a possessive ("the talks", "a
    /// strike"; not "The minister talks to farmers") (<c>Data/date-words.txt</c>, <c>[event-noun-determiner]</c>; review 34d, finding 6).</summary>
    internal static readonly AsciiWordTable<bool> DeterminedEvents = LoadWords("date-words.txt", "event-noun-determiner");

    /// <summary>One more than the largest group of <see cref="DayEvents"/>.</summary>
    internal static readonly int DayEventGroups = NumberedLines("date-words.txt", "event-noun").Max(e => e.N) + 1;

    /// <summary>Words that make a day told just after them the day of a saying ("said on Tuesday", "in a written answer on 3 March
    /// 1998"). (<c>Data/tense-verbs.txt</c>, <c>[saying-frame]</c>)</summary>
    internal static readonly AsciiWordTable<bool> SayingFrames = LoadWords("tense-verbs.txt", "saying-frame");

    /// <summary>Words other than date words that may follow a count in a date or a duration ("3 times a day", "21 and 25 June",
    /// "24 of July", "two more weeks", "a couple of years", "a fortnight", "the 20 century"). (<c>Data/date-words.txt</c>, <c>[number-follower]</c>)</summary>
    internal static readonly AsciiWordTable<bool> NumberFollowers = LoadWords("date-words.txt", "number-follower");

    /// <summary>Determiners and possessives before a tense word used as a past verb's object ("published its forecasts"). (<c>Data/date-words.txt</c>, <c>[determiner]</c>)</summary>
    internal static readonly AsciiWordTable<bool> Determiners = LoadWords("date-words.txt", "determiner");

    /// <summary>Nouns after "a quarterly" of a thing that comes round every quarter ("dividend", "newsletter"). (<c>Data/date-words.txt</c>, <c>[recurring-thing]</c>)</summary>
    internal static readonly AsciiWordTable<bool> RecurringThings = LoadWords("date-words.txt", "recurring-thing");

    /// <summary>Nouns of a term in office ("on day one of his presidency"). (<c>Data/date-words.txt</c>, <c>[office-term]</c>)</summary>
    internal static readonly AsciiWordTable<bool> OfficeTerms = LoadWords("date-words.txt", "office-term");

    /// <summary>Nouns of a course whose numbered days count no dated event ("day three of a course of antibiotics", "the first day of
    /// pregnancy"). (<c>Data/date-words.txt</c>, <c>[uncounted-course]</c>)</summary>
    internal static readonly AsciiWordTable<bool> UncountedCourses = LoadWords("date-words.txt", "uncounted-course");

    /// <summary>Words before a mid-sentence "now" that keep it a time ("from now", "until now", "right now"). (<c>Data/date-words.txt</c>, <c>[now-lead]</c>)</summary>
    internal static readonly AsciiWordTable<bool> NowLeads = LoadWords("date-words.txt", "now-lead");

    /// <summary>Habitual adverbs, recurrence words and superlatives: a clause that tells what happens every year (date-words.txt
    /// <c>[generic-cue]</c>; session 38).</summary>
    internal static readonly AsciiWordTable<bool> GenericCues = LoadWords("date-words.txt", "generic-cue");

    /// <summary>Deictic, anaphoric and tense words that tie a clause to one time (date-words.txt <c>[generic-blocker]</c>; session 38).</summary>
    internal static readonly AsciiWordTable<bool> GenericBlockers = LoadWords("date-words.txt", "generic-blocker");

    /// <summary>Words that open another clause, where a generic date's clause ends ("which", "and", "but"; date-words.txt
    /// [generic-clause-opener], session 38, review 38d).</summary>
    internal static readonly AsciiWordTable<bool> GenericClauseOpeners = LoadWords("date-words.txt", "generic-clause-opener");

    /// <summary>Verbs of advice that open an instruction ("Sow …", "Prune …"; date-words.txt <c>[imperative-verb]</c>; session 38).</summary>
    internal static readonly AsciiWordTable<bool> ImperativeVerbs = LoadWords("date-words.txt", "imperative-verb");

    /// <summary>Verbs of advice that are nouns as often, an instruction only in lower case after an opening comma ("In Kent, pick
    /// cherries in July"; date-words.txt <c>[imperative-verb-lowercase]</c>; session 38).</summary>
    internal static readonly AsciiWordTable<bool> LowercaseImperativeVerbs = LoadWords("date-words.txt", "imperative-verb-lowercase");

    /// <summary>Heads that make a named day before them part of another name or a term ("Michaelmas term", "the Prague Spring Festival"). (<c>Data/date-words.txt</c>, <c>[name-head]</c>)</summary>
    internal static readonly AsciiWordTable<bool> NameHeads = LoadWords("date-words.txt", "name-head");

    /// <summary>Heads of a place's name after a capitalised tense word that is part of it ("in Will County"). (<c>Data/date-words.txt</c>, <c>[place-head]</c>)</summary>
    internal static readonly AsciiWordTable<bool> PlaceHeads = LoadWords("date-words.txt", "place-head", ignoreCase: false);

    /// <summary>Time-zone abbreviations, as written (case matters: "ET", not "et"). (<c>Data/date-words.txt</c>, <c>[zone]</c>)</summary>
    internal static readonly AsciiWordTable<bool> ZoneAbbreviations = LoadWords("date-words.txt", "zone", ignoreCase: false);

    /// <summary>Time zones named by a word: "7 p.m. Eastern", "Pacific time". (<c>Data/date-words.txt</c>, <c>[zone-name]</c>)</summary>
    internal static readonly AsciiWordTable<bool> ZoneNames = LoadWords("date-words.txt", "zone-name", ignoreCase: false);

    /// <summary>Datelines whose press writes the day first ("LONDON (Reuters) -"). (<c>Data/dateline-regions.txt</c>, <c>[day-first-city]</c>)</summary>
    internal static readonly AsciiWordTable<bool> DayFirstDatelines = LoadWords("dateline-regions.txt", "day-first-city");

    /// <summary>Regions a dateline names after its city whose press writes the day first ("BIRMINGHAM, England —").</summary>
    internal static readonly AsciiWordTable<bool> DayFirstRegions = LoadWords("dateline-regions.txt", "day-first");

    /// <summary>Regions a dateline names after its city whose press writes the month first ("BIRMINGHAM, Ala. —").</summary>
    internal static readonly AsciiWordTable<bool> MonthFirstRegions = LoadWords("dateline-regions.txt", "month-first");

    /// <summary>Places of the southern hemisphere a dateline may name (a city, or the region after its comma): their seasons are flipped.</summary>
    internal static readonly AsciiWordTable<bool> SouthernPlaces = LoadWords("dateline-regions.txt", "southern");

    /// <summary>Adjectives of the southern hemisphere before a season ("the Australian summer", "southern winter"). (<c>Data/dateline-regions.txt</c>, <c>[southern-adjective]</c>)</summary>
    internal static readonly AsciiWordTable<bool> SouthernAdjectives = LoadWords("dateline-regions.txt", "southern-adjective");

    /// <summary>Datelines whose press writes the month first ("WASHINGTON (AP) -"). (<c>Data/dateline-regions.txt</c>, <c>[month-first-city]</c>)</summary>
    internal static readonly AsciiWordTable<bool> MonthFirstDatelines = LoadWords("dateline-regions.txt", "month-first-city", ignoreCase: false);

    /// <summary>The words the reader knows, asked once for every word token: an <see cref="AsciiWordTable{T}"/> (one
    /// pass over the word, no case-insensitive hashing of the whole span), answering as the frozen dictionary does.</summary>
    private static readonly AsciiWordTable<(WordKind Kind, int N)> Words = BuildWords();

    /// <summary>What <paramref name="w"/> is, and its number (month 1–12, weekday 0–6 from Sunday, unit, cardinal value…).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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
