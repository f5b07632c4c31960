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

    /// <summary>Whether quantities <paramref name="q"/> … q + 3 are "A and B, up/down from C and D".</summary>
    private bool PairedMoves(ReadOnlySpan<Quantity> qs, ReadOnlySpan<(int First, int Last)> at, int q)
    {
        if (q + 3 >= qs.Length || !CanJoin(at, q, q + 1) || !CanJoin(at, q + 1, q + 2) || !CanJoin(at, q + 2, q + 3)
            || qs[q].Unit.Kind != qs[q + 2].Unit.Kind || qs[q + 1].Unit.Kind != qs[q + 3].Unit.Kind
            || qs[q].Approximation == Approximation.Range || qs[q + 1].Approximation == Approximation.Range)
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
