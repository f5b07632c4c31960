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

    /// <summary>Words a line of prose may break after but no headline, heading or table row ends in ("Shares of Bank
    /// of", "filings with the"): the line was wrapped mid-sentence.</summary>
    private static readonly AsciiWordTable<bool> WrapWords = AsciiWordTable.Of(new[]
    {
        "of", "the", "a", "an", "and", "or", "for", "to", "in", "on", "at", "by", "with", "from",
    });

    public static void Split(string text, ReadOnlySpan<Token> tokens, ref SentenceBuffer sentences)
    {
        bool wrapped = IsWrapped(text, tokens);
        int first = 0;
        for (int k = 1; k < tokens.Length; k++)
        {
            // StartsSentence's common case, tested here so most tokens make no call.
            if ((tokens[k].Traits & (TokenTraits.ParagraphBefore | TokenTraits.LineBreakBefore)) == 0 && (tokens[k - 1].Traits & MayEnd) == 0)
            {
                continue;
            }

            if (StartsSentence(text, tokens, k, wrapped))
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

    /// <summary>Whether the text is copy wrapped at a fixed width: some line (not a paragraph's last) ends in one of
    /// <see cref="WrapWords"/> or "&amp;", or a line ending in a word goes on with a lower-case word ("Alibaba's
    /// Qwen\nteam"); and at least half the line breaks fall between lines of prose (each with a lower-case word)
    /// with no sentence's end before the break — not a table, a results list or a headline over its story. One pass
    /// over the tokens.</summary>
    private static bool IsWrapped(string text, ReadOnlySpan<Token> tokens)
    {
        bool evidence = false;
        int breaks = 0;
        int prose = 0;
        bool line = false; // the current line holds a lower-case word
        bool previous = false; // the line before it did, and ended with no sentence's end
        bool havePrevious = false;
        for (int k = 0; k <= tokens.Length; k++)
        {
            bool ends = k == tokens.Length || (k > 0 && tokens[k].Has(TokenTraits.LineBreakBefore));
            if (ends && k > 0)
            {
                if (havePrevious)
                {
                    breaks++;
                    prose += previous && line ? 1 : 0;
                }

                previous = line && (tokens[k - 1].Traits & MayEnd) == 0;
                havePrevious = k < tokens.Length && !tokens[k].Has(TokenTraits.ParagraphBefore);
                line = false;
                evidence = evidence || k < tokens.Length && havePrevious && (WrappedAfter(text, tokens[k - 1])
                    || (tokens[k - 1].Kind == TokenKind.Word && tokens[k].Kind == TokenKind.Word && char.IsLower(text[tokens[k].Start])));
            }

            // Once the line holds a lower-case word, its other tokens are not read (nor, once there is evidence, its end's word).
            if (!line && k < tokens.Length)
            {
                line |= tokens[k].Kind == TokenKind.Word && tokens[k].Length >= 2 && char.IsLower(text[tokens[k].Start]);
            }
        }

        return evidence && breaks > 0 && prose * 2 >= breaks;
    }

    /// <summary>Whether the white space between <paramref name="from"/> and <paramref name="to"/> holds exactly one
    /// line break ("\r\n" is one). Reads only that gap, so each gap once over a text.</summary>
    private static bool OneLineBreak(string text, int from, int to)
    {
        int breaks = 0;
        for (int i = from; i < to && i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\n' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029' || (c == '\r' && (i + 1 >= to || text[i + 1] != '\n')))
            {
                breaks++;
            }
        }

        return breaks == 1;
    }

    private static bool WrappedAfter(string text, Token previous) =>
        (previous.Length == 1 && text[previous.Start] == '&')
        || (previous.Kind == TokenKind.Word && char.IsLower(text[previous.Start]) && WrapWords.Contains(text.AsSpan(previous.Start, previous.Length)));

    private static bool StartsSentence(string text, ReadOnlySpan<Token> tokens, int k, bool wrapped)
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
            // A line ending in a word of WrapWords goes on anywhere; in wrapped copy so does a line of prose that breaks
            // between two capitalised words before more prose ("Shares of Bank of\nAmerica fell after Berkshire\nHathaway
            // cut its stake"), not a heading or a table row ("Leading results\nSandrine Testud ( France ) beat").
            // Only over one line break: a blank line between them, even one holding spaces, ends the paragraph.
            bool wrappedLine = OneLineBreak(text, previous.End, current.Start)
                && (WrappedAfter(text, previous)
                    || (wrapped && previous.Kind == TokenKind.Word && previous.Has(TokenTraits.Capitalized) && current.Kind == TokenKind.Word
                        && current.Has(TokenTraits.Capitalized) && ProseAround(text, tokens, k)));
            return !previousContinues && !currentContinues && !wrappedLine;
        }

        return false;
    }

    /// <summary>Whether the words after token <paramref name="k"/>'s line break (within 6 tokens, on its line) hold a
    /// lower-case word or a sentence's end before any bracket or number: prose goes on after the break.</summary>
    private static bool ProseAround(string text, ReadOnlySpan<Token> tokens, int k)
    {
        for (int j = k + 1; j < tokens.Length && j <= k + 6; j++)
        {
            if (tokens[j].Has(TokenTraits.LineBreakBefore) || tokens[j].Kind == TokenKind.Number || tokens[j].Has(TokenTraits.OpenBracket))
            {
                return false;
            }

            if (LowerWord(text, tokens[j]) || (tokens[j].Kind == TokenKind.Word && tokens[j].Length == 2 && char.IsLower(text[tokens[j].Start]))
                || tokens[j].Has(TokenTraits.Terminal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool LowerWord(string text, Token token) =>
        token.Kind == TokenKind.Word && token.Length >= 3 && char.IsLower(text[token.Start]);

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
