using Tidings.Text;

namespace Tidings.Claims;

/// <summary>
/// The ranks room (session 38, claims38, b26): numbers that belong to a place in a ranking and claim nothing of their own —
/// a move of places ("rose three places to 12th", "slipped two places", "jumped 214 places in the county league table") and
/// the size of the field after a rank ("ranked 27th of 38 OECD countries", "finished 14th out of 26", "last of the 38"), as
/// the ordinal itself claims nothing. The figure attached to the rank ("with 46.1", "at $5,493") stays a claim. Each look is
/// a few tokens around the number, so the reading is linear.
/// </summary>
internal sealed partial class ClaimBuilder
{
    /// <summary>Nouns counting places in a ranking (claim-guards [rank-place-nouns]: "places", "spots", "positions").</summary>
    private static readonly AsciiWordTable<bool> RankPlaceNouns = ClaimGuards.Set("rank-place-nouns");

    /// <summary>Verbs that move something up or down a ranking (claim-guards [rank-move-verbs]: "rose", "slipped", "jumped").</summary>
    private static readonly AsciiWordTable<bool> RankMoveVerbs = ClaimGuards.Set("rank-move-verbs");

    /// <summary>Words that stand for a rank before "of" (claim-guards [rank-words]: "last", "bottom", "first").</summary>
    private static readonly AsciiWordTable<bool> RankWords = ClaimGuards.Set("rank-words");

    /// <summary>Whether the number from <paramref name="first"/> to <paramref name="last"/> is a move of places in a ranking
    /// (a [rank-move-verbs] verb, the number, a [rank-place-nouns] noun: "rose three places", "fell 40 places to 99th") or the
    /// size of the field after a rank ("27th of 38", "14th out of 26", "last of the 38").</summary>
    private bool RankNumber(int first, int last)
    {
        int sentenceEnd = _sentenceFirst + _sentenceLength;
        // A ranking must follow the places ("to 12th", "to third", "in the county league table"): "places" and "positions"
        // are also seats and jobs ("Universities dropped 4,000 places for overseas students", "Ford moved 1,500 positions to
        // Cologne") (mend-claims38: review claims38 finding 2).
        if (last + 1 < sentenceEnd && first - 1 >= _sentenceFirst && InSet(last + 1, RankPlaceNouns) && InSet(first - 1, RankMoveVerbs)
            && RankingAfter(last + 2, sentenceEnd))
        {
            return true;
        }

        // "ranked 12th of the 3,100 state secondary schools" tells the size of a named population, a claim (b18); a field
        // without "the" and its noun ("27th of 38 OECD countries", "last of the 38") is the rank's own (b26).
        int k = first - 1;
        if (k >= _sentenceFirst && Is(k, "the"))
        {
            if (last + 1 < sentenceEnd && Tokens[last + 1].Kind == TokenKind.Word && !Has(last + 1, ClaimWords.Cls.Preposition | ClaimWords.Cls.Breaker))
            {
                return false;
            }

            k--;
        }

        if (k < _sentenceFirst || !Is(k, "of"))
        {
            return false;
        }

        k--;
        if (k >= _sentenceFirst && Is(k, "out"))
        {
            k--;
        }

        // "ranks last of the 38" (not "the last of the 300 hostages", a part of a group, nor a headline's "Last of 3,000 Ford
        // workers leave …": the rank word follows a verb or another word of the sentence; review claims38 finding 5).
        return k >= _sentenceFirst && (Ordinal(k) || InSet(k, RankWords) && k - 1 >= _sentenceFirst && !Has(k - 1, ClaimWords.Cls.Determiner));
    }

    /// <summary>Nouns naming a ranking (claim-guards [rank-table-nouns]: "table", "rankings", "standings").</summary>
    private static readonly AsciiWordTable<bool> RankTableNouns = ClaimGuards.Set("rank-table-nouns");

    /// <summary>Ordinal words a move of places may reach (claim-guards [rank-ordinal-words]: "third", "top").</summary>
    private static readonly AsciiWordTable<bool> RankOrdinalWords = ClaimGuards.Set("rank-ordinal-words");

    /// <summary>Whether a ranking follows from <paramref name="from"/> within a few words of its clause: "to" and an ordinal
    /// ("to 12th", "to third") or a [rank-table-nouns] noun ("in the county league table"). Bounded look.</summary>
    private bool RankingAfter(int from, int sentenceEnd)
    {
        for (int k = from; k < sentenceEnd && k < from + 7; k++)
        {
            if (Is(k, ",") || Is(k, ";") || Is(k, ":") || Tokens[k].Has(TokenTraits.Terminal))
            {
                return false;
            }

            // "to 12th" as one token, or "12" with its glued suffix "th".
            bool afterTo = k - 1 >= from && Is(k - 1, "to");
            if (InSet(k, RankTableNouns) || afterTo && InSet(k, RankOrdinalWords)
                || Ordinal(k) && (afterTo || k - 2 >= from && Is(k - 2, "to") && Tokens[k - 1].Kind == TokenKind.Number))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether token <paramref name="k"/> is an ordinal written in digits ("27th", "1st", "99th"), as one token or as
    /// its glued suffix after the number.</summary>
    private bool Ordinal(int k)
    {
        ReadOnlySpan<char> w = Word(k);
        if (w.Length < 2 || !(w.EndsWith("th", StringComparison.OrdinalIgnoreCase) || w.EndsWith("st", StringComparison.OrdinalIgnoreCase)
            || w.EndsWith("nd", StringComparison.OrdinalIgnoreCase) || w.EndsWith("rd", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        return w.Length >= 3 && char.IsAsciiDigit(w[0])
            || w.Length == 2 && k - 1 >= _sentenceFirst && Tokens[k - 1].Kind == TokenKind.Number && !Tokens[k].Has(TokenTraits.SpaceBefore);
    }
}
