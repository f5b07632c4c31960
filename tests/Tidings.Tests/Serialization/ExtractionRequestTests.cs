using System.Text;
using System.Text.Json;
using Tidings.Serialization;
using Xunit;

namespace Tidings.Tests.Serialization;

public class ExtractionRequestTests
{
    private static ExtractionRequest Valid(string json)
    {
        Assert.True(ExtractionRequest.TryParse(Encoding.UTF8.GetBytes(json), out ExtractionRequest? request, out ExtractionRequestError? error), error?.Message);
        return request;
    }

    private static ExtractionRequestError Invalid(ReadOnlySpan<byte> json)
    {
        Assert.False(ExtractionRequest.TryParse(json, out _, out ExtractionRequestError? error));
        return error;
    }

    private static ExtractionRequestError Invalid(string json) => Invalid(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Reads_id_text_and_reference_date()
    {
        ExtractionRequest r = Valid("""{"id": "a1", "text": "Around 3,000 Armenians.", "referenceDate": "2020-07-28"}""");

        Assert.Equal("a1", r.Id!.Value.GetString());
        Assert.Equal("Around 3,000 Armenians.", r.Text);
        Assert.Equal(new DateOnly(2020, 7, 28), r.ReferenceDate);
    }

    [Fact]
    public void Id_and_reference_date_are_optional_and_unknown_properties_are_ignored()
    {
        ExtractionRequest r = Valid("""{"title": "t", "text": "x", "meta": {"a": [1, 2]}}""");

        Assert.Null(r.Id);
        Assert.Null(r.ReferenceDate);
        Assert.Equal("x", r.Text);
    }

    [Fact]
    public void Numeric_ids_keep_their_raw_text()
    {
        Assert.Equal("1.50", Valid("""{"id": 1.50, "text": "x"}""").Id!.Value.GetRawText());
    }

    [Fact]
    public void Text_keeps_escapes_and_lone_surrogates_exactly()
    {
        ExtractionRequest r = Valid("""{"text": "a\nb \"q\" caf\u00e9 \ud83d\ude00 lone \ud800 end"}""");

        Assert.Equal("a\nb \"q\" café 😀 lone \ud800 end", r.Text);
    }

    [Theory]
    [InlineData("""{"id": "n", "text": null}""", "missing \"text\"")]
    [InlineData("""{"id": "n"}""", "missing \"text\"")]
    [InlineData("""{"id": "n", "text": 5}""", "invalid \"text\": expected a string, found a number")]
    [InlineData("""{"id": "n", "text": "x", "referenceDate": "2020-02-30"}""", "invalid \"referenceDate\"")]
    [InlineData("""{"id": "n", "text": "x", "referenceDate": "28/07/2020"}""", "invalid \"referenceDate\"")]
    [InlineData("""{"id": "n", "text": "x", "referenceDate": 20200728}""", "invalid \"referenceDate\": expected a string")]
    [InlineData("""{"id": "n", "text": x}""", "invalid JSON at byte offset")]
    [InlineData("""{"id": "n", "text": "x"} trailing""", "invalid JSON at byte offset")]
    [InlineData("""{"id": "n", "text": "unterminated""", "invalid JSON at byte offset")]
    public void Bad_lines_give_a_clear_message_and_keep_the_id(string json, string expected)
    {
        ExtractionRequestError error = Invalid(json);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
        Assert.Equal("n", error.Id!.Value.GetString());
    }

    [Theory]
    [InlineData("[1, 2]", "expected a JSON object, found an array")]
    [InlineData("\"text\"", "expected a JSON object, found a string")]
    [InlineData("null", "expected a JSON object, found null")]
    [InlineData("", "expected a JSON object, found an empty line")]
    [InlineData("not json", "invalid JSON")]
    [InlineData("{\"text\": \"x\", \"id\": 1", "invalid JSON")]
    public void Lines_that_are_not_objects_are_refused(string json, string expected)
    {
        Assert.Contains(expected, Invalid(json).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_reported_with_its_offset_and_the_id_is_recovered()
    {
        byte[] line = [.. """{"id": 42, "text": "caf"""u8, 0xE9, .. "\"}"u8];

        ExtractionRequestError error = Invalid(line);

        Assert.Equal("invalid UTF-8 at byte offset 23 of the line", error.Message);
        Assert.Equal("42", error.Id!.Value.GetRawText());
    }

    [Fact]
    public void An_id_that_is_itself_invalid_utf8_is_not_recovered()
    {
        byte[] line = [.. """{"id": "a"""u8, 0xFF, .. "\", \"text\": \"x\"}"u8];

        ExtractionRequestError error = Invalid(line);

        Assert.StartsWith("invalid UTF-8", error.Message, StringComparison.Ordinal);
        Assert.Null(error.Id);
    }

    [Theory]
    [InlineData("2020-07-28", true)]
    [InlineData(" 2020-07-28 ", true)]
    [InlineData("2020-07-28T09:30:00Z", true)]
    [InlineData("2020-07-28T23:30:00-05:00", true)]
    [InlineData("2020-07-28 09:30:00", true)]
    [InlineData("2020-02-30", false)]
    [InlineData("2020-7-28", false)]
    [InlineData("07/28/2020", false)]
    [InlineData("2020-07-28Tnonsense", false)]
    [InlineData("", false)]
    public void Reference_dates_are_iso_dates_or_date_times(string value, bool valid)
    {
        Assert.Equal(valid, ExtractionRequest.TryParseReferenceDate(value, out DateOnly date));
        if (valid)
        {
            Assert.Equal(new DateOnly(2020, 7, 28), date);
        }
    }

    [Fact]
    public void A_line_of_fifty_megabytes_is_read()
    {
        byte[] line = [.. "{\"id\": \"big\", \"text\": \""u8, .. Enumerable.Repeat((byte)'a', 50_000_000), .. "\"}"u8];

        Assert.True(ExtractionRequest.TryParse(line, out ExtractionRequest? r, out _));

        Assert.Equal(50_000_000, r.Text.Length);
    }
    [Theory]
    [InlineData("""{"id": "a1", "text": "x", "referenceDate": "2020-07-28"}""")]
    [InlineData("""  {"text": "x"}  """)]
    [InlineData("""{"text": "a\nb \"q\" caf\u00e9 \ud800", "id": 1.50}""")]
    [InlineData("""{"id": null, "text": "x"}""")]
    [InlineData("""{"id": {"a": [1, {"b": null}]}, "text": "x"}""")]
    [InlineData("""{"id": [1, "two"], "text": "x"}""")]
    [InlineData("""{"id": true, "text": "x"}""")]
    [InlineData("""{"id": 1, "id": "second", "text": "x"}""")]
    [InlineData("""{"t\u0065xt": "escaped name", "id": "e"}""")]
    [InlineData("""{"Text": "other case", "text": "x"}""")]
    [InlineData("""{"meta": {"text": "nested"}, "text": "x", "more": [[], {}, "s", 1e5, false]}""")]
    [InlineData("""{"text": "x", "referenceDate": "2020-07-28T23:30:00-05:00"}""")]
    [InlineData("""{"text": "x", "referenceDate": " 2020-07-28 "}""")]
    [InlineData("""{"text": ""}""")]
    public void The_plain_reader_reads_a_line_as_the_serializer_does(string json)
    {
        byte[] line = Encoding.UTF8.GetBytes(json);

        Assert.True(ExtractionRequest.TryReadPlain(line, out ExtractionRequest? plain));
        Assert.True(ExtractionRequest.TryDeserialize(line, out ExtractionRequest? full, out _));

        Assert.Equal(full.Text, plain.Text);
        Assert.Equal(full.ReferenceDate, plain.ReferenceDate);
        Assert.Equal(full.Id?.GetRawText(), plain.Id?.GetRawText());
        Assert.Equal(full.Id?.ValueKind, plain.Id?.ValueKind);
    }

    [Theory]
    [InlineData("""{"id": "n", "text": null}""")]
    [InlineData("""{"id": "n"}""")]
    [InlineData("""{"id": "n", "text": 5}""")]
    [InlineData("""{"text": "a", "text": "b"}""")]
    [InlineData("""{"text": "x", "referenceDate": "2020-02-30"}""")]
    [InlineData("""{"text": "x", "referenceDate": null}""")]
    [InlineData("""{"text": "x"} trailing""")]
    [InlineData("""{"text": "x"} {"text": "y"}""")]
    [InlineData("""{"text": "x", /* c */ "id": 1}""")]
    [InlineData("""{"text": "x",}""")]
    [InlineData("""[{"text": "x"}]""")]
    [InlineData("null")]
    [InlineData("")]
    public void The_plain_reader_leaves_every_other_line_to_the_serializer(string json)
    {
        Assert.False(ExtractionRequest.TryReadPlain(Encoding.UTF8.GetBytes(json), out _));
    }
}
