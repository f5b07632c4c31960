using Tidings.Numbers;
using Tidings.Text;
using Cls = Tidings.Claims.ClaimWords.Cls;
using Guard = Tidings.Claims.ClaimGuards.Guard;

namespace Tidings.Claims;

/// <summary>
/// The comparisons room: whether a compared value is the past of the same measure, so a change ("4.9% a year earlier",
/// "as opposed to 71.6% in June"), or a reference ("below the long-term average"); rivals that each bring their own
/// number ("versus 22% for the Conservatives and 16% for Reform UK"); and a whole named before its part ("Of the 1.9
/// million postal ballots returned, about 41,000 …"). Every look is bounded by a few tokens.
/// </summary>
internal sealed partial class ClaimBuilder
{
    /// <summary>The most words a rival's name may take between its number and the next: "for the Conservatives and".</summary>
    private const int MaxRivalWords = 5;

    /// <summary>"4.9% a year earlier", "… last year", "in the previous outbreak season": B is dated to the past.</summary>
    private bool PastAfter(int last, int end)
    {
        for (int k = last + 1; k < end && k <= last + 5 && !(Has(k, Cls.Breaker) && !Is(k, "as")); k++)
        {
            // "the 500 a day that entered before the war" is no past of the same measure (a relative clause stops the look).
            // "in the previous outbreak season" (not "on its previous machine")
            // "A$1.1 billion under the previous contract": the same measure under the arrangement before.
            // "the £18 billion estimated when it was approved": what the measure was first put at.
            // Not "8.0% before fees", "£2.1bn before tax": an amount measured another way (claim-guards [adjustment-nouns]).
            if (Is(k, "earlier") || Is(k, "ago") || Is(k, "previously") || Is(k, "before") && !(k + 1 < end && AdjustmentNouns.Contains(Word(k + 1))) || Is(k, "last")
                || Is(k, "prior-year") || Is(k, "year-earlier") || Is(k, "year-ago") // "in the prior-year quarter"
                || Is(k, "previous") && (k + 1 < end && Has(k + 1, Cls.TimeWord) || k + 2 < end && Has(k + 2, Cls.TimeWord)
                    || k - 2 > last && Is(k - 1, "the") && Is(k - 2, "in") && !(k + 1 < end && MethodNouns.Contains(Word(k + 1)))) // "in the previous general election"
                || (Is(k, "previous") || Is(k, "former") || Is(k, "old")) && k - 2 > last && Is(k - 2, "under") && Is(k - 1, "the")
                || k == last + 1 && (Is(k, "estimated") || Is(k, "projected") || Is(k, "forecast")) && k + 1 < end && (Is(k + 1, "when") || Is(k + 1, "at")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Nouns of a way of measuring (claim-guards [method-nouns]): "in the previous method" names another method, not
    /// the measure's past (session 37, claims37b).</summary>
    private static readonly AsciiWordTable<bool> MethodNouns = ClaimGuards.Set("method-nouns");

    /// <summary>Nouns of what an amount is counted before (claim-guards [adjustment-nouns]): "before fees", "before tax".</summary>
    private static readonly AsciiWordTable<bool> AdjustmentNouns = ClaimGuards.Set("adjustment-nouns");

    /// <summary>"about 1.5 million below the long-term average", "3% above the target": a difference from a reference value,
    /// not from the past ("14% below their level of a year ago" is a move).</summary>
    private bool AgainstReference(int last, int end)
    {
        // "88,521 inmates on Friday, just 1,400 short of their usable operational capacity": a gap to a limit as well.
        int k = last + 1;
        bool shortOf = k + 2 < end && Is(k, "short") && Is(k + 1, "of") && (Is(k + 2, "the") || Is(k + 2, "its") || Is(k + 2, "their"));
        if (!shortOf && (k + 1 >= end || !(Is(k, "below") || Is(k, "above")) || !Is(k + 1, "the")))
        {
            return false;
        }

        if (shortOf)
        {
            k++;
        }

        for (int j = k + 2; j < end && j <= k + 6; j++)
        {
            if (Has(j, Cls.ForecastNoun) || Is(j, "consensus") || Is(j, "expectations") || Reference(j))
            {
                return !PastAfter(k, end);
            }
        }

        return false;
    }

    /// <summary>"22% below the national average", "12% above the EU average": the quantity ending at <paramref name="last"/>
    /// is a distance from the average, mean or median of a wider group (claim-guards [group-average-scopes]), not from the
    /// measure's own past (session 38, claims38).</summary>
    private bool FromGroupAverage(int last, int end)
    {
        int k = last + 1;
        return k + 3 < end && (Is(k, "below") || Is(k, "above")) && Is(k + 1, "the") && InSet(k + 2, GroupAverageScopes)
            && (Is(k + 3, "average") || Is(k + 3, "mean") || Is(k + 3, "median"));
    }

    /// <summary>Words naming a wider group whose average a figure is set against (claim-guards [group-average-scopes]:
    /// "national", "state", "OECD").</summary>
    private static readonly AsciiWordTable<bool> GroupAverageScopes = ClaimGuards.Set("group-average-scopes");

    /// <summary>"71.6% in June", "61,700 in the same period of last year", "72,814 … on the corresponding round": the
    /// compared value is dated to a month or to the same period of an earlier year.</summary>
    private bool EarlierPeriodAfter(int last, int end)
    {
        for (int k = last + 1; k + 1 < end && k <= last + 4; k++)
        {
            if (Has(k, Cls.Breaker) && !Is(k, "as"))
            {
                return false;
            }

            // "in June", "for May" (not "in Sunday's runoff": a day names an event, a month a period).
            if ((Is(k, "in") || Is(k, "for")) && IsMonth(k + 1) && !(k + 2 < end && IsPossessiveMark(k + 2)))
            {
                return true;
            }

            // "in the June quarter"
            if ((Is(k, "in") || Is(k, "for")) && k + 3 < end && Is(k + 1, "the") && IsMonth(k + 2) && Has(k + 3, Cls.TimeWord))
            {
                return true;
            }

            if ((Is(k, "same") || Is(k, "corresponding") || Is(k, "equivalent")) && (Has(k + 1, Cls.TimeWord) || Is(k + 1, "point") || Is(k + 1, "stage")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"2.7 million … in 2023, as opposed to 2.5 million in 2022": B is dated to a year before A's, so the same
    /// measure in the past (not "35% in 2016, compared with 52% this spring", a later reading).</summary>
    private bool EarlierYear(int lastOfA, int firstOfB, int lastOfB, int end)
    {
        int yearOfB = YearAfter(lastOfB, end);
        int yearOfA = yearOfB > 0 ? YearAfter(lastOfA, firstOfB) : 0;
        return yearOfA > 0 && yearOfB < yearOfA;
    }

    /// <summary>The year of "in 2023", "during 2022" within a few tokens after <paramref name="last"/>, or 0.</summary>
    private int YearAfter(int last, int end)
    {
        for (int k = last + 1; k + 1 < end && k <= last + 3; k++)
        {
            if (Tokens[k].Kind != TokenKind.Word || Has(k, Cls.Breaker))
            {
                return 0;
            }

            if ((Is(k, "in") || Is(k, "during")) && Tokens[k + 1].Kind == TokenKind.Number && Tokens[k + 1].Length == 4
                && int.TryParse(Word(k + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int year)
                && year is >= 1900 and <= 2099)
            {
                return year;
            }
        }

        return 0;
    }

    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private bool IsMonth(int k)
    {
        if (!Tokens[k].Has(TokenTraits.Capitalized))
        {
            return false;
        }

        ReadOnlySpan<char> w = Word(k);
        foreach (string m in Months)
        {
            if (w.Equals(m, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>", having shed more than 15%": a move stated as done before the level it led to.</summary>
    private bool HavingMoved(int firstOfB) =>
        firstOfB - 3 >= _sentenceFirst && Has(firstOfB - 1, Cls.ShareMove | Cls.ChangeVerb) && Is(firstOfB - 2, "having") && Is(firstOfB - 3, ",");

    /// <summary>"… after rising 0.3 percentage points", "… before recovering to 18.9": B, right after <paramref name="k"/>,
    /// is the move that reached a level (or the level a move from it reached) — "after" or "before", a verb of movement or
    /// revision in -ing, and its "to" — so a level and its move are one change.</summary>
    private bool MovedLevel(int k)
    {
        int verb = Is(k, "to") ? k - 1 : k;
        return verb - 1 >= _sentenceFirst && Has(verb, Cls.ChangeVerb | Cls.Revise) && Word(verb).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            && (Is(verb - 1, "after") || Is(verb - 1, "before"));
    }

    /// <summary>Whether <paramref name="b"/> can be the move that reached level <paramref name="a"/> (or the reverse): the
    /// same unit, or a share and its points, and the same counted noun or none on B; not "scored 20 goals after gaining 5
    /// kg" nor "won 3 trophies after losing 2 finals".</summary>
    private static bool LevelAndMove(Quantity a, Quantity b) =>
        (a.Unit == b.Unit || a.Unit.Kind is UnitKind.Percent or UnitKind.PercentagePoints && b.Unit.Kind is UnitKind.Percent or UnitKind.PercentagePoints)
        && SameCounted(a, b);

    /// <summary>"compared with an original estimate of £18 billion", "below a preliminary estimate of 22.5 million tonnes",
    /// "below a flash reading of 51.9", "wider than the $73.1 billion initially reported": the compared value is an earlier
    /// reading of the same measure (an [EarlierReading] word of claim-guards.txt a few words before B or right after it);
    /// "lower than the 3.4% it projected in May": what the subject itself put the measure at before (a pronoun and its
    /// verb of estimate right after B).</summary>
    /// <remarks>Only a noun of reading ([ReadingNoun]) makes the earlier word a reading: "bigger than the initial $3
    /// billion" (another tranche), "above the original's $90 million" (another film), "above their initial offer of £60
    /// million" and "below the preliminary target of 2.5%" (a plan, moving or not) stay comparisons. After B only "it" is
    /// the subject itself: "above the 55% they predicted, the pollsters admitted" is someone else's figure.</remarks>
    private bool EarlierReading(int lastOfA, int firstOfB, int lastOfB, int end)
    {
        for (int k = firstOfB - 1; k > lastOfA && k >= firstOfB - 4; k--)
        {
            if (Guarded(k, Guard.EarlierReading))
            {
                return ReadingNounIn(k + 1, firstOfB);
            }
        }

        return lastOfB + 2 < end && (Guarded(lastOfB + 1, Guard.EarlierReading) && Has(lastOfB + 2, Cls.Reporting)
            || Is(lastOfB + 1, "it") && Has(lastOfB + 2, Cls.Reporting) && !Is(lastOfB + 2, "said"));
    }

    /// <summary>Whether a [ReadingNoun] ("estimate", "reading", "reported") stands in <paramref name="from"/> up to (not
    /// including) <paramref name="to"/>, no [PlanNoun] among them.</summary>
    private bool ReadingNounIn(int from, int to)
    {
        bool reading = false;
        for (int j = from; j < to; j++)
        {
            if (Guarded(j, Guard.PlanNoun))
            {
                return false;
            }

            reading |= Guarded(j, Guard.ReadingNoun);
        }

        return reading;
    }

    /// <summary>Extends a comparison past <paramref name="last"/> while each rival brings its own number in the same shape:
    /// "22% for the Conservatives and 16% for Reform UK", "3.4% in Perth and 1.2% in Sydney", "40 for China and 20 for Japan".</summary>
    private int ParallelChain(ReadOnlySpan<Quantity> qs, ReadOnlySpan<(int First, int Last)> at, int last, int end)
    {
        while (CanJoin(at, last, last + 1) && qs[last + 1].Unit.Kind == qs[last].Unit.Kind
            && (RivalNext(at[last].Last, at[last + 1].First, at[last + 1].Last, end) || PossessorNext(at[last].First, at[last].Last, at[last + 1].First)))
        {
            last++;
        }

        return last;
    }

    /// <summary>"22% for the Conservatives and 16% for Reform UK": a preposition, a short name, "and" (or a comma), the
    /// next number, and the same preposition after it.</summary>
    private bool RivalNext(int lastOfB, int firstOfC, int lastOfC, int end)
    {
        int k = lastOfB + 1;
        if (k >= firstOfC || !(Is(k, "for") || Is(k, "in") || Is(k, "at")))
        {
            return false;
        }

        int words = 0;
        for (k++; k < firstOfC - 1; k++)
        {
            if (Tokens[k].Kind != TokenKind.Word || Has(k, Cls.Breaker | Cls.Reporting | Cls.ChangeVerb | Cls.Lead))
            {
                return false;
            }

            words++;
        }

        if (words is 0 or > MaxRivalWords || !(Is(firstOfC - 1, "and") || Is(firstOfC - 1, ",")))
        {
            return false;
        }

        // The same shape after the next number: "… and 16% for Reform UK".
        return lastOfC + 1 < end && Word(lastOfC + 1).Equals(Word(lastOfB + 1), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"Of the 1.9 million postal ballots returned, about 41,000": after the whole (opened by "Of the"), its
    /// noun and a short description up to a comma, with no new clause.</summary>
    private bool OfTheWholeBridge(int lastOfA, int firstOfB)
    {
        int gap = Between(lastOfA, firstOfB) - SourceTokensIn(lastOfA + 1, firstOfB);
        if (gap < 1 || gap > MaxBridge || !Is(firstOfB - 1, ","))
        {
            return false;
        }

        for (int k = lastOfA + 1; k < firstOfB - 1; k++)
        {
            // "Of the 1,500 flights scheduled on Friday, the airport said, 410 were cancelled": the source's clause between
            // the whole and its part is passed over.
            if (Is(k, ",") && InsideSource(k + 1, _sources) || AttributionWord(k) && k - 1 > lastOfA && (InsideSource(k - 1, _sources) || Is(k - 1, ",")))
            {
                continue;
            }

            // "Of the 1.4 million people who visited the gallery, 870,000 came …": a relative clause inside the whole.
            if (Tokens[k].Kind == TokenKind.Punctuation
                || Has(k, Cls.Breaker | Cls.Reporting) && !Is(k, "since") && !(k == lastOfA + 2 && (Is(k, "who") || Is(k, "that") || Is(k, "which"))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"…, the Ukrainian air force said, adding that 61 of them": a part stated in the source's next clause.</summary>
    private bool AddingThat(int k) =>
        k - 1 > _sentenceFirst && Is(k, "that") && (Is(k - 1, "adding") || Is(k - 1, "added"));

    /// <summary>", well below the 85% target", ", just short of its target of 1,000", ", far above the 10-year average": a
    /// comma, then a comparison with a reference named with B (a target, an average, a capacity) — a whole clause may
    /// come before it, the reference compares the clause's own number.</summary>
    private bool ClauseThenReference(int lastOfA, int headFirst, int firstOfB)
    {
        int h = headFirst;
        while (h - 1 > lastOfA && Guarded(h - 1, Guard.DegreeAdverb))
        {
            h--;
        }

        // A comma or a dash: "… within four hours — well below the 78% interim goal".
        if (!(h - 1 > lastOfA && (Is(h - 1, ",") || Is(h - 1, "—") || Is(h - 1, "–")) && (Is(headFirst, "below") || Is(headFirst, "above") || Is(headFirst, "short"))))
        {
            return false;
        }

        // The reference word: "target of 1,000" before B, or "85% target" after it.
        if (firstOfB - 2 > h && Is(firstOfB - 1, "of") && Reference(firstOfB - 2))
        {
            return true;
        }

        for (int k = firstOfB + 1; k < Tokens.Length && k <= firstOfB + 4 && !Is(k, ",") && !Tokens[k].Has(TokenTraits.Terminal); k++)
        {
            if (Reference(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word naming a reference value: a target, an average, a limit ("cap", "quota", "ceiling", "the 95%
    /// standard", "the WHO guideline", "the majority mark"), or what is allowed or needed ("the 5,800 permitted under its
    /// licence", "the 326 needed for a majority"): the [Reference] words of claim-guards.txt.</summary>
    private bool Reference(int k) => Guarded(k, Guard.Reference);

    /// <summary>"33.6% for those sent the standard letter", "11.8% for its benchmark", "9% in the control group": B is told
    /// of another group (a preposition, a determiner or none, then an [other-group-words] word; session 37, claims37b).</summary>
    private bool OtherGroupAfter(int lastOfB, int end)
    {
        int k = lastOfB + 1;
        if (k + 1 >= end || !(Is(k, "for") || Is(k, "among") || Is(k, "in") || Is(k, "at")))
        {
            return false;
        }

        return OtherGroupWords.Contains(Word(k + 1)) || Has(k + 1, Cls.Determiner) && k + 2 < end && OtherGroupWords.Contains(Word(k + 2));
    }

    /// <summary>Words naming a group set against the one measured (claim-guards [other-group-words]: "those", "control").</summary>
    private static readonly AsciiWordTable<bool> OtherGroupWords = ClaimGuards.Set("other-group-words");

    /// <summary>Whether quantity q is money after "every" (not "in every") and q+1 the money it returns in the same clause
    /// (no punctuation between, within twelve tokens): "Every £1 spent on the pilot returned £2.30" (not "Every £10 you give
    /// will be doubled by the government, up to £2 million", a cap).</summary>
    private bool EveryUnitReturns(ReadOnlySpan<Quantity> qs, ReadOnlySpan<(int First, int Last)> at, int q)
    {
        int first = at[q].First;
        if (qs[q].Unit.Kind != UnitKind.Currency || qs[q + 1].Unit.Kind != UnitKind.Currency || first - 1 < _sentenceFirst || !Is(first - 1, "every")
            || first - 2 >= _sentenceFirst && Is(first - 2, "in") || Between(at[q].Last, at[q + 1].First) > 12)
        {
            return false;
        }

        for (int k = at[q].Last + 1; k < at[q + 1].First; k++)
        {
            if (Tokens[k].Kind == TokenKind.Punctuation && !IsPossessiveMark(k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"183 cents Koala Logistics shareholders were offered last year": a word of the past ("ago", "earlier",
    /// "last", "previously", a year) in the ten tokens of B's clause after it (no punctuation between).</summary>
    private bool PastInClause(int lastOfB, int end)
    {
        for (int k = lastOfB + 1; k < end && k <= lastOfB + 10 && Tokens[k].Kind != TokenKind.Punctuation; k++)
        {
            if (Is(k, "ago") || Is(k, "earlier") || Is(k, "last") || Is(k, "previously") || Year(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"a third more than a year earlier", "a quarter fewer than": a comparative and "than" right after a share.</summary>
    private bool ComparativeThanAfter(int last, int end) =>
        last + 2 < end && Has(last + 1, Cls.Comparative) && Is(last + 2, "than");

    /// <summary>Whether quantity q+1 is a multiple after a comma, of "the" reference or of the holder's own figure after it
    /// ("One in 10 children starting school is now obese, double the rate of 30 years ago"; "nearly twice the share in
    /// Cork"), with A's clause before it in one piece (no other punctuation, no verb of speech): the multiple sets A
    /// against its reference. Not "twice the 2% target", whose figure joins by <see cref="MultipleOfFigure"/>.</summary>
    private bool MultipleAfterClause(ReadOnlySpan<Quantity> qs, ReadOnlySpan<(int First, int Last)> at, int q)
    {
        int firstOfB = at[q + 1].First;
        if (!IsMultiple(qs[q + 1]) || !Is(firstOfB - 1, ",") || !(Is(at[q + 1].Last + 1, "the") || OwnFigureAfter(at[q + 1].Last))
            || MultipleOfFigure(at, q + 1) || Between(at[q].Last, firstOfB) > MaxBridge + 6)
        {
            return false;
        }

        // One clause: no other punctuation than the comma before B (a possessive mark or a glued hyphen aside).
        for (int k = at[q].Last + 1; k < firstOfB - 1; k++)
        {
            if (Tokens[k].Kind == TokenKind.Punctuation && !IsPossessiveMark(k) && !HyphenJoint(k) || Has(k, Cls.Reporting))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"38%, about half the national figure", "a third the EU average": a fraction right before "the" and a
    /// reference (or a held figure) within three words is a multiple of that reference, as "twice the average" is; so is a
    /// figure set as a target ("enrolled 2.4 million learners, half the number promised": [target-words], session 37).</summary>
    private bool FractionOfReference(Quantity b, int lastOfB, int end)
    {
        if (b.Unit.Kind != UnitKind.Ratio || lastOfB + 2 >= end || !Is(lastOfB + 1, "the"))
        {
            return false;
        }

        for (int k = lastOfB + 2; k < end && k <= lastOfB + 4; k++)
        {
            if (Reference(k) || Guarded(k, Guard.HolderNoun) || TargetWords.Contains(Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"and" between two quantities: "launched 96 drones overnight and … destroyed 71 of them".</summary>
    private bool AndIn(int from, int to)
    {
        for (int k = from; k < to && k < from + MaxBridge; k++)
        {
            if (Is(k, "and"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"a 27% higher risk of heart disease": "a", the quantity, a comparative and a plain noun.</summary>
    private bool Attributive(int first, int last, int end) =>
        first - 1 >= _sentenceFirst && (Is(first - 1, "a") || Is(first - 1, "an")) && last + 2 < end
        && (Is(last + 1, "higher") || Is(last + 1, "lower") || Is(last + 1, "greater") || Is(last + 1, "smaller") || Is(last + 1, "bigger"))
        && Tokens[last + 2].Kind == TokenKind.Word && !Tokens[last + 2].Has(TokenTraits.Capitalized)
        && !Has(last + 2, Cls.Breaker | Cls.Preposition | Cls.Determiner | Cls.TimeWord | Cls.Comparative) && !Is(last + 2, "than");

    /// <summary>A comparative right after the quantity and its "than" a few words on, with no past after it: "20% lower risk
    /// of heart attack or stroke than those on placebo" (not "9% more than a year earlier", "higher than in 2019").</summary>
    private bool DifferenceFromOther(int last, int end)
    {
        int k = last + 1;
        if (k + 2 >= end || Tokens[k].Kind != TokenKind.Word || Tokens[k].Has(TokenTraits.Capitalized)
            || Is(k, "up") || Is(k, "down") || Is(k, "above") || Is(k, "below")
            || !(Has(k, Cls.Comparative) || Word(k).Length > 4 && Word(k).EndsWith("er", StringComparison.OrdinalIgnoreCase) && !Has(k, Cls.Verb | Cls.Preposition)))
        {
            return false;
        }

        for (int j = k + 1; j < end && j <= k + 8; j++)
        {
            if (Tokens[j].Kind != TokenKind.Word || Has(j, Cls.Reporting | Cls.Verb | Cls.ChangeVerb))
            {
                return false;
            }

            if (Is(j, "than"))
            {
                return j + 2 < end && !PastAfter(j, end) && !EarlierPeriodAfter(j, end) && !(Is(j + 1, "in") && Tokens[j + 2].Kind == TokenKind.Number)
                    && !StartOfPeriod(j + 1, end) // "8 cents weaker against the dollar than at the start of the year"
                    && Tokens[j + 1].Kind == TokenKind.Word && !Is(j + 1, "expected") && !Is(j + 1, "forecast");
            }
        }

        return false;
    }

    /// <summary>"than at the start of the year", "than at the beginning of 2024": the measure's own past, at
    /// <paramref name="k"/> (the word after "than").</summary>
    private bool StartOfPeriod(int k, int end) =>
        k + 3 < end && Is(k, "at") && Is(k + 1, "the") && (Is(k + 2, "start") || Is(k + 2, "beginning") || Is(k + 2, "end")) && Is(k + 3, "of");

    /// <summary>Whether the words from <paramref name="k"/>, after a [Spread] price's preposition, name the price or rival it
    /// is set against ("to the value of its assets", "over official London prices"): not a time ("on Monday", "over the
    /// week", "on Friday's close") nor a [SpreadNotRival] word ("on average", "on record").</summary>
    private bool SpreadRival(int k, int end)
    {
        if (k < end && Has(k, Cls.Determiner))
        {
            k++;
        }

        return k < end && !Is(k, ",") && !Tokens[k].Has(TokenTraits.Terminal) && !Has(k, Cls.TimeWord) && !Guarded(k, Guard.SpreadNotRival);
    }

    /// <summary>A difference from another price or a named rival, told around the quantity from <paramref name="first"/>
    /// to <paramref name="last"/>: "a 12% discount to", "a premium of $14 … over" ([Spread]); "trails Oscar Piastri by 34
    /// points", "outperformed boys by 7.4 percentage points" (an [Outdo] verb, its rival, then "by"; not "shows them
    /// trailing by one", a margin with no rival named).</summary>
    private bool DifferenceFromRival(int first, int last, int end)
    {
        int k = last + 1;
        if (k + 1 < end && Guarded(k, Guard.Spread) && (Is(k + 1, "to") || Is(k + 1, "over") || Is(k + 1, "on")) && SpreadRival(k + 2, end))
        {
            return true;
        }

        if (first - 2 < _sentenceFirst)
        {
            return false;
        }

        // "a premium of $14 an ounce over London prices": the price it is set against follows within a few words (not "an
        // annual premium of £640", a price of its own, nor "a premium of $14 an ounce on Monday", "on average").
        if (Is(first - 1, "of") && Guarded(first - 2, Guard.Spread))
        {
            for (int j = last + 1; j < end && j <= last + 4; j++)
            {
                if ((Is(j, "to") || Is(j, "over") || Is(j, "on") || Is(j, "against")) && SpreadRival(j + 1, end))
                {
                    return true;
                }

                if (Tokens[j].Kind == TokenKind.Punctuation)
                {
                    break;
                }
            }

            return false;
        }

        if (!Is(first - 1, "by"))
        {
            return false;
        }

        for (int j = first - 2; j >= _sentenceFirst && j >= first - 6; j--)
        {
            if (Tokens[j].Kind != TokenKind.Word)
            {
                return false;
            }

            if (Has(j, Cls.Outdo))
            {
                return j < first - 2;
            }
        }

        return false;
    }

    /// <summary>"16% less per hour than men", "£300 a year more for electricity than the national average", "1,400 fewer
    /// police officers in Wales than a decade ago": a comparative after the quantity (past a per-unit tail "a year", "per
    /// hour"), then a few plain words and "than". Returns the token of "than", or -1.</summary>
    private int ThanAcross(int last, int end)
    {
        int k = last + 1;
        if (k + 2 < end && (Is(k, "a") || Is(k, "an") || Is(k, "per")) && Tokens[k + 1].Kind == TokenKind.Word && !Has(k + 1, Cls.Comparative))
        {
            k += 2;
        }

        if (k >= end || !Has(k, Cls.Comparative) || Is(k, "up") || Is(k, "down") || Is(k, "above") || Is(k, "below"))
        {
            return -1;
        }

        for (int j = k + 1; j < end && j <= k + 8; j++)
        {
            if (Is(j, "than"))
            {
                return j + 1 < end ? j : -1;
            }

            if (Tokens[j].Kind != TokenKind.Word || Has(j, Cls.Breaker | Cls.Reporting | Cls.Verb | Cls.ChangeVerb))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Whether what follows "than" at <paramref name="than"/> is the measure's own past ("than a decade ago", "than
    /// last", "than in 2022", "than before the pandemic", "than at the start of the year"), not another group ("than men
    /// last year": a plain noun first is the group, whatever time closes the sentence).</summary>
    private bool ThanOwnPast(int than, int end)
    {
        int k = than + 1;

        if (Tokens[k].Kind == TokenKind.Word && !Has(k, Cls.Determiner | Cls.Preposition | Cls.TimeWord) && !Is(k, "before")
            && !NumeralReader.MayStart(Tokens[k], _text)) // not "than two years ago"
        {
            return false;
        }

        return PastAfter(than, end) || EarlierPeriodAfter(than, end) || StartOfPeriod(k, end)
            || k + 1 < end && Is(k, "in") && Tokens[k + 1].Kind == TokenKind.Number;
    }

    /// <summary>
    /// A comparison of two groups of people told by their figures: "People who walked at least 7,000 steps a day had a 47%
    /// lower risk of dying than those who walked fewer than 4,000". Quantity <paramref name="q"/> sits in the relative clause
    /// that defines the first group ("who walked …", no comma before it), the next one is a difference from another group
    /// (<see cref="DifferenceFromOther"/>), and the one after it, if any, in the relative clause after "than those"
    /// that defines the second. Returns the claim's last quantity, or -1.
    /// </summary>
    private int CohortComparison(ReadOnlySpan<(int First, int Last)> at, int q, int end)
    {
        if (!CanJoin(at, q, q + 1) || !RelativeBefore(at[q].First) || !DifferenceFromOther(at[q + 1].Last, end)
            || Between(at[q].Last, at[q + 1].First) > 8)
        {
            return -1;
        }

        for (int j = at[q].Last + 1; j < at[q + 1].First; j++)
        {
            if (Tokens[j].Kind == TokenKind.Punctuation)
            {
                return -1; // "…, who walked 7,000 steps, had": an aside, not the group's definition
            }
        }

        if (!CanJoin(at, q + 1, q + 2) || Between(at[q + 1].Last, at[q + 2].First) > 12)
        {
            return q + 1;
        }

        for (int j = at[q + 1].Last + 1; j + 1 < at[q + 2].First; j++)
        {
            if (Tokens[j].Kind == TokenKind.Punctuation)
            {
                return q + 1;
            }

            if (Is(j, "than"))
            {
                return (Is(j + 1, "those") || Is(j + 1, "people")) && RelativeBefore(at[q + 2].First) ? q + 2 : q + 1;
            }
        }

        return q + 1;
    }

    /// <summary>Whether a relative "who" opens the clause that holds the quantity starting at <paramref name="first"/>, a few
    /// plain words before it ("who walked at least 7,000", "who walked fewer than 4,000").</summary>
    private bool RelativeBefore(int first)
    {
        for (int j = first - 1; j >= _sentenceFirst && j >= first - 4; j--)
        {
            if (Is(j, "who"))
            {
                return j > _sentenceFirst && Tokens[j - 1].Kind == TokenKind.Word;
            }

            if (Tokens[j].Kind != TokenKind.Word || Has(j, Cls.Breaker))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"2.5 times more per kilo than two years ago": a comparative right after the quantity, then (a few plain words
    /// on) "than" and the measure's own past.</summary>
    private bool ThanPast(int last, int end)
    {
        if (last + 2 >= end || !Has(last + 1, Cls.Comparative))
        {
            return false;
        }

        for (int j = last + 2; j < end && j <= last + 6; j++)
        {
            if (Is(j, "than"))
            {
                return PastAfter(j, end) || EarlierPeriodAfter(j, end);
            }

            if (Tokens[j].Kind != TokenKind.Word || Has(j, Cls.Breaker | Cls.Reporting | Cls.Verb | Cls.ChangeVerb))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"registered voters", "suspected cholera cases": a participle right after a number describes its noun.</summary>
    private bool AdjectiveBeforeNoun(int j) =>
        j + 1 < Tokens.Length && Tokens[j + 1].Kind == TokenKind.Word && !Tokens[j + 1].Has(TokenTraits.Capitalized)
        && !Has(j + 1, Cls.Breaker | Cls.Preposition | Cls.Determiner | Cls.Reporting | Cls.ChangeVerb | Cls.Verb | Cls.Clause)
        && !Word(j + 1).EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !Word(j + 1).EndsWith("ly", StringComparison.OrdinalIgnoreCase);
}
