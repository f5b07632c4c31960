using Tidings.Numbers;
using Tidings.Text;
using Cls = Tidings.Claims.ClaimWords.Cls;
using Guard = Tidings.Claims.ClaimGuards.Guard;

namespace Tidings.Claims;

/// <summary>
/// The deal-terms room: an offer or placing price and the premium or discount it carries to another price.
/// </summary>
/// <remarks>
/// "agreed to pay $40 a share in cash for Pinecrest, a 30% premium to Friday's closing price", "placing new shares at
/// 96p, a 9% discount to Wednesday's closing price", "The cash offer of A$5.85 per share represents a premium of 34% to
/// the three-month volume-weighted average price", "The 725p-a-share offer is a 41% premium to Kestrel's undisturbed share
/// price of 514p": the price and its premium are one comparison, with the price it is set against when that is stated.
/// Every look is bounded by a few tokens after the price, so the room stays linear.
/// </remarks>
internal sealed partial class ClaimBuilder
{
    /// <summary>The most tokens between a price and the premium it carries ("a share in cash for Pinecrest Dairy, a").</summary>
    private const int MaxPriceToPremium = 12;

    /// <summary>The most tokens between a premium and the price it is set against ("premium to Kestrel's undisturbed share
    /// price of").</summary>
    private const int MaxPremiumToReference = 8;

    /// <summary>Whether quantity <paramref name="q"/>, a price, and quantity q + 1, the premium or discount it carries to
    /// another price ("a 30% premium to", "a premium of 34% to"), form one comparison; returns the claim's last quantity
    /// (q + 2 when the other price follows as "… price of 514p"), or -1.</summary>
    private int PriceWithPremium(ReadOnlySpan<Quantity> qs, ReadOnlySpan<(int First, int Last)> at, int q, int end)
    {
        if (qs[q].Unit.Kind != UnitKind.Currency || !CanJoin(at, q, q + 1) || qs[q + 1].Unit.Kind != UnitKind.Percent
            || Between(at[q].Last, at[q + 1].First) > MaxPriceToPremium)
        {
            return -1;
        }

        int first = at[q + 1].First, last = at[q + 1].Last;

        // "a 30% premium to", "a 9% discount over": the premium as a premodifier; "a premium of 34% to": as its complement.
        bool before = (Is(first - 1, "a") || Is(first - 1, "an")) && last + 2 < end && Guarded(last + 1, Guard.Spread)
            && (Is(last + 2, "to") || Is(last + 2, "over"));
        bool after = !before && Is(first - 1, "of") && first - 2 > at[q].Last && Guarded(first - 2, Guard.Spread)
            && last + 1 < end && (Is(last + 1, "to") || Is(last + 1, "over"));
        if (!before && !after)
        {
            return -1;
        }

        // Nothing between them opens a clause of its own: no report, no move, no second conjunct ("…, while rivals offered").
        for (int k = at[q].Last + 1; k < first; k++)
        {
            if (Tokens[k].Has(TokenTraits.Terminal) || Is(k, ";") || Has(k, Cls.Reporting | Cls.ChangeVerb)
                || Is(k, "and") || Is(k, "but") || Is(k, "while") || Is(k, "which") || Is(k, "that") || Is(k, "who"))
            {
                return -1;
            }
        }

        // "… premium to Kestrel's undisturbed share price of 514p": the price it is set against, inside the premium's phrase.
        if (CanJoin(at, q + 1, q + 2) && qs[q + 2].Unit.Kind == UnitKind.Currency && Is(at[q + 2].First - 1, "of")
            && Between(last, at[q + 2].First) <= MaxPremiumToReference)
        {
            for (int k = last + 1; k < at[q + 2].First; k++)
            {
                if (Is(k, ",") || Is(k, ";") || Is(k, "(") || Tokens[k].Has(TokenTraits.Terminal) || Has(k, Cls.Reporting | Cls.ChangeVerb | Cls.Breaker))
                {
                    return q + 1;
                }
            }

            return q + 2;
        }

        return q + 1;
    }
}
