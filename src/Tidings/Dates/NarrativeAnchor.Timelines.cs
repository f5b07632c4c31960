using System.Globalization;

namespace Tidings.Dates;

/// <summary>
/// Story time across paragraphs: a feature that moves between two past timelines, or between a past timeline and today's
/// news ("The fire started at 10.40pm on 14 November 1974. ¶ On Wednesday the inquiry heard … ¶ Her husband had complained
/// about a locked door the week before"), takes up each timeline again where it left it. Each paragraph told in a past year
/// is filed under its timeline (the story state at its end, with the names it mentions); a paragraph that opens in the past
/// on a date without its own year returns to the timeline it continues: the one whose people and places it names, else the
/// one with a day when it needs one, else the last one left.
/// </summary>
internal sealed partial class NarrativeAnchor
{
    /// <summary>How many years apart two story times may lie and still be one timeline.</summary>
    private const int TimelineYears = 2;

    /// <summary>How much more of a paragraph's names another past timeline must share than the live one to take it over (its subject's worth).</summary>
    private const int SwitchMargin = 4;

    private StoryTimelines? _timelines;

    // The paragraph whose story state is live, and where its text starts.
    private int _liveParagraph = -1;
    private int _liveAt = -1;

    // Whether the paragraph's first date or time is still to decide which timeline the paragraph goes on with.
    private bool _takeUp;

    /// <summary>The story state one timeline keeps: what the anchor's dates of the story were when its last paragraph ended.</summary>
    private readonly record struct StoryState(Point Focus, Point Named, Point PrevNamed, Point LastDay, Point ExplicitDay, Point WeekDay, int StoryDayYear,
        DateTime Clock, int ClockStart, int ClockEnd);

    /// <summary>At the first parse of a paragraph: files the paragraph left under its timeline; the paragraph's first date or time
    /// (<see cref="TakeUp"/>) then decides which timeline it goes on with.</summary>
    private void TurnParagraph(in DateParse p)
    {
        if (Text is not string text || publication is not DateOnly writing)
        {
            return;
        }

        // (Only a story told in days, weeks or months is a timeline: "Paribas was denationalized in 1987" in today's news is no story.)
        if (_liveParagraph >= 0 && History(_focus, writing) && _focus.Grain is DatePrecision.Day or DatePrecision.Week or DatePrecision.Month)
        {
            _timelines ??= new StoryTimelines(text);
            _timelines.File(Capture(), _liveAt);
        }
        else if (_liveParagraph >= 0 && _timelines is not null && AtWriting(_focus, writing))
        {
            _timelines.News(_liveAt); // today's news between two paragraphs of a story: its names are today's subject's
        }

        _liveParagraph = p.Paragraph;
        _liveAt = p.Start;
        _takeUp = _timelines is not null;
    }

    /// <summary>At the paragraph's first date or time (not an amount of time: "had planned to stay there for a week. They left the next
    /// day"): takes a past timeline up again when <paramref name="p"/> opens the paragraph in the past without a year of its own.</summary>
    private void TakeUp(in DateParse p)
    {
        if (!_takeUp || p.Type is not (TemporalType.Date or TemporalType.Time) || _timelines is null || publication is not DateOnly writing)
        {
            return;
        }

        _takeUp = false;
        if (!Resumes(p))
        {
            return;
        }

        // A paragraph back at the time of writing ("On Wednesday the inquiry heard …", "expected to report by the end of the year")
        // leaves the story; a recent story date ("convicted on January 3, 2022", written in 2023) goes on as it is.
        bool news = AtWriting(_focus, writing);
        if (!news && !History(_focus, writing))
        {
            return;
        }

        // Back from today's news only on evidence of the story (review 35d, finding 1): a flashback in the past perfect, "the Sunday", a
        // step the news cannot carry, or names the paragraph shares with the story and not with the news between. "In October,
        // Liverpool lost at home" after "Liverpool play Real Madrid on Wednesday" is this year's; "The next day" after "arrested … on
        // Friday" counts from that Friday. The needed day alone is no evidence, and no timeline is taken up by default.
        int live = news ? -1 : _timelines.Find(_focus.Date);
        int best = _timelines.Best(p.Start, NeedsDay(p), p.BareClock, live, out bool better, out int named, out int clocked);
        if (best >= 0 && best != live
            && (news ? clocked > 0 || named > 0 || LeavesNews(p, writing, _timelines.State(best).ClockStart >= 0) : live < 0 || better))
        {
            Restore(_timelines.State(best), p);
        }
    }

    /// <summary>Whether today's news told just before has a day of its own: the story time if the news set one, else the date of the
    /// news named last ("Police arrested a man on Friday"), at a day's grain or finer.</summary>
    private bool NewsDated(DateOnly writing)
    {
        Point day = _focus.Start >= 0 ? _focus : _named;
        return day.Start >= 0 && day.Date.Year >= writing.Year - 1 && day.Grain is DatePrecision.Day or DatePrecision.TimeOfDay or DatePrecision.PartOfDay;
    }

    /// <summary>Whether the story time is back at the time of writing: none told, a deictic one, or one in the writing's year.</summary>
    private static bool AtWriting(Point focus, DateOnly writing) => focus.Start < 0 || focus.Deictic || focus.Date.Year >= writing.Year;

    /// <summary>Whether <paramref name="p"/>, opening a paragraph after one of today's news, can only be told in a past story: a flashback
    /// in the past perfect ("Her husband had complained the week before"), a definite weekday ("On the Sunday"), a step that needs a day the
    /// news did not tell ("payments were made last year. ¶ Rescuers reached the seam the next day"), or one that, counted from the news
    /// day, would fall after the time of writing ("On Thursday divers laid a wreath. ¶ The wreck was raised the following summer").
    /// A month or weekday told in the simple past ("In October, …") and a step the news day can carry ("Two days later") stay news.
    /// <paramref name="clocked"/>: whether the story the paragraph would go back to is told by the clock.</summary>
    private bool LeavesNews(in DateParse p, DateOnly writing, bool clocked)
    {
        if (p.Kind == ParseKind.Weekday && p.Definite)
        {
            return true;
        }

        // The news day: the story time if the news set one, else the date of the news named last ("Police arrested a man on Friday").
        Point day = _focus.Start >= 0 ? _focus : _named;
        bool dated = NewsDated(writing);

        // A past perfect is a flashback from the last event told: after a news paragraph with a day of its own, that is the news event
        // ("Police arrested a man … on Wednesday. ¶ He had been cautioned … the week before"), unless the story is told by the clock,
        // minute by minute, as a disaster's is ("The ferry sank … at 6.10am on 3 February 1971. ¶ On Thursday divers laid a wreath. ¶
        // The captain had been warned the week before"); names it shares are the other evidence (review 36d, finding 4).
        if (p.Perfect && (!dated || clocked))
        {
            return true;
        }
        if (!dated && NeedsDay(p))
        {
            return true;
        }

        // "This spring biologists will count herring again. ¶ The clean-up began the following week": a step of weeks needs a week or a
        // day, which a news time of a month, a season or a year does not give.
        if (p.Kind == ParseKind.Offset && p.Anchor == AnchorUse.Story && p.Unit is TimeUnit.Week or TimeUnit.Weekend
            && (day.Start < 0 || day.Grain is DatePrecision.Month or DatePrecision.Season or DatePrecision.Quarter or DatePrecision.Half or DatePrecision.Year))
        {
            return true;
        }

        // "This week biologists surveyed the coves. ¶ The RAF bombed the wreck on 28 March" (written on 18 March): a day of the month told
        // in the past that this year would still be ahead.
        if (p.Anchor != AnchorUse.Story)
        {
            return p.Tense == Tense.Past && p.Kind == ParseKind.Calendar && p.Year is null && p.Month > 0 && p.Day > 0
                && (p.Month > writing.Month || (p.Month == writing.Month && p.Day > writing.Day));
        }

        return dated && p.Tense != Tense.Future
            && DateResolver.Resolve(p, day.Date, DatePrecision.Day, story: true) is string value && StartsAfter(value, writing);
    }

    /// <summary>Whether a resolved value ("2027-SU", "2026-12-09", "2027-01", "2027-W02") starts after <paramref name="writing"/>.</summary>
    private static bool StartsAfter(string value, DateOnly writing)
    {
        if (value.Length < 4 || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year))
        {
            return false;
        }

        if (year != writing.Year)
        {
            return year > writing.Year;
        }

        if (QuotedDocuments.Day(value) is DateOnly day)
        {
            return day > writing;
        }

        if (value.Length >= 8 && value[4] == '-' && value[5] == 'W' && int.TryParse(value.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int week))
        {
            return week > ISOWeek.GetWeekOfYear(writing.ToDateTime(TimeOnly.MinValue));
        }

        // (A season starts in its first month: "2026-WI" in December.)
        int start = value.Length < 7 || value[4] != '-' ? 0 : value.AsSpan(5, 2) switch
        {
            "SP" => 3,
            "SU" => 6,
            "FA" => 9,
            "WI" => 12,
            _ => int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int month) ? month : 0,
        };
        return start > writing.Month;
    }

    /// <summary>Takes in a date quoted from a document and resolved from the document's day (<see cref="QuotedDocuments"/>): it is
    /// the last date named, but moves no story and brings the text back to no time of writing ("The minutes for 11 April 1963 record
    /// that the service will end 'from next month'. The last bus ran on 28 April").</summary>
    public void Quoted(in DateParse p, string? value)
    {
        if (p.Paragraph != _resolvedParagraph)
        {
            _resolvedParagraph = p.Paragraph;
            TurnParagraph(p);
        }

        Name(p, value);
    }

    /// <summary>Whether a story time lies in a past year the news has left: a date of the story, two calendar years back or more.</summary>
    private static bool History(Point focus, DateOnly writing) =>
        focus.Start >= 0 && !focus.Deictic && focus.Date.Year < writing.Year - 1;

    /// <summary>Whether <paramref name="p"/>, first in its paragraph, continues a story: told in the past, without a year of its own,
    /// counted from the story ("the week before", "that winter", "the Sunday") or without a year ("in November", "5 March").</summary>
    private static bool Resumes(in DateParse p) =>
        !p.IsAbsolute && p.Tense is not (Tense.Present or Tense.Future) && !p.Said && !p.Passing && p.AgeYears == 0 && !p.FutureInPast
        && ((p.Anchor == AnchorUse.Story && p.Kind != ParseKind.Literal) || (p.Anchor == AnchorUse.Narrative && (p.Tense == Tense.Past || p.Perfect))
            || (p.Kind == ParseKind.Weekday && p.Definite))
        && p.Type is TemporalType.Date or TemporalType.Time;

    private StoryState Capture() => new(_focus, _named, _prevNamed, _lastDay, _explicitDay, _weekDay, _storyDayYear, _clock, _clockStart, _clockEnd);

    /// <summary>Makes <paramref name="s"/> the live story state, told as if it had ended just before <paramref name="p"/>: its dates keep
    /// their order and distances among themselves, in <paramref name="p"/>'s paragraph and in no sentence of it.</summary>
    private void Restore(in StoryState s, in DateParse p)
    {
        int last = Math.Max(Math.Max(Math.Max(s.Focus.End, s.Named.End), Math.Max(s.PrevNamed.End, s.LastDay.End)),
            Math.Max(Math.Max(s.ExplicitDay.End, s.WeekDay.End), s.ClockStart >= 0 ? s.ClockEnd : 0));
        int shift = Math.Max(0, p.Start - 1 - last);
        int paragraph = p.Paragraph;
        Point Moved(Point point) => point.Start < 0 ? point : point with { Start = point.Start + shift, End = point.End + shift, Paragraph = paragraph, Sentence = -1 };
        // "… at 10.40pm on 14 November 1974 … wound up the following spring. ¶ … ¶ Her husband had complained the week before": a flashback
        // in the past perfect goes back to the timeline's own day, not to its last step.
        bool back = p.Perfect && s.ExplicitDay.Start >= 0 && s.ExplicitDay.Start >= s.Focus.Start && s.Named.Date > s.ExplicitDay.Date;
        _focus = Moved(back ? s.ExplicitDay : s.Focus);
        _named = Moved(back ? s.ExplicitDay : s.Named);
        _prevNamed = Moved(s.PrevNamed);
        _lastDay = Moved(s.LastDay);
        _explicitDay = Moved(s.ExplicitDay);
        _weekDay = Moved(s.WeekDay);
        _storyDayYear = s.StoryDayYear;
        _clock = s.Clock;
        _clockStart = s.ClockStart < 0 ? -1 : s.ClockStart + shift;
        _clockEnd = s.ClockStart < 0 ? _clockEnd : s.ClockEnd + shift;
        _clockParagraph = p.Paragraph;
        _namedPerfect = false;
        _namedLimit = false;
        _namedModifier = false;
        _namedSaying = false;
        _planSentence = -1;
        _birthStart = -1;
    }

    /// <summary>How many name look-ups the story timelines of this thread made (a test's measure that the pass stays linear: review
    /// 36d, finding 1).</summary>
    [ThreadStatic]
    internal static long Probes;

    /// <summary>The past timelines of a text, each with its last story state and the people and places its paragraphs name.</summary>
    private sealed class StoryTimelines(string text)
    {
        private readonly List<(StoryState State, HashSet<int> Names, HashSet<int> Subjects, int Filed)> _lines = [];
        private HashSet<int>? _common;
        private int _filed;

        // The names of today's news told since the last paragraph filed, and for each timeline whether it shares one of them
        // (kept as each name comes in, so a take-up asks once per timeline, whatever the news told: review 36d, finding 1).
        private readonly HashSet<int> _news = [];
        private readonly List<bool> _sharesNews = [];
        private HashSet<int>? _paragraph;

        /// <summary>Takes in the names of a paragraph of today's news at <paramref name="at"/> (told between paragraphs of a story):
        /// each name new to the news is looked up once in each timeline.</summary>
        public void News(int at)
        {
            HashSet<int> paragraph = _paragraph ??= [];
            paragraph.Clear();
            Names(at, paragraph);
            int probes = 0;
            foreach (int name in paragraph)
            {
                if (!_news.Add(name))
                {
                    continue;
                }

                for (int i = 0; i < _lines.Count; i++)
                {
                    _sharesNews[i] |= _lines[i].Names.Contains(name);
                }

                probes += _lines.Count;
            }

            Probes += probes; // (counted once per paragraph: the thread-static is no hot-path store)
        }

        /// <summary>Files the paragraph at <paramref name="at"/> under the timeline of <paramref name="state"/> (a new one when none is near its year).</summary>
        public void File(in StoryState state, int at)
        {
            int found = Find(state.Focus.Date);
            HashSet<int> names = found >= 0 ? _lines[found].Names : [];
            HashSet<int> subjects = found >= 0 ? _lines[found].Subjects : [];
            int subject = Names(at, names);
            if (subject != 0)
            {
                subjects.Add(subject);
            }

            _news.Clear();
            var line = (state, names, subjects, ++_filed);
            if (found >= 0)
            {
                _lines[found] = line;
            }
            else
            {
                _lines.Add(line);
                _sharesNews.Add(false);
            }

            for (int i = 0; i < _sharesNews.Count; i++)
            {
                _sharesNews[i] = false;
            }
        }

        /// <summary>The timeline whose story time lies within <see cref="TimelineYears"/> of <paramref name="date"/>, or -1.</summary>
        public int Find(DateOnly date)
        {
            for (int i = 0; i < _lines.Count; i++)
            {
                if (Math.Abs(_lines[i].State.Focus.Date.Year - date.Year) <= TimelineYears)
                {
                    return i;
                }
            }

            return -1;
        }

        public StoryState State(int line) => _lines[line].State;

        /// <summary>
        /// The timeline the paragraph at <paramref name="at"/> goes on with: the one sharing most of its names (its first name, the
        /// paragraph's subject, counting double), and the one told by the clock for a bare <paramref name="clock"/> time; then the one
        /// with a day when the paragraph needs one, then the last filed.
        /// <paramref name="better"/>: whether it scores above the <paramref name="live"/> one. <paramref name="named"/>, <paramref name="clocked"/>: the best one's
        /// scores from names and from clocks alone, with no live timeline (back from today's news): names the news told since count for none,
        /// and none at all for a timeline that shares a name with that news ("Liverpool won … 1977 ¶ Liverpool play Real Madrid on
        /// Wednesday ¶ In October, Liverpool lost": the subject of the story is today's subject too).
        /// </summary>
        public int Best(int at, bool needsDay, bool clock, int live, out bool better, out int named, out int clocked)
        {
            HashSet<int> names = [];
            int subject = Names(at, names);
            int best = -1;
            int bestScore = -1;
            int liveScore = -1;
            named = 0;
            clocked = 0;
            for (int i = 0; i < _lines.Count; i++)
            {
                (StoryState state, HashSet<int> lineNames, HashSet<int> subjects, int filed) = _lines[i];
                int score = 0;
                bool counts = live >= 0 || !_sharesNews[i];
                foreach (int name in names)
                {
                    score += counts && lineNames.Contains(name) && (live >= 0 || !_news.Contains(name)) ? 2 : 0;
                }

                score += counts && subject != 0 && subjects.Contains(subject) && (live >= 0 || !_news.Contains(subject)) ? 4 : 0;
                int nameScore = score;
                score += needsDay && state.LastDay.Start >= 0 && Math.Abs(state.LastDay.Date.Year - state.Focus.Date.Year) <= TimelineYears ? 1 : 0;

                // "reported at 12.54am on 14 June 2017 … ¶ The report, published on 4 September 2024 … ¶ Firefighters kept the policy until
                // 2.47am": a bare clock goes on with the timeline told by the clock.
                int clockScore = clock && state.ClockStart >= 0 && Math.Abs(state.Clock.Year - state.Focus.Date.Year) <= TimelineYears ? SwitchMargin : 0;
                score += clockScore;
                if (i == live)
                {
                    liveScore = score;
                }

                if (score > bestScore || (score == bestScore && filed > _lines[best].Filed))
                {
                    best = i;
                    bestScore = score;
                    (named, clocked) = (nameScore, clockScore);
                }
            }

            better = bestScore >= liveScore + SwitchMargin; // a live past timeline gives way only to one whose subject the paragraph names
            Probes += (long)names.Count * _lines.Count; // (each of the paragraph's names looked up in each timeline, once a call)
            return best;
        }

        /// <summary>Adds the names of the paragraph around <paramref name="at"/> to <paramref name="names"/>: its capitalised words that
        /// the text never writes in lower case. Returns the first (the paragraph's subject, as a rule), or 0.</summary>
        /// <remarks>The paragraph is the reader's: the line <paramref name="at"/> lies on (a line break starts a paragraph), so each
        /// paragraph is scanned a bounded number of times, whatever separates paragraphs (review 35d, finding 3: a search for a blank
        /// line read the whole text at every paragraph of a text of one-line paragraphs).</remarks>
        private int Names(int at, HashSet<int> names)
        {
            _common ??= LowerWords(text);
            at = Math.Clamp(at, 0, text.Length);
            int start = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
            int end = text.IndexOf('\n', at);
            end = end < 0 ? text.Length : end;
            DateWork.Characters += 2L * (end - start); // (the line searched for both ends, then read: DateWork)
            int first = 0;
            for (int i = start; i < end; i++)
            {
                if (!char.IsLetter(text[i]) || (i > 0 && char.IsLetter(text[i - 1])))
                {
                    continue;
                }

                int j = i;
                while (j < end && char.IsLetter(text[j]))
                {
                    j++;
                }

                // (Not a month's or a weekday's name: "October" and "Friday" name no one in the story or the news.)
                if (char.IsUpper(text[i]) && j - i >= 2 && DateVocabulary.Lookup(text.AsSpan(i, j - i), out _) is not (WordKind.Month or WordKind.Weekday))
                {
                    int hash = string.GetHashCode(text.AsSpan(i, j - i), StringComparison.OrdinalIgnoreCase);
                    if (hash != 0 && !_common.Contains(hash))
                    {
                        names.Add(hash);
                        first = first == 0 ? hash : first;
                    }
                }

                i = j;
            }

            return first;
        }

        /// <summary>The words the text writes in lower case somewhere (hashed without case): no names.</summary>
        private static HashSet<int> LowerWords(string text)
        {
            var words = new HashSet<int>();
            DateWork.Characters += text.Length; // (once a text)
            for (int i = 0; i < text.Length; i++)
            {
                if (!char.IsLower(text[i]) || (i > 0 && char.IsLetter(text[i - 1])))
                {
                    continue;
                }

                int j = i;
                while (j < text.Length && char.IsLetter(text[j]))
                {
                    j++;
                }

                words.Add(string.GetHashCode(text.AsSpan(i, j - i), StringComparison.OrdinalIgnoreCase));
                i = j;
            }

            return words;
        }
    }
}
