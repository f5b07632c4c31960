using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static readonly Lazy<string> SeedText = new(() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "000_70dd0782637a3652.txt")));

    private static string[] Sentences(string text)
    {
        Document document = Document.Create(text);
        return [.. document.Sentences.ToArray().Select(s => text[s.Start..s.End])];
    }

    private static string[] SeedSentences() => Sentences(SeedText.Value);

    [Fact]
    public void A_line_wrapped_after_of_or_the_goes_on()
    {
        const string text = "Investors in Bank of\nAmerica cheered after the\nFederal Reserve spoke.";
        Assert.Equal([text], Sentences(text));
    }

    [Fact]
    public void Wrapped_copy_goes_on_between_capitalised_words()
    {
        // One break ends in "of", so the copy is wrapped: the break inside "Rapid Support Forces" goes on as well.
        const string text = "The Rapid Support\nForces said it had taken the town of\nBara on Monday.";
        Assert.Equal([text], Sentences(text));
    }

    [Fact]
    public void A_blank_line_holding_spaces_ends_the_sentence_even_in_wrapped_copy()
    {
        // FsCheck found a name joined over "\n \n": a wrap goes on over one line break, never over a blank line.
        const string text = "Investors in Bank of\n \nAmerica cheered after the\nFederal Reserve spoke.";
        Assert.Equal(2, Sentences(text).Length);
        Assert.Equal(2, Sentences("The Rapid Support\nForces took the town of\nBara and\n\t\r\nSaudi Arabia said so.").Length);
    }

    [Fact]
    public void A_headline_line_without_a_full_stop_stays_its_own_sentence()
    {
        const string text = "Harlow Foods lifts outlook as shoppers return\nHarlow Foods raised its forecast on Tuesday.";
        Assert.Equal(2, Sentences(text).Length);
    }

    [Fact]
    public void Seed_article_splits_after_july_24()
    {
        string[] sentences = SeedSentences();
        Assert.Contains(
            "In Moscow alone, the police detained 13 people after the scuffle between Azerbaijani and Armenian natives in the southeast of the capital, on the night of July 24.",
            sentences);
        Assert.Contains(
            "Authorities deployed the Russian guard and special police force, while the community representatives accused each other of provocations.",
            sentences);
    }

    [Fact]
    public void Seed_article_photo_credit_is_its_own_sentence()
    {
        Assert.Contains("Nir Alon/ Look Press", SeedSentences());
    }

    [Fact]
    public void Seed_article_closing_quote_stays_with_its_sentence()
    {
        string[] sentences = SeedSentences();
        Assert.Contains(sentences, s => s.EndsWith("called this Californian city \u2018the American capital of Armenian diaspora.\u2019", StringComparison.Ordinal));
        Assert.Contains(sentences, s => s.StartsWith("Azerbaijanis, whose number in Los Angeles", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_article_short_sentences_split()
    {
        string[] sentences = SeedSentences();
        Assert.Contains("Police had to interfere.", sentences);
        Assert.Contains("One suffered as a result.", sentences);
        Assert.Contains("Both diasporas accuse each other.", sentences);
        Assert.Contains("And now it has shifted abroad.", sentences);
    }

    [Fact]
    public void Seed_article_sentences_start_and_end_on_token_bounds_and_cover_every_token()
    {
        string text = SeedText.Value;
        Document document = Document.Create(text);
        ReadOnlySpan<Sentence> sentences = document.Sentences;
        Assert.Equal(37, sentences.Length);
        int next = 0;
        foreach (Sentence s in sentences)
        {
            Assert.Equal(next, s.FirstToken);
            Assert.Equal(document.Tokens[s.FirstToken].Start, s.Start);
            Assert.Equal(document.Tokens[s.EndToken - 1].End, s.End);
            next = s.EndToken;
        }

        Assert.Equal(document.Tokens.Length, next);
        Assert.StartsWith("In July, the military confrontation", Sentences(text)[0], StringComparison.Ordinal);
        Assert.Equal("Brussels and Washington may soon make statements urging to end the confrontation.", Sentences(text)[^1]);
    }

    [Fact]
    public void Abbreviation_inside_a_sentence_does_not_split()
    {
        Assert.Equal(["Officials said the U.S. Senate voted on Tuesday."], Sentences("Officials said the U.S. Senate voted on Tuesday."));
        Assert.Equal(["The U.S. and the U.K. signed it."], Sentences("The U.S. and the U.K. signed it."));
    }

    [Fact]
    public void Title_does_not_split()
    {
        Assert.Equal(["Mr. Lopez said one officer was injured."], Sentences("Mr. Lopez said one officer was injured."));
        Assert.Equal(["He met Dr. Smith.", "She agreed."], Sentences("He met Dr. Smith. She agreed."));
    }

    [Fact]
    public void Abbreviation_at_the_end_of_a_sentence_splits_before_a_sentence_starter()
    {
        Assert.Equal(["Troops stayed in the U.S.", "The president said no."], Sentences("Troops stayed in the U.S. The president said no."));
        Assert.Equal(["It ended at 7 p.m.", "The crowd left."], Sentences("It ended at 7 p.m. The crowd left."));
        Assert.Equal(["He left at 5 p.m. on Monday."], Sentences("He left at 5 p.m. on Monday."));
    }

    [Fact]
    public void Initials_do_not_split()
    {
        Assert.Equal(["J. Smith and George W. Bush met."], Sentences("J. Smith and George W. Bush met."));
    }

    [Fact]
    public void A_blank_line_splits_even_without_a_stop()
    {
        Assert.Equal(["First paragraph without a stop", "Second paragraph"], Sentences("First paragraph without a stop\n\nSecond paragraph"));
        Assert.Equal(["First paragraph", "second paragraph"], Sentences("First paragraph\r\n\r\nsecond paragraph"));
        Assert.Equal(["One", "Two"], Sentences("One\u2029Two"));
    }

    [Fact]
    public void A_wrapped_line_continuing_lower_case_does_not_split()
    {
        Assert.Equal(["The police said the crowd\nwas large.", "Then it left."], Sentences("The police said the crowd\nwas large. Then it left."));
        Assert.Equal(["The police said the crowd\r\nwas large."], Sentences("The police said the crowd\r\nwas large."));
    }

    [Fact]
    public void A_line_ending_in_a_comma_continues()
    {
        Assert.Equal(["Officials in Baku,\nYerevan and Moscow met."], Sentences("Officials in Baku,\nYerevan and Moscow met."));
    }

    [Fact]
    public void A_headline_line_starting_a_capitalised_line_splits()
    {
        Assert.Equal(["A headline", "The body text."], Sentences("A headline\nThe body text."));
    }

    [Fact]
    public void Terminal_punctuation_splits()
    {
        Assert.Equal(["Is it over?", "Not yet.", "Yes!", "Fine."], Sentences("Is it over? Not yet. Yes! Fine."));
        Assert.Equal(["Prices rose 3.5%.", "Analysts said so."], Sentences("Prices rose 3.5%. Analysts said so."));
        Assert.Equal(["Twenty-five people died...", "Police said so."], Sentences("Twenty-five people died... Police said so."));
    }

    [Fact]
    public void Lower_case_after_a_stop_continues()
    {
        Assert.Equal(["He waited... and waited."], Sentences("He waited... and waited."));
    }

    [Fact]
    public void Closing_quotes_stay_before_the_break()
    {
        Assert.Equal(["He said: \"We won.\"", "Then he left."], Sentences("He said: \"We won.\" Then he left."));
        Assert.Equal(["He said \u201CWe won.\u201D", "Then he left."], Sentences("He said \u201CWe won.\u201D Then he left."));
        Assert.Equal(["(It was late.)", "They left."], Sentences("(It was late.) They left."));
    }

    [Fact]
    public void Several_closing_marks_stay_before_the_break()
    {
        Assert.Equal(["(He said \u201Cnever.\u201D)", "Next came Baku."], Sentences("(He said \u201Cnever.\u201D) Next came Baku."));
        Assert.Equal(["He said \u2018it is \u201Cover.\u201D\u2019", "Then he left."], Sentences("He said \u2018it is \u201Cover.\u201D\u2019 Then he left."));
    }

    [Fact]
    public void A_long_run_of_quotes_is_split_without_looking_back_over_all_of_it()
    {
        // 20,000 glued quotes: the splitter once walked back over the whole run for every token (quadratic).
        string text = new('\u201C', 20_000);
        Document document = Document.Create(text);
        Assert.Equal(20_000, document.Tokens.Length);
        Assert.Equal(20_000, document.Sentences.ToArray().Sum(s => s.TokenCount));
    }

    [Fact]
    public void An_opening_quote_after_a_stop_starts_the_next_sentence()
    {
        Assert.Equal(["It ended.", "\u201CWe won,\u201D he said."], Sentences("It ended. \u201CWe won,\u201D he said."));
    }

    [Fact]
    public void A_number_after_a_stop_starts_a_sentence()
    {
        Assert.Equal(["It ended.", "3,000 people left."], Sentences("It ended. 3,000 people left."));
    }

    [Fact]
    public void Decimal_numbers_and_known_abbreviations_do_not_split()
    {
        Assert.Equal(["The No. 1 team grew 1.5 points."], Sentences("The No. 1 team grew 1.5 points."));
        Assert.Equal(["Acme Inc. said 7,412.3 shares sold."], Sentences("Acme Inc. said 7,412.3 shares sold."));
    }
}
