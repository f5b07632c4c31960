using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>
/// Multiples (session 21): "twice as many", "three times as much", "four times higher than", "five times the national
/// average", "14 times forward earnings" — a multiplier of a comparison or a valuation multiple is a ratio, its mention
/// the multiplier alone ("twice", "three times"). A multiplier that counts occasions stays what it was: "scored twice",
/// "twice a day", "viewed 3.4 million times", "twice as Real Madrid won" (a conjunction before a clause).
/// </summary>
internal sealed partial class NumeralReader
{
    /// <summary>"twice"/"thrice"/"double" before a comparison: a ratio of 2 or 3; "threefold", "five-fold" (a multiple
    /// by its very word) with or without one.</summary>
    private bool ParseMultiplier(int i, WordInfo info, ref Draft n)
    {
        ReadOnlySpan<char> w = Text(i);
        bool fold = w.EndsWith("fold", StringComparison.OrdinalIgnoreCase);
        bool adverb = w.Equals("twice", StringComparison.OrdinalIgnoreCase) || w.Equals("thrice", StringComparison.OrdinalIgnoreCase);

        // "double that of the last election", "more than double the previous record", "nearly double the 2.2 million
        // forecast": "double", "triple" are multiples before "that of", or before "the" and a base of comparison when
        // no word before them makes them a verb ([word-list] "multiplier-verb-before": "plans to double the size").
        if (!fold && (adverb ? !Comparison(i + 1) : !(((Is(i + 1, "that") || Is(i + 1, "those")) && Is(i + 2, "of"))
            || Is(i + 1, "the") && Comparison(i + 1) && MultipleBeforeThe(i)
            || PossessiveAfter(i + 1) && (AppositionBefore(i) || i > FirstToken && IsWord(i - 1) && MultipleBeforeThe(i)))))
        {
            return false;
        }

        n.Value = n.Mantissa = info.Number;
        n.Ratio = true;
        n.Last = i;
        return true;
    }

    /// <summary>Session 27: whether "double"/"triple" at token <paramref name="i"/> before "the" is a multiple, not a verb after
    /// its subject ("Energy firms double the standing charge"): only at the sentence's start, after punctuation ("…, double the
    /// …"), a hedge or a copula ([word-list] "multiple-the-before": "more than", "nearly", "was"), or a hedge ending in "to"
    /// ([word-list] "multiple-the-before-to": "close to double the …").</summary>
    private bool MultipleBeforeThe(int i)
    {
        int b = i - 1;
        if (b < FirstToken || !IsWord(b) && Tok(b).Kind != TokenKind.Number)
        {
            return true;
        }

        return IsWord(b) && (Units.InList("multiple-the-before", Text(b))
            || Is(b, "to") && b - 1 >= FirstToken && IsWord(b - 1) && Units.InList("multiple-the-before-to", Text(b - 1))
            || Units.InList("multiple-the-adverb", Text(b))
                && (b - 1 >= FirstToken && (IsWord(b - 1) || Tok(b - 1).Kind == TokenKind.Punctuation) && Units.InList("multiple-the-copula", Text(b - 1))
                    || BaseAfterThe(i + 2))); // "is now double the", "Rents now double the national average", not "Doctors now double the dose"
    }

    /// <summary>Whether a base of comparison of [word-list] "multiple-of" ("average", "national", "level") stands within three
    /// words from token <paramref name="k"/> (just after "the": "the national average", "the 2019 level").</summary>
    private bool BaseAfterThe(int k)
    {
        for (int j = k; j < k + 3 && j < EndToken; j++)
        {
            if (IsWord(j) && Units.InList(WordLists.MultipleOf, Text(j)))
            {
                return true;
            }

            if (!IsWord(j) && Tok(j).Kind != TokenKind.Number)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether "as" at token <paramref name="k"/> is followed by a word of [word-list] "as-comparison" ("half as
    /// likely", "half as many"; not "cut in half as factories closed").</summary>
    private bool AsComparison(int k) => Is(k, "as") && OnNamedList(k + 1, "as-comparison");

    /// <summary>Whether the text <paramref name="after"/> a mention starts with "as" and a word of [word-list] "as-comparison"
    /// ("half as likely"), across any white space: the claim builder's test of the same.</summary>
    public static bool StartsAsComparison(ReadOnlySpan<char> after)
    {
        after = after.TrimStart();
        if (after.Length < 3 || !after.StartsWith("as", StringComparison.OrdinalIgnoreCase) || !char.IsWhiteSpace(after[2]))
        {
            return false;
        }

        after = after[2..].TrimStart();
        int n = 0;
        while (n < after.Length && char.IsLetter(after[n]))
        {
            n++;
        }

        return n > 0 && Units.InList("as-comparison", after[..n]);
    }

    /// <summary>Whether "times" at token <paramref name="k"/> makes the number before it a multiple ("three times as much").</summary>
    public bool TimesMultiple(int k) => Is(k, "times") && Comparison(k + 1);

    /// <summary>
    /// Whether "times" at token <paramref name="k"/>, ending its clause ("a sector average of about 14 times.", "more than 12
    /// times in London"), echoes a multiple read earlier in the sentence ("18 times earnings", "8.3 times average
    /// earnings"): the same multiple, said again without its base. A count of occasions ("scored three times") has no
    /// multiple before it. Looks back at most 24 tokens, and only for a number before "times".
    /// </summary>
    public bool EchoedMultiple(int first, int k)
    {
        if (k + 1 < EndToken && Tok(k + 1).Kind == TokenKind.Word && !Is(k + 1, "in") && !Is(k + 1, "for") && !Is(k + 1, "at"))
        {
            return false;
        }

        for (int j = first - 1; j > FirstToken && j >= first - 24; j--)
        {
            Steps++;
            if (Is(j, "times") && Tok(j - 1).Kind == TokenKind.Number
                && (TimesMultiple(j) || IsWord(j + 1) && Units.InList(WordLists.MultipleOf, Text(j + 1))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a comparison starts at token <paramref name="k"/>: "as" and a lower-case word that is no article or pronoun
    /// ("as many", "as much", "as likely"), "more"/"less"/"fewer", a comparative before "than" ("higher than"), "the" and a
    /// word of size ([word-list] "multiple-of": "the national average", "the size"), or a valuation base ([word-list]
    /// "multiple-base": "forward earnings", "book value").
    /// </summary>
    private bool Comparison(int k)
    {
        if (!IsWord(k))
        {
            return false;
        }

        ReadOnlySpan<char> w = Text(k);
        if (Is(k, "as"))
        {
            return IsWord(k + 1) && !Tok(k + 1).Has(TokenTraits.Capitalized) && !Info(k + 1).Is(WordClass.Article)
                && (Is(k + 1, "many") || Is(k + 1, "much") || !Info(k + 1).Is(WordClass.Function));
        }

        if (Is(k, "more") || Is(k, "less") || Is(k, "fewer"))
        {
            return true;
        }

        if (w.Length > 4 && w.EndsWith("er", StringComparison.OrdinalIgnoreCase) && Is(k + 1, "than"))
        {
            return true; // "four times higher than"
        }

        if (Units.InList(WordLists.MultipleAfter, w))
        {
            return true; // "three times higher when", "12 times oversubscribed"
        }

        if ((Is(k, "that") || Is(k, "those")) && (Is(k + 1, "of") || Is(k + 1, "among") || Is(k + 1, "in") || Is(k + 1, "for")))
        {
            return true; // "roughly 60 times that of Ethiopia", "double that of the last election", "three times that among women"
        }

        if (Units.InList(WordLists.MultipleOf, w) && IsWord(k + 1)
            && (IsMultipleBase(Text(k + 1)) || IsWord(k + 2) && !Info(k + 1).Is(WordClass.Function) && IsMultipleBase(Text(k + 2))))
        {
            return true; // "nine times median household earnings", "14 times annual earnings"
        }

        if (Is(k, "the") && NumberAfter(k + 1))
        {
            return true; // "nearly three times the £7,000 spent in state schools", "twice the 0.25% economists expected"
        }

        if ((Is(k, "a") || Is(k, "an")) && !TimeUnitAfter(k))
        {
            // Session 38 (quant38, b26): "roughly ten times a conventional server rack", "three times a typical bill": a word
            // of size within three words of the article; not a frequency ("three times a normal week").
            return SizeWordAfter(Doc.Tokens, Source, k, EndToken, wordsOnly: true);
        }

        if (Is(k, "the") || Is(k, "that") || Is(k, "its") || Is(k, "their"))
        {
            // "the national average", "its estimate", "the WHO guideline", "the EU's legal limit": a word of size within
            // three words of the determiner.
            return SizeWordAfter(Doc.Tokens, Source, k, EndToken, wordsOnly: true);
        }

        return IsMultipleBase(w);
    }

    /// <summary>Whether a unit of time stands among the three words after token <paramref name="k"/> ("a normal week").</summary>
    private bool TimeUnitAfter(int k)
    {
        for (int j = k + 1; j <= k + 3 && j < EndToken && IsWord(j); j++)
        {
            if (Info(j).Is(WordClass.TimeUnit))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"its", "his", "her", "their": the possessor of the figure a multiple in apposition is of ("double his current
    /// salary", "almost double its 2021 result of 10.4%").</summary>
    private bool PossessiveAfter(int k) => Is(k, "its") || Is(k, "his") || Is(k, "her") || Is(k, "their");

    /// <summary>Whether the multiple at token <paramref name="i"/> stands in apposition: a comma before it, with at most two
    /// words of hedge between ("…, double his current salary", "…, almost double its 2021 result") and no verb word.</summary>
    private bool AppositionBefore(int i)
    {
        for (int j = i - 1; j >= FirstToken && j >= i - 3; j--)
        {
            if (Is(j, ","))
            {
                return true;
            }

            if (!IsWord(j) || Units.InList(WordLists.MultiplierVerbBefore, Text(j)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether a number starts at token <paramref name="k"/>, a currency sign before it allowed ("the 140", "the £7,000").</summary>
    private bool NumberAfter(int k)
    {
        if (k < EndToken && Tok(k).Kind == TokenKind.Symbol)
        {
            k++;
        }

        return k < EndToken && Tok(k).Kind == TokenKind.Number;
    }

    /// <summary>Whether <paramref name="word"/> is a base a valuation multiple is stated in ([word-list] "multiple-base":
    /// "14 times earnings", "forward", "book value"). Shared with the claims' reading of a multiple.</summary>
    public static bool IsMultipleBase(ReadOnlySpan<char> word) => Units.InList(WordLists.MultipleBase, word);

    /// <summary>
    /// Whether a word of size ([word-list] "multiple-of": "average", "size", "limit") is among the three tokens after the
    /// determiner at token <paramref name="k"/>, before <paramref name="end"/>: "the national average", "its estimate".
    /// With <paramref name="wordsOnly"/> the look stops at the first token that is not a word (the numeral reader's
    /// reading); without, it looks past marks (the claims'). Shared by the numeral reader and the claims.
    /// </summary>
    public static bool SizeWordAfter(ReadOnlySpan<Token> tokens, string text, int k, int end, bool wordsOnly)
    {
        for (int j = k + 1; j <= k + 3 && j < end; j++)
        {
            Token t = tokens[j];
            if (wordsOnly && t.Kind != TokenKind.Word)
            {
                return false;
            }

            if (Units.InList(WordLists.MultipleOf, text.AsSpan(t.Start, t.Length)))
            {
                return true;
            }
        }

        return false;
    }
}
