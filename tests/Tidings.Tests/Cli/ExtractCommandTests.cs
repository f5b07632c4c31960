using System.Text;
using System.Text.Json;
using Xunit;

namespace Tidings.Tests.Cli;

public sealed class ExtractCommandTests : IDisposable
{
    private const string Article =
        "Nearly half a million Armenian natives live in Los Angeles. On Monday around 3,000 Armenians gathered, "
        + "according to one of the organizers; police detained 13 people and 5% of them were fined $200 each.\n"
        + "Azerbaijan’s ministry said dozens were hurt.\r\n";

    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Plain_text_file_gives_one_document_with_the_path_as_id()
    {
        string path = _cli.File("article.txt", Article);

        CliResult r = CliHarness.Run("extract", path, "--reference-date", "2020-07-28");

        Assert.Equal(0, r.ExitCode);
        Assert.Single(r.Lines);
        JsonElement doc = CliHarness.AssertDocument(r.Lines[0], Article);
        Assert.Equal(path, doc.GetProperty("id").GetString());
        Assert.Equal("", r.Stderr);
    }

    [Fact]
    public void Plain_text_offsets_are_after_a_byte_order_mark()
    {
        string path = _cli.File("bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Article)]);

        CliResult r = CliHarness.Run("extract", path);

        Assert.Equal(0, r.ExitCode);
        CliHarness.AssertDocument(r.Lines[0], Article);
    }

    [Fact]
    public void Stdin_is_read_with_a_dash_and_the_id_is_the_dash()
    {
        CliResult r = CliHarness.Run(Encoding.UTF8.GetBytes(Article), "extract", "-");

        Assert.Equal(0, r.ExitCode);
        JsonElement doc = CliHarness.AssertDocument(r.Lines.Single(), Article);
        Assert.Equal("-", doc.GetProperty("id").GetString());
    }

    [Fact]
    public void Pretty_output_is_indented_json()
    {
        string path = _cli.File("a.txt", Article);

        CliResult r = CliHarness.Run("extract", path, "--pretty");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("\n  \"mentions\": [", r.Stdout, StringComparison.Ordinal);
        CliHarness.AssertDocument(r.Stdout, Article);
    }

    [Fact]
    public void Output_option_writes_the_file_and_nothing_to_stdout()
    {
        string input = _cli.File("a.txt", Article);
        string output = _cli.PathOf("out.json");

        CliResult r = CliHarness.Run("extract", input, "-o", output);

        Assert.Equal(0, r.ExitCode);
        Assert.Empty(r.StdoutBytes);
        CliHarness.AssertDocument(File.ReadAllText(output), Article);
    }

    [Fact]
    public void Plain_text_with_invalid_utf8_fails_with_an_error_document()
    {
        string path = _cli.File("latin1.txt", [.. "caf"u8, 0xE9, .. " 5 people"u8]);

        CliResult r = CliHarness.Run("extract", path);

        Assert.Equal(1, r.ExitCode);
        JsonElement doc = CliHarness.AssertDocument(r.Lines.Single(), null);
        Assert.Equal(path, doc.GetProperty("id").GetString());
        Assert.Equal("invalid UTF-8 at byte offset 3", doc.GetProperty("error").GetString());
        Assert.Contains($"tidings: {path}: invalid UTF-8", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_plain_text_file_gives_an_empty_document()
    {
        string path = _cli.File("empty.txt", "");

        CliResult r = CliHarness.Run("extract", path);

        Assert.Equal(0, r.ExitCode);
        Assert.Equal(0, CliHarness.AssertDocument(r.Lines.Single(), "").GetProperty("mentions").GetArrayLength());
    }

    [Fact]
    public void Jsonl_gives_one_aligned_output_line_per_input_line_and_reports_bad_lines()
    {
        string good = "Around 3,000 Armenians gathered and 13 people were detained.";
        byte[][] lines =
        [
            Encoding.UTF8.GetBytes(CliHarness.JsonLine("a1", good, "2020-07-28")),
            """{"id": 2, "text": "Nearly half a million people \ud800 and 12% \ud83d\ude00 more"}"""u8.ToArray(),
            """{"id": "malformed", "text": nope}"""u8.ToArray(),
            """{"id": "notext"}"""u8.ToArray(),
            """{"id": "baddate", "text": "5 dogs", "referenceDate": "2020-13-01"}"""u8.ToArray(),
            [.. """{"id": "utf8", "text": "caf"""u8, 0xE9, .. " 5 dogs\"}"u8],
            """{"text": "no id, 7 cats"}"""u8.ToArray(),
            """{"id": 1.50, "text": "echo"}"""u8.ToArray(),
        ];
        string path = _cli.File("in.jsonl", Join(lines, "\n"u8));

        CliResult r = CliHarness.Run("extract", "--jsonl", path);

        Assert.Equal(1, r.ExitCode);
        Assert.Equal(lines.Length, r.Lines.Length);
        string[] ids = r.Lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetRawText()).ToArray();
        Assert.Equal(["\"a1\"", "2", "\"malformed\"", "\"notext\"", "\"baddate\"", "\"utf8\"", "null", "1.50"], ids);

        CliHarness.AssertDocument(r.Lines[0], good);
        CliHarness.AssertDocument(r.Lines[1], "Nearly half a million people \ud800 and 12% \ud83d\ude00 more");
        CliHarness.AssertDocument(r.Lines[6], "no id, 7 cats");
        foreach (int failed in (int[])[2, 3, 4, 5])
        {
            JsonElement doc = CliHarness.AssertDocument(r.Lines[failed], null);
            Assert.Equal(failed + 1, doc.GetProperty("line").GetInt32());
            Assert.False(string.IsNullOrWhiteSpace(doc.GetProperty("error").GetString()));
            Assert.Equal(0, doc.GetProperty("mentions").GetArrayLength());
            Assert.Contains($"tidings: line {failed + 1}: ", r.Stderr, StringComparison.Ordinal);
        }

        Assert.False(JsonDocument.Parse(r.Lines[0]).RootElement.TryGetProperty("error", out _));
        Assert.Contains("invalid JSON", r.Lines[2], StringComparison.Ordinal);
        Assert.Contains("missing \\\"text\\\"", r.Lines[3], StringComparison.Ordinal);
        Assert.Contains("referenceDate", r.Lines[4], StringComparison.Ordinal);
        Assert.Contains("invalid UTF-8", r.Lines[5], StringComparison.Ordinal);
        Assert.Contains("tidings: 8 documents, 4 failed, ", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Jsonl_from_stdin_skips_blank_lines_handles_crlf_and_bom_and_prints_no_progress()
    {
        byte[] input = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(CliHarness.JsonLine("x", "12 dogs") + "\r\n\r\n   \n" + CliHarness.JsonLine("y", "7 cats") + "\n\n")];

        CliResult r = CliHarness.Run(input, "extract", "--jsonl", "-");

        Assert.Equal(0, r.ExitCode);
        Assert.Equal(2, r.Lines.Length);
        Assert.Equal("x", CliHarness.AssertDocument(r.Lines[0], "12 dogs").GetProperty("id").GetString());
        Assert.Equal("y", CliHarness.AssertDocument(r.Lines[1], "7 cats").GetProperty("id").GetString());
        Assert.Equal("", r.Stderr);
    }

    [Fact]
    public void Empty_jsonl_file_gives_no_output_and_exit_zero()
    {
        string path = _cli.File("empty.jsonl", "");

        CliResult r = CliHarness.Run("extract", "--jsonl", path);

        Assert.Equal(0, r.ExitCode);
        Assert.Empty(r.StdoutBytes);
        Assert.Contains("tidings: 0 documents, 0 failed", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_suppresses_the_summary_but_not_errors()
    {
        string path = _cli.File("q.jsonl", CliHarness.JsonLine("a", "1 dog") + "\n{bad\n");

        CliResult r = CliHarness.Run("extract", "--jsonl", path, "-q");

        Assert.Equal(1, r.ExitCode);
        Assert.Equal(2, r.Lines.Length);
        Assert.DoesNotContain("documents", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("tidings: line 2: invalid JSON", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Reference_date_option_is_the_default_for_jsonl_lines()
    {
        string path = _cli.File("d.jsonl", CliHarness.JsonLine("a", "on Monday 5 people") + "\n");

        CliResult r = CliHarness.Run("extract", "--jsonl", path, "--reference-date", "2020-07-28", "--quiet");

        Assert.Equal(0, r.ExitCode);
        CliHarness.AssertDocument(r.Lines.Single(), "on Monday 5 people");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(8)]
    public void Parallel_output_equals_sequential_output(int workers)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < 300; i++)
        {
            builder.Append(i % 37 == 5 ? "{broken" : CliHarness.JsonLine($"d{i}", $"Around {i},000 people and {i % 7} dogs; {i}% rose. " + new string('x', i % 50)));
            builder.Append(i % 50 == 3 ? "\n\n" : "\n");
        }

        byte[] input = Encoding.UTF8.GetBytes(builder.ToString());
        CliResult sequential = CliHarness.Run(input, "extract", "--jsonl", "-");
        CliResult parallel = CliHarness.Run(input, "extract", "--jsonl", "-", "--parallel", workers.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(1, sequential.ExitCode);
        Assert.Equal(1, parallel.ExitCode);
        Assert.Equal(300, parallel.Lines.Length);
        Assert.Equal(sequential.Stdout, parallel.Stdout);
        Assert.Equal(sequential.Stderr, parallel.Stderr);
    }

    [Fact]
    public void Missing_input_file_is_a_usage_error()
    {
        string path = _cli.PathOf("does-not-exist.txt");

        CliResult r = CliHarness.Run("extract", path);

        Assert.Equal(2, r.ExitCode);
        Assert.Empty(r.StdoutBytes);
        Assert.Contains($"tidings: cannot read '{path}': no such file", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_input_does_not_truncate_the_output_file()
    {
        string output = _cli.File("keep.json", "previous");

        CliResult r = CliHarness.Run("extract", _cli.PathOf("nope.jsonl"), "--jsonl", "-o", output);

        Assert.Equal(2, r.ExitCode);
        Assert.Equal("previous", File.ReadAllText(output));
    }

    [Fact]
    public void Output_onto_the_input_is_refused()
    {
        string input = _cli.File("same.jsonl", "{\"text\": \"5 dogs\"}\n");

        CliResult r = CliHarness.Run("extract", "--jsonl", input, "-o", input);

        Assert.Equal(2, r.ExitCode);
        Assert.Equal("{\"text\": \"5 dogs\"}\n", File.ReadAllText(input));
    }

    [Fact]
    public void Unwritable_output_is_a_usage_error()
    {
        string input = _cli.File("a.txt", "5 dogs");

        CliResult r = CliHarness.Run("extract", input, "-o", Path.Combine(_cli.Directory, "no", "such", "dir", "out.json"));

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("tidings: cannot write", r.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("extract", "a.txt", "--bogus")]
    [InlineData("extract")]
    [InlineData("extract", "a.txt", "--reference-date", "28/07/2020")]
    [InlineData("extract", "a.txt", "--reference-date", "2020-02-30")]
    [InlineData("extract", "a.txt", "--jsonl", "--pretty")]
    [InlineData("extract", "a.txt", "--jsonl", "--parallel", "0")]
    [InlineData("extract", "a.txt", "--jsonl", "--parallel", "many")]
    [InlineData("frobnicate")]
    [InlineData]
    public void Usage_errors_exit_with_2_and_explain_on_stderr(params string[] args)
    {
        CliResult r = CliHarness.Run(args);

        // .NET tool conventions: the error, then the usage, on standard error; nothing on standard output (it carries JSON).
        Assert.Equal(2, r.ExitCode);
        Assert.NotEqual("", r.Stderr.Trim());
        Assert.Contains("Usage:", r.Stderr, StringComparison.Ordinal);
        Assert.Empty(r.StdoutBytes);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("extract", "--help")]
    public void Help_exits_zero_and_describes_extract(params string[] args)
    {
        CliResult r = CliHarness.Run(args);

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("extract", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("tidings", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_help_lists_every_option()
    {
        string help = CliHarness.Run("extract", "--help").Stdout;

        foreach (string option in (string[])["--jsonl", "--reference-date", "--output", "-o", "--pretty", "--quiet", "-q", "--parallel"])
        {
            Assert.Contains(option, help, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Version_exits_zero_and_prints_a_version()
    {
        CliResult r = CliHarness.Run("--version");

        Assert.Equal(0, r.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", r.Stdout);
    }

    [Fact]
    public void The_seed_article_extracts()
    {
        string seed = Path.Combine(AppContext.BaseDirectory, "seeds", "000_70dd0782637a3652.txt");
        if (!File.Exists(seed))
        {
            return;
        }

        CliResult r = CliHarness.Run("extract", seed, "--reference-date", "2020-07-28");

        Assert.Equal(0, r.ExitCode);
        CliHarness.AssertDocument(r.Lines.Single(), Encoding.UTF8.GetString(File.ReadAllBytes(seed)).TrimStart('\uFEFF'));
    }

    private static byte[] Join(byte[][] lines, ReadOnlySpan<byte> separator)
    {
        var stream = new MemoryStream();
        for (int i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                stream.Write(separator);
            }

            stream.Write(lines[i]);
        }

        return stream.ToArray();
    }
}
