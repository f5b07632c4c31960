using System.Text;
using Tidings.Places;
using Xunit;

namespace Tidings.Tests.Places;

/// <summary>The gazetteer: the embedded default, lookups by any spelling, demonyms, and loading or extending from a stream.</summary>
public sealed class GazetteerTests
{
    private static Gazetteer Default => Gazetteer.Default;

    [Fact]
    public void Default_loads_from_the_embedded_resources()
    {
        Assert.True(Default.Count > 40_000, $"only {Default.Count} places");
        Assert.True(Default.Demonyms.Count > 400);
        Assert.Same(Default, Gazetteer.Default);
        Assert.True(Default.TryGetCountry("AM", out GazetteerEntry? armenia));
        Assert.Equal("Armenia", armenia.Name);
        Assert.Equal(174982, armenia.GeonameId);
        Assert.True(armenia.HasCoordinates);
    }

    [Theory]
    [InlineData("Chisinau", "Chișinău")]
    [InlineData("Chisinau", "Chişinău")]
    [InlineData("Nagorno Karabakh", "Nagorno-Karabakh")]
    [InlineData("the Hague", "The Hague")]
    [InlineData("Hague", "THE HAGUE")]
    [InlineData("U.S.", "US")]
    [InlineData("U. S.", "US")]
    [InlineData("St. Petersburg", "Saint Petersburg")]
    [InlineData("Sao Paulo", "São Paulo")]
    [InlineData("Cote d’Ivoire", "Cote d'Ivoire")]
    public void Spelling_variants_share_a_key(string first, string second) =>
        Assert.Equal(NameKey.Of(second), NameKey.Of(first));

    [Theory]
    [InlineData("Kyiv", "Kiev")]
    [InlineData("United States", "America")]
    [InlineData("United States", "U.S.")]
    [InlineData("United Kingdom", "Britain")]
    [InlineData("United Kingdom", "UK")]
    [InlineData("Washington, D.C.", "Washington")]
    public void Aliases_lead_to_the_same_place(string name, string alias) =>
        Assert.Equal(Default.Find(name)[0], Default.Find(alias)[0]);

    [Fact]
    public void Short_capital_forms_only_match_in_capitals()
    {
        Assert.True(Default.Contains("US"));
        Assert.True(Default.Contains("U.S."));
        Assert.False(Default.Contains("us"));
        Assert.True(Default.Contains("UK"));
        Assert.False(Default.Contains("uk"));
        Assert.True(Default.Contains("ROME"));
    }

    [Fact]
    public void Lookups_for_the_recognizer()
    {
        Assert.True(Default.TryGetKind("Moscow", out PlaceKind kind));
        Assert.Equal(PlaceKind.City, kind);
        Assert.True(Default.TryGetKind("Armenia", out kind));
        Assert.Equal(PlaceKind.Country, kind);
        Assert.True(Default.TryGetKind("Europe", out kind));
        Assert.Equal(PlaceKind.Continent, kind);
        Assert.True(Default.TryGetKind("Nagorno Karabakh", out kind));
        Assert.Equal(PlaceKind.Region, kind);
        Assert.True(Default.TryGetKind("Niger Delta", out kind));
        Assert.Equal(PlaceKind.Feature, kind);
        Assert.False(Default.TryGetKind("Zzyzxville", out _));
        Assert.False(Default.Contains(""));
        Assert.False(Default.Contains("   "));
        Assert.False(Default.Contains(new string('a', 500)));
        Assert.True(Default.Find("Washington").Length > 3);
        Assert.Equal(4140963, Default.Find("Washington")[0].GeonameId);
        Assert.True(Default.TryGetByGeonameId(2747373, out GazetteerEntry? hague));
        Assert.Equal("The Hague", hague.Name);
        Assert.True(hague.IsCapital);
    }

    [Theory]
    [InlineData("Armenian", "AM", false)]
    [InlineData("Armenians", "AM", true)]
    [InlineData("Azerbaijani", "AZ", false)]
    [InlineData("Azerbaijanis", "AZ", true)]
    [InlineData("Moldovan", "MD", false)]
    [InlineData("Californian", "US", false)]
    [InlineData("Swiss", "CH", false)]
    [InlineData("Chinese", "CN", false)]
    [InlineData("Congolese", "CD", false)]
    [InlineData("Korean", "KR", false)]
    public void Demonyms_lead_to_their_place(string word, string countryCode, bool plural)
    {
        Assert.True(Default.Demonyms.TryGetPlace(word, out GazetteerEntry? place, out bool isPlural));
        Assert.Equal(countryCode, place.CountryCode);
        Assert.Equal(plural, isPlural);
        Assert.True(Default.Demonyms.Contains(word));
    }

    [Fact]
    public void Californian_is_the_state_and_Congolese_both_congos()
    {
        Assert.Equal(PlaceKind.Region, Default.Demonyms.Find("Californian")[0].Kind);
        Assert.Equal(["CD", "CG"], Default.Demonyms.Find("Congolese").Select(p => p.CountryCode!).Order().ToArray());
        Assert.False(Default.Demonyms.Contains("Frenchs"));
        Assert.False(Default.Demonyms.Contains("Swisss"));
    }

    [Fact]
    public void A_gazetteer_loads_from_plain_or_compressed_text()
    {
        const string Text = "# a tiny gazetteer\n"
            + "1\tcountry\tXA\t\t10\t20\t1000000\tAtlantis\tAtlantica\tAtlantean\t\tXB\n"
            + "2\tcity\tXA\t01\t10.5\t20.5\t50000\tPoseidonia\t\t\tc\n"
            + "x-3\tfeature\t\t\t\t\t\tGreat Reef\n";
        Gazetteer plain = Gazetteer.Load(new MemoryStream(Encoding.UTF8.GetBytes(Text)));
        Assert.Equal(3, plain.Count);
        Assert.Equal("Atlantis", plain.Find("Atlantica")[0].Name);
        Assert.Equal("Atlantis", plain.Demonyms.Find("Atlanteans")[0].Name);
        GazetteerEntry reef = plain.Find("great reef")[0];
        Assert.Null(reef.GeonameId);
        Assert.False(reef.HasCoordinates);
        Assert.True(plain.Find("Poseidonia")[0].IsCapital);

        var compressed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(Text));
        }

        compressed.Position = 0;
        Assert.Equal<GazetteerEntry>(plain.Entries, Gazetteer.Load(compressed).Entries.AsEnumerable());
    }

    [Fact]
    public void The_compiled_form_loads_the_same_stored_or_compressed()
    {
        const string Text = "1\tcountry\tXA\t\t10\t20\t1000000\tAtlantis\tAtlantica\tAtlantean\t\tXB\n"
            + "2\tcity\tXA\t01\t10.5\t20.5\t50000\tPoseidonia\t\t\tc\n"
            + "x-3\tfeature\t\t\t\t\t\tGreat Reef\n";
        var index = new GazetteerIndex();
        index.Apply(GazetteerRow.ReadAll(new MemoryStream(Encoding.UTF8.GetBytes(Text))));
        Gazetteer text = index.Build();
        foreach (bool compress in (bool[])[false, true])
        {
            var compiled = new MemoryStream();
            index.WriteBinary(compiled, compress);
            Assert.True(compiled.CanWrite); // the caller's stream is left open
            byte[] bytes = compiled.ToArray();
            Assert.Equal(compress, bytes[0] == 0x1F);
            foreach (Stream stream in (Stream[])[new MemoryStream(bytes), new NonSeekable(bytes)])
            {
                Gazetteer loaded = Gazetteer.Load(stream);
                Assert.Equal<GazetteerEntry>(text.Entries, loaded.Entries.AsEnumerable());
                Assert.Equal("Atlantis", loaded.Find("atlantica")[0].Name);
                Assert.Equal("Atlantis", loaded.Demonyms.Find("Atlanteans")[0].Name);
                Assert.Equal(text.NameIndex.Keys.Order(), loaded.NameIndex.Keys.Order());
            }
        }
    }

    /// <summary>A stream that cannot seek, as a network or pipe stream.</summary>
    private sealed class NonSeekable(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();
    }

    [Fact]
    public void Extending_adds_places_and_patches_known_ones()
    {
        const string Extra = "x-brentwood-london\tdistrict\tGB\tENG\t51.6\t0.3\t1000\tBrentwood Village\n"
            + "2747373\t\t\t\t\t\t\t\tDen Haag Centrum\tHaguer\n";
        Gazetteer extended = Default.Extend(new MemoryStream(Encoding.UTF8.GetBytes(Extra)));
        Assert.Equal(Default.Count + 1, extended.Count);
        Assert.Equal(PlaceKind.District, extended.Find("Brentwood Village")[0].Kind);
        Assert.Equal(2747373, extended.Find("Den Haag Centrum")[0].GeonameId);
        Assert.Equal(2747373, extended.Demonyms.Find("Haguer")[0].GeonameId);
        Assert.False(Default.Contains("Brentwood Village"));
        Assert.Equal("The Hague", extended.Find("The Hague")[0].Name);
    }

    [Fact]
    public void Extending_patches_places_by_local_id_whether_loaded_or_added_by_the_same_stream()
    {
        int known = Default.LocalIds.IndexOf(Default.LocalIds.First(id => id is not null));
        string extra = Default.LocalIds[known] + "\t\t\t\t\t\t\t\tZyxwv Alias\n"
            + "x-qwerty-town\tcity\tGB\t\t51\t0\t10\tQwerty Town\n"
            + "x-qwerty-town\t\t\t\t\t\t\t\tQwerty Alias\n";
        Gazetteer extended = Default.Extend(new MemoryStream(Encoding.UTF8.GetBytes(extra)));
        Assert.Equal(Default.Count + 1, extended.Count);
        Assert.Equal(Default[known], extended.Find("Zyxwv Alias")[0]);
        Assert.Equal("Qwerty Town", extended.Find("Qwerty Alias")[0].Name);
        Assert.Single(extended.Find("Qwerty Alias"));
    }

    [Theory]
    [InlineData("1\tcountry\tXA\t\t100\t20\t1\tBad latitude")]
    [InlineData("1\tplanet\tXA\t\t10\t20\t1\tBad kind")]
    [InlineData("1\tcity\tXA\t\t10\t20\tmany\tBad population")]
    [InlineData("1\tcity\tXA")]
    [InlineData("99\t\t\t\t\t\t\t\tpatch of nothing")]
    [InlineData("1\tcity\tXA\t\t10\t20\t1\tToo\t\t\t\t\textra")]
    public void Malformed_lines_are_reported(string line)
    {
        InvalidDataException e = Assert.Throws<InvalidDataException>(() => Gazetteer.Load(new MemoryStream(Encoding.UTF8.GetBytes(line))));
        Assert.Contains("gazetteer", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_arguments_throw()
    {
        Assert.Throws<ArgumentNullException>(() => Gazetteer.Load(null!));
        Assert.Throws<ArgumentNullException>(() => Default.Extend(null!));
        Assert.Throws<ArgumentNullException>(() => new PlaceResolver(null!));
        Assert.Throws<ArgumentNullException>(() => PlaceResolver.Default.Resolve((string)null!, []));
    }
}
