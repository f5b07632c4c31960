using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>
/// A concentration's unit carried to a bare number later in its sentence (session 26): "41 µg/m3, above the legal limit of
/// 40", "5 µg/m³, lowered from 10 in 2021". Only the units of [word-list] "carried-unit", only from the quantity emitted
/// just before in the same sentence, and only to a number with no unit, counted noun or word after it (but "in").
/// One look at the last result: no scan.
/// </summary>
internal sealed partial class QuantityAssembler
{
    private void CarriedUnit(ref Draft n, TextSpan? counted)
    {
        if (n.HasUnit || n.Ratio || n.Vague || n.Scaled || n.Spelled || n.YearLike || n.Pair || counted is not null
            || _results is not { Count: > 0 } || n.Approximation == Approximation.Range)
        {
            return;
        }

        Quantity last = _results[^1];
        int k = n.Last + 1;
        if (last.Unit.Kind != UnitKind.Measure || last.Start < Tok(FirstToken).Start || k < EndToken && IsWord(k) && !Is(k, "in")
            || !Units.InList(WordLists.CarriedUnit, last.Unit.Code))
        {
            return;
        }

        n.HasUnit = true;
        n.Unit = last.Unit;
        n.Bare = false;
    }
}
