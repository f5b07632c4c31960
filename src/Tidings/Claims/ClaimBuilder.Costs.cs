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
/// <remarks>The cost word is a [MoveCost] word of claim-guards.txt; what lies between the move and it must stay in the move's
/// clause (no new clause, source or move), and what lies between it and the money is a short object ("costing the Treasury
/// £2.4bn"). Every look is bounded by a few tokens, so the room is linear and allocates nothing.</remarks>
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

        for (int k = lastOfA + 1; k < c; k++)
        {
            if (CostLeadStop(k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A modal or "to" at <paramref name="k"/>, or one word before it ("would still cost", "will only cost").</summary>
    private bool ModalBefore(int k) =>
        IsModal(k) || k - 1 >= _sentenceFirst && Tokens[k].Kind == TokenKind.Word && Guarded(k, Guard.DegreeAdverb) && IsModal(k - 1);

    private bool IsModal(int k) => Guarded(k, Guard.Modal) || Is(k, "will") || Is(k, "would") || Is(k, "to");

    /// <summary>A word that cannot stand in the money's object after a cost word: a preposition ("relief of", "to the
    /// price") other than the cost word's own particle ("bring in", "free up", "equivalent to"), a move or a source.</summary>
    private bool CostObjectStop(int j)
    {
        bool particle = Guarded(j - 1, Guard.MoveCost) && (Is(j, "in") || Is(j, "up") || Is(j, "to") && Is(j - 1, "equivalent"));
        return !particle && (Has(j, Cls.Preposition | Cls.ChangeVerb | Cls.Reporting) || Is(j, "to") || Is(j, "by") || Is(j, "than")
            || Is(j, "per") || Is(j, "on") || Is(j, "in") || Is(j, "at") || Is(j, "of") || Is(j, "for") || Is(j, "from"));
    }

    /// <summary>A token that ends the move's clause before a cost word: a stop other than a comma or bracket, a joiner or
    /// subordinator ("and", "after", "while"), a move of its own, or a source's word ("on a report the firm will save").</summary>
    private bool CostLeadStop(int k) =>
        Tokens[k].Kind == TokenKind.Punctuation && !Is(k, ",") && !Is(k, "(") && !Is(k, ")")
        || Guarded(k, Guard.SubordinateOpener) || Is(k, "and") || Is(k, "but") || Is(k, "or") || Is(k, "yet") || Is(k, "nor")
        || Has(k, Cls.Reporting | Cls.DataHead) || Has(k, Cls.ChangeVerb) && !Has(k, Cls.ChangeNoun);
}
