namespace Tidings.Text;

/// <summary>
/// Splits tokens into sentences: at terminal punctuation followed by a sentence start, at blank lines,
/// and at line breaks that do not continue a wrapped line.
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>Words that start sentences far more often than they follow "U.S." or "a.m." inside one.</summary>
    private static readonly AsciiWordTable<bool> SentenceStarters = AsciiWordTable.Of(new[]
    {
        "the", "a", "an", "in", "on", "at", "he", "she", "it", "they", "we", "i", "you", "but", "and", "this", "that",
        "there", "his", "her", "their", "its", "our", "after", "before", "when", "while", "if", "as", "for", "some",
        "many", "most", "police", "officials", "meanwhile", "however", "earlier", "later", "last", "since", "according",
    });

    /// <summary>What a token before a sentence start can be (besides a line break before the start): the end of the
    /// sentence, or a closing mark after it.</summary>
    private const TokenTraits MayEnd = TokenTraits.Quote | TokenTraits.CloseBracket | TokenTraits.Terminal | TokenTraits.Abbreviation;

    public static void Split(string text, ReadOnlySpan<Token> tokens, ref SentenceBuffer sentences)
    {
        int first = 0;
        for (int k = 1; k < tokens.Length; k++)
        {
            // StartsSentence's common case, tested here so most tokens make no call.
            if ((tokens[k].Traits & (TokenTraits.ParagraphBefore | TokenTraits.LineBreakBefore)) == 0 && (tokens[k - 1].Traits & MayEnd) == 0)
            {
                continue;
            }

            if (StartsSentence(text, tokens, k))
            {
                Add(tokens, first, k, ref sentences);
                first = k;
            }
        }

        if (tokens.Length > 0)
        {
            Add(tokens, first, tokens.Length, ref sentences);
        }
    }

    private static void Add(ReadOnlySpan<Token> tokens, int first, int end, ref SentenceBuffer sentences) =>
        sentences.Add(new Sentence(tokens[first].Start, tokens[end - 1].End, first, end - first));

    private static bool StartsSentence(string text, ReadOnlySpan<Token> tokens, int k)
    {
        Token current = tokens[k];

        // The common case: no line break before the token, and nothing before it that can end a sentence or be
        // skipped back over (every test below then says no).
        if ((current.Traits & (TokenTraits.ParagraphBefore | TokenTraits.LineBreakBefore)) == 0 && (tokens[k - 1].Traits & MayEnd) == 0)
        {
            return false;
        }

        if (current.Has(TokenTraits.ParagraphBefore))
        {
            return true;
        }

        // Skip closing quotes and brackets that belong to the previous sentence: ‘…diaspora.’ Next
        // At most three, as LooksLikeSentenceStart looks ahead: an unbounded walk back is quadratic on a run of quotes.
        int p = k - 1;
        for (int skipped = 0; skipped < 3 && p > 0 && (tokens[p].Has(TokenTraits.Quote) || tokens[p].Has(TokenTraits.CloseBracket))
            && !tokens[p].Has(TokenTraits.SpaceBefore); skipped++)
        {
            p--;
        }

        Token previous = tokens[p];
        if (current.Has(TokenTraits.Quote) || current.Has(TokenTraits.CloseBracket))
        {
            // A closing mark glued to the terminal belongs before the break.
            if (!current.Has(TokenTraits.SpaceBefore))
            {
                return false;
            }
        }

        if (previous.Has(TokenTraits.Terminal))
        {
            // "..." followed by a lower-case word continues the sentence.
            return current.Has(TokenTraits.LineBreakBefore)
                || (current.Has(TokenTraits.SpaceBefore) && LooksLikeSentenceStart(text, tokens, k));
        }

        if (previous.Has(TokenTraits.Abbreviation) && current.Has(TokenTraits.SpaceBefore))
        {
            ReadOnlySpan<char> abbreviation = text.AsSpan(previous.Start, previous.Length);
            if (!Abbreviations.IsTitle(abbreviation) && previous.Length > 2 && current.Kind == TokenKind.Word
                && SentenceStarters.Contains(text.AsSpan(current.Start, current.Length)) && current.Has(TokenTraits.Capitalized))
            {
                return true;
            }
        }

        if (current.Has(TokenTraits.LineBreakBefore))
        {
            // A wrapped line goes on: a lower-case word, or a line that ended in a comma, hyphen or open bracket.
            bool previousContinues = previous.Kind == TokenKind.Punctuation && !previous.Has(TokenTraits.Quote)
                && !previous.Has(TokenTraits.CloseBracket) && !previous.Has(TokenTraits.Terminal);
            bool currentContinues = current.Kind == TokenKind.Word && !current.Has(TokenTraits.Capitalized);
            return !previousContinues && !currentContinues;
        }

        return false;
    }

    private static bool LooksLikeSentenceStart(string text, ReadOnlySpan<Token> tokens, int k)
    {
        // Look past at most three opening quotes or brackets: “‘The …
        for (int step = 0; step < 4 && k < tokens.Length; step++, k++)
        {
            Token t = tokens[k];
            if (t.Kind == TokenKind.Word)
            {
                return t.Has(TokenTraits.Capitalized) || !char.IsLower(text[t.Start]);
            }

            if (!t.Has(TokenTraits.Quote) && !t.Has(TokenTraits.OpenBracket))
            {
                return t.Kind is TokenKind.Number or TokenKind.Symbol or TokenKind.Other || t.Has(TokenTraits.Dash);
            }
        }

        return true;
    }
}
