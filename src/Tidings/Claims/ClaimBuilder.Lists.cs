using Tidings.Numbers;
using Tidings.Text;
using Cls = Tidings.Claims.ClaimWords.Cls;
using Guard = Tidings.Claims.ClaimGuards.Guard;

namespace Tidings.Claims;

/// <summary>
/// The lists room: quantities that share one verb across a list ("Paris received 41 votes, Los Angeles 39 and Hamburg
/// 12"; "143 votes in favour, 9 against and 25 abstentions"), a move carried over to a coordinated quantity ("losses of
/// 6% in 2022 and 4.4% in 2023"), and the small tests of a move stated by its consequence ("wiping $11 billion off") or by
/// what moved ("shed 2,800 jobs").
/// </summary>
internal sealed partial class ClaimBuilder
{
    /// <summary>The longest stretch read between two items of a list.</summary>
    private const int MaxListGap = 8;

    /// <summary>Whether quantity B (<paramref name="firstOfB"/>..<paramref name="lastOfB"/>) is the next item of a list
    /// that A (<paramref name="firstOfA"/>..<paramref name="lastOfA"/>) opens: after A's own noun and a separator
    /// ("," / "and" / ", and" / "ahead of"), either a name and B with no verb ("the Greens 688,020", "Britain with 65"),
    /// or B alone in a vote ("9 against", "and 25 abstentions").</summary>
    private bool ListNext(int firstOfA, int lastOfA, int firstOfB, int lastOfB, int end)
    {
        int gap = Between(lastOfA, firstOfB);
        if (gap < 1 || gap > MaxListGap)
        {
            return false;
        }

        // A's tail: its noun ("votes", "of the vote", "seats") and its side in a vote ("in favour", "voted in favour").
        int k = lastOfA + 1;
        bool vote = false;
        while (k < firstOfB && Tokens[k].Kind == TokenKind.Word && !Is(k, "and") && !Is(k, "ahead"))
        {
            if (VoteWord(k) || Is(k, "voted") || Is(k, "voting") || (Is(k, "in") || Is(k, "for")) && k + 1 < firstOfB && VoteWord(k + 1))
            {
                vote = true;
            }
            else if (Has(k, Cls.Breaker | Cls.Reporting | Cls.ChangeVerb | Cls.Lead) || Tokens[k].Has(TokenTraits.Capitalized)
                || !(Has(k, Cls.Determiner) || Is(k, "of") || !Has(k, Cls.Preposition | Cls.Verb)))
            {
                return false;
            }

            k++;
        }

        // The separator.
        bool separator = false;
        if (k < firstOfB && Is(k, ","))
        {
            separator = true;
            k++;
        }

        if (k < firstOfB && Is(k, "and"))
        {
            separator = true;
            k++;
        }
        else if (k + 1 < firstOfB && Is(k, "ahead") && Is(k + 1, "of"))
        {
            separator = true;
            k += 2;
        }

        if (!separator)
        {
            return false;
        }

        if (k == firstOfB)
        {
            // "143 votes in favour, 9 against": a vote on both sides.
            return (vote || VoteWordsAfter(lastOfA, end)) && VoteWordsAfter(lastOfB, end);
        }

        // "highest in the North East at 6.1% and lowest in the South West at 3.2%": two superlatives, each with its place.
        if (Superlative(k) && SuperlativeBefore(firstOfA))
        {
            for (int j = k + 1; j < firstOfB - 1; j++)
            {
                if (Tokens[j].Kind != TokenKind.Word || Has(j, Cls.Breaker | Cls.Reporting | Cls.ChangeVerb))
                {
                    return false;
                }
            }

            return Is(firstOfB - 1, "at") || Is(firstOfB - 1, "on") || Is(firstOfB - 1, "with");
        }

        // "the Greens", "Los Angeles", "Reform UK", "China with": a name standing for the shared verb's subject (after
        // "ahead of" any short noun phrase: "ahead of the centre-right on 24.1%").
        bool ahead = Is(k - 1, "of");
        if (Is(k, "the"))
        {
            k++;
        }

        int names = 0;
        while (k < firstOfB && Tokens[k].Kind == TokenKind.Word && (Tokens[k].Has(TokenTraits.Capitalized) || ahead && !Is(k, "with") && !Is(k, "on"))
            && !Has(k, Cls.Determiner | Cls.Breaker | Cls.Reporting | Cls.ChangeVerb))
        {
            names++;
            k++;
        }

        if (names == 0 || names > 3)
        {
            return false;
        }

        if (k < firstOfB && (Is(k, "with") || Is(k, "on")))
        {
            k++;
        }

        return k == firstOfB;
    }

    /// <summary>"highest", "lowest", "biggest": a superlative adjective.</summary>
    private bool Superlative(int k) => Tokens[k].Kind == TokenKind.Word && Has(k, Cls.Superlative);

    /// <summary>Whether a superlative stands in the clause just before the quantity starting at <paramref name="first"/>.</summary>
    private bool SuperlativeBefore(int first)
    {
        for (int k = first - 1; k >= _sentenceFirst && k >= first - 7; k--)
        {
            if (Tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }

            if (Superlative(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Runs a list on past <paramref name="last"/> while its items follow.</summary>
    private int ListChain(ReadOnlySpan<(int First, int Last)> at, int last, int end)
    {
        while (CanJoin(at, last, last + 1) && ListNext(at[last].First, at[last].Last, at[last + 1].First, at[last + 1].Last, end))
        {
            last++;
        }

        return VoteTail(at, last, end);
    }

    /// <summary>"by 312 votes to 219, with 14 abstentions": the abstentions after a tally.</summary>
    private int VoteTail(ReadOnlySpan<(int First, int Last)> at, int last, int end)
    {
        if (!CanJoin(at, last, last + 1) || Between(at[last].Last, at[last + 1].First) is < 2 or > 9
            || !(Is(at[last + 1].First - 1, "with") || Is(at[last + 1].First - 1, "and")) || !VoteWordsAfter(at[last + 1].Last, end))
        {
            return last;
        }

        // "330 to 275 in favour of the bill, with 18 abstentions": the side voted for may come before the comma.
        int k = at[last].Last + 1;
        while (k < at[last + 1].First - 2 && Tokens[k].Kind == TokenKind.Word && !Has(k, Cls.Breaker | Cls.Reporting | Cls.Verb | Cls.ChangeVerb))
        {
            k++;
        }

        return k == at[last + 1].First - 2 && Is(k, ",") ? last + 1 : last;
    }

    /// <summary>The most tokens between a tally and the margin or threshold after it (", clearing the threshold of").</summary>
    private const int MaxTallyRider = 9;

    /// <summary>Extends a tally ending with quantity <paramref name="last"/> by the margin or threshold set after it, after a
    /// comma: "by 301 votes to 195, a government majority of 106", "voted 68-32 to advance the bill, clearing the threshold
    /// of 60 needed", "by 53 votes to 24, above the 49 needed" (a [Reference] word after the figure or a [VoteMargin] or
    /// [Reference] word before its "of"). Only a plain count joins: "voted 7-2 to approve the budget, above the 5% target" keeps
    /// the budget's figure.</summary>
    private int TallyRider(ReadOnlySpan<Quantity> qs, ReadOnlySpan<(int First, int Last)> at, int last, int end)
    {
        if (!CanJoin(at, last, last + 1) || qs[last + 1].Unit.Kind != UnitKind.Count || Between(at[last].Last, at[last + 1].First) > MaxTallyRider)
        {
            return last;
        }

        int firstOfB = at[last + 1].First;
        int lastOfB = at[last + 1].Last;
        bool margin = firstOfB - 2 > at[last].Last && Is(firstOfB - 1, "of")
            && (Guarded(firstOfB - 2, Guard.VoteMargin) || Reference(firstOfB - 2));
        bool needed = lastOfB + 1 < end && Reference(lastOfB + 1) && Is(firstOfB - 1, "the");
        if (!margin && !needed)
        {
            return last;
        }

        // A comma closes the tally's clause; what follows it up to the rider is no new clause, source or move.
        bool comma = false;
        for (int k = at[last].Last + 1; k < firstOfB; k++)
        {
            if (Is(k, ","))
            {
                comma = true;
            }
            else if (Tokens[k].Kind != TokenKind.Word || Has(k, Cls.Breaker | Cls.Reporting | Cls.ChangeVerb))
            {
                return last;
            }
        }

        return comma ? last + 1 : last;
    }

    /// <summary>"Goldman Sachs Research put the rise in data centre power demand by 2030 at 165%": the size of a move
    /// named as the object of "put … at".</summary>
    private bool PutTheMoveAt(int first)
    {
        if (first - 3 < _sentenceFirst || !Is(first - 1, "at"))
        {
            return false;
        }

        bool move = false;
        for (int k = first - 2; k >= _sentenceFirst && k >= first - 13; k--)
        {
            if (Tokens[k].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            move |= Has(k, Cls.ChangeNoun);
            if (Has(k, Cls.Put))
            {
                return move;
            }
        }

        return false;
    }

    /// <summary>A word naming a side of a vote: "favour", "against", "abstentions".</summary>
    private bool VoteWord(int k) =>
        Is(k, "favour") || Is(k, "favor") || Is(k, "against") || Is(k, "abstentions") || Is(k, "abstention") || Is(k, "abstained")
        || Is(k, "abstaining");

    /// <summary>Whether a side of a vote follows the quantity ending at <paramref name="last"/>: "9 against", "25 abstentions",
    /// "198 votes in favour".</summary>
    private bool VoteWordsAfter(int last, int end)
    {
        for (int k = last + 1; k < end && k <= last + 3; k++)
        {
            if (VoteWord(k))
            {
                return true;
            }

            if (Tokens[k].Kind != TokenKind.Word || Is(k, "and"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the quantity after a change joined it by "and" with only time phrases and its noun between:
    /// "record losses of 6% in 2022 and 4.4% in 2023", "rose 3% in May and 2% in June".</summary>
    /// <remarks>With <paramref name="sameKind"/> (B in A's kind of unit) the coordination may be wider: "but (only)" ("grew
    /// 5.8% in nominal terms but only 1.3% after inflation") and ", and" after a longer time phrase ("expanded 0.8%
    /// quarter-on-quarter in the three months to September, and 3.4% on an annual basis").</remarks>
    private bool CoordinatedWith(int lastOfA, int firstOfB, bool sameKind = false)
    {
        int gap = Between(lastOfA, firstOfB);
        int c = sameKind && firstOfB - 2 > lastOfA && Guarded(firstOfB - 1, Guard.Restrictive) ? firstOfB - 2 : firstOfB - 1;
        bool wide = sameKind && (Is(c, "but") || Is(c, "and") && c - 1 > lastOfA && Is(c - 1, ","));
        if (gap < 1 || gap > (wide ? MaxListGap + 6 : MaxListGap) || !(Is(c, "and") || wide))
        {
            return false;
        }

        int commaOk = wide && Is(c - 1, ",") ? c - 1 : -1;
        for (int j = lastOfA + 1; j < c; j++)
        {
            if (!Skippable(j, lastOfA, verbs: false) || Is(j, ",") && j != commaOk)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"shed 1,200 cabin crew jobs", "lose 48 council seats": a count of what a body holds, so a verb that moves
    /// a share moves it too.</summary>
    private bool Headcount(int last, int end)
    {
        // "Greens gain 39 council seats as Conservatives lose 85": the noun is said once, for the first count.
        if (last + 1 >= end || Tokens[last + 1].Kind == TokenKind.Punctuation)
        {
            for (int k = last - 1; k >= _sentenceFirst && k >= last - 8; k--)
            {
                if (Has(k, Cls.Headcount))
                {
                    return true;
                }
            }

            return false;
        }

        for (int k = last + 1; k < end && k <= last + 3; k++)
        {
            if (Tokens[k].Kind != TokenKind.Word || Has(k, Cls.Preposition | Cls.Breaker))
            {
                return false;
            }

            if (Has(k, Cls.Headcount))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"wiped an estimated $5.4 billion off the value", "knocking €1.2 billion off", "would add about $6,000 to the
    /// average price": a move in value; also with the amount told as an average ("wiped an average of £50,000 off the
    /// value") and past a per-unit tail ("will add £48 a year to the average bill").</summary>
    /// <remarks>With <paramref name="toToo"/> (an amount, not a share: "could add 6% to earnings per share" states the
    /// share of a level) "to" after the amount says where it was added.</remarks>
    private bool WipedOff(int first, int last, int end, bool toToo)
    {
        int verb = first - 1;
        if (Is(verb, "of") && (Is(verb - 2, "an") || Is(verb - 2, "a")) && Tokens[verb - 1].Kind == TokenKind.Word && !Has(verb - 1, Cls.Wiping))
        {
            verb -= 3; // "an average of", "a total of"
        }

        int k = last + 1;
        if (k + 2 < end && (Is(k, "a") || Is(k, "an") || Is(k, "per")) && Has(k + 1, Cls.TimeWord))
        {
            k += 2; // "a year", "per month"
        }

        return verb >= _sentenceFirst && Has(verb, Cls.Wiping) && k < end && (Is(k, "off") || Is(k, "from") || toToo && Is(k, "to"));
    }

    /// <summary>Whether "off" or "from" follows the quantity starting at <paramref name="firstOfB"/> within its clause.</summary>
    private bool OffAfter(int firstOfB)
    {
        for (int k = firstOfB + 1; k < Tokens.Length && k <= firstOfB + 6; k++)
        {
            // "wiping $9 billion off", "erasing roughly $11 billion in market value", "adding about £110 a year to a typical bill"
            if (Is(k, "off") || Is(k, "from") || Is(k, "to") || Is(k, "value") || Is(k, "valuation"))
            {
                return true;
            }

            if (Tokens[k].Kind == TokenKind.Punctuation)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>How many tokens of [<paramref name="from"/>, <paramref name="to"/>) lie inside a source of the sentence.</summary>
    private int SourceTokensIn(int from, int to)
    {
        int n = 0;
        foreach (SourceSpan s in _sources)
        {
            if (s.First >= from && s.Last < to)
            {
                n += s.Last - s.First + 1;
            }
        }

        return n;
    }

    /// <summary>A word of an attribution passed over inside a bridge: the source itself, its verb, "according to".</summary>
    private bool AttributionWord(int j) =>
        InsideSource(j, _sources) || Has(j, Cls.Reporting | Cls.Lead) || Is(j, "to") && Is(j - 1, "according");

    /// <summary>A quantity right after a name: "Labour 411".</summary>
    private bool NamedResult(int first) =>
        first - 1 >= _sentenceFirst && Tokens[first - 1].Kind == TokenKind.Word && Tokens[first - 1].Has(TokenTraits.Capitalized)
        && !Has(first - 1, Cls.Determiner | Cls.Preposition | Cls.Breaker);

    /// <summary>", Conservatives 121": a comma and a name of one to three words between two results ("; Euro area 0.4%" in a
    /// text table's rows).</summary>
    private bool NamedNext(int lastOfA, int firstOfB)
    {
        // "Democrats 213 seats, Republicans 220": the first result's noun before the comma.
        int comma = lastOfA + 1;
        if (comma < firstOfB && Tokens[comma].Kind == TokenKind.Word && !Tokens[comma].Has(TokenTraits.Capitalized)
            && !Has(comma, Cls.Breaker | Cls.Preposition | Cls.Determiner | Cls.Reporting | Cls.ChangeVerb))
        {
            comma++;
        }

        int gap = Between(comma - 1, firstOfB);
        bool table = Is(comma, ";"); // "US 0.7%; Euro area 0.4%; UK 0.1%": a text table's rows
        if (gap is < 2 or > 4 || !(Is(comma, ",") || table))
        {
            return false;
        }

        for (int k = comma + 1; k < firstOfB; k++)
        {
            if (Tokens[k].Kind != TokenKind.Word || !(Tokens[k].Has(TokenTraits.Capitalized) || table && k > comma + 1)
                || Has(k, Cls.Determiner | Cls.Preposition | Cls.Breaker))
            {
                return false;
            }
        }

        return true;
    }
}
