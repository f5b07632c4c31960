using Tidings.Numbers;
using Tidings.Text;
using Cls = Tidings.Claims.ClaimWords.Cls;
using LateGuard = Tidings.Claims.ClaimGuards.LateGuard;

namespace Tidings.Claims;

/// <summary>
/// The worked-example room: an explainer's illustrative holder (a household, a borrower, a saver, a worker, the payment on
/// a loan) with its amounts, and the result the sentence works out for it, form one claim ("a household earning £30,000
/// would pay £4,486"; "A couple earning £40,000 would pay £2,100 more"). A placeholder for the reader's own figure
/// ("(e.g. 5%)") states nothing.
/// </summary>
internal sealed partial class ClaimBuilder
{
    /// <summary>How far (in tokens) a worked example's result verb may stand past the holder's amount.</summary>
    private const int ExampleReach = 24;

    /// <summary>The last quantity of the worked example whose holder's amount is quantity <paramref name="q"/>, or -1: an
    /// [ExampleHolder] noun and its [ExampleLink] before it ("a household earning £30,000", "Someone who saved £100 a
    /// month", "A worker on £12.21 an hour"), then in its clause an [ExampleResult] verb or modal with the result right
    /// after it ("would pay £4,486", "earns about £23,800"); the amounts between (more of the holder's: "using 2,700kWh of
    /// electricity and 11,500kWh of gas") and a restatement of the result after a comma (", roughly 40% of a median
    /// salary", ", or £900 a year") join it. <paramref name="relation"/>: change when the result is a move ("would fall by
    /// about $170", "would pay £2,100 more", ", up from nothing"), else single.</summary>
    private int WorkedExample(ReadOnlySpan<Quantity> qs, ReadOnlySpan<(int First, int Last)> at, int q, int end, out ClaimRelation relation)
    {
        relation = ClaimRelation.Single;
        if (q + 1 >= qs.Length || !ExampleHeld(at[q].First, out bool seenOnly))
        {
            return -1;
        }

        int verb = -1;
        int limit = Math.Min(end, at[q].Last + ExampleReach);
        for (int k = at[q].Last + 1; k < limit && verb < 0; k++)
        {
            if (ClosesExampleClause(k))
            {
                return -1;
            }

            // "Consumer spending rose 0.6% … and has risen 5.1%", "Investors put $4.2 billion … and have pulled $1.1 billion":
            // a coordinated clause with its own verb is a second claim, not the example's result (review 33c, finding 1).
            if ((Is(k, "and") || Is(k, "or")) && k + 1 < limit && Tokens[k + 1].Kind == TokenKind.Word && ClaimGuards.Is(Word(k + 1), LateGuard.ExampleResult))
            {
                return -1;
            }

            if (Tokens[k].Kind == TokenKind.Word && (ClaimGuards.Is(Word(k), LateGuard.ExampleResult) || ExampleExperienceVerbs.Contains(Word(k))))
            {
                verb = k;
            }
        }

        if (verb < 0)
        {
            return -1;
        }

        // The result: the first quantity past the verb, right after it (only words between: "would now have about £18,900").
        int p = q + 1;
        while (p < qs.Length && at[p].First <= verb)
        {
            p++;
        }

        // "will see bills rise 1.2% to £1,738", "sees its payment fall by £170": a verb of experience before the holder's
        // own measure and its move states the example's result, a few words further on (session 35, claims35).
        bool seen = p < qs.Length && (ExampleExperienceVerbs.Contains(Word(verb)) || verb + 1 < at[p].First && ExampleExperienceVerbs.Contains(Word(verb + 1)));
        if (p >= qs.Length || at[p].First - verb > (seen ? 7 : 4) || seenOnly && !seen)
        {
            return -1;
        }

        // "Savers with £10,000 will see their interest fall by £50": a holder met through a preposition of having states a
        // result only with the move of its measure, a verb of movement between "see" and the figure or right after the
        // figure; "Investors with $5 billion under management will see fees of 0.5%" joins nothing (session 36, mend36c:
        // review 36c F7).
        if (seenOnly && !MovedAround(verb, at[p].First, at[p].Last))
        {
            return -1;
        }

        bool lexical = !ClaimGuards.Is(Word(verb), LateGuard.ExampleModal) || seen;
        bool imagined = ExampleHypotheticalModals.Contains(Word(verb)) || seen;
        for (int k = verb + 1; k < at[p].First; k++)
        {
            if (Tokens[k].Kind != TokenKind.Word)
            {
                return -1;
            }

            // "has grown 3% a year": an auxiliary before a verb of movement reports a move, not an example's result; after
            // "would"/"could" the move is the example's imagined result ("would fall by about $170").
            if (Has(k, Cls.ChangeVerb))
            {
                if (!imagined)
                {
                    return -1;
                }

                lexical = true;
            }

            lexical |= ClaimGuards.Is(Word(k), LateGuard.ExampleResult) && !ClaimGuards.Is(Word(k), LateGuard.ExampleModal);
        }

        // "Interest payments on the $36 trillion debt will exceed $1 trillion": a modal states the result only with a lexical
        // [ExampleResult] verb ("would pay", "would now have"; review 33c, finding 1 (d)).
        if (!lexical)
        {
            return -1;
        }

        for (int i = q + 1; i <= p; i++)
        {
            if (!CanJoin(at, q, i))
            {
                return -1;
            }
        }

        // "will get a 9.8% rise to £12.21", "would pay between £6,250 and £11,250": the result keeps the shape of its own
        // group (a move, a range), and the holder's amount joins it (review 33c, finding 2).
        // The result's group ends where its clause does ("would lose £5,000, while one earning £125,140 …").
        int stop = ClauseStop(at[p].Last + 1, Math.Min(end, at[p].Last + ExampleReach));
        int bound = p + 1;
        while (bound < at.Length && at[bound].First < stop)
        {
            bound++;
        }

        int grouped = Group(qs[..bound], at[..bound], p, stop, out ClaimRelation own);

        // "A household using 2,700kWh will see bills rise 1.2% to £1,738": the claim keeps the move's own subject and verb
        // ("bills" / "rise") (session 36, claims36: review 35c F4).
        _frame = seen ? at[p] : NoFrame;
        if (grouped > p || own == ClaimRelation.Range)
        {
            relation = own == ClaimRelation.Single && ExampleMoveAfter(at[grouped].Last, end) ? ClaimRelation.Change
                : own == ClaimRelation.Single && ExampleThan(at[grouped].Last, end) ? ClaimRelation.Comparison : own;
            return grouped;
        }

        int last = p;
        while (CanJoin(at, q, last + 1) && RestatedAfterComma(at[last].Last, at[last + 1].First))
        {
            last++;
        }

        relation = ExampleThan(at[last].Last, end) ? ClaimRelation.Comparison
            : MoveBefore(at[p].First, IsShare(qs[p])) || MoveAfter(at[last].Last, end) || ExampleMoveAfter(at[last].Last, end)
            ? ClaimRelation.Change
            : ClaimRelation.Single;
        return last;
    }

    /// <summary>The tokens that close a worked example's clause (claim-guards [example-clause-stops]: ; : ? ! . while
    /// whereas but).</summary>
    private static readonly AsciiWordTable<bool> ExampleClauseStops = ClaimGuards.Set("example-clause-stops");

    /// <summary>The modals of a worked example's imagined result, after which a verb of movement still states it
    /// (claim-guards [example-hypothetical-modals]: "would fall by about $170").</summary>
    private static readonly AsciiWordTable<bool> ExampleHypotheticalModals = ClaimGuards.Set("example-hypothetical-modals");

    /// <summary>The verbs of experience by which a worked example's holder meets its result (claim-guards
    /// [example-experience-verbs]: "will see bills rise 1.2% to £1,738").</summary>
    private static readonly AsciiWordTable<bool> ExampleExperienceVerbs = ClaimGuards.Set("example-experience-verbs");

    /// <summary>Prepositions of having that link a worked example's holder to its amount only before a verb of experience
    /// (claim-guards [example-see-links]: "Savers with £10,000 will see …").</summary>
    private static readonly AsciiWordTable<bool> ExampleSeeLinks = ClaimGuards.Set("example-see-links");

    /// <summary>Whether token <paramref name="k"/> closes a worked example's clause ([example-clause-stops]).</summary>
    private bool ClosesExampleClause(int k) => ExampleClauseStops.Contains(Word(k));

    /// <summary>The first token from <paramref name="from"/> (before <paramref name="limit"/>) that closes a worked
    /// example's clause ([example-clause-stops]), else <paramref name="limit"/>.</summary>
    private int ClauseStop(int from, int limit)
    {
        for (int k = from; k < limit; k++)
        {
            if (ClosesExampleClause(k))
            {
                return k;
            }
        }

        return limit;
    }

    /// <summary>Whether a worked example's result ending at <paramref name="last"/> is set against another holder: an
    /// [ExampleMove] word right after it (past a per-unit tail) and "than" ("£200 less than one earning £20,000"): a
    /// comparison, not a move (review 33c, finding 7).</summary>
    private bool ExampleThan(int last, int end)
    {
        for (int k = last + 1; k < end && k <= last + 3; k++)
        {
            if (Tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }

            if (ClaimGuards.Is(Word(k), LateGuard.ExampleMove))
            {
                return k + 1 < end && Is(k + 1, "than");
            }
        }

        return false;
    }

    /// <summary>Whether quantity <paramref name="q"/> is the base of a worked example fronted before the sentence's first
    /// clause: a [FrontedBase] preposition and "a"/"an" opening the sentence, the quantity, at most three words and a comma
    /// with the next quantity past it ("On a £20,000 car loan, a longer term cuts the monthly payment from £620 to £395";
    /// "For a £300,000 home, …"): it joins the claim the next quantity opens.</summary>
    private bool FrontedBase(ReadOnlySpan<(int First, int Last)> at, int q, int end)
    {
        int k = _sentenceFirst;
        while (k < end && Tokens[k].Has(TokenTraits.Quote))
        {
            k++;
        }

        if (q + 1 >= at.Length || at[q].First != k + 2 || !(Is(k + 1, "a") || Is(k + 1, "an"))
            || Tokens[k].Kind != TokenKind.Word || !ClaimGuards.Is(Word(k), LateGuard.FrontedBase))
        {
            return false;
        }

        for (int j = at[q].Last + 1; j < end && j <= at[q].Last + 4; j++)
        {
            if (Is(j, ","))
            {
                return j > at[q].Last + 1 && at[q + 1].First > j;
            }

            if (Tokens[j].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether a verb of movement stands between the verb at <paramref name="verb"/> and the figure at
    /// <paramref name="first"/>..<paramref name="last"/>, or within two words after the figure ("see bills rise 1.2%",
    /// "see £50 cut from their bills").</summary>
    private bool MovedAround(int verb, int first, int last)
    {
        for (int k = verb + 1; k < first; k++)
        {
            if (Has(k, Cls.ChangeVerb))
            {
                return true;
            }
        }

        for (int k = last + 1; k <= last + 3 && k < _sentenceFirst + _sentenceLength; k++)
        {
            if (Tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }

            if (Has(k, Cls.ChangeVerb))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the quantity starting at <paramref name="first"/> is the amount of a worked example's holder
    /// (<paramref name="seenOnly"/>: through an [example-see-links] preposition, which holds only before a verb of
    /// experience): an [ExampleLink] word a few words before it in its clause (only words between: "on the full new state pension of"),
    /// itself right after an [ExampleHolder] noun, or after the noun and "who"/"that" ("Someone who saved").</summary>
    private bool ExampleHeld(int first, out bool seenOnly)
    {
        seenOnly = false;
        int floor = Math.Max(_sentenceFirst, first - 8);
        for (int k = first - 1; k >= floor; k--)
        {
            if (Tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }

            if (ClaimGuards.Is(Word(k), LateGuard.ExampleLink) || ExampleSeeLinks.Contains(Word(k)))
            {
                int h = k - 1;
                bool relative = h > _sentenceFirst && (Is(h, "who") || Is(h, "that"));
                if (relative)
                {
                    h--;
                }

                // "Households saved $2.1 trillion", "Investors put $4.2 billion": a finite verb as the link is the sentence's
                // own report; only a participle ("earning"), "on" or a relative ("who saved") links an illustrative holder
                // (review 33c, finding 1).
                // "Savers with £10,000 will see their interest fall by £50", "A borrower with a £200,000 mortgage would see
                // …": a preposition of having ([example-see-links]) links a holder only to a result met through a verb of
                // experience (session 36, claims36: review 35c F4).
                seenOnly = ExampleSeeLinks.Contains(Word(k));
                bool finite = !relative && !Is(k, "on") && !seenOnly && !Word(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
                return !finite && h >= _sentenceFirst && Tokens[h].Kind == TokenKind.Word
                    && (ClaimGuards.Is(Word(h), LateGuard.ExampleHolder) && (!Is(h, "one") || HolderOne(h))
                        || ClaimGuards.Is(Word(h), LateGuard.ExampleAnaphor) && HolderBefore(h));
            }

            // "Consumer spending rose 0.6%", "Borrowers on tracker mortgages saw rates rise to 5.5%": a verb between the link
            // and the amount means the amount is not the holder's (review 33c, finding 1).
            if (Has(k, Cls.ChangeVerb | Cls.Verb | Cls.Reporting))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the quantity starting at <paramref name="next"/> restates the one ending at <paramref name="last"/>
    /// after a comma: at most a per-unit tail of three words, the comma, then at once the quantity or "or" and the quantity
    /// ("₹3 lakh a year, roughly 40% of", "£900, or 3% of pay").</summary>
    private bool RestatedAfterComma(int last, int next)
    {
        int comma = next - 1;
        if (comma > last && Is(comma, "or"))
        {
            comma--;
        }

        if (comma <= last || !Is(comma, ",") || comma - last > 4)
        {
            return false;
        }

        for (int k = last + 1; k < comma; k++)
        {
            if (Tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a worked example's result ending at <paramref name="last"/> is a move: an [ExampleMove] word after it
    /// in its clause, past a per-unit tail ("£2,100 more in council tax", "£40 a year less"), or ", up from" / ", down
    /// from" closing it ("£5,000 in stamp duty, up from nothing").</summary>
    private bool ExampleMoveAfter(int last, int end)
    {
        int limit = Math.Min(end, last + 10);
        for (int k = last + 1; k < limit; k++)
        {
            if (Tokens[k].Kind == TokenKind.Word && ClaimGuards.Is(Word(k), LateGuard.ExampleMove) && k - last <= 3)
            {
                return !(k + 1 < end && Is(k + 1, "than"));
            }

            if (Tokens[k].Kind != TokenKind.Word)
            {
                return Is(k, ",") && (Is(k + 1, "up") || Is(k + 1, "down")) && Is(k + 2, "from");
            }
        }

        return false;
    }

    /// <summary>The end (exclusive) of the quantities that may join quantity <paramref name="q"/>: those before the comma
    /// closing a condition (not one before the next item of a list or opening or closing an aside: ", up 5% on last year,") that opens the sentence ("If rates rise to 5%, a £200,000 … mortgage … costs £1,170 a month";
    /// a [ConditionOpener] word first), when <paramref name="q"/> lies inside it: the scenario's premise is a claim of its
    /// own; else all of them.</summary>
    private int ConditionLimit(ReadOnlySpan<(int First, int Last)> at, int q, int end)
    {
        int k = _sentenceFirst;
        while (k < end && Tokens[k].Has(TokenTraits.Quote))
        {
            k++;
        }

        if (q + 1 >= at.Length || k >= end || Tokens[k].Kind != TokenKind.Word || !ClaimGuards.Is(Word(k), LateGuard.ConditionOpener))
        {
            return at.Length;
        }

        if (at[q].First > k + 30)
        {
            return at.Length; // past any comma the condition may close at
        }

        // The quantities from the condition's opener on (at most 30 tokens of them), to see what follows each comma.
        int m = q;
        while (m > 0 && at[m - 1].First > k)
        {
            m--;
        }

        bool aside = false;
        for (int j = k + 1; j < end && j <= k + 30; j++)
        {
            if (Is(j, ","))
            {
                while (m < at.Length && at[m].First <= j)
                {
                    m++;
                }

                // "If wages rise 4%, 5% and 6% over …, …": a comma before the next item of a list inside the condition, and
                // "If sales of 1.2 million units, up 5% on last year, hold up, …": the commas of an aside, close nothing
                // (review 33c, finding 5).
                if (aside)
                {
                    aside = false;
                    continue;
                }

                if (m < at.Length && (at[m].First == j + 1 || at[m].First == j + 2 && (Is(j + 1, "and") || Is(j + 1, "or"))))
                {
                    continue;
                }

                if (Is(j + 1, "up") || Is(j + 1, "down") || Is(j + 1, "which") || Is(j + 1, "who"))
                {
                    aside = true;
                    continue;
                }

                if (at[q].Last >= j)
                {
                    return at.Length;
                }

                int limit = q + 1;
                while (limit < at.Length && at[limit].First < j)
                {
                    limit++;
                }

                return limit;
            }

            if (Is(j, ";") || Is(j, ":"))
            {
                return at.Length;
            }
        }

        return at.Length;
    }

    /// <summary>Whether "one" at <paramref name="k"/> stands for a worked example's holder: after a word ("while one
    /// earning", "than one earning"), not the count of a plural before a comma ("Two plants, one using 40% less water";
    /// review 33c, finding 7).</summary>
    private bool HolderOne(int k) => k > _sentenceFirst && Tokens[k - 1].Kind == TokenKind.Word;

    /// <summary>Whether an [ExampleHolder] noun stands in the sentence shortly before the [ExampleAnaphor] pronoun at
    /// <paramref name="k"/> ("Pensioners on £12,000 … , and those on £20,000").</summary>
    private bool HolderBefore(int k)
    {
        for (int j = k - 1; j >= _sentenceFirst && j >= k - 40; j--)
        {
            if (Tokens[j].Kind == TokenKind.Word && ClaimGuards.Is(Word(j), LateGuard.ExampleHolder))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"while one earning £80,000 would pay": "one" standing for a worked example's holder before the
    /// -ing [ExampleLink] of its amount (the quantity right after), no quantity claimed.</summary>
    private bool ExampleOne(ReadOnlySpan<(int First, int Last)> at, int i)
    {
        (int first, int last) = at[i];
        return first == last && i + 1 < at.Length && at[i + 1].First == first + 2 && Is(first, "one") && HolderOne(first)
            && Tokens[first + 1].Kind == TokenKind.Word && ClaimGuards.Is(Word(first + 1), LateGuard.ExampleLink)
            && Word(first + 1).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"(for example, £32,000)", "(e.g. 5%)": a placeholder for the reader's own figure, in a bracket opened by
    /// "e.g." or "for example"/"for instance", no quantity claimed.</summary>
    private bool Placeholder(int first)
    {
        // Only where the sentence addresses the reader as the one supplying the value ("Enter your income (e.g. £28,000)");
        // "(e.g. 25% in the Netherlands)" gives a real instance (review 33c, finding 3).
        bool reader = false;
        for (int k = first - 1; k >= _sentenceFirst && k >= first - 12 && !reader; k--)
        {
            reader = Is(k, "your");
        }

        if (!reader)
        {
            return false;
        }

        int start = Tokens[first].Start;
        ReadOnlySpan<char> before = _text.AsSpan(Math.Max(0, start - 16), start - Math.Max(0, start - 16)).TrimEnd();
        return before.EndsWith("(e.g.", StringComparison.OrdinalIgnoreCase) || before.EndsWith("(e.g.,", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("(eg", StringComparison.OrdinalIgnoreCase) || before.EndsWith("(for example,", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("(for instance,", StringComparison.OrdinalIgnoreCase);
    }
}
