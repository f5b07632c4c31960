namespace Tidings.Dates;

/// <summary>How a read date expression gets its value: what the resolver must do with the anchor.</summary>
internal enum ParseKind : byte
{
    /// <summary>The text alone fixes the value ("P6M", "197", "XXXX-WXX-7", "PRESENT_REF"); no anchor is used.</summary>
    Literal,

    /// <summary>
    /// A calendar date: <see cref="DateParse.Month"/> (and <see cref="DateParse.Day"/>), its year given
    /// (<see cref="DateParse.Year"/>), counted from the anchor's (<see cref="DateParse.YearShift"/>: "January this year",
    /// "last November") or, with neither, the nearest occurrence in the clause's tense ("July 19"). A year alone has
    /// month 0.
    /// </summary>
    Calendar,

    /// <summary><see cref="DateParse.Count"/> <see cref="DateParse.Unit"/>s from the anchor: "yesterday", "last week", "two years ago".</summary>
    Offset,

    /// <summary>A weekday (<see cref="DateParse.Weekday"/>) before or after the anchor: "on Monday", "next Friday".</summary>
    Weekday,

    /// <summary>A quarter or half (<see cref="DateParse.Ordinal"/>) of a year given, shifted, or taken from the anchor.</summary>
    Period,

    /// <summary>A season (<see cref="DateParse.Ordinal"/> 0–3 from spring) of a year given or shifted from the anchor's.</summary>
    Season,

    /// <summary>A named day (<see cref="DateParse.Ordinal"/> indexes <see cref="DateVocabulary.NamedDays"/>) in the nearest year.</summary>
    NamedDay,
}

/// <summary>Which anchor a relative expression counts from.</summary>
internal enum AnchorUse : byte
{
    /// <summary>Deictic: the time of writing ("yesterday", "two years ago", "next week").</summary>
    Publication,

    /// <summary>Without a year ("on March 4", "in late August"): the story's time when the narrative has moved, else publication.</summary>
    Narrative,

    /// <summary>Anaphoric: counts from the last date the text named ("the year before", "nine days later", "that winter").</summary>
    Story,
}

/// <summary>How an expression in a quarterly report counts from the period the report is about (the quarter it last named).</summary>
internal enum ReportUse : byte
{
    /// <summary>Not a report's period.</summary>
    None,

    /// <summary>"the quarter", "the latest period": the period reported on.</summary>
    Period,

    /// <summary>"a year earlier", "year-ago", "the 1988 period": the reported period a year back — a year when the report speaks of nine months or a year.</summary>
    YearBack,

    /// <summary>"the year-ago quarter": the reported quarter a year back.</summary>
    YearBackQuarter,

    /// <summary>"the nine months", "the year ended Sept. 30": the report now compares year-long figures.</summary>
    YearLong,
}

/// <summary>
/// One date expression as the reader parsed it: where it is, what it names (its fields, grain and modifiers) and
/// whether — and from what — it counts. <see cref="DateResolver"/> turns it and an anchor into a TIMEX3 value.
/// </summary>
internal readonly record struct DateParse
{
    /// <summary>UTF-16 offset of the expression's first character.</summary>
    public int Start { get; init; }

    /// <summary>UTF-16 offset just past the expression.</summary>
    public int End { get; init; }

    /// <summary>TIMEX3 type.</summary>
    public TemporalType Type { get; init; }

    /// <summary>What the value is precise to.</summary>
    public DatePrecision Grain { get; init; }

    /// <summary>How the value is made.</summary>
    public ParseKind Kind { get; init; }

    /// <summary>For <see cref="ParseKind.Literal"/>: the value itself.</summary>
    public string? Literal { get; init; }

    /// <summary>An explicit year ("1969" in "May 1969").</summary>
    public int? Year { get; init; }

    /// <summary>Years from the anchor's year ("June last year": -1), when the text counts the year rather than naming it.</summary>
    public int? YearShift { get; init; }

    /// <summary>Month 1–12, or 0.</summary>
    public int Month { get; init; }

    /// <summary>Day 1–31, or 0.</summary>
    public int Day { get; init; }

    /// <summary>Whether day and month could be either way round ("09/06/2014") and nothing in the document settled it.</summary>
    public bool DayMonthUncertain { get; init; }

    /// <summary>The unit an <see cref="ParseKind.Offset"/> counts in.</summary>
    public TimeUnit Unit { get; init; }

    /// <summary>Signed count of units from the anchor, or a weekday's or season's direction (-1 last, 0 this, 1 next).</summary>
    public int Count { get; init; }

    /// <summary>Whether a weekday or season had an explicit "last"/"this"/"next".</summary>
    public bool Shifted { get; init; }

    /// <summary>Whether this is a commercial letter's day ("the 5th inst.", "the 3rd ult.", "the 1st proximo"): a day of the month
    /// of the letter's own date, the month before or the month after (session 33), not of the publication's.</summary>
    public bool Letter { get; init; }

    /// <summary>An age told in a life ("joined the Navy at 17", "on her 50th birthday", "the year she turned 40"), in years, or 0: no
    /// mention of its own, it moves the story to the birth plus the age (session 33).</summary>
    public int AgeYears { get; init; }

    /// <summary>Weekday 0–6 from Sunday.</summary>
    public int Weekday { get; init; }

    /// <summary>
    /// The weekday written with a calendar date ("Sunday, April 13", "on Tuesday 4 March"), 0–6 from Sunday, or null: without a
    /// year of its own the date falls in a year where it is that weekday.
    /// </summary>
    public int? StatedWeekday { get; init; }

    /// <summary>Quarter, half, season or named-day number.</summary>
    public int Ordinal { get; init; }

    /// <summary>Part of day 0–3 (morning, afternoon, evening, night) appended to a day, or -1.</summary>
    public int Part { get; init; }

    /// <summary>Clock hour 0–23 appended to a day, or -1.</summary>
    public int Hour { get; init; }

    /// <summary>Clock minute.</summary>
    public int Minute { get; init; }

    /// <summary>Clock second when the text gives one ("06:48:09", "2023-01-09T23:58:04Z"), or -1.</summary>
    public int Second { get; init; }

    /// <summary>The tense of the clause it stands in.</summary>
    public Tense Tense { get; init; }

    /// <summary>Whether it follows "by", "until", "to", "before", "through": a deadline, whose tense is not the verb's.</summary>
    public bool Deadline { get; init; }

    /// <summary>A season told under a southern-hemisphere dateline ("MELBOURNE —"): its months are the other half of the year.</summary>
    public bool Southern { get; init; }

    /// <summary>"the weekend" said on a weekday about the past: the weekend just gone.</summary>
    public bool PastWeekend { get; init; }

    /// <summary>
    /// Whether the story's time moves to it: not a date in a relative clause ("which was founded in 1887"), a bound
    /// ("since 2009", "by 2020") or a modifier ("the August 1988 cease-fire").
    /// </summary>
    public bool SetsFocus { get; init; }

    /// <summary>Whether it bounds a span ("by", "until", "through", "ended"): a bound in a story year alone does not follow the story.</summary>
    public bool Bound { get; init; }

    /// <summary>"a year ago today": the anchor's day, so many years back (a day, not a year).</summary>
    public bool KeepDay { get; init; }

    /// <summary>"late December": the end of the month, which a past clause written early in that month cannot have reached yet.</summary>
    public bool Late { get; init; }

    /// <summary>"fiscal 2024", "this fiscal year": a year of the accounts, <c>FY2024</c>.</summary>
    public bool Fiscal { get; init; }

    /// <summary>"the week of March 6": the ISO week that holds the day.</summary>
    public bool WeekOfDay { get; init; }

    /// <summary>"week 49", "week 12 of 2027", "ISO week 2026-W49", "the 49th week of the year": an ISO week number 1–53, or 0. With
    /// no <see cref="Year"/> its year is the one where the week's Thursday is nearest the anchor in the clause's tense (session 36).</summary>
    public int IsoWeek { get; init; }

    /// <summary>"next Thursday", "next Tuesday week": the weekday of the week after the anchor's (Monday to Sunday), not the coming one
    /// ("this Thursday and next Thursday" said on a Monday are ten days apart: session 36, dates36b).</summary>
    public bool NextWeek { get; init; }

    /// <summary>Days of business, not of the calendar (session 36, dates36b): an <see cref="ParseKind.Offset"/> in days counts Monday to
    /// Friday ("three business days later", "the next working day"); with <see cref="MonthOrdinal"/> the month's (quarter's) nth or last
    /// such day ("the fifth business day of January", "the last business day of the quarter"). New Year's Day and Christmas Day are no
    /// business days.</summary>
    public bool BusinessDays { get; init; }

    /// <summary>
    /// "the first Monday in October" (1), "the last week of June" (-1): which of the month's weekdays or weeks the month's value
    /// narrows to; 0 when it names the whole month.
    /// </summary>
    public int MonthOrdinal { get; init; }

    /// <summary>With <see cref="MonthOrdinal"/>: the weekday (0–6 from Sunday) counted, or null for a week (the ISO week whose Thursday is in
    /// the month); Saturday (6) with <see cref="WeekendOfDay"/> for a weekend of the month ("the first weekend of August": the weekend of
    /// the month's first Saturday).</summary>
    public int? MonthWeekday { get; init; }

    /// <summary>"the Easter weekend", "the Labor Day weekend", "the weekend of 19 and 20 September": the weekend a named day falls on or
    /// ends (a Monday's is the one before it); with <see cref="MonthOrdinal"/>, the weekend of the month's Saturday counted ("the last
    /// weekend of June").</summary>
    public bool WeekendOfDay { get; init; }

    /// <summary>
    /// A day something was set for, moved to or put off until ("set a trial date of September 8", "was moved to Friday",
    /// "postponed to November 20"): it lies ahead of the setting, which is itself a little in the past.
    /// </summary>
    public bool Plan { get; init; }

    /// <summary>The month a fiscal year begins in, when the text says so ("whose fiscal year began on July 1": 7), else 0.</summary>
    public int FiscalStart { get; init; }

    /// <summary>A clock time without a day of its own ("By 2:20 a.m. she had sunk"): it may run past the story clock's midnight.</summary>
    public bool BareClock { get; init; }

    /// <summary>"the day after Thanksgiving" (1), "the week before Christmas" (-7): days from the named day, or the direction
    /// of <see cref="StepWeekday"/> ("the Sunday after Easter"); 0 when not counted from a named day.</summary>
    public int DayStep { get; init; }

    /// <summary>"the Sunday after Easter": the weekday (0–6 from Sunday) to step to from the named day, or null for whole days.</summary>
    public int? StepWeekday { get; init; }

    /// <summary>A day told in passing ("On the eve of the election"): it neither moves the story nor is the day a later "that night" counts from.</summary>
    public bool Passing { get; init; }

    /// <summary>A day told from an event ("the day after the election", "the night before the final", "the eve of the summit"): it
    /// counts from a day the text told with the same event (<see cref="EventGroup"/>), and is no date at all when the text told none
    /// (session 32; review 32b, finding 2).</summary>
    public bool EventDay { get; init; }

    /// <summary>The event group (<c>Data/date-words.txt</c>, <c>[event-noun]</c>) of a day told from an event, or of a day told with
    /// an event in its sentence ("The summit opens on 10 December", "Kenya votes on 9 August") or right after one ("the vote on 5
    /// March"); 0 for none.</summary>
    public int EventGroup { get; init; }

    /// <summary>Every event group (<see cref="EventGroup"/>) of the event nouns a day is told with in its sentence, one bit each
    /// ("The Oscars ceremony is on Sunday 15 March": the Oscars' and the ceremony's; "on Friday 3 October, and a memorial concert":
    /// the funeral's, the memorial's and the concert's) — session 33 (dates33).</summary>
    public ulong EventGroups { get; init; }

    /// <summary>A day told in a present or future clause with no event noun and not as a saying's ("The chancellor's statement is on
    /// Wednesday 18 March"): the day of the coming event a later "the eve of the budget" is told from when the text told no day with
    /// that event's own words — session 33 (dates33).</summary>
    public bool Scheduled { get; init; }

    /// <summary>A day told right after a day-from-an-event phrase, and the date of its event ("the week before the vote on 5 March",
    /// "the day after the election, scheduled for 3 November").</summary>
    public bool EventAfter { get; init; }

    /// <summary>A weekday or a deictic day told right after a day-from-an-event phrase that follows "on" ("Protesters marched on the
    /// eve of the summit on Tuesday", "Markets rallied on the day after the election on Wednesday"): the phrase's own day, not its
    /// event's — review 33d, finding 4 (session 34).</summary>
    public bool EventOwn { get; init; }

    /// <summary>A day told as a saying's or an answer's ("said on Tuesday", "in a written answer on 3 March 1998": <c>[saying-frame]</c>).</summary>
    public bool SayingDay { get; init; }

    /// <summary>"the turn of the century", by its clause's tense (session 32; review 32b, finding 3): 1 a past or untensed clause, the
    /// first century's turn at or after the year the story is in ("founded in 1875 and carried emigrants until the turn of the
    /// century": 1900) when that turn is not ahead of the writing and the story's date is near, else the turn nearest the writing;
    /// 2 a present or present-perfect clause ("has cut 5,000 jobs since the turn of the century"), the last turn at or before the
    /// writing; 3 the limit of a future clause ("By the turn of the century it will be gone"), the next turn after the writing; 4 after
    /// "would", the story's turn as 1 when a past date is near, else as 3 (review 33d, finding 7); 0 not one.</summary>
    public byte CenturyTurn { get; init; }

    /// <summary>"overnight": the night of the story's day, or without one the night just gone (the publication's day before).</summary>
    public bool Overnight { get; init; }

    /// <summary>"midnight Friday", "midnight tonight", "midnight on Saturday": midnight told with its day, 00:00 at that day's end (the next day's).</summary>
    public bool Midnight { get; init; }

    /// <summary>"late on 5 July 2013", "late Saturday": a day told at its late end, which a small-hours clock told after it runs past.</summary>
    public bool LateInDay { get; init; }

    /// <summary>"in the small hours", "by the small hours" without a day of their own: after a day told at its late end they are the next day's.</summary>
    public bool SmallHours { get; init; }

    /// <summary>Whether its clause is in the past perfect: before the story's time, and not a move of it.</summary>
    public bool Perfect { get; init; }

    /// <summary>The month a span without years starts in when this month ends it ("from December to April": 12), else 0.</summary>
    public int RangeFrom { get; init; }

    /// <summary>A full date something was planned for ("were supposed to open on 24 July 2020"): it puts the story in its year, not on its day.</summary>
    public bool Planned { get; init; }

    /// <summary>Whether it is the far end of a span told from elsewhere ("since 1990", "until 1974", "before 2001"): not a year a story is in.</summary>
    public bool Limit { get; init; }

    /// <summary>
    /// A year that heads a timeline entry at the start of its line: "2013 — Typhoon Haiyan floods …", "2019: Fire breaks out …" (1: it
    /// heads its own paragraph), or "2021" alone on its line (2: it heads the next one too). The entry's dates without a year are in
    /// it, whatever the tense (a timeline tells the past in the present); 0 elsewhere.
    /// </summary>
    public int Heads { get; init; }

    /// <summary>A month or a season without a year heading a timeline's row ("March: First round of funding", "June — First overseas
    /// order"): in the year of the year line above it, when the rows run on from that line — session 34.</summary>
    public bool RowHead { get; init; }

    /// <summary>A day told right after a verb in the simple past ("The bakery closed on June 4"): the day of that event, not ahead of the writing.</summary>
    public bool PastEvent { get; init; }

    /// <summary>The end of a life the date's clause tells (<c>Data/tense-verbs.txt</c>, <c>[life]</c>): 1 a birth ("was born on 1 May
    /// 1932"), 2 a death ("and died on March 5"), else 0. A death without a year told after a birth is no day of the birth's year.</summary>
    public byte Life { get; init; }

    /// <summary>A weekday told as the day something was said ("Lisbon's mayor said on Tuesday"): the time of writing's, not a story's.</summary>
    public bool Said { get; init; }

    /// <summary>
    /// A weekday told with the article ("on the Friday", "by the Monday night"): a day of the story's week, the first one on or
    /// after the story's day — not one counted from the time of writing.
    /// </summary>
    public bool Definite { get; init; }

    /// <summary>"the Monday after": the first such weekday strictly after the day last named.</summary>
    public bool WeekdayAfter { get; init; }

    /// <summary>"the Saturday before": the last such weekday strictly before the day last named.</summary>
    public bool WeekdayBefore { get; init; }

    /// <summary>A weekday heading a timeline's line without a tense ("Tuesday: The war enters its fifth year"): the nearest such
    /// day to the anchor, back or ahead.</summary>
    public bool NearestWeekday { get; init; }

    /// <summary>Weeks past the coming weekday: "Tuesday week", "a week on Friday" (1), "Monday fortnight" (2); else 0.</summary>
    public int WeeksOn { get; init; }

    /// <summary>
    /// The future seen from a past time: "would take office in January", "was due to fly home on Monday", "had been scheduled for
    /// June 3". It lies ahead of the story's (or the saying's) time, not of the writing's.
    /// </summary>
    public bool FutureInPast { get; init; }

    /// <summary>A plan told in the past ("was due to", "was expected to", "had been scheduled for"), not a saying's "would".</summary>
    public bool PastPlan { get; init; }

    /// <summary>A plan told in the past that the clause then overturns ("was due to fly on Monday but cancelled"): its day is gone.</summary>
    public bool PlanOvertaken { get; init; }

    /// <summary>The paragraph it stands in (0 first), counted by line breaks between sentences.</summary>
    public int Paragraph { get; init; }

    /// <summary>A day that fills its line alone ("Sat 14 Nov", "SATURDAY 14 NOVEMBER", "Sunday", "Tue 23 Sep:"): a listing's or a
    /// timetable's heading, whose day the clock times on the lines under it take (session 31).</summary>
    public bool LineHead { get; init; }

    /// <summary>Whether it is a year written as a modifier before a noun ("the 1970 tournament", "a 2019 explosion").</summary>
    public bool Modifier { get; init; }

    /// <summary>The sentence it stands in (the index of the sentence's first token): dates in one sentence share its time.</summary>
    public int Sentence { get; init; }

    /// <summary>In a quarterly report: how it counts from the reported period (<see cref="ReportUse.None"/> elsewhere).</summary>
    public ReportUse Report { get; init; }

    /// <summary>A diary's or itinerary's count heading ("Day 1, Saturday 14 March", "Day 37:", "Week 2 of the trek"): the
    /// <see cref="Count"/>+1-th day (<see cref="Unit"/> a day) or week of a count whose first day the text gives (before it,
    /// beside it or just after it), else the time of writing's.</summary>
    public bool CountHead { get; init; }

    /// <summary>Which anchor it wants.</summary>
    public AnchorUse Anchor { get; init; }

    /// <summary>Whether it needs no anchor at all.</summary>
    public bool IsAbsolute => Kind == ParseKind.Literal || (Kind == ParseKind.Calendar && Year is not null)
        || (Kind is ParseKind.Period or ParseKind.Season && Year is not null);

    /// <summary>A parse with nothing appended: no part of day, no clock time.</summary>
    public static DateParse Create(TemporalType type, DatePrecision grain, ParseKind kind) =>
        new() { Type = type, Grain = grain, Kind = kind, Part = -1, Hour = -1, Second = -1 };

    /// <summary>A literal value.</summary>
    public static DateParse Of(TemporalType type, string? value, DatePrecision grain) =>
        Create(type, grain, ParseKind.Literal) with { Literal = value };

    /// <summary>A calendar date with a known or unknown year.</summary>
    public static DateParse Calendar(int? year, int month, int day) =>
        Create(TemporalType.Date, day > 0 ? DatePrecision.Day : month > 0 ? DatePrecision.Month : DatePrecision.Year, ParseKind.Calendar)
        with { Year = year, Month = month, Day = day, Anchor = AnchorUse.Narrative };

    /// <summary>Units counted from the anchor.</summary>
    public static DateParse Offset(TimeUnit unit, int count, AnchorUse anchor = AnchorUse.Publication) =>
        Create(TemporalType.Date, DateResolver.Precision(unit), ParseKind.Offset) with { Unit = unit, Count = count, Anchor = anchor };
}
