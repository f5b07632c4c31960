using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Tidings.Places;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Properties;

/// <summary>What must hold of the place resolver for every input: it never throws, gives one honest result per span,
/// and is deterministic (also when shared between threads).</summary>
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
    public void Resolution_is_thread_safe()
    {
        string text = File.ReadAllText(RepositoryPaths.File("seeds", "000_70dd0782637a3652.txt"));
        PlaceCandidate[] spans = [.. new[] { "Georgia", "Moscow", "Los Angeles", "Brentwood", "Washington", "Tovuz", "Baku" }
            .Select(w => text.IndexOf(w, StringComparison.Ordinal))
            .Where(i => i >= 0)
            .Select(i => new PlaceCandidate(i, text.IndexOf(' ', i) is int e and > 0 ? e : text.Length))];
        ImmutableArray<PlaceResolution> expected = PlaceResolver.Default.Resolve(text, spans);
        Parallel.For(0, PropertySettings.Threads * 4, _ => Assert.Equal<PlaceResolution>(expected, PlaceResolver.Default.Resolve(text, spans).AsEnumerable()));
    }
}
