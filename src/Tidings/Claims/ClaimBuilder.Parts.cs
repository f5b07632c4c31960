using Tidings.Numbers;
using Tidings.Text;
using Cls = Tidings.Claims.ClaimWords.Cls;

namespace Tidings.Claims;

/// <summary>
/// The parts room of the grouping grammar: a part and its whole ("some 4,000 roles, or about 8% of its staff of 50,000",
/// "Of the 150 passengers on board, 142 survived", "17,604 adults, of whom 8,803 … and 8,801 …"), and a share named as
/// the part it is ("a 63.3% share of the market").
/// </summary>
internal sealed partial class ClaimBuilder
{
    /// <summary>Extends a part of a whole past <paramref name="last"/>: "some 4,000 roles, or about 8% of its staff of 50,000".</summary>
    private int RatioChain(ReadOnlySpan<Quantity> qs, ReadOnlySpan<(int First, int Last)> at, int last)
    {
        while (CanJoin(at, last, last + 1)
            && (IsWhole(qs[last + 1]) && Bridge(at[last].Last, at[last + 1].First, moving: false, sameUnit: qs[last].Unit == qs[last + 1].Unit) == Link.Ratio
                || IsShare(qs[last + 1]) && Bridge(at[last].Last, at[last + 1].First, moving: false, sameUnit: qs[last].Unit == qs[last + 1].Unit) == Link.Restate)) // ", or roughly a quarter"
        {
            last++;
        }

        return last;
    }

    /// <summary>"17,604 adults, of whom 8,803 received the drug and 8,801 a placebo": the parts of a whole after "of whom"
    /// or "of which", each joined by "and" after a short clause of its own, belong to the one ratio.</summary>
    private int PartsOfWhom(ReadOnlySpan<Quantity> qs, ReadOnlySpan<(int First, int Last)> at, int last)
    {
        int b = at[last].First;
        if (b - 2 < _sentenceFirst || !Is(b - 2, "of") || !(Is(b - 1, "whom") || Is(b - 1, "which")))
        {
            return last;
        }

        while (CanJoin(at, last, last + 1) && qs[last + 1].Unit.Kind == qs[last].Unit.Kind
            && Is(at[last + 1].First - 1, "and") && Between(at[last].Last, at[last + 1].First) <= 6)
        {
            for (int j = at[last].Last + 1; j < at[last + 1].First - 1; j++)
            {
                if (Tokens[j].Kind != TokenKind.Word || Has(j, Cls.Breaker))
                {
                    return last;
                }
            }

            last++;
        }

        return last;
    }

    private static bool IsWhole(Quantity q) =>
        q.Unit.Kind is UnitKind.Count or UnitKind.Currency or UnitKind.Measure && q.Approximation != Approximation.Range;

    private static bool IsShare(Quantity q) => q.Unit.Kind is UnitKind.Ratio or UnitKind.Percent;

    /// <summary>A share and an amount side by side: "5.6 million people, one in six adults", "Three-fifths of the budget,
    /// or $36 billion", "1.3 billion stars, about 1% of the galaxy's total".</summary>
    private bool RatioPair(Quantity a, (int First, int Last) atA, Quantity b, (int First, int Last) atB, int end) =>
        (IsWhole(a) && IsShare(b) && !IsMultiple(b) && (b.Unit.Kind == UnitKind.Ratio || atB.Last + 1 < end && Is(atB.Last + 1, "of") || ShareOfAfter(atB.Last, end)))
        || (IsWhole(b) && IsShare(a) && (a.Unit.Kind == UnitKind.Ratio || atA.Last + 1 < end && Is(atA.Last + 1, "of")));

    /// <summary>"a 63.3% share of the market", "a 12% stake in": a share named as the part it is of a whole.</summary>
    private bool ShareOfAfter(int last, int end) =>
        last + 2 < end && (Is(last + 1, "share") || Is(last + 1, "stake") || Is(last + 1, "slice") || Is(last + 1, "portion"))
        && (Is(last + 2, "of") || Is(last + 2, "in"));

    /// <summary>"11 of them children", "40 of whom were": a part of the quantity before.</summary>
    private bool OfThemAfter(int last, int end) =>
        last + 2 < end && Is(last + 1, "of") && (Is(last + 2, "them") || Is(last + 2, "whom"));

    /// <summary>"one nurse for every 12 patients": one to three plain words (the first count's noun) between the two
    /// quantities, then "for every".</summary>
    private bool ForEvery(int lastOfA, int firstOfB)
    {
        int words = firstOfB - 2 - (lastOfA + 1);
        if (words is < 1 or > 3 || !Is(firstOfB - 1, "every") || !Is(firstOfB - 2, "for"))
        {
            return false;
        }

        for (int k = lastOfA + 1; k < firstOfB - 2; k++)
        {
            if (Tokens[k].Kind != TokenKind.Word || Has(k, Cls.Breaker | Cls.Verb | Cls.ChangeVerb | Cls.Reporting))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Of the 150 passengers on board, 142 survived."</summary>
    private bool OfTheBefore(int first) =>
        first >= _sentenceFirst + 2 && (Is(first - 2, "of") || Is(first - 2, "among")) && Has(first - 1, Cls.Determiner) // "Among the 650 MPs
        || first == _sentenceFirst + 1 && Is(first - 1, "of") // "Of 3,412 patients in the study, 142 …"
        || first >= _sentenceFirst + 4 && IsPossessiveMark(first - 1) && Tokens[first - 2].Kind == TokenKind.Word && Has(first - 3, Cls.Determiner)
            && Is(first - 4, "of") // "Of the hospital's 46 intensive care beds, 44 were occupied"
        || first == _sentenceFirst + 3 && IsPossessiveMark(first - 1) && Tokens[first - 2].Kind == TokenKind.Word
            && Is(first - 3, "of"); // "Of England's 153 social care authorities, 121 overspent"
}
