using Tidings.Numbers;
using Tidings.Text;
using Cls = Tidings.Claims.ClaimWords.Cls;
using Guard = Tidings.Claims.ClaimGuards.Guard;

namespace Tidings.Claims;

/// <summary>
/// The breakdowns room of the grouping grammar: a whole and the parts it is split into. Parts that add up to the whole
/// ("The 9,300 job losses break down as 4,100 in retail, 3,000 in hospitality and 2,200 in manufacturing"; "Of the £2.4
/// billion package, 60% … and the remaining 40% …") are one ratio claim, and shares of an unstated whole that add up to
/// 100% ("The north received 41% …, the south 35% and the islands the remaining 24%") one comparison: the arithmetic says
/// they belong together. A whole's parts listed after "Of the …" or ", of whom" ("290 were for public order offences, 78
/// for assault and 44 for criminal damage") join the one ratio as well.
/// </summary>
internal sealed partial class ClaimBuilder
{
    /// <summary>The most parts a breakdown is read for.</summary>
    private const int MaxParts = 6;

    /// <summary>The longest tail a part may have before the next part ("were for public order offences").</summary>
    private const int MaxPartTail = 10;

    /// <summary>
    /// Whether the quantities after <paramref name="q"/> break it down: parts of the whole <paramref name="q"/> that add up
    /// to it (a ratio), or shares that with <paramref name="q"/> add up to 100% (a comparison). Returns the last part, or
    /// <paramref name="q"/> when there is no breakdown.
    /// </summary>
    private int Breakdown(ReadOnlySpan<Quantity> qs, ReadOnlySpan<(int First, int Last)> at, int q, out ClaimRelation relation)
    {
        relation = ClaimRelation.Single;
        Quantity head = qs[q];
        if (head.Value is not decimal whole || whole <= 0 || !CanJoin(at, q, q + 1) || qs[q + 1].Value is null)
        {
            return q;
        }

        bool shares = head.Unit.Kind == UnitKind.Percent;
        if (!shares && !IsWhole(head))
        {
            return q;
        }

        // The first part: in the whole's own clause (no attribution, no move word between), or the next share.
        if (shares ? !PartJoin(at[q].Last, at[q + 1].First) : !WholeToPart(at[q].Last, at[q + 1].First))
        {
            return q;
        }

        UnitKind partKind = qs[q + 1].Unit.Kind;
        bool percentParts = partKind == UnitKind.Percent;
        if (!shares && !percentParts && partKind != head.Unit.Kind && partKind != UnitKind.Count)
        {
            return q;
        }

        decimal sum = shares ? whole : 0;
        int last = q;
        while (last - q < MaxParts && CanJoin(at, last, last + 1) && qs[last + 1].Unit.Kind == partKind && qs[last + 1].Value is decimal part
            && qs[last + 1].Approximation != Approximation.Range && (last == q || PartJoin(at[last].Last, at[last + 1].First)))
        {
            sum += part;
            last++;
        }

        decimal target = shares || percentParts ? 100m : whole;
        int parts = shares ? last - q + 1 : last - q;
        if (parts < 2 || Math.Abs(sum - target) > target / 100m)
        {
            return q;
        }

        relation = shares ? ClaimRelation.Comparison : ClaimRelation.Ratio;
        return last;
    }

    /// <summary>Extends a whole's parts past <paramref name="last"/> while each next part follows the last one's short
    /// clause after a comma or "and" ("290 were for public order offences, 78 for assault and 44 for criminal damage",
    /// "35% will be affordable, including 90 for social rent"), in the unit of the last part or of the whole at
    /// <paramref name="whole"/>.</summary>
    private int PartsChain(ReadOnlySpan<Quantity> qs, ReadOnlySpan<(int First, int Last)> at, int whole, int last)
    {
        while (last - whole < MaxParts && CanJoin(at, last, last + 1)
            && (qs[last + 1].Unit.Kind == qs[last].Unit.Kind || qs[last + 1].Unit.Kind == qs[whole].Unit.Kind)
            && qs[last + 1].Approximation != Approximation.Range && PartJoin(at[last].Last, at[last + 1].First))
        {
            last++;
        }

        return last;
    }

    /// <summary>Whether the part starting at <paramref name="firstOfNext"/> follows the part ending at
    /// <paramref name="lastOfPrev"/> as the next item of one breakdown: the last part's short tail (words, an auxiliary
    /// at most: "were for public order offences", "will be spent on roads"), a separator (",", "and", ", and", ";",
    /// ", including"), then a short subject or "the remaining" before the number ("the south 35%", "the islands the
    /// remaining 24%").</summary>
    private bool PartJoin(int lastOfPrev, int firstOfNext)
    {
        int gap = Between(lastOfPrev, firstOfNext);
        if (gap < 1 || gap > MaxPartTail + 6)
        {
            return false;
        }

        int k = firstOfNext - 1;
        if (Guarded(k, Guard.Remainder))
        {
            k--;
            if (k > lastOfPrev && Has(k, Cls.Determiner))
            {
                k--;
            }
        }

        // A short subject before the number: "the south 35%", "the islands the remaining 24%".
        for (int words = 0; words < 3 && k > lastOfPrev && Tokens[k].Kind == TokenKind.Word && !Is(k, "and") && !Is(k, "including")
            && !Has(k, Cls.Breaker | Cls.Reporting | Cls.ChangeVerb | Cls.Lead | Cls.Preposition | Cls.Comparative); words++)
        {
            k--;
        }

        if (k > lastOfPrev && Is(k, "including"))
        {
            k--;
            if (!(k > lastOfPrev && Is(k, ",")))
            {
                return false;
            }
        }
        else if (k > lastOfPrev && Is(k, "and"))
        {
            if (k - 1 > lastOfPrev && Is(k - 1, ","))
            {
                k--;
            }
        }
        else if (!(k > lastOfPrev && (Is(k, ",") || Is(k, ";"))))
        {
            return false;
        }

        // The last part's own tail, up to the separator at k.
        if (k - lastOfPrev - 1 > MaxPartTail)
        {
            return false;
        }

        for (int j = lastOfPrev + 1; j < k; j++)
        {
            if (Tokens[j].Kind != TokenKind.Word && !Is(j, "-") && !IsPossessiveMark(j) || Has(j, Cls.Reporting | Cls.ChangeVerb | Cls.Comparative)
                || Has(j, Cls.Lead) && !Is(j, "in")
                || Has(j, Cls.Breaker) && !Guarded(j, Guard.Auxiliary))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the part starting at <paramref name="firstOfPart"/> may be the first of the whole ending at
    /// <paramref name="lastOfWhole"/>: within one clause (commas, a colon or a bracket at most; no attribution, no word of
    /// movement, no comparison, no new clause), as in "The 9,300 job losses break down as 4,100" or "A total of 84,000
    /// hectares burned in the state this season: 51,000".</summary>
    private bool WholeToPart(int lastOfWhole, int firstOfPart)
    {
        int gap = Between(lastOfWhole, firstOfPart);
        if (gap < 1 || gap > MaxBridge)
        {
            return false;
        }

        for (int j = lastOfWhole + 1; j < firstOfPart; j++)
        {
            if (Tokens[j].Kind == TokenKind.Punctuation ? !(Is(j, ",") || Is(j, ":") || Is(j, "(") || Is(j, "-") || IsPossessiveMark(j))
                : Has(j, Cls.Reporting | Cls.ChangeVerb) || Has(j, Cls.Lead) && !Is(j, "in") || Has(j, Cls.Breaker) && !Guarded(j, Guard.Auxiliary) && !Is(j, "as")
                    || Has(j, Cls.Comparative) && !(Is(j, "down") && j - 1 > lastOfWhole && Guarded(j - 1, Guard.SplitVerb)) // "break down as"
                    || Is(j, "to") || Is(j, "from") || Is(j, "than") || Is(j, "against") || Is(j, "versus"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"A total of 1,240 people have been treated …, of whom 310 were children", "Police detained 64 people, among
    /// them 9 minors": a part opened after the whole's clause by a comma and "of whom", "of which", "among them" or
    /// "among whom" (the clause between holds no attribution and no other punctuation).</summary>
    private bool PartAfterClause(int lastOfWhole, int firstOfPart)
    {
        int gap = Between(lastOfWhole, firstOfPart);
        if (gap < 3 || gap > MaxBridge || !Guarded(firstOfPart - 1, Guard.PartOpener)
            || !(Is(firstOfPart - 2, "of") || Is(firstOfPart - 2, "among")))
        {
            return false;
        }

        int comma = firstOfPart - 3;
        if (comma <= lastOfWhole || !Is(comma, ","))
        {
            return false;
        }

        for (int j = lastOfWhole + 1; j < comma; j++)
        {
            if (Tokens[j].Kind == TokenKind.Punctuation && !IsPossessiveMark(j) && !Is(j, "-") || Has(j, Cls.Reporting) || Has(j, Cls.Lead) && !Is(j, "in"))
            {
                return false;
            }
        }

        return true;
    }
}
