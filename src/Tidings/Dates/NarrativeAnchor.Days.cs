using System.Globalization;

namespace Tidings.Dates;

/// <summary>The story's day and clock: the day a weekday told with the article stands for ("on the Friday"), and clock
/// times placed on the story's day (a small-hours time after an evening runs into the next day).</summary>
internal sealed partial class NarrativeAnchor
{
    /// <summary>
    /// The day a weekday told with the article stands for: the first such weekday on the story's day or after it (the last full date
    /// the text named, or the story's focus when it is a day), or for "the Monday after" the first strictly after the day last named,
    /// for "the Saturday before" the last strictly before it, and in the past perfect the last on or before the story's day;
    /// null when no story day is near (then it is read as a bare weekday). <paramref name="fromStart"/> is where that day was named.
    /// </summary>
    private DateOnly? StoryWeekday(in DateParse p, out int fromStart)
    {
        // "On the Tuesday before, delegates argued until 11pm": a clock on the weekday its sentence stepped to is on that day.
        if ((p.WeekdayAfter || p.WeekdayBefore) && (p.Hour >= 0 || p.Part >= 0) && _lastDay.Start >= 0 && _lastDay.Sentence == p.Sentence
            && (int)_lastDay.Date.DayOfWeek == p.Weekday)
        {
            fromStart = _lastDay.Start;
            return _lastDay.Date;
        }

        Point from = p.WeekdayAfter || p.WeekdayBefore ? _lastDay
            : _explicitDay.Start >= 0 && p.Start - _explicitDay.End <= StoryReach ? _explicitDay
            : _focus.Grain == DatePrecision.Day && !_focus.Deictic ? _focus : Point.None;
        fromStart = from.Start;
        if (from.Start < 0 || p.Start - from.End > StoryReach || from.Date.DayNumber > DateOnly.MaxValue.DayNumber - 14)
        {
            return null;
        }

        // "Two Russian men had flown into Gatwick two days earlier. The men had visited the city on the Saturday": in the past perfect,
        // or "the Saturday before", the weekday lies back from the story's day.
        if (p.WeekdayBefore || (p.Perfect && !p.WeekdayAfter))
        {
            if (from.Date.DayNumber < 14)
            {
                return null;
            }

            int back = ((int)from.Date.DayOfWeek - p.Weekday + 7) % 7;
            return from.Date.AddDays(-(back == 0 && p.WeekdayBefore ? 7 : back));
        }

        int days = (p.Weekday - (int)from.Date.DayOfWeek + 7) % 7;
        return from.Date.AddDays(days == 0 && p.WeekdayAfter ? 7 : days);
    }

    /// <summary>
    /// A clock time without a day of its own is on the day the text last named, a few sentences back in the same paragraph:
    /// "first red warning at 7.36am on Tuesday. … until 8.12pm", "Ceremonies on Sunday … begin at 10:45 a.m.".
    /// </summary>
    private string ClockDay(string value, in DateParse p)
    {
        DateOnly? day = null;
        bool namedPast = publication is DateOnly today && _named.Date < today;

        // "at 10.27pm on 3 December 2024. ¶ Lawmakers … voted to lift the order at about 1am": a clock told as what a past act was for
        // is on the story's day when that day lies weeks back, not on the writing's.
        bool told = p.Tense == Tense.Past || (p.FutureInPast && publication is DateOnly written && written.DayNumber - _named.Date.DayNumber > StoryWeekDays);
        // "Sat 14 Nov ¶ Aberdeen v Hibernian, KO 3pm": a clock on the lines under a day heading alone on its line is on that day,
        // unless a later day was named since.
        if (_lineHead.Start >= 0 && p.Paragraph > _lineHead.Paragraph && p.Start - _lineHead.End <= ClockReach
            && (_named.Start == _lineHead.Start || _named.Grain != DatePrecision.Day || _named.Start < _lineHead.Start))
        {
            day = _lineHead.Date;
        }
        else if (_named.Start >= 0 && _named.Grain == DatePrecision.Day && p.Start - _named.End <= ClockReach
            && !(p.Tense is Tense.Present or Tense.Future && !told && namedPast && _named.Start != _clockStart) // "on Saturday night … Polls close at 9.30pm": today's
            && (p.Paragraph == _named.Paragraph || _named.Start == _clockStart // the story's clock runs on into the next paragraph
                || (p.Paragraph == _named.Paragraph + 1 && told && namedPast && _namedCalendarDay) // "in the small hours of February 14 ¶ declared … at 8.43am"
                || (_clockStart < 0 && _named.Paragraph == 0 && p.Paragraph == 1 && _named.Start < HeaderReach))) // "LIVE: Results, Tuesday June 4 ¶ 23:52 …"
        {
            day = _named.Date;
        }
        else if (_clockStart >= 0 && p.Start - _clockEnd <= ClockReach && p.Tense is not (Tense.Present or Tense.Future)
            && DateOnly.FromDateTime(_clock) is DateOnly clockDay && (_lastDay.Start < 0 || _lastDay.Start <= _clockEnd + ClockGloss || _lastDay.Date == clockDay)
            && (_named.Grain != DatePrecision.Day || _named.Date == clockDay))
        {
            // The story's clock keeps its day past a date in passing ("collapsed at 7:50 p.m." after "added … in the 1850s") and into
            // the next paragraph ("at 11:33 a.m. on May 24 … ¶ breached the door at 12:50 p.m.").
            day = clockDay;
        }
        else if (p.Tense is Tense.Present or Tense.Future && _aheadDay.Start >= 0 && p.Start - _aheadDay.End <= AheadReach
            && !(_named.Grain == DatePrecision.Day && _named.Start > _aheadDay.Start))
        {
            day = _aheadDay.Date; // "… cut rates tomorrow … ¶ The decision will be announced at 2 p.m. ET"
        }

        if (value.Length < 10 || day is not DateOnly d || d.Year is < 1 or > 9999)
        {
            return value;
        }

        return d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + value[10..];
    }

    /// <summary>"11:40 p.m. on 14 April 1912 … By 2:20 a.m.": a small-hours time after an evening one on the same day is the next day's.</summary>
    private string? PastMidnight(string value, in DateParse p)
    {
        if (_clock.Hour < 18 || p.Hour is < 0 or >= 8 || value.Length < 10
            || !DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day)
            || day != DateOnly.FromDateTime(_clock) || day == DateOnly.MaxValue)
        {
            return value;
        }

        return day.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + value[10..];
    }

    /// <summary>"Published 00:12 BST, 5 July 2024 ¶ The exit poll, released at 10pm": an evening clock told in the past under a small-hours
    /// day-stamp of the publication day is the evening before it.</summary>
    private string? BeforeStamp(string? value, in DateParse p)
    {
        if (value is null || _clock.Hour >= 6 || _clockParagraph != 0 || p.Paragraph == 0 || p.Hour < 18 || p.Tense == Tense.Future
            || publication is not DateOnly today || DateOnly.FromDateTime(_clock) != today || today == DateOnly.MinValue || value.Length < 10
            || !DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day) || day != today)
        {
            return value;
        }

        return today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + value[10..];
    }

    /// <summary>"late on 5 July 2013. Shortly after 1 a.m. it rolled …", "on Saturday night. … at 2 a.m.": a small-hours clock told
    /// after a day's late end, with no clock since, is the next day's.</summary>
    private string? AfterEvening(string value, in DateParse p)
    {
        if (_evening.Start < 0 || _evening.Start != _named.Start || p.Start - _evening.End > ClockReach || _clockStart > _evening.Start
            || p.Hour is < 0 or >= 8 || value.Length < 10
            || !DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day)
            || day != _evening.Date || day == DateOnly.MaxValue)
        {
            return value;
        }

        return day.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + value[10..];
    }

    /// <summary>"On the evening of 31 January 1953 … and by the small hours", "at 11.40pm on Friday … in the small hours": the small hours
    /// told after a day's late end (a part of the day or an evening clock) are the next day's.</summary>
    private string SmallHoursAfter(string value, in DateParse p)
    {
        if (value.Length < 10 || !DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day)
            || day == DateOnly.MaxValue)
        {
            return value;
        }

        bool late = (_late.Start >= 0 && p.Start - _late.End <= ClockReach && _late.Date == day)
            || (_clockStart >= 0 && p.Start - _clockEnd <= ClockReach && _clock.Hour >= 18 && DateOnly.FromDateTime(_clock) == day);
        return late ? day.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + value[10..] : value;
    }
}
