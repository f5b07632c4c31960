using System.Globalization;

namespace Tidings.Dates;

/// <summary>
/// The temporal focus of a running text, kept in one forward pass over its date parses: the most recent date the
/// text made explicit. An expression without a year, or an anaphoric one ("the year before", "that winter"), counts
/// from it when the story has moved away from the publication time (a past-tense narrative in another year), and
/// from the publication date when it has not (present-tense news, reported speech). It also keeps the story's clock
/// (the last clock time resolved), which "six minutes later" counts from and a small-hours time runs past.
/// </summary>
internal sealed partial class NarrativeAnchor(DateOnly? publication)
{
    private Point _focus = Point.None;
    private Point _named = Point.None;

    // The last day that headed a line alone ("Sat 14 Nov", "SATURDAY 14 NOVEMBER"): the clock times of the listing under it are its.
    private Point _lineHead = Point.None;

    // The date named before the last one: what a step told in apposition to the last date ("in 2009, thirty years later") counts from.
    private Point _prevNamed = Point.None;
    private bool _namedPerfect;
    private bool _namedLimit;
    private bool _namedExplicit;
    private DateTime _clock;
    private int _clockStart = -1;
    private int _clockEnd;
    private int _clockParagraph;

    // The last day the text named (a day's grain), which "the next day" counts from when a coarser date ("the second quarter") was
    // named since; and the day a plan named ("were due to end on Thursday 9 April 1998"), which the night and the clocks of that
    // plan take.
    private Point _lastDay = Point.None;

    // The last day the text told with each event group ("The summit opens on 10 December": the summit's), which a later "the eve of
    // the summit" counts from (review 32b, finding 2); made on the first such day.
    private Point[]? _eventDays;

    // The last day told in a present or future clause with no event's words ("The chancellor's statement is on Wednesday 18 March"):
    // the day of an event the text names no day for with its own words ("On the eve of the budget"); session 33.
    private Point _scheduledDay = Point.None;

    // Whether the last date named was told as a saying's ("said on Tuesday", "in a written answer on 3 March 1998").
    private bool _namedSaying;

    // The last full date the story named with its year ("Friday 22 November 1963"): the week "the Sunday" and "the Monday" are in.
    private Point _explicitDay = Point.None;

    // The last full date the story named: with its year, or with its weekday ("Saturday 8 August"): the week a bare weekday told in
    // the past after it is in.
    private Point _weekDay = Point.None;

    // The sentence of the last day named as a plan's ("was expected to sign on the Friday, but … the day before"), or -1: past it,
    // an anaphor counts from the story's day again ("due to make landfall on the Monday. … the next morning").
    private int _planSentence = -1;

    /// <summary>The paragraph of the last parse resolved (a paragraph's first date may put it back at the time of writing).</summary>
    private int _resolvedParagraph = -1;
    private Point _planDay = Point.None;
    private bool _namedModifier;
    private bool _namedHoliday;
    private bool _namedCalendarDay;

    // The last day named that lies a few days ahead of the publication ("tomorrow", "on Thursday"): a clock told later in a
    // present or future clause ("Fireworks begin at 10 p.m.", "will be announced at 2 p.m. ET") is on it.
    private Point _aheadDay = Point.None;

    // The last day told at its late end ("late on 5 July 2013", "on Saturday night"): a small-hours clock told after it in the
    // past, with no clock between, is on the next day ("Shortly after 1 a.m. it rolled into Lac-Mégantic").
    private Point _evening = Point.None;

    // The last date told at its late end, of any grain ("On the evening of 31 January 1953", "late on 5 July 2013"): the small hours
    // told after it are the next day's.
    private Point _late = Point.None;

    // The year of the last day the story told (a full date or a week counted from one), not the publication's: a story told day
    // by day goes on across paragraphs even after a month or a season ("March 20, 1980 … by late April ¶ On May 18").
    private int _storyDayYear;

    // Where the focus starts when a birth set it ("was born on 1 May 1932"), else -1: a death told after it without a year ("and
    // died on March 5, aged 93") is the news's day, not one of the birth's year.
    private int _birthStart = -1;

    // The sentence whose dates without a year took the year of an event ahead named in it ("The 2026 World Cup kicks off … on
    // June 11, and the final is … on July 19"), or -1.
    private int _aheadSentence = -1;

    // A timeline's year heading ("2013 — Typhoon Haiyan floods …", "2021" alone on its line) and the last paragraph it heads.
    private Point _header = Point.None;
    private int _headerLast = -1;

    /// <summary>The ordinal of winter among the seasons (0 spring … 3 winter).</summary>
    private const int SeasonWinter = 3;

    /// <summary>How many days before the writing a saying's date must lie for a future told from it to count from it.</summary>
    private const int SayingDays = 20;

    /// <summary>How far (in characters) a saying's day (<see cref="DateParse.SayingDay"/>) carries to a future told in the next sentences
    /// of its paragraph ("in a written answer on 3 March 1998. The minister said a pilot would begin early next year"); any other day
    /// ("The factory, which opened on 3 March 1998, … The company said it would close the site next year") does not (review 32b, finding 1).</summary>
    private const int SayingReach = 200;

    /// <summary>How far (in characters) a story date carries to a later date without a year.</summary>
    private const int StoryReach = 700;

    /// <summary>How many years back a story told in years is history: a bare day in a later paragraph is back at the time of writing.</summary>
    private const int HistoryYears = 5;

    /// <summary>How far (in characters) a year coordinated with a bound ("since 2006 and 2007") may follow it.</summary>
    private const int YearPair = 6;

    /// <summary>How many months after a story month a day in the next paragraph still follows the story.</summary>
    private const int MonthsOn = 1;

    /// <summary>How far (in characters) a clock time carries to "two hours later" or "By 2:20 a.m.".</summary>
    private const int ClockReach = 400;

    /// <summary>How far (in characters) from the start of a text a day in its header line may stand ("LIVE: Results, Tuesday June 4") for the clocks of the next paragraph to take it.</summary>
    private const int HeaderReach = 60;

    /// <summary>How far (in characters) after a clock its own date may start ("at 11:33 a.m. on May 24").</summary>
    private const int ClockGloss = 12;

    /// <summary>A date the text named: the day it stands for, what it is precise to, where it starts and ends, and
    /// whether it is the publication day counted back ("Seventy years ago today"), a point seen from the present.</summary>
    private readonly record struct Point(DateOnly Date, DatePrecision Grain, int Start, int End, bool Deictic, bool Explicit = false, int Paragraph = 0, int Sentence = -1)
    {
        public static Point None => new(default, DatePrecision.Unknown, -1, 0, false);
    }

    /// <summary>How far (in days) from the publication a date without a year must land before a year named as a modifier ("a 2019
    /// explosion", "the third in May 1995") takes it over: a few months back is still news ("had battled cancer since 2004 and
    /// stepped down in August").</summary>
    private const int ModifierFarDays = 90;

    /// <summary>How far (in days) from the publication a bare day read at the time of writing may lie and still be news.</summary>
    private const int NewsDays = 200;

    /// <summary>How far (in characters) a day ahead of the publication carries to a clock told in the present or the future.</summary>
    private const int AheadReach = 1000;

    /// <summary>How far (in characters) after a named day its weekday may follow ("Thanksgiving, which falls on Thursday").</summary>
    private const int HolidayGloss = 24;

    /// <summary>How far (in characters) after a bare month a day of the writing's week may follow for the month to be news
    /// ("The trial began in September. The last of the defendants was convicted yesterday").</summary>
    private const int NewsReach = 120;

    /// <summary>How many days before the writing a story's day must lie for a weekend told in the past just after it to be that day's
    /// ("admitted on Monday 18 August. By the weekend there were nine", written in late September).</summary>
    private const int StoryWeekDays = 13;

    /// <summary>How far (in characters) a full date carries a bare weekday told after it ("On Friday, 7 March 2003 … By Monday").</summary>
    private const int WeekReach = 300;

    /// <summary>Resolves <paramref name="p"/> and moves the focus; returns the value, the anchor used and the anchoring mention's start.</summary>
    public (string? Value, DateAnchor Anchor, int? AnchorStart) Resolve(DateParse p, in DateParse? following = null)
    {
        // "Now the shipyard builds wind platforms. In March it won a contract", "These days the summit is sinking. In May …": a
        // paragraph whose first date is the present is back at the time of writing, and its bare months are news again.
        if (p.Paragraph != _resolvedParagraph)
        {
            _resolvedParagraph = p.Paragraph;
            TurnParagraph(p); // "… on 14 November 1974. ¶ On Wednesday the inquiry heard … ¶ … the week before": the 1974 timeline again
            if (p.Kind == ParseKind.Literal && p.Literal == "PRESENT_REF")
            {
                _focus = Point.None;
            }
        }

        TakeUp(p);

        if (p.AgeYears > 0)
        {
            return ResolveAge(p); // "Born on 2 March 1932 … joined the Navy at 17": no mention, the story moves to 1949
        }

        if (p.Letter && ResolveLetterDay(p, following) is { } letterDay)
        {
            return letterDay; // "yours of the 5th inst.", "the 1st prox."
        }

        if (p.CountHead)
        {
            return ResolveCountHead(p); // "Day 1, Sunday 23 November", "Day 6:", "Week 2 of the trek"
        }

        if (HeadWeekday(p) is string headWeekday)
        {
            return (headWeekday, DateAnchor.Mention, null); // "Day 3 (Wednesday):"
        }

        if (p.EventDay)
        {
            return ResolveEventDay(p, following); // "Kenya votes on 9 August … the day after the election"
        }

        if (p.CenturyTurn > 0)
        {
            return ResolveCenturyTurn(p); // "founded in 1875 … until the turn of the century"
        }

        // "before Thanksgiving on Thursday", "Thanksgiving, which falls on Thursday": a weekday told just after a named day that
        // falls on it is that day.
        if (p.Kind == ParseKind.Weekday && !p.Shifted && p.Hour < 0 && p.Part < 0 && _namedHoliday && _named.Grain == DatePrecision.Day
            && _named.Sentence == p.Sentence && p.Start - _named.End <= HolidayGloss && (int)_named.Date.DayOfWeek == p.Weekday)
        {
            string same = _named.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Name(p, same);
            return (same, DateAnchor.Mention, _named.Start);
        }

        // "On the Sunday the trouble spread", "by the Monday", "the Monday after": a weekday told with the article is one of the
        // story's week, the first on (or, "after", past) the story's day.
        if (p.Kind == ParseKind.Weekday && p.Definite && StoryWeekday(p, out int storyDayStart) is DateOnly storyWeekday)
        {
            string? definite = DateResolver.Resolve(p with { Kind = ParseKind.Calendar, Year = storyWeekday.Year, Month = storyWeekday.Month, Day = storyWeekday.Day }, publication);
            Observe(p, definite);
            _planSentence = p.FutureInPast ? p.Sentence : -1; // "was due to make landfall on the Monday": that day holds for its sentence only
            return (definite, DateAnchor.Mention, storyDayStart);
        }

        // "On 4 May 2021 the minister told parliament that talks would resume next week", "said in April that it would publish its
        // decision next month": a day counted from the present, in a clause that tells the future from a past saying, counts from
        // the saying's date in its sentence.
        if (p.FutureInPast && !p.PastPlan && !p.Perfect && (p.Anchor == AnchorUse.Publication || p.Kind == ParseKind.NamedDay) && p.Kind is ParseKind.Offset or ParseKind.Weekday or ParseKind.NamedDay
            && !p.Definite && _named.Start >= 0 && (_named.Sentence == p.Sentence || (_namedSaying && _named.Paragraph == p.Paragraph && p.Start - _named.End <= SayingReach && _named.Grain == DatePrecision.Day))
            && !_named.Deictic && !_namedLimit
            && _named.Grain is DatePrecision.Day or DatePrecision.Week or DatePrecision.Month or DatePrecision.Year
            && publication is DateOnly writing && writing.DayNumber - _named.Date.DayNumber > SayingDays)
        {
            // (It is not named: "In 1990 he said he would not be here next year … That November" is the saying's year's.)
            string? reported = DateResolver.Resolve(p with { Tense = Tense.Future }, _named.Date);
            return (reported, DateAnchor.Mention, _named.Start);
        }

        // "15 August 2021. The evacuation was due to end on August 31", "She was due to fly home on Monday", "Bush would take office
        // in January": the future seen from a story's past time lies ahead of that time, not of the writing's.
        if (p.FutureInPast && !p.Definite && ((p.Anchor == AnchorUse.Narrative && p.Kind is ParseKind.Calendar or ParseKind.NamedDay or ParseKind.Season)
                || (p.Kind == ParseKind.Weekday && !p.Shifted && _focus.Grain == DatePrecision.Day))
            && _focus.Start >= 0 && !_focus.Deictic && p.Start - _focus.End <= StoryReach && StoryTold(p) is Point told
            && publication is DateOnly written && written.DayNumber - told.Date.DayNumber > NewsDays && told.Date.Year < written.Year)
        {
            string? forward = DateResolver.Resolve(p with { Tense = Tense.Future, Perfect = false, Plan = false }, told.Date, told.Grain, story: true);
            int storyStart = told.Start;
            Name(p, forward);
            return (forward, DateAnchor.Mention, storyStart);
        }

        // "The foreign secretary was due to fly to Kyiv on Monday but cancelled the trip": in news, a weekday a plan told in the past
        // was for is one the writing has overtaken.
        if (p.PlanOvertaken && p.Kind == ParseKind.Weekday && !p.Shifted && !p.Definite)
        {
            p = p with { Tense = Tense.Past, Plan = false };
        }

        // "between 7.37am and 7.40am on 11 March 2004": a clock whose partner in the sentence names a full date is on that day.
        if (p.BareClock && following is DateParse partner && partner.Hour >= 0 && partner.IsAbsolute && partner.Kind == ParseKind.Calendar && partner.Day > 0
            && partner.Sentence == p.Sentence && partner.Start - p.End <= ClockGloss
            && DateResolver.Resolve(partner, publication) is { Length: >= 10 } partnerValue && DateResolver.Resolve(p, publication) is { Length: > 10 } own)
        {
            string paired = partnerValue[..10] + own[10..];
            Name(p, paired);
            return (paired, DateAnchor.None, null);
        }

        // "was elected president by parliament on 20 October, and was sworn in last night": a date without a year told with a
        // day counted from the present in its sentence is news, not the story's.
        bool newsSentence = following is DateParse deictic && deictic.Sentence == p.Sentence && deictic.Anchor == AnchorUse.Publication
            && deictic.Kind == ParseKind.Offset && deictic.Unit == TimeUnit.Day && p.Anchor == AnchorUse.Narrative;

        // "The trial began in September. The last of the defendants was convicted yesterday", "She returned to competition in March
        // and won silver in Paris on Saturday": a bare month told just before a day of the writing's week has come back to the
        // present; it is the last such month, not the story's.
        newsSentence |= following is DateParse present && p.Anchor == AnchorUse.Narrative && p.Kind == ParseKind.Calendar && p.Year is null && p.Month > 0
            && p.Day == 0 && !p.Shifted && !p.Perfect && p.Tense == Tense.Past && present.Paragraph == p.Paragraph && present.Start - p.End <= NewsReach
            && ((present.Anchor == AnchorUse.Publication && present.Kind == ParseKind.Offset && present.Unit == TimeUnit.Day && present.Count <= 0)
                || (present.Kind == ParseKind.Weekday && !present.Shifted && present.Month == 0 && present.Day == 0 && present.Tense == Tense.Past));

        if (p.Report is ReportUse.Period or ReportUse.YearBack or ReportUse.YearBackQuarter && _reportStart >= 0)
        {
            // "the quarter", "a year earlier", "the 1988 period": from the period the report is about.
            string? reported = ReportValue(p);
            Name(p, reported);
            return (reported, DateAnchor.Mention, _reportStart);
        }

        if (p.Report == ReportUse.YearLong && _reportStart >= 0)
        {
            _reportYearLong = true;
        }

        // "The fine was paid in 2009, thirty years later", "lifted it that November, nine months later": a step told in apposition
        // just after a date restates that date, counted from the one named before it (when it lands on it), if the step closes its
        // clause ("She married in 1970, two years later she left": a new clause, counted on from 1970).
        if (p.Anchor == AnchorUse.Story && p.Kind == ParseKind.Offset && p.Count > 0 && _prevNamed.Start >= 0 && _named.Start > _prevNamed.Start
            && p.Sentence == _named.Sentence && p.Start - _named.End is >= 1 and <= 3 && ClosesClause(p.End)
            && DateResolver.Resolve(p, _prevNamed.Date, _prevNamed.Grain, story: true) is string restated
            && Read(p, restated) is Point landed && landed.Date == _named.Date && landed.Grain == _named.Grain)
        {
            return (restated, DateAnchor.Mention, _prevNamed.Start);
        }

        if (p.IsAbsolute)
        {
            if (_namedLimit && p.Kind == ParseKind.Calendar && p.Month == 0 && p.Sentence == _named.Sentence && p.Start - _named.End <= YearPair)
            {
                p = p with { Limit = true }; // "the first repeat champion since Florida in 2006 and 2007": both years bound the span
            }

            string? absolute = DateResolver.Resolve(p, publication);
            Observe(p, absolute);
            if (p.Heads > 0 && Read(p, absolute) is Point heading)
            {
                _header = heading;
                _headerLast = p.Paragraph + p.Heads - 1;
            }

            return (absolute, DateAnchor.None, null);
        }

        if (p.Kind == ParseKind.Offset && p.Unit is TimeUnit.Minute or TimeUnit.Hour && p.Anchor == AnchorUse.Story)
        {
            // "Six minutes later": the story's clock moved on.
            string? later = _clockStart >= 0 && p.Start - _clockEnd <= ClockReach ? DateResolver.ClockValue(_clock, p.Unit, p.Count) : null;
            int? clockStart = later is null ? null : _clockStart;
            Observe(p, later);
            return (later, later is null ? DateAnchor.None : DateAnchor.Mention, clockStart);
        }

        // A bare weekday told just after a full date of an earlier week follows the story's week: "Polls opened on
        // Tuesday, November 5, 2024. By Wednesday morning …", "On Friday, 7 March 2003 … By Monday". A day-stamp of the
        // publication's week, or a maturity date ahead of it, does not.
        // In the past perfect the weekday is the one before, and the story may have crossed into the next paragraph: "filed for
        // bankruptcy … on 15 September 2008 ¶ Barclays had pulled out on Sunday morning".
        // The full date may also be one told with its weekday and no year ("landed in Crete on Saturday 8 August. By Monday night").
        // Not once a later year was named ("stood empty until 2017. On Wednesday it reopened"), nor for a death told in another
        // sentence ("Her last concert, on 13 June 2003 … She died on Monday").
        Point week = _weekDay;
        if (p.Kind == ParseKind.Weekday && !p.Shifted && !p.Said && p.Tense is not (Tense.Present or Tense.Future) && week.Start >= 0 && _focus.Start == week.Start
            && !(p.Life == 2 && (week.Start == _birthStart || p.Sentence != week.Sentence)) && p.Start - week.End <= WeekReach
            && (p.Paragraph == week.Paragraph || (p.Perfect && p.Paragraph == week.Paragraph + 1))
            && !(_named.Start > week.Start && _named.Date.Year > week.Date.Year)
            && (publication is not DateOnly r || r.DayNumber - week.Date.DayNumber > 7))
        {
            string? next = DateResolver.Resolve(p with { Tense = p.Perfect ? Tense.Past : Tense.Future }, week.Date);
            Observe(p, next);
            return (next, DateAnchor.Mention, week.Start);
        }

        // "The fog came down on Friday 5 December 1952 … the following Tuesday. ¶ Hospitals filled over the weekend": a weekend told
        // in the past a few sentences after a story day years back is that story's weekend, the one that day runs on to.
        if (p.Kind == ParseKind.Offset && p.Unit == TimeUnit.Weekend && p.Count == 0 && p.PastWeekend && p.Anchor == AnchorUse.Publication
            && p.Tense is not (Tense.Present or Tense.Future)
            && _focus.Start >= 0 && !_focus.Deictic && _focus.Grain == DatePrecision.Day && p.Start - _focus.End <= WeekReach
            && p.Paragraph <= _focus.Paragraph + 1 && publication is DateOnly pub && pub.DayNumber - _focus.Date.DayNumber > 365)
        {
            string? weekend = DateResolver.Resolve(p with { PastWeekend = false }, _focus.Date); // the story's weekend: the one after its day
            Observe(p, weekend);
            return (weekend, DateAnchor.Mention, _focus.Start);
        }

        // "On the Monday fans began laying scarves, and by the weekend the pitch was covered": a weekend told in the past just after a
        // story day years back is that day's week's weekend (in its paragraph, or told in the past at the next one's start: "… on
        // Friday 14 September 2007. ¶ By the weekend savers had withdrawn £1bn").
        if (p.Kind == ParseKind.Offset && p.Unit == TimeUnit.Weekend && p.Count == 0 && p.Anchor == AnchorUse.Publication && p.Tense is not (Tense.Present or Tense.Future)
            && _lastDay.Start >= 0 && (p.Paragraph == _lastDay.Paragraph || (p.Paragraph == _lastDay.Paragraph + 1 && p.Tense == Tense.Past))
            && p.Start - _lastDay.End <= WeekReach
            && publication is DateOnly now && now.DayNumber - _lastDay.Date.DayNumber > StoryWeekDays)
        {
            string? storyWeekend = DateResolver.Resolve(p with { PastWeekend = false }, _lastDay.Date);
            int dayStart = _lastDay.Start;
            Name(p, storyWeekend);
            return (storyWeekend, DateAnchor.Mention, dayStart);
        }

        // An anaphoric expression ("that year", "the following spring") counts from the last date named, a bound or a
        // modifier included ("a far cry from 2022. That autumn"); one without a year from the story's focus.
        // A bound back before the story's time ("their first win over them since 1972") is no date of the story's.
        // Nor is a target ahead of the time of writing ("ordered it to cut emissions by 45% by 2030. … that December").
        Point from = p.Anchor == AnchorUse.Story && _named.Start > _focus.Start && !(_planSentence >= 0 && _named.Sentence == _planSentence && p.Sentence != _planSentence) && !(_namedLimit && _focus.Start >= 0 && _named.Date < _focus.Date)
            && !(_focus.Start >= 0 && p.Tense is not (Tense.Present or Tense.Future) && publication is DateOnly ahead && _named.Date > ahead) ? _named : _focus;

        // "On August 1, 2024 the company reported a loss for the second quarter … Its shares fell 26% the next day": a day counted
        // on from the last day named in the paragraph, past a coarser date named since.
        // (Past the paragraph too when the story is weeks back and told in the past: "on the night of 14 May … filed the following week
        // … ¶ Anglers found dead fish … the next morning".)
        if (p.Anchor == AnchorUse.Story && NeedsDay(p) && from.Grain != DatePrecision.Day && _lastDay.Start >= 0 && _lastDay.Start > _focus.Start - 1
            && (p.Paragraph == _lastDay.Paragraph
                || (p.Tense == Tense.Past && p.Paragraph <= _lastDay.Paragraph + 2 && publication is DateOnly weeks && weeks.DayNumber - _lastDay.Date.DayNumber > StoryWeekDays))
            && p.Start - _lastDay.End <= StoryReach)
        {
            from = _lastDay;
        }

        // "crossed the 38th parallel before dawn on 25 June 1950. Seoul fell three days later. ¶ The Security Council had already condemned
        // the invasion that afternoon": a part of a day told in the past perfect goes back to the story's own day, not the step after it.
        if (p.Anchor == AnchorUse.Story && p.Perfect && p.Part >= 0 && p.Hour < 0 && _explicitDay.Start >= 0 && from.Start > _explicitDay.Start
            && from.Date > _explicitDay.Date && p.Start - _explicitDay.End <= StoryReach)
        {
            from = _explicitDay;
        }

        // "were due to end on Thursday 9 April 1998. They ran through the night": a plan puts the story in its year, and its day
        // is the one its night and its clocks are on.
        if (NeedsDay(p) && from.Grain != DatePrecision.Day && _planDay.Start >= 0 && from.Start == _planDay.Start)
        {
            from = _planDay;
        }

        // "lost their opening game of the 2019 World Cup … on 21 September", "three months before the 1970 tournament and led
        // Pelé's side to the title … on 21 June": a year named in the same sentence, after the story's date, gives a date
        // without a year its year.
        if (SentenceYear(p, from) is Point sentenceYear)
        {
            from = sentenceYear;
        }

        // "sealed on September 26. The season had begun badly in April. By mid-July they led": after a flashback in the
        // past perfect, the simple past goes on from the flashback until it catches up with the story's time.
        if (p.Anchor == AnchorUse.Narrative && !p.Perfect && _namedPerfect && _named.Start > _focus.Start && _focus.Start >= 0
            && _named.Grain is DatePrecision.Day or DatePrecision.Month
            && p.Kind == ParseKind.Calendar && p.Year is null && p.Month > 0 && _named.Date < _focus.Date
            && NextOccurrence(_named.Date, p.Month, p.Day) is DateOnly caught && caught <= _focus.Date)
        {
            from = _named with { Grain = _focus.Grain };
        }

        // "2016 — A levee is approved in March": under a timeline's year heading a date without a year is in that year, told in
        // the present or not.
        CarryHeader(p);
        bool headed = Headed(p);
        if (headed && from.Start < _header.Start)
        {
            from = _header;
        }

        bool story = !newsSentence && ((headed && !(NeedsDay(p) && from.Grain != DatePrecision.Day)) || UseStory(p, from, following));
        if (!story && !newsSentence && AheadSentenceYear(p) is Point eventYear)
        {
            from = eventYear;
            story = true;
            _aheadSentence = p.Sentence;
        }

        if (!story && !newsSentence && ModifierYear(p) is Point modifier)
        {
            from = modifier;
            story = true;
        }

        // "was born in Kumasi on 3 March 1938. He died on November 4": a death without a year told after the birth is the news's.
        if (story && p.Life == 2 && p.Year is null && p.YearShift is null && _birthStart >= 0 && from.Start == _birthStart)
        {
            story = false;
        }

        // "Asian shares rebounded on Tuesday after Wall Street's swings overnight": a night before the day of writing is the one gone.
        if (p.Overnight && story && from.Date == publication)
        {
            story = false;
        }

        // "left Pad 39B on 16 November 2022 after two scrubbed attempts that summer": a season told in the sentence of the story's
        // day is one of that day's year, not the next such season after it (a winter aside: it straddles two years).
        DatePrecision fromGrain = p.Kind == ParseKind.Season && p.Anchor == AnchorUse.Story && !p.Shifted && from.Sentence == p.Sentence
            && from.Grain is DatePrecision.Day or DatePrecision.Month && p.Ordinal != SeasonWinter ? DatePrecision.Year : from.Grain;
        string? value = story
            ? from.Deictic && fromGrain == from.Grain
                ? DateResolver.Resolve(p, from.Date) // "Seventy years ago today … On 30 April": seen from that day, in the clause's tense
                : DateResolver.Resolve(p, from.Date, fromGrain, story: true)
            : DateResolver.Resolve(p.Overnight ? p with { Count = -1 } : p, publication); // "56 arrests overnight": last night
        if (p.BareClock && value is not null)
        {
            value = ClockDay(value, p);
        }

        if (p.BareClock && value is not null && _clockStart >= 0 && p.Start - _clockEnd <= ClockReach)
        {
            value = BeforeStamp(PastMidnight(value, p), p);
        }
        else if (p.BareClock && value is not null)
        {
            value = AfterEvening(value, p);
        }

        if (p.SmallHours && value is not null)
        {
            value = SmallHoursAfter(value, p);
        }

        if (p.StatedWeekday is int stated && value is not null && WeekdayYear(p, value, stated) is (string fitted, Point by))
        {
            value = fitted;
            if (by.Start >= 0)
            {
                from = by; // "the 1986 Masters … On Sunday, April 13": the year the text named, where April 13 is a Sunday
                story = true;
            }
        }

        int? anchorStart = story ? from.Start : null;
        DateAnchor anchor = story ? DateAnchor.Mention : publication is null ? DateAnchor.None : DateAnchor.Publication;
        if (story || p.Anchor == AnchorUse.Narrative || p.KeepDay)
        {
            // "Seventy years ago today … to celebrate V-E Day": the same day, still seen from the present.
            Observe(p, value, story && from.Deictic ? from.Date : null);
        }
        else
        {
            Name(p, value);
            Report(p, value);
            if (value is not null && p.Type is TemporalType.Date or TemporalType.Time)
            {
                // "yesterday", "a year ago": the text is back at the time of writing. But a flashback in the past perfect
                // opened by a year counted back ("Last year he had attacked …", "A year ago he had returned …") is told
                // in that year: its dates without a year follow it.
                // An anaphor that found no story day to count from ("They ran through the night" after a year) is no return.
                _focus = p.Perfect && p.Kind == ParseKind.Offset && p.Unit == TimeUnit.Year && p.Count < 0 && Read(p, value) is Point back
                    ? back : p.Anchor == AnchorUse.Story ? _focus : _focus with { Start = -1 };

            }
        }

        return (value, anchor, anchorStart);
    }

    /// <summary>Whether the parse needs a story day, not only a year or a month, to count from: a clock time, a part of a day, a day counted.</summary>
    private static bool NeedsDay(in DateParse p) =>
        (p.Hour >= 0 || p.Part >= 0 || (p.Kind == ParseKind.Offset && p.Unit == TimeUnit.Day)) && !(p.Kind == ParseKind.Calendar && p.Month > 0 && p.Day > 0);

    private bool UseStory(in DateParse p, Point from, in DateParse? following)
    {
        if (from.Start < 0 || p.Anchor == AnchorUse.Publication)
        {
            return false;
        }

        if (NeedsDay(p) && from.Grain != DatePrecision.Day)
        {
            return false; // a time of day, or a day, needs a story day to count from ("at 9.30pm on 12 September" names its own)
        }

        if (p.Anchor == AnchorUse.Story)
        {
            return true; // "the year before" counts from the last date named, near the publication time or not
        }

        // "We reached base camp on April 9 … and we were back in base camp by the 20th": a bare day of the month told in the past
        // after a story day of its paragraph is a day of that day's month, however near the time of writing.
        if (p.Kind == ParseKind.Calendar && p.Month == 0 && p.Day > 0 && !p.Shifted && p.Anchor == AnchorUse.Narrative && from.Grain == DatePrecision.Day
            && !from.Deictic && p.Paragraph == from.Paragraph && p.Start - from.End <= StoryReach && p.Tense is not (Tense.Present or Tense.Future))
        {
            return true;
        }

        // Without a year: the story's time only when the story is elsewhere, in the past, and the clause tells it in
        // the past.
        bool moved = publication is not DateOnly r || (from.Date.Year < r.Year && r.DayNumber - from.Date.DayNumber > 200);

        // A story's year holds for the next few sentences, not for a distant paragraph of present-day news.
        bool near = p.Start - from.End <= StoryReach;

        // A life or a company told in years and seasons ("She left the label in 1971", "in the summer of 2008") does not
        // carry a bare day into a new paragraph: "She died in Detroit on Jan. 6." is back at the time of writing. A story
        // told day by day ("On the evening of 9 November 1989 …") goes on across paragraphs.
        bool coarse = from.Grain is DatePrecision.Year or DatePrecision.Season or DatePrecision.Decade or DatePrecision.Month;
        // A bare month too, after a story told in years ("Volunteers began clearing it in 1971 … ¶ The last section was filled with
        // water in January").
        if (coarse && p.Paragraph > from.Paragraph && p.Kind == ParseKind.Calendar && (p.Day > 0 || (p.Month > 0 && from.Grain is DatePrecision.Year or DatePrecision.Decade))
            && p.Anchor == AnchorUse.Narrative
            && publication is DateOnly pub && pub.Year - from.Date.Year >= HistoryYears && _storyDayYear != from.Date.Year
            && !(from.Grain is DatePrecision.Month or DatePrecision.Season && ((p.Month - from.Date.Month + 12) % 12 <= MonthsOn || (p.Month - from.Date.Month + 12) % 12 >= 12 - MonthsOn))
            && Read(p, DateResolver.Resolve(p, publication)) is Point news && Math.Abs(pub.DayNumber - news.Date.DayNumber) <= NewsDays
            && !StoryGoesOn(p, following, from))
        {
            // (Only when the time of writing would put the day within half a year of it: "The road … was reopened on 22 June",
            // written in May, is no news of last June.)
            // (A story told in months goes on in the next few: "for that November ¶ He made 74 … on 14 November", "left London in
            // May 1974 … ¶ The first Test, in Cape Town on 8 June"; and back one: "By October 1918 … ¶ held a parade on 28 September".)
            return false;
        }

        // (A shifted month is the story's only when told in the past perfect: "had imposed the rosters last December".)
        bool shiftedMonth = p.Kind == ParseKind.Calendar && p.Day == 0 && p.Count < 0;
        return moved && near && p.Tense is not (Tense.Present or Tense.Future) && (!p.Shifted || shiftedMonth) && !(p.Bound && from.Grain == DatePrecision.Year);
    }

    /// <summary>
    /// Whether the date told after <paramref name="p"/>, in its paragraph, keeps the story in the past: a later year of the story
    /// ("The unit was downgraded on July 5. Police were called in 2017.") or a step from the story's time told in the past ("The
    /// decisive match was in Paris on 27 March. … that summer"). Then a bare day there is the story's, not news.
    /// </summary>
    private bool StoryGoesOn(in DateParse p, in DateParse? following, Point from) =>
        following is DateParse next && publication is DateOnly pub
        && ((next.Paragraph == p.Paragraph && next.Kind == ParseKind.Calendar && next.Year is int year && next.Month == 0 && !next.Limit && year >= from.Date.Year && year < pub.Year - 1)
            || (next.Paragraph <= p.Paragraph + 1 && next.Anchor == AnchorUse.Story && next.Kind is ParseKind.Season or ParseKind.Calendar && next.Tense == Tense.Past));

    /// <summary>"announced in April that all troops would leave by Sept. 11": the saying's date in the sentence when it follows the
    /// story's, else the story's focus — the time a future in the past is seen from.</summary>
    private Point StoryTold(in DateParse p) =>
        _named.Start > _focus.Start && _named.Sentence == p.Sentence && !_named.Deictic && !_namedLimit && _named.Date >= _focus.Date ? _named : _focus;

    /// <summary>A resolved calendar date becomes the focus (and the last date named); a clock time becomes the story's clock.</summary>
    private void Observe(in DateParse p, string? value, DateOnly? deicticDay = null)
    {
        if (p.Passing)
        {
            return; // "On the eve of the election": the story stays on the election's day
        }

        Name(p, value);
        // "ordered it to cut emissions by 45% by 2030": a target ahead of the time of writing is no time of the story.
        if (p.SetsFocus && !p.Limit && Read(p, value) is Point read && !((p.Deadline || p.Bound) && publication is DateOnly now && read.Date > now))
        {
            // "The Games were supposed to open on 24 July 2020. On 24 March …": a plan puts the story in its year only.
            Point point = p.Planned ? read with { Grain = DatePrecision.Year } : read;
            _planDay = p.Planned && read.Grain == DatePrecision.Day ? read : Point.None;
            _focus = point.Date == deicticDay && point.Grain == DatePrecision.Day ? point with { Deictic = true } : point;
            _birthStart = p.Life == 1 ? _focus.Start : -1;
            if (p.Life == 1)
            {
                _birth = _focus;
            }

            if (_focus.Explicit && _focus.Grain == DatePrecision.Day && !p.Planned)
            {
                _explicitDay = _focus;
            }

            if (_focus.Grain == DatePrecision.Day && !p.Planned && !_focus.Deictic && (_focus.Explicit || (p.Kind == ParseKind.Calendar && p.Day > 0 && p.StatedWeekday is not null)))
            {
                _weekDay = _focus; // "Friday 22 November 1963", "Saturday 8 August": a full date, whose week a bare weekday told after it is in
            }

            if (_focus.Grain is DatePrecision.Day or DatePrecision.Week && !_focus.Deictic && (publication is not DateOnly r || _focus.Date.Year < r.Year))
            {
                _storyDayYear = _focus.Date.Year;
            }
        }
    }

    /// <summary>Notes a resolved date as the last one named, whether or not it moves the story, and a clock time as the story's clock.</summary>
    private void Name(in DateParse p, string? value)
    {
        if (p.Passing)
        {
            return;
        }

        if (Read(p, value) is Point point)
        {
            NoteFirstDay(p, point);
            if (p.LineHead && point.Grain == DatePrecision.Day)
            {
                _lineHead = point;
            }

            _prevNamed = _named;
            _named = point;
            _namedPerfect = p.Perfect;
            _namedLimit = p.Limit;
            _namedModifier = p.Modifier;
            _namedHoliday = p.Kind == ParseKind.NamedDay && p.DayStep == 0;
            _namedSaying = p.SayingDay;
            _namedCalendarDay = ((p.Kind == ParseKind.Calendar && p.Day > 0) || (p.Kind == ParseKind.Weekday && p.Definite)) && !p.Perfect; // not "three days earlier", "the night before", "had … on 20 May"; "On the Saturday before" names one
            if (point.Grain == DatePrecision.Day && (p.LateInDay || p.Part is 2 or 3) && p.Hour < 0)
            {
                _evening = point; // "late on 5 July 2013", "Saturday night"
            }

            if ((p.LateInDay || p.Part is 2 or 3) && p.Hour < 0)
            {
                _late = point; // also "the evening of 31 January 1953", a part of a day
            }

            if (point.Grain == DatePrecision.Day)
            {
                _lastDay = point;
                if (p.EventGroups != 0 && !p.EventDay && !p.SayingDay)
                {
                    if (_eventDays is null)
                    {
                        _eventDays = new Point[DateVocabulary.DayEventGroups];
                        Array.Fill(_eventDays, Point.None);
                    }

                    for (int g = 1; g < _eventDays.Length && g < 64; g++)
                    {
                        if ((p.EventGroups & DateReader.GroupBit(g)) != 0)
                        {
                            _eventDays[g] = point; // "The summit opens on 10 December": the summit's day (every event of its sentence)
                        }
                    }
                }

                if (p.Scheduled)
                {
                    _scheduledDay = point;
                }
                if (publication is DateOnly pub && point.Date > pub && point.Date.DayNumber - pub.DayNumber <= 7)
                {
                    _aheadDay = point;
                }
            }

            _namedExplicit = p.Year is not null;
        }

        if (value is not null && value.Length >= 16 && value[10] == 'T' && p.Type == TemporalType.Time
            && DateTime.TryParseExact(value.AsSpan(0, 16), "yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime clock))
        {
            _clock = clock;
            _clockStart = p.Start;
            _clockParagraph = p.Paragraph;
            _clockEnd = p.End;
        }
    }

    /// <summary>The calendar point a resolved value stands for, or null (a duration, a set, a value off the calendar).</summary>
    private static Point? Read(in DateParse p, string? value)
    {
        // "the 1990s" (199): its first year, a decade's grain ("Early in the next decade").
        if (value is { Length: 3 } && p.Grain == DatePrecision.Decade && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int tens) && tens > 0)
        {
            return new Point(new DateOnly(tens * 10, 1, 1), DatePrecision.Decade, p.Start, p.End, p.KeepDay, false, p.Paragraph, p.Sentence);
        }

        if (value is null || p.Type is TemporalType.Duration or TemporalType.Set || value.Length < 4
            || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year)
            || year < 1)
        {
            return null;
        }

        int month = 1;
        int day = 1;
        DatePrecision grain = DatePrecision.Year;
        if (value.Length >= 7 && value[4] == '-' && char.IsAsciiDigit(value[5]) && char.IsAsciiDigit(value[6]))
        {
            month = ((value[5] - '0') * 10) + (value[6] - '0');
            grain = DatePrecision.Month;
            if (value.Length >= 10 && value[7] == '-' && char.IsAsciiDigit(value[8]) && char.IsAsciiDigit(value[9]))
            {
                day = ((value[8] - '0') * 10) + (value[9] - '0');
                grain = DatePrecision.Day;
            }
        }
        else if (value.Length == 7 && value[4] == '-' && SeasonMonth(value.AsSpan(5)) is int seasonMonth)
        {
            month = seasonMonth;
            grain = DatePrecision.Season;
        }
        else if (value.Length >= 8 && value[4] == '-' && value[5] == 'W' && char.IsAsciiDigit(value[6]) && char.IsAsciiDigit(value[7]) && year <= 9998)
        {
            // "A week later" (1996-W24): the week's Monday, a week's grain.
            int week = ((value[6] - '0') * 10) + (value[7] - '0');
            if (week is < 1 or > 53 || week > ISOWeek.GetWeeksInYear(year))
            {
                return null;
            }

            return new Point(DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday)), DatePrecision.Week, p.Start, p.End, p.KeepDay, false, p.Paragraph, p.Sentence);
        }
        else if (value.Length >= 7 && value[4] == '-' && value[5] == 'Q')
        {
            month = ((value[6] - '0' - 1) * 3) + 1;
            grain = DatePrecision.Quarter;
        }

        if (month is < 1 or > 12 || day < 1 || year > 9999 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new Point(new DateOnly(year, month, day), grain, p.Start, p.End, p.KeepDay, p.Kind == ParseKind.Calendar && p.Year is not null && p.Day > 0, p.Paragraph, p.Sentence);
    }

    /// <summary>The first day after <paramref name="after"/> in the month (and on the day) given, or null off the calendar.</summary>
    private static DateOnly? NextOccurrence(DateOnly after, int month, int day)
    {
        int year = month > after.Month || (month == after.Month && day > after.Day) ? after.Year : after.Year + 1;
        return year > 9999 || day > DateTime.DaysInMonth(year, month) ? null : new DateOnly(year, month, Math.Max(day, 1));
    }

    private static int? SeasonMonth(ReadOnlySpan<char> code) =>
        code is "SP" ? 3 : code is "SU" ? 6 : code is "FA" ? 9 : code is "WI" ? 12 : null; // the season's first month
}
