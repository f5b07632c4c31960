using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>
/// Readings the assembler takes from what it emitted just before (session 20): "over" a length after a time, a quantity
/// or a race is the course ("clocked 6:40.21 over 2,000 metres", "carry 2 GW over 765 km"), "a dozen" right after a price
/// is what the price is for ("$6.23 a dozen"), and cents no cue settles take the currency of a dollar amount earlier in
/// the document ("Revenue: A$4.6bn … Dividend: 52 cents").
/// </summary>
internal sealed partial class QuantityAssembler
{
    /// <summary>"The Kiwi rower clocked 6:40.21 over 2,000 metres", "the Melbourne Cup over 3,200 metres", "carry 2 GW over
    /// 765 km": "over" a length right after a time, a quantity just read or a word of the course ([word-list] "course-noun")
    /// is the course the length measures, not a hedge ("travelled over 1,400 km" keeps it).</summary>
    private void OverACourse(ref Draft n)
    {
        if (n.Approximation != Approximation.MoreThan || n.First + 1 != n.CoreFirst || n.First <= FirstToken || !Is(n.First, "over"))
        {
            return;
        }

        int b = n.First - 1;
        if (!n.HasUnit && _lastEmittedToken == b && IsWord(n.Last + 1) && OnList(n.Last + 1, WordLists.CoursePart))
        {
            n.First = n.CoreFirst; // "covers 3,492km over 21 stages": the parts the length is run in, not a hedge
            n.Approximation = Approximation.Exact;
            return;
        }

        if (!n.HasUnit || n.Unit.Kind != UnitKind.Measure || n.Unit.Code is not ("m" or "km" or "mi" or "yd"))
        {
            return;
        }

        if (Tok(b).Kind == TokenKind.Number || _lastEmittedToken == b || IsWord(b) && OnList(b, WordLists.CourseNoun))
        {
            n.First = n.CoreFirst;
            n.Approximation = Approximation.Exact;
        }
    }

    /// <summary>"Eggs are selling at $6.23 a dozen": "a dozen" right after a price is the measure the price is for.</summary>
    private bool PerUnitAfterPrice(in Draft n) =>
        n.Spelled && n.First == n.CoreFirst && n.First > FirstToken && n.First - 1 == _lastEmittedToken && Info(n.First).Is(WordClass.Article)
        && _results is { Count: > 0 } && _results[^1].Unit.Kind == UnitKind.Currency;

    /// <summary>"Revenue: A$4.6bn … Dividend: 52 cents": cents no cue of their own sentence settles take the currency of the
    /// last amount in a dollar currency written in cents ([word-list] "cents-of") among the eight before them in the document.</summary>
    private string? DocumentCents()
    {
        for (int r = (_results?.Count ?? 0) - 1; r >= 0 && r >= _results!.Count - 8; r--)
        {
            QuantityUnit u = _results[r].Unit;
            if (u.Kind == UnitKind.Currency && _results[r].ConversionOf is null)
            {
                return u.Code != "USD" && Units.InList(WordLists.DollarFamily, u.Code) ? u.Code : null;
            }
        }

        return null;
    }

    /// <summary>"The Greens took 11.6 per cent, up 2.1 points", "Turnout was 59.7% (down 7.6 points": points of change right
    /// after a percentage ("," or "(", then "up"/"down") are percentage points.</summary>
    private bool ChangeOfAShare(in Draft n) =>
        n.First == n.CoreFirst && n.First - 3 >= FirstToken && (Is(n.First - 1, "up") || Is(n.First - 1, "down"))
        && (Is(n.First - 2, ",") || Is(n.First - 2, "(")) && _lastEmittedToken == n.First - 3
        && _results is { Count: > 0 } && _results[^1].Unit.Kind == UnitKind.Percent;

    /// <summary>Session 27: "cut its forecast by 0.4 points to 1.7%" (points by which a move takes a share to a percentage), "2.6%, plus or
    /// minus 0.3 points" (a margin around one): percentage points, not the points of an index ("shed 96.3 points to 7,760.1").
    /// Looks at three tokens before the number and three after "points".</summary>
    private bool PointsOfAShare(in Draft n, int points)
    {
        int b = n.First - 1;
        if (b - 2 >= FirstToken && Is(b, "minus") && Is(b - 1, "or") && Is(b - 2, "plus") || b >= FirstToken && IsChar(b, '±'))
        {
            return true;
        }

        // "by 0.4 points to 1.7%" only: the claims' sets keep "dropped 6 points to 27%" as the bare number.
        int to = points + 1;
        return b >= FirstToken && Is(b, "by") && to + 2 < EndToken && (Is(to, "to") || Is(to, "from")) && Tok(to + 1).Kind == TokenKind.Number
            && (IsChar(to + 2, '%') || Is(to + 2, "percent") || Is(to + 2, "per") && to + 3 < EndToken && Is(to + 3, "cent"));
    }
}
