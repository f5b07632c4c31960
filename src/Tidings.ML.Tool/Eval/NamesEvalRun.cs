using System.Globalization;
using System.Text;
using System.Text.Json;
using Tidings.Text;

namespace Tidings.ML.Tool.Eval;

/// <summary>The settings of one <c>tidings-ml eval names</c> run.</summary>
/// <param name="Path">A case file or a folder of them.</param>
/// <param name="ErrorsPath">Where to write every disagreement, or null.</param>
/// <param name="Quiet">No summary on standard error.</param>
/// <param name="Model">A model file to run instead of the embedded one, or null.</param>
internal sealed record NamesEvalSettings(string Path, string? ErrorsPath, bool Quiet, string? Model = null);

/// <summary>One run of <c>tidings-ml eval names</c>: the pipeline's organizations, places and persons against gold
/// spans, exact span and type, precision/recall/F1 per type and overall.</summary>
internal sealed class NamesEvalRun(CliStreams io, NamesEvalSettings settings)
{
    /// <summary>Runs and returns the exit code: 0, or 2 when nothing can be read.</summary>
    public int Execute()
    {
        var cases = new List<NameCase>();
        ExtractionPipeline pipeline;
        try
        {
            pipeline = settings.Model is null
                ? NameScore.DefaultPipeline()
                : new ExtractionPipelineBuilder().UseNames(new Names.NameExtractor(ModelFile.Load(settings.Model))).Build();
            foreach (string file in NameCaseReader.Files(settings.Path))
            {
                cases.AddRange(NameCaseReader.Read(file));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException or FormatException or InvalidDataException)
        {
            io.Stderr.WriteLine($"tidings-ml: {Messages.Escape(e.Message)}");
            return ExitCodes.Usage;
        }

        if (cases.Count == 0)
        {
            io.Stderr.WriteLine($"tidings-ml: no passages with text in {Messages.Escape(settings.Path)}");
            return ExitCodes.Usage;
        }

        NameScore score = NameScore.Of(cases, pipeline);
        if (!settings.Quiet)
        {
            io.Stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tidings-ml: {score.Passages} passages, {score.Overall.Gold} gold names, {score.Errors.Count} disagreements"));
            foreach (string problem in score.Problems)
            {
                io.Stderr.WriteLine($"tidings-ml: not scored: {problem}");
            }
        }

        if (settings.ErrorsPath is string path)
        {
            File.WriteAllLines(path, score.Errors);
        }

        using var writer = new StreamWriter(io.Stdout, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 4096, leaveOpen: true);
        writer.Write(score.ToTable());
        return ExitCodes.Success;
    }
}
