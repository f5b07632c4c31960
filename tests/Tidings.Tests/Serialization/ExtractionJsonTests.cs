using System.Text;
using System.Text.Json;
using Tidings.Numbers;
using Tidings.Serialization;
using Xunit;

namespace Tidings.Tests.Serialization;

public class ExtractionJsonTests
{
    /// <summary>The one place that builds results by hand (the constructor is internal and will grow with new kinds).</summary>
    internal static ExtractionResult Result(string text, params Quantity[] quantities) =>
        new(text, null, [.. quantities]);

    private static Quantity At(string text, int start, int end, decimal? value = 1, Approximation approximation = Approximation.Exact) =>
        new(start, end, text[start..end], value, QuantityUnit.Count, approximation);

    [Fact]
    public void Quantity_with_bounds_and_counted_is_written_field_by_field_in_contract_order()
    {
        const string text = "Police said between 8,000 and 10,000 protesters marched.";
        int start = text.IndexOf("between", StringComparison.Ordinal);
        int end = text.IndexOf(" protesters", StringComparison.Ordinal);
        int countedStart = end + 1;
        var q = new Quantity(
            start, end, text[start..end], 9000m, QuantityUnit.Count, Approximation.Range, low: 8000m, high: 10000m,
            counted: TextSpan.Of(text, countedStart, countedStart + "protesters".Length));

        string json = ExtractionJson.Serialize(Result(text, q), "a1");

        Assert.Equal(
            """{"id":"a1","mentions":[{"kind":"quantity","start":12,"end":36,"text":"between 8,000 and 10,000","value":9000,"low":8000,"high":10000,"unit":"count","approximation":"range","counted":{"start":37,"end":47,"text":"protesters"}}]}""",
            json);
    }

    [Fact]
    public void Vague_quantity_writes_value_null_and_leaves_out_absent_fields()
    {
        const string text = "dozens of people";
        var q = new Quantity(0, 6, "dozens", null, QuantityUnit.Count, Approximation.Vague, low: 24m);

        string json = ExtractionJson.Serialize(Result(text, q), "v");

        Assert.Equal(
            """{"id":"v","mentions":[{"kind":"quantity","start":0,"end":6,"text":"dozens","value":null,"low":24,"unit":"count","approximation":"vague"}]}""",
            json);
    }

    [Fact]
    public void Currency_and_measure_units_write_their_codes()
    {
        const string text = "$2.3bn and 5 km2";
        var money = new Quantity(0, 6, "$2.3bn", 2300000000.0m, QuantityUnit.Currency("USD"), Approximation.Exact);
        var area = new Quantity(11, 16, "5 km2", 5m, QuantityUnit.Measure("km2"), Approximation.Exact);

        using JsonDocument doc = JsonDocument.Parse(ExtractionJson.Serialize(Result(text, money, area)));
        JsonElement[] mentions = [.. doc.RootElement.GetProperty("mentions").EnumerateArray()];

        Assert.Equal("USD", mentions[0].GetProperty("unit").GetString());
        Assert.Equal("2300000000", mentions[0].GetProperty("value").GetRawText());
        Assert.Equal("km2", mentions[1].GetProperty("unit").GetString());
    }

    [Fact]
    public void Empty_result_and_null_id()
    {
        Assert.Equal("""{"id":null,"mentions":[]}""", ExtractionJson.Serialize(Result("nothing here")));
    }

    [Fact]
    public void Mentions_are_sorted_by_start_then_by_end_descending()
    {
        const string text = "0123456789012345678901234567890";
        string json = ExtractionJson.Serialize(Result(text, At(text, 5, 10), At(text, 0, 3), At(text, 5, 20), At(text, 2, 4)));

        using JsonDocument doc = JsonDocument.Parse(json);
        var spans = doc.RootElement.GetProperty("mentions").EnumerateArray()
            .Select(m => (m.GetProperty("start").GetInt32(), m.GetProperty("end").GetInt32()))
            .ToArray();

        Assert.Equal([(0, 3), (2, 4), (5, 20), (5, 10)], spans);
    }

    [Theory]
    [InlineData(Approximation.Exact, "exact")]
    [InlineData(Approximation.Approximate, "approximate")]
    [InlineData(Approximation.AtLeast, "atLeast")]
    [InlineData(Approximation.AtMost, "atMost")]
    [InlineData(Approximation.MoreThan, "moreThan")]
    [InlineData(Approximation.LessThan, "lessThan")]
    [InlineData(Approximation.Range, "range")]
    [InlineData(Approximation.Vague, "vague")]
    public void Approximations_are_camel_case(Approximation approximation, string expected)
    {
        string json = ExtractionJson.Serialize(Result("12", At("12", 0, 2, 12m, approximation)));

        Assert.Contains($"\"approximation\":\"{expected}\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("500000", "500000")]
    [InlineData("500000.000", "500000")]
    [InlineData("0.2", "0.2")]
    [InlineData("0.20", "0.2")]
    [InlineData("2300000000.0", "2300000000")]
    [InlineData("0.00000000000000000001", "0.00000000000000000001")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("-1.50", "-1.5")]
    [InlineData("0.000", "0")]
    public void Numbers_are_plain_without_exponent_or_trailing_zeros(string input, string expected)
    {
        decimal value = decimal.Parse(input, System.Globalization.CultureInfo.InvariantCulture);
        string json = ExtractionJson.Serialize(Result("x", new Quantity(0, 1, "x", value, QuantityUnit.Count, Approximation.Exact)));

        Assert.Contains($"\"value\":{expected},", json, StringComparison.Ordinal);
        Assert.DoesNotContain("E", json[json.IndexOf("\"value\"", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("say \"70\"", "say \\\"70\\\"")]
    [InlineData("a\\b", "a\\\\b")]
    [InlineData("two\nlines\r\tand\ttabs", "two\\nlines\\r\\tand\\ttabs")]
    [InlineData("Azerbaijan’s café", "Azerbaijan’s café")]
    [InlineData("emoji 😀 ok", "emoji 😀 ok")]
    [InlineData("bell\u0001", "bell\\u0001")]
    [InlineData("line\u2028sep", "line\\u2028sep")]
    [InlineData("<b>&amp;'</b>", "<b>&amp;'</b>")]
    public void Text_is_escaped_minimally_and_stays_readable(string mention, string expectedJson)
    {
        string json = ExtractionJson.Serialize(Result(mention, At(mention, 0, mention.Length)));

        Assert.Contains($"\"text\":\"{expectedJson}\"", json, StringComparison.Ordinal);
        using JsonDocument doc = JsonDocument.Parse(json);
        Assert.Equal(mention, doc.RootElement.GetProperty("mentions")[0].GetProperty("text").GetString());
    }

    // Not InlineData: attribute strings are stored as UTF-8, which turns lone surrogates into U+FFFD.
    public static TheoryData<string, string> LoneSurrogates => new()
    {
        { "a\ud800b", "a\\uD800b" },
        { "\udc00", "\\uDC00" },
        { "x\ud83d", "x\\uD83D" },
        { "\ude00\ud83d", "\\uDE00\\uD83D" },
        { "ok \ud83d\ude00 \ud800", "ok \U0001F600 \\uD800" },
    };

    [Theory]
    [MemberData(nameof(LoneSurrogates), DisableDiscoveryEnumeration = true)]
    public void Lone_surrogates_are_escaped_not_replaced(string mention, string expectedJson)
    {
        string json = ExtractionJson.Serialize(Result(mention, At(mention, 0, mention.Length)), mention);

        Assert.Contains($"\"text\":\"{expectedJson}\"", json, StringComparison.Ordinal);
        Assert.StartsWith($"{{\"id\":\"{expectedJson}\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', json);

        // Still valid JSON, and the exact code units come back.
        using JsonDocument doc = JsonDocument.Parse(json);
        string raw = doc.RootElement.GetProperty("mentions")[0].GetProperty("text").GetRawText();
        Assert.Equal(mention, JsonText.Unescape(Encoding.UTF8.GetBytes(raw[1..^1])));
    }

    [Fact]
    public void Output_is_utf8_and_surrogate_pairs_are_written_as_four_bytes()
    {
        const string text = "😀";
        using var stream = new MemoryStream();
        ExtractionJson.Write(stream, Result(text, At(text, 0, 2)), "e");

        byte[] bytes = stream.ToArray();
        Assert.True(bytes.AsSpan().IndexOf("\"text\":\"\U0001F600\""u8) >= 0);
        Assert.True(bytes.AsSpan().IndexOf(new byte[] { 0xF0, 0x9F, 0x98, 0x80 }) >= 0);
    }

    [Fact]
    public void Indented_output_has_the_same_content()
    {
        const string text = "around 3,000 Armenians";
        var q = new Quantity(0, 12, "around 3,000", 3000m, QuantityUnit.Count, Approximation.Approximate, counted: TextSpan.Of(text, 13, 22));
        ExtractionResult result = Result(text, q);

        string indented = ExtractionJson.Serialize(result, "p", indented: true);
        string compact = ExtractionJson.Serialize(result, "p");

        Assert.Contains('\n', indented);
        using JsonDocument a = JsonDocument.Parse(indented);
        using JsonDocument b = JsonDocument.Parse(compact);
        Assert.True(JsonElement.DeepEquals(a.RootElement, b.RootElement));
    }

    [Fact]
    public void Json_element_ids_are_echoed_exactly_as_given()
    {
        ExtractionResult result = Result("x");
        foreach (string id in (string[])["1.50", "12345678901234567890", "\"caf\\u00e9\"", "\"a\\ud800\"", "{\"k\":[1,2]}"])
        {
            using JsonDocument doc = JsonDocument.Parse(id);
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, ExtractionJson.CompactWriterOptions))
            {
                ExtractionJson.Write(writer, result, doc.RootElement);
            }

            Assert.Equal($"{{\"id\":{id},\"mentions\":[]}}", Encoding.UTF8.GetString(buffer.WrittenSpan));
        }
    }

    [Fact]
    public void Failure_documents_keep_id_line_and_message()
    {
        using JsonDocument id = JsonDocument.Parse("7");
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, ExtractionJson.CompactWriterOptions))
        {
            ExtractionJson.WriteFailure(writer, id.RootElement, 3, "missing \"text\"");
        }

        Assert.Equal("""{"id":7,"line":3,"error":"missing \"text\"","mentions":[]}""", Encoding.UTF8.GetString(buffer.WrittenSpan));

        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, ExtractionJson.CompactWriterOptions))
        {
            ExtractionJson.WriteFailure(writer, "doc.txt", "invalid UTF-8");
        }

        Assert.Equal("""{"id":"doc.txt","error":"invalid UTF-8","mentions":[]}""", Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    [Fact]
    public void Several_documents_can_share_one_writer_inside_an_array()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, ExtractionJson.CompactWriterOptions))
        {
            writer.WriteStartArray();
            ExtractionJson.Write(writer, Result("a"), "1");
            ExtractionJson.Write(writer, Result("b"), "2");
            writer.WriteEndArray();
        }

        Assert.Equal("""[{"id":"1","mentions":[]},{"id":"2","mentions":[]}]""", Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    [Fact]
    public void Mentions_of_an_unmapped_kind_are_refused_clearly()
    {
        using var writer = new Utf8JsonWriter(Stream.Null);
        var e = Assert.Throws<NotSupportedException>(() => MentionWriter.Write(writer, new FakeDate(0, 4, "2020")));
        Assert.Contains("Date", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Real_pipeline_output_round_trips_offsets()
    {
        const string text = "Nearly half a million Armenian natives live in Los Angeles, and around 3,000 Armenians gathered.";
        ExtractionResult result = News.Extract(text);

        using JsonDocument doc = JsonDocument.Parse(ExtractionJson.Serialize(result, "r"));
        foreach (JsonElement m in doc.RootElement.GetProperty("mentions").EnumerateArray())
        {
            int start = m.GetProperty("start").GetInt32();
            int end = m.GetProperty("end").GetInt32();
            Assert.Equal(text[start..end], m.GetProperty("text").GetString());
        }
    }

    private sealed record FakeDate : Mention
    {
        public FakeDate(int start, int end, string text)
            : base(start, end, text)
        {
        }

        public override MentionKind Kind => MentionKind.Date;
    }
}
