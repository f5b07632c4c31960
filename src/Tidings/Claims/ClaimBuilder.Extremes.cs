using Tidings.Numbers;
using Tidings.Text;
using Cls = Tidings.Claims.ClaimWords.Cls;

namespace Tidings.Claims;

/// <summary>
/// The extremes room: a measure's peak, trough, high, low or record and the level the measure moved to from it ("has
/// recovered from a 38-year low of 161.9 per dollar to trade at 149.6", "peaked at 8.2% in 2021 and has since fallen back
/// to 5.9%", "closed at $9,480 a tonne, well off its intraday low of $9,215": one change of both), and a level with its
/// distance from a named extreme ("peaked at 5.26 metres on Sunday night, 20cm below its 2000 record": a comparison, read
/// by the grouping room's appositive case). A lone distance from an extreme ("still 15% below its 2021 high") stays as it
/// was: blind sets disagree on it (b10/b11/b14/b24 a comparison, b20 a change). Every look is bounded by a few tokens
/// around the two quantities, so the reading is linear.
/// </summary>
internal sealed partial class ClaimBuilder
{
    private static readonly AsciiWordTable<bool> ExtremeNouns = ClaimGuards.Set("extreme-nouns");
    private static readonly AsciiWordTable<bool> ExtremeVerbs = ClaimGuards.Set("extreme-verbs");
    private static readonly AsciiWordTable<bool> ExtremeRecoveryVerbs = ClaimGuards.Set("extreme-recovery-verbs");
    private static readonly AsciiWordTable<bool> ExtremeAtVerbs = ClaimGuards.Set("extreme-at-verbs");
    private static readonly AsciiWordTable<bool> ExtremeDistanceWords = ClaimGuards.Set("extreme-distance-words");

    /// <summary>Whether token <paramref name="k"/> is a word of the current sentence in <paramref name="set"/>.</summary>
    private bool InSentenceSet(int k, AsciiWordTable<bool> set) => k >= _sentenceFirst && k < _tokenCount && InSet(k, set);

    /// <summary>A measure's extreme and the level it moved to, in either order, as quantities <paramref name="q"/> and
    /// <paramref name="q"/> + 1: one change (then any further points of the same move); -1 when they are not.</summary>
    /// <remarks>Not when a word of distance stands between them ("close to the 2019 peak of 432,000", "still short of the
    /// record"): a level set beside an extreme without a movement is compared with it.</remarks>
    private int ExtremeAndLevel(ReadOnlySpan<Quantity> qs, ReadOnlySpan<(int First, int Last)> at, int q, int end)
    {
        if (!CanJoin(at, q, q + 1) || Between(at[q].Last, at[q + 1].First) > MaxBridge)
        {
            return -1;
        }

        bool paired = ExtremeFigure(at[q].First, at[q].Last, end) && LevelReached(at[q + 1].First)
            || LevelReached(at[q].First) && ExtremeFigure(at[q + 1].First, at[q + 1].Last, end);
        if (!paired)
        {
            return -1;
        }

        for (int k = at[q].Last + 1; k < at[q + 1].First; k++)
        {
            if (InSentenceSet(k, ExtremeDistanceWords))
            {
                return -1;
            }
        }

        return ChangeChain(qs, at, q + 1, end);
    }

    /// <summary>Whether the quantity from <paramref name="first"/> to <paramref name="last"/> is named as an extreme: "a
    /// 38-year low of 161.9", "its intraday low of $9,215", "peaked at 8.2%", "bottomed out at 1.9%", "the 26.9% peak".</summary>
    private bool ExtremeFigure(int first, int last, int end)
    {
        if (Is(first - 1, "of") && InSentenceSet(first - 2, ExtremeNouns))
        {
            return true;
        }

        if (first - 2 >= _sentenceFirst && Is(first - 1, "at")
            && (InSentenceSet(first - 2, ExtremeVerbs) || Is(first - 2, "out") && InSentenceSet(first - 3, ExtremeVerbs)))
        {
            return true;
        }

        // "well below the 26.9% peak reached in 2013" (not "the record 2.33 million": "record" before the figure is a
        // modifier, read with the distance words).
        return last + 1 < end && first - 1 >= _sentenceFirst && Has(first - 1, Cls.Determiner) && !Is(last + 1, "record")
            && InSentenceSet(last + 1, ExtremeNouns);
    }

    /// <summary>Whether the quantity starting at <paramref name="first"/> is the level a measure moved or recovered to
    /// ("has since fallen back to 5.9%", "recovered to 10.4 per dollar", "to reach 61,100") or traded, settled or closed at
    /// ("closed at $9,480", "to settle at $63.05").</summary>
    private bool LevelReached(int first)
    {
        if (first - 2 < _sentenceFirst)
        {
            return false;
        }

        if (Is(first - 1, "to"))
        {
            int v = Is(first - 2, "back") ? first - 3 : first - 2;
            return v >= _sentenceFirst && (Has(v, Cls.ChangeVerb) || InSentenceSet(v, ExtremeRecoveryVerbs));
        }

        // "to reach 61,100", "closed at $9,480", "to trade at 149.6"
        return Is(first - 1, "reach") && Is(first - 2, "to") || Is(first - 1, "at") && InSentenceSet(first - 2, ExtremeAtVerbs);
    }

    /// <summary>"20cm below its 2000 record", "2.3% above its trough", "3% below its record close": the quantity ending at
    /// <paramref name="last"/> is a distance from a named extreme, a comparison ("14% below their peak a year ago" is a
    /// move).</summary>
    private bool DistanceFromExtreme(int last, int end)
    {
        int k = last + 1;
        if (k + 2 >= end || !(Is(k, "below") || Is(k, "above")) || !(Is(k + 1, "the") || Is(k + 1, "its") || Is(k + 1, "their")))
        {
            return false;
        }

        for (int j = k + 2; j < end && j <= k + 5 && (Tokens[j].Kind is TokenKind.Word or TokenKind.Number || Is(j, "-")); j++)
        {
            if (InSentenceSet(j, ExtremeNouns))
            {
                return !PastAfter(k, end);
            }
        }

        return false;
    }
}
