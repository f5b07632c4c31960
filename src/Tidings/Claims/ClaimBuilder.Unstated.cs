using Tidings.Numbers;
using Tidings.Text;
using Cls = Tidings.Claims.ClaimWords.Cls;
using Guard = Tidings.Claims.ClaimGuards.Guard;

namespace Tidings.Claims;

/// <summary>Numbers a sentence names without stating them as facts: asked about in a yes/no question, imagined after
/// "Imagine", or the confidence level of an interval.</summary>
internal sealed partial class ClaimBuilder
{
    /// <summary>The subjects after which a sentence-opening "Say" stipulates (claim-guards [stipulation-subjects]: "Say you
    /// earn £50,000").</summary>
    private static readonly AsciiWordTable<bool> StipulationSubjects = ClaimGuards.Set("stipulation-subjects");

    /// <summary>The token before which the sentence from <paramref name="first"/> states nothing: the "?" closing a yes/no
    /// question that opens it ("Could inflation hit 5% again?", "What if the £22bn black hole is really £40bn?"; after an
    /// opening quote as well), <paramref name="end"/> after "Imagine" or "Suppose", else <paramref name="first"/> (all
    /// stated). A question that takes a clause after "that" as given states it ("Does the minister know that one in 10 of
    /// my constituents wait …?"); wh-questions ("Why are we paying £12 for a sandwich?") presuppose their numbers and are
    /// read as usual. Reads the sentence once, and only when its first word opens a question.</summary>
    private int UnstatedUntil(int first, int end)
    {
        int k = first;
        while (k < end && Tokens[k].Has(TokenTraits.Quote))
        {
            k++;
        }

        if (k + 1 >= end || Tokens[k].Kind != TokenKind.Word || !Tokens[k].Has(TokenTraits.Capitalized))
        {
            return first;
        }

        if (Guarded(k, Guard.Hypothetical))
        {
            // "Imagine Dragons have sold 75 million records": a name, not an imperative.
            if (HypotheticalName(k, end))
            {
                return first;
            }

            // "Say you earn £50,000" stipulates; "Say goodbye to cheap money", "Say what you like …", "Say on pay votes" do
            // not: "say" imagines only before a subject pronoun (review 33c, finding 4).
            if (Is(k, "say") && !(Tokens[k + 1].Kind == TokenKind.Word && StipulationSubjects.Contains(Word(k + 1))))
            {
                return first;
            }

            // "Imagine paying £2,000 more a year: that is what 1.2 million households now face": the clause after a colon,
            // semicolon or dash states its figures, unless a modal keeps it the imagined case's consequence ("Suppose
            // inflation hits 5%: the Bank would raise rates to 6%").
            for (int j = k + 1; j < end; j++)
            {
                if (Is(j, ":") || Is(j, ";") || Is(j, "—") || Is(j, "–") || Is(j, "-") && Tokens[j].Start > Tokens[j - 1].End)
                {
                    for (int m = j + 1; m < end; m++)
                    {
                        if (Guarded(m, Guard.Conditional))
                        {
                            return end;
                        }
                    }

                    return j;
                }
            }

            return end;
        }

        if (!Guarded(k, Guard.QuestionOpener) && !(Is(k, "what") && Is(k + 1, "if")))
        {
            return first;
        }

        for (int j = k + 1; j < end; j++)
        {
            if (Is(j, "?"))
            {
                return j;
            }

            if (Is(j, "that") || Is(j, ".") || Is(j, "!") || Is(j, ";"))
            {
                return first;
            }
        }

        return first;
    }

    /// <summary>Whether the [Hypothetical] word at <paramref name="k"/> opens a name: the names room found a name there, or
    /// it is a [NameImperative] word whose capitalised run is followed at once by a verb of its own ("Imagine Dragons have
    /// sold", "Imagine Dragons are playing"); not "Imagine Britain with 80 million people", "Suppose Labour …". Bounded look.</summary>
    private bool HypotheticalName(int k, int end)
    {
        if (InRanges(_organizations, k) || InRanges(_persons, k))
        {
            return true;
        }

        if (!Guarded(k, Guard.NameImperative))
        {
            return false;
        }

        int r = k + 1;
        while (r < end && r <= k + 4 && Tokens[r].Kind == TokenKind.Word && Tokens[r].Has(TokenTraits.Capitalized))
        {
            r++;
        }

        return r > k + 1 && r < end && Tokens[r].Kind == TokenKind.Word && !Tokens[r].Has(TokenTraits.Capitalized)
            && (Guarded(r, Guard.QuestionOpener) || Has(r, Cls.Verb));
    }

    /// <summary>"95% confidence interval", "at the 95% confidence level", "the 90% interval", "19 times out of 20": quantity
    /// <paramref name="i"/> is the confidence of an interval, no quantity claimed.</summary>
    private bool ConfidenceLevel(ReadOnlySpan<Quantity> quantities, ReadOnlySpan<(int First, int Last)> at, int i)
    {
        (int first, int last) = at[i];
        int end = _sentenceFirst + _sentenceLength;
        // Not "a 31% confidence rating", "a 40% credible threat": "confidence" and "credible" name a level only before
        // "interval" or "level".
        if ((Is(last, "%") || Is(last, "percent") || Is(last, "cent")) && last + 1 < end && Guarded(last + 1, Guard.ConfidenceNoun)
            && (Is(last + 1, "interval") || last + 2 < end && (Is(last + 2, "interval") || Is(last + 2, "intervals") || Is(last + 2, "level"))))
        {
            return true;
        }

        // "19 times out of 20", "999 times out of 1,000": a confidence stated as a frequency close to one, closing its clause
        // (not "scored 7 times out of 10 penalties"), read from the two quantities' values.
        if (first != last)
        {
            return false;
        }

        if (i + 1 < at.Length && at[i + 1].First == last + 4 && Is(last + 1, "times") && Is(last + 2, "out") && Is(last + 3, "of"))
        {
            return Confident(quantities[i], quantities[i + 1], at[i + 1].Last, end);
        }

        return i > 0 && at[i - 1].First == at[i - 1].Last && at[i - 1].Last == first - 4 && Is(first - 1, "of") && Is(first - 2, "out")
            && Is(first - 3, "times") && Confident(quantities[i - 1], quantities[i], last, end);
    }

    /// <summary>Labels before a colon that give a review's rating (claim-guards [review-rating-labels]: "Verdict: 4/5").</summary>
    private static readonly AsciiWordTable<bool> ReviewRatingLabels = ClaimGuards.Set("review-rating-labels");

    /// <summary>Words right before a review's rating or its "of" (claim-guards [review-rating-openers]: "rated 4.2 out of 5").</summary>
    private static readonly AsciiWordTable<bool> ReviewRatingOpeners = ClaimGuards.Set("review-rating-openers");

    /// <summary>Words right after a review's rating (claim-guards [review-rating-units]: "a solid four stars").</summary>
    private static readonly AsciiWordTable<bool> ReviewRatingUnits = ClaimGuards.Set("review-rating-units");

    /// <summary>Verbs by which a bound defines a threshold (claim-guards [threshold-verbs]: "below 50 indicates contraction").</summary>
    private static readonly AsciiWordTable<bool> ThresholdVerbs = ClaimGuards.Set("threshold-verbs");

    /// <summary>"Verdict: 4/5.", "Four out of five stars", "rated 4.2 out of 5 by users", "a solid four stars", "a rating of
    /// 4.7": quantity <paramref name="q"/> is a review's rating — a number of at most ten, no percent or money, after a
    /// [review-rating-labels] word and a colon, right after a [review-rating-openers] word (or its "of"), or right before a
    /// [review-rating-units] word — review apparatus, no quantity claimed. Not "an approval rating of 38%", "an average
    /// score of 7.74", "Score: 2-1".</summary>
    private bool ReviewRating(Quantity q, int first, int last)
    {
        if (q.Value is not decimal v || v < 0 || v > 10 || q.Unit.Kind is UnitKind.Percent or UnitKind.PercentagePoints or UnitKind.Currency
            || Tokens[first].Has(TokenTraits.HasHyphen))
        {
            return false;
        }

        int end = _sentenceFirst + _sentenceLength;
        if (last + 1 < end && InSet(last + 1, ReviewRatingUnits))
        {
            return true;
        }

        int k = first - 1;
        if (k - 1 >= _sentenceFirst && Is(k, ":"))
        {
            return InSet(k - 1, ReviewRatingLabels);
        }

        if (k - 1 >= _sentenceFirst && Is(k, "of"))
        {
            k--;
        }

        return k >= _sentenceFirst && InSet(k, ReviewRatingOpeners);
    }

    /// <summary>"A reading below 50 indicates contraction", "Any figure under 50 signals a contraction": a bound followed by a
    /// [threshold-verbs] verb defines a threshold, no quantity claimed.</summary>
    private bool ThresholdDefinition(Quantity q, int last) =>
        (q.Text.StartsWith("below ", StringComparison.OrdinalIgnoreCase) || q.Text.StartsWith("under ", StringComparison.OrdinalIgnoreCase)
            || q.Text.StartsWith("above ", StringComparison.OrdinalIgnoreCase) || q.Text.StartsWith("over ", StringComparison.OrdinalIgnoreCase))
        && last + 1 < _sentenceFirst + _sentenceLength && InSet(last + 1, ThresholdVerbs);

    /// <summary>Whether token <paramref name="k"/> is a word of <paramref name="set"/>.</summary>
    private bool InSet(int k, AsciiWordTable<bool> set) => Tokens[k].Kind == TokenKind.Word && set.Contains(Word(k));

    /// <summary>Whether "<paramref name="part"/> times out of <paramref name="whole"/>" is a frequency of at least nine in ten
    /// with nothing counted after the whole (whose last token is <paramref name="lastOfWhole"/>).</summary>
    private bool Confident(Quantity part, Quantity whole, int lastOfWhole, int end) =>
        part.Value is decimal p && whole.Value is decimal w
        && w > 0 && p <= w && p >= 0.9m * w && (lastOfWhole + 1 >= end || Tokens[lastOfWhole + 1].Kind == TokenKind.Punctuation);

    /// <summary>Whether a relative clause set off by a comma (", which", ", who", ", whose") opens a few plain words before
    /// the quantity starting at <paramref name="firstOfQuantity"/>. Inside a source such a figure describes the speaker
    /// and is a claim of its own, stated by no one (", which employs 4,000 people, said", "The mayor, who was elected with
    /// 54% of the vote in May, said").</summary>
    private bool CommaRelativeBefore(int firstOfQuantity, int floor)
    {
        for (int j = firstOfQuantity - 1; j > floor && j >= firstOfQuantity - 8; j--)
        {
            // Not "which publishes the figures for all 27 member states": a definite count names a set, it states no figure.
            if (Is(j, "which") || Is(j, "who") || Is(j, "whose"))
            {
                return Is(j - 1, ",") && !Has(firstOfQuantity - 1, Cls.Determiner) && !Is(firstOfQuantity - 1, "all");
            }

            if (Tokens[j].Kind == TokenKind.Punctuation)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The number of quantities the claim of quantity <paramref name="q"/> may draw on: all of them, unless
    /// <paramref name="q"/> stands in a relative clause opened by ", which", ", who" or ", whose" a few words before it
    /// and closed by a comma a few words after it; then only those before that comma ("Birmingham City Council, which
    /// faces a £300m funding gap, plans to raise council tax by 7.5%": two claims). Both looks are bounded.</summary>
    private int RelativeClauseLimit(ReadOnlySpan<(int First, int Last)> at, int q, int end)
    {
        if (q + 1 >= at.Length || !CommaRelativeBefore(at[q].First, _sentenceFirst))
        {
            return at.Length;
        }

        for (int k = at[q].Last + 1; k < end && k <= at[q].Last + 12; k++)
        {
            if (Is(k, ","))
            {
                int limit = q + 1;
                while (limit < at.Length && at[limit].First < k)
                {
                    limit++;
                }

                return limit;
            }

            if (Tokens[k].Kind == TokenKind.Punctuation)
            {
                return at.Length;
            }
        }

        return at.Length;
    }
}
