using System.CommandLine;
using Tidings.Tools;

namespace Tidings.Cli;

/// <summary>
/// The command-line application with its standard streams injected, so tests can run it in-process.
/// </summary>
internal static class CliApp
{
    /// <summary>Runs <c>tidings</c> with <paramref name="args"/> and returns the exit code (see <see cref="ExitCodes"/>).</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="stdin">Standard input, read as bytes.</param>
    /// <param name="stdout">Standard output; JSON is written to it as UTF-8. It is flushed, not closed.</param>
    /// <param name="stderr">Standard error: messages, progress and the summary.</param>
    /// <param name="stderrIsTerminal">True when standard error is a terminal (progress is then shown for standard input too).</param>
    public static int Run(string[] args, Stream stdin, Stream stdout, TextWriter stderr, bool stderrIsTerminal = false)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        var io = new CliStreams(stdin, stdout, stderr, stderrIsTerminal);
        RootCommand root = CreateRootCommand(io);
        return ToolHost.Invoke(root, args, stdout, stderr, ExitCodes.Usage);
    }

    /// <summary>Builds the command tree; actions write to <paramref name="io"/>.</summary>
    internal static RootCommand CreateRootCommand(CliStreams io)
    {
        var root = new RootCommand(
            "Extract typed, offset-exact facts (quantities, numeric claims, dates, organizations, places, persons) from English news text as JSON. "
            + "Training and evaluation are the separate tidings-ml tool (package Tidings.ML.Tool).")
        {
            ExtractCommand.Create(io),
        };
        root.HelpName = "tidings";
        return root;
    }
}

/// <summary>The standard streams of one run.</summary>
/// <param name="Stdin">Standard input, as bytes.</param>
/// <param name="Stdout">Standard output, as bytes.</param>
/// <param name="Stderr">Standard error, as text.</param>
/// <param name="StderrIsTerminal">True when standard error is a terminal.</param>
internal sealed record CliStreams(Stream Stdin, Stream Stdout, TextWriter Stderr, bool StderrIsTerminal = false);
