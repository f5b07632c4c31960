using Tidings.ML;
using Tidings.Recognition;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Reading, document finding and scoring of CoNLL-2003 files, on a snippet written for these tests.</summary>
public sealed class ConllCorpusTests
{
    // Two made-up stories in the CoNLL layout: headline, dateline, body.
    private const string Snippet = """
        ARMENIA B-LOC
        PROTESTS O
        GROW O

        YEREVAN B-LOC
        2020-07-24 O

        Nikol B-PER
        Pashinyan I-PER
        spoke O
        to O
        AT&T B-ORG
        staff O
        . O

        MARKETS O
        CALM O

        LONDON B-LOC
        2020-07-25 O

        The O
        Bank B-ORG
        of I-ORG
        England I-ORG
        held O
        rates O
        . O

        """;

    [Fact]
    public void Stories_are_found_from_headline_and_dateline()
    {
        var documents = ConllCorpus.Read(new StringReader(Snippet));
        Assert.Equal(2, documents.Length);
        Assert.StartsWith("ARMENIA PROTESTS GROW\nYEREVAN", documents[0].Document.Text, StringComparison.Ordinal);
        Assert.StartsWith("MARKETS CALM\nLONDON", documents[1].Document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Gold_names_are_character_spans_of_the_rebuilt_text()
    {
        var documents = ConllCorpus.Read(new StringReader(Snippet));
        ConllDocument first = documents[0];
        string text = first.Document.Text;
        Assert.Equal(
            ["ARMENIA/Place", "YEREVAN/Place", "Nikol Pashinyan/Person", "AT&T/Organization"],
            first.Names.Select(n => text[n.Start..n.End] + "/" + n.Type).ToArray());
        Assert.Equal("Bank of England", documents[1].Document.Text[documents[1].Names[1].Start..documents[1].Names[1].End]);
    }

    [Fact]
    public void Tags_carry_over_to_tokens_the_tokenizer_splits_further()
    {
        ConllDocument first = ConllCorpus.Read(new StringReader(Snippet))[0];
        var tokens = first.Document.Tokens;
        int at = Enumerable.Range(0, tokens.Length).First(i => first.Document.TokenText(i).SequenceEqual("AT"));
        Assert.Equal(ConllCorpus.ParseTag("B-ORG"), first.Tags[at]);
        Assert.Equal(ConllCorpus.ParseTag("I-ORG"), first.Tags[at + 1]);
        Assert.Equal(ConllCorpus.ParseTag("I-ORG"), first.Tags[at + 2]);
    }

    [Fact]
    public void A_malformed_line_is_reported_with_its_number()
    {
        var e = Assert.Throws<InvalidDataException>(() => ConllCorpus.Read(new StringReader("Moscow B-LOC\nbroken\n")));
        Assert.Contains("line 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scores_count_exact_spans_and_types_only()
    {
        var counts = new SpanCounts[4];
        GoldName[] gold = [new(0, 6, NameType.Place), new(10, 20, NameType.Person)];
        RecognizedName[] found = [new(0, 6, NameType.Place, 0, 1), new(10, 15, NameType.Person, 2, 1), new(30, 35, NameType.Organization, 5, 1)];
        ConllScorer.Add(counts, [.. gold], [.. found]);
        var score = new ConllScore(1, 10, [.. counts]);
        Assert.Equal(new SpanCounts(1, 1, 1), score.ByType[(int)NameType.Place]);
        Assert.Equal(new SpanCounts(1, 1, 0), score.ByType[(int)NameType.Person]);
        Assert.Equal(new SpanCounts(2, 3, 1), score.Overall);
        Assert.Equal(1.0 / 3, score.Overall.Precision, 6);
        Assert.Equal(0.5, score.Overall.Recall, 6);
        Assert.Equal(0.4, score.Overall.F1, 6);
    }
}
