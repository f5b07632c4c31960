using Tidings.Recognition;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>
/// A long document is tagged one window of sentences at a time (<see cref="NameFeatures.WindowSize"/>; smaller windows
/// here), with its document-level evidence kept per distinct word: the windows must change nothing, whatever their
/// size, as long as no sentence is longer than a window.
/// </summary>
public sealed class NameWindowTests
{
    private const string Text =
        "Police in Yerevan said Armen Sarkissian met officials of the Armenian National Committee of America (ANCA) on Monday. " +
        "SOCCER - LEEDS BEAT WIMBLEDON 2-1 . LONDON 1996-08-30 Leeds United beat Wimbledon on Saturday , Reuters said . " +
        "Shares of Rivian Automotive rose 5% after the company said it would build a plant in Georgia. Rivian said it expects more. " +
        "Bath 56 Sale 31 Wasps 33 Leicester 12 . Sarkissian told Reuters that ANCA and Leeds would meet in Yerevan. " +
        "Kansai Electric Power said on Tuesday its shares of Boatmen's Bancshares Inc. rose. Magna said it would sell Magna International Inc stock. ";

    private static byte[] Tags(Document document, int windowSize)
    {
        using var tagger = new NameTagger(NameLexicon.Default);
        var tags = new byte[document.Tokens.Length];
        tagger.Tag(NameRecognizer.Default.Model, document, tags, windowSize);
        return tags;
    }

    [Theory]
    [InlineData(60)]
    [InlineData(97)]
    [InlineData(400)]
    public void Windows_of_whole_sentences_tag_as_the_whole_document(int windowSize)
    {
        Document document = Document.Create(string.Concat(Enumerable.Repeat(Text, 6)));
        int longest = document.Sentences.ToArray().Max(s => s.TokenCount);
        Assert.True(longest <= windowSize, $"a sentence of {longest} tokens");
        byte[] whole = Tags(document, int.MaxValue);
        Assert.Contains(whole, t => t != 0);
        Assert.Equal(whole, Tags(document, windowSize));
    }

    [Fact]
    public void The_default_tags_as_the_whole_document_below_the_window()
    {
        Document document = Document.Create(string.Concat(Enumerable.Repeat(Text, 3)));
        var tags = new byte[document.Tokens.Length];
        using var tagger = new NameTagger(NameLexicon.Default);
        tagger.Tag(NameRecognizer.Default.Model, document, tags);
        Assert.Equal(Tags(document, int.MaxValue), tags);
    }

    [Fact]
    public void A_sentence_longer_than_a_window_is_tagged_in_pieces_without_failing()
    {
        // One sentence of 3,000 tokens, cut into pieces of 256: every token gets a tag, names never cross a cut.
        Document document = Document.Create(string.Concat(Enumerable.Repeat("Armen Sarkissian and Leeds United , ", 500)));
        Assert.Single(document.Sentences.ToArray());
        byte[] tags = Tags(document, 256);
        Assert.Contains(tags, t => t != 0);
        for (int cut = 256; cut < tags.Length; cut += 256)
        {
            Assert.False(NameTagger.IsInside(tags[cut]), $"a name crosses the cut at token {cut}");
        }
    }

    [Fact]
    public void A_long_document_holds_per_token_state_for_one_window_only()
    {
        // Many windows of short sentences, and one sentence of many windows: what the recognizer keeps per token is
        // bounded by the window, whatever the length of the document or of a sentence.
        const int Window = 4096;
        foreach (string text in new[]
        {
            string.Concat(Enumerable.Repeat("Leeds United beat Wimbledon 2-1 in London . ", 3_000)),
            new string('(', 20_000),
        })
        {
            Document document = Document.Create(text);
            Assert.True(document.Tokens.Length > 4 * Window);
            using var tagger = new NameTagger(NameLexicon.Default);
            var tags = new byte[document.Tokens.Length];
            tagger.Tag(NameRecognizer.Default.Model, document, tags, Window);
            Assert.InRange(tagger.Features.TokenCapacity, 1, Window);
            Assert.InRange(tagger.TokenCapacity, 1, Window * 2);
            Assert.Equal(Tags(document, int.MaxValue).Count(t => t != 0), tags.Count(t => t != 0));
        }
    }

    [Fact]
    public void Word_tables_grow_with_the_distinct_words_and_keep_their_indices()
    {
        using var slots = new WordSlots();
        slots.Reset(4);
        for (uint k = 1; k <= 10_000; k++)
        {
            Assert.Equal((int)k - 1, slots.Add((k * 2_654_435_761u) << 1, out bool added));
            Assert.True(added);
        }

        Assert.Equal(10_000, slots.Count);
        for (uint k = 1; k <= 10_000; k++)
        {
            Assert.Equal((int)k - 1, slots.Find((k * 2_654_435_761u) << 1));
            Assert.Equal((int)k - 1, slots.Add((k * 2_654_435_761u) << 1, out bool added));
            Assert.False(added);
        }

        Assert.Equal(-1, slots.Find(12345));
    }
}
