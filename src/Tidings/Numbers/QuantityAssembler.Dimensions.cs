using System.Globalization;
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

            bool glued = _reader.GluedLength(k + 1, out UnitEntry unit);
            if (glued || LengthWordAfter(k + 1, out unit))
            {
                if (!CountTimesLength(n.Value, k + 1, glued ? k + 2 : k + 3))
                {
                    NumeralReader.SetUnit(ref n, unit);
                }

                return;
            }

            k += 2; // "55 x 40 x 23cm": the middle figure is bare too
        }
    }

    /// <summary>
    /// Session 31 (mend31g, review 31e finding 1): whether a bare <paramref name="bare"/> before "x" is a count times the
    /// length at token <paramref name="measured"/>, not a side: sides of a dimension are of one order of size, so a bare
    /// figure under a twentieth of the measured side is a count ("the women's 4 x 100m relay", "10 x 400m intervals"); and a
    /// small whole number (at most 12) before a length that an event word or a plural noun follows (token
    /// <paramref name="after"/>) counts those things ("buy 4 x 2m lengths of timber", "3 x 20cm tiles"). "55 x 40 x 23cm"
    /// and "600 x 600mm tiles" stay dimensions.
    /// </summary>
    private bool CountTimesLength(decimal bare, int measured, int after)
    {
        decimal side = LeadingFigure(Text(measured));
        if (side > 0 && bare * 20 < side)
        {
            return true;
        }

        return bare <= 12 && bare == decimal.Truncate(bare) && after < EndToken && IsWord(after)
            && (OnList(after, WordLists.Event) || IsPlural(Text(after)));
    }

    /// <summary>The figure at the start of a token ("2.4" of "2.4m", "1,200" of "1,200mm"); 0 when there is none.</summary>
    private static decimal LeadingFigure(ReadOnlySpan<char> t)
    {
        int k = 0;
        while (k < t.Length && (CharClass.IsAsciiDigit(t[k]) || t[k] is '.' or ','))
        {
            k++;
        }

        return decimal.TryParse(t[..k], NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out decimal v) ? v : 0;
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
