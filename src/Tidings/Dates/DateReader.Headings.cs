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
    /// just read ("Day 2 and day 3 are at sea").
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
        bool head = Cap(i) ? digits && opens : (Is(i - 1, ",") && unit == TimeUnit.Day) || second;
        if (!head || n < 1 || n > (unit == TimeUnit.Day ? MaxCountDay : MaxCountWeek) || Is(i + 2, "-") || Is(i + 2, "–"))
        {
            return null;
        }

        if (unit == TimeUnit.Day)
        {
            (_dayCountStart, _dayCountNumber, _dayCountParagraph) = (Tokens[i].Start, n, _paragraph); // "Day 3. … By day 40": counts on from it
        }

        return Emit(i, i + 1, DateParse.Offset(unit, n - 1, AnchorUse.Story) with { CountHead = true });
    }
}
