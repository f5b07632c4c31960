using Tidings.Numbers;
using Tidings.Text;
using Cls = Tidings.Claims.ClaimWords.Cls;

namespace Tidings.Claims;

/// <summary>
/// The pairs room of the grouping grammar: two coordinated levels and the two earlier levels they moved from, paired by
/// position ("grow 0.9% this year and 1.4% next year, down from 1.2% and 1.6% previously"; "averaging 24.3 points and
/// 10.8 rebounds a game, up from 21.4 and 10.6") — two changes, the first with the third quantity, the second with the
/// fourth.
/// </summary>
/// <remarks>Reads a few tokens between four neighbouring quantities: linear; allocates only the two claims it finds.</remarks>
internal sealed partial class ClaimBuilder
{
    /// <summary>The most tokens between a level and the next word of the pair ("this year and", "points and").</summary>
    private const int MaxPairGap = 4;

    /// <summary>Whether quantities <paramref name="q"/> … q + 3 are "A and B, up/down from C and D", or a pair shared out
    /// "respectively" to or from another pair ("improved to 14.1% and 6.3%, respectively, from 12.8% and 5.9%"; "rose 8% and
    /// 15% respectively, to £420m and £38m"; "climbed to 141.2p and 147.9p from 138.6p and 145.1p respectively").</summary>
    private bool PairedMoves(ReadOnlySpan<Quantity> qs, ReadOnlySpan<(int First, int Last)> at, int q)
    {
        if (q + 3 >= qs.Length || !CanJoin(at, q, q + 1) || !CanJoin(at, q + 1, q + 2) || !CanJoin(at, q + 2, q + 3)
            || qs[q].Approximation == Approximation.Range || qs[q + 1].Approximation == Approximation.Range)
        {
            return false;
        }

        if (RespectivePairs(qs, at, q))
        {
            return true;
        }

        if (qs[q].Unit.Kind != qs[q + 2].Unit.Kind || qs[q + 1].Unit.Kind != qs[q + 3].Unit.Kind)
        {
            return false;
        }

        // "C and D": the earlier levels side by side.
        if (at[q + 3].First != at[q + 2].Last + 2 || !Is(at[q + 2].Last + 1, "and"))
        {
            return false;
        }

        // "A this year and B": A's noun or time phrase, then "and".
        if (!WordsThen(at[q].Last + 1, at[q + 1].First - 1, "and"))
        {
            return false;
        }

        // "B next year, down from C": B's phrase, a comma, "up"/"down", "from".
        int from = at[q + 2].First - 1;
        return from - 2 > at[q + 1].Last && Is(from, "from") && (Is(from - 1, "up") || Is(from - 1, "down")) && Is(from - 2, ",")
            && (from - 3 == at[q + 1].Last || WordsThen(at[q + 1].Last + 1, from - 2, ","));
    }

    /// <summary>"A and B[,] respectively[,] to/from C and D" or "A and B to/from C and D respectively": two side-by-side
    /// pairs of one kind each, joined by "to" or "from", with "respectively" between them or after the second.</summary>
    private bool RespectivePairs(ReadOnlySpan<Quantity> qs, ReadOnlySpan<(int First, int Last)> at, int q)
    {
        if (qs[q].Unit.Kind != qs[q + 1].Unit.Kind || qs[q + 2].Unit.Kind != qs[q + 3].Unit.Kind
            || at[q + 1].First != at[q].Last + 2 || !Is(at[q].Last + 1, "and")
            || at[q + 3].First != at[q + 2].Last + 2 || !Is(at[q + 2].Last + 1, "and"))
        {
            return false;
        }

        int k = at[q + 1].Last + 1, joint = at[q + 2].First - 1;
        if (joint - k > 3 || !(Is(joint, "to") || Is(joint, "from")))
        {
            return false;
        }

        bool respectively = Is(at[q + 3].Last + 1, "respectively");
        for (; k < joint; k++)
        {
            if (Is(k, "respectively"))
            {
                respectively = true;
            }
            else if (!Is(k, ","))
            {
                return false;
            }
        }

        return respectively;
    }

    /// <summary>Whether the tokens from <paramref name="k"/> up to <paramref name="last"/> are at most
    /// <see cref="MaxPairGap"/> plain words (no verb, no clause word) and token <paramref name="last"/> is
    /// <paramref name="word"/>.</summary>
    private bool WordsThen(int k, int last, string word)
    {
        if (last < k || last - k > MaxPairGap || !Is(last, word))
        {
            return false;
        }

        for (; k < last; k++)
        {
            if (Tokens[k].Kind != TokenKind.Word || Has(k, Cls.Breaker | Cls.Reporting | Cls.Verb | Cls.ChangeVerb))
            {
                return false;
            }
        }

        return true;
    }
}
