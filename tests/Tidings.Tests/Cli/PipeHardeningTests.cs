using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Tidings.Cli;
using Tidings.Dates;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Cli;

/// <summary>
/// Issue 19: the tool in pipes and on hostile input — a closed standard output, option values out of range,
/// messages that echo input, oversized documents, running out of memory, UTF-16/UTF-32 input, a directory as input.
/// Every JSON Lines run here is also checked for lines in = lines out (<see cref="CliHarness"/>).
/// </summary>
public sealed class PipeHardeningTests : IDisposable
{
    private const string Good = "Police said around 3,000 people gathered on Monday and 13 were detained.";

    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    public void A_closed_stdout_stops_the_run_quietly_with_the_sigpipe_status(string parallel)
    {
        // Endless input: only noticing the closed pipe ends the run.
        using var stdin = new EndlessLines(Encoding.UTF8.GetBytes(CliHarness.JsonLine("a", Good) + "\n"));
        using var stdout = new ClosingPipe(acceptBytes: 100_000);
        using var stderr = new StringWriter();

        int code = CliApp.Run(["extract", "--jsonl", "-", "--parallel", parallel], stdin, stdout, stderr);

        Assert.Equal(ExitCodes.BrokenPipe, code);
        Assert.Equal(141, code);
        Assert.Equal("", stderr.ToString());
        Assert.True(stdin.LinesRead < 100_000, $"{stdin.LinesRead} lines read after the pipe closed");
    }

    [Fact]
    public async Task A_real_pipe_closed_by_its_reader_ends_the_process_promptly()
    {
        // tidings extract --jsonl - | head -1, with the tool as its own process (the console stream ignores EPIPE).
        using Process process = StartTool("extract", "--jsonl", "-");
        byte[] line = Encoding.UTF8.GetBytes(CliHarness.JsonLine("a", Good) + "\n");
        var feeding = Task.Run(() =>
        {
            try
            {
                Stream input = process.StandardInput.BaseStream;
                for (int i = 0; i < 2_000_000 && !process.HasExited; i++)
                {
                    input.Write(line);
                }

                input.Close();
            }
            catch (IOException)
            {
                // The tool has gone: what we expect.
            }
        });

        string? first = await process.StandardOutput.ReadLineAsync();
        process.StandardOutput.BaseStream.Close();
        var clock = Stopwatch.StartNew();
        bool exited = process.WaitForExit(60_000);
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
        }

        Assert.True(exited, "the tool went on after its output was closed");
        Assert.NotNull(first);
        CliHarness.AssertDocument(first, Good);
        Assert.Equal(ExitCodes.BrokenPipe, process.ExitCode);
        Assert.Equal("", await process.StandardError.ReadToEndAsync());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"stopped after {clock.Elapsed}");
        await feeding.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Theory]
    [InlineData("--parallel", "536870912", "--parallel 1..256")]
    [InlineData("--parallel", "2147483647", "--parallel 1..256")]
    [InlineData("--parallel", "99999999999", "--parallel 1..256")]
    [InlineData("--parallel", "257", "--parallel 1..256")]
    [InlineData("--parallel", "0", "--parallel 1..256")]
    [InlineData("--parallel", "-1", "--parallel 1..256")]
    [InlineData("--max-document-mb", "0", "--max-document-mb 1..1024")]
    [InlineData("--max-document-mb", "1025", "--max-document-mb 1..1024")]
    [InlineData("--max-document-mb", "lots", "--max-document-mb 1..1024")]
    public void Option_values_out_of_range_are_usage_errors_that_name_the_range(string option, string value, string range)
    {
        string path = _cli.File("in.jsonl", CliHarness.JsonLine("a", Good) + "\n");

        CliResult r = CliHarness.Run("extract", "--jsonl", path, option, value);

        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Contains(range, r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", r.Stderr, StringComparison.Ordinal);
        Assert.Empty(r.StdoutBytes);
    }

    [Fact]
    public void The_largest_parallel_value_runs()
    {
        string path = _cli.File("in.jsonl", string.Concat(Enumerable.Repeat(CliHarness.JsonLine("a", Good) + "\n", 3)));

        CliResult r = CliHarness.Run("extract", "--jsonl", path, "--parallel", "256", "-q");

        Assert.Equal(0, r.ExitCode);
        Assert.Equal(3, r.Lines.Length);
    }

    [Fact]
    public void A_reference_date_with_a_newline_cannot_forge_a_message_line()
    {
        const string forged = "2020-07-28\ntidings: line 999: forged\r\u2028\u202Eevil\u0007";
        string input = CliHarness.JsonLine("a", Good) + "\n" + CliHarness.JsonLine("b", Good, forged) + "\n" + CliHarness.JsonLine("c", Good) + "\n";

        foreach (string parallel in (string[])["1", "2"])
        {
            CliResult r = CliHarness.Run(Encoding.UTF8.GetBytes(input), "extract", "--jsonl", "-", "--parallel", parallel);

            Assert.Equal(1, r.ExitCode);
            string[] messages = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            string message = Assert.Single(messages);
            Assert.StartsWith("tidings: line 2: invalid \"referenceDate\" \"2020-07-28\\ntidings: line 999: forged\\r\\u2028\\u202e", message, StringComparison.Ordinal);
            Assert.All(r.Stderr, c => Assert.False(Messages.NeedsEscape(c) && c != '\n', $"U+{(int)c:X4} on standard error"));

            // The output line keeps the value exactly (JSON escapes it).
            Assert.Contains("forged", JsonDocument.Parse(r.Lines[1]).RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Paths_and_option_values_with_control_characters_are_echoed_escaped()
    {
        CliResult missing = CliHarness.Run("extract", "--jsonl", _cli.PathOf("no\ntidings: line 999: forged.jsonl"));
        CliResult badDate = CliHarness.Run("extract", "a.txt", "--reference-date", "2020\ntidings: forged");
        CliResult unknown = CliHarness.Run("extract", "a.txt", "--bogus\ntidings: forged");

        foreach (CliResult r in new[] { missing, badDate, unknown })
        {
            Assert.Equal(ExitCodes.Usage, r.ExitCode);
            Assert.DoesNotContain(r.Stderr.Split('\n'), l => l.StartsWith("tidings: line 999", StringComparison.Ordinal) || l.StartsWith("tidings: forged", StringComparison.Ordinal));
        }

        Assert.Contains("no\\ntidings: line 999: forged.jsonl': no such file", missing.Stderr, StringComparison.Ordinal);
        Assert.Contains("'2020\\ntidings: forged'", badDate.Stderr, StringComparison.Ordinal);
        Assert.Contains("--bogus\\ntidings: forged", unknown.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Escaping_keeps_ordinary_text_and_escapes_every_control_character()
    {
        Assert.Equal("Zürich – 3,000 \"quoted\" שלום", Messages.Escape("Zürich – 3,000 \"quoted\" שלום"));
        Assert.Equal("a\\nb\\rc\\td\\u0000e\\u001bf\\u007fg\\u0085h\\u2028i\\u2029j\\u202ek\\u2066l", Messages.Escape("a\nb\rc\td\0e\u001Bf\u007Fg\u0085h\u2028i\u2029j\u202Ek\u2066l"));
        for (int c = 0; c <= 0xFFFF; c++)
        {
            string escaped = Messages.Escape(((char)c).ToString());
            Assert.DoesNotContain(escaped, ch => ch is '\n' or '\r' || char.IsControl(ch));
        }
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    public void A_document_over_the_size_limit_is_an_error_line_and_the_run_goes_on(string parallel)
    {
        string big = CliHarness.JsonLine("big", string.Concat(Enumerable.Repeat("Around 3,000 people marched. ", 60_000)));
        Assert.True(big.Length > 1024 * 1024);
        string path = _cli.File("sized.jsonl", CliHarness.JsonLine("a", Good) + "\n" + big + "\n" + CliHarness.JsonLine("c", Good) + "\n");

        CliResult r = CliHarness.Run("extract", "--jsonl", path, "--max-document-mb", "1", "--parallel", parallel, "-q");

        Assert.Equal(1, r.ExitCode);
        Assert.Equal(3, r.Lines.Length);
        Assert.Equal("a", CliHarness.AssertDocument(r.Lines[0], Good).GetProperty("id").GetString());
        Assert.Equal("c", CliHarness.AssertDocument(r.Lines[2], Good).GetProperty("id").GetString());
        JsonElement failed = JsonDocument.Parse(r.Lines[1]).RootElement;
        Assert.Equal(2, failed.GetProperty("line").GetInt32());
        Assert.Contains("larger than --max-document-mb 1 (1,048,576 bytes)", failed.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("tidings: line 2: the document is larger than --max-document-mb 1", r.Stderr, StringComparison.Ordinal);

        // The default is generous: the same line is analysed.
        CliResult whole = CliHarness.Run("extract", "--jsonl", path, "--parallel", parallel, "-q");
        Assert.Equal(0, whole.ExitCode);
    }

    [Fact]
    public void A_plain_text_document_over_the_size_limit_is_an_error_document()
    {
        string path = _cli.File("big.txt", string.Concat(Enumerable.Repeat("Around 3,000 people marched. ", 40_000)));

        foreach (CliResult r in new[] { CliHarness.Run("extract", path, "--max-document-mb", "1"), CliHarness.Run(File.ReadAllBytes(path), "extract", "-", "--max-document-mb", "1") })
        {
            Assert.Equal(1, r.ExitCode);
            Assert.Contains("larger than --max-document-mb 1", JsonDocument.Parse(r.Lines.Single()).RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Out_of_memory_on_one_document_fails_that_document_only(int parallel)
    {
        ExtractionPipeline pipeline = new ExtractionPipelineBuilder().UseQuantities().UseDates(new ExhaustingDates()).Build();
        string input = CliHarness.JsonLine("a", Good) + "\n" + CliHarness.JsonLine("b", "EXHAUST " + Good) + "\n" + CliHarness.JsonLine("c", Good) + "\n";
        var settings = new ExtractSettings("-", Jsonl: true, ReferenceDate: null, Output: null, Pretty: false, Quiet: true, Parallel: parallel);
        using var output = new MemoryStream();
        using var stderr = new StringWriter();

        int code;
        using (var sink = new OutputSink(output, 4096))
        {
            code = new JsonlRunner(stderr, settings, pipeline).Run(new MemoryStream(Encoding.UTF8.GetBytes(input)), null, sink);
        }

        string[] lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1, code);
        Assert.Equal(3, lines.Length);
        Assert.Equal(["a", "b", "c"], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
        Assert.True(JsonDocument.Parse(lines[2]).RootElement.GetProperty("mentions").GetArrayLength() > 0, "the line after it is analysed");
        Assert.Contains("out of memory analysing this document", JsonDocument.Parse(lines[1]).RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("tidings: line 2: out of memory analysing this document", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Out_of_memory_outside_a_document_stops_with_the_last_line_written()
    {
        byte[] lines = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(1, 3).Select(i => CliHarness.JsonLine(i.ToString(System.Globalization.CultureInfo.InvariantCulture), Good) + "\n")));
        var settings = new ExtractSettings("-", Jsonl: true, ReferenceDate: null, Output: null, Pretty: false, Quiet: true, Parallel: 1);
        using var output = new MemoryStream();
        using var stderr = new StringWriter();

        int code;
        using (var sink = new OutputSink(output, 4096))
        {
            code = new JsonlRunner(stderr, settings, ExtractionPipeline.Default).Run(new ExhaustedAfter(lines), null, sink);
        }

        Assert.Equal(1, code);
        Assert.Equal(3, Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal("tidings: out of memory; stopped after 3 output lines, the last for input line 3", stderr.ToString().Trim());
    }

    [Fact]
    public async Task An_8_MB_line_under_a_memory_limit_fails_alone_and_the_lines_after_it_are_written()
    {
        // Issue 19, defect 5: under a 256 MB heap limit the 8 MB line ended the process (unhandled OutOfMemoryException).
        var text = new StringBuilder();
        while (text.Length < 8 * 1024 * 1024)
        {
            text.Append("In 2020, around 3,000 people in Moscow said 13 were detained. ");
        }

        var input = new StringBuilder();
        for (int i = 0; i < 11; i++)
        {
            input.Append(i == 5 ? CliHarness.JsonLine("big", text.ToString()) : CliHarness.JsonLine(i.ToString(System.Globalization.CultureInfo.InvariantCulture), Good)).Append('\n');
        }

        string path = _cli.File("eight.jsonl", input.ToString());
        using Process process = StartTool(new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x10000000" }, "extract", "--jsonl", path, "-q");
        process.StandardInput.Close();
        Task<string> reading = process.StandardOutput.ReadToEndAsync();
        Task<string> readingErrors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await process.WaitForExitAsync(timeout.Token);
        string stdout = await reading;
        string stderr = await readingErrors;

        string[] lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.DoesNotContain("Unhandled", stderr, StringComparison.Ordinal);
        Assert.Equal(11, lines.Length);
        Assert.Equal("10", JsonDocument.Parse(lines[10]).RootElement.GetProperty("id").GetString());
        Assert.True(JsonDocument.Parse(lines[10]).RootElement.GetProperty("mentions").GetArrayLength() > 0, "the last line is analysed");

        // Either the machine had the memory after all (exit 0), or the big line alone failed (exit 1).
        if (process.ExitCode == 1)
        {
            Assert.Contains("tidings: line 6: out of memory", stderr, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(0, process.ExitCode);
        }
    }

    public static TheoryData<string, string> Encodings => new()
    {
        { "utf-16", "UTF-16LE" },
        { "utf-16BE", "UTF-16BE" },
        { "utf-32", "UTF-32LE" },
        { "utf-32BE", "UTF-32BE" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Utf16_and_utf32_input_is_recognized_by_its_byte_order_mark_and_read_line_for_line(string name, string reported)
    {
        string text = string.Concat(Enumerable.Range(0, 10).Select(i => CliHarness.JsonLine(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "Zürich: " + Good) + "\n"));
        Encoding encoding = name switch
        {
            "utf-16" => new UnicodeEncoding(false, true),
            "utf-16BE" => new UnicodeEncoding(true, true),
            "utf-32" => new UTF32Encoding(false, true),
            _ => new UTF32Encoding(true, true),
        };
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];
        string path = _cli.File(name + ".jsonl", bytes);

        CliResult utf8 = CliHarness.Run(Encoding.UTF8.GetBytes(text), "extract", "--jsonl", "-");
        CliResult file = CliHarness.Run("extract", "--jsonl", path, "-q");
        CliResult stdin = CliHarness.Run(bytes, "extract", "--jsonl", "-", "--parallel", "2");

        foreach (CliResult r in new[] { file, stdin })
        {
            Assert.Equal(0, r.ExitCode);
            Assert.Equal(10, r.Lines.Length);
            Assert.Equal(utf8.Stdout, r.Stdout);
            Assert.Contains($"is {reported}, not UTF-8 (by its byte order mark)", r.Stderr, StringComparison.Ordinal);
        }

        CliResult plain = CliHarness.Run([.. encoding.GetPreamble(), .. encoding.GetBytes(Good)], "extract", "-");
        Assert.Equal(CliHarness.Run(Encoding.UTF8.GetBytes(Good), "extract", "-").Stdout, plain.Stdout);
    }

    [Fact]
    public void A_directory_is_reported_as_a_directory()
    {
        CliResult input = CliHarness.Run("extract", "--jsonl", _cli.Directory);
        CliResult plain = CliHarness.Run("extract", _cli.Directory);
        CliResult output = CliHarness.Run(Encoding.UTF8.GetBytes(Good), "extract", "-", "-o", _cli.Directory);

        foreach (CliResult r in new[] { input, plain, output })
        {
            Assert.Equal(ExitCodes.Usage, r.ExitCode);
            Assert.Contains("is a directory", r.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("permission denied", r.Stderr, StringComparison.Ordinal);
        }
    }

    private static Process StartTool(params string[] args) => StartTool(new Dictionary<string, string>(), args);

    private static Process StartTool(Dictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Tidings.Cli.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach ((string key, string value) in environment)
        {
            start.Environment[key] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("the tool did not start");
    }

#pragma warning disable CA2201 // These stand in for the runtime running out of memory.

    /// <summary>A date extractor that runs out of memory on a document containing "EXHAUST".</summary>
    private sealed class ExhaustingDates : IExtractor<DateMention>
    {
        public MentionKind Kind => MentionKind.Date;

        public ImmutableArray<DateMention> Extract(Document document) =>
            document.Text.Contains("EXHAUST", StringComparison.Ordinal) ? throw new OutOfMemoryException() : DateExtractor.Default.Extract(document);
    }

    /// <summary>The same line, forever (well: until 10 million lines).</summary>
    private sealed class EndlessLines(byte[] line) : Stream
    {
        private long _offset;

        public long LinesRead => _offset / line.Length;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _offset; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (LinesRead >= 10_000_000)
            {
                return 0;
            }

            int n = Math.Min(count, 8192);
            for (int i = 0; i < n; i++)
            {
                buffer[offset + i] = line[(int)((_offset + i) % line.Length)];
            }

            _offset += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A pipe whose reader goes away after <c>acceptBytes</c>: then every write fails with EPIPE.</summary>
    private sealed class ClosingPipe(int acceptBytes) : MemoryStream
    {
        // MemoryStream's span overloads call these in a derived class: overriding these is enough.
        public override void Write(byte[] buffer, int offset, int count)
        {
            if (Length + count > acceptBytes)
            {
                throw new IOException("Broken pipe", 32);
            }

            base.Write(buffer, offset, count);
        }

        public override void WriteByte(byte value) => Write([value], 0, 1);
    }

    /// <summary>Gives its bytes, then fails as if memory ran out outside any one document.</summary>
    private sealed class ExhaustedAfter(byte[] data) : MemoryStream(data, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count) =>
            Position < Length ? base.Read(buffer, offset, count) : throw new OutOfMemoryException();
    }
#pragma warning restore CA2201
}
