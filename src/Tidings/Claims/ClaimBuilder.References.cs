using Tidings.Numbers;
using Tidings.Text;
using Cls = Tidings.Claims.ClaimWords.Cls;
using Guard = Tidings.Claims.ClaimGuards.Guard;

namespace Tidings.Claims;

/// <summary>
/// The references room: a figure set against what was expected or set for it ("compared with market expectations of
/// £365 million", "missed the consensus forecast of $10.1 billion"), and a share stated after its whole's clause ("…
/// rejected 31,880 ballots as spoilt, 1.9% of the total"; "Nearly a quarter of voters, 23%, remain undecided").
/// </summary>
/// <remarks>Each test reads a few tokens around the bridge between two neighbouring quantities, so grouping stays linear.</remarks>
internal sealed partial class ClaimBuilder
{
    /// <summary>The link head before the expectation noun at <paramref name="noun"/> (the noun before B's "of"), or -1:
    /// a verb of outdoing, "against", "above", "below" or "compared with", past a possessor ("analysts' expectations")
    /// or one bare noun modifying it ("market expectations", "the company-compiled consensus").</summary>
    private int ReferenceHead(int noun, int lastOfA)
    {
        // "compared with analysts' expectations of a draw of 1.1 million barrels": the expectation before a move's "a … of".
        if (noun - 3 > lastOfA && Is(noun - 1, "a") && Is(noun - 2, "of") && ExpectationNoun(noun - 3) && BareNoun(noun))
        {
            noun -= 3;
        }

        int v = BeforePossessor(noun, lastOfA);
        if (v - 1 > lastOfA && v == noun - 1 && ExpectationNoun(noun) && BareNoun(v) && !ComparedVerb(v))
        {
            v--; // "market expectations"
        }

        if (v <= lastOfA)
        {
            return -1;
        }

        if (ComparedVerb(v) || Is(v, "against") || Is(v, "above") || Is(v, "below"))
        {
            return v;
        }

        // "compared with expectations of": the "with" the bridge reads as a comparison after "compared".
        return v - 1 > lastOfA && Is(v, "with") && Is(v - 1, "compared") && ExpectationNoun(noun) ? v : -1;
    }

    /// <summary>"Officials rejected 31,880 ballots as spoilt, 1.9% of the total", "A record 263 women were elected to the
    /// Commons, 40% of MPs", "About 4.2 million postal ballots were returned, roughly a fifth of all votes cast": a whole
    /// stated in a clause, then after one comma its share "of" something.</summary>
    private bool ShareAfterClause(ReadOnlySpan<Quantity> qs, ReadOnlySpan<(int First, int Last)> at, int q, int end)
    {
        int lastOfA = at[q].Last;
        int firstOfB = at[q + 1].First;
        int lastOfB = at[q + 1].Last;
        if (!IsWhole(qs[q]) || !IsShare(qs[q + 1]) || IsMultiple(qs[q + 1]) || qs[q + 1].Text.Contains(" of ", StringComparison.Ordinal)
            || !Is(firstOfB - 1, ",") || Between(lastOfA, firstOfB) > MaxBridge || lastOfB + 2 >= end || !Is(lastOfB + 1, "of")
            || Tokens[lastOfB + 2].Kind != TokenKind.Word)
        {
            return false;
        }

        // One clause: no other comma, no coordination, no clause of reporting between the whole and its share.
        for (int j = lastOfA + 1; j < firstOfB - 1; j++)
        {
            if (Tokens[j].Kind == TokenKind.Punctuation && !IsPossessiveMark(j) || Is(j, "and") || Is(j, "but") || Is(j, "while")
                || Has(j, Cls.Reporting | Cls.ChangeVerb))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Nearly a quarter of voters, 23%, remain undecided": a share in words restated in percent between commas.</summary>
    private bool RestatedShare(ReadOnlySpan<Quantity> qs, ReadOnlySpan<(int First, int Last)> at, int q, int end) =>
        qs[q].Unit.Kind == UnitKind.Ratio && qs[q + 1].Unit.Kind == UnitKind.Percent && Is(at[q + 1].First - 1, ",")
        && Between(at[q].Last, at[q + 1].First) <= 4 && at[q + 1].Last + 1 < end && Is(at[q + 1].Last + 1, ",");

    /// <summary>"$0.84 (est. $0.79)", "18.5p per share (2024: 17.0p)", "£372,324 (September: £371,958)": a bracket opened
    /// by a label and a colon (or "est."), the token at <paramref name="k"/> right before B. Returns the bracket, or -1;
    /// <paramref name="expected"/>: the label names what was expected (a comparison), else an earlier period (a change,
    /// in A's own unit).</summary>
    private int LabelledBracket(int k, int lastOfA, bool sameUnit, out bool expected)
    {
        expected = false;

        // "(previously reported €6.21bn)", "(initially €450m)": the figure first given for the same measure.
        int reading = Has(k, Cls.Reporting) && k - 1 > lastOfA ? k - 1 : k;
        if (sameUnit && reading - 1 > lastOfA && Tokens[reading - 1].Has(TokenTraits.OpenBracket) && Guarded(reading, Guard.EarlierReading))
        {
            return reading - 1;
        }

        bool colon = Is(k, ":");

        // "(previous week 17.8%)", "(last year 4.1%)": a bracket labelled by a past period, no colon.
        if (sameUnit && !colon)
        {
            int open = k;
            bool past = false;
            while (open > lastOfA && open >= k - 3 && Tokens[open].Kind == TokenKind.Word && Has(open, Cls.TimeWord))
            {
                past |= Guarded(open, Guard.PastWord | Guard.PastPeriod);
                open--;
            }

            if (past && open > lastOfA && Tokens[open].Has(TokenTraits.OpenBracket))
            {
                return open;
            }
        }

        int label = colon || Is(k, ".") ? k - 1 : k;

        // "(England average 45.9%)", "(target: 95%)", "(national average 12.1)": a bracket labelled by a reference value,
        // its words (a place, a scope) before the [Reference] word.
        if (label > lastOfA && Guarded(label, Guard.Reference))
        {
            int open = label - 1;
            while (open > lastOfA && open >= label - 3 && Tokens[open].Kind == TokenKind.Word)
            {
                open--;
            }

            if (open > lastOfA && Tokens[open].Has(TokenTraits.OpenBracket))
            {
                expected = true;
                return open;
            }
        }

        if (label - 1 <= lastOfA || !Tokens[label - 1].Has(TokenTraits.OpenBracket))
        {
            return -1;
        }

        if (Is(label, "est") || Is(label, "est.") || Is(label, "expected") || colon && ExpectationNoun(label))
        {
            expected = true;
            return label - 1;
        }

        // "(2024: 17.0p)", "(September: …)", "(prior: …)": the same measure in an earlier period.
        bool year = Tokens[label].Kind == TokenKind.Number && Tokens[label].Length == 4;
        return colon && sameUnit && (year || Has(label, Cls.TimeWord) || Guarded(label, Guard.PastWord)) ? label - 1 : -1;
    }

    /// <summary>", previously reported as 1.1%", ", initially put at 0.5%", ", originally 52,000": after a comma, an
    /// [EarlierReading] word (with its verb of report and "as"/"at") names the figure first given for the same measure
    /// (<paramref name="sameUnit"/>: A and B share a unit); returns the comma, or -1 (<paramref name="k"/> is the token
    /// right before B).</summary>
    private int EarlierReadingAfterComma(int k, int lastOfA, bool sameUnit)
    {
        if (!sameUnit)
        {
            return -1; // "Prices rose 5%, initially at 3 stores only": a figure of another measure
        }

        int j = Is(k, "as") || Is(k, "at") ? k - 1 : k;
        if (j > lastOfA && (Has(j, Cls.Reporting) || Has(j, Cls.Put)))
        {
            j--;
        }

        return j - 1 > lastOfA && Guarded(j, Guard.EarlierReading) && Is(j - 1, ",") ? j - 1 : -1;
    }

    /// <summary>"34%, not 40% as previously reported", "cost 410 million rand, not 140 million rand": a figure set against
    /// the one it corrects (<paramref name="k"/> is the "not" right before B).</summary>
    private bool CorrectionLink(int k, int lastOfA, bool sameUnit) =>
        sameUnit && k - 1 > lastOfA && Is(k, "not") && Is(k - 1, ",");

    /// <summary>"up about 2 million on the last general election", "down 3 points from a year ago": B followed within a few
    /// tokens by "on" or "from" and the period it is measured against.</summary>
    private bool AgainstPeriodAfter(int firstOfB, int end)
    {
        for (int j = firstOfB + 1; j + 1 < end && j <= firstOfB + 4; j++)
        {
            if (Is(j, "on") || Is(j, "from"))
            {
                return Has(j + 1, Cls.Determiner | Cls.TimeWord) || Tokens[j + 1].Kind == TokenKind.Number;
            }

            if (Tokens[j].Kind == TokenKind.Punctuation || Has(j, Cls.Breaker))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>", up 6%;", ", down 3%." closing the clause of the level ending at <paramref name="lastOfA"/> (no other
    /// punctuation, attribution or clause between): the level's move. After B comes the sentence's end, a semicolon, or a
    /// comma and the source of the sentence.</summary>
    private bool MoveClosingClause(int lastOfA, int firstOfB, int lastOfB, int end)
    {
        int comma = firstOfB - 2;
        if (comma <= lastOfA || Between(lastOfA, firstOfB) > MaxBridge || !Is(comma, ",") || !(Is(firstOfB - 1, "up") || Is(firstOfB - 1, "down")))
        {
            return false;
        }

        int after = lastOfB + 1;
        if (!(after >= end || Is(after, ";") || Tokens[after].Has(TokenTraits.Terminal) || Is(after, ",") && after + 1 < end && InsideSource(after + 1, _sources)))
        {
            return false;
        }

        for (int j = lastOfA + 1; j < comma; j++)
        {
            if (Tokens[j].Kind == TokenKind.Punctuation && !IsPossessiveMark(j) && !Is(j, "-") || Has(j, Cls.Reporting | Cls.Lead | Cls.ChangeVerb))
            {
                return false;
            }
        }

        return true;
    }
}
