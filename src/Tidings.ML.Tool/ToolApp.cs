using System.CommandLine;
using Tidings.Tools;

namespace Tidings.ML.Tool;

/// <summary>
/// The <c>tidings-ml</c> application (training and evaluation) with its standard streams injected, so tests can
/// run it in-process. Extraction is the separate <c>tidings</c> tool, which carries no ML.NET.
/// </summary>
internal static class ToolApp
{
    /// <summary>Runs <c>tidings-ml</c> with <paramref name="args"/> and returns the exit code (see <see cref="ExitCodes"/>).</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="stdin">Standard input, read as bytes.</param>
    /// <param name="stdout">Standard output, written as UTF-8. It is flushed, not closed.</param>
    /// <param name="stderr">Standard error: messages, progress and the summary.</param>
    public static int Run(string[] args, Stream stdin, Stream stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        var io = new CliStreams(stdin, stdout, stderr);
        RootCommand root = CreateRootCommand(io);
        return ToolHost.Invoke(root, args, stdout, stderr, ExitCodes.Usage);
    }

    /// <summary>Builds the command tree; actions write to <paramref name="io"/>.</summary>
    internal static RootCommand CreateRootCommand(CliStreams io)
    {
        var root = new RootCommand(
            "Train Tidings' name recognizer (Microsoft.ML) and score the extractors on public corpora (CoNLL-2003, TimeML). "
            + "The corpora are not shipped: pass their paths (see docs/evaluation.md).")
        {
            Eval.EvalCommand.Create(io),
            Train.TrainCommand.Create(io),
        };
        root.HelpName = "tidings-ml";
        return root;
    }
}

/// <summary>The standard streams of one run.</summary>
/// <param name="Stdin">Standard input, as bytes.</param>
/// <param name="Stdout">Standard output, as bytes.</param>
/// <param name="Stderr">Standard error, as text.</param>
internal sealed record CliStreams(Stream Stdin, Stream Stdout, TextWriter Stderr);
