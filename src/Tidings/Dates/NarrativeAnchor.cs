namespace Tidings.Dates;

/// <summary>
/// The temporal focus of a running text, kept in one forward pass over its date parses: the most recent date the
/// text made explicit. An expression without a year, or an anaphoric one ("the year before", "that winter"), counts
/// from it when the story has moved away from the publication time (a past-tense narrative in another year), and
/// from the publication date when it has not (present-tense news, reported speech).
/// </summary>
internal sealed class NarrativeAnchor(DateOnly? publication)
{
    private DateOnly _focus;
    private DatePrecision _focusGrain;
    private int _focusStart = -1;
    private int _focusEnd;

    /// <summary>How far (in characters) a story date carries to a later date without a year.</summary>
    private const int StoryReach = 700;

    /// <summary>Resolves <paramref name="p"/> and moves the focus; returns the value, the anchor used and the anchoring mention's start.</summary>
    public (string? Value, DateAnchor Anchor, int? AnchorStart) Resolve(in DateParse p)
    {
        if (p.IsAbsolute)
        {
            string? absolute = DateResolver.Resolve(p, publication);
            Observe(p, absolute);
            return (absolute, DateAnchor.None, null);
        }

        bool story = UseStory(p);
        string? value = story
            ? DateResolver.Resolve(p, _focus, _focusGrain, story: true)
            : DateResolver.Resolve(p, publication);
        int? anchorStart = story ? _focusStart : null;
        DateAnchor anchor = story ? DateAnchor.Mention : publication is null ? DateAnchor.None : DateAnchor.Publication;
        if (story || p.Anchor == AnchorUse.Narrative || p.KeepDay)
        {
            Observe(p, value);
        }
        else if (value is not null && p.Type is TemporalType.Date or TemporalType.Time)
        {
            _focusStart = -1; // "yesterday", "a year ago": the text is back at the time of writing
        }

        return (value, anchor, anchorStart);
    }

    private bool UseStory(in DateParse p)
    {
        if (_focusStart < 0 || p.Anchor == AnchorUse.Publication)
        {
            return false;
        }

        if ((p.Hour >= 0 || p.Part >= 0 || (p.Kind == ParseKind.Offset && p.Unit == TimeUnit.Day)) && _focusGrain != DatePrecision.Day)
        {
            return false; // a time of day, or a day, needs a story day to count from
        }

        if (p.Anchor == AnchorUse.Story)
        {
            return true; // "the year before" counts from the last date named, near the publication time or not
        }

        // Without a year: the story's time only when the story is elsewhere, in the past, and the clause tells it in
        // the past.
        bool moved = publication is not DateOnly r || (_focus.Year < r.Year && r.DayNumber - _focus.DayNumber > 200);

        // A story's year holds for the next few sentences, not for a distant paragraph of present-day news.
        bool near = p.Start - _focusEnd <= StoryReach;
        return moved && near && p.Tense is not (Tense.Present or Tense.Future) && !p.Shifted && !(p.Bound && _focusGrain == DatePrecision.Year);
    }

    /// <summary>A resolved calendar date becomes the focus; a deictic one brings the story back to the publication time.</summary>
    private void Observe(in DateParse p, string? value)
    {
        if (value is null || !p.SetsFocus || p.Type is TemporalType.Duration or TemporalType.Set || value.Length < 4
            || !int.TryParse(value.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int year)
            || year < 1)
        {
            return;
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
        else if (value.Length >= 7 && value[4] == '-' && value[5] == 'Q')
        {
            month = ((value[6] - '0' - 1) * 3) + 1;
            grain = DatePrecision.Quarter;
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return;
        }

        if (year > 9999)
        {
            return;
        }

        _focus = new DateOnly(year, month, day);
        _focusGrain = grain;
        _focusStart = p.Start;
        _focusEnd = p.End;
    }

    private static int? SeasonMonth(ReadOnlySpan<char> code) =>
        code is "SP" ? 4 : code is "SU" ? 7 : code is "FA" ? 10 : code is "WI" ? 12 : null;
}
