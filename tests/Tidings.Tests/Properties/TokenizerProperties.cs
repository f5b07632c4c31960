using FsCheck;
using FsCheck.Fluent;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Properties;

/// <summary>Invariants of <see cref="Document.Create"/> (tokenizer and sentence splitter) over any text.</summary>
public sealed class TokenizerProperties
{
    [Fact]
    public void Tokenizer_invariants_hold_on_arbitrary_strings() =>
        PropertySettings.Run(Prop.ForAll(TextGenerators.ArbitraryText, CheckDocument), nameof(Tokenizer_invariants_hold_on_arbitrary_strings));

    [Fact]
    public void Tokenizer_invariants_hold_on_news_like_strings() =>
        PropertySettings.Run(Prop.ForAll(TextGenerators.NewsText, CheckDocument), nameof(Tokenizer_invariants_hold_on_news_like_strings));

    [Fact]
    public void Pooled_documents_equal_created_ones() =>
        PropertySettings.Run(Prop.ForAll(TextGenerators.AnyText, text =>
        {
            Document created = Document.Create(text);
            using Document rented = Document.Rent(text, referenceDate: null);
            Assert.Equal(created.Tokens.ToArray(), rented.Tokens.ToArray());
            Assert.Equal(created.Sentences.ToArray(), rented.Sentences.ToArray());
            Assert.Equal(created.Tokens.ToArray(), NewsTokenizer.Tokenize(text));
        }), nameof(Pooled_documents_equal_created_ones));

    [Fact]
    public void Paragraph_prefix_shifts_tokens_and_sentences() =>
        PropertySettings.Run(Prop.ForAll(TextGenerators.ParagraphPrefix, TextGenerators.AnyText, (prefix, text) =>
        {
            Document plain = Document.Create(text);
            Document prefixed = Document.Create(prefix + text);
            int prefixTokens = Document.Create(prefix).Tokens.Length;
            int prefixSentences = Document.Create(prefix).Sentences.Length;
            Assert.Equal(plain.Tokens.Length + prefixTokens, prefixed.Tokens.Length);
            for (int i = 0; i < plain.Tokens.Length; i++)
            {
                Token a = plain.Tokens[i];
                Token b = prefixed.Tokens[prefixTokens + i];
                Assert.Equal(a.Start + prefix.Length, b.Start);
                Assert.Equal(a.Length, b.Length);
                Assert.Equal(a.Kind, b.Kind);

                // Only the first token learns about the space before it.
                const TokenTraits Spacing = TokenTraits.SpaceBefore | TokenTraits.LineBreakBefore | TokenTraits.ParagraphBefore;
                Assert.Equal(a.Traits & ~Spacing, b.Traits & ~Spacing);
                if (i > 0)
                {
                    Assert.Equal(a.Traits, b.Traits);
                }
            }

            Assert.Equal(plain.Sentences.Length + prefixSentences, prefixed.Sentences.Length);
            for (int i = 0; i < plain.Sentences.Length; i++)
            {
                Sentence a = plain.Sentences[i];
                Sentence b = prefixed.Sentences[prefixSentences + i];
                Assert.Equal(new Sentence(a.Start + prefix.Length, a.End + prefix.Length, a.FirstToken + prefixTokens, a.TokenCount), b);
            }
        }), nameof(Paragraph_prefix_shifts_tokens_and_sentences));

    /// <summary>Every structural promise of a document, checked against an independent reading of the text.</summary>
    internal static void CheckDocument(string text)
    {
        Document document = Document.Create(text);
        Assert.Same(text, document.Text);
        ReadOnlySpan<Token> tokens = document.Tokens;
        int previousEnd = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            Token t = tokens[i];
            string where = $"token {i} [{t.Start}, {t.End})";
            Assert.True(t.Length > 0, where + " is empty");
            Assert.True(t.Start >= previousEnd, where + " overlaps or precedes the previous token");
            Assert.True(t.End <= text.Length, where + " runs past the end");
            Assert.False(SplitsSurrogatePair(text, t.Start), where + " starts inside a surrogate pair");
            Assert.False(SplitsSurrogatePair(text, t.End), where + " ends inside a surrogate pair");
            for (int k = t.Start; k < t.End; k++)
            {
                if (IsSpaceOrInvisible(text[k]))
                {
                    Assert.Fail($"{where} contains U+{(int)text[k]:X4}");
                }
            }

            // The gap before a token holds nothing but spaces and invisible separators, and SpaceBefore says whether there is one.
            CheckGap(text, previousEnd, t.Start);

            Assert.Equal(t.Start > previousEnd, t.Has(TokenTraits.SpaceBefore));
            if (t.Has(TokenTraits.ParagraphBefore))
            {
                Assert.True(t.Has(TokenTraits.LineBreakBefore), $"{where} has a paragraph but no line break before it");
            }

            if (t.Has(TokenTraits.LineBreakBefore))
            {
                Assert.True(t.Has(TokenTraits.SpaceBefore), $"{where} has a line break but no space before it");
            }

            previousEnd = t.End;
        }

        // Whatever follows the last token is white space too.
        CheckGap(text, previousEnd, text.Length);

        // Sentences partition the tokens, in order, each holding at least one.
        ReadOnlySpan<Sentence> sentences = document.Sentences;
        Assert.Equal(tokens.Length == 0, sentences.Length == 0);
        int next = 0;
        foreach (Sentence s in sentences)
        {
            Assert.Equal(next, s.FirstToken);
            Assert.True(s.TokenCount >= 1, "empty sentence");
            Assert.True(s.EndToken <= tokens.Length, "sentence past the last token");
            Assert.Equal(tokens[s.FirstToken].Start, s.Start);
            Assert.Equal(tokens[s.EndToken - 1].End, s.End);
            next = s.EndToken;
        }

        Assert.Equal(tokens.Length, next);
    }

    private static void CheckGap(string text, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (!IsSpaceOrInvisible(text[k]) && !char.IsControl(text[k]))
            {
                Assert.Fail($"U+{(int)text[k]:X4} at {k} is in no token");
            }
        }
    }

    private static bool SplitsSurrogatePair(string text, int offset) =>
        offset > 0 && offset < text.Length && char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset]);

    /// <summary>White space, and the zero-width and bidirectional format characters news text carries.</summary>
    private static bool IsSpaceOrInvisible(char c) =>
        char.IsWhiteSpace(c)
        || c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\uFEFF' or '\u2060' or '\u00AD' or '\u061C' or '\u180E'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2060' && c <= '\u206F'); // word joiner, invisible operators, deprecated format controls (and the unassigned gaps between them)
}
