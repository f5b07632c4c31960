using Microsoft.ML.Tokenizers;
using Tidings.ML.Tokenizers;
using Xunit;

namespace Tidings.Tests.ML;

/// <summary>Tidings with Microsoft.ML.Tokenizers: the news pre-tokenizer, BIO labels per sub-word token, chunking.</summary>
public sealed class TokenizerIntegrationTests : IDisposable
{
    private const string Sentence = "The U.S. paid $1.2bn on July 24, up 3.5% from 2019.";

    private readonly string _vocabPath = Path.Combine(Path.GetTempPath(), $"tidings-wordpiece-{Guid.NewGuid():N}.txt");

    public TokenizerIntegrationTests()
    {
        // A tiny WordPiece vocabulary, written by the test: whole words, digits, and continuation pieces.
        string[] vocab =
        [
            "[UNK]", "[CLS]", "[SEP]", "[PAD]", "[MASK]", "the", "The", "U", "##.", "##S", ".", "paid", "$", "##1", "##.", "##2", "##bn",
            "on", "July", "24", ",", "up", "3", "##5", "##%", "from", "2019", "20", "##19", "prices", "rose", "in", "##e",
            "cafe", "caf", "Chisinau", "Chi", "##sinau", "s", "##s", "##t", "stra", "##sse", "strasse", "Police", "said",
        ];
        File.WriteAllLines(_vocabPath, vocab.Distinct());
    }

    public void Dispose() => File.Delete(_vocabPath);

    private WordPieceTokenizer WordPiece(Normalizer? normalizer = null) =>
        WordPieceTokenizer.Create(_vocabPath, new WordPieceOptions { PreTokenizer = NewsPreTokenizer.Instance, Normalizer = normalizer });

    [Fact]
    public void Pre_tokens_keep_money_percentages_and_abbreviations_whole()
    {
        string[] pieces = [.. NewsPreTokenizer.Instance.PreTokenize(Sentence).Select(p => Sentence.Substring(p.Offset, p.Length))];

        Assert.Contains("U.S.", pieces);
        Assert.Contains("$1.2bn", pieces);
        Assert.Contains("3.5%", pieces);
        Assert.Contains("US$5", NewsPreTokenizer.Instance.PreTokenize("It cost US$5 each.").Select(p => "It cost US$5 each.".Substring(p.Offset, p.Length)));
        Assert.DoesNotContain(" ", string.Concat(pieces));

        // The built-in word/punctuation pre-tokenizer breaks them apart.
        string[] builtIn = [.. PreTokenizer.CreateWordOrPunctuation().PreTokenize(Sentence).Select(p => Sentence.Substring(p.Offset, p.Length))];
        Assert.DoesNotContain("$1.2bn", builtIn);
    }

    [Fact]
    public void Pre_tokenizer_handles_empty_and_span_input()
    {
        Assert.Empty(NewsPreTokenizer.Instance.PreTokenize(string.Empty));
        Assert.Empty(NewsPreTokenizer.Instance.PreTokenize(ReadOnlySpan<char>.Empty));
        Assert.Equal(NewsPreTokenizer.Instance.PreTokenize(Sentence), NewsPreTokenizer.Instance.PreTokenize(Sentence.AsSpan()));
    }

    [Fact]
    public void Word_piece_tokens_get_bio_labels_from_mentions()
    {
        ExtractionResult result = News.Extract(Sentence, new DateOnly(2020, 7, 28));
        IReadOnlyList<TokenLabel> labels = WordPiece().ToTokenLabels(Sentence, [.. result.Quantities, .. result.Dates]);

        Assert.All(labels, l => Assert.InRange(l.Start, 0, Sentence.Length));
        string Labelled(string prefix) => string.Join("|", labels.Where(l => l.Label.EndsWith(prefix, StringComparison.Ordinal)).Select(l => l.Label + ":" + Sentence[l.Start..l.End]));

        // "$1.2bn" is one quantity split into sub-words: B- then I-.
        Assert.Contains("B-QUANTITY:$", Labelled("QUANTITY"));
        Assert.Contains("I-QUANTITY:bn", Labelled("QUANTITY"));
        Assert.Contains("B-DATE:July|I-DATE:24", Labelled("DATE"));
        Assert.Equal("O", labels.First(l => Sentence[l.Start..l.End] == "paid").Label);
    }

    [Fact]
    public void Offsets_map_back_through_a_normalizer_that_changes_lengths()
    {
        // "ß" becomes "ss" (longer), soft hyphens vanish (shorter), and everything is lower-cased.
        const string text = "Police said strasse\u00AD caf\u00E9 Chi\u0219inau stra\u00DFe.";
        var mentions = new[] { new Tidings.Dates.DateMention(12, 19, text[12..19], Tidings.Dates.TemporalType.Date, null, Tidings.Dates.DatePrecision.Unknown) };
        IReadOnlyList<TokenLabel> labels = WordPiece(new FoldingNormalizer()).ToTokenLabels(text, mentions);

        foreach (TokenLabel l in labels)
        {
            Assert.InRange(l.Start, 0, l.End);
            Assert.InRange(l.End, l.Start, text.Length);
        }

        TokenLabel last = labels[^2]; // "straße", normalized to the vocabulary's "strasse", before the final "."
        Assert.Equal("strasse", last.Value);
        Assert.Equal("straße", text[last.Start..last.End]);
        TokenLabel cafe = labels.Single(l => l.Value == "cafe");
        Assert.Equal("caf\u00E9", text[cafe.Start..cafe.End]);
        TokenLabel first = labels.Single(l => l.Start == 12);
        Assert.Equal(("strasse", "B-DATE"), (first.Value, first.Label));
        Assert.Equal("strasse\u00AD", text[first.Start..first.End]); // the soft hyphen the normalizer dropped stays inside
        Assert.Equal(text.Length, labels[^1].End);
    }

    [Fact]
    public void Normalizers_that_are_not_character_local_are_refused_clearly()
    {
        Assert.Throws<NotSupportedException>(() => NormalizationMap.Create(new ReversingNormalizer(), "abc", "cba"));
        (int start, int end) = NormalizationMap.Create(null, "abc", null).ToOriginal(1..3);
        Assert.Equal((1, 3), (start, end));
    }

    [Fact]
    public void O200k_tokens_are_labelled_with_exact_offsets()
    {
        TiktokenTokenizer tokenizer = TiktokenTokenizer.CreateForModel("gpt-4o");
        ExtractionResult result = News.Extract(Sentence, new DateOnly(2020, 7, 28));
        IReadOnlyList<TokenLabel> labels = tokenizer.ToTokenLabels(Sentence, result.Mentions.Where(m => m.Kind != MentionKind.Claim));

        Assert.Equal(tokenizer.CountTokens(Sentence), labels.Count);
        Assert.Equal(Sentence, string.Concat(labels.Select(l => Sentence[l.Start..l.End])));
        Assert.StartsWith("B-", labels.First(l => Sentence[l.Start..l.End].Contains("July", StringComparison.Ordinal)).Label);
    }

    [Fact]
    public void Chunks_fit_the_limit_and_never_cut_a_sentence_or_a_mention()
    {
        TiktokenTokenizer tokenizer = TiktokenTokenizer.CreateForModel("gpt-4o");
        string article = string.Join(" ", Enumerable.Range(1, 40).Select(i =>
            $"Police said {i * 13} people were detained in Moscow on July {(i % 28) + 1}, according to the Interior Ministry."));
        ExtractionResult result = News.Extract(article, new DateOnly(2020, 7, 28));
        const int max = 64;

        IReadOnlyList<TextChunk> chunks = tokenizer.Chunk(article, max, result.Mentions);

        Assert.True(chunks.Count > 5);
        int previousEnd = 0;
        foreach (TextChunk c in chunks)
        {
            Assert.True(c.TokenCount <= max, $"chunk of {c.TokenCount} tokens");
            Assert.Equal(tokenizer.CountTokens(article.AsSpan(c.Start, c.Length)), c.TokenCount);
            Assert.True(string.IsNullOrWhiteSpace(article[previousEnd..c.Start]), "chunks skip only whitespace");
            Assert.EndsWith(".", article[c.Start..c.End]); // every sentence fits, so chunks end at sentence ends
            Assert.All(result.Mentions, m => Assert.False(m.Start < c.End && m.End > c.End, $"\"{m.Text}\" is cut"));
            previousEnd = c.End;
        }

        Assert.Equal(article.TrimEnd().Length, previousEnd);
    }

    [Fact]
    public void A_sentence_longer_than_the_limit_is_cut_between_mentions()
    {
        TiktokenTokenizer tokenizer = TiktokenTokenizer.CreateForModel("gpt-4o");
        string sentence = "Officials counted " + string.Join(", ", Enumerable.Range(1, 30).Select(i => $"{i * 1000:N0} people in district {i}")) + ".";
        ExtractionResult result = News.Extract(sentence);

        IReadOnlyList<TextChunk> chunks = tokenizer.Chunk(sentence, 20, result.Quantities);

        Assert.True(chunks.Count > 3);
        Assert.All(chunks, c => Assert.True(c.TokenCount <= 20));
        Assert.All(chunks, c => Assert.All(result.Quantities, q => Assert.False(q.Start < c.End && q.End > c.End)));
        Assert.Throws<ArgumentOutOfRangeException>(() => tokenizer.Chunk(sentence, 0));
        Assert.Empty(tokenizer.Chunk("   ", 10));
    }

    /// <summary>Lower-cases, folds "ß" to "ss" and drops soft hyphens, character by character.</summary>
    private sealed class FoldingNormalizer : Normalizer
    {
        public override string Normalize(string original) => Normalize(original.AsSpan());

        public override string Normalize(ReadOnlySpan<char> original)
        {
            var sb = new System.Text.StringBuilder(original.Length);
            foreach (char c in original)
            {
                _ = c switch
                {
                    '\u00DF' => sb.Append("ss"),
                    '\u00AD' => sb,
                    '\u00E9' => sb.Append('e'),
                    '\u0219' => sb.Append('s'),
                    _ => sb.Append(char.ToLowerInvariant(c)),
                };
            }

            return sb.ToString();
        }
    }

    private sealed class ReversingNormalizer : Normalizer
    {
        public override string Normalize(string original) => new([.. original.Reverse()]);

        public override string Normalize(ReadOnlySpan<char> original) => Normalize(original.ToString());
    }

    [Theory]
    [InlineData("The talks were postponed until next week.")]
    [InlineData("Police said the protest in Brentwood remained peaceful, and 70 of them left.")]
    [InlineData("Prices rose  sharply and analysts  were surprised.")]
    public void News_tiktoken_for_a_model_gives_the_model_ids_where_the_pre_tokens_agree(string text)
    {
        TiktokenTokenizer news = NewsTokenizers.CreateTiktokenForModel("gpt-4o");
        TiktokenTokenizer model = TiktokenTokenizer.CreateForModel("gpt-4o");
        Assert.Equal(model.EncodeToIds(text), news.EncodeToIds(text));
    }

    [Fact]
    public void News_tiktoken_keeps_news_tokens_whole_and_loses_no_character()
    {
        TiktokenTokenizer news = NewsTokenizers.CreateTiktokenForModel("gpt-4o");
        IReadOnlyList<int> ids = news.EncodeToIds(Sentence);
        Assert.Equal(Sentence, news.Decode(ids));
        string[] pieces = [.. NewsPreTokenizer.WithSpaces.PreTokenize(Sentence).Select(p => Sentence.Substring(p.Offset, p.Length))];
        Assert.Equal(Sentence, string.Concat(pieces));
        Assert.Contains(" $1.2bn", pieces);
        Assert.Contains(" U.S.", pieces);
        Assert.Contains("3.5%", pieces);
        Assert.Equal(TiktokenTokenizer.CreateForModel("gpt-4o").SpecialTokens, news.SpecialTokens);
    }
}
