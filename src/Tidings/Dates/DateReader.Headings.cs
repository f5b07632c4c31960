using Tidings.Text;

namespace Tidings.Dates;

/// <summary>
/// The date reader's count headings of diaries, logs and itineraries: "Day 1, Saturday 14 March:", "Day 37:", "Day 4 (Thursday)
/// is free", "Week 2 of the trek begins on Monday 10 March", "Covid inquiry, day 3". Each is a day (or an ISO week) of a count
/// whose first day the text gives; the narrative anchor finds it (<see cref="NarrativeAnchor"/>).
/// </summary>
internal sealed partial class DateReader
{
    /// <summary>The highest day of a count read as a heading ("Day 100" of a war).</summary>
    private const int MaxCountDay = 999;

    /// <summary>The highest week of a count read as a heading.</summary>
    private const int MaxCountWeek = 60;

    /// <summary>
    /// A count heading at <paramref name="i"/> ("Day" or "Week" of <paramref name="unit"/>), or null. A capitalised "Day 3" or
    /// "Week 2" with digits heads a line or an entry (it opens its sentence, or follows a comma, a colon, a semicolon, a quote or a bracket: not
    /// "in Week 6", a league's week, nor "Day one, Saturday 4 October", a heading left untagged); a lower-case "day 3" after a
    /// comma is a title's day ("Covid inquiry, day 3", "Winter Olympics, day eight"), and after "and" a second day of the heading
    /// just read ("Day 2 and day 3 are at sea"). A "Day 3" that opens its sentence is a heading only as <see cref="OpensCountDay"/> tells: not
    /// "Day 2 of filming was on 5 March", nor "Day 6 will tour Europe" (a band).
    /// </summary>
    private int? TryCountHeading(int i, TimeUnit unit)
    {
        if (i + 1 >= _end || !(unit is TimeUnit.Day or TimeUnit.Week))
        {
            return null;
        }

        int n = CountWord(i + 1);
        bool digits = Tokens[i + 1].Kind == TokenKind.Number;
        bool opens = i == _first || Is(i - 1, ",") || Is(i - 1, ":") || Is(i - 1, ";") || Is(i - 1, "\"") || Is(i - 1, "“") || Is(i - 1, "(");
        bool second = Is(i - 1, "and") && _parses.Count > 0 && _parses[^1].CountHead && _parses[^1].Unit == unit && _parses[^1].Sentence == _first;
        bool head = Cap(i) ? digits && opens && (unit != TimeUnit.Day || i != _first || OpensCountDay(i))
            : (Is(i - 1, ",") && unit == TimeUnit.Day) || second;
        if (!head || n < 1 || n > (unit == TimeUnit.Day ? MaxCountDay : MaxCountWeek) || Is(i + 2, "-") || Is(i + 2, "–"))
        {
            return null;
        }

        if (unit == TimeUnit.Day)
        {
            (_dayCountStart, _dayCountNumber, _dayCountParagraph, _dayCountNoun) = (Tokens[i].Start, n, _paragraph, -1); // "Day 3. … By day 40": counts on from it
        }

        return Emit(i, i + 1, DateParse.Offset(unit, n - 1, AnchorUse.Story) with { CountHead = true });
    }

    /// <summary>
    /// Whether a capitalised "Day 3" opening its sentence at <paramref name="i"/> is a day of a count: a count is already read
    /// ("Day 1, 28 March: … Day 4 brought the first big dunes"), the words have a heading's shape (<see cref="HeadingShape"/>), or the
    /// day told just before follows a verb that starts a count ("We started from the Machame gate on Sunday 5 October. Day 4 was an
    /// acclimatisation day"), unless "of" and a noun follow the figure ("Day 2 of filming was on 5 March": that event's own day). Not
    /// "The album arrives on 5 September. Day 6 will tour Europe" (a band: no count and no start).
    /// </summary>
    private bool OpensCountDay(int i) =>
        _dayCountStart >= 0 || HeadingShape(i) || (!Is(i + 2, "of") && LastDayStartsCount());

    /// <summary>Whether the latest day told, in this paragraph or the one before and within <see cref="StoryDayReach"/> parses,
    /// follows a verb that starts a count of days (<see cref="CountStartsBefore"/>).</summary>
    private bool LastDayStartsCount()
    {
        for (int k = _parses.Count - 1; k >= Math.Max(0, _parses.Count - StoryDayReach); k--)
        {
            DateParse before = _parses[k];
            if (before.Type is TemporalType.Date or TemporalType.Time && before.Kind != ParseKind.Literal
                && before.Grain is DatePrecision.Day or DatePrecision.TimeOfDay or DatePrecision.PartOfDay)
            {
                return before.Paragraph >= _paragraph - 1 && CountStartsBefore(before);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether "Day 3" at <paramref name="i"/> has a heading's shape: a colon or a glossing bracket follows its figure ("Day 6: Ljubljana
    /// in a heatwave", "Day 3 (Wednesday): the ferry", <see cref="GlossedHeading"/>), or it opens a line (or the text) and a comma, a
    /// dash, a full stop, the line's end or "of" and a few words up to a colon follow ("Day 4, Thursday", "Day 21 of the
    /// strike: Mr Okafor").
    /// </summary>
    private bool HeadingShape(int i)
    {
        int d = i + 2;
        if (d < _end && (Is(d, ":") || (Is(d, "(") && GlossedHeading(d))))
        {
            return true;
        }

        int k = Tokens[i].Start;
        while (k > 0 && _text[k - 1] is ' ' or '\t')
        {
            k--;
        }

        if (k > 0 && _text[k - 1] is not ('\n' or '\r'))
        {
            return false;
        }

        if (d >= _end)
        {
            return true;
        }

        if (Is(d, "of"))
        {
            for (int m = d + 1; m < Math.Min(_end, d + 6); m++)
            {
                if (Is(m, ":"))
                {
                    return true;
                }
            }

            return false;
        }

        int gap = Tokens[i + 1].End;
        while (gap < Tokens[d].Start && _text[gap] is ' ' or '\t')
        {
            gap++;
        }

        return gap < Tokens[d].Start || Is(d, ",") || Is(d, "-") || Is(d, "–") || Is(d, "—") || Is(d, ".");
    }

    /// <summary>Whether the bracket at <paramref name="d"/> after a day's figure glosses a heading: a weekday or a month opens it
    /// ("Day 3 (Wednesday) …"), or a colon follows its close within a few words ("Day 2 (the
    /// crossing): rain"), at a line's start or not. Not "Day 6 (the band) will tour Europe".</summary>
    private bool GlossedHeading(int d)
    {
        if (IsWord(d + 1) && Lookup(W(d + 1), out _) is WordKind.Weekday or WordKind.Month)
        {
            return true;
        }

        for (int m = d + 1; m < Math.Min(_end - 1, d + 8); m++)
        {
            if (Is(m, ")"))
            {
                return Is(m + 1, ":");
            }
        }

        return false;
    }
}
