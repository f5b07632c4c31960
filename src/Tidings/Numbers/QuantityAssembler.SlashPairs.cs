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
        int slash = s.IndexOfAny('/', ':');
        if (i < _floor || slash is < 2 or > 3 || s.Length - slash - 1 is < 2 or > 3 || !Whole(s[..slash], out int a) || !Whole(s[(slash + 1)..], out int b))
        {
            return false;
        }

        int aEnd = t.Start + slash;
        int bStart = aEnd + 1;
        bool colon = s[slash] == ':';
        if (a + b == 100 && a > 0 && b > 0 && (SplitCue(i) || colon && (a >= 60 || b >= 60)))
        {
            Add(new Quantity(t.Start, aEnd, Source[t.Start..aEnd], a, QuantityUnit.Percent, Approximation.Exact), i, i);
            Add(new Quantity(bStart, t.End, Source[bStart..t.End], b, QuantityUnit.Percent, Approximation.Exact), i, i);
            _floor = i + 1;
            return true;
        }

        if (colon || a is < 60 or > 260 || b is < 30 or > 160 || b >= a)
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
        Steps += count;

        // Session 34 (quant34, b22): a bound before the reading opens the first mention ("above 135/85"), one after it closes
        // the second ("140/90 mmHg or higher"); either bounds both figures.
        int first = i;
        Approximation bound = Approximation.Exact;
        if (i - 1 >= _floor && Units.Hedges.MatchBackward(Doc, i, _floor, out int hedgeCount, out Approximation before)
            && before is Approximation.MoreThan or Approximation.AtLeast or Approximation.LessThan or Approximation.AtMost)
        {
            first = i - hedgeCount;
            bound = before;
        }
        else if (Units.PostHedges.MatchForward(Doc, last + 1, EndToken, out int postCount, out Approximation after)
            && after is Approximation.AtLeast or Approximation.AtMost && IsWord(last + 1))
        {
            last += postCount;
            bound = after;
        }

        int start = Tok(first).Start;
        int end = Tok(last).End;
        decimal? lowA = bound is Approximation.MoreThan or Approximation.AtLeast ? a : null, highA = bound is Approximation.LessThan or Approximation.AtMost ? a : null;
        decimal? lowB = lowA is null ? null : b, highB = highA is null ? null : b;
        Add(new Quantity(start, aEnd, Source[start..aEnd], a, mmHg, bound, lowA, highA), first, i);
        Add(new Quantity(bStart, end, Source[bStart..end], b, mmHg, bound, lowB, highB), i, last);
        _floor = last + 1;
        return true;
    }

    /// <summary>Session 35 (quant35, b23): whether a word of [word-list] "split-whole-cue" ("split", "blend", "basis") stands right
    /// before a split of a whole ("split 60/40") or within four tokens after it ("a 50/50 cotton-polyester blend", "on a 50:50
    /// basis"); a colon pair with a figure of 60 or more ("70:30") is a split without one, being no time.</summary>
    private bool SplitCue(int i)
    {
        if (OnNamedList(i - 1, "split-whole-cue"))
        {
            return true;
        }

        for (int k = i + 1; k < EndToken && k <= i + 4; k++)
        {
            Steps++;
            if (OnNamedList(k, "split-whole-cue"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word of [word-list] "pressure-cue" ("pressure", "BP", "reading") stands within <see cref="PressureReach"/>
    /// tokens before token <paramref name="i"/> in its sentence.</summary>
    private bool PressureBefore(int i)
    {
        for (int k = i - 1; k >= FirstToken && k >= i - PressureReach; k--)
        {
            Steps++;
            if (OnNamedList(k, "pressure-cue"))
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
