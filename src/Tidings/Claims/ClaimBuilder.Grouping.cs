using Tidings.Numbers;

namespace Tidings.Claims;

/// <summary>
/// The grouping room: which quantities of a sentence form one claim, and in which relation.
/// </summary>
/// <remarks>
/// A small grammar over the words between two neighbouring quantities A and B (the bridge, read by the bridge room,
/// <see cref="Bridge"/>, into the link that says how B relates to A). The link and the context of A (a verb of movement
/// before it, "up"/"down", "9% more than a year earlier" after it) choose the relation. Every look is bounded by a few
/// tokens, so grouping is linear.
/// </remarks>
internal sealed partial class ClaimBuilder
{
    /// <summary>Chooses the relation of the claim that starts at quantity <paramref name="q"/>; returns its last quantity.</summary>
    private int Group(ReadOnlySpan<Quantity> qs, ReadOnlySpan<(int First, int Last)> at, int q, int end, out ClaimRelation relation)
    {
        Quantity head = qs[q];

        // A vote tally in one token: "68-32".
        if (CanJoin(at, q, q + 1) && at[q].Last == at[q + 1].First)
        {
            relation = ClaimRelation.Comparison;
            return TallyRider(qs, at, VoteTail(at, q + 1, end), end);
        }

        // "UK CPI 3.2% y/y in November (3.5%)", "PMI 50.9 (prev. 50.2)", "86.8 (cons. 86.0; prev. 85.7)": a figure and the
        // bracket of labelled figures annotating it, its earlier value or what was expected (the annotation room).
        if (AnnotatedFigure(qs, at, q, end, out relation) is >= 0 and int annotated)
        {
            return annotated;
        }

        // "2,104 (2021), 2,388 (2022), 2,617 (2023)", "has fallen at every election since 2010 (71%, 66%, 63% and 59%)": one
        // measure's values at successive dates (the series room).
        if (DatedSeries(at, q, end) is >= 0 and int series)
        {
            relation = ClaimRelation.Change;
            return series;
        }

        // "exactly the 14.1 million tonnes gathered in 2023", "the same as France's 2.4%": two figures matched by a word of
        // equality; "The programme's goal was 1,000 …; it delivered 412": a target and its outcome (the matches room).
        if (EqualFigures(qs, at, q, end, out relation) is >= 0 and int matched)
        {
            return matched;
        }

        if (TargetAgainstOutcome(qs, at, q, end) is >= 0 and int outcome)
        {
            relation = ClaimRelation.Comparison;
            return outcome;
        }

        // "a household earning £30,000 would pay £4,486": a worked example's amounts and its result (the example room).
        if (WorkedExample(qs, at, q, end, out relation) is >= 0 and int worked)
        {
            return worked;
        }

        // "On a £20,000 car loan, a longer term cuts the monthly payment from £620 to £395": the fronted base joins the claim
        // after it.
        if (CanJoin(at, q, q + 1) && FrontedBase(at, q, end))
        {
            return Group(qs, at, q + 1, end, out relation);
        }

        // "one nurse for every 12 patients", "one computer for every 38 pupils": a count for every count of another noun.
        if (CanJoin(at, q, q + 1) && ForEvery(at[q].Last, at[q + 1].First))
        {
            relation = ClaimRelation.Ratio;
            return q + 1;
        }

        // "Every £1 spent on the school breakfast pilot returned £2.30", "for every $1 invested the economy gains $4": what
        // one unit of money returns, a ratio of the two (session 37, claims37b, b25; not "40p in every £1", one share).
        if (CanJoin(at, q, q + 1) && EveryUnitReturns(qs, at, q))
        {
            relation = ClaimRelation.Ratio;
            return q + 1;
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

        // "recovered from a 38-year low of 161.9 per dollar to trade at 149.6", "peaked at 8.2% in 2021 and has since fallen
        // back to 5.9%": an extreme and the level the measure moved to from it (the extremes room).
        if (ExtremeAndLevel(qs, at, q, end) is >= 0 and int extreme)
        {
            relation = ClaimRelation.Change;
            return extreme;
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
            // "A final gift of $750,000 took the museum's appeal to $10.4m, past its $10m goal": the level carried past its
            // goal is set against it as well (session 37, claims37b, b25); "…, still short of its $60 million goal" stays a
            // move and a goal of its own (b11).
            int carried = ChangeChain(qs, at, q + 1, end);
            relation = carried + 1 < at.Length && Is(at[carried + 1].First - 2, "past") && ExpectedAfter(qs, at, carried, end)
                ? ClaimRelation.Comparison : ClaimRelation.Change;
            return relation == ClaimRelation.Comparison ? carried + 1 : carried;
        }

        // "Inventories contributed 1.1 percentage points to the 2.8% annualised growth rate": the part's points are a move
        // of their own, apart from the whole's.
        if (ContributedPoints(head, at[q].First, at[q].Last, end))
        {
            relation = ClaimRelation.Change;
            return q;
        }

        bool moving = _gappedMove || MoveBefore(at[q].First, IsShare(head) || head.Unit.Kind == UnitKind.PercentagePoints || Headcount(at[q].Last, end))
            || WipedOff(at[q].First, at[q].Last, end, !IsShare(head)) || PutTheMoveAt(at[q].First) || CarriedLevel(at[q].First);
        bool moveAfter = MoveAfter(at[q].Last, end); // read once: the relation below asks again

        // "$40 a share in cash, a 30% premium to Friday's closing price": a price and the premium it carries (the deal room).
        if (!moving && joins && PriceWithPremium(qs, at, q, end) is >= 0 and int premium)
        {
            relation = ClaimRelation.Comparison;
            return premium;
        }

        // "earned $1,274 and $1,051 respectively": levels shared out over their subjects.
        if (!moving && !moveAfter && Respectively(qs, at, q, end) is int shared && shared > q)
        {
            relation = ClaimRelation.Comparison;
            return shared;
        }

        // "Prices in Warsaw, Kraków and Gdańsk rose 9%, 11% and 6% respectively": moves shared out over their subjects, each
        // a change of its own (the sentence loop carries the move to the next ones).
        if (moving && Respectively(qs, at, q, end) is int movedEach && movedEach > q)
        {
            relation = ClaimRelation.Change;
            _respectivelyLast = movedEach;
            return q;
        }

        // "Rents in Lisbon rose 9% in 2022, 12% in 2023 and 7% last year": the sizes of one measure's moves in successive
        // periods, each a change of its own (not "from 39% in 2014 to 46% in 2018 and 53% in 2022", a path of levels).
        if (moving && joins && head.Unit == qs[q + 1].Unit && !Is(at[q].First - 1, "to") && !Is(at[q].First - 1, "at") && !Is(at[q].First - 1, "from")
            && !Is(at[q + 1].First - 1, "to") && PathNext(at[q].Last, at[q + 1].First, at[q + 1].Last, end))
        {
            // Inside a chain read already, its end stands: reading it again from every item would be quadratic.
            relation = ClaimRelation.Change;
            _respectivelyLast = q < _respectivelyLast ? _respectivelyLast : PathChain(qs, at, q + 1, end);
            return q;
        }

        // "Exports rose 9% and 6% respectively, adding $3bn and $2bn": the last move shared out takes no figure after it
        // (the money after it is shared out too, not the last move's).
        if (moving && q == _respectivelyLast)
        {
            relation = ClaimRelation.Change;
            return q;
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

        // "A 2p cut in the basic rate of income tax would cost about £13bn", "a 5.5% pay rise, worth £210m": a move and the
        // money it costs, saves or raises (the costs room).
        if ((moving || moveAfter && !AgainstReference(at[q].Last, end)) && CostOfMove(qs, at, q))
        {
            relation = ClaimRelation.Change;
            return ChangeChain(qs, at, q + 1, end);
        }

        // "Before the fund opened, 41% of tenants were behind on rent; a year later the figure was 29%"; "In the north-east,
        // four in 10 pubs have closed since 2000; in London the figure is one in four" (session 37, claims37b, b25).
        if (link == Link.None && !moving && joins && head.Unit.Kind == qs[q + 1].Unit.Kind
            && SemicolonSequel(at[q].Last, at[q + 1].First) is var sequel && sequel != ClaimRelation.Single)
        {
            relation = sequel;
            return q + 1;
        }

        // "One in 10 children starting school is now obese, double the rate of 30 years ago", "Renters in Dublin spend almost
        // half their income on housing, nearly twice the share in Cork": a whole clause, then a multiple of a reference
        // after a comma (session 37, claims37b, b25).
        if (!moving && joins && link is Link.None or Link.Appositive && MultipleAfterClause(qs, at, q))
        {
            relation = PastWithin(at[q + 1].Last, end) || OwnFigureAfter(at[q + 1].Last) ? ClaimRelation.Change : ClaimRelation.Comparison;
            return q + 1;
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

            // "One in three pupils in Tower Hamlets …, compared with one in 10 in Richmond": the same kind of share for
            // another group (a comparison), or for the same group in its past (a change).
            // "Just over a quarter of Dutch commuters cycle to work, against 3% of British ones": a percentage as well.
            if (link == Link.Comparison && IsShare(qs[q + 1]) && !IsMultiple(qs[q + 1]) && !IsRatioValue(qs[q + 1]))
            {
                // "goes from 2 in 1,000 to 3 in 1,000": a share that moved.
                relation = PastAfter(at[q + 1].Last, end) || EarlierPeriodAfter(at[q + 1].Last, end) || Is(at[q].First - 1, "from")
                    ? ClaimRelation.Change : ClaimRelation.Comparison;
                return q + 1;
            }

            // "Nearly a quarter of voters, 23%, remain undecided": the share restated; "Eight in 10 voters, or 79%".
            bool whole = link is Link.Ratio or Link.Restate or Link.Appositive && IsWhole(qs[q + 1])
                || link == Link.Restate && qs[q + 1].Unit.Kind == UnitKind.Percent && CanJoin(at, q, q + 1)
                || link == Link.Appositive && CanJoin(at, q, q + 1) && RestatedShare(qs, at, q, end);
            bool counted = head.Text.Contains(" of ", StringComparison.Ordinal) || head.Text.Contains(" in ", StringComparison.Ordinal);
            relation = moving && !whole && !counted ? ClaimRelation.Change : ClaimRelation.Ratio; // not "shut down two of three reactors"
            return whole ? q + 1 : q;
        }

        switch (link)
        {
            case Link.Tally:
                relation = ClaimRelation.Comparison;
                return TallyRider(qs, at, VoteTail(at, q + 1, end), end); // "…, a government majority of 106"
            case Link.Comparison:
                // "5.1%, compared with 4.9% a year earlier" compares a value with its past: a change.
                // "eased to 61.8% in July, as opposed to 71.6% in June", "compared with 61,700 in the same period of last
                // year", "compared with an original estimate of £18 billion": the same measure in an earlier period.
                // Not "more than the A$9.3 billion forecast in May": a forecast of the result, not its past.
                if (!ForecastAfter(at[q + 1].Last, end) && !Is(at[q + 1].First - 1, "not") && !OtherGroupAfter(at[q + 1].Last, end)
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

                // "raised the share to 39.4%, from 33.6% for those sent the standard letter": the level of another group,
                // a comparison (session 37, claims37b, b25).
                if (last == q + 1 && Is(at[q + 1].First - 1, "from") && OtherGroupAfter(at[q + 1].Last, end))
                {
                    relation = ClaimRelation.Comparison;
                    return last;
                }

                // "fell 23% to $13.7 billion, short of the $13.9 billion consensus": the move's result against what was expected.
                if (ExpectedAfter(qs, at, last, end))
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
            case Link.Restate or Link.Appositive when (RatioPair(qs[q], at[q], qs[q + 1], at[q + 1], end)
                || link == Link.Appositive && OfTheBefore(at[q].First)) && !(link == Link.Appositive && ComparativeThanAfter(at[q + 1].Last, end)):
                // Not "shipped 9.4 million phones, a third more than a year earlier": a move of the level (session 37, b25).
                // "plans to shed 1,200 jobs, or 6% of its workforce": a part and its share of the whole, even after a move.
                relation = ClaimRelation.Ratio;
                return RatioChain(qs, at, q + 1);
            case Link.Appositive when !moving && (AgainstReference(at[q + 1].Last, end) || DistanceFromExtreme(at[q + 1].Last, end)):
                // "peaked at 17.2 million square kilometres, about 1.5 million below the 1981-2010 average"; "won 169 seats,
                // three short of the 172 needed": the reference's own figure as well. "peaked at 5.26 metres on Sunday
                // night, 20cm below its 2000 record": a distance from a named extreme (session 36, claims36b).
                relation = ClaimRelation.Comparison;
                return CanJoin(at, q + 1, q + 2) && at[q + 2].First - at[q + 1].Last <= 4 ? q + 2 : q + 1;
            case Link.Restate when !moving && CanJoin(at, q + 1, q + 2)
                && Bridge(at[q + 1].Last, at[q + 2].First, moving: false, sameUnit: qs[q + 1].Unit == qs[q + 2].Unit) == Link.Comparison:
                // "received 7,176,141 votes, or 50.49%, against 6,942,930 for Odinga": a tally restated as a share, then its rival.
                relation = ClaimRelation.Comparison;
                return ParallelChain(qs, at, q + 2, end);
            case Link.Appositive when !moving && ThanOther(at[q + 1].Last, end):
                // "operated 112 flights a week, 40 fewer than United": a difference from a rival or a plan, no move.
                // "took on 612 new officers, about 190 fewer than the 800 it had set out to hire": the plan's own figure
                // as well (session 37, claims37b, b25).
                // "18% lower than the 183 cents shareholders were offered last year": the plan's figure of the past, a move.
                if (CanJoin(at, q + 1, q + 2) && at[q + 2].First - at[q + 1].Last <= 4 && Is(at[q + 2].First - 1, "the"))
                {
                    relation = PastInClause(at[q + 2].Last, end) ? ClaimRelation.Change : ClaimRelation.Comparison;
                    return q + 2;
                }

                relation = ClaimRelation.Comparison;
                return q + 1;
            case Link.Restate or Link.Appositive when moving || MoveAfter(at[q + 1].Last, end)
                || link == Link.Restate && qs[q + 1].Unit.Kind == UnitKind.Percent && !IsShare(head) // "added $1.12, or 1.5%, to $74.12"
                || link == Link.Appositive && SignedShift(qs[q + 1]) && !SignedShift(head): // "Q3 revenue $1.84bn, +5% YoY"
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

            // "A decade ago, 41% of teenagers read for pleasure; today the figure is 23%": one measure at two times.
            if (ParallelTimeRestated(at[q].Last, at[q + 1].First))
            {
                relation = ClaimRelation.Change;
                return q + 1;
            }

            // "Recycling rates were 44% in 2020 and 45% in 2023": one level at two times, each with its own, is a path.
            if (PathNext(at[q].Last, at[q + 1].First, at[q + 1].Last, end))
            {
                relation = ClaimRelation.Change;
                return PathChain(qs, at, q + 1, end);
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

        // "a 12% discount to the value of its assets", "trails Oscar Piastri by 34 points": a difference from another price
        // or a rival.
        if (!moving && DifferenceFromRival(at[q].First, at[q].Last, end))
        {
            relation = ClaimRelation.Comparison;
            return q;
        }

        // "16% less per hour than men", "£300 a year more for electricity than the national average": a difference told
        // past a per-unit tail or the counted noun; "1,400 fewer police officers … than a decade ago" is a move.
        if (!moving && !movedAfter && !IsMultiple(qs[q]) && ThanAcross(at[q].Last, end) is int than && than > 0)
        {
            relation = ThanOwnPast(than, end) ? ClaimRelation.Change : ClaimRelation.Comparison;
            return q;
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

        // "Attendance at trial schools rose by 1.2 percentage points more than at control schools": a move set against
        // another group's, a comparison (session 37, claims37b, b25).
        if (moving && ThanOther(at[q].Last, end) && (Is(at[q].Last + 3, "at") || Is(at[q].Last + 3, "for") || Is(at[q].Last + 3, "among")))
        {
            relation = ClaimRelation.Comparison;
            return q;
        }

        // "wages in Burnley are 22% below the national average": a lone distance from the average of a wider group is a
        // comparison (b18). The measure's own long-run average ("8% below the long-period average") stays single: b4 and b10
        // disagree on it; a lone distance from a named extreme ("still 15% below its 2021 high") stays a move: b10, b11, b14
        // and b24 read a comparison, b20 a change, and b20's relation floor holds it (session 38, claims38).
        if (!moving && moveAfter && FromGroupAverage(at[q].Last, end))
        {
            relation = ClaimRelation.Comparison;
            return q;
        }

        // "LFL sales +3.9%", "Card spending -0.8% MoM": a percentage written with its sign is the size of a move.
        relation = moving || movedAfter || SignedShift(qs[q]) ? ClaimRelation.Change : ClaimRelation.Single;
        return q;
    }

    /// <summary>Whether the quantity after <paramref name="last"/>, the end of a move, is what was expected or set for its
    /// result, linked by a word of comparison ("fell 23% to $13.7 billion, short of the $13.9 billion consensus"; "took
    /// the appeal to $10.4m, past its $10m goal").</summary>
    private bool ExpectedAfter(ReadOnlySpan<Quantity> qs, ReadOnlySpan<(int First, int Last)> at, int last, int end) =>
        CanJoin(at, last, last + 1) && Bridge(at[last].Last, at[last + 1].First, moving: true, sameUnit: qs[last].Unit == qs[last + 1].Unit) == Link.Comparison
        && ExpectedFigure(at[last].Last, at[last + 1].First, at[last + 1].Last, end);

    /// <summary>Whether <paramref name="q"/> is a percentage or a number of points written with its sign ("+5%", "-0.8%",
    /// "+1.3pp"): shorthand for the size of a move.</summary>
    private bool SignedShift(Quantity q) =>
        q.Unit.Kind is UnitKind.Percent or UnitKind.PercentagePoints && q.Start < _text.Length && _text[q.Start] is '+' or '-' or '\u2212';

    /// <summary>Whether quantity <paramref name="b"/> exists and may join the claim of <paramref name="a"/>: quantities
    /// attributed to different sources never form one claim ("police estimated …, while organizers …").</summary>
    /// <remarks>Reads the per-quantity source codes <see cref="SourceCodes"/> set once per sentence (the same answer as
    /// asking the sources for both quantities at every call). Two figures inside one source may join each other: this is
    /// meant only for the figures of one relative clause ("Vance Retail, whose sales fell 8% to $2 billion last year,"),
    /// and the only caller that groups inside figures bounds them by the clause's closing comma
    /// (<see cref="RelativeClauseLimit"/>).</remarks>
    private bool CanJoin(ReadOnlySpan<(int First, int Last)> at, int a, int b) =>
        b < at.Length && (_sourceCodes[b] == (_sourceCodes[a] & ~InsideSourceCode)
            || (_sourceCodes[a] & InsideSourceCode) != 0 && _sourceCodes[b] == _sourceCodes[a]); // two figures of one relative clause inside a source
}
