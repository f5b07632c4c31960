using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Tidings.Names;
using Tidings.Places;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Properties;

/// <summary>What must hold of the place resolver for every input: it never throws, gives one honest result per span,
/// and is deterministic (thread safety: <see cref="ConcurrencyProperties"/>).</summary>
public sealed class PlaceProperties
{
    private static readonly Gen<string> PlaceWords = Gen.Elements(
        "Georgia", "Florida", "Tbilisi", "Washington", "Brentwood", "Los Angeles", "the Hague", "Chișinău", "U.S.", "UK",
        "Armenian", "Azerbaijanis", "Paris, Texas", "Moscow", "Nagorno-Karabakh", "Tovuz region", "Kiev", "ROME", "Springfield");

    /// <summary>A text (news-like, arbitrary, or a list of place names) with arbitrary spans, some inside it, some not.</summary>
    private static readonly Arbitrary<(string Text, PlaceCandidate[] Spans)> Inputs = Arb.From(
        from text in Gen.Frequency(
            (2, TextGenerators.AnyText.Generator),
            (2, Gen.ListOf(PlaceWords).Select(words => string.Join(", ", words) + ".")))
        from spans in Gen.ArrayOf(
            from a in Gen.Frequency((4, Gen.Choose(0, Math.Max(0, text.Length))), (1, ArbMap.Default.GeneratorFor<int>()))
            from b in Gen.Frequency((4, Gen.Choose(0, Math.Max(0, text.Length))), (1, ArbMap.Default.GeneratorFor<int>()))
            select new PlaceCandidate(Math.Min(a, b), Math.Max(a, b)))
        select (text, spans));

    private static readonly ExtractionPipeline WithDemonyms = new ExtractionPipelineBuilder().UseAll().IncludeDemonyms().Build();

    [Fact]
    public void Resolution_never_throws_and_is_honest() =>
        PropertySettings.Run(Prop.ForAll(Inputs, input =>
        {
            (string text, PlaceCandidate[] spans) = input;
            ImmutableArray<PlaceResolution> results = PlaceResolver.Default.Resolve(text, spans);
            Assert.Equal(spans.Length, results.Length);
            foreach (PlaceResolution r in results)
            {
                Assert.InRange(r.Start, 0, text.Length);
                Assert.InRange(r.End, r.Start, text.Length);
                Assert.Equal(text[r.Start..r.End], r.Text);
                Assert.InRange(r.Confidence, 0, 1);
                Assert.Equal(r.Place is null, r.Confidence == 0);
            }

            ImmutableArray<PlaceResolution> all = PlaceResolver.Default.ResolveWithDemonyms(Document.Create(text), spans);
            Assert.True(all.Length >= spans.Length);
            for (int i = 1; i < all.Length; i++)
            {
                Assert.True(all[i - 1].Start < all[i].Start || (all[i - 1].Start == all[i].Start && all[i - 1].End >= all[i].End), "demonym resolutions are not sorted");
            }

            Assert.All(all.Where(r => r.IsDemonym), r => Assert.NotNull(r.Place));
        }), nameof(Resolution_never_throws_and_is_honest));

    [Fact]
    public void Resolution_is_deterministic() =>
        PropertySettings.Run(Prop.ForAll(Inputs, input =>
        {
            (string text, PlaceCandidate[] spans) = input;
            ImmutableArray<PlaceResolution> first = PlaceResolver.Default.Resolve(text, spans);
            ImmutableArray<PlaceResolution> second = PlaceResolver.Default.Resolve(text, spans);
            ImmutableArray<PlaceResolution> fresh = new PlaceResolver(Gazetteer.Default).Resolve(Document.Create(text), spans);
            Assert.Equal<PlaceResolution>(first, second.AsEnumerable());
            Assert.Equal<PlaceResolution>(first, fresh.AsEnumerable());
        }), nameof(Resolution_is_deterministic));

    [Fact]
    public void Lookups_never_throw() =>
        PropertySettings.Run(Prop.ForAll(TextGenerators.AnyText, text =>
        {
            _ = Gazetteer.Default.Contains(text);
            _ = Gazetteer.Default.TryGetKind(text, out _);
            _ = Gazetteer.Default.Find(text);
            _ = Gazetteer.Default.Demonyms.Find(text);
            _ = DemonymScanner.Default.Scan(Document.Create(text));
        }), nameof(Lookups_never_throw));

    [Fact]
    public void Demonyms_are_offset_exact_sorted_and_what_resolution_adds() =>
        PropertySettings.Run(Prop.ForAll(TextGenerators.AnyText, text =>
        {
            Document document = Document.Create(text);
            ImmutableArray<DemonymMention> demonyms = DemonymScanner.Default.Scan(document);
            int previousEnd = 0;
            foreach (DemonymMention d in demonyms)
            {
                Assert.InRange(d.Start, previousEnd, text.Length);
                Assert.InRange(d.End, d.Start + 1, text.Length);
                Assert.NotNull(d.Place);
                previousEnd = d.End;
            }

            // With no spans, resolution adds exactly the scanner's demonyms, each with its place.
            ImmutableArray<PlaceResolution> resolved = PlaceResolver.Default.ResolveWithDemonyms(document, []);
            Assert.Equal(demonyms.Select(d => (d.Start, d.End, text[d.Start..d.End])), resolved.Select(r => (r.Start, r.End, r.Text)));
            Assert.All(resolved, r => Assert.True(r.IsDemonym && r.Place is not null, $"\"{r.Text}\" is not a resolved demonym"));
        }), nameof(Demonyms_are_offset_exact_sorted_and_what_resolution_adds));

    [Fact]
    public void Places_and_demonyms_keep_the_contract_on_extreme_numbers_at_the_ends_of_the_calendar() =>
        PropertySettings.Run(Prop.ForAll(TextGenerators.ExtremeText, TextGenerators.ReferenceDates, (text, reference) =>
        {
            ExtractionResult result = WithDemonyms.Extract(text, reference);
            ExtractorProperties.CheckMentions(text, result.Mentions);
            PlaceCandidate[] spans = [.. result.Places.Select(p => new PlaceCandidate(p.Start, p.End))];
            ImmutableArray<PlaceResolution> resolved = PlaceResolver.Default.ResolveWithDemonyms(Document.Create(text, reference), spans);
            Assert.All(resolved, r => Assert.Equal(text[r.Start..r.End], r.Text));
        }), nameof(Places_and_demonyms_keep_the_contract_on_extreme_numbers_at_the_ends_of_the_calendar));

    [Fact]
    public void A_pipeline_with_demonyms_keeps_the_contract_and_only_adds_places() =>
        PropertySettings.Run(Prop.ForAll(TextGenerators.AnyText, text =>
        {
            ExtractionResult result = WithDemonyms.Extract(text);
            Assert.Same(text, result.Text);
            ExtractorProperties.CheckMentions(text, result.Mentions);
            ExtractorProperties.CheckMentions(text, result.Places);
            ExtractorProperties.SameMentions(result.Mentions, WithDemonyms.Extract(Document.Create(text)).Mentions);

            // Every other kind, and the recognized places, are the default pipeline's; the added demonyms overlap no name.
            ExtractionResult plain = News.Extract(text);
            ExtractorProperties.SameMentions(plain.Quantities, result.Quantities);
            ExtractorProperties.SameMentions(plain.Claims, result.Claims);
            ExtractorProperties.SameMentions(plain.Dates, result.Dates);
            ExtractorProperties.SameMentions(plain.Organizations, result.Organizations);
            ExtractorProperties.SameMentions(plain.Persons, result.Persons);
            var recognized = plain.Places.Select(p => (p.Start, p.End)).ToHashSet();
            var found = result.Places.Select(p => (p.Start, p.End)).ToHashSet();
            Assert.All(recognized, span => Assert.Contains(span, found));
            ImmutableArray<Mention> names = [.. plain.Organizations, .. plain.Places, .. plain.Persons];
            foreach (PlaceMention d in result.Places.Where(p => !recognized.Contains((p.Start, p.End))))
            {
                Assert.True(d.IsDemonym, $"\"{d.Text}\" is neither a recognized place nor a demonym");
                Assert.DoesNotContain(names, n => n.Start < d.End && d.Start < n.End);
            }
        }), nameof(A_pipeline_with_demonyms_keeps_the_contract_and_only_adds_places));
}
