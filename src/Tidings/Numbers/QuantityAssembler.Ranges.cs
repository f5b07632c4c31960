using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>
/// The assembler's ranges ("between X and Y", "X to Y", "X-Y", "two or three") and ratios ("14 of 20", "one in five",
/// "three out of four").
/// </summary>
internal sealed partial class QuantityAssembler
{
    private int TryRange(ref Draft n, int k, bool between)
    {
        bool fractions = between && n.Ratio && n.Fraction; // "between a third and a half of voters"
        if (k >= EndToken || n.Vague || n.Ratio && !fractions)
        {
            return k;
        }

        Token connector = Tok(k);
        bool isAnd = Is(k, "and");
        bool isTo = Is(k, "to");
        bool isDash = connector.Has(TokenTraits.Dash);
        bool isOr = !between && Is(k, "or");
        bool isComma = !between && n.Spelled && !n.HasUnit && !n.Scaled && Is(k, ",");
        if (between ? !isAnd : !(isTo || isDash || isOr || isComma))
        {
            return k;
        }

        int before = n.First - 1;
        // "ranged from $8 billion to $12 billion", "anywhere from 3,000 to 5,000": a range after all.
        bool rangeFrom = before > FirstToken && Is(before, "from") && isTo && IsRangeWord(before - 1);
        if (!between && !rangeFrom && before >= FirstToken
            && (Is(before, "from") || isTo && n.HasUnit && Info(before).Is(WordClass.ChangeVerb)))
        {
            return k; // "from 5 to 10" is a change; "rose 12 cents to $3.89" a change and the level it reached
        }

        // "fell by 5 to 10" is a move and a level, unless a measure after the second is the unit of both: "could rise by
        // 30 to 60 centimetres" (decided once the second number is read).
        bool byBefore = !between && !rangeFrom && before >= FirstToken && Is(before, "by");
        if (byBefore && n.HasUnit)
        {
            return k;
        }

        // The second number: optionally its own sign, then digits or words, then a scale and a unit.
        int y = k + 1;
        if (y >= EndToken)
        {
            return k;
        }

        Draft second = default;
        int yCore = y;
        Token yTok = Tok(y);
        if (yTok.Has(TokenTraits.Currency) && y + 1 < EndToken)
        {
            yCore = y + 1;
        }
        else if (yTok.Kind == TokenKind.Word && Tok(y).Has(TokenTraits.AllCaps) && Units.TryCodeBefore(Text(y), out _) && y + 1 < EndToken)
        {
            yCore = y + 1;
        }
        else if (yTok.Kind == TokenKind.Word && y + 2 < EndToken && Units.TryDollarPrefix(Text(y), out _) && Tok(y + 1).Has(TokenTraits.Currency)
            && Glued(y + 1))
        {
            yCore = y + 2; // "NZ$7.75 to NZ$8.75"
        }

        Token core = Tok(yCore);
        int savedFloor = _floor;
        bool ok = core.Kind switch
        {
            TokenKind.Number or TokenKind.Word => _reader.Read(yCore, ref second) && !second.Vague && second.Ratio == fractions
                && (!fractions || second.Fraction),
            _ => false,
        };
        if (!ok || second.Pair)
        {
            return k;
        }

        second.First = y;
        second.CoreFirst = yCore;
        _floor = y;
        ExtendLeftSignOnly(ref second);
        _floor = savedFloor;

        // Scale and unit of the second number apply to the first where it has none: "between 5 and 10 million", "5 to 10%".
        int after = second.Last + 1;
        if (!second.Spelled && !second.Scaled && after < EndToken)
        {
            WordInfo scale = Info(after);
            if (scale.Is(WordClass.Scale) && scale.Number >= 1000 && NumeralReader.Scale(ref second, scale.Number))
            {
                second.Last = after++;
            }
        }

        after = ReadUnit(ref second, after);
        if (n.YearLike || second.YearLike || n.LeadingZero || byBefore && !(second.HasUnit && second.Unit.Kind == UnitKind.Measure))
        {
            return k;
        }

        if (n.HasUnit && second.HasUnit && n.Unit != second.Unit)
        {
            return k; // "rose 7.9% to $48.2 billion" is a change, not a range
        }

        if (isTo && !between && !rangeFrom && !n.HasUnit && !second.HasUnit && !second.Scaled && before >= FirstToken
            && Info(before).Is(WordClass.ChangeVerb) && n.Value > 0 && second.Value > 4 * n.Value)
        {
            return k; // "JOBLESS CLAIMS RISE 12,000 TO 231,000": a move and the level it reached, not a range
        }

        if (isTo && n.HasUnit && !second.HasUnit && n.Unit.Kind is UnitKind.Percent or UnitKind.PercentagePoints)
        {
            return k; // "slumped 18% to 151,000": a move and the level it reached
        }

        decimal low = n.Value;
        decimal high = second.Value;
        if (isOr && !(high > low && high <= low * 2 + 1 && (n.Spelled && second.Spelled || n.Bare && second.Bare) && !second.Scaled))
        {
            return k; // "two or three gunmen" is a range; "5 or 50", "1 or 2 million" are not read as one
        }

        if (isComma && !(second.Spelled && second.HasUnit && !second.Scaled && low >= 20 && low % 10 == 0 && high == low + 10))
        {
            return k; // "eighty, ninety miles an hour", "thirty, forty per cent": two round tens a step apart before one unit
        }
        if (!n.Scaled && second.Scaled && low < second.Mantissa && second.Mantissa != 0)
        {
            low = NumeralReader.CheckedScale(low, second.Value / second.Mantissa);
        }

        if (!between && low >= high)
        {
            if (_rules.Sport() && !n.HasUnit && !second.HasUnit)
            {
                n.Last = second.Last; // "won 3 to 1": a score
                n.YearLike = true;    // reuse the rejection path
            }

            return k;
        }

        if (_rules.Sport() && !between && n.Bare && second.Bare && high < 20)
        {
            return k;
        }

        if (!n.HasUnit && second.HasUnit)
        {
            n.HasUnit = true;
            n.Unit = second.Unit;
            n.Ambiguous = second.Ambiguous; // "between 83.2 and 83.6 per dollar" after "the rupee": settled like the second
        }

        n.Approximation = Approximation.Range;
        n.Low = Math.Min(low, high);
        n.Second = Math.Max(low, high);
        n.Value = Midpoint(n.Low, n.Second);
        n.Bare = false;
        n.YearLike = false;
        n.Spelled &= second.Spelled;
        n.Last = second.Last;
        return after;
    }

    private int TryRatio(ref Draft n, int k)
    {
        if (!IsWord(k))
        {
            return k; // every ratio below begins with a word ("to", "of", "out", "in", "part"): one read for any other token
        }

        // "four to one", "45 to 1": a ratio of a number to one (not "from 5 to 1", nor "to 1%", "to 1 million").
        if (Is(k, "to") && (Is(k + 1, "one") || Is(k + 1, "1")) && n.Value > 1 && !(n.First > FirstToken && Is(n.First - 1, "from"))
            && !(Is(n.First - 1, "of") && (Is(n.First - 2, "majority") || Is(n.First - 2, "vote")) && PanelBefore(n.First - 3)) // "Judges ruled by a majority of 4 to 1": two tallies
            && !(k + 2 < EndToken && (Tok(k + 2).Kind == TokenKind.Number || Is(k + 2, "%")
                || IsWord(k + 2) && (Info(k + 2).Is(WordClass.Scale) || Units.After.MatchForward(Doc, k + 2, EndToken, out _, out _)))))
        {
            n.Ratio = true;
            n.Last = k + 1;
            return k + 2;
        }

        // "14 of 20", "three out of four", "one in five", "one part in a million".
        int y;
        bool isIn = false;
        if (Is(k, "of"))
        {
            y = k + 1;
        }
        else if (Is(k, "out") && Is(k + 1, "of"))
        {
            y = k + 2;
        }
        else if (Is(k, "in"))
        {
            y = k + 1;
            isIn = true;
        }
        else if ((Is(k, "part") || Is(k, "parts")) && Is(k + 1, "in"))
        {
            y = k + 2; // session 35 (quant35, b23): "one part in a million", "one part in 10 billion": the ratio N/M
            isIn = true;
        }
        else
        {
            return k;
        }

        bool every = Is(y, "every") || Is(y, "each");
        if (every)
        {
            y++; // "one in every five", "one out of every four"
        }

        if (y >= EndToken || n.Value <= 0 || n.Scaled && n.Spelled)
        {
            return k;
        }

        Draft second = default;
        Token core = Tok(y);
        bool ok = core.Kind switch
        {
            TokenKind.Number or TokenKind.Word => _reader.Read(y, ref second),
            _ => false,
        };
        if (!ok || second.Pair || second.Vague || second.Ratio || second.YearLike || second.HasUnit || second.Value <= 0
            || n.Value > second.Value || (isIn && n.Value >= second.Value))
        {
            return k;
        }

        // "one in five minutes" is a rate of time, and "5 of 10 million" is not a ratio; but "one in 45 million" is (odds
        // of one against a scaled many), and after "every" a unit word is what is shared ("seven out of every ten pounds").
        int after = second.Last + 1;
        WordInfo next = Info(after);
        if (isIn && n.Value == 1 && !second.Scaled && next.Is(WordClass.Scale) && next.Number >= 1000 && NumeralReader.Scale(ref second, next.Number))
        {
            second.Last = after++;
            next = Info(after);
        }

        if (next.Is(WordClass.TimeUnit) || next.Is(WordClass.Scale) || (!every && after < EndToken && Units.After.MatchForward(Doc, after, EndToken, out _, out _)))
        {
            return k;
        }

        n.Value = n.Value / second.Value;
        n.Ratio = true;
        n.HasUnit = false;
        n.Unit = QuantityUnit.Ratio;
        n.Bare = false;
        n.YearLike = false;
        n.Last = second.Last;
        return after;
    }

    /// <summary>Whether a word of a small voting body ([word-list] "voting-panel": "judges", "committee") stands within 12 tokens
    /// before token <paramref name="k"/>: its "majority of 4 to 1" counts votes ("Judges ruled by a majority of 4 to 1"), where a
    /// membership's is a ratio ("Members voted … by a majority of three to one").</summary>
    private bool PanelBefore(int k)
    {
        for (int j = k; j >= FirstToken && j > k - 12; j--)
        {
            Steps++;
            if (IsWord(j) && OnList(j, WordLists.VotingPanel))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsRangeWord(int k) =>
        Is(k, "range") || Is(k, "ranged") || Is(k, "ranges") || Is(k, "ranging") || Is(k, "anywhere") || Is(k, "varied") || Is(k, "vary")
        || Is(k, "varies") || Is(k, "varying");
}
