namespace Tidings.Dates;

/// <summary>A commercial letter's days ("the 5th inst.", "the 3rd ult.", "the 1st prox."): counted from the letter's own date.</summary>
internal sealed partial class NarrativeAnchor
{
    /// <summary>
    /// Resolves a letter's day (session 33, dates33b) against the date the letter was written: a day-grain date named in its
    /// sentence, before it ("headed 'Bristol, 18th November 1842', begins: 'yours of the 5th inst.'") or just after it
    /// ("'your letter of the 3rd ult.,' the clerk wrote on 9 January 1912"), else the story's day ("Its first letter is dated
    /// 14th June 1887. … 'yours of the 10th inst.'"); null when there is none (then the publication's month is the letter's).
    /// </summary>
    private (string? Value, DateAnchor Anchor, int? AnchorStart)? ResolveLetterDay(in DateParse p, in DateParse? following)
    {
        Point letter = Point.None;
        if (_named.Start >= 0 && _named.Sentence == p.Sentence && _named.Grain == DatePrecision.Day && !_named.Deictic)
        {
            letter = _named;
        }
        else if (following is DateParse after && after.Sentence == p.Sentence && after.Kind == ParseKind.Calendar && after.Month > 0 && after.Day > 0
            && (after.Year ?? (_focus.Start >= 0 && !_focus.Deictic ? _focus.Date.Year : null)) is int year
            && after.Day <= DateTime.DaysInMonth(year, after.Month))
        {
            letter = new Point(new DateOnly(year, after.Month, after.Day), DatePrecision.Day, after.Start, after.End, false);
        }
        else if (_focus.Start >= 0 && _focus.Grain == DatePrecision.Day && !_focus.Deictic)
        {
            letter = _focus;
        }

        if (letter.Start < 0)
        {
            return null;
        }

        string? value = DateResolver.Resolve(p, letter.Date);
        Observe(p, value);
        return (value, DateAnchor.Mention, letter.Start);
    }
}
