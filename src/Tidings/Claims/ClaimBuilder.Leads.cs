using Tidings.Numbers;
using Tidings.Text;
using Guard = Tidings.Claims.ClaimGuards.Guard;

namespace Tidings.Claims;

/// <summary>
/// The leads room of the grouping grammar: a race's margin and the two shares it is the gap between form one comparison
/// ("Labour leads by six points, 46% to 40%"; "Ocasio leads 54.2% to 41.9%, a margin of roughly 18,000 votes").
/// </summary>
/// <remarks>Reads a fixed handful of tokens around the quantities: linear and allocation-free.</remarks>
internal sealed partial class ClaimBuilder
{
    /// <summary>A lead that starts at quantity <paramref name="q"/>: its last quantity, or -1.</summary>
    private int LeadWithShares(ReadOnlySpan<Quantity> qs, ReadOnlySpan<(int First, int Last)> at, int q)
    {
        if (!CanJoin(at, q, q + 1) || !CanJoin(at, q + 1, q + 2))
        {
            return -1;
        }

        // "leads by six points, 46% to 40%": the margin after "by", a comma, then "X to Y".
        int f = at[q].First;
        if (f - 2 >= _sentenceFirst && Is(f - 1, "by") && Guarded(f - 2, Guard.MarginWord)
            && at[q + 1].First == at[q].Last + 2 && Is(at[q].Last + 1, ",") && SharesTo(qs, at, q + 1))
        {
            return q + 2;
        }

        // "54.2% to 41.9%, a margin of roughly 18,000 votes": the shares, then the margin they leave.
        int m = at[q + 1].Last + 1;
        if (SharesTo(qs, at, q) && Is(m, ",") && at[q + 2].First == m + 4 && Is(m + 1, "a") && Is(m + 2, "margin") && Is(m + 3, "of"))
        {
            return q + 2;
        }

        return -1;
    }

    /// <summary>"46% to 40%": two shares joined by a bare "to".</summary>
    private bool SharesTo(ReadOnlySpan<Quantity> qs, ReadOnlySpan<(int First, int Last)> at, int a) =>
        IsShare(qs[a]) && IsShare(qs[a + 1]) && at[a + 1].First == at[a].Last + 2 && Is(at[a].Last + 1, "to");
}
