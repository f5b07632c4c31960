using Tidings.Numbers;
using Tidings.Text;
using Cls = Tidings.Claims.ClaimWords.Cls;
using Guard = Tidings.Claims.ClaimGuards.Guard;

namespace Tidings.Claims;

/// <summary>
/// The costs room: the money a move is worth, costs, saves or raises joins the move's change claim ("a 5.5% pay award from
/// September, worth about £210m", "A 2p cut in the basic rate of income tax would cost about £13bn", "will rise by £285 to
/// £9,535 a year, bringing universities an extra £390m", "a move that will cost oil companies about ₹7,680 crore").
/// </summary>
/// <remarks>The cost word is a [MoveCost] word of claim-guards.txt. What lies between the move and it holds no stop, joiner,
/// subordinator, [CostLeadStop] word ("with", "as", "on", "making"), source or move of its own; after its last comma it holds
/// only a relative chain ("…, which would save", "…, a move that will cost", "…, is set to cost": [CostRelative], [Modal],
/// [CostModal], [CostChain] and [DegreeAdverb] words), so a clause with a subject of its own ("…, with Shell adding 30p",
/// "…, making Musk's stake worth $300bn") keeps its money. What lies between the cost word and the money is a short object
/// ("costing the Treasury £2.4bn"). Every look is bounded by a few tokens, so the room is linear and allocates nothing.</remarks>
internal sealed partial class ClaimBuilder
{
    /// <summary>The most tokens between a move and its cost word ("in the basic rate of income tax would").</summary>
    private const int MaxCostLead = 14;

    /// <summary>The most words between the cost word and the money ("costing the Treasury", "cost oil marketing companies").</summary>
    private const int MaxCostObject = 4;

    /// <summary>Whether quantity <paramref name="a"/> + 1 is money that the move ending with quantity <paramref name="a"/> is
    /// worth, costs, saves or raises.</summary>
    private bool CostOfMove(ReadOnlySpan<Quantity> qs, ReadOnlySpan<(int First, int Last)> at, int a)
    {
        int b = a + 1;
        if (!CanJoin(at, a, b) || qs[b].Unit.Kind != UnitKind.Currency || !CostBridge(at[a].Last, at[b].First))
        {
            return false;
        }

        // "The 5.5% award will cost £1.4 billion, of which schools must find £350 million": the whole of an allocation keeps
        // its part.
        return Allocation(qs, at, b, out _) < 0;
    }

    /// <summary>Whether the tokens between a move (ending at <paramref name="lastOfA"/>) and money (starting at
    /// <paramref name="firstOfB"/>) are the move's clause, a cost word and the money's short object.</summary>
    private bool CostBridge(int lastOfA, int firstOfB)
    {
        int c = firstOfB - 1;
        int objectWords = 0;
        while (c > lastOfA && !Guarded(c, Guard.MoveCost))
        {
            if (++objectWords > MaxCostObject || Tokens[c].Kind != TokenKind.Word || CostObjectStop(c))
            {
                return false;
            }

            c--;
        }

        // Not a noun after its determiner ("the cost of", "a saving"; "a move that will cost" is a verb); "equivalent" only
        // with its "to"; a bare "cost" only after a modal or "to" ("would cost", "is set to cost"): "A 12% drop in arrivals
        // cost the island $400 million" tells what an event cost, not what a move is worth.
        if (c <= lastOfA || c - lastOfA - 1 > MaxCostLead || c - 1 > lastOfA && Has(c - 1, Cls.Determiner) && !Is(c - 1, "that")
            || Is(c, "equivalent") && !(c + 1 < firstOfB && Is(c + 1, "to"))
            || Is(c, "cost") && !(c - 1 > lastOfA && ModalBefore(c - 1)))
        {
            return false;
        }

        int comma = -1;
        for (int k = lastOfA + 1; k < c; k++)
        {
            if (CostLeadStop(k))
            {
                return false;
            }

            if (Is(k, ","))
            {
                comma = k;
            }
        }

        return comma < 0 || CostChainAfterComma(comma + 1, c);
    }

    /// <summary>Whether the words from <paramref name="first"/> to the cost word <paramref name="c"/> (after a comma) are a
    /// relative or modal chain ("which would", "is set to", "a move that will"): the move restated before a relative word,
    /// then only chain words, or the move restated by its noun ("an increase worth").</summary>
    private bool CostChainAfterComma(int first, int c)
    {
        int k = c - 1;
        while (k >= first && (ModalBefore(k) || Guarded(k, Guard.CostChain | Guard.DegreeAdverb)))
        {
            k--;
        }

        // "…, a move that will save": what stands before the relative word is the move restated; "…, an increase worth £470 a
        // year": the move restated by its noun, right before the cost word.
        return k < first || Guarded(k, Guard.CostRelative)
            || k - first <= 3 && Has(k, Cls.ChangeNoun) && Has(first, Cls.Determiner);
    }

    /// <summary>A modal or "to" at <paramref name="k"/>, or one word before it ("would still cost", "will only cost").</summary>
    private bool ModalBefore(int k) =>
        IsModal(k) || k - 1 >= _sentenceFirst && Tokens[k].Kind == TokenKind.Word && Guarded(k, Guard.DegreeAdverb) && IsModal(k - 1);

    private bool IsModal(int k) => Guarded(k, Guard.Modal | Guard.CostModal);

    /// <summary>A word that cannot stand in the money's object after a cost word: a preposition ("relief of", "to the
    /// price") other than the cost word's own particle ("bring in", "free up", "equivalent to"), a move or a source.</summary>
    private bool CostObjectStop(int j)
    {
        bool particle = Guarded(j - 1, Guard.MoveCost) && (Guarded(j, Guard.CostParticle) || Is(j, "to") && Is(j - 1, "equivalent"));
        return !particle && (Has(j, Cls.Preposition | Cls.ChangeVerb | Cls.Reporting) || Guarded(j, Guard.CostObjectStop));
    }

    /// <summary>A token that ends the move's clause before a cost word: a stop other than a comma or bracket, a subordinator
    /// ("after", "while"), a [CostLeadStop] word ("and", "with", "as", "on", "making"), a move of its own, or a source's word
    /// ("on a report the firm will save").</summary>
    private bool CostLeadStop(int k) =>
        Tokens[k].Kind == TokenKind.Punctuation && !Is(k, ",") && !Is(k, "(") && !Is(k, ")")
        || Guarded(k, Guard.SubordinateOpener | Guard.CostLeadStop)
        || Has(k, Cls.Reporting | Cls.DataHead) || Has(k, Cls.ChangeVerb) && !Has(k, Cls.ChangeNoun);
}
