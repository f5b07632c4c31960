using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>
/// Two numbers written with a slash in one token that are two quantities (session 26): a blood pressure ("150/95 mmHg",
/// "Blood pressure averaged 138/88": systolic and diastolic, both mmHg) and a split of a whole ("split 60/40", "a 70/30
/// split": two percentages that add up to 100). Read only for a number token with a slash that the numeral reader
/// turned away (no fraction, date or score), so other numbers pay nothing.
/// </summary>
internal sealed partial class QuantityAssembler
{
    /// <summary>How far back a blood-pressure cue ("pressure") may stand before the reading.</summary>
    private const int PressureReach = 24;

    /// <summary>Emits the two quantities of a slash pair at token <paramref name="i"/>; false (nothing emitted) when it is none.</summary>
    private bool SlashPair(int i)
    {
        Token t = Tok(i);
        ReadOnlySpan<char> s = Text(i);
        int slash = s.IndexOf('/');
        if (i < _floor || slash is < 2 or > 3 || s.Length - slash - 1 is < 2 or > 3 || !Whole(s[..slash], out int a) || !Whole(s[(slash + 1)..], out int b))
        {
            return false;
        }

        int aEnd = t.Start + slash;
        int bStart = aEnd + 1;
        if (a + b == 100 && a > 0 && b > 0 && (Is(i - 1, "split") || Is(i + 1, "split")))
        {
            Add(new Quantity(t.Start, aEnd, Source[t.Start..aEnd], a, QuantityUnit.Percent, Approximation.Exact), i, i);
            Add(new Quantity(bStart, t.End, Source[bStart..t.End], b, QuantityUnit.Percent, Approximation.Exact), i, i);
            _floor = i + 1;
            return true;
        }

        if (a is < 60 or > 260 || b is < 30 or > 160 || b >= a)
        {
            return false;
        }

        bool unit = Units.After.MatchForward(Doc, i + 1, EndToken, out int count, out UnitEntry entry) && entry.Unit.Kind == UnitKind.Measure
            && entry.Unit.Code == "mmHg";
        if (!unit && !PressureBefore(i))
        {
            return false;
        }

        QuantityUnit mmHg = QuantityUnit.Measure("mmHg");
        int last = unit ? i + count : i;
        int end = Tok(last).End;
        Steps += count;
        Add(new Quantity(t.Start, aEnd, Source[t.Start..aEnd], a, mmHg, Approximation.Exact), i, i);
        Add(new Quantity(bStart, end, Source[bStart..end], b, mmHg, Approximation.Exact), i, last);
        _floor = last + 1;
        return true;
    }

    /// <summary>Whether "pressure" stands within <see cref="PressureReach"/> tokens before token <paramref name="i"/> in its sentence.</summary>
    private bool PressureBefore(int i)
    {
        for (int k = i - 1; k >= FirstToken && k >= i - PressureReach; k--)
        {
            Steps++;
            if (Is(k, "pressure"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Two or three ASCII digits, no leading zero.</summary>
    private static bool Whole(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        if (s.Length is < 2 or > 3 || s[0] == '0')
        {
            return false;
        }

        foreach (char c in s)
        {
            if (!CharClass.IsAsciiDigit(c))
            {
                return false;
            }

            value = value * 10 + (c - '0');
        }

        return true;
    }
}
