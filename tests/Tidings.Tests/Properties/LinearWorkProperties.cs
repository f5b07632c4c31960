using System.Collections.Immutable;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Tidings.Numbers;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Properties;

/// <summary>
/// The quantity extractor does linear work: it inspects at most <see cref="PropertySettings.StepsPerToken"/> tokens
/// per token of input (counted by the extractor itself, never by a clock).
/// </summary>
public sealed class LinearWorkProperties
{
    [Fact]
    public void Quantity_steps_are_linear_in_tokens_on_generated_strings() =>
        PropertySettings.Run(Prop.ForAll(TextGenerators.AnyText, text =>
        {
            Document document = Document.Create(text);
            CheckLinear(document);
        }), nameof(Quantity_steps_are_linear_in_tokens_on_generated_strings));

    [Fact]
    public void Quantity_steps_are_linear_in_tokens_on_long_repetitions_of_generated_units() =>
        PropertySettings.Run(Prop.ForAll(TextGenerators.NewsText, text =>
        {
            // A news-like unit repeated to ~8 KB: a short input blown up can expose quadratic look-around.
            if (text.Length == 0)
            {
                return;
            }

            string repeated = Repeat(text + " ", 8 * 1024);
            CheckLinear(Document.Create(repeated));
        }), nameof(Quantity_steps_are_linear_in_tokens_on_long_repetitions_of_generated_units));

    public static TheoryData<string, string> AdversarialUnits => new()
    {
        { "comma-numbers", "1," },
        { "and", "and " },
        { "capitalised", "Capitalised " },
        { "open-brackets", "(" },
        { "between", "between 1 and " },
        { "hedges", "at least around nearly more than " },
        { "currency", "$" },
        { "currency-numbers", "$3,000 " },
        { "scales", "million " },
        { "spelled", "twenty-five hundred " },
        { "hyphen-numbers", "1-" },
        { "dashes", "1 \u2013 " },
        { "percent", "5% " },
        { "abbreviations", "U.S. " },
        { "possessives", "Baku\u2019s " },
        { "periods", ". " },
        { "quotes", "\u201C" },
        { "paragraphs", "3,000\n\n" },
        { "rtl-mixed", "שלום 3,000 مرحبا " },
        { "surrogates", "\U0001D400\U0001F600 " },
        { "lone-surrogates", "\uD800 1 " },
        { "nbsp", "3\u00A0000\u00A0" },
    };

    [Theory]
    [MemberData(nameof(AdversarialUnits), DisableDiscoveryEnumeration = true)] // keeps the lone surrogate intact
    public void Quantity_steps_are_linear_on_adversarial_repetitions(string name, string unit)
    {
        string text = Repeat(unit, PropertySettings.AdversarialLength);
        Assert.True(text.Length >= PropertySettings.AdversarialLength, name);
        Document document = Document.Create(text);
        CheckLinear(document);
        TokenizerProperties.CheckDocument(text);
        ExtractorProperties.CheckMentions(text, QuantityExtractor.Default.Extract(document));
        ExtractorProperties.CheckMentions(text, ExtractionPipeline.Default.Extract(text).Mentions);
    }

    [Theory]
    [InlineData('a')]
    [InlineData('1')]
    [InlineData('A')]
    [InlineData('\u05D0')]
    public void Quantity_steps_are_linear_on_one_huge_token(char c)
    {
        string text = new(c, PropertySettings.AdversarialLength);
        Document document = Document.Create(text);
        Assert.Single(document.Tokens.ToArray());
        CheckLinear(document);
        ExtractorProperties.CheckMentions(text, QuantityExtractor.Default.Extract(document));
    }

    [Fact]
    public void Quantity_steps_are_linear_on_an_unclosed_number_run()
    {
        // "1,000,000,…" forever: one number token, a tokenizer that must not backtrack.
        string text = "1" + Repeat(",000", PropertySettings.AdversarialLength);
        Document document = Document.Create(text);
        Assert.Single(document.Tokens.ToArray());
        CheckLinear(document);
    }

    private static void CheckLinear(Document document)
    {
        ImmutableArray<Quantity> quantities = QuantityExtractor.Default.Extract(document, out long steps);
        long tokens = document.Tokens.Length;
        long bound = PropertySettings.StepsPerToken * (tokens + 1);
        Assert.True(steps >= 0, $"negative step count {steps}");
        Assert.True(steps <= bound, $"{steps} steps for {tokens} tokens (bound {bound}, {document.Text.Length} chars)");
        ExtractorProperties.SameMentions(QuantityExtractor.Default.Extract(document), quantities);
    }

    private static string Repeat(string unit, int atLeast)
    {
        var sb = new StringBuilder(atLeast + unit.Length);
        while (sb.Length < atLeast)
        {
            sb.Append(unit);
        }

        return sb.ToString();
    }
}
