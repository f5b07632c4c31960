using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>
/// Dimensions (session 31, quant31b, b19): a bare figure before "x", "×" or "by" takes the length of the figure it is
/// paired with — "55 x 40 x 23cm" (three cm), "600 x 600mm", "76 by 80 inches" — as b18's "9 x 13-inch". Only lengths
/// ([word-list] "dimension-unit"), so "2 x 400g" stays a count and a mass; at most three sides, a bounded look ahead.
/// </summary>
internal sealed partial class QuantityAssembler
{
    private void DimensionUnit(ref Draft n)
    {
        if (n.HasUnit || n.Spelled || n.Ratio || n.Vague || n.Pair || n.Scaled || n.YearLike || n.Approximation == Approximation.Range)
        {
            return;
        }

        int k = n.Last + 1;
        for (int side = 0; side < 2; side++)
        {
            if (!_reader.DimensionMark(k) || Tok(k + 1).Kind != TokenKind.Number)
            {
                return;
            }

            if (_reader.GluedLength(k + 1, out UnitEntry unit) || LengthWordAfter(k + 1, out unit))
            {
                NumeralReader.SetUnit(ref n, unit);
                return;
            }

            k += 2; // "55 x 40 x 23cm": the middle figure is bare too
        }
    }

    /// <summary>A plain figure at <paramref name="k"/> followed by a word of length ("80 inches").</summary>
    private bool LengthWordAfter(int k, out UnitEntry unit)
    {
        unit = default;
        if (k + 1 >= EndToken || !IsWord(k + 1) || !Units.TrySingleWord(Text(k + 1), out QuantityUnit u) || u.Kind != UnitKind.Measure
            || !Units.InList("dimension-unit", u.Code))
        {
            return false;
        }

        unit = new UnitEntry(u, 1, null);
        return true;
    }
}
