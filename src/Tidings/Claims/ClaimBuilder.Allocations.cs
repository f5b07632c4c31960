using Tidings.Numbers;
using Tidings.Text;
using Cls = Tidings.Claims.ClaimWords.Cls;
using Guard = Tidings.Claims.ClaimGuards.Guard;

namespace Tidings.Claims;

/// <summary>
/// The allocations room of the grouping grammar: amounts shared out over named recipients in brackets ("split between
/// Cornwall (£40m) and Devon (£25m)", "Waterloo (41.4 million), Victoria (36.8 million) … and Stratford (28.1 million)")
/// and a whole whose part follows a clause of its own after "of which" ("will cost £1.4 billion, of which schools must
/// find £350 million", "A$12 billion by 2030, A$7.5 billion of which is for …").
/// </summary>
/// <remarks>Every look is bounded by a few tokens, so the room is linear and allocates nothing.</remarks>
internal sealed partial class ClaimBuilder
{
    /// <summary>The most words of a recipient's name before its bracketed amount.</summary>
    private const int MaxBracketName = 5;

    /// <summary>The most words of the clause between "of which" and its part ("schools must find").</summary>
    private const int MaxOfWhichClause = 4;

    /// <summary>An allocation that starts at quantity <paramref name="q"/>: its last quantity and relation, or -1.</summary>
    private int Allocation(ReadOnlySpan<Quantity> qs, ReadOnlySpan<(int First, int Last)> at, int q, out ClaimRelation relation)
    {
        relation = ClaimRelation.Comparison;

        // "Waterloo (41.4 million), Victoria (36.8 million) and Stratford (28.1 million)": one comparison of the named amounts.
        if (Bracketed(at[q]))
        {
            int last = BracketList(qs, at, q);
            return last > q ? last : -1;
        }

        if (!CanJoin(at, q, q + 1))
        {
            return -1;
        }

        // "The £65m fund will be split between Cornwall (£40m) and Devon (£25m)": the whole and its shares.
        if (Bracketed(at[q + 1]) && IsWhole(qs[q]) && qs[q + 1].Unit.Kind == qs[q].Unit.Kind && SharedOutBetween(at[q].Last, at[q + 1].First - 1))
        {
            int last = BracketList(qs, at, q + 1);
            if (last > q + 1)
            {
                relation = ClaimRelation.Ratio;
                return last;
            }
        }

        if (IsWhole(qs[q]) && OfWhichAfter(at[q].Last, at[q + 1].First, at[q + 1].Last))
        {
            relation = ClaimRelation.Ratio;
            return q + 1;
        }

        return -1;
    }

    /// <summary>Whether a quantity stands alone in brackets: "(£40m)".</summary>
    private bool Bracketed((int First, int Last) at) =>
        at.First - 1 > _sentenceFirst && at.Last + 1 < _tokenCount
        && Tokens[at.First - 1].Has(TokenTraits.OpenBracket) && Tokens[at.Last + 1].Has(TokenTraits.CloseBracket);

    /// <summary>Extends a list of bracketed amounts, each after its recipient's name: ") and Devon (", "), London Bridge (".</summary>
    private int BracketList(ReadOnlySpan<Quantity> qs, ReadOnlySpan<(int First, int Last)> at, int last)
    {
        while (CanJoin(at, last, last + 1) && Bracketed(at[last + 1]) && qs[last + 1].Unit.Kind == qs[last].Unit.Kind
            && RecipientBetween(at[last].Last + 1, at[last + 1].First - 1))
        {
            last++;
        }

        return last;
    }

    /// <summary>The tokens strictly between a closing bracket and the next opening one: an optional comma, an optional
    /// "and"/"or", then a short name of words (no verb, no clause word).</summary>
    private bool RecipientBetween(int close, int open)
    {
        int k = close + 1;
        if (k < open && Is(k, ","))
        {
            k++;
        }

        if (k < open && (Is(k, "and") || Is(k, "or")))
        {
            k++;
        }

        int words = open - k;
        if (words < 1 || words > MaxBracketName)
        {
            return false;
        }

        for (; k < open; k++)
        {
            if (Tokens[k].Kind != TokenKind.Word || Has(k, Cls.Breaker | Cls.Reporting | Cls.Verb | Cls.ChangeVerb | Cls.Preposition))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"will be split between Cornwall (", "shared among the three regions (": a whole shared out, read back from
    /// the first bracket over its recipient's name to "between"/"among".</summary>
    private bool SharedOutBetween(int lastOfWhole, int open)
    {
        int k = open - 1;
        int stop = Math.Max(lastOfWhole, open - 1 - MaxBracketName - 6);
        while (k > stop && !(Is(k, "between") || Is(k, "among") || Is(k, "across")))
        {
            if (Tokens[k].Kind != TokenKind.Word || Has(k, Cls.Breaker | Cls.Reporting))
            {
                return false;
            }

            k--;
        }

        return k > lastOfWhole && k < open - 1;
    }

    /// <summary>"£1.4 billion, of which schools must find £350 million", "9,300 claims so far, of which about 7,000",
    /// "A$12 billion by 2030, A$7.5 billion of which is for …": a part of the whole before it, with a clause or a time
    /// phrase around "of which".</summary>
    private bool OfWhichAfter(int lastOfA, int firstOfB, int lastOfB)
    {
        // A's counted noun or time phrase up to the comma: "claims so far", "by 2030".
        int c = lastOfA + 1;
        while (c < firstOfB && c <= lastOfA + 4 && !Is(c, ",") && (Tokens[c].Kind is TokenKind.Word or TokenKind.Number)
            && (!Has(c, Cls.Breaker) || Is(c, "so") && Is(c + 1, "far"))) // "claims so far": a noun of report is A's counted noun here
        {
            c++;
        }

        if (c >= firstOfB || !Is(c, ","))
        {
            return false;
        }

        // "A$7.5 billion of which is for transmission lines": the part first, then "of which".
        if (firstOfB == c + 1)
        {
            return Is(lastOfB + 1, "of") && (Is(lastOfB + 2, "which") || Is(lastOfB + 2, "whom"));
        }

        if (!Is(c + 1, "of") || !(Is(c + 2, "which") || Is(c + 2, "whom")))
        {
            return false;
        }

        // ", of which schools must find": a short clause of its own before the part ("of which" right before B is the
        // bridge's own ratio).
        int words = firstOfB - (c + 3);
        if (words > MaxOfWhichClause)
        {
            return false;
        }

        for (int k = c + 3; k < firstOfB; k++)
        {
            // "of which schools must find": an auxiliary or a modal may open the part's own clause, no other clause word.
            if (Tokens[k].Kind != TokenKind.Word || Has(k, Cls.Breaker) && !Guarded(k, Guard.Auxiliary) && !Guarded(k, Guard.Modal))
            {
                return false;
            }
        }

        return true;
    }
}
