using System.Globalization;
using System.Text;
using System.Text.Json;
using Tidings.Cli;
using Xunit;

namespace Tidings.Tests.Cli;

/// <summary>
/// What the tool does with bad and unusual input: every bad JSON Lines line is reported on standard error with its
/// line number and gets its own output line with an <c>error</c>; the lines around it are analysed as usual, nothing
/// is dropped or reordered (sequential or parallel), and the exit code is 1.
/// </summary>
public sealed class HardeningTests : IDisposable
{
    private const string Good = "Police said around 3,000 people gathered on Monday and 13 were detained.";

    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    public static TheoryData<string, byte[], string> BadLines => new()
    {
        { "malformed JSON", """{"id": "b", "text": "5 dogs" """u8.ToArray(), "invalid JSON" },
        { "not JSON at all", "5 dogs and 3 cats"u8.ToArray(), "expected a JSON object, found a number" },
        { "an array, not an object", """["b", "5 dogs"]"""u8.ToArray(), "expected a JSON object" },
        { "invalid UTF-8 in the text", [.. """{"id": "b", "text": "caf"""u8, 0xE9, .. """ 5 dogs"}"""u8], "invalid UTF-8 at byte offset 24 of the line" },
        { "a truncated UTF-8 sequence", [.. """{"id": "b", "text": "5 dogs"""u8, 0xE2, 0x82, .. "\"}"u8], "invalid UTF-8" },
        { "an overlong UTF-8 encoding", [.. """{"id": "b", "text": "a"""u8, 0xC0, 0xAF, .. "\"}"u8], "invalid UTF-8" },
        { "a missing text", """{"id": "b", "referenceDate": "2020-07-28"}"""u8.ToArray(), "missing \"text\"" },
        { "a null text", """{"id": "b", "text": null}"""u8.ToArray(), "\"text\"" },
        { "a number as text", """{"id": "b", "text": 5}"""u8.ToArray(), "\"text\"" },
        { "an impossible referenceDate", """{"id": "b", "text": "5 dogs", "referenceDate": "2020-02-30"}"""u8.ToArray(), "invalid \"referenceDate\" \"2020-02-30\"" },
        { "a referenceDate in another format", """{"id": "b", "text": "5 dogs", "referenceDate": "28/07/2020"}"""u8.ToArray(), "invalid \"referenceDate\"" },
        { "a number as referenceDate", """{"id": "b", "text": "5 dogs", "referenceDate": 20200728}"""u8.ToArray(), "referenceDate" },
    };

    [Theory]
    [MemberData(nameof(BadLines))]
    public void A_bad_line_is_reported_with_its_line_number_and_the_others_are_analysed(string name, byte[] bad, string message)
    {
        byte[] input = [.. Line("a"), .. bad, (byte)'\n', .. Line("c")];

        foreach (string parallel in (string[])["1", "2"])
        {
            string path = _cli.File($"bad-{parallel}.jsonl", input);
            CliResult r = CliHarness.Run("extract", "--jsonl", path, "--parallel", parallel);

            Assert.True(r.ExitCode == 1, $"{name}: exit code {r.ExitCode}");
            Assert.Equal(3, r.Lines.Length);
            Assert.Equal("a", CliHarness.AssertDocument(r.Lines[0], Good).GetProperty("id").GetString());
            Assert.Equal("c", CliHarness.AssertDocument(r.Lines[2], Good).GetProperty("id").GetString());
            Assert.True(JsonDocument.Parse(r.Lines[0]).RootElement.GetProperty("mentions").GetArrayLength() > 0, "the good lines are analysed");

            JsonElement failed = CliHarness.AssertDocument(r.Lines[1], null);
            Assert.Equal(2, failed.GetProperty("line").GetInt32());
            Assert.Equal(0, failed.GetProperty("mentions").GetArrayLength());
            Assert.Contains(message, failed.GetProperty("error").GetString(), StringComparison.Ordinal);
            Assert.Contains($"tidings: line 2: {failed.GetProperty("error").GetString()}", r.Stderr, StringComparison.Ordinal);
            Assert.Contains("tidings: 3 documents, 1 failed", r.Stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Many_bad_lines_keep_input_order_and_lose_nothing()
    {
        // Every third line is bad in a different way; ids must come back 0..N-1 in order, each once.
        var input = new MemoryStream();
        const int Count = 120;
        for (int i = 0; i < Count; i++)
        {
            byte[] line = (i % 3) switch
            {
                0 => Encoding.UTF8.GetBytes(CliHarness.JsonLine(i.ToString(CultureInfo.InvariantCulture), $"{i} people and {i}% of $5bn")),
                1 => [.. Encoding.UTF8.GetBytes($$"""{"id": "{{i}}", "text": "bad """), 0xFF, .. "\"}"u8],
                _ => Encoding.UTF8.GetBytes($$"""{"id": "{{i}}", "text": "x", "referenceDate": "never"}"""),
            };
            input.Write(line);
            input.WriteByte((byte)'\n');
        }

        CliResult sequential = CliHarness.Run(input.ToArray(), "extract", "--jsonl", "-");
        CliResult parallel = CliHarness.Run(input.ToArray(), "extract", "--jsonl", "-", "--parallel", "4");

        Assert.Equal(1, sequential.ExitCode);
        Assert.Equal(sequential.Stdout, parallel.Stdout);
        Assert.Equal(sequential.Stderr, parallel.Stderr);
        string[] ids = sequential.Lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!).ToArray();
        Assert.Equal(Enumerable.Range(0, Count).Select(i => i.ToString(CultureInfo.InvariantCulture)), ids);
        Assert.Equal(2 * Count / 3, sequential.Stderr.Split('\n').Count(l => l.StartsWith("tidings: line ", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n  \r\n")]
    public void An_empty_jsonl_input_says_so_even_when_quiet_and_is_not_a_failure(string content)
    {
        string path = _cli.File("empty.jsonl", content);

        CliResult r = CliHarness.Run("extract", "--jsonl", path, "--quiet");

        // Not a failure: an empty shard of a split batch is normal; but never silent.
        Assert.Equal(0, r.ExitCode);
        Assert.Empty(r.StdoutBytes);
        Assert.Contains($"tidings: '{path}' ", r.Stderr, StringComparison.Ordinal);
        Assert.Contains(": no documents", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_plain_text_input_says_so_and_gives_an_empty_document()
    {
        CliResult r = CliHarness.Run([0xEF, 0xBB, 0xBF], "extract", "-");

        Assert.Equal(0, r.ExitCode);
        Assert.Equal(0, CliHarness.AssertDocument(r.Lines.Single(), "").GetProperty("mentions").GetArrayLength());
        Assert.Contains("tidings: standard input is empty", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_large_document_among_small_ones_is_analysed_whole()
    {
        // 8 MB of news text in one JSON Lines line (a 50 MB line was checked by hand: 16 s, 0.7 GB; too slow for
        // the test run on a shared machine). Offsets must stay exact to the end.
        string seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "000_70dd0782637a3652.txt")).TrimStart('\uFEFF');
        var builder = new StringBuilder(8_400_000);
        while (builder.Length < 8_000_000)
        {
            builder.Append(seed).Append('\n');
        }

        string large = builder.ToString();
        byte[] input = [.. Line("a"), .. Encoding.UTF8.GetBytes(CliHarness.JsonLine("large", large, "2020-07-28")), (byte)'\n', .. Line("c")];
        string path = _cli.File("large.jsonl", input);

        CliResult r = CliHarness.Run("extract", "--jsonl", path, "--parallel", "2");

        Assert.Equal(0, r.ExitCode);
        Assert.Equal(3, r.Lines.Length);
        JsonElement doc = CliHarness.AssertDocument(r.Lines[1], large);
        JsonElement mentions = doc.GetProperty("mentions");
        Assert.True(mentions.GetArrayLength() > 10_000, $"{mentions.GetArrayLength()} mentions");
        Assert.True(mentions[mentions.GetArrayLength() - 1].GetProperty("end").GetInt32() > large.Length - seed.Length, "mentions reach the end");
        Assert.Equal("c", CliHarness.AssertDocument(r.Lines[2], Good).GetProperty("id").GetString());
    }

    [Fact]
    public void Help_goes_to_stdout_with_exit_zero_and_usage_errors_to_stderr_with_exit_two()
    {
        CliResult help = CliHarness.Run("extract", "--help");
        CliResult error = CliHarness.Run("extract", "--parallel", "2");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("Usage:", help.Stdout, StringComparison.Ordinal);
        Assert.Equal("", help.Stderr);
        Assert.Equal(2, error.ExitCode);
        Assert.Empty(error.StdoutBytes);
        Assert.Contains("Usage:", error.Stderr, StringComparison.Ordinal);
        Assert.Contains("<FILE>", error.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_lines_and_the_summary_carry_rates()
    {
        using var stderr = new StringWriter();
        var progress = new ProgressReporter(stderr, enabled: true, totalBytes: 4_000_000, intervalMilliseconds: 0);

        progress.Tick(documents: 10, bytes: 1_000_000);
        progress.Summary(documents: 40, failed: 1, blankLines: 2, bytes: 4_000_000);

        string[] lines = stderr.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Matches(@"^tidings: 10 documents, 1\.0 MB of 4\.0 MB \(25%\), [0-9.]+ documents/s, [0-9.]+ MB/s$", lines[0]);
        Assert.Matches(@"^tidings: 40 documents, 1 failed, 4\.0 MB in [0-9.]+ s \([0-9.]+ documents/s, [0-9.]+ MB/s\), 2 blank lines skipped$", lines[1]);
    }

    [Fact]
    public void Progress_is_off_for_stdin_and_with_quiet()
    {
        string path = _cli.File("p.jsonl", CliHarness.JsonLine("a", Good) + "\n");

        Assert.Equal("", CliHarness.Run(File.ReadAllBytes(path), "extract", "--jsonl", "-").Stderr);
        Assert.Equal("", CliHarness.Run("extract", "--jsonl", path, "-q").Stderr);
        Assert.Contains("documents/s", CliHarness.Run("extract", "--jsonl", path).Stderr, StringComparison.Ordinal);
    }

    private static byte[] Line(string id) => Encoding.UTF8.GetBytes(CliHarness.JsonLine(id, Good, "2020-07-28") + "\n");
}
