using Tidings.Claims;
using Xunit;
using static Tidings.Tests.Claims.ReviewMend28ClaimTests;

namespace Tidings.Tests.Claims;

/// <summary>
/// Session 30 review findings on claims30's sources (review 30c, findings 1–6): a source before a ";" keeps covering the
/// clauses after it unless the next clause corrects the figure, a restating verb's passive names its agent, a forecast or
/// data word after its own subject stays a verb, a noun ending in "-ly" is no adverb, a source set between commas leaves a
/// later source's clause alone, and "as measured by" opens an attribution while "measured" stays a verb of measure.
/// </summary>
public sealed class ReviewMend30ClaimTests
{
    private static string? SourceOf(string text, string quantity) => ClaimOf(text, quantity).Source?.Text;

    // Finding 1: a sentence-opening source carries across ";" when no other source follows.
    [Theory]
    [InlineData("Police said 12 people were killed; 40 others were wounded.", "12", "Police")]
    [InlineData("Police said 12 people were killed; 40 others were wounded.", "40", "Police")]
    [InlineData("The IMF forecast growth of 3.1% for the US; 0.9% for the euro area; and 1.5% for Britain.", "3.1", "The IMF")]
    [InlineData("The IMF forecast growth of 3.1% for the US; 0.9% for the euro area; and 1.5% for Britain.", "0.9", "The IMF")]
    [InlineData("The IMF forecast growth of 3.1% for the US; 0.9% for the euro area; and 1.5% for Britain.", "1.5", "The IMF")]
    public void Source_before_a_semicolon_covers_the_clauses_after_it(string text, string quantity, string source) =>
        Assert.Equal(source, SourceOf(text, quantity));

    // Finding 1 (control): a clause after ";" that corrects the figure, or a later source, still bounds the first source.
    [Fact]
    public void Correcting_clause_or_later_source_after_a_semicolon_bounds_the_source()
    {
        Assert.Null(SourceOf("An earlier version of this story said 40 staff had been suspended; the correct figure is 14.", "14"));
        Assert.Equal("police", SourceOf("Organisers put the turnout at 250,000; police estimated 80,000.", "80,000"));
    }

    // Finding 2: a restating verb's passive names the agent after the figure.
    [Theory]
    [InlineData("The death toll was later corrected to 14 by the regional authorities.", "14", "the regional authorities")]
    [InlineData("The estimate was revised up to 64 by the statistics office.", "64", "the statistics office")]
    public void Restated_passive_names_its_agent(string text, string quantity, string source) =>
        Assert.Equal(source, SourceOf(text, quantity));

    // Finding 3: a forecast or data word right after its own subject is a verb; a [DataNoun] opening its clause is a noun.
    [Theory]
    [InlineData("Economists forecast cuts of 50 basis points this year.", "50", "Economists")]
    [InlineData("The Fed projects cuts of 75 basis points in 2025.", "75", "The Fed")]
    [InlineData("The company estimates lost sales at $50 million.", "50", "The company")]
    [InlineData("Netflix reports paid memberships of 260 million.", "260", "Netflix")]
    public void Forecast_word_after_its_subject_is_a_verb(string text, string quantity, string source) =>
        Assert.Equal(source, SourceOf(text, quantity));

    // Finding 4: a noun ending in "-ly" after a determiner is the reporting verb's subject.
    [Theory]
    [InlineData("The family reported 3 break-ins last year.", "3", "The family")]
    [InlineData("An ally estimated 40,000 troops were deployed.", "40,000", "An ally")]
    public void Ly_noun_is_a_source(string text, string quantity, string source) =>
        Assert.Equal(source, SourceOf(text, quantity));

    // Finding 5: a source set between commas covers its own clause, not a later source's.
    [Fact]
    public void Source_between_commas_leaves_a_later_clause_to_its_source()
    {
        const string Text = "The company, its chairman said, expects revenue to grow about 5% this year, but analysts forecast 3%.";
        Assert.Equal("its chairman", SourceOf(Text, "5%"));
        Assert.Equal("analysts", SourceOf(Text, "3%"));
    }

    // Finding 6: "as measured by" still names a source; "measured" alone stays a verb of measure.
    [Fact]
    public void As_measured_by_names_a_source()
    {
        Assert.Equal("the central bank's survey",
            SourceOf("Capacity utilisation, as measured by the central bank's survey, slipped to 78.2%.", "78.2"));
        Assert.Null(SourceOf("The quake measured 6.2, up from 5.8.", "6.2"));
    }
}
