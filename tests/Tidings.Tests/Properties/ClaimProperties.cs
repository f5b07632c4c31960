using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Tidings.Claims;
using Tidings.Numbers;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Properties;

/// <summary>Claims are well-formed for any input: sorted, inside one sentence, built from real quantity mentions, each used once.</summary>
public sealed class ClaimProperties
{
    [Fact]
    public void Claims_are_well_formed_on_arbitrary_strings() =>
        PropertySettings.Run(Prop.ForAll(TextGenerators.ArbitraryText, CheckClaims), nameof(Claims_are_well_formed_on_arbitrary_strings));

    [Fact]
    public void Claims_are_well_formed_on_news_like_strings() =>
        PropertySettings.Run(Prop.ForAll(TextGenerators.NewsText, CheckClaims), nameof(Claims_are_well_formed_on_news_like_strings));

    [Fact]
    public void Claims_are_well_formed_on_extreme_numbers() =>
        PropertySettings.Run(Prop.ForAll(TextGenerators.ExtremeText, CheckClaims), nameof(Claims_are_well_formed_on_extreme_numbers));

    /// <summary>The pipeline's claims are the extractor's given the pipeline's persons and organizations, which a
    /// standalone extractor does not know: a source widened to a whole name ("Labor Statistics" → "the Bureau of Labor
    /// Statistics"; "°Inc" where the recognizer reads the symbol into the name) changes the claim's extent, and can
    /// change grouping ("4&amp;Inc say to 5"). Without names both paths give the same claims.</summary>
    [Fact]
    public void Claims_are_deterministic_and_match_the_pipeline() =>
        PropertySettings.Run(Prop.ForAll(TextGenerators.AnyText, CheckAgainstPipeline), nameof(Claims_are_deterministic_and_match_the_pipeline));

    internal static void CheckAgainstPipeline(string text)
    {
        ImmutableArray<Claim> once = ClaimExtractor.Default.Extract(text);
        ImmutableArray<Claim> twice = ClaimExtractor.Default.Extract(text);
        Assert.True(once.SequenceEqual(twice), "two runs differ");

        Document doc = Document.Create(text);
        ExtractionResult result = ExtractionPipeline.Default.Extract(doc);
        Assert.True(result.Claims.SequenceEqual(ClaimExtractor.Default.Extract(doc, result.Quantities, result.Persons, result.Organizations)),
            "the pipeline's claims are not the extractor's with the pipeline's names");
        if (result.Persons.IsEmpty && result.Organizations.IsEmpty)
        {
            Assert.True(once.SequenceEqual(result.Claims), "the extractor and the pipeline differ on a text without names");
        }
    }

    [Fact]
    public void A_run_on_sentence_of_sources_and_numbers_is_handled()
    {
        // Many reporting verbs and numbers in one sentence: the pass stays bounded per quantity and total.
        string text = string.Concat(Enumerable.Repeat("officials said 3,000 people, according to police, ", 5000));
        ImmutableArray<Claim> claims = ClaimExtractor.Default.Extract(text);
        Assert.NotEmpty(claims);
        CheckClaims(text);
    }

    private static void CheckClaims(string text)
    {
        Document doc = Document.Create(text);
        ImmutableArray<Quantity> quantities = QuantityExtractor.Default.Extract(doc);
        ImmutableArray<Claim> claims = ClaimExtractor.Default.Extract(doc, quantities);
        var used = new HashSet<(int, int)>();
        var real = quantities.Select(q => (q.Start, q.End)).ToHashSet();
        Sentence[] sentences = doc.Sentences.ToArray();
        for (int i = 0; i < claims.Length; i++)
        {
            Claim c = claims[i];
            Assert.Equal(c.Text, text[c.Start..c.End]);
            if (i > 0)
            {
                Assert.True(Mention.CompareByPosition(claims[i - 1], c) <= 0, "claims are not sorted");
            }

            Assert.Contains(sentences, s => s.Start <= c.Start && c.End <= s.End);
            Assert.False(c.Quantities.IsDefaultOrEmpty);
            foreach (Quantity q in c.Quantities)
            {
                Assert.Contains((q.Start, q.End), real);
                Assert.True(used.Add((q.Start, q.End)), $"\"{q.Text}\" is in two claims");
                Assert.True(c.Start <= q.Start && q.End <= c.End, $"\"{q.Text}\" lies outside its claim");
            }

            foreach (TextSpan? span in new[] { c.Source, c.Subject, c.Predicate })
            {
                if (span is TextSpan s)
                {
                    Assert.Equal(s.Text, text[s.Start..s.End]);
                    Assert.True(c.Start <= s.Start && s.End <= c.End);
                }
            }
        }
    }
}
