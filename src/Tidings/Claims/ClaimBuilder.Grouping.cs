using Tidings.Numbers;
using Tidings.Text;
using Cls = Tidings.Claims.ClaimWords.Cls;
using Guard = Tidings.Claims.ClaimGuards.Guard;

namespace Tidings.Claims;

/// <summary>
/// The grouping room: which quantities of a sentence form one claim, and in which relation.
/// </summary>
/// <remarks>
/// A small grammar over the words between two neighbouring quantities A and B (the bridge). The bridge is read from B
/// backwards: first what belongs to B's noun phrase (a determiner, a possessor: "the country's", "Remain's"), then the
/// link head that says how B relates to A ("to", "from", "up from", "compared with", "as opposed to", "below the",
/// "of", ", or", "including", "wiping"), and what is left between A and the head must be skippable: A's counted noun
/// and time phrases ("in the year to March", "on Tuesday", "a year earlier"), never a new clause. The head and the
/// context of A (a verb of movement before it, "up"/"down", "9% more than a year earlier" after it) choose the
/// relation. Every look is bounded by a few tokens, so grouping is linear.
/// </remarks>
internal sealed partial class ClaimBuilder
{
    /// <summary>The longest bridge read between two quantities of one claim.</summary>
    private const int MaxBridge = 16;

    /// <summary>How the quantity after a bridge relates to the one before it.</summary>
    private enum Link
    {
        None,

        /// <summary>"to", "from", "by", "up", "down", "wiping": one move.</summary>
        Change,

        /// <summary>"at": one move only when the first quantity is already a move ("up 1.8% at $9,870").</summary>
        ChangeInContext,

        /// <summary>", or": the same thing restated ("$2.10, or 2.6%", "4,000 roles, or about 8%").</summary>
        Restate,

        /// <summary>A bare comma: an appositive ("5.6 million people, one in six adults") or a change against a period.</summary>
        Appositive,

        /// <summary>"against", "versus", "compared with", "as opposed to", "below the", "to Remain's".</summary>
        Comparison,

        /// <summary>"of its", "including", "of which", "equivalent to": a part and its whole.</summary>
        Ratio,

        /// <summary>"7 to 2" after a vote.</summary>
        Tally,
    }

    /// <summary>Chooses the relation of the claim that starts at quantity <paramref name="q"/>; returns its last quantity.</summary>
    private int Group(ReadOnlySpan<Quantity> qs, ReadOnlySpan<(int First, int Last)> at, int q, int end, out ClaimRelation relation)
    {
        Quantity head = qs[q];

        // A vote tally in one token: "68-32".
        if (CanJoin(at, q, q + 1) && at[q].Last == at[q + 1].First)
        {
            relation = ClaimRelation.Comparison;
            return VoteTail(at, q + 1, end);
        }

        // "split between Cornwall (£40m) and Devon (£25m)", "cost £1.4 billion, of which schools must find £350 million".
        if (Allocation(qs, at, q, out relation) is >= 0 and int allocated)
        {
            return relation == ClaimRelation.Ratio ? PartsOfWhom(qs, at, allocated) : allocated;
        }

        if (LeadWithShares(qs, at, q) is >= 0 and int leadLast)
        {
            relation = ClaimRelation.Comparison; // "leads by six points, 46% to 40%"
            return leadLast;
        }

        if (CohortComparison(at, q, end) is >= 0 and int cohortLast)
        {
            relation = ClaimRelation.Comparison; // "People who walked 7,000 steps had a 47% lower risk than those who walked 4,000"
            return cohortLast;
        }

        // "Another 612 people crossed the Channel on Saturday, taking the total for the year to 33,684": a move and the
        // level it carried its measure to.
        // The carrying verb before B ("…, taking the total for the year to 33,684"), read once: it says both whether B is
        // the level A's move carried its measure to and whether B opens a clause of its own.
        bool joins = CanJoin(at, q, q + 1);
        bool carriedOther = false;
        int carry = joins ? CarryBefore(at[q + 1].First, atToo: true, out carriedOther) : -1;
        if (joins && CarriedTo(qs, at, q, carry, carriedOther))
        {
            relation = ClaimRelation.Change;
            return ChangeChain(qs, at, q + 1, end);
        }

        bool moving = _gappedMove || MoveBefore(at[q].First, IsShare(head) || head.Unit.Kind == UnitKind.PercentagePoints || Headcount(at[q].Last, end))
            || WipedOff(at[q].First, at[q].Last, end, !IsShare(head)) || PutTheMoveAt(at[q].First) || CarriedLevel(at[q].First);
        bool moveAfter = MoveAfter(at[q].Last, end); // read once: the relation below asks again

        // "earned $1,274 and $1,051 respectively": levels shared out over their subjects.
        if (!moving && !moveAfter && Respectively(qs, at, q, end) is int shared && shared > q)
        {
            relation = ClaimRelation.Comparison;
            return shared;
        }

        bool movingOrAfter = moving || moveAfter; // "ended 6% lower at €4.12"
        Link link = joins && !CarryClause(at[q].Last, carry) && !(movingOrAfter && head.Unit.Kind == qs[q + 1].Unit.Kind && GappedConjunct(at[q].Last, at[q + 1].First, at[q + 1].Last, end)
                && (_gappedMove || MoveVerbBefore(at[q].First)))
            ? Bridge(at[q].Last, at[q + 1].First, movingOrAfter, head.Unit == qs[q + 1].Unit, LevelAndMove(head, qs[q + 1]))
            : Link.None;

        // "owed £1.3 million to 64 subcontractors": a count after the money's "to" is who it goes to, no move.
        if (link == Link.Change && !movingOrAfter && head.Unit.Kind == UnitKind.Currency && qs[q + 1].Unit.Kind == UnitKind.Count
            && (Is(at[q + 1].First - 1, "to") && !FromBefore(at[q].Last) || Is(at[q + 1].First - 1, "from")))
        {
            // "stole about £1.3 million from 240 elderly victims": the count after "from" is whom it was taken from.
            link = Link.None;
        }

        // "between 350 and 370 seats, short of the 400 it had targeted": a range compared with a value.
        if (head.Approximation == Approximation.Range)
        {
            // "between 361 and 401 of the 543 seats": a range of parts of a whole.
            if (link == Link.Ratio && IsWhole(qs[q + 1]))
            {
                relation = ClaimRelation.Ratio;
                return q + 1;
            }

            // "narrowed its forecast to 2-3% from 1-3%": a range that moved from another range.
            // "FY revenue $10.4bn-$10.6bn (prior: $10.1bn-$10.3bn)": the same, as a labelled bracket.
            if (link == Link.Change && qs[q + 1].Approximation == Approximation.Range && (Is(at[q + 1].First - 1, "from") || Is(at[q + 1].First - 1, ":")))
            {
                relation = ClaimRelation.Change;
                return q + 1;
            }

            // "expects £120 million to £140 million, down from an earlier forecast of £400 million": a range moved from a value.
            if (link == Link.Change && FromIn(at[q].Last, at[q + 1].First))
            {
                relation = ClaimRelation.Change;
                return q + 1;
            }

            // "capital spending of $20 billion to $22 billion, against $22 billion to $25 billion previously": a range moved.
            relation = link != Link.Comparison ? ClaimRelation.Range
                : PastAfter(at[q + 1].Last, end) && !ForecastAfter(at[q + 1].Last, end) ? ClaimRelation.Change : ClaimRelation.Comparison;
            return link == Link.Comparison ? q + 1 : q;
        }

        // "The 9,300 job losses break down as 4,100 in retail, 3,000 in hospitality and 2,200 in manufacturing": parts that add
        // up to their whole; "41% of the grants, the south 35% and the islands the remaining 24%": shares that add up to 100%.
        if (!moving && Breakdown(qs, at, q, out ClaimRelation split) is int parts && parts > q)
        {
            relation = split;
            return parts;
        }

        // "Of the 342 people treated at the hospital since Friday, 58 were children": the whole, then its part (and the
        // parts listed after it: "Of the 3,200 delegates, 1,150 are women and 260 are under 30").
        if (OfTheBefore(at[q].First) && IsWhole(head) && CanJoin(at, q, q + 1) && OfTheWholeBridge(at[q].Last, at[q + 1].First))
        {
            relation = ClaimRelation.Ratio;
            return PartsChain(qs, at, q, RatioChain(qs, at, q + 1));
        }

        // Results by name: "Labour 411, Conservatives 121, Liberal Democrats 72", "Yes 54.3%, No 45.7%".
        if (NamedResult(at[q].First) && CanJoin(at, q, q + 1) && NamedNext(at[q].Last, at[q + 1].First))
        {
            int last = q + 1;
            while (CanJoin(at, last, last + 1) && NamedNext(at[last].Last, at[last + 1].First))
            {
                last++;
            }

            relation = ClaimRelation.Comparison;
            return last;
        }

        if (head.Unit.Kind == UnitKind.Ratio && !IsMultiple(head) && !IsRatioValue(head))
        {
            // "a quarter of the country's 45 million people", "A tenth of the world's population, or about 800 million".
            // "fell by about half", "lost nearly a fifth of their value": a share something moved by is a change.
            // "lost nearly a fifth of their value …, wiping about $11 billion off", "Four in 10 …, up from one in four".
            if (link == Link.Change && (moving || qs[q + 1].Unit.Kind == UnitKind.Ratio))
            {
                relation = ClaimRelation.Change;
                return ChangeChain(qs, at, q + 1, end);
            }

            // "Nearly a quarter of voters, 23%, remain undecided": the share restated.
            bool whole = link is Link.Ratio or Link.Restate or Link.Appositive && IsWhole(qs[q + 1])
                || link == Link.Appositive && CanJoin(at, q, q + 1) && RestatedShare(qs, at, q, end);
            bool counted = head.Text.Contains(" of ", StringComparison.Ordinal) || head.Text.Contains(" in ", StringComparison.Ordinal);
            relation = moving && !whole && !counted ? ClaimRelation.Change : ClaimRelation.Ratio; // not "shut down two of three reactors"
            return whole ? q + 1 : q;
        }

        switch (link)
        {
            case Link.Tally:
                relation = ClaimRelation.Comparison;
                return VoteTail(at, q + 1, end);
            case Link.Comparison:
                // "5.1%, compared with 4.9% a year earlier" compares a value with its past: a change.
                // "eased to 61.8% in July, as opposed to 71.6% in June", "compared with 61,700 in the same period of last
                // year", "compared with an original estimate of £18 billion": the same measure in an earlier period.
                // Not "more than the A$9.3 billion forecast in May": a forecast of the result, not its past.
                if (!ForecastAfter(at[q + 1].Last, end) && !Is(at[q + 1].First - 1, "not")
                    && (PastAfter(at[q + 1].Last, end) || EarlierPeriodAfter(at[q + 1].Last, end) || EarlierReading(at[q].Last, at[q + 1].First, at[q + 1].Last, end)
                    || EarlierYear(at[q].Last, at[q + 1].First, at[q + 1].Last, end) || PastOfUndated(at[q].Last, at[q + 1].First, at[q + 1].Last, end)))
                {
                    relation = ClaimRelation.Change;
                    return q + 1;
                }

                // "versus 22% for the Conservatives and 16% for Reform UK": each rival with its own number.
                relation = ClaimRelation.Comparison;
                return ParallelChain(qs, at, q + 1, end);
            case Link.Ratio when IsMultiple(head):
                // "twice the EU average of 14.5%": a multiple of a reference's figure compares, it is no part of a whole.
                relation = ClaimRelation.Comparison;
                return q + 1;
            case Link.Ratio when !(head.Unit.Kind == UnitKind.Count && qs[q + 1].Unit.Kind == UnitKind.Currency):
                // not "defrauded at least 3,000 investors of more than €90 million": people are no part of money
                // "The toll rose to 63, including 19 children": the level a move reached, with its breakdown, is the move.
                relation = moving && Is(at[q].First - 1, "to") && Is(at[q + 1].First - 1, "including") ? ClaimRelation.Change : ClaimRelation.Ratio;
                return PartsOfWhom(qs, at, RatioChain(qs, at, q + 1));

            case Link.Change:
            case Link.ChangeInContext when movingOrAfter:
            {
                relation = ClaimRelation.Change;
                int last = ChangeChain(qs, at, q + 1, end);

                // "fell 23% to $13.7 billion, short of the $13.9 billion consensus": the move's result against what was expected.
                if (CanJoin(at, last, last + 1) && Bridge(at[last].Last, at[last + 1].First, moving: true) == Link.Comparison
                    && ExpectedFigure(at[last].Last, at[last + 1].First, at[last + 1].Last, end))
                {
                    relation = ClaimRelation.Comparison;
                    return last + 1;
                }

                return last;
            }
            case Link.Restate or Link.Appositive when (IsMultiple(qs[q + 1]) || FractionOfReference(qs[q + 1], at[q + 1].Last, end)) && (!moving || MultipleOfFigure(at, q + 1)):
                // "8,400 trips, twice as many as drivers", "is five times the national average": a multiple of another figure;
                // "three times as many as five years ago", "nearly double the number in 2019": of the measure's past; "rose
                // 0.5%, twice the 0.25% economists expected": a move set against another figure as well.
                // "more than double the 10.9 gigawatts installed a year earlier": the figure's own past after it.
                bool ofFigure = MultipleOfFigure(at, q + 1);
                relation = PastWithin(at[q + 1].Last, end) || OwnFigureAfter(at[q + 1].Last) || ofFigure && PastWithin(at[q + 2].Last, end)
                    ? ClaimRelation.Change : ClaimRelation.Comparison;
                return ofFigure ? q + 2 : q + 1;
            case Link.Restate or Link.Appositive when RatioPair(qs[q], at[q], qs[q + 1], at[q + 1], end)
                || link == Link.Appositive && OfTheBefore(at[q].First):
                // "plans to shed 1,200 jobs, or 6% of its workforce": a part and its share of the whole, even after a move.
                relation = ClaimRelation.Ratio;
                return RatioChain(qs, at, q + 1);
            case Link.Appositive when !moving && AgainstReference(at[q + 1].Last, end):
                // "peaked at 17.2 million square kilometres, about 1.5 million below the 1981-2010 average"; "won 169 seats,
                // three short of the 172 needed": the reference's own figure as well.
                relation = ClaimRelation.Comparison;
                return CanJoin(at, q + 1, q + 2) && at[q + 2].First - at[q + 1].Last <= 4 ? q + 2 : q + 1;
            case Link.Restate when !moving && CanJoin(at, q + 1, q + 2)
                && Bridge(at[q + 1].Last, at[q + 2].First, moving: false) == Link.Comparison:
                // "received 7,176,141 votes, or 50.49%, against 6,942,930 for Odinga": a tally restated as a share, then its rival.
                relation = ClaimRelation.Comparison;
                return ParallelChain(qs, at, q + 2, end);
            case Link.Appositive when !moving && ThanOther(at[q + 1].Last, end):
                // "operated 112 flights a week, 40 fewer than United": a difference from a rival or a plan, no move.
                relation = ClaimRelation.Comparison;
                return q + 1;
            case Link.Restate or Link.Appositive when moving || MoveAfter(at[q + 1].Last, end)
                || link == Link.Restate && qs[q + 1].Unit.Kind == UnitKind.Percent && !IsShare(head): // "added $1.12, or 1.5%, to $74.12"
                relation = ClaimRelation.Change;
                return ChangeChain(qs, at, q + 1, end);
        }

        // "Some 41% approve of the plan, while 55% disapprove": two shares of one population, each with its view.
        if (link == Link.None && IsShare(head) && CanJoin(at, q, q + 1) && IsShare(qs[q + 1]) && Between(at[q].Last, at[q + 1].First) <= MaxBridge
            && Is(at[q + 1].First - 1, "while") && Is(at[q + 1].First - 2, ",") && OpinionAfter(at[q + 1].Last, end))
        {
            relation = ClaimRelation.Comparison;
            return q + 1;
        }

        // "Some 41,000 students enrolled, 14% fewer than the year before": a level's clause, then its move against its past.
        if (link == Link.None && CanJoin(at, q, q + 1) && Is(at[q + 1].First - 1, ",") && Between(at[q].Last, at[q + 1].First) <= 6
            && MoveAfter(at[q + 1].Last, end) && PastAfter(at[q + 1].Last, end))
        {
            relation = ClaimRelation.Change;
            return q + 1;
        }

        // "Dubai's hotels sold 41.9 million room nights in the year, up 6%; occupancy was 78.2%": a level's clause, then its
        // move closing the clause.
        if (link == Link.None && !moving && !IsShare(head) && CanJoin(at, q, q + 1) && MoveClosingClause(at[q].Last, at[q + 1].First, at[q + 1].Last, end))
        {
            relation = ClaimRelation.Change;
            return q + 1;
        }

        // "Officials rejected 31,880 ballots as spoilt, 1.9% of the total": a whole's clause, then its share.
        if (link is Link.None or Link.Appositive && !moving && CanJoin(at, q, q + 1) && ShareAfterClause(qs, at, q, end))
        {
            relation = ClaimRelation.Ratio;
            return q + 1;
        }

        // "A total of 1,240 people have been treated …, of whom 310 were children", "detained 64 people, among them 9 minors".
        if (!moving && CanJoin(at, q, q + 1) && IsWhole(head) && PartAfterClause(at[q].Last, at[q + 1].First))
        {
            relation = ClaimRelation.Ratio;
            return PartsChain(qs, at, q, q + 1);
        }

        // "At least 29 people were killed, 11 of them children", "22 ministers (10 of them women)": a part of the quantity
        // before, after its clause.
        if (CanJoin(at, q, q + 1) && (Is(at[q + 1].First - 1, ",") || Is(at[q + 1].First - 1, ";") || Is(at[q + 1].First - 1, "(") || AddingThat(at[q + 1].First - 1) || AndIn(at[q].Last + 1, at[q + 1].First)) && Between(at[q].Last, at[q + 1].First) <= MaxBridge
            && OfThemAfter(at[q + 1].Last, end) && IsWhole(head))
        {
            relation = ClaimRelation.Ratio;
            return q + 1;
        }

        // "Monsoon rainfall was 8% below the long-period average": a difference from a reference, not a move.
        // "had a 27% higher risk of heart disease": a comparative between "a" and its noun describes, it does not move.
        bool movedAfter = moveAfter && !AgainstReference(at[q].Last, end) && !Attributive(at[q].First, at[q].Last, end);

        // One measure for two subjects, no move on either side and nothing linking them: "Xiaomi shipped 42.8 million
        // phones, while Transsion shipped 27.1 million" (two rivals); "Eleven cases occurred in the vaccine group and 94 in
        // the placebo group" (the verb said once).
        if (link == Link.None && !moving && !movedAfter && joins && SameMeasure(qs[q], qs[q + 1]))
        {
            if (WhileRival(qs, at, q, end))
            {
                relation = ClaimRelation.Comparison;
                return q + 1;
            }

            if (GappedPair(at, q, end) is int pair && pair > q)
            {
                relation = ClaimRelation.Comparison;
                return pair;
            }
        }

        // "Toyota sold 214,000 vehicles in the quarter, Honda 132,000 and Nissan 98,000": levels of gapped conjuncts compared.
        if (link is Link.None or Link.Appositive && !moving && !movedAfter && GappedLevels(qs, at, q, end) is int levels && levels > q)
        {
            relation = ClaimRelation.Comparison;
            return levels;
        }

        // Lists that share one verb: "Paris received 41 votes, Los Angeles 39 and Hamburg 12", "143 votes in favour,
        // 9 against and 25 abstentions", "126 medals, ahead of China with 91 and Britain with 65".
        if (link is Link.None or Link.Appositive && !moving && !movedAfter && CanJoin(at, q, q + 1)
            && ListNext(at[q].First, at[q].Last, at[q + 1].First, at[q + 1].Last, end))
        {
            relation = ClaimRelation.Comparison;
            return ListChain(at, q + 1, end);
        }

        // "Annual inflation ran at 2.2% in July, 2.4% in August and 2.6% in September": a path without a verb of movement.
        if (!moving && link is Link.None or Link.Appositive && ThreePoints(qs, at, q, end))
        {
            relation = ClaimRelation.Change;
            return PathChain(qs, at, q + 2, end);
        }

        // "a 20% lower risk of stroke than those on placebo", "1.68C warmer than the pre-industrial average": a difference
        // from something other than the measure's own past.
        if (!moving && DifferenceFromOther(at[q].Last, end))
        {
            relation = ClaimRelation.Comparison;
            return q;
        }

        // "2.5 times the risk", "four times as much carbon", "1.7 times more likely": a multiple compares with something
        // else, even when it is the claim's one figure.
        if (!moving && !movedAfter && qs[q].Unit.Kind == UnitKind.Ratio && IsMultiple(qs[q]) && !Valuation(at[q].Last + 1, end))
        {
            // "paid 2.5 times more per kilo than two years ago": a multiple of the measure's own past is a move.
            relation = ThanPast(at[q].Last, end) ? ClaimRelation.Change : ClaimRelation.Comparison;
            return q;
        }

        relation = moving || movedAfter ? ClaimRelation.Change : ClaimRelation.Single;
        return q;
    }

    /// <summary>Whether quantity <paramref name="b"/> exists and may join the claim of <paramref name="a"/>: quantities
    /// attributed to different sources never form one claim ("police estimated …, while organizers …").</summary>
    /// <remarks>Reads the per-quantity source codes <see cref="SourceCodes"/> set once per sentence (the same answer as
    /// asking the sources for both quantities at every call).</remarks>
    private bool CanJoin(ReadOnlySpan<(int First, int Last)> at, int a, int b) =>
        b < at.Length && _sourceCodes[b] == (_sourceCodes[a] & ~InsideSourceCode);

    /// <summary>Reads the bridge between quantity A (ending at <paramref name="lastOfA"/>) and B (starting at
    /// <paramref name="firstOfB"/>): its link head, then whether the rest can be skipped.</summary>
    /// <remarks><paramref name="levelMove"/>: B may be the move that reached level A (<see cref="LevelAndMove"/>).</remarks>
    private Link Bridge(int lastOfA, int firstOfB, bool moving, bool sameUnit = false, bool levelMove = false)
    {
        int gap = Between(lastOfA, firstOfB);
        if (gap < 1 || gap > MaxBridge + 12)
        {
            return Link.None;
        }

        int k = firstOfB - 1;

        // B's own noun phrase: a possessor ("Remain's 48.1%", "the visitors' 9", "the country's 4,400") and a determiner.
        bool possessive = false;
        if (k - 1 > lastOfA && IsPossessiveMark(k))
        {
            possessive = true;
            k -= 2;

            // "the central bank's 2% target": the possessor's other words, back to its determiner.
            for (int steps = 0; steps < 2 && k - 1 > lastOfA && Tokens[k].Kind == TokenKind.Word
                && !Has(k, Cls.Determiner | Cls.Breaker | Cls.Preposition | Cls.Comparative) && !IsLinkWord(k) && !ComparedVerb(k); steps++)
            {
                k--;
            }
        }

        // "to a record £661.8 million", "to a seasonally adjusted 212,000": modifiers between B and its determiner.
        if (k - 1 > lastOfA && Tokens[k].Kind == TokenKind.Word && !Has(k, Cls.Determiner))
        {
            int j = k;
            while (j > lastOfA + 1 && j > k - 3 && Tokens[j].Kind == TokenKind.Word && !Tokens[j].Has(TokenTraits.Capitalized)
                && !Has(j, Cls.Determiner | Cls.Breaker | Cls.Preposition | Cls.Comparative) && !IsLinkWord(j) && !Is(j, "of"))
            {
                j--;
            }

            if (j < k && j > lastOfA && Has(j, Cls.Determiner) && !Is(j, "that") && j - 1 > lastOfA
                && (IsLinkWord(j - 1) || Is(j - 1, "from") || Is(j - 1, "at") || Is(j - 1, "above") || Is(j - 1, "below") // "well above the usual 4.99% cap"
                    || Is(j - 1, "with") && j - 2 > lastOfA && Is(j - 2, "compared")))
            {
                k = j;
            }
        }

        if (k > lastOfA && Has(k, Cls.Determiner) && !Is(k, "that"))
        {
            k--;
        }

        // "more than double the 10.9 gigawatts installed a year earlier", "twice the 2% target": a multiple of B.
        bool multiple = k > lastOfA && Has(k + 1, Cls.Determiner) && (Is(k, "double") || Is(k, "twice") || Is(k, "triple") || Is(k, "treble"));

        // "Coal 18% vs renewables 45%": B's own noun after the comparison word.
        if (k - 1 > lastOfA && Tokens[k].Kind == TokenKind.Word && !Has(k, Cls.Determiner | Cls.Breaker | Cls.Preposition)
            && (Is(k - 1, "vs") || Is(k - 1, "vs.") || Is(k - 1, "versus")))
        {
            k--;
        }

        // "just 3,000", "well below", "far above"
        while (k > lastOfA && Guarded(k, Guard.DegreeAdverb))
        {
            k--;
        }

        // "to an average of £1,290", "from a peak of 2,300", "against a safe level of 50": the link comes before "a … of".
        if (k - 2 > lastOfA && Is(k, "of"))
        {
            int j = k - 1;
            while (j > lastOfA + 1 && j >= k - 8 && (Tokens[j].Kind == TokenKind.Word || Tokens[j].Kind == TokenKind.Number || Is(j, "-") || IsPossessiveMark(j))
                && !Has(j, Cls.Determiner | Cls.Breaker | Cls.Preposition) && !Is(j, "to"))
            {
                j--;
            }

            if (j > lastOfA + 1 && j < k - 1 && Has(j, Cls.Determiner) && (Is(j - 1, "to") || Is(j - 1, "from") || Is(j - 1, "against")
                || Is(j - 1, "vs") || Is(j - 1, "vs.") || Is(j - 1, "versus") || Is(j - 1, "with") || Is(j - 1, "below") || Is(j - 1, "above")
                || Is(j - 1, "behind") || Is(j - 1, "than") || ComparedVerb(j - 1)
                || Is(j - 1, "of") && j - 2 > lastOfA && (Is(j - 2, "short") || Is(j - 2, "ahead") || Is(j - 2, "shy"))))
            {
                k = j - 1;
            }
            else if (k - 2 > lastOfA && (BareNoun(k - 1) || ExpectationNoun(k - 1)) && ReferenceHead(k - 1, lastOfA) is int v && v > lastOfA)
            {
                k = v; // "against expectations of a 0.3% rise", "beating forecasts of 0.9%", "compared with market expectations of"
            }
            else if (j - 3 > lastOfA && j < k - 1 && Has(j, Cls.Determiner) && Is(j - 1, "for") && ExpectationNoun(j - 2))
            {
                k = j - 3; // "compared with forecasts for a gain of 25,000": the head before the forecast
            }
        }

        // "1.6 million tonnes in the crop year, an increase of 11%", "64,000 arrivals, a rise of 59%": a level and its move.
        bool changeApposition = false;
        if (k - 3 > lastOfA && Is(k, "of"))
        {
            int j = k - 1;
            bool changeNoun = false;
            while (j > lastOfA + 1 && j >= k - 3 && Tokens[j].Kind == TokenKind.Word && !Has(j, Cls.Determiner | Cls.Breaker))
            {
                changeNoun |= Has(j, Cls.ChangeNoun);
                j--;
            }

            if (changeNoun && (Is(j, "a") || Is(j, "an")) && j - 1 > lastOfA && Is(j - 1, ","))
            {
                k = j - 1;
                changeApposition = true;
            }
        }

        if (k <= lastOfA)
        {
            return Link.None;
        }

        Link link;
        int headFirst = k;
        bool verbsInRest = false;
        ReadOnlySpan<char> w = Word(k);
        if (changeApposition)
        {
            link = Link.Change;

            // "Some 5.9 million travellers passed through Schiphol during July, an increase of 4% on the same month of last
            // year": a move against a period is plain enough to pass the level's verb.
            verbsInRest = AgainstPeriodAfter(firstOfB, _sentenceFirst + _sentenceLength);
        }
        else if (multiple)
        {
            link = Link.Comparison;
            headFirst = k - 2 > lastOfA && (Is(k - 2, "more") || Is(k - 2, "less")) && Is(k - 1, "than") ? k - 2 : k;
        }
        else if (w.Equals("worth", StringComparison.OrdinalIgnoreCase))
        {
            link = Link.ChangeInContext; // "rose 0.3% in March, leaving the average home worth £263,770"
        }
        else if (k - 2 > lastOfA && HavingMoved(k + 1))
        {
            link = Link.Change; // "slumped to $57,800 on Monday, having shed more than 15% in a week"
            headFirst = k - 2;
        }
        else if (!moving && levelMove && k - 2 > lastOfA && k + 1 == firstOfB && MovedLevel(k))
        {
            link = Link.Change; // "stood at 4.1% in November after rising 0.3 percentage points", "touched 19.4 before recovering to 18.9"
            headFirst = Is(k, "to") ? k - 2 : k - 1;
        }
        else if (BracketedExpectation(k, lastOfA) is int open && open > lastOfA)
        {
            link = Link.Comparison; // "grew 0.4% quarter-on-quarter (consensus: 0.2%)"
            headFirst = open;
        }
        else if (LabelledBracket(k, lastOfA, sameUnit, out bool expectedLabel) is int labelled && labelled > lastOfA)
        {
            link = expectedLabel ? Link.Comparison : Link.Change; // "$0.84 (est. $0.79)", "18.5p (2024: 17.0p)"
            headFirst = labelled;
        }
        else if (CorrectionLink(k, lastOfA, sameUnit))
        {
            link = Link.Comparison; // "34%, not 40% as previously reported"
            headFirst = k - 1;
        }
        else if (EarlierReadingAfterComma(k, lastOfA) is int earlier && earlier > lastOfA)
        {
            link = Link.Change; // "after a revised 0.9% gain in May, previously reported as 1.1%"
            headFirst = earlier;
        }
        else if (Tokens[k].Kind == TokenKind.Punctuation)
        {
            // "down 41.3 (0.5%)": the same move in brackets; "Revenue £4.21bn (£3.96bn)", "Euro $1.0412 (-0.3%)": a figure
            // with its earlier value or its move in brackets, a change.
            link = Is(k, ",") ? Link.Appositive : moving && gap == 1 && Is(k, "(") ? Link.Restate
                : Is(k, "(") && BracketedPrior(lastOfA, k, firstOfB, sameUnit) ? Link.Change : Link.None;
        }
        else if (w.Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            if (k - 1 > lastOfA && (Is(k - 1, "opposed") || Is(k - 1, "compared")))
            {
                link = Link.Comparison;
                headFirst = k - 1 - (k - 2 > lastOfA && Is(k - 2, "as") ? 1 : 0);
                verbsInRest = true;
            }
            else if (k - 1 > lastOfA && (Is(k - 1, "equivalent") || Is(k - 1, "equal")))
            {
                link = Link.Ratio;
                headFirst = k - 1;
            }
            else if (possessive)
            {
                link = Link.Comparison;
            }
            else if (TallyBefore(lastOfA) || k - 1 > lastOfA && (Is(k - 1, "votes") || Is(k - 1, "seats"))
                || (!moving && ByBefore(lastOfA)))
            {
                link = Link.Tally;
            }
            else if (!moving && sameUnit && !FromBefore(lastOfA) && !MoveWordIn(lastOfA + 1, k) && !ShareMoveBefore(lastOfA))
            {
                link = Link.Comparison; // "outspent Democrats $410 million to $260 million": two sides, no move
            }
            else
            {
                link = Link.Change;
            }
        }
        else if (w.Equals("by", StringComparison.OrdinalIgnoreCase) && k - 1 > lastOfA && (Is(k - 1, "dwarfed") || ComparedIn(lastOfA + 1, k) >= 0))
        {
            // "about 2,000, dwarfed by the 6,000 police officers"; "outselling its nearest rival by almost 300,000": the
            // margin over a rival, no move.
            link = Link.Comparison;
            headFirst = Is(k - 1, "dwarfed") ? k - 1 : ComparedIn(lastOfA + 1, k);
        }
        else if (w.Equals("from", StringComparison.OrdinalIgnoreCase) || w.Equals("by", StringComparison.OrdinalIgnoreCase)
            || w.Equals("up", StringComparison.OrdinalIgnoreCase) || w.Equals("down", StringComparison.OrdinalIgnoreCase))
        {
            link = Link.Change;

            // "4,800 people applied for asylum in March, up from 3,900": "up from" is plain enough to pass a verb.
            // ", slowing from 6.7% in the previous quarter": a move in -ing after a comma, as plain.
            // "down slightly from 67.8%": an adverb between as well.
            verbsInRest = w.Equals("from", StringComparison.OrdinalIgnoreCase) && k - 1 > lastOfA && (Is(k - 1, "up") || Is(k - 1, "down")
                || k - 2 > lastOfA && (Is(k - 2, "up") || Is(k - 2, "down")) && Word(k - 1).EndsWith("ly", StringComparison.OrdinalIgnoreCase)
                || k - 2 > lastOfA && Is(k - 2, ",") && Has(k - 1, Cls.ChangeVerb) && Word(k - 1).EndsWith("ing", StringComparison.OrdinalIgnoreCase));

            // "Only 62.8% of trains arrived on time in the quarter, down 3.1 percentage points": a level's clause, then its
            // move after a comma, in points or percent.
            verbsInRest |= (w.Equals("up", StringComparison.OrdinalIgnoreCase) || w.Equals("down", StringComparison.OrdinalIgnoreCase))
                && k - 1 > lastOfA && Is(k - 1, ",") && k + 1 == firstOfB && (LevelThenPoints(lastOfA, firstOfB) || AgainstPeriodAfter(firstOfB, _sentenceFirst + _sentenceLength));

            // "The MCG crowd of 72,814 was down 8%": the level, then its move as the predicate.
            verbsInRest |= (w.Equals("up", StringComparison.OrdinalIgnoreCase) || w.Equals("down", StringComparison.OrdinalIgnoreCase))
                && k - 1 == lastOfA + 1 && (Is(k - 1, "was") || Is(k - 1, "were") || Is(k - 1, "is") || Is(k - 1, "are"));
        }
        else if (w.Equals("was", StringComparison.OrdinalIgnoreCase) || w.Equals("were", StringComparison.OrdinalIgnoreCase)
            || w.Equals("is", StringComparison.OrdinalIgnoreCase) || w.Equals("are", StringComparison.OrdinalIgnoreCase))
        {
            link = Link.Appositive; // "Revenue of $12.4 billion was 7% higher than …"
        }
        else if (w.Equals("at", StringComparison.OrdinalIgnoreCase))
        {
            // "30% of the EU's electricity, overtaking fossil fuels at 27%": a rival with its own figure.
            int rival = RivalBefore(k, lastOfA);
            link = rival >= 0 ? Link.Comparison : Link.ChangeInContext;
            headFirst = rival >= 0 ? rival : k;

            // "slipped to 88.4 in December, having peaked at 100.7 in June": the level the move came down from.
            if (rival < 0 && moving && k - 2 > lastOfA && (Is(k - 1, "peaked") || Is(k - 1, "bottomed")) && Is(k - 2, "having"))
            {
                link = Link.Change;
                headFirst = k - 2;
            }
        }
        else if (w.Equals("with", StringComparison.OrdinalIgnoreCase))
        {
            // "gained 14 seats overnight to finish with 86": the level the move ended at.
            link = k - 1 > lastOfA && (Is(k - 1, "compared") || Is(k - 1, "compares") || Is(k - 1, "contrasts") || Is(k - 1, "compare"))
                ? Link.Comparison
                : k - 2 > lastOfA && (Is(k - 1, "finish") || Is(k - 1, "end")) && Is(k - 2, "to") ? Link.ChangeInContext : Link.None;
            headFirst = k - 1;
            verbsInRest = true;
        }
        else if (w.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            // "one short of the 77 needed", "slightly ahead of the 30% Wall Street expected", "just shy of the 50% mark"
            if (k - 1 > lastOfA && (Is(k - 1, "short") || Is(k - 1, "ahead") || Is(k - 1, "shy")))
            {
                link = Link.Comparison;
                headFirst = k - 1;
            }
            else if (k - 2 > lastOfA && Is(k - 1, "fraction"))
            {
                link = Link.Comparison;
                headFirst = k - 2;
            }
            else
            {
                link = Link.Ratio;
            }
        }
        else if (w.Equals("which", StringComparison.OrdinalIgnoreCase) || w.Equals("whom", StringComparison.OrdinalIgnoreCase))
        {
            link = k - 1 > lastOfA && Is(k - 1, "of") ? Link.Ratio : Link.None;
            headFirst = k - 1;
        }
        else if (w.Equals("or", StringComparison.OrdinalIgnoreCase))
        {
            link = k - 1 > lastOfA && Is(k - 1, ",") ? Link.Restate : Link.None;
            headFirst = k - 1;
        }
        else if (w.Equals("including", StringComparison.OrdinalIgnoreCase) || w.Equals("include", StringComparison.OrdinalIgnoreCase)
            || w.Equals("includes", StringComparison.OrdinalIgnoreCase))
        {
            link = Link.Ratio;
            verbsInRest = Is(k - 1, ","); // "At least 42 people were killed, including 15 children"
        }
        else if (w.Equals("against", StringComparison.OrdinalIgnoreCase) || w.Equals("versus", StringComparison.OrdinalIgnoreCase)
            || w.Equals("vs", StringComparison.OrdinalIgnoreCase) || w.Equals("vs.", StringComparison.OrdinalIgnoreCase))
        {
            link = Link.Comparison;
            verbsInRest = true;
            headFirst = k - 1 > lastOfA && (Is(k - 1, "as") || Tokens[k - 1].Has(TokenTraits.OpenBracket)) ? k - 1 : k; // "as against", "(vs"
        }
        else if (w.Equals("below", StringComparison.OrdinalIgnoreCase) || w.Equals("above", StringComparison.OrdinalIgnoreCase)
            || w.Equals("beyond", StringComparison.OrdinalIgnoreCase) || w.Equals("exceeding", StringComparison.OrdinalIgnoreCase)
            || w.Equals("surpassing", StringComparison.OrdinalIgnoreCase) || w.Equals("topping", StringComparison.OrdinalIgnoreCase)
            || w.Equals("beating", StringComparison.OrdinalIgnoreCase) || w.Equals("trailing", StringComparison.OrdinalIgnoreCase)
            || w.Equals("behind", StringComparison.OrdinalIgnoreCase) || w.Equals("than", StringComparison.OrdinalIgnoreCase)
            || ComparedVerb(k))
        {
            link = Link.Comparison;
        }
        else if (w.Equals("for", StringComparison.OrdinalIgnoreCase))
        {
            // "13 hostages for 39 prisoners", "in exchange for"
            bool exchange = k - 2 > lastOfA && Is(k - 1, "exchange") && Is(k - 2, "in");
            link = gap <= 4 || exchange ? Link.Comparison : Link.None;
            headFirst = exchange ? k - 2 : k;
        }
        else if (Has(k, Cls.Wiping))
        {
            // "tumbled 31% … after it cut its profit outlook, knocking €1.2 billion off its market value": the size of
            // the move in value follows whatever explains the move.
            link = moving && OffAfter(firstOfB) ? Link.Change : Link.None;
            if (link == Link.Change && Is(k - 1, ","))
            {
                return link;
            }
        }
        else
        {
            link = Link.None;
        }

        if (link == Link.None)
        {
            return Link.None;
        }

        // A comparison word is plain enough to pass the first quantity's verb: "25 people turned up, far short of the 500".
        verbsInRest |= link == Link.Comparison;

        // ", compared with 64% of men" after a whole clause: "61% of women described their health as good, compared with …".
        bool clauseThenCompared = link == Link.Comparison && headFirst - 1 > lastOfA && Is(headFirst - 1, ",") && Is(headFirst, "compared");

        // ", as opposed to 44% for the governor" after a whole clause as well.
        clauseThenCompared |= link == Link.Comparison && headFirst - 1 > lastOfA && Is(headFirst - 1, ",") && Is(headFirst, "as")
            && headFirst + 1 < firstOfB && Is(headFirst + 1, "opposed");

        // "Only 61.4% of trains … arrived on time in the four weeks to 12 October, well below the 85% target": a whole
        // clause, then the reference it falls short of or exceeds.
        clauseThenCompared |= link == Link.Comparison && ClauseThenReference(lastOfA, headFirst, firstOfB);

        // A source between the two ("rose to 61,100 in March, Bank of England data showed on Tuesday, from 60,500") is
        // passed over with its attribution words, and does not count towards the bridge's length.
        int sourceTokens = SourceTokensIn(lastOfA + 1, headFirst);
        if (gap - sourceTokens > MaxBridge && !clauseThenCompared)
        {
            return Link.None;
        }

        // ", taking the annual rate to 2.4% from 3.2%", ", with airfares up 8.9%": B with a move of its own, in a clause
        // of its own, is a claim of its own (", taking a Band D bill to £2,171" only gives the level A's move led to).
        bool ownMove = w.Equals("up", StringComparison.OrdinalIgnoreCase) || w.Equals("down", StringComparison.OrdinalIgnoreCase) || FromAfter(firstOfB);

        // "fell 3.1% in the three months to September, the steepest drop since 2020, to 412,000": an aside between commas.
        int aside = link == Link.Change && moving ? AsideBefore(lastOfA, headFirst) : -1;

        // "and 35 abstentions" never; what lies between A and the head must be A's noun and time phrases.
        for (int j = lastOfA + 1; j < headFirst && j != aside && !clauseThenCompared; j++)
        {
            if (!Skippable(j, lastOfA, verbsInRest) && !(sourceTokens > 0 && AttributionWord(j))
                || (ownMove || link == Link.ChangeInContext && Is(j, "with") && !MoveOrIngIn(j + 1, headFirst)) && NewClauseAfterComma(j))
            {
                return Link.None;
            }
        }

        // "of" joins a part to its whole only right after the part's noun ("23 of its 60", "8% of its staff of 50,000"),
        // not after a new phrase ("3,000 troops face a force of about 10,000").
        if (link == Link.Ratio && w.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            for (int j = lastOfA + 1; j < headFirst; j++)
            {
                if (Is(j, "a") || Is(j, "an") || Is(j, ","))
                {
                    return Link.None;
                }
            }
        }

        return link == Link.ChangeInContext && !moving ? Link.None : link;
    }
}
