using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Text;

public sealed class TokenizerTests
{
    private static string[] Texts(string text) =>
        [.. Document.Create(text).Tokens.ToArray().Select(t => text.Substring(t.Start, t.Length))];

    private static Token Single(string text, int start, int length)
    {
        Token[] tokens = Document.Create(text).Tokens.ToArray();
        Token[] found = [.. tokens.Where(t => t.Start == start)];
        Assert.True(found.Length == 1, $"no token starts at {start} in \"{text}\": [{string.Join("] [", Texts(text))}]");
        Assert.True(found[0].Length == length,
            $"token at {start} is \"{text.Substring(found[0].Start, found[0].Length)}\", expected \"{text.Substring(start, length)}\"");
        return found[0];
    }

    [Theory]
    [InlineData("3,000", TokenKind.Number)]
    [InlineData("1.5", TokenKind.Number)]
    [InlineData("7,412.3", TokenKind.Number)]
    [InlineData("1,000,000", TokenKind.Number)]
    [InlineData("12-kilometre", TokenKind.Number)]
    [InlineData("68-32", TokenKind.Number)]
    [InlineData("2.3bn", TokenKind.Number)]
    [InlineData("200bn", TokenKind.Number)]
    [InlineData("COVID-19", TokenKind.Word)]
    [InlineData("U.S.", TokenKind.Word)]
    [InlineData("Mr.", TokenKind.Word)]
    [InlineData("a.m.", TokenKind.Word)]
    [InlineData("p.m.", TokenKind.Word)]
    [InlineData("U.K.", TokenKind.Word)]
    [InlineData("twenty-five", TokenKind.Word)]
    [InlineData("Nagorno-Karabakh", TokenKind.Word)]
    [InlineData("don't", TokenKind.Word)]
    public void Keeps_one_token_with_exact_offsets(string word, TokenKind kind)
    {
        // Inside a sentence, so the offsets are not trivially zero and neighbours cannot swallow it.
        const string Before = "Officials said ";
        string text = Before + word + " were seen.";
        Token token = Single(text, Before.Length, word.Length);
        Assert.Equal(kind, token.Kind);
        Assert.True(token.Has(TokenTraits.SpaceBefore));
    }

    [Theory]
    [InlineData("3,000")]
    [InlineData("U.S.")]
    [InlineData("don't")]
    [InlineData("68-32")]
    public void Keeps_one_token_at_the_start_and_end_of_the_text(string word)
    {
        Assert.Equal([word], Texts(word));
        Token token = Single(word, 0, word.Length);
        Assert.False(token.Has(TokenTraits.SpaceBefore));
    }

    [Fact]
    public void Abbreviations_keep_their_period_and_a_sentence_period_stands_alone()
    {
        Assert.Equal(["Mr.", "Lopez", "met", "U.S.", "officials", "at", "7", "a.m.", "on", "Monday", "."],
            Texts("Mr. Lopez met U.S. officials at 7 a.m. on Monday."));
        Token us = Single("the U.S. Senate", 4, 4);
        Assert.True(us.Has(TokenTraits.Abbreviation));
        Assert.True(us.Has(TokenTraits.AllCaps));
    }

    [Theory]
    [InlineData("$", "200,000")]
    [InlineData("€", "2.3bn")]
    [InlineData("£", "200bn")]
    [InlineData("¥", "1,000")]
    [InlineData("₽", "7,412.3")]
    public void Currency_signs_stand_alone_before_the_number(string sign, string number)
    {
        const string Before = "around ";
        string text = Before + sign + number + " for aid";
        Token currency = Single(text, Before.Length, sign.Length);
        Assert.Equal(TokenKind.Symbol, currency.Kind);
        Assert.True(currency.Has(TokenTraits.Currency));
        Token value = Single(text, Before.Length + sign.Length, number.Length);
        Assert.Equal(TokenKind.Number, value.Kind);
        Assert.False(value.Has(TokenTraits.SpaceBefore));
    }

    [Fact]
    public void Thousands_groups_need_exactly_three_digits()
    {
        Assert.Equal(["3", ",", "00", "people"], Texts("3,00 people"));
        Assert.Equal(["1", ",", "2", "and", "3"], Texts("1,2 and 3"));
        Assert.Equal(["3,000", ",", "4,000"], Texts("3,000, 4,000"));
        Assert.Equal(["1", ",", "0000"], Texts("1,0000"));
    }

    [Fact]
    public void A_number_ends_before_a_sentence_period()
    {
        Assert.Equal(["on", "July", "24", "."], Texts("on July 24."));
        Assert.Equal(["grew", "1.5", "."], Texts("grew 1.5."));
        Assert.Equal(["5", "%"], Texts("5%"));
    }

    [Theory]
    [InlineData("Azerbaijan’s", "’s")]
    [InlineData("Azerbaijan's", "'s")]
    [InlineData("ANCA’s", "’s")]
    public void Possessive_s_is_a_token_of_its_own(string word, string possessive)
    {
        string text = "outside " + word + " mission";
        string stem = word[..^possessive.Length];
        Token stemToken = Single(text, 8, stem.Length);
        Assert.Equal(TokenKind.Word, stemToken.Kind);
        Token s = Single(text, 8 + stem.Length, possessive.Length);
        Assert.False(s.Has(TokenTraits.SpaceBefore));
        Assert.False(s.Has(TokenTraits.Quote));
        Assert.Equal(["outside", stem, possessive, "mission"], Texts(text));
    }

    [Fact]
    public void A_quote_before_s_that_follows_no_word_is_a_quote()
    {
        Token[] tokens = Document.Create("said ’s").Tokens.ToArray();
        Assert.True(tokens[1].Has(TokenTraits.Quote));
        Assert.Equal(["said", "’", "s"], Texts("said ’s"));
    }

    [Theory]
    [InlineData('"')]
    [InlineData('\'')]
    [InlineData('\u201C')] // “
    [InlineData('\u201D')] // ”
    [InlineData('\u2018')] // ‘
    [InlineData('\u2019')] // ’
    [InlineData('\u00AB')] // «
    [InlineData('\u00BB')] // »
    [InlineData('\u201E')] // „
    [InlineData('\u2039')] // ‹
    [InlineData('\u203A')] // ›
    public void Every_quote_is_a_quote(char quote)
    {
        string text = "He said " + quote + "no" + quote + " twice";
        Token open = Single(text, 8, 1);
        Token close = Single(text, 11, 1);
        foreach (Token t in new[] { open, close })
        {
            Assert.Equal(TokenKind.Punctuation, t.Kind);
            Assert.True(t.Has(TokenTraits.Quote));
            Assert.False(t.Has(TokenTraits.Dash));
        }

        Assert.Equal(TokenKind.Word, Single(text, 9, 2).Kind);
    }

    [Theory]
    [InlineData('-')]
    [InlineData('\u2013')] // – en dash
    [InlineData('\u2014')] // — em dash
    [InlineData('\u2012')] // ‒ figure dash
    [InlineData('\u2015')] // ― horizontal bar
    [InlineData('\u2212')] // − minus
    [InlineData('\u2010')] // ‐ hyphen
    public void Every_dash_standing_alone_is_a_dash(char dash)
    {
        string text = "Baku " + dash + " and Yerevan";
        Token t = Single(text, 5, 1);
        Assert.Equal(TokenKind.Punctuation, t.Kind);
        Assert.True(t.Has(TokenTraits.Dash));
        Assert.False(t.Has(TokenTraits.Quote));
    }

    [Fact]
    public void A_run_of_one_dash_is_one_token()
    {
        Assert.Equal(["wait", "--", "no"], Texts("wait -- no"));
    }

    [Theory]
    [InlineData("\u00A0")] // no-break space
    [InlineData("\u202F")] // narrow no-break space
    [InlineData("\u2009")] // thin space
    [InlineData("\u200B")] // zero-width space
    [InlineData("\uFEFF")] // byte-order mark
    [InlineData("\u200F")] // right-to-left mark
    [InlineData("\u200E")] // left-to-right mark
    [InlineData("\t")]
    [InlineData("\r\n")]
    [InlineData("\u2028")] // line separator
    public void Invisible_and_unusual_spaces_separate_tokens(string space)
    {
        string text = "3,000" + space + "people" + space + space + "fled";
        Token[] tokens = Document.Create(text).Tokens.ToArray();
        Assert.Equal(["3,000", "people", "fled"], Texts(text));
        Assert.Equal(0, tokens[0].Start);
        Assert.Equal(5 + space.Length, tokens[1].Start);
        Assert.Equal(5 + space.Length + 6 + (2 * space.Length), tokens[2].Start);
        Assert.True(tokens[1].Has(TokenTraits.SpaceBefore));
        foreach (Token t in tokens)
        {
            Assert.DoesNotContain(space[0], text.Substring(t.Start, t.Length));
        }
    }

    [Fact]
    public void Crlf_counts_as_one_line_break_and_two_as_a_paragraph()
    {
        Token[] tokens = Document.Create("one\r\ntwo\r\n\r\nthree").Tokens.ToArray();
        Assert.True(tokens[1].Has(TokenTraits.LineBreakBefore));
        Assert.False(tokens[1].Has(TokenTraits.ParagraphBefore));
        Assert.True(tokens[2].Has(TokenTraits.ParagraphBefore));
    }

    [Fact]
    public void A_leading_byte_order_mark_is_not_a_token()
    {
        Token[] tokens = Document.Create("\uFEFFMoscow").Tokens.ToArray();
        Token t = Assert.Single(tokens);
        Assert.Equal(1, t.Start);
        Assert.Equal(6, t.Length);
    }

    [Fact]
    public void Surrogate_pair_letters_stay_whole()
    {
        const string Bold = "\U0001D400\U0001D401\U0001D402"; // 𝐀𝐁𝐂, mathematical bold
        string text = "the " + Bold + " unit";
        Token t = Single(text, 4, 6);
        Assert.Equal(TokenKind.Word, t.Kind);
        Assert.True(t.Has(TokenTraits.Capitalized));
    }

    [Fact]
    public void An_emoji_is_one_symbol_of_length_two()
    {
        string text = "great \U0001F600 news";
        Token t = Single(text, 6, 2);
        Assert.Equal(TokenKind.Symbol, t.Kind);
        Assert.Equal(["great", "\U0001F600", "news"], Texts(text));
    }

    [Theory]
    [InlineData("x", 0xD800, "y")]
    [InlineData("x", 0xDC00, "y")]
    [InlineData("", 0xD800, "")]
    [InlineData("ab ", 0xDC00, "")]
    [InlineData("ab", 0xD800, "")]
    [InlineData("3,000", 0xDBFF, "people")]
    public void A_lone_surrogate_is_one_token_of_length_one(string before, int surrogate, string after)
    {
        // The surrogate is passed as a number: xUnit would turn a lone surrogate in a string argument into U+FFFD.
        string text = before + (char)surrogate + after;
        Token t = Single(text, before.Length, 1);
        Assert.Equal(TokenKind.Other, t.Kind);
        Assert.All(Document.Create(text).Tokens.ToArray(), token => Assert.True(token.Start != before.Length || token.Length == 1));
    }

    [Fact]
    public void A_reversed_surrogate_pair_is_two_lone_surrogates()
    {
        Token[] tokens = Document.Create("\uDC00\uD800").Tokens.ToArray();
        Assert.Equal(2, tokens.Length);
        Assert.All(tokens, t => Assert.Equal(1, t.Length));
    }

    [Theory]
    [InlineData("שלום")]
    [InlineData("مرحبا")]
    [InlineData("Москва")]
    public void Hebrew_arabic_and_cyrillic_words_are_words(string word)
    {
        string text = "said " + word + " 3,000";
        Token t = Single(text, 5, word.Length);
        Assert.Equal(TokenKind.Word, t.Kind);
        Assert.Equal(TokenKind.Number, Single(text, 6 + word.Length, 5).Kind);
    }

    [Fact]
    public void Right_to_left_text_with_marks_keeps_the_marks_out_of_tokens()
    {
        const string Text = "\u200Fשלום\u200F 3,000\u200F مرحبا\u200E.";
        Assert.Equal(["שלום", "3,000", "مرحبا", "."], Texts(Text));
    }

    [Fact]
    public void Tokenize_and_document_agree()
    {
        const string Text = "Around $200,000 went to the U.S. Senate’s 12-kilometre race.";
        Assert.Equal(NewsTokenizer.Tokenize(Text), Document.Create(Text).Tokens.ToArray());
    }

    [Fact]
    public void A_word_holding_a_hyphen_is_marked_as_hyphenated()
    {
        // The date reader reads a word's head and rest only when the tokenizer marked it: no word may hold a '-' unmarked.
        var random = new Random(26);
        const string alphabet = "aZé9-‐–−.’'s U$,";
        var text = new System.Text.StringBuilder();
        for (int n = 0; n < 200_000; n++)
        {
            text.Append(alphabet[random.Next(alphabet.Length)]);
        }

        string s = text.ToString() + " mid-2019 state-owned U.S.-led ex-Mr. co. e-mail A-";
        foreach (Token token in Document.Create(s).Tokens)
        {
            if (token.Kind == TokenKind.Word && s.AsSpan(token.Start, token.Length).Contains('-'))
            {
                Assert.True(token.Has(TokenTraits.HasHyphen), s.Substring(token.Start, token.Length));
            }
        }
    }

    [Fact]
    public void Null_is_rejected_and_empty_gives_nothing()
    {
        Assert.Throws<ArgumentNullException>(() => Document.Create(null!));
        Assert.Throws<ArgumentNullException>(() => NewsTokenizer.Tokenize(null!));
        Assert.Empty(Document.Create(string.Empty).Tokens.ToArray());
        Assert.Empty(Document.Create(" \u00A0\u200B\r\n\t").Tokens.ToArray());
        Assert.Empty(Document.Create(" \u00A0\u200B\r\n\t").Sentences.ToArray());
    }
}
