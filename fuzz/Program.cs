using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using SharpFuzz;
using Tidings.Claims;
using Tidings.Cli;
using Tidings.Dates;
using Tidings.Names;
using Tidings.Numbers;
using Tidings.Places;
using Tidings.Text;

namespace Tidings.Fuzz;

/// <summary>
/// The fuzzing harness: one input runs through the public entry points (<see cref="News.Extract"/>, each extractor,
/// the names, the place resolver, the pipeline with demonyms) and through the JSON Lines reader of the tool.
/// Any exception, and any broken contract (offsets that do not slice out the mention's text, unsorted mentions,
/// an output line that is not JSON, lines in ≠ lines out), is a crash for AFL.
/// </summary>
internal static class Program
{
    private static readonly ExtractionPipeline WithDemonyms = new ExtractionPipelineBuilder().UseAll().IncludeDemonyms().Build();

    private static readonly DateOnly?[] ReferenceDates = [null, DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(2020, 7, 28)];

    /// <summary>
    /// <c>Tidings.Fuzz [all|text|jsonl|cli]</c> under afl-fuzz (input on standard input);
    /// <c>Tidings.Fuzz replay FILE|DIR…</c> runs saved inputs once each and prints what they throw.
    /// </summary>
    private static int Main(string[] args)
    {
        string target = args.Length > 0 ? args[0] : "all";
        if (target == "replay")
        {
            return Replay(args.AsSpan(1));
        }

        Action<byte[]> run = Select(target);
        Fuzzer.Run(stream =>
        {
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            run(memory.ToArray());
        });
        return 0;
    }

    private static Action<byte[]> Select(string target) => target switch
    {
        "text" => FuzzText,
        "jsonl" => FuzzJsonl,
        "cli" => FuzzCli,
        "all" => input =>
        {
            FuzzText(input);
            FuzzJsonl(input);
            FuzzCli(input);
        },
        _ => throw new ArgumentException($"unknown target '{target}': expected all, text, jsonl, cli or replay"),
    };

    private static int Replay(ReadOnlySpan<string> paths)
    {
        int failures = 0;
        foreach (string path in paths)
        {
            IEnumerable<string> files = Directory.Exists(path)
                ? Directory.EnumerateFiles(path).Where(f => !f.EndsWith("README.txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
                : [path];
            foreach (string file in files)
            {
                try
                {
                    Select("all")(File.ReadAllBytes(file));
                }
#pragma warning disable CA1031 // Replay reports every failure and goes on.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    failures++;
                    Console.Error.WriteLine($"{file}: {e}");
                }
            }
        }

        Console.Error.WriteLine($"replay: {failures} failing input(s)");
        return failures == 0 ? 0 : 1;
    }

    /// <summary>The first byte picks the reference date; the rest, decoded as UTF-8 (invalid bytes replaced), is the text.</summary>
    private static void FuzzText(byte[] input)
    {
        if (input.Length == 0)
        {
            return;
        }

        DateOnly? referenceDate = ReferenceDates[input[0] % ReferenceDates.Length];
        string text = Encoding.UTF8.GetString(input, 1, input.Length - 1);

        ExtractionResult result = News.Extract(text, referenceDate);
        CheckSorted(text, result.Mentions);
        CheckSorted(text, WithDemonyms.Extract(text, referenceDate).Mentions);

        Check(text, News.Quantities(text));
        Check(text, News.Claims(text));
        Check(text, News.Dates(text, referenceDate));
        Check(text, QuantityExtractor.Default.Extract(text, referenceDate));
        Check(text, ClaimExtractor.Default.Extract(text, referenceDate));
        Check(text, DateExtractor.Default.Extract(text, referenceDate));

        NameMentions names = News.Names(text);
        Check(text, names.Organizations);
        Check(text, names.Places);
        Check(text, names.Persons);

        using Document document = Document.Create(text, referenceDate);
        NameMentions direct = NameExtractor.Default.Extract(document);
        var candidates = direct.Places.Select(p => new PlaceCandidate(p.Start, p.End)).ToArray();
        foreach (PlaceResolution resolution in PlaceResolver.Default.ResolveWithDemonyms(document, candidates))
        {
            CheckSpan(text, resolution.Start, resolution.End);
        }

        foreach (DemonymMention demonym in DemonymScanner.Default.Scan(document))
        {
            CheckSpan(text, demonym.Start, demonym.End);
        }
    }

    /// <summary>The input as a JSON Lines file, read in small chunks with a small line limit, each line analysed as the tool does.</summary>
    private static void FuzzJsonl(byte[] input)
    {
        var processor = new DocumentProcessor(ExtractionPipeline.Default, new DateOnly(2020, 7, 28));
        using var stream = new ChunkedStream(input, chunk: 7);
        var reader = new Utf8LineReader(stream, beforeRead: null, maxLineBytes: 4096);
        long lines = 0;
        while (true)
        {
            LineStatus status = reader.Read(out ReadOnlySpan<byte> line);
            if (status == LineStatus.End)
            {
                break;
            }

            lines++;
            if (reader.LineNumber != lines)
            {
                throw new InvalidOperationException($"line {lines} was numbered {reader.LineNumber}");
            }

            if (status == LineStatus.Line)
            {
                Outcome outcome = processor.Process(line, reader.LineNumber);
                using JsonDocument json = JsonDocument.Parse(outcome.Json);
                if (json.RootElement.ValueKind != JsonValueKind.Object)
                {
                    throw new InvalidOperationException("an output line is not a JSON object");
                }

                if (outcome.Json.Span.IndexOfAny((byte)'\n', (byte)'\r') >= 0)
                {
                    throw new InvalidOperationException("an output line contains a line break");
                }
            }
        }

        if (reader.Position != input.Length)
        {
            throw new InvalidOperationException($"the reader consumed {reader.Position} of {input.Length} bytes");
        }
    }

    /// <summary>The input as standard input of <c>tidings extract --jsonl - --max-document-mb 1</c>, run in-process:
    /// lines in = lines out, every output line a JSON object, every message one escaped line starting "tidings: ".</summary>
    private static void FuzzCli(byte[] input)
    {
        using var stdin = new ChunkedStream(input, chunk: 4096);
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        int code = CliApp.Run(["extract", "--jsonl", "-", "--max-document-mb", "1", "--reference-date", "2020-07-28"], stdin, stdout, stderr);
        if (code is not (ExitCodes.Success or ExitCodes.Failure))
        {
            throw new InvalidOperationException($"exit code {code}: {stderr}");
        }

        byte[] output = stdout.ToArray();
        int linesOut = 0;
        foreach (Range range in output.AsSpan().Split((byte)'\n'))
        {
            ReadOnlySpan<byte> line = output.AsSpan()[range];
            if (!line.IsEmpty)
            {
                linesOut++;
                using JsonDocument json = JsonDocument.Parse(line.ToArray());
            }
        }

        int linesIn = NonBlankLines(input);
        if (linesIn != linesOut)
        {
            throw new InvalidOperationException($"lines in {linesIn} ≠ lines out {linesOut}");
        }

        foreach (string message in stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!message.StartsWith("tidings: ", StringComparison.Ordinal) || message.Any(Messages.NeedsEscape))
            {
                throw new InvalidOperationException($"a message that is not one escaped line: {message}");
            }
        }
    }

    /// <summary>The input lines that get an output line: all but blank ones, after decoding UTF-16/UTF-32 by its BOM.</summary>
    private static int NonBlankLines(byte[] input)
    {
        Encoding? encoding = InputEncoding.ByteOrderMark(input).Encoding;
        byte[] utf8 = encoding is null ? input : Encoding.UTF8.GetBytes(encoding.GetString(input));
        int count = 0;
        bool first = true;
        foreach (Range range in utf8.AsSpan().Split((byte)'\n'))
        {
            ReadOnlySpan<byte> piece = utf8.AsSpan()[range];
            ReadOnlySpan<byte> line = first && piece.StartsWith("\uFEFF"u8) ? piece[3..] : piece;
            first = false;
            if (line.IndexOfAnyExcept(" \t\r\f\v"u8) >= 0)
            {
                count++;
            }
        }

        return count;
    }

    private static void Check<T>(string text, ImmutableArray<T> mentions)
        where T : Mention
    {
        foreach (T mention in mentions)
        {
            CheckMention(text, mention);
        }
    }

    private static void CheckSorted(string text, ImmutableArray<Mention> mentions)
    {
        for (int i = 0; i < mentions.Length; i++)
        {
            CheckMention(text, mentions[i]);
            if (i > 0 && Mention.CompareByPosition(mentions[i - 1], mentions[i]) > 0)
            {
                throw new InvalidOperationException($"mentions out of order at {i}");
            }
        }
    }

    private static void CheckMention(string text, Mention mention)
    {
        CheckSpan(text, mention.Start, mention.End);
        if (!text.AsSpan(mention.Start, mention.Length).SequenceEqual(mention.Text))
        {
            throw new InvalidOperationException($"{mention.Kind} [{mention.Start}, {mention.End}) is not its text");
        }
    }

    private static void CheckSpan(string text, int start, int end)
    {
        if (start < 0 || end < start || end > text.Length)
        {
            throw new InvalidOperationException($"span [{start}, {end}) outside a text of {text.Length}");
        }
    }

    /// <summary>A read-only stream that returns at most <c>chunk</c> bytes a read, so lines straddle reads.</summary>
    private sealed class ChunkedStream(byte[] data, int chunk) : MemoryStream(data, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);
    }
}
