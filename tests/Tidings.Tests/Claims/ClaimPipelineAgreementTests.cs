using System.Collections.Immutable;
using Tidings.Claims;
using Tidings.Names;
using Tidings.Numbers;
using Tidings.Tests.Properties;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Claims;

/// <summary>
/// The standalone <see cref="ClaimExtractor"/> and <see cref="News.Extract"/> agree on every claim, except that the
/// pipeline knows the persons and organizations of the text and widens a source to the whole name (the pipeline's
/// claims are the extractor's given those names).
/// </summary>
public sealed class ClaimPipelineAgreementTests
{
    [Theory]
    [InlineData("°Inc estimate 9")]
    [InlineData("The Bureau of Labor Statistics said 200,000 jobs were added.")]
    [InlineData("Michael Lopez, a police spokesman, said 13 people were detained.")]
    [InlineData("#Acme Inc. estimated 9 million.")]
    [InlineData("“Reuters reported 40% of voters.")]
    [InlineData("Police said 3,000 people marched in Moscow, according to Reuters.")]
    [InlineData("Cised‟R said 4, 1")]
    [InlineData("4&Inc say to 5")]
    public void Both_paths_agree_but_for_the_sources_names_widen(string text)
    {
        ClaimProperties.CheckAgainstPipeline(text);
    }

    [Fact]
    public void An_organization_the_recognizer_found_widens_the_source_only_when_given()
    {
        // "°Inc estimate 9": the source phrase is "Inc"; an organization "°Inc" (as the recognizer reads it) widens it.
        const string text = "°Inc estimate 9";
        Document doc = Document.Create(text);
        ImmutableArray<Quantity> quantities = QuantityExtractor.Default.Extract(doc);
        Claim alone = Assert.Single(ClaimExtractor.Default.Extract(doc, quantities));
        Claim named = Assert.Single(ClaimExtractor.Default.Extract(doc, quantities, [], [new OrganizationMention(0, 4, "°Inc", "Inc")]));
        Assert.Equal("Inc", alone.Source?.Text);
        Assert.Equal("°Inc", named.Source?.Text);
        Assert.Equal("Inc estimate 9", alone.Text);
        Assert.Equal(text, named.Text);
        Assert.True(alone.Quantities.SequenceEqual(named.Quantities));
        Assert.Equal(alone.Relation, named.Relation);
        Assert.Equal(alone.Predicate, named.Predicate);
    }
}

/// <summary>The claim builder caches word classes per sentence in one reused array; a look-ahead past the end of a short
/// sentence must read the token itself, never a class left in the array by an earlier, longer sentence.</summary>
public sealed class ClassCacheTests
{
    private const string Long =
        "The ministry said the 5 a 6 of 7 from 8 to 9 and 10 or 11 than 12, which 13 according to 14 the 15 "
        + "up 16 down 17 rose 18 fell 19 per 20 between 21 and 22 compared with 23 over 24 the 25 an 26 from 27.\n";

    private const string Short = "Ok 1.\n";

    public static TheoryData<string> Tails()
    {
        string[] words = ["the", "from", "to", "and", "a", "of", "rose", "fell", "up", "said", "than", "per", "an", "with", ",", "5%", "2.4%", "3", "people", "compared", "over"];
        var data = new TheoryData<string>();
        var random = new Random(18);
        for (int n = 0; n < 100; n++)
        {
            var first = new List<string>();
            for (int i = random.Next(2, 6); i > 0; i--)
            {
                first.Add(words[random.Next(words.Length)]);
            }

            var second = new List<string>();
            for (int i = random.Next(1, 7); i > 0; i--)
            {
                second.Add(words[random.Next(words.Length)]);
            }

            data.Add("Rates rose 1% to " + string.Join(" ", first) + "\n" + string.Join(" ", second) + " 7");
        }

        return data;
    }

    /// <summary>"2.4%" then, in the next sentence, a clause word and "from": the look-ahead for "from" past the sentence
    /// end reads the clause word's own class (a breaker), whatever an earlier sentence cached at that slot.</summary>
    [Theory]
    [InlineData("Prices rose 5%, taking the rate to 2.4%\nthen from 3.2% in May")]
    [InlineData("Prices rose 5%, taking the rate to 2.4%\nwhich from 3.2% in May")]
    [InlineData("Prices rose 5%, taking the rate to 2.4 %\nthen from 3.2% in May")]
    [InlineData("Prices rose 5%, taking the rate to 2.4\nthen from 3.2% in May")]
    [InlineData("Prices rose 5%, with the rate at 2.4%\nthen from 3.2% in May")]
    public void A_long_sentence_before_a_short_one_ending_without_a_stop_changes_none_of_its_claims(string tail)
    {
        foreach (string prefix in Prefixes())
        {
            Assert.Equal(Shifted(Short + tail, Short.Length), Shifted(prefix + tail, prefix.Length));
        }
    }

    private static IEnumerable<string> Prefixes()
    {
        yield return Long;
        for (int shift = 0; shift < 4; shift++)
        {
            string pad = string.Concat(Enumerable.Repeat("x ", shift));
            yield return pad + string.Concat(Enumerable.Range(1, 30).Select(i => $"{i} people, ")) + "officials said.\n";
            yield return pad + "Officials said " + string.Concat(Enumerable.Range(1, 30).Select(i => $"{i} rose to {i + 1} from ")) + "9.\n";
            yield return pad + string.Concat(Enumerable.Range(1, 30).Select(i => $"the {i} police ")) + ".\n";
        }
    }

    /// <summary>Random short sentences that end without a stop (so look-aheads run past them) after a long sentence.</summary>
    [Theory]
    [MemberData(nameof(Tails))]
    public void A_long_sentence_before_a_short_one_changes_none_of_its_claims(string tail)
    {
        Assert.Equal(Shifted(Long + tail, Long.Length), Shifted(Short + tail, Short.Length));
    }

    private static string[] Shifted(string text, int offset) =>
        [.. ClaimExtractor.Default.Extract(text).Where(c => c.Start >= offset).Select(c =>
            $"{c.Start - offset}-{c.End - offset} {c.Relation} {c.Source?.Start - offset} {c.Subject?.Start - offset} {c.Predicate?.Start - offset} "
            + string.Join(",", c.Quantities.Select(q => q.Start - offset)))];
}
