using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using Tidings.Dates;
using Tidings.Text;

namespace Tidings.ML.Tool.Eval;

/// <summary>Finds the date expressions in a text, resolving them against a reference date.</summary>
/// <param name="text">The plain text.</param>
/// <param name="referenceDate">The document creation date, if known.</param>
internal delegate IReadOnlyList<DateMention> DateTagger(string text, DateOnly? referenceDate);

/// <summary>The settings of one <c>tidings-ml eval timeml</c> run.</summary>
/// <param name="Directory">The folder searched (recursively) for <c>.tml</c> files.</param>
/// <param name="Limit">Score at most this many files (in ordinal path order), or all when null.</param>
/// <param name="Json">Write the report as one JSON object instead of a table.</param>
/// <param name="Quiet">No progress on standard error.</param>
/// <param name="ErrorsPath">Where to write every disagreement with the gold annotation as tab-separated lines, or null.</param>
internal sealed record TimeMLEvalSettings(string Directory, int? Limit, bool Json, bool Quiet, string? ErrorsPath = null);

/// <summary>One run of <c>tidings-ml eval timeml</c>: reads every <c>.tml</c> file, tags it, and scores it as TempEval-3 does.</summary>
internal sealed class TimeMLEvalRun(CliStreams io, TimeMLEvalSettings settings, DateTagger tagger)
{
    private const long ProgressIntervalMilliseconds = 2000;

    /// <summary>The tagger the command uses: the library's date extractor as TimeML annotates (<see cref="DateExtractor.TimeML"/>: every "now" is tagged).</summary>
    public static DateTagger DefaultTagger { get; } = static (text, referenceDate) => DateExtractor.TimeML.Extract(text, referenceDate);

    /// <summary>Runs and returns the exit code: 0, 1 when some files were skipped, 2 when the folder is missing or has no <c>.tml</c> files.</summary>
    public int Execute()
    {
        if (!Directory.Exists(settings.Directory))
        {
            io.Stderr.WriteLine($"tidings-ml: directory not found: {Messages.Escape(settings.Directory)}");
            io.Stderr.WriteLine(CorpusHelp.TimeML);
            return ExitCodes.Usage;
        }

        string[] files;
        try
        {
            files = Directory.GetFiles(settings.Directory, "*.tml", SearchOption.AllDirectories);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            io.Stderr.WriteLine($"tidings-ml: cannot list {Messages.Escape(settings.Directory)}: {Messages.Escape(e.Message)}");
            return ExitCodes.Usage;
        }

        Array.Sort(files, StringComparer.Ordinal);
        if (settings.Limit is int limit && limit < files.Length)
        {
            files = files[..limit];
        }

        if (files.Length == 0)
        {
            io.Stderr.WriteLine($"tidings-ml: no .tml files under {Messages.Escape(settings.Directory)}");
            return ExitCodes.Usage;
        }

        StreamWriter? errors = null;
        if (settings.ErrorsPath is string errorsPath)
        {
            try
            {
                errors = new StreamWriter(errorsPath, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                errors.WriteLine("file\tdct\tkind\tgold_text\tgold_type\tgold_value\tsystem_text\tsystem_type\tsystem_value\tsystem_anchor");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                io.Stderr.WriteLine($"tidings-ml: cannot write {Messages.Escape(errorsPath)}: {Messages.Escape(e.Message)}");
                return ExitCodes.Usage;
            }
        }

        using StreamWriter? errorsWriter = errors;
        _errors = errors;
        var clock = Stopwatch.StartNew();
        long nextProgress = ProgressIntervalMilliseconds;
        TimexCounts total = default;
        int skipped = 0;
        for (int i = 0; i < files.Length; i++)
        {
            TimexCounts? counts = ScoreFile(files[i]);
            if (counts is TimexCounts c)
            {
                total += c;
            }
            else
            {
                skipped++;
            }

            if (!settings.Quiet && clock.ElapsedMilliseconds >= nextProgress)
            {
                nextProgress = clock.ElapsedMilliseconds + ProgressIntervalMilliseconds;
                io.Stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tidings-ml: {i + 1} of {files.Length} files"));
            }
        }

        if (!settings.Quiet)
        {
            io.Stderr.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"tidings-ml: {total.Documents} documents scored, {skipped} skipped, in {clock.Elapsed.TotalSeconds:0.0} s"));
        }

        var report = EvalReportDto.From(total, skipped);
        string output = settings.Json
            ? JsonSerializer.Serialize(report, EvalJsonContext.Default.EvalReportDto) + "\n"
            : report.ToTable();
        try
        {
            using var writer = new StreamWriter(io.Stdout, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 4096, leaveOpen: true);
            writer.Write(output);
        }
        catch (IOException e)
        {
            io.Stderr.WriteLine($"tidings-ml: {Messages.Escape(e.Message)}");
            return ExitCodes.Failure;
        }

        return skipped > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    private StreamWriter? _errors;

    private TimexCounts? ScoreFile(string path)
    {
        TimeMLDocument document;
        try
        {
            document = TimeMLReader.ReadFile(path);
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException or XmlException)
        {
            io.Stderr.WriteLine($"tidings-ml: {Messages.Escape(path)}: skipped: {Messages.Escape(e.Message)}");
            return null;
        }

        IReadOnlyList<DateMention> mentions;
        try
        {
            mentions = tagger(document.Text, document.ReferenceDate);
        }
#pragma warning disable CA1031 // One document's failure must not stop the evaluation; it is reported and counted.
        catch (Exception e)
#pragma warning restore CA1031
        {
            io.Stderr.WriteLine($"tidings-ml: {Messages.Escape(path)}: skipped: the tagger failed: {e.GetType().Name}: {Messages.Escape(e.Message)}");
            return null;
        }

        var system = new TimexAnnotation[mentions.Count];
        for (int i = 0; i < system.Length; i++)
        {
            system[i] = ToAnnotation(mentions[i]);
        }

        if (_errors is not null)
        {
            WriteDisagreements(_errors, path, document, system, mentions);
        }

        return TimexScorer.Score(document.Timexes, system);
    }

    /// <summary>
    /// Writes what the system missed, added, or got wrong (span, type or value) against the gold expressions; "notation"
    /// marks a value that is the same value written differently (<see cref="TimexValue.Canonical"/>), wrong as written.
    /// </summary>
    private static void WriteDisagreements(StreamWriter writer, string path, TimeMLDocument document, TimexAnnotation[] system, IReadOnlyList<DateMention> mentions)
    {
        string file = Path.GetFileName(path);
        string dct = document.ReferenceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        string Text(TimexAnnotation a) => document.Text[a.Start..a.End].ReplaceLineEndings(" ").Replace('\t', ' ');
        // Which anchor the system counted from: "publication", or "mention:" and the earlier mention's text.
        string Anchor(int k) => mentions[k].Anchor switch
        {
            DateAnchor.Publication => "publication",
            DateAnchor.Mention when mentions[k].AnchorStart is int a => "mention:" + (mentions.FirstOrDefault(m => m.Start == a)?.Text ?? "?").ReplaceLineEndings(" "),
            _ => "",
        };
        void Line(string kind, TimexAnnotation? g, int k) => writer.WriteLine(string.Join('\t',
            file, dct, kind,
            g is TimexAnnotation gg ? Text(gg) : "", g?.Type ?? "", g?.Value ?? "",
            k >= 0 ? Text(system[k]) : "", k >= 0 ? system[k].Type : "", k >= 0 ? system[k].Value ?? "" : "", k >= 0 ? Anchor(k) : ""));

        var matched = new bool[system.Length];
        foreach (TimexAnnotation g in document.Timexes)
        {
            int best = -1;
            int bestOverlap = 0;
            for (int k = 0; k < system.Length; k++)
            {
                int overlap = Math.Min(g.End, system[k].End) - Math.Max(g.Start, system[k].Start);
                if (overlap > bestOverlap)
                {
                    best = k;
                    bestOverlap = overlap;
                }
            }

            if (best < 0)
            {
                Line("missed", g, -1);
                continue;
            }

            matched[best] = true;
            TimexAnnotation s = system[best];
            string kind = g.Start != s.Start || g.End != s.End ? "span" : "";
            kind += !string.Equals(g.Type, s.Type, StringComparison.Ordinal) ? (kind.Length > 0 ? "+type" : "type") : "";
            kind += !TimexValue.Equivalent(g.Value, s.Value) ? (kind.Length > 0 ? "+value" : "value")
                : !string.Equals(g.Value ?? "", s.Value ?? "", StringComparison.Ordinal) ? (kind.Length > 0 ? "+notation" : "notation") : "";
            if (kind.Length > 0)
            {
                Line(kind, g, best);
            }
        }

        for (int k = 0; k < system.Length; k++)
        {
            if (!matched[k])
            {
                Line("spurious", null, k);
            }
        }
    }

    /// <summary>A date mention as a TIMEX3 annotation (type in TimeML's upper case, value in TimeML's convention: <see cref="TimexValue.FromContract"/>).</summary>
    internal static TimexAnnotation ToAnnotation(DateMention mention) => new(
        mention.Start,
        mention.End,
        mention.Type switch
        {
            TemporalType.Date => "DATE",
            TemporalType.Time => "TIME",
            TemporalType.Duration => "DURATION",
            TemporalType.Set => "SET",
            _ => mention.Type.ToString().ToUpperInvariant(),
        },
        TimexValue.FromContract(mention.Value));
}
