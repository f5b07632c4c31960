using Tidings.Claims;
using Tidings.Dates;
using Tidings.Names;
using Tidings.Numbers;
using Tidings.Places;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Properties;

/// <summary>
/// Thread safety of every extractor: <see cref="PropertySettings.Threads"/> (16) callers share one instance, start
/// together, each run every generated input in its own order, and get exactly the sequential results
/// (see <see cref="SharedInstance"/>).
/// </summary>
public sealed class ConcurrencyProperties
{
    [Fact]
    public void Sixteen_threads_sharing_the_default_pipeline_get_the_sequential_results()
    {
        ExtractionPipeline pipeline = ExtractionPipeline.Default;
        (string Text, DateOnly? Reference)[] inputs = SharedInstance.DatedTexts();
        SharedInstance.Check(
            inputs,
            (input, caller) => caller % 3 == 0
                ? pipeline.Extract(Document.Create(input.Text, input.Reference))
                : pipeline.Extract(input.Text, input.Reference),
            SameResult,
            SharedInstance.Show);
    }

    [Fact]
    public void Sixteen_threads_sharing_one_pipeline_with_demonyms_get_the_sequential_results()
    {
        // Built here, so its first calls are concurrent ones too.
        ExtractionPipeline shared = new ExtractionPipelineBuilder().UseAll().IncludeDemonyms().Build();
        ExtractionPipeline reference = new ExtractionPipelineBuilder().UseAll().IncludeDemonyms().Build();
        string[] texts = SharedInstance.Texts();
        ExtractionResult[] expected = [.. texts.Select(t => reference.Extract(t))];
        int[] indexes = [.. Enumerable.Range(0, texts.Length)];
        SharedInstance.Check(
            indexes,
            (i, caller) => caller < 0 ? expected[i] : shared.Extract(texts[i]),
            SameResult,
            i => SharedInstance.Show(texts[i]));
    }

    [Fact]
    public void Sixteen_threads_sharing_one_quantity_extractor_get_the_sequential_results()
    {
        var shared = new QuantityExtractor();
        SharedInstance.Check(
            SharedInstance.Texts(),
            (text, caller) => caller % 2 == 0 ? shared.Extract(Document.Create(text)) : shared.Extract(text),
            ExtractorProperties.SameMentions,
            SharedInstance.Show);
    }

    [Fact]
    public void Sixteen_threads_sharing_one_claim_extractor_get_the_sequential_results()
    {
        var shared = new ClaimExtractor();
        SharedInstance.Check(SharedInstance.Texts(), (text, _) => shared.Extract(text), ExtractorProperties.SameMentions, SharedInstance.Show);
    }

    [Fact]
    public void Sixteen_threads_sharing_one_date_extractor_get_the_sequential_results()
    {
        var shared = new DateExtractor();
        (string Text, DateOnly? Reference)[] inputs = SharedInstance.DatedTexts();
        SharedInstance.Check(
            inputs,
            (input, _) => shared.Extract(input.Text, input.Reference),
            ExtractorProperties.SameMentions,
            SharedInstance.Show);
    }

    [Fact]
    public void Sixteen_threads_sharing_one_name_extractor_get_the_sequential_results()
    {
        var shared = new NameExtractor(Recognition.NameRecognizer.Default);
        SharedInstance.Check(
            SharedInstance.Texts(),
            (text, _) => shared.Extract(Document.Create(text)),
            (a, b) =>
            {
                ExtractorProperties.SameMentions(a.Organizations, b.Organizations);
                ExtractorProperties.SameMentions(a.Places, b.Places);
                ExtractorProperties.SameMentions(a.Persons, b.Persons);
            },
            SharedInstance.Show);
    }

    [Fact]
    public void Sixteen_threads_sharing_one_place_resolver_get_the_sequential_results()
    {
        // The recognized places of each text, plus a few arbitrary spans (some outside the text), with and without demonyms.
        var shared = new PlaceResolver(Gazetteer.Default);
        (string Text, PlaceCandidate[] Spans)[] inputs =
        [
            .. SharedInstance.Texts().Select((t, i) => (t, (PlaceCandidate[])
            [
                .. News.Names(t).Places.Select(p => new PlaceCandidate(p.Start, p.End)),
                new PlaceCandidate(0, Math.Min(t.Length, i % 17)),
                new PlaceCandidate(t.Length / 3, t.Length / 2),
                new PlaceCandidate(-i, t.Length + i),
            ])),
        ];
        SharedInstance.Check<(string Text, PlaceCandidate[] Spans), PlaceResolution[]>(
            inputs,
            (input, caller) => caller % 2 == 0
                ? [.. shared.Resolve(Document.Create(input.Text), input.Spans), .. shared.ResolveWithDemonyms(Document.Create(input.Text), input.Spans)]
                : [.. shared.Resolve(input.Text, input.Spans), .. shared.ResolveWithDemonyms(Document.Create(input.Text), input.Spans)],
            (a, b) => Assert.Equal<PlaceResolution>(a, b),
            input => SharedInstance.Show(input.Text));
    }

    [Fact]
    public void Sixteen_threads_sharing_one_demonym_scanner_get_the_sequential_results()
    {
        var shared = new DemonymScanner(Gazetteer.Default);
        SharedInstance.Check(
            SharedInstance.Texts(),
            (text, _) => shared.Scan(Document.Create(text)),
            (a, b) => Assert.Equal<DemonymMention>(a.AsEnumerable(), b.AsEnumerable()),
            SharedInstance.Show);
    }

    private static void SameResult(ExtractionResult expected, ExtractionResult actual)
    {
        Assert.Equal(expected.Text, actual.Text);
        Assert.Equal(expected.ReferenceDate, actual.ReferenceDate);
        ExtractorProperties.SameMentions(expected.Mentions, actual.Mentions);
        ExtractorProperties.SameMentions(expected.Quantities, actual.Quantities);
        ExtractorProperties.SameMentions(expected.Claims, actual.Claims);
        ExtractorProperties.SameMentions(expected.Dates, actual.Dates);
        ExtractorProperties.SameMentions(expected.Organizations, actual.Organizations);
        ExtractorProperties.SameMentions(expected.Places, actual.Places);
        ExtractorProperties.SameMentions(expected.Persons, actual.Persons);
    }
}
