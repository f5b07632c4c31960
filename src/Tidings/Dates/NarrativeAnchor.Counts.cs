using System.Globalization;

namespace Tidings.Dates;

/// <summary>
/// The narrative anchor's counts of diaries, logs and itineraries: "Day 1, Sunday 23 November … Day 6 … Day 11", "The tour departs
/// Athens on Monday 20 July. Day 3 (Wednesday)", "Week 3 of lockdown, which began on Monday 23 March". A count heading is day (or
/// ISO week) N of a count whose first day is the count's day one already known, else the first full day the text named before it,
/// else the entry's own day told after it in its paragraph (or its first day, told with a start: "which began on", "who stopped
/// eating on"), else the time of writing's day.
/// </summary>
internal sealed partial class NarrativeAnchor
{
    /// <summary>How far (in characters) after a heading the words telling its count's start may run.</summary>
    private const int CountStartReach = 120;

    // Day one of the running count, once known.
    private DateOnly? _countOne;

    // The first full day the text named ("The tour departs Athens on Monday 20 July"): a count heading told after it counts from it.
    private DateOnly? _firstDay;

    // A heading whose count had nothing to start from, waiting for its entry's own day.
    private DateParse? _pendingHead;

    // The day of the last count heading resolved and where it ends: a weekday told just after it ("Day 3 (Wednesday):") is its day.
    private DateOnly _headDay;
    private int _headEnd = -1;

    /// <summary>How far (in characters) after a count heading its weekday may stand ("Day 4 (Thursday)").</summary>
    private const int HeadGloss = 3;

    /// <summary>
    /// A weekday told right after a count heading ("Day 3 (Wednesday):", "Day 10 (Monday):"): the heading's day when it is that
    /// weekday, else the first such day after it. Null when <paramref name="p"/> is no such weekday.
    /// </summary>
    private string? HeadWeekday(in DateParse p)
    {
        if (_headEnd < 0 || p.Kind != ParseKind.Weekday || p.Shifted || p.Start - _headEnd is < 0 or > HeadGloss)
        {
            return null;
        }

        _headEnd = -1;
        DateOnly day = _headDay.AddDays(((p.Weekday - (int)_headDay.DayOfWeek) + 7) % 7);
        string value = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (p.Part >= 0 || p.Hour >= 0)
        {
            value = DateResolver.Resolve(p with { Kind = ParseKind.Calendar, Year = day.Year, Month = day.Month, Day = day.Day }, day) ?? value;
        }

        Observe(p with { SetsFocus = true }, value);
        return value;
    }

    /// <summary>Whether the last count heading resolved is waiting for its entry's day (<see cref="CountFromEntry"/>).</summary>
    public bool CountPending => _pendingHead is not null;

    /// <summary>Resolves a count heading (<see cref="DateParse.CountHead"/>) and makes its day the story's.</summary>
    private (string? Value, DateAnchor Anchor, int? AnchorStart) ResolveCountHead(in DateParse p)
    {
        DateOnly? one = _countOne ?? _firstDay;
        DateAnchor used = DateAnchor.Mention;
        _pendingHead = null;
        if (one is null)
        {
            if (publication is not DateOnly pub || pub.DayNumber < CountDays(p) + 1)
            {
                return (null, DateAnchor.None, null);
            }

            one = pub.AddDays(-CountDays(p)); // "Day 37: we reached the Pole at 11.20 this morning": the writing's day, unless the entry says
            _pendingHead = p;
            used = DateAnchor.Publication;
        }

        _countOne = one;
        string? value = CountValue(p, one.Value);
        Observe(p with { SetsFocus = true }, value);
        _headEnd = p.Unit == TimeUnit.Day && value is not null ? p.End : -1;
        _headDay = p.Unit == TimeUnit.Day ? one.Value.AddDays(p.Count) : default;
        return (value, used, null);
    }

    /// <summary>
    /// After a heading that waits (<see cref="CountPending"/>): the first day resolved in its paragraph is the entry's ("Day 1, Sunday
    /// 23 November", "Week 2 of the trek begins on Monday 10 March"), or the count's first day when the words between tell a start
    /// ("Week 3 of lockdown, which began on Monday 23 March"). Returns the heading's value then, else null.
    /// </summary>
    public string? CountFromEntry(in DateParse p, string? value, string text)
    {
        if (_pendingHead is not DateParse head)
        {
            return null;
        }

        if (p.Paragraph != head.Paragraph)
        {
            _pendingHead = null;
            return null;
        }

        if (p.Type is not (TemporalType.Date or TemporalType.Time) || value is not { Length: >= 10 }
            || !DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day))
        {
            return null;
        }

        _pendingHead = null;
        DateOnly one = StartTold(text, head.End, p.Start) || day.DayNumber < CountDays(head) + 1 ? day : day.AddDays(-CountDays(head));
        _countOne = one;
        return CountValue(head, one);
    }

    /// <summary>The document's text, for the words after a mention (null: not known, every step taken as closing its clause).</summary>
    public string? Text { get; init; }

    /// <summary>Whether the step ending at <paramref name="end"/> closes its clause: it does unless a new clause's subject follows it,
    /// a word of <see cref="DateVocabulary.StepSubjects"/> ("two years later she left") or a capitalised word that is no date word
    /// ("ten years later Smith was freed"). "ten years later to the day", "…, twenty years later at the age of 60" stay apposed.</summary>
    private bool ClosesClause(int end)
    {
        if (Text is not string text)
        {
            return true;
        }

        int k = end;
        while (k < text.Length && text[k] is ' ' or '\t')
        {
            k++;
        }

        if (k >= text.Length || !char.IsLetterOrDigit(text[k]))
        {
            return true;
        }

        int start = k;
        while (k < text.Length && char.IsAsciiLetter(text[k]))
        {
            k++;
        }

        if (k == start)
        {
            return true;
        }

        ReadOnlySpan<char> word = text.AsSpan(start, k - start);
        bool subject = DateVocabulary.StepSubjects.Contains(word)
            || (char.IsAsciiLetterUpper(word[0]) && DateVocabulary.Lookup(word, out _) == WordKind.None);
        return !subject;
    }

    /// <summary>Notes the first full day the text names.</summary>
    private void NoteFirstDay(in DateParse p, Point point)
    {
        if (_firstDay is null && p.Kind == ParseKind.Calendar && p.Day > 0 && point.Grain == DatePrecision.Day && !p.Perfect && !p.Limit)
        {
            _firstDay = point.Date;
        }
    }

    /// <summary>Whether the words from <paramref name="from"/> to <paramref name="to"/> tell the count's start: a verb that starts
    /// one (<see cref="DateVocabulary.StartsCount"/>) or a relative clause about the count ("who stopped eating on").</summary>
    private static bool StartTold(string text, int from, int to)
    {
        to = Math.Min(to, Math.Min(text.Length, from + CountStartReach));
        int k = from;
        while (k < to)
        {
            while (k < to && !char.IsAsciiLetter(text[k]))
            {
                k++;
            }

            int start = k;
            while (k < to && char.IsAsciiLetter(text[k]))
            {
                k++;
            }

            ReadOnlySpan<char> word = text.AsSpan(start, k - start);
            if (word.Length > 0 && (DateVocabulary.StartsCount(word, NextWord(text, k, to)) || word.Equals("who", StringComparison.OrdinalIgnoreCase)
                || word.Equals("which", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word after a space at <paramref name="k"/> (before <paramref name="to"/>), or empty ("walked out": "out").</summary>
    private static ReadOnlySpan<char> NextWord(string text, int k, int to)
    {
        if (k >= to || text[k] != ' ')
        {
            return default;
        }

        int start = ++k;
        while (k < to && char.IsAsciiLetter(text[k]))
        {
            k++;
        }

        return text.AsSpan(start, k - start);
    }

    private static int CountDays(in DateParse p) => p.Count * (p.Unit == TimeUnit.Week ? 7 : 1);

    private static string? CountValue(in DateParse p, DateOnly one) =>
        one.DayNumber + CountDays(p) > DateOnly.MaxValue.DayNumber ? null
        : p.Unit == TimeUnit.Week ? DateResolver.WeekValue(one.AddDays(CountDays(p)), weekend: false)
        : one.AddDays(p.Count).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
