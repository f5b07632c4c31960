using System.Globalization;

namespace Tidings.Dates;

/// <summary>The year a date told without one takes from the text around it: a modifier year named just before, a year of its
/// sentence (past or ahead), a timeline's year heading, the year its written weekday settles.</summary>
internal sealed partial class NarrativeAnchor
{
    /// <summary>
    /// With no story date in force, a date without a year that the publication's year would put months away takes the year of
    /// a date named just before as a modifier or in a clause that does not move the story: "convicted … of lying about a 2019
    /// explosion. … the blast, at 2:14 a.m. on April 2", "hosted the third in May 1995. … on 25 May".
    /// </summary>
    private Point? ModifierYear(in DateParse p)
    {
        if (_focus.Start >= 0 || _named.Start < 0 || _named.Deictic || !_namedExplicit || _namedLimit || publication is not DateOnly pub || p.Anchor != AnchorUse.Narrative
            || p.Kind != ParseKind.Calendar || p.Year is not null || p.YearShift is not null || p.Shifted || p.Month == 0
            || p.Tense is Tense.Present or Tense.Future || p.Start - _named.End > StoryReach
            || _named.Date.Year >= pub.Year || pub.DayNumber - _named.Date.DayNumber <= 200
            || Read(p, DateResolver.Resolve(p, publication)) is not Point near
            || pub.DayNumber - (near.Date.DayNumber + (near.Grain == DatePrecision.Month ? 14 : 0)) <= ModifierFarDays) // a month: its middle; ahead: news
        {
            return null;
        }

        return _named.Grain is DatePrecision.Year or DatePrecision.Month or DatePrecision.Day ? _named : _named with { Grain = DatePrecision.Year };
    }

    /// <summary>Whether a timeline's year heading of an earlier year than the publication's heads the paragraph the parse is in, and
    /// the parse counts from the story (not "on Monday" seen from the time of writing). A timeline's row ("June — First overseas
    /// order") right after the heading's reach carries it on to its own line, and takes the heading's year even when it is the
    /// publication's (session 34).</summary>
    private bool Headed(in DateParse p) =>
        _header.Start >= 0 && p.Anchor != AnchorUse.Publication && p.Paragraph >= _header.Paragraph && p.Paragraph <= _headerLast
            && publication is DateOnly r && (_header.Date.Year < r.Year || (p.RowHead && _header.Date.Year == r.Year));

    /// <summary>A timeline's row ("March: First round of funding") in the paragraph right after the year heading's reach carries the
    /// heading on to its own line ("1998: Founded … ¶ March: …"). Called once per parse, in text order, before <see cref="Headed"/>
    /// asks (review 34d, finding 8: the test itself no longer moves the reach).</summary>
    private void CarryHeader(in DateParse p)
    {
        if (p.RowHead && _header.Start >= 0 && p.Paragraph == _headerLast + 1)
        {
            _headerLast = p.Paragraph;
        }
    }

    /// <summary>
    /// The year named last as a modifier ("the 2019 World Cup"), when it stands in the same sentence as a date without a year told in the past after it, was named
    /// after the story's date, is explicit, not a bound, not seen from the present, and lies in an earlier year than the
    /// publication's: "the 2019 World Cup … on 21 September". Null otherwise.
    /// </summary>
    private Point? SentenceYear(in DateParse p, Point from)
    {
        if (p.Anchor != AnchorUse.Narrative || p.Kind != ParseKind.Calendar || p.Year is not null || p.YearShift is not null || p.Shifted || p.Month == 0
            || p.Tense is Tense.Present or Tense.Future || _named.Start < 0 || _named.Start <= from.Start || _named.Sentence != p.Sentence
            || (from.Start >= 0 && _named.Date.Year <= from.Date.Year)
            || !_namedExplicit || !_namedModifier || _namedLimit || _named.Deictic || publication is not DateOnly pub || _named.Date.Year >= pub.Year
            || _named.Grain is not (DatePrecision.Year or DatePrecision.Month or DatePrecision.Season))
        {
            return null;
        }

        return _named;
    }

    /// <summary>
    /// The year of an event ahead named as a modifier in the same sentence, for a date without a year told after it in the present
    /// or the future: "The 2026 World Cup kicks off in Mexico City on June 11, and the final is … on July 19" (written in November
    /// 2025: both in 2026). A later date of the same sentence follows the first one told so. Null otherwise.
    /// </summary>
    private Point? AheadSentenceYear(in DateParse p)
    {
        if (p.Anchor != AnchorUse.Narrative || p.Kind != ParseKind.Calendar || p.Year is not null || p.YearShift is not null || p.Shifted || p.Month == 0
            || p.Tense is not (Tense.Present or Tense.Future) || _named.Start < 0 || _named.Sentence != p.Sentence || _named.Deictic || _namedLimit
            || publication is not DateOnly pub || _named.Date.Year <= pub.Year
            || !((_namedExplicit && _namedModifier && _named.Grain == DatePrecision.Year) || _aheadSentence == p.Sentence))
        {
            return null;
        }

        return _named with { Grain = DatePrecision.Year };
    }

    /// <summary>
    /// A date without a year written with its weekday ("Sunday, April 13", "on Tuesday 4 March") that is not that weekday in the
    /// year resolved: the year of a date the text named just before (its story's or a modifier's: "the 1986 Masters") where it is,
    /// else the nearest year where it is, in the tense's direction first, at most <see cref="WeekdayYears"/> years away. Returns
    /// the value in that year and the mention that gave it (<see cref="Point.None"/> for a year found by search), or null to keep
    /// <paramref name="value"/> (no year fits: a slip of the writer's is not corrected).
    /// </summary>
    private (string Value, Point By)? WeekdayYear(in DateParse p, string value, int stated)
    {
        if (p.Kind != ParseKind.Calendar || p.Year is not null || p.YearShift is not null || p.Month is < 1 or > 12 || p.Day < 1 || value.Length < 10
            || value[4] != '-' || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int resolved)
            || Falls(resolved, p.Month, p.Day, stated) != false)
        {
            return null;
        }

        foreach (Point named in (ReadOnlySpan<Point>)[_named, _focus])
        {
            if (named.Start >= 0 && !named.Deictic && p.Start - named.End <= StoryReach && Falls(named.Date.Year, p.Month, p.Day, stated) == true)
            {
                return (WithYear(value, named.Date.Year), named);
            }
        }

        int direction = p.Tense is Tense.Present or Tense.Future ? 1 : -1;
        for (int pass = 0; pass < 2; pass++, direction = -direction)
        {
            for (int step = 1; step <= WeekdayYears; step++)
            {
                int year = resolved + (direction * step);
                if (Falls(year, p.Month, p.Day, stated) == true)
                {
                    return (WithYear(value, year), Point.None);
                }
            }
        }

        return null;
    }

    /// <summary>How many years either side of the year resolved a date's written weekday may move it.</summary>
    private const int WeekdayYears = 6;

    /// <summary>Whether the day is the weekday in the year given, or null off the calendar (a year past 9999, 29 February of a common year).</summary>
    private static bool? Falls(int year, int month, int day, int weekday) =>
        year is < 1 or > 9999 || day > DateTime.DaysInMonth(year, month) ? null : (int)new DateOnly(year, month, day).DayOfWeek == weekday;

    private static string WithYear(string value, int year) => year.ToString("D4", CultureInfo.InvariantCulture) + value[4..];
}
