using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Tidings.ML;
using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.ML.Tool.Eval;

/// <summary>The settings of one <c>tidings-ml eval conll</c> run.</summary>
/// <param name="File">The CoNLL-2003 file.</param>
/// <param name="Model">A model file to score instead of the embedded one, or null.</param>
/// <param name="Quiet">No summary on standard error.</param>
/// <param name="ErrorsPath">Where to write every disagreement, or null.</param>
internal sealed record ConllEvalSettings(string File, string? Model, bool Quiet, string? ErrorsPath = null);

/// <summary>One run of <c>tidings-ml eval conll</c>: exact-span precision, recall and F1 per type and overall.</summary>
internal sealed class ConllEvalRun(CliStreams io, ConllEvalSettings settings)
{
    /// <summary>Runs and returns the exit code: 0, or 2 when a file cannot be read.</summary>
    public int Execute()
    {
        if (!File.Exists(settings.File))
        {
            io.Stderr.WriteLine($"tidings-ml: no such file: {Messages.Escape(settings.File)}");
            io.Stderr.WriteLine(CorpusHelp.Conll);
            return ExitCodes.Usage;
        }

        NameRecognizer recognizer;
        ImmutableArray<ConllDocument> documents;
        try
        {
            recognizer = ModelFile.Load(settings.Model);
            documents = ConllCorpus.Load(settings.File);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            io.Stderr.WriteLine($"tidings-ml: {Messages.Escape(e.Message)}");
            return ExitCodes.Usage;
        }

        var clock = Stopwatch.StartNew();
        ConllScore score = ConllScorer.Score(recognizer, documents);
        if (!settings.Quiet)
        {
            io.Stderr.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"tidings-ml: {score.Documents} documents, {score.Tokens} tokens tagged in {clock.Elapsed.TotalSeconds:0.00} s"));
        }

        if (settings.ErrorsPath is string path)
        {
            File.WriteAllLines(path, Disagreements(recognizer, documents));
        }

        using var writer = new StreamWriter(io.Stdout, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 4096, leaveOpen: true);
        writer.Write(ToTable(score));
        return ExitCodes.Success;
    }

    /// <summary>Every gold name not found ("missed") and every found name not in the gold ("spurious"), by document
    /// number (from 1), type and text, in document order.</summary>
    internal static IEnumerable<string> Disagreements(NameRecognizer recognizer, ImmutableArray<ConllDocument> documents)
    {
        string[] names = ["PER", "ORG", "LOC", "MISC"];
        for (int d = 0; d < documents.Length; d++)
        {
            ConllDocument document = documents[d];
            string text = document.Document.Text;
            var gold = new HashSet<ML.GoldName>(document.Names);
            var found = new HashSet<ML.GoldName>();
            foreach (RecognizedName name in recognizer.Recognize(document.Document))
            {
                found.Add(new ML.GoldName(name.Start, name.End, name.Type));
            }

            var lines = new List<(int Start, string Line)>();
            foreach (ML.GoldName g in document.Names.Where(g => !found.Contains(g)))
            {
                lines.Add((g.Start, $"{d + 1}\tmissed\t{names[(int)g.Type]}\t{Messages.Escape(text[g.Start..g.End])}"));
            }

            foreach (ML.GoldName f in found.Where(f => !gold.Contains(f)))
            {
                lines.Add((f.Start, $"{d + 1}\tspurious\t{names[(int)f.Type]}\t{Messages.Escape(text[f.Start..f.End])}"));
            }

            foreach ((int Start, string Line) line in lines.OrderBy(l => l.Start).ThenBy(l => l.Line, StringComparer.Ordinal))
            {
                yield return line.Line;
            }
        }
    }

    /// <summary>The scores as a plain-text table, CoNLL type names, lines ending with <c>\n</c>.</summary>
    internal static string ToTable(ConllScore score)
    {
        var table = new StringBuilder();
        table.Append("type     gold  found  correct  precision  recall      F1\n");
        string[] names = ["PER", "ORG", "LOC", "MISC"];
        foreach (NameType type in new[] { NameType.Place, NameType.Miscellaneous, NameType.Organization, NameType.Person })
        {
            Row(table, names[(int)type], score.ByType[(int)type]);
        }

        Row(table, "overall", score.Overall);
        return table.ToString();
    }

    private static void Row(StringBuilder table, string name, SpanCounts c) =>
        table.Append(CultureInfo.InvariantCulture, $"{name,-7} {c.Gold,6} {c.System,6} {c.Correct,8} {c.Precision,10:0.0000} {c.Recall,7:0.0000} {c.F1,7:0.0000}\n");
}

/// <summary>Loads the embedded recognizer, or one from a model file.</summary>
internal static class ModelFile
{
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="InvalidDataException">The file is not a model.</exception>
    public static NameRecognizer Load(string? path)
    {
        if (path is null)
        {
            return NameRecognizer.Default;
        }

        using FileStream stream = File.OpenRead(path);
        return NameRecognizer.Load(stream);
    }
}
