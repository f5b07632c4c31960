using System.Globalization;

namespace Tidings.Dates;

/// <summary>Ages in a life: the birth plus the age moves the story ("Born on 2 March 1932 … at 17. That summer" is 1949's).</summary>
internal sealed partial class NarrativeAnchor
{
    /// <summary>The birth the text dated ("Born in Coventry on 2 March 1932", "born in Enugu in 1958"), or none.</summary>
    private Point _birth = Point.None;

    /// <summary>
    /// An age told in a life (session 33, dates33b): the story moves to the birth plus the age — the birthday when the birth has its
    /// day ("on her 50th birthday", "at 17"), the year when it has only its year or the text says "the year she turned 40". No
    /// birth, or an age that reaches the last year before the writing ("At 32 he is leaving"), moves nothing. Returns the value
    /// the story moved to (the extractor makes no mention of it).
    /// </summary>
    private (string? Value, DateAnchor Anchor, int? AnchorStart) ResolveAge(in DateParse p)
    {
        if (_birth.Start < 0 || _birth.Date.Year + p.AgeYears > 9999)
        {
            return (null, DateAnchor.None, null);
        }

        DateOnly reached = _birth.Date.AddYears(p.AgeYears);
        if (publication is DateOnly written && reached > written.AddYears(-1))
        {
            return (null, DateAnchor.None, null);
        }

        bool day = _birth.Grain == DatePrecision.Day && p.Grain == DatePrecision.Day;
        string value = reached.ToString(day ? "yyyy-MM-dd" : "yyyy", CultureInfo.InvariantCulture);
        Observe(p with { Kind = ParseKind.Calendar, Year = reached.Year, Month = day ? reached.Month : 0, Day = day ? reached.Day : 0, Grain = day ? DatePrecision.Day : DatePrecision.Year }, value);
        return (value, DateAnchor.Mention, _birth.Start);
    }
}
