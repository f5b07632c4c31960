using Tidings.Numbers;
using Tidings.Places;
using Tidings.Text;
using Cls = Tidings.Claims.ClaimWords.Cls;
using Guard = Tidings.Claims.ClaimGuards.Guard;

namespace Tidings.Claims;

/// <summary>
/// The matches room (session 35, claims35): two figures of one measure set side by side by a word of equality ("came in at
/// 14.1 million tonnes, exactly the 14.1 million tonnes gathered in 2023"; "closed at 26,310, equalling its close of 26,310
/// on 4 October"; "was 2.4% in November, the same as France's 2.4%"), or a target, forecast or plan and the outcome set
/// against it across a semicolon or colon ("The programme's goal was 1,000 new apprenticeships; it delivered 412"), form
/// one claim. Every look is bounded by a few tokens or by the gap between two figures, so the room is linear and allocates
/// nothing.
/// </summary>
internal sealed partial class ClaimBuilder
{
    /// <summary>The most tokens between two figures matched by a word of equality ("almost exactly the", "the same as
    /// France's", "equalling its close of").</summary>
    private const int MaxEqualityGap = 8;

    /// <summary>The most tokens read back from a target's figure for its target word, and on from the semicolon or colon
    /// to the outcome's figure.</summary>
    private const int MaxTargetReach = 10;

    /// <summary>Words of equality between two figures (claim-guards [equality-links]: "same", "equalling", "matched").</summary>
    private static readonly AsciiWordTable<bool> EqualityLinks = ClaimGuards.Set("equality-links");

    /// <summary>Adverbs that may qualify a word of equality (claim-guards [equality-adverbs]: "almost", "precisely").
    /// "exactly" is itself a word of equality ([equality-links]): ", exactly the 300" joins without "same".</summary>
    private static readonly AsciiWordTable<bool> EqualityAdverbs = ClaimGuards.Set("equality-adverbs");

    /// <summary>Words naming a figure as a target, forecast or plan (claim-guards [target-words]: "goal", "pencilled").</summary>
    private static readonly AsciiWordTable<bool> TargetWords = ClaimGuards.Set("target-words");

    /// <summary>Verbs stating an outcome against a target (claim-guards [outcome-words]: "delivered", "collected").</summary>
    private static readonly AsciiWordTable<bool> OutcomeWords = ClaimGuards.Set("outcome-words");

    /// <summary>Nouns and adverbs that state an outcome only after a qualifier (claim-guards [outcome-figure-words]:
    /// "figure", "far"; [outcome-figure-qualifiers]: "latest", "so").</summary>
    private static readonly AsciiWordTable<bool> OutcomeFigureWords = ClaimGuards.Set("outcome-figure-words");

    /// <summary>Qualifiers that make an [outcome-figure-words] word state the outcome ("the latest figure", "so far").</summary>
    private static readonly AsciiWordTable<bool> OutcomeFigureQualifiers = ClaimGuards.Set("outcome-figure-qualifiers");

    /// <summary>Names of days and months (claim-guards [calendar-names]).</summary>
    private static readonly AsciiWordTable<bool> CalendarNames = ClaimGuards.Set("calendar-names");

    /// <summary>Quantity <paramref name="q"/> + 1 when it is matched to quantity <paramref name="q"/> by a word of equality
    /// between them, or -1. <paramref name="relation"/>: a change when the link or the second figure's clause names another
    /// time of the measure and no other holder ("exactly the 300 recorded in 2020"), else a comparison ("the same as
    /// France's 2.4%", "matching the 3% gain in the Nasdaq").</summary>
    private int EqualFigures(ReadOnlySpan<Quantity> qs, ReadOnlySpan<(int First, int Last)> at, int q, int end, out ClaimRelation relation)
    {
        relation = ClaimRelation.Change;
        if (!CanJoin(at, q, q + 1) || at[q + 1].First >= end || qs[q].Unit != qs[q + 1].Unit)
        {
            return -1;
        }

        int from = at[q].Last + 1, to = at[q + 1].First;
        if (to - from < 1 || to - from > MaxEqualityGap + 4)
        {
            return -1;
        }

        // A's own tail before the comma: its counted noun and time phrase ("300 arrests in 2024, matching the 300").
        int comma = from;
        while (comma < to && comma - from < 5 && !Is(comma, ",") && AsideOfFigure(comma))
        {
            comma++;
        }

        if (comma > from)
        {
            if (!Is(comma, ","))
            {
                return -1;
            }

            from = comma;
        }

        if (to - from > MaxEqualityGap)
        {
            return -1;
        }

        bool link = false, determined = false, holder = false;
        int nouns = 0;
        for (int k = from; k < to; k++)
        {
            Token t = Tokens[k];
            if (t.Kind == TokenKind.Word && EqualityLinks.Contains(Word(k)))
            {
                link = true;
            }
            else if (Is(k, ",") && k == from || t.Kind == TokenKind.Word && (EqualityAdverbs.Contains(Word(k)) || Is(k, "as") || Is(k, "of")))
            {
                // ", almost exactly the", "the same as", "its close of"
            }
            else if (t.Kind == TokenKind.Word && Has(k, Cls.Determiner))
            {
                determined = true; // "exactly the", "the same 4% as"
            }
            else if (IsPossessiveMark(k))
            {
                determined |= link;
                holder |= k - 1 >= from && Tokens[k - 1].Has(TokenTraits.Capitalized);
            }
            else if (t.Kind == TokenKind.Word && t.Has(TokenTraits.Capitalized) && link)
            {
                holder = true; // "the same as France's"
            }
            else if (t.Kind == TokenKind.Word && link && nouns++ == 0
                && !Has(k, Cls.Verb | Cls.ChangeVerb | Cls.Reporting | Cls.Breaker | Cls.Clause | Cls.Preposition | Cls.Comparative))
            {
                // "equalling its close of": the measure's own noun
            }
            else
            {
                return -1;
            }
        }

        if (!link || !determined)
        {
            return -1;
        }

        // A change asserts one measure at two times, so it needs the other time named: in the link ("its close of 26,310
        // on 4 October" reads on past the figure) or after the second figure in its clause ("exactly the 14.1 million
        // tonnes gathered in 2023", "the same 4% as a year earlier"). Any other match sets two holders or measures side by
        // side, a comparison ("matching the 3% gain in the Nasdaq", "the $10m donated by Bill Gates", "the 2.4% economists
        // had forecast") (session 35, mend35c: review 35c F3).
        // The claim covers the second figure's post-modifier up to its clause's end, as that figure's own claim would ("the
        // $10m donated by Bill Gates", "the 12mm recorded on the same day in 1998"), and keeps the first figure's frame
        // ("The foundation" / "pledged"; not "offer" in "the $100 offer price") (session 36, claims36: review 35c F3).
        int limit = q + 2 < at.Length ? Math.Min(end, at[q + 2].First) : end;
        int tail = TailOfMatch(from, at[q + 1].Last + 1, limit, out bool time);
        relation = !holder && time ? ClaimRelation.Change : ClaimRelation.Comparison;
        _frame = at[q];
        _tailTo = tail;
        return q + 1;
    }

    /// <summary>The last token of the second figure's post-modifier, from <paramref name="after"/> up to its clause's end (a
    /// comma, semicolon, colon, bracket, dash, quote, a coordinator or subordinator ([tail-stops]: "and", "when", "before"), a
    /// relative word past the figure's first word, or the sentence end, at most <see cref="MaxEqualityGap"/> tokens on, before
    /// <paramref name="limit"/>), trimmed back past a trailing preposition, determiner or possessive mark, or
    /// <paramref name="after"/> - 1 when there is none. <paramref name="time"/>: whether a time is named from
    /// <paramref name="from"/> (the link) through the part of that post-modifier walked: a year, a month or day name, or a
    /// word of time other than a word of equality ("same").</summary>
    private int TailOfMatch(int from, int after, int limit, out bool time)
    {
        time = false;
        int tail = after - 1;
        bool sameOpen = false; // "the same 4% as a year earlier": a "same" in the link whose "as" follows the figure
        bool sameSeen = false; // any "same" in the link ("the same as the 4.2% as recorded in June")
        for (int k = from; k < limit && k < after + MaxEqualityGap; k++)
        {
            // The "as" that completes a "same" of the link is no subordinator ("the same 4% as a year earlier") (session 37,
            // land37c).
            if (k < after && (Is(k, "same") || Is(k, "as")))
            {
                sameOpen = Is(k, "same");
                sameSeen |= sameOpen;
            }

            // The "as" may stand after the figure's noun ("the same 2% rise as in 2019"), once (review 37c G5).
            if (k >= after && Is(k, "as") && (sameOpen && (k == after || k <= after + 2 && NounOfFigure(after) && (k == after + 1 || NounOfFigure(after + 1)))
                || sameSeen && k == after))
            {
                sameOpen = false;
                sameSeen = false;
                continue;
            }

            // The post-modifier ends at its clause's end: punctuation other than a possessive mark, a word opening another
            // clause ("… recorded in 2019 when 3.2 million people voted", "… before the pandemic cut numbers") or a relative
            // word past the figure's first word; what follows is not read for time either (session 36, mend36c: review 36c
            // F5, F6).
            if (k >= after && (Tokens[k].Kind == TokenKind.Punctuation && !IsPossessiveMark(k) && !(Is(k, "-") && !Tokens[k].Has(TokenTraits.SpaceBefore))
                || Tokens[k].Kind == TokenKind.Word && (TailStops.Contains(Word(k)) || k > after && (Is(k, "which") || Is(k, "who") || Is(k, "that")))))
            {
                break;
            }

            if (Tokens[k].Kind == TokenKind.Number ? YearToken(k)
                : Tokens[k].Kind == TokenKind.Word && !EqualityLinks.Contains(Word(k))
                    && (Has(k, Cls.TimeWord) || CalendarNames.Contains(Word(k)) && Tokens[k].Has(TokenTraits.Capitalized)))
            {
                time = true;
            }

            tail = k >= after ? k : tail;
        }

        // A walk cut by the cap or the next figure ends on no function word ("… in a Reuters poll of", "… lawyers in their").
        while (tail >= after && (IsPossessiveMark(tail) || Tokens[tail].Kind == TokenKind.Word && (Has(tail, Cls.Preposition | Cls.Determiner) || Is(tail, "to"))))
        {
            tail--;
        }

        return tail;
    }

    /// <summary>A lower-case word that may be a figure's own noun ("rise", "increase", "jobs"): no function, clause,
    /// determiner, preposition or reporting word.</summary>
    private bool NounOfFigure(int k) =>
        Tokens[k].Kind == TokenKind.Word && !Tokens[k].Has(TokenTraits.Capitalized)
        && !Has(k, Cls.Clause | Cls.Breaker | Cls.Determiner | Cls.Preposition | Cls.Reporting);

    /// <summary>Coordinators and subordinators that end a matched figure's post-modifier (claim-guards [tail-stops]).</summary>
    private static readonly AsciiWordTable<bool> TailStops = ClaimGuards.Set("tail-stops");

    /// <summary>Whether token <paramref name="k"/> may stand in a figure's own tail before a comma: a lower-case noun of no
    /// verb or clause class ("arrests"), a preposition of time ("in", "on", "during"), a word of time, a month or a year.</summary>
    private bool AsideOfFigure(int k) =>
        Tokens[k].Kind == TokenKind.Number ? YearToken(k)
        : Tokens[k].Kind == TokenKind.Word && (Has(k, Cls.TimeWord) || Is(k, "in") || Is(k, "on") || Is(k, "during")
            || !Has(k, Cls.Verb | Cls.ChangeVerb | Cls.Reporting | Cls.Breaker | Cls.Clause | Cls.Preposition | Cls.Comparative | Cls.Determiner)
                && (!Tokens[k].Has(TokenTraits.Capitalized) || k - 1 >= 0 && (Is(k - 1, "in") || Is(k - 1, "on"))));

    /// <summary>Quantity <paramref name="q"/> + 1 when quantity <paramref name="q"/> is a target, forecast or plan (a
    /// [target-words] word shortly before it in its clause) and the next, in the same unit, right after a semicolon or colon,
    /// is the outcome set against it (an [outcome-words] word before it in its clause, and no target word): "Scotland missed
    /// its child poverty target of 18%: the latest figure is 23%". Two estimates across a semicolon stay apart ("Organisers
    /// put the turnout at 250,000; police estimated 80,000").</summary>
    private int TargetAgainstOutcome(ReadOnlySpan<Quantity> qs, ReadOnlySpan<(int First, int Last)> at, int q, int end)
    {
        if (!CanJoin(at, q, q + 1) || at[q + 1].First >= end || qs[q].Unit != qs[q + 1].Unit)
        {
            return -1;
        }

        // A plan and an outcome count the same thing: two counted nouns must share their head ("2,000 jobs" is not set against
        // "5 million pairs of trainers"; "it sold 31,000" names none), and an outcome counted per period is not set against a
        // plan that is not ("sales of 10 million units; it sells 2 million a quarter") (session 36, mend36c: review 36c F4).
        if (qs[q].Counted is TextSpan planned && qs[q + 1].Counted is TextSpan got && !SameHead(planned.Text, got.Text)
            || RateAfter(at[q + 1].Last, end) && !RateAfter(at[q].Last, end))
        {
            return -1;
        }

        int from = at[q].Last + 1, to = at[q + 1].First;
        int mark = -1;
        for (int k = from; k < to; k++)
        {
            if (Is(k, ";") || Is(k, ":"))
            {
                if (mark >= 0)
                {
                    return -1;
                }

                mark = k;
            }
            else if (Tokens[k].Has(TokenTraits.Terminal) || k - from > MaxTargetReach && mark < 0)
            {
                return -1;
            }
        }

        if (mark < 0 || to - mark > MaxTargetReach)
        {
            return -1;
        }

        // The outcome's clause: an outcome word before its figure, and no target word up to a few tokens past it.
        bool outcome = false;
        for (int k = mark + 1; k < Math.Min(end, at[q + 1].Last + 4); k++)
        {
            if (Is(k, ";") || Is(k, ":") || Tokens[k].Has(TokenTraits.Terminal))
            {
                break;
            }

            if (Tokens[k].Kind != TokenKind.Word)
            {
                continue;
            }

            if (TargetWords.Contains(Word(k)))
            {
                return -1;
            }

            // An outcome whose subject is a name other than the target's named holder is that holder's figure ("Ford had
            // forecast sales of 2 million vehicles; GM sold 2.5 million"); "Tesla had targeted …; Tesla delivered …" joins, and
            // so do a forecaster's or a described holder's target and any outcome ("Economists had expected 0.3%; the ONS
            // recorded 0.1%", "The company had targeted 5,000 hires; Amazon hired 4,000") (session 37, land37c: review 36c F4;
            // narrowed by claims37b: review 37c G0, G1).
            if (!outcome && k < to && OutcomeWords.Contains(Word(k)) && OtherHolder(k, mark, at[q].First))
            {
                return -1;
            }

            // A verb of result ("it delivered 412"), or a qualified figure word ("the latest figure is 23%", "so far"); not
            // "the figure a year ago" (session 35, mend35c: review 35c F2).
            outcome |= k < to && (OutcomeWords.Contains(Word(k))
                || OutcomeFigureWords.Contains(Word(k)) && k - 1 > mark && Tokens[k - 1].Kind == TokenKind.Word && OutcomeFigureQualifiers.Contains(Word(k - 1)));
        }

        if (!outcome)
        {
            return -1;
        }

        // The target's clause: a target word shortly before its figure with no comma between ("The goal of 600,000",
        // "target of 18%", "had pencilled in receipts of £4.1bn"); not one inside an aside ("The deal, expected to close
        // next year, is valued at $3bn").
        int target = -1;
        for (int k = at[q].First - 1; k >= _sentenceFirst && k >= at[q].First - MaxTargetReach; k--)
        {
            if (Is(k, ";") || Is(k, ":") || Is(k, ",") || Is(k, "(") || Is(k, ")"))
            {
                return -1;
            }

            if (Tokens[k].Kind == TokenKind.Word && TargetWords.Contains(Word(k)))
            {
                target = k;
                break;
            }
        }

        // Two clauses that name different periods are about different things ("The forecast for Saturday is 30C;
        // temperatures reached 34C on Friday"; "The estimate for 2025 …; in 2024 the city recorded …"); a figure "a year ago"
        // is history, not the outcome.
        if (target < 0 || !SamePeriod(Math.Max(_sentenceFirst, target - MaxTargetReach), mark, Math.Min(end, at[q + 1].Last + 1 + MaxTargetReach)))
        {
            return -1;
        }

        // The claim keeps the outcome's own subject and verb ("the appeal" / "raised") (session 36, claims36: review 35c F7);
        // when the outcome names no subject of its own ("it posted $4.8bn"), the target's holder is the claim's subject ("The
        // government aimed to build …; … it managed 234,000") (session 36, mend36c: review 36c F9).
        _frame = at[q + 1];
        _holderFrame = at[q];
        return q + 1;
    }

    /// <summary>Whether the clause before the mark at <paramref name="mark"/> (from <paramref name="from"/>) and the clause
    /// after it (up to <paramref name="to"/> or its end) name no different periods: no "ago" after the mark, and no year, day
    /// or month name in the second clause unless the first names the same one or none at all.</summary>
    private bool SamePeriod(int from, int mark, int to)
    {
        int before = -1;
        for (int k = mark - 1; k >= from && !Is(k, ";") && !Tokens[k].Has(TokenTraits.Terminal); k--)
        {
            if (PeriodName(k))
            {
                before = k;
                break;
            }
        }

        for (int k = mark + 1; k < to && !Is(k, ";") && !Is(k, ":") && !Tokens[k].Has(TokenTraits.Terminal); k++)
        {
            if (Is(k, "ago"))
            {
                return false;
            }

            if (PeriodName(k) && before >= 0 && !SamePeriodName(k, before))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the outcome verb at <paramref name="verb"/>, in the clause after the semicolon or colon at
    /// <paramref name="mark"/>, has a name for its subject (the word right before it, past "had"/"has"/"have") that differs
    /// from a name heading the target's clause (its first word, a name that is no forecaster, [forecaster-subjects]), read
    /// within the target's clause only (<see cref="MaxTargetReach"/> tokens before <paramref name="targetFirst"/>): "Ford had
    /// forecast …; GM sold …". A described holder ("The company"), a forecaster ("Economists", "Forecasters"), a pronoun or a
    /// name inside an adverbial ("in the US it delivered") set no other holder (review 37c G0, G1).</summary>
    private bool OtherHolder(int verb, int mark, int targetFirst)
    {
        int s = verb - 1;
        while (s > mark + 1 && (Is(s, "had") || Is(s, "has") || Is(s, "have")))
        {
            s--;
        }

        if (s <= mark || !Name(s) || s == mark + 1 && Is(mark, ":"))
        {
            return false;
        }

        // The target's clause opens at the sentence start or after the mark before it, within the target's reach.
        int open = targetFirst - 1;
        while (open >= _sentenceFirst && open >= targetFirst - MaxTargetReach && !Is(open, ";") && !Is(open, ":"))
        {
            open--;
        }

        open++;

        // A body that plans or forecasts for many holders ([plan-bodies]: "The league had hoped to sell …", "The farm ministry
        // had forecast …") and an outcome whose subject is a bare name, one member, province or club ("; Arsenal sold …",
        // "; Punjab reported …"), are two holders; a name after an article is a body reporting the measure ("; the ONS
        // recorded …") (session 38, claims38). A bare name that is a country is the whole a government or ministry plans for,
        // not one member ("The ministry had forecast exports of $40bn; Vietnam recorded $38bn"), and forecasters set no other
        // holder, as economists do not (session 38, mend-claims38: review claims38 finding 1).
        if (!(s - 1 > mark && Has(s - 1, Cls.Determiner)) && !CountryName(s) && PlanBody(open, targetFirst))
        {
            return !SameWordIn(s, open, mark);
        }

        if (!Name(open) || ForecasterSubjects.Contains(Word(open)))
        {
            return false;
        }

        return !SameWordIn(s, open, mark);
    }

    /// <summary>Bodies that plan or forecast for many holders (claim-guards [plan-bodies]: "league", "ministry",
    /// "government").</summary>
    private static readonly AsciiWordTable<bool> PlanBodies = ClaimGuards.Set("plan-bodies");

    /// <summary>Whether the word at <paramref name="k"/> names a country: the gazetteer's likeliest reading of it
    /// ("Germany", "Vietnam", "Britain").</summary>
    private bool CountryName(int k)
    {
        System.Collections.Immutable.ImmutableArray<GazetteerEntry> places = Gazetteer.Default.Find(Word(k));
        return places.Length > 0 && places[0].Kind == PlaceKind.Country;
    }

    /// <summary>Whether the subject opening the target's clause at <paramref name="open"/> (its first few words, before its
    /// verb and before <paramref name="targetFirst"/>) is a [plan-bodies] word: "The league", "The farm ministry".
    /// Bounded look.</summary>
    private bool PlanBody(int open, int targetFirst)
    {
        for (int m = open; m < targetFirst && m < open + 5; m++)
        {
            if (Tokens[m].Kind != TokenKind.Word || Has(m, Cls.Verb | Cls.Reporting | Cls.ChangeVerb | Cls.Preposition | Cls.Clause))
            {
                return false;
            }

            if (PlanBodies.Contains(Word(m)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A capitalised word other than a pronoun, determiner, preposition, function word or calendar name.</summary>
    private bool Name(int k) =>
        Tokens[k].Kind == TokenKind.Word && Tokens[k].Has(TokenTraits.Capitalized)
        && !Has(k, Cls.Determiner | Cls.Preposition | Cls.Clause) && !Guarded(k, Guard.SubjectPronoun) && !CalendarNames.Contains(Word(k));

    /// <summary>Whether token <paramref name="k"/> names a period: a year, a capitalised day or month name, or a period
    /// word after "this", "last" or "next" ("last year", "this quarter") (session 36, mend36c: review 36c F4).</summary>
    private bool PeriodName(int k) =>
        Tokens[k].Kind == TokenKind.Number ? YearToken(k)
        : Tokens[k].Kind == TokenKind.Word && (Tokens[k].Has(TokenTraits.Capitalized) && CalendarNames.Contains(Word(k)) || RelativePeriod(k));

    /// <summary>"last year", "this quarter", "next month": a word of time after a word pointing at the period.</summary>
    private bool RelativePeriod(int k) =>
        k - 1 >= _sentenceFirst && Has(k, Cls.TimeWord) && (Is(k - 1, "this") || Is(k - 1, "last") || Is(k - 1, "next"));

    /// <summary>Whether the period names at <paramref name="a"/> and <paramref name="b"/> (see <see cref="PeriodName"/>) may be
    /// the same: two names of one kind differ only when their words do ("this year" is not "last year", 2024 is not 2025); a
    /// relative period and a named one are not set apart ("a goal … by 2028 …: installations totalled 61,000 last year").</summary>
    private bool SamePeriodName(int a, int b) =>
        RelativePeriod(a) != RelativePeriod(b)
        || Word(a).Equals(Word(b), StringComparison.OrdinalIgnoreCase)
            && (!RelativePeriod(a) || Word(a - 1).Equals(Word(b - 1), StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a rate per period follows the figure ending at <paramref name="last"/> within a few tokens of its
    /// clause ("2 million a quarter", "300,000 homes a year", "£50 per month").</summary>
    private bool RateAfter(int last, int end)
    {
        for (int k = last + 1; k + 1 < end && k <= last + 4; k++)
        {
            if (Tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }

            if ((Is(k, "a") || Is(k, "an") || Is(k, "per") || Is(k, "each") || Is(k, "every")) && Tokens[k + 1].Kind == TokenKind.Word && Has(k + 1, Cls.TimeWord)
                && !Is(k + 1, "same") && !Is(k + 1, "first") && !Is(k + 1, "second"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether two counted nouns share their head, their last word, a plural "s" aside ("jobs" / "job").</summary>
    private static bool SameHead(string a, string b)
    {
        ReadOnlySpan<char> x = LastWord(a), y = LastWord(b);
        x = x.Length > 3 && x[^1] is 's' or 'S' ? x[..^1] : x;
        y = y.Length > 3 && y[^1] is 's' or 'S' ? y[..^1] : y;
        return x.Equals(y, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The last run of letters of <paramref name="text"/>.</summary>
    private static ReadOnlySpan<char> LastWord(string text)
    {
        int e = text.Length;
        while (e > 0 && !char.IsLetter(text[e - 1]))
        {
            e--;
        }

        int b = e;
        while (b > 0 && char.IsLetter(text[b - 1]))
        {
            b--;
        }

        return text.AsSpan(b, e - b);
    }
}
