using Tidings.Numbers;
using Tidings.Text;
using Cls = Tidings.Claims.ClaimWords.Cls;
using Guard = Tidings.Claims.ClaimGuards.Guard;

namespace Tidings.Claims;

/// <summary>
/// The chains room: a move and the level it carries a measure to ("212 new cases overnight, lifting the total since
/// August to 8,940"; "A late gift of $5 million brought the appeal's total to $41 million"; "pushing the death toll past
/// 2,000"), and levels shared out over parallel subjects ("earned $1,274 and $1,051 respectively"; "shipped 42.8
/// million phones, while Transsion shipped 27.1 million").
/// </summary>
/// <remarks>Every look is bounded by a few tokens of the sentence, so the room adds linear work at most.</remarks>
internal sealed partial class ClaimBuilder
{
    /// <summary>The longest noun phrase read between a carrying verb and its level ("the average rent on a council flat in
    /// the borough").</summary>
    private const int MaxCarriedPhrase = 12;

    /// <summary>The most levels "respectively" shares out ("38%, 29% and 17% … respectively").</summary>
    private const int MaxRespectively = 6;

    /// <summary>The longest stretch read between a move and the verb that carries its measure on.</summary>
    private const int MaxCarryTail = 16;

    /// <summary>The carrying verb ("taking", "brought", "pushing") whose level is the quantity starting at
    /// <paramref name="firstOfB"/>: "…, taking the Band D charge to £1,958", "lifting it to a record 4%", "leaving it at
    /// 10.75%", "pushing the death toll past 2,000"; -1 when none. <paramref name="atToo"/>: "at" may carry as well
    /// ("leaving it at", not "left its rate at" alone). <paramref name="otherMeasure"/>: the carried noun phrase names a
    /// measure of its own ("the annual rate", "its lead").</summary>
    private int CarryBefore(int firstOfB, bool atToo, out bool otherMeasure)
    {
        otherMeasure = false;
        int floor = _sentenceFirst - 1;
        int k = firstOfB - 1;

        // "to a record 4%", "to a new 2,400"
        if (k - 1 > floor && (Is(k, "record") || Is(k, "new")) && (Is(k - 1, "a") || Is(k - 1, "an")))
        {
            k -= 2;
        }

        if (k <= floor || !(Is(k, "to") || Is(k, "past") || Is(k, "above") || Is(k, "beyond") || Is(k, "over") || atToo && Is(k, "at")))
        {
            return -1;
        }

        k--;

        // "taking its workforce down to roughly 11,000"
        if (k > floor && (Is(k, "down") || Is(k, "up")))
        {
            k--;
        }

        // The carried noun phrase, back to its verb; "bringing the number taking action to": the outer verb after a comma.
        int found = -1;
        bool other = false;
        for (int steps = 0; k > floor && steps <= MaxCarriedPhrase; steps++, k--)
        {
            Token t = Tokens[k];
            if (t.Kind == TokenKind.Punctuation && !IsPossessiveMark(k) && !Is(k, "-"))
            {
                break;
            }

            if (steps > 0 && Has(k, Cls.Carry))
            {
                found = k;
                otherMeasure = other;
                if (k - 1 > floor && (Is(k - 1, ",") || Is(k - 1, "to")))
                {
                    break;
                }
            }

            other |= Has(k, Cls.OtherMeasure);
        }

        return found;
    }

    /// <summary>Whether the quantity after <paramref name="q"/> is the level its move carried a measure to: "Another 612
    /// people crossed the Channel on Saturday, taking the total for the year to 33,684" (one change). Not a second measure
    /// after a percentage move ("rose 0.8% in the month, pushing the annual rate to 4.2%"), nor across a new clause
    /// ("…, which pushed the Green candidate's lead to 312").</summary>
    /// <remarks><paramref name="v"/> is the carrying verb before B (<see cref="CarryBefore"/> with "at" too, read once by
    /// the caller), -1 for none; <paramref name="otherMeasure"/> whether the phrase it carries names a measure of its own.</remarks>
    private bool CarriedTo(ReadOnlySpan<Quantity> qs, ReadOnlySpan<(int First, int Last)> at, int q, int v, bool otherMeasure)
    {
        if (qs[q].Unit.Kind == UnitKind.Percent && qs[q + 1].Unit.Kind == UnitKind.Percent
            || qs[q].Approximation == Approximation.Range || qs[q + 1].Approximation == Approximation.Range)
        {
            return false;
        }

        if (v < 0 || otherMeasure || Between(at[q].Last, v) > MaxCarryTail)
        {
            return false;
        }

        // "shed 11,800 jobs in August, its biggest monthly loss since the pandemic, leaving employment at 742,500": an
        // aside between commas may stand before the carrying verb.
        for (int j = at[q].Last + 1; j < v; j++)
        {
            if (Tokens[j].Kind == TokenKind.Punctuation
                ? !Is(j, ",") && !IsPossessiveMark(j) && !Is(j, "-")
                : Is(j, "and") || Is(j, "but") || Is(j, "while") || Is(j, "whereas") || Is(j, "which") || Is(j, "who"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a lone level is what a carrying verb took its measure to: "The new loan takes the country's
    /// external debt to $40.6 billion" (a change, as "rose to" is).</summary>
    private bool CarriedLevel(int firstOfQuantity) => CarryBefore(firstOfQuantity, atToo: false, out _) >= 0;

    /// <summary>The last of the levels that <paramref name="q"/> opens and "respectively" shares out over their subjects
    /// ("earned median weekly wages of $1,274 and $1,051 respectively", "won 38%, 29% and 17% of the vote respectively");
    /// -1 when there is none.</summary>
    private int Respectively(ReadOnlySpan<Quantity> qs, ReadOnlySpan<(int First, int Last)> at, int q, int end)
    {
        // At most a few items, so a run-on list of numbers stays linear.
        int last = q;
        while (last - q < MaxRespectively && CanJoin(at, last, last + 1) && qs[last + 1].Unit == qs[q].Unit && ListSeparator(at[last].Last, at[last + 1].First))
        {
            last++;
        }

        if (last == q)
        {
            return -1;
        }

        // "… of the vote respectively", "… a litre respectively", ", respectively"
        for (int k = at[last].Last + 1; k < end && k <= at[last].Last + 5; k++)
        {
            if (Is(k, "respectively"))
            {
                return last;
            }

            if (Tokens[k].Kind == TokenKind.Punctuation && !Is(k, ",") || Tokens[k].Kind == TokenKind.Number || Has(k, Cls.Breaker))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"A and B", "A, B", "A, and B": two items of a list with nothing else between.</summary>
    private bool ListSeparator(int lastOfA, int firstOfB) => Between(lastOfA, firstOfB) switch
    {
        1 => Is(lastOfA + 1, ",") || Is(lastOfA + 1, "and"),
        2 => Is(lastOfA + 1, ",") && Is(lastOfA + 2, "and"),
        _ => false,
    };

    /// <summary>Whether the quantity after <paramref name="q"/> is the same measure for a rival subject, in a clause of
    /// its own after ", while" / ", whereas" with no move on either side: "Xiaomi shipped 42.8 million phones in the
    /// quarter, while Transsion shipped 27.1 million"; "State revenue reached A$1.9 billion, while the Commonwealth
    /// collected A$4.4 billion".</summary>
    /// <remarks>Asked only when <see cref="SameMeasure"/> holds for the two.</remarks>
    private bool WhileRival(ReadOnlySpan<Quantity> qs, ReadOnlySpan<(int First, int Last)> at, int q, int end)
    {
        // Shares and rates compare too ("Men made up 71% of deaths, whereas women accounted for 29%"; "Youth unemployment in
        // Germany is 6.8%, whereas in Spain it is 25.3%"), but only when A's own clause is no report and no steady level:
        // "The opposition claimed turnout of 31%, while …" and "remained above 11%, while …" state their own.
        bool share = qs[q].Unit.Kind is UnitKind.Percent or UnitKind.PercentagePoints or UnitKind.Ratio;
        if (share && !PlainLevelClause(at[q].First))
        {
            return false;
        }

        // The comma and "while": the rest of A's clause before it, the rival's subject and verb after it.
        int w = -1;
        for (int k = at[q].Last + 1; k < at[q + 1].First; k++)
        {
            if (Is(k, "while") || Is(k, "whereas"))
            {
                if (w >= 0 || !Is(k - 1, ","))
                {
                    return false;
                }

                w = k;
            }
            else if (Tokens[k].Kind == TokenKind.Punctuation && !IsPossessiveMark(k) && !(k + 1 < at[q + 1].First && (Is(k + 1, "while") || Is(k + 1, "whereas"))))
            {
                return false;
            }
        }

        // The rival's clause is short ("while Transsion shipped 27.1 million"), past a place phrase it opens with ("while in
        // the North East the figure was 17.6%": the place is read as in ParallelPlace, not counted).
        if (w < 0 || at[q + 1].First - PlacePhraseEnd(w + 1, at[q + 1].First) > 6 || Between(at[q].Last, w) > 8)
        {
            return false;
        }

        // Neither side moves ("rose 3%, while Y fell 2%" are two changes), nor holds steady ("…, while in Portugal it held
        // at 6.4%"), nor reports its own figure ("…, while the election commission put it at 48%").
        for (int k = w + 1; k < at[q + 1].First; k++)
        {
            if (Has(k, Cls.ChangeVerb | Cls.Comparative | Cls.Revise | Cls.Reporting) || SteadyWord(k, at[q + 1].First) || share && Has(k, Cls.Put))
            {
                return false;
            }
        }

        return !MoveAfter(at[q + 1].Last, end);
    }

    /// <summary>Whether the words of the clause before the quantity at <paramref name="first"/> (back to the sentence's
    /// start or a stop) state a plain level: no verb of report or estimate with the figure as its object ("The finance
    /// ministry expects growth of 1.1%"), no steady level ("remained above 11%"), no move. A report with a clause of its own
    /// ("Figures show men made up 71%", "ONS data showed that …") is a source, kept apart by <see cref="CanJoin"/>.</summary>
    private bool PlainLevelClause(int first)
    {
        bool ownVerb = false;
        for (int k = first - 1; k >= _sentenceFirst && k >= first - 12; k--)
        {
            if (Is(k, ";") || Is(k, ":"))
            {
                break;
            }

            if (Has(k, Cls.ChangeVerb | Cls.Revise | Cls.Put) || SteadyWord(k, first) || !ownVerb && Has(k, Cls.Reporting))
            {
                return false;
            }

            ownVerb |= Has(k, Cls.Verb) || Is(k, "that");
        }

        return true;
    }

    /// <summary>Whether token <paramref name="k"/> says a level did not move, as the predicate of the clause of the figure
    /// at <paramref name="figure"/>: a [Steady] verb before "at", a [Level] word, a comparative or the figure ("remained
    /// above 11%"; not "hospital stays cost"), a [Hold] verb before "at" or a [Level] word ("held at 6.4%", "held steady";
    /// not "hold 34% of board seats"), or a [Level] word after a copula or either verb ("was flat at 2%"; not "a flat in
    /// Leeds").</summary>
    private bool SteadyWord(int k, int figure)
    {
        if (Guarded(k, Guard.Level))
        {
            return k - 1 >= _sentenceFirst && Guarded(k - 1, Guard.Auxiliary | Guard.Steady | Guard.Hold);
        }

        bool steady = Guarded(k, Guard.Steady);
        if (!steady && !Guarded(k, Guard.Hold) || k + 1 >= _tokenCount)
        {
            return false;
        }

        return Is(k + 1, "at") || Guarded(k + 1, Guard.Level) || steady && (k + 1 == figure || Has(k + 1, Cls.Comparative));
    }

    /// <summary>The token after a place phrase opening at <paramref name="p"/> before <paramref name="end"/> ("in the
    /// North East", "in Portugal": a [PlacePreposition], an optional "the" and capitalised words), or <paramref name="p"/>
    /// when none opens there.</summary>
    private int PlacePhraseEnd(int p, int end)
    {
        if (p + 1 >= end || !Guarded(p, Guard.PlacePreposition))
        {
            return p;
        }

        int j = Is(p + 1, "the") ? p + 2 : p + 1;
        int name = j;
        while (j < end && Tokens[j].Kind == TokenKind.Word && Tokens[j].Has(TokenTraits.Capitalized))
        {
            j++;
        }

        return j > name ? j : p;
    }

    /// <summary>Whether a clause of its own carries a measure to the quantity starting at <paramref name="firstOfB"/>
    /// after a comma ("…, pushing the annual rate to 4.2%"; "…, the Halifax said, leaving the average price at £294,000"):
    /// when that level is no level of A's move (<see cref="CarriedTo"/> said no, or A's move is already stated whole), B
    /// is a claim of its own.</summary>
    private bool CarryClauseBefore(int lastOfA, int firstOfB) => CarryClause(lastOfA, CarryBefore(firstOfB, atToo: true, out _));

    /// <summary><see cref="CarryClauseBefore"/> with the carrying verb <paramref name="v"/> already read (-1 for none).</summary>
    private bool CarryClause(int lastOfA, int v) => v - 1 > lastOfA && Is(v - 1, ",");

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> state one measure, so that two subjects may share it: the
    /// same unit, neither a range, and B counts nothing or what A counts.</summary>
    private static bool SameMeasure(Quantity a, Quantity b) =>
        a.Unit == b.Unit && a.Approximation != Approximation.Range && b.Approximation != Approximation.Range && SameCounted(a, b);

    /// <summary>Whether <paramref name="b"/> counts nothing, or the same noun as <paramref name="a"/>.</summary>
    private static bool SameCounted(Quantity a, Quantity b) =>
        !(b.Counted is { } counted && (a.Counted is not { } aCounted || !counted.Text.Equals(aCounted.Text, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The last of two levels of one measure that <paramref name="q"/> opens for two subjects or places, the
    /// verb said once ("Eleven cases occurred in the vaccine group and 94 in the placebo group"; "reached 46.2C in Córdoba
    /// and 44.9C in Seville"; "About 14% of men and 9% of women smoke"; "scored an average of 478 in maths and girls 471,
    /// a gap of seven points"), or -1. Not a second verb ("12 were killed and 40 injured"), a second counted noun ("12
    /// soldiers and 3 civilians"), a path in time ("5 in 2019 and 12 in 2020"), nor prices per unit of two goods.</summary>
    /// <remarks>Asked only when <see cref="SameMeasure"/> holds for the two.</remarks>
    private int GappedPair(ReadOnlySpan<(int First, int Last)> at, int q, int end)
    {
        // A's tail, "and", then at most two words of the second subject ("girls", "Alcaraz"), none of them a verb.
        int and = -1;
        int firstOfB = at[q + 1].First;
        if (Between(at[q].Last, firstOfB) > 10 || TimeAfter(at[q].Last, firstOfB))
        {
            return -1;
        }

        for (int k = at[q].Last + 1; k < firstOfB; k++)
        {
            if (Is(k, "and"))
            {
                if (and >= 0)
                {
                    return -1;
                }

                and = k;
            }
            // "24.86p per kilowatt hour for electricity and 6.24p for gas": prices per unit of two goods are a tariff's
            // entries, each its own figure.
            else if (Tokens[k].Kind != TokenKind.Word && !IsPossessiveMark(k) || Has(k, Cls.Breaker | Cls.Verb | Cls.ChangeVerb | Cls.Reporting | Cls.Revise)
                || Is(k, "per")
                || and >= 0 && (Word(k).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || Word(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase)))
            {
                return -1;
            }
        }

        if (and < 0 || firstOfB - and > 3)
        {
            return -1;
        }

        // B's tail to the end of the clause: a short phrase with no verb of its own, no number and no time.
        int j = at[q + 1].Last + 1;
        if (TimeAfter(at[q + 1].Last, end))
        {
            return -1;
        }

        for (int steps = 0; j < end && !Is(j, ",") && !Is(j, ";") && !Is(j, ".") && !Is(j, "according"); j++, steps++)
        {
            if (steps > 8 || Tokens[j].Kind == TokenKind.Number || Has(j, Cls.Breaker | Cls.Verb | Cls.ChangeVerb | Cls.Reporting | Cls.Comparative))
            {
                return -1;
            }
        }

        // "…, a gap of seven points": the difference between the two, said after them.
        if (CanJoin(at, q + 1, q + 2) && at[q + 2].First - j == 4 && Is(j, ",") && (Is(j + 1, "a") || Is(j + 1, "the"))
            && (Is(j + 2, "gap") || Is(j + 2, "difference")) && Is(j + 3, "of"))
        {
            return q + 2;
        }

        return q + 1;
    }

    /// <summary>Whether a time phrase opens right after a quantity ("in 2019", "in May", "last year"): two levels each
    /// with its time are a path, not two subjects.</summary>
    private bool TimeAfter(int last, int end)
    {
        int k = last + 1;
        if (k < end && (Is(k, "in") || Is(k, "on") || Is(k, "by") || Is(k, "at")))
        {
            k++;
        }

        return k < end && (Tokens[k].Kind == TokenKind.Number || Has(k, Cls.TimeWord));
    }

    /// <summary>Extends a change past <paramref name="last"/>: "$2.10, or 2.6%, at $78.40".</summary>
    private int ChangeChain(ReadOnlySpan<Quantity> qs, ReadOnlySpan<(int First, int Last)> at, int last, int end)
    {
        // "ended 6% lower at €4.12, having shed as much as 14% earlier": a move already sized does not take a second one.
        // "slowed to 1.8% in August from 2.4% in July, …, leaving the average price at £294,000": a move stated whole
        // does not take the level a clause of its own carries a measure to.
        while (CanJoin(at, last, last + 1) && !HavingMoved(at[last + 1].First) && !CarryClauseBefore(at[last].Last, at[last + 1].First))
        {
            // "climbed 47% to $3.1 billion …, against $2.1 billion in the same month a year earlier": the level the move
            // started from, compared after the move.
            Link next = Bridge(at[last].Last, at[last + 1].First, moving: true, sameUnit: qs[last].Unit == qs[last + 1].Unit);
            if (!(next is Link.Change or Link.ChangeInContext or Link.Restate
                || next == Link.Comparison && (PastAfter(at[last + 1].Last, end) || EarlierPeriodAfter(at[last + 1].Last, end))))
            {
                // "from 39% in 2014 to 46% in 2018 and 53% in 2022": one more point of the same path.
                if (next is Link.None or Link.Appositive && qs[last + 1].Unit == qs[last].Unit && PathNext(at[last].Last, at[last + 1].First, at[last + 1].Last, end))
                {
                    last++;
                    continue;
                }

                break;
            }

            last++;
        }

        // "…, bringing universities an extra £390m", "a move that will cost oil companies about ₹7,680 crore": the money the
        // move costs, saves or raises (the costs room).
        return CostOfMove(qs, at, last) ? last + 1 : last;
    }

    /// <summary>"14 times earnings", "13.8 times the median household income": a multiple of a base a valuation is stated in
    /// ([word-list] "multiple-base", or "the" and a "multiple-of" word within three words) states one figure.</summary>
    private bool Valuation(int k, int end)
    {
        if (k >= end)
        {
            return false;
        }

        return NumeralReader.IsMultipleBase(Word(k)) || Is(k, "the") && NumeralReader.SizeWordAfter(Tokens, _text, k, end, wordsOnly: false);
    }
}
