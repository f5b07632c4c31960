using System.Globalization;

namespace Tidings.Dates;

/// <summary>
/// The narrative anchor's days told from events ("the eve of the summit", "the day after the election") and the turn of the century
/// by its story ("founded in 1875 … at the turn of the century").
/// </summary>
internal sealed partial class NarrativeAnchor
{
    /// <summary>
    /// "Kenya votes on 9 August … the day after the election", "the week before the vote on 5 March": a day told from an event counts
    /// from the last day the text told with the same event (<see cref="DateParse.EventGroup"/>; not a saying's day, "said on Tuesday"),
    /// within a story's reach, or from the event's date told right after the phrase. Without one ("march on the eve of the summit, police
    /// said"; "He died on 3 May 1998. The day of the funeral …") the event's day is unknown, and so is it: no value and no anchor (the
    /// extractor drops it) — review 32b, finding 2.
    /// </summary>
    private (string? Value, DateAnchor Anchor, int? AnchorStart) ResolveEventDay(in DateParse p, in DateParse? following)
    {
        Point day = _eventDays is not null && p.EventGroup > 0 && p.EventGroup < _eventDays.Length ? _eventDays[p.EventGroup] : Point.None;
        if (day.Start >= 0 && p.Start - day.End > StoryReach)
        {
            day = Point.None;
        }

        // "The chancellor's statement is on Wednesday 18 March. On the eve of the budget": a day told as coming, in this paragraph or
        // the one before, with no event's words of its own.
        if (day.Start < 0 && _scheduledDay.Start >= 0 && _scheduledDay.Paragraph >= p.Paragraph - 1 && p.Start - _scheduledDay.End <= StoryReach)
        {
            day = _scheduledDay;
        }

        if (following is DateParse after && after.EventAfter && after.EventGroup == p.EventGroup && after.Sentence == p.Sentence
            && DateResolver.Resolve(after, publication) is { Length: >= 10 } told
            && DateOnly.TryParseExact(told.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly afterDay))
        {
            day = new Point(afterDay, DatePrecision.Day, after.Start, after.End, false, Paragraph: after.Paragraph, Sentence: after.Sentence);
        }

        // "marched on the eve of the summit on Tuesday": the weekday told right after the phrase is the phrase's own day (review 33d,
        // finding 4), so the phrase takes that day and no step from it.
        DateParse own = p;
        if (following is DateParse same && same.EventOwn && same.Sentence == p.Sentence && !p.WeekOfDay && !p.WeekendOfDay
            && DateResolver.Resolve(same, publication) is { Length: >= 10 } sameDay
            && DateOnly.TryParseExact(sameDay.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly ownDay))
        {
            day = new Point(ownDay, DatePrecision.Day, same.Start, same.End, false, Paragraph: same.Paragraph, Sentence: same.Sentence);
            own = p with { DayStep = 0, StepWeekday = null };
        }

        if (day.Start < 0)
        {
            return (null, DateAnchor.None, null);
        }

        string? value = DateResolver.Resolve(own, day.Date, DatePrecision.Day, story: true);
        Observe(p, value);
        return (value, value is null ? DateAnchor.None : DateAnchor.Mention, value is null ? null : day.Start);
    }

    /// <summary>
    /// "the turn of the century" (<see cref="DateParse.CenturyTurn"/>): in a future clause the next turn after the writing (2100 in
    /// 2026); in a present or present-perfect one the last turn at or before it (2000); else the first century's turn at or after the
    /// year of the last date named within a story's reach ("founded in 1875 and carried emigrants until the turn of the century": 1900;
    /// "By the late 1860s … at the turn of the century": 1900) when it is not after the writing, or the turn nearest the writing.
    /// </summary>
    private (string? Value, DateAnchor Anchor, int? AnchorStart) ResolveCenturyTurn(in DateParse p)
    {
        int writing = publication?.Year ?? 2000;
        // A deictic day ("next year") tells no story; the story's date before it does (review 33d, finding 7).
        Point told = _named.Start > _focus.Start && !_named.Deictic ? _named : _focus;
        int year = p.CenturyTurn switch
        {
            3 or 4 => (writing / 100 + 1) * 100,
            2 => writing / 100 * 100,
            _ => (writing + 50) / 100 * 100,
        };
        bool story = false;
        if (p.CenturyTurn is 1 or 4 && told.Start >= 0 && !told.Deictic && p.Start - told.End <= StoryReach
            && (told.Date.Year + 99) / 100 * 100 is int turn && turn <= writing && turn >= 100)
        {
            year = turn;
            story = true;
        }

        string? value = year is >= 1 and <= 9999 ? year.ToString("D4", CultureInfo.InvariantCulture) : null;
        Observe(p, value);
        return (value, story ? DateAnchor.Mention : publication is null ? DateAnchor.None : DateAnchor.Publication, story ? told.Start : null);
    }
}
