using Tidings.Numbers;
using Tidings.Text;
using Cls = Tidings.Claims.ClaimWords.Cls;

namespace Tidings.Claims;

/// <summary>
/// The matches room (session 35, claims35): two figures of one measure set side by side by a word of equality ("came in at
/// 14.1 million tonnes, exactly the 14.1 million tonnes gathered in 2023"; "closed at 26,310, equalling its close of 26,310
/// on 4 October"; "was 2.4% in November, the same as France's 2.4%"), or a target, forecast or plan and the outcome set
/// against it across a semicolon or colon ("The programme's goal was 1,000 new apprenticeships; it delivered 412"), form
/// one claim. Every look is bounded by a few tokens, so the room is linear and allocates nothing.
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

    /// <summary>Adverbs that may qualify a word of equality (claim-guards [equality-adverbs]: "exactly", "almost").</summary>
    private static readonly AsciiWordTable<bool> EqualityAdverbs = ClaimGuards.Set("equality-adverbs");

    /// <summary>Words naming a figure as a target, forecast or plan (claim-guards [target-words]: "goal", "pencilled").</summary>
    private static readonly AsciiWordTable<bool> TargetWords = ClaimGuards.Set("target-words");

    /// <summary>Words stating an outcome against a target (claim-guards [outcome-words]: "delivered", "collected").</summary>
    private static readonly AsciiWordTable<bool> OutcomeWords = ClaimGuards.Set("outcome-words");

    /// <summary>Quantity <paramref name="q"/> + 1 when it is matched to quantity <paramref name="q"/> by a word of equality
    /// between them, or -1. <paramref name="relation"/>: a comparison when the second figure is another holder's (a name
    /// or its possessive in the link: "the same as France's 2.4%"), else a change (the same measure at another time).</summary>
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

        relation = holder ? ClaimRelation.Comparison : ClaimRelation.Change;
        return q + 1;
    }

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

            outcome |= k < to && OutcomeWords.Contains(Word(k));
        }

        if (!outcome)
        {
            return -1;
        }

        // The target's clause: a target word shortly before its figure ("The goal of 600,000", "target of 18%", "had
        // pencilled in receipts of £4.1bn").
        for (int k = at[q].First - 1; k >= _sentenceFirst && k >= at[q].First - MaxTargetReach; k--)
        {
            if (Is(k, ";") || Is(k, ":"))
            {
                return -1;
            }

            if (Tokens[k].Kind == TokenKind.Word && TargetWords.Contains(Word(k)))
            {
                return q + 1;
            }
        }

        return -1;
    }
}
