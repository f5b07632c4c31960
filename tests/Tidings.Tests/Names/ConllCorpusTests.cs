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

    // Two made-up modern stories in the four-column layout with document markers: the datelines are
    // "CITY (Agency) -" inside the first sentence, so no sentence looks like a 1996 dateline.
    private const string Marked = """
        -DOCSTART- -X- -X- O

        VOLTARA -X- -X- B-ORG
        CUTS -X- -X- O
        JOBS -X- -X- O

        OSLO -X- -X- B-LOC
        ( -X- -X- O
        Reuters -X- -X- B-ORG
        ) -X- -X- O
        - -X- -X- O
        Voltara -X- -X- B-ORG
        said -X- -X- O
        it -X- -X- O
        would -X- -X- O
        cut -X- -X- O
        jobs -X- -X- O
        . -X- -X- O

        -DOCSTART- -X- -X- O

        Brightwell -X- -X- B-ORG
        Labs -X- -X- I-ORG
        hired -X- -X- O
        Ada -X- -X- B-PER
        Okafor -X- -X- I-PER
        from -X- -X- O
        the -X- -X- O
        Paris -X- -X- B-LOC
        Olympics -X- -X- B-MISC
        team -X- -X- O
        . -X- -X- O
        -DOCSTART- -X- -X- O
        Markets -X- -X- O
        rose -X- -X- O
        . -X- -X- O

        PRICES -X- -X- O
        UP -X- -X- O

        OSLO -X- -X- B-LOC
        2024-03-05 -X- -X- O

        Shares -X- -X- O
        fell -X- -X- O
        . -X- -X- O
        """;

    [Fact]
    public void Document_markers_cut_a_file_into_documents_and_nothing_else_does()
    {
        var documents = ConllCorpus.Read(new StringReader(Marked));
        Assert.Equal(3, documents.Length);
        Assert.Equal("VOLTARA CUTS JOBS\nOSLO ( Reuters ) - Voltara said it would cut jobs .", documents[0].Document.Text);
        Assert.Equal("Brightwell Labs hired Ada Okafor from the Paris Olympics team .", documents[1].Document.Text);
        Assert.Equal("Markets rose .\nPRICES UP\nOSLO 2024-03-05\nShares fell .", documents[2].Document.Text);
    }

    [Fact]
    public void Four_columns_and_misc_names_read_as_two_columns_do()
    {
        ConllDocument second = ConllCorpus.Read(new StringReader(Marked))[1];
        string text = second.Document.Text;
        Assert.Equal(
            ["Brightwell Labs/Organization", "Ada Okafor/Person", "Paris/Place", "Olympics/Miscellaneous"],
            second.Names.Select(n => text[n.Start..n.End] + "/" + n.Type).ToArray());
        string twoColumns = string.Join('\n', Marked.Split('\n').Select(l => l.Replace(" -X- -X- ", "\t", StringComparison.Ordinal)));
        ConllDocument same = ConllCorpus.Read(new StringReader(twoColumns))[1];
        Assert.Equal(second.Tags, same.Tags);
        Assert.Equal(second.Names.ToArray(), same.Names.ToArray());
    }

    [Fact]
    public void Iob1_tags_give_the_same_names_as_iob2()
    {
        const string Iob2 = "Brightwell B-ORG\nLabs I-ORG\nand O\nVoltara B-ORG\nVoltara B-ORG\nEnergy I-ORG\n";
        const string Iob1 = "Brightwell I-ORG\nLabs I-ORG\nand O\nVoltara I-ORG\nVoltara B-ORG\nEnergy I-ORG\n";
        ConllDocument a = ConllCorpus.Read(new StringReader(Iob2))[0], b = ConllCorpus.Read(new StringReader(Iob1))[0];
        Assert.Equal(a.Names.ToArray(), b.Names.ToArray());
        Assert.Equal(a.Tags, b.Tags);
        Assert.Equal(3, a.Names.Length);
    }

    [Fact]
    public void Extra_documents_follow_the_training_set_repeated_by_their_weight()
    {
        var train = ConllCorpus.Read(new StringReader(Snippet));
        var extra = ConllCorpus.Read(new StringReader(Marked));
        var all = ConllCorpus.Combine(train, [extra], 2);
        Assert.Equal(train.Length + (2 * extra.Length), all.Length);
        Assert.Same(train[1], all[1]);
        Assert.Same(extra[0], all[2]);
        Assert.Same(extra[0], all[2 + extra.Length]);
        Assert.Equal(train.ToArray(), ConllCorpus.Combine(train, [], 3).ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => ConllCorpus.Combine(train, [extra], 0));
    }
}
