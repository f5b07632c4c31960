using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Tidings.Names;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Properties;

/// <summary>The name extractor keeps the extractor contract: total, offset-exact, sorted, non-overlapping, deterministic.</summary>
public sealed class NameProperties
{
    [Fact]
    public void Names_are_well_formed_on_arbitrary_strings() =>
        PropertySettings.Run(Prop.ForAll(TextGenerators.ArbitraryText, Check), nameof(Names_are_well_formed_on_arbitrary_strings));

    [Fact]
    public void Names_are_well_formed_on_news_like_strings() =>
        PropertySettings.Run(Prop.ForAll(TextGenerators.NewsText, Check), nameof(Names_are_well_formed_on_news_like_strings));

    [Fact]
    public void Names_are_well_formed_on_extreme_numbers() =>
        PropertySettings.Run(Prop.ForAll(TextGenerators.ExtremeText, Check), nameof(Names_are_well_formed_on_extreme_numbers));

    [Fact]
    public void Names_are_deterministic_and_match_the_pipeline() =>
        PropertySettings.Run(Prop.ForAll(TextGenerators.AnyText, text =>
        {
            NameMentions first = NameExtractor.Default.Extract(Document.Create(text));
            NameMentions second = News.Names(text);
            ExtractionResult result = News.Extract(text);
            Assert.Equal(first.Organizations.ToArray(), second.Organizations.ToArray());
            Assert.Equal(result.Places.ToArray(), second.Places.ToArray());
            Assert.Equal(first.Persons.ToArray(), second.Persons.ToArray());
            Assert.Equal(first.Organizations.ToArray(), result.Organizations.ToArray());
            Assert.Equal(first.Places.Select(p => (p.Start, p.End, p.Text)), result.Places.Select(p => (p.Start, p.End, p.Text)));
            Assert.Equal(first.Persons.ToArray(), result.Persons.ToArray());
        }), nameof(Names_are_deterministic_and_match_the_pipeline));

    private static void Check(string text)
    {
        NameMentions names = NameExtractor.Default.Extract(Document.Create(text));
        ExtractorProperties.CheckMentions(text, names.Organizations);
        ExtractorProperties.CheckMentions(text, names.Places);
        ExtractorProperties.CheckMentions(text, names.Persons);
        ImmutableArray<Mention> all = [.. names.Organizations, .. names.Places, .. names.Persons];
        var ordered = all.OrderBy(m => m.Start).ToArray();
        for (int i = 1; i < ordered.Length; i++)
        {
            Assert.True(ordered[i - 1].End <= ordered[i].Start, "names overlap");
        }

        Assert.All(all, m => Assert.False(string.IsNullOrEmpty(m.Text)));
        Assert.All(names.Organizations, o => Assert.False(string.IsNullOrWhiteSpace(o.Name)));
    }
}
