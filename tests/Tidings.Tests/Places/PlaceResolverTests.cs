using System.Collections.Immutable;
using Tidings.Places;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Places;

/// <summary>The resolver's contract beyond the spec cases: results per span, demonym output, clamping, the scanner.</summary>
public sealed class PlaceResolverTests
{
    private static PlaceResolver Resolver => PlaceResolver.Default;

    [Fact]
    public void One_result_per_span_in_the_order_given()
    {
        const string Text = "From Baku to Yerevan via Tbilisi.";
        PlaceCandidate[] spans = [Span(Text, "Tbilisi"), Span(Text, "Baku"), Span(Text, "Yerevan")];
        ImmutableArray<PlaceResolution> results = Resolver.Resolve(Text, spans);
        Assert.Equal(["Tbilisi", "Baku", "Yerevan"], results.Select(r => r.Text));
        Assert.Equal(["GE", "AZ", "AM"], results.Select(r => r.Place!.CountryCode));
        Assert.All(results, r => Assert.Equal(r.Text, Text[r.Start..r.End]));
        Assert.All(results, r => Assert.False(r.IsDemonym));
    }

    [Fact]
    public void The_order_and_repetition_of_spans_do_not_change_the_readings()
    {
        const string Text = "Georgia beat Florida in Athens. Paris, Texas, cheered; Georgia fans in Atlanta too.";
        PlaceCandidate[] inOrder = [Span(Text, "Georgia"), Span(Text, "Florida"), Span(Text, "Athens"), Span(Text, "Paris"), Span(Text, "Texas"), Span(Text, "Atlanta")];
        PlaceCandidate[] shuffled = [inOrder[4], inOrder[0], inOrder[5], inOrder[0], inOrder[2], inOrder[1], inOrder[3]];
        Document document = Document.Create(Text);
        Dictionary<PlaceCandidate, PlaceResolution> expected = inOrder.Zip(Resolver.Resolve(document, inOrder)).ToDictionary(p => p.First, p => p.Second);
        Assert.Equal(shuffled.Select(s => expected[s]), Resolver.Resolve(document, shuffled));
        Assert.Equal("US", expected[inOrder[0]].Place!.CountryCode);

        ImmutableArray<PlaceResolution> all = Resolver.ResolveWithDemonyms(document, shuffled);
        Assert.Equal(shuffled.OrderBy(s => s.Start).ThenByDescending(s => s.End).Select(s => expected[s]), all);
    }

    [Fact]
    public void Unknown_names_are_unresolved()
    {
        const string Text = "He flew to Zzyzxville.";
        PlaceResolution r = Assert.Single(Resolver.Resolve(Text, [Span(Text, "Zzyzxville")]));
        Assert.False(r.IsResolved);
        Assert.Null(r.Place);
        Assert.Equal(0, r.Confidence);
    }

    [Fact]
    public void Spans_outside_the_text_are_clamped()
    {
        ImmutableArray<PlaceResolution> results = Resolver.Resolve("Paris", [new(-5, 3), new(2, 99), new(4, 1), new(int.MinValue, int.MaxValue)]);
        Assert.Equal(["Par", "ris", "", "Paris"], results.Select(r => r.Text));
        Assert.Equal("FR", results[3].Place!.CountryCode);
    }

    [Fact]
    public void Demonyms_are_emitted_only_when_asked_and_flagged()
    {
        const string Text = "Armenian and Azerbaijani communities clashed in Moscow.";
        Document document = Document.Create(Text);
        PlaceCandidate[] spans = [Span(Text, "Moscow")];
        Assert.Single(Resolver.Resolve(document, spans));
        ImmutableArray<PlaceResolution> all = Resolver.ResolveWithDemonyms(document, spans);
        Assert.Equal(["Armenian", "Azerbaijani", "Moscow"], all.Select(r => r.Text));
        Assert.Equal([true, true, false], all.Select(r => r.IsDemonym));
        Assert.Equal(["AM", "AZ", "RU"], all.Select(r => r.Place!.CountryCode));
    }

    [Fact]
    public void A_span_covering_a_demonym_hides_it()
    {
        const string Text = "The Armenian National Committee met.";
        ImmutableArray<PlaceResolution> all = Resolver.ResolveWithDemonyms(Document.Create(Text), [Span(Text, "Armenian National Committee")]);
        PlaceResolution only = Assert.Single(all);
        Assert.False(only.IsResolved);
    }

    [Fact]
    public void ResolveName_uses_the_prior_alone()
    {
        Assert.Equal(4140963, Resolver.ResolveName("Washington").Place!.GeonameId);
        Assert.Equal(PlaceKind.Country, Resolver.ResolveName("Georgia").Place!.Kind);
        Assert.Equal("NL", Resolver.ResolveName("the Hague").Place!.CountryCode);
    }

    [Fact]
    public void Scanner_finds_demonyms_with_their_spans()
    {
        const string Text = "Armenian-American groups, South Korean firms, The Californian city, Armenian's view; polish and the Swiss.";
        ImmutableArray<DemonymMention> found = DemonymScanner.Default.Scan(Document.Create(Text));
        string[] texts = [.. found.Select(d => Text[d.Start..d.End])];
        Assert.Equal(["Armenian", "American", "South Korean", "Californian", "Armenian", "Swiss"], texts);
        Assert.Equal("KR", found[2].Place.CountryCode);
        Assert.Equal(PlaceKind.Region, found[3].Place.Kind);
    }

    [Fact]
    public void Every_demonym_of_several_words_may_start_a_longer_run()
    {
        // The scanner tries runs of two or three words only after a first word that may start one: no demonym
        // of several words may be missed by that test.
        Gazetteer gazetteer = Gazetteer.Default;
        string[] longer = [.. gazetteer.DemonymIndex.Keys.Where(k => k.Contains(' ', StringComparison.Ordinal))];
        Assert.NotEmpty(longer);
        Assert.All(longer, key => Assert.True(gazetteer.Demonyms.MayStartLonger(key), key));
        Assert.False(gazetteer.Demonyms.MayStartLonger("Armenian"));

        const string Text = "New Zealander and Papua New Guinean delegates met Armenian National Committee members.";
        ImmutableArray<DemonymMention> found = DemonymScanner.Default.Scan(Document.Create(Text));
        Assert.Equal(["New Zealander", "Papua New Guinean", "Armenian"], found.Select(d => Text[d.Start..d.End]));
    }

    [Fact]
    public void A_demonym_decides_a_name_that_has_a_choice()
    {
        // Demonyms are scanned only when some name has a choice to make; here one has, and the demonym decides it.
        const string Alone = "Birmingham voters.";
        const string Beside = "Birmingham voters, Alabamian officials said.";
        Assert.Equal("GB", Resolver.Resolve(Alone, [new(0, 10)])[0].Place!.CountryCode);
        Assert.Equal("US", Resolver.Resolve(Beside, [new(0, 10)])[0].Place!.CountryCode);

        // A name without a choice is resolved the same with or without demonyms around it.
        Assert.Equal(Resolver.Resolve("Yerevan.", [new(0, 7)])[0].Place, Resolver.Resolve("Yerevan, Alabamian officials said.", [new(0, 7)])[0].Place);
    }

    [Fact]
    public void Repeated_names_and_demonyms_keep_their_own_spans()
    {
        const string Text = "Brentwood, Los Angeles. Later Brentwood again, and Armenian groups, Armenian leaders, Armenians.";
        PlaceCandidate[] spans = [Span(Text, "Brentwood"), Span(Text, "Los Angeles"), new(Text.LastIndexOf("Brentwood", StringComparison.Ordinal), Text.LastIndexOf("Brentwood", StringComparison.Ordinal) + 9)];
        Document document = Document.Create(Text);
        ImmutableArray<PlaceResolution> all = Resolver.ResolveWithDemonyms(document, spans);
        Assert.Equal(["Brentwood", "Los Angeles", "Brentwood", "Armenian", "Armenian", "Armenians"], all.Select(r => r.Text));
        Assert.All(all, r => Assert.Equal(r.Text, Text[r.Start..r.End]));
        Assert.Equal(all[0].Place, all[2].Place);
        Assert.Equal(PlaceKind.District, all[0].Place!.Kind);
        Assert.Equal(all[3].Place, all[5].Place);

        // The same document again on the same thread: nothing of the first run is left over.
        Assert.Equal(all.AsEnumerable(), Resolver.ResolveWithDemonyms(document, spans));
    }

    [Fact]
    public void Confidence_is_lower_for_close_calls()
    {
        const string Text = "Georgia";
        PlaceResolution alone = Resolver.Resolve(Text, [new(0, 7)])[0];
        PlaceResolution baku = Resolver.ResolveName("Baku");
        Assert.InRange(alone.Confidence, 0.5, 1.0);
        Assert.True(baku.Confidence >= alone.Confidence);
    }

    [Fact]
    public void Readme_places_example_does_what_it_says()
    {
        string text = "Police in Los Angeles said the protest in Brentwood remained peaceful. Brussels and Washington may respond.";
        PlaceCandidate[] spans = [new(10, 21), new(42, 51), new(71, 79), new(84, 94)];
        ImmutableArray<PlaceResolution> all = Resolver.ResolveWithDemonyms(Document.Create(text), spans);
        Assert.Equal(["Los Angeles", "Brentwood", "Brussels", "Washington"], all.Select(r => r.Text));
        Assert.Equal(5368361, all[0].Place!.GeonameId);
        Assert.Equal((PlaceKind.District, "US"), (all[1].Place!.Kind, all[1].Place!.CountryCode));
        Assert.Equal("BE", all[2].Place!.CountryCode);
        Assert.Equal("Washington, D.C.", all[3].Place!.Name);
        Assert.True(Gazetteer.Default.TryGetKind("Nagorno Karabakh", out PlaceKind kind));
        Assert.Equal(PlaceKind.Region, kind);
        Assert.True(Gazetteer.Default.Demonyms.TryGetPlace("Azerbaijanis", out GazetteerEntry? az, out bool plural));
        Assert.Equal(("Azerbaijan", true), (az.Name, plural));
    }

    private static PlaceCandidate Span(string text, string part)
    {
        int start = text.IndexOf(part, StringComparison.Ordinal);
        return new PlaceCandidate(start, start + part.Length);
    }
}
