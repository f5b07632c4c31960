using System.CommandLine;
using System.CommandLine.Invocation;
using System.Text;
using Tidings.Text;

namespace Tidings.Tools;

/// <summary>
/// Runs a command tree of one of the tools (<c>tidings</c>, <c>tidings-ml</c>) against injected streams, the same way
/// for both: a usage error echoes the offending tokens escaped (so a value cannot forge a message line), goes to
/// standard error with the usage text (standard output carries only data, or the help asked for), and gets the
/// tool's usage exit code. This file is compiled into each tool.
/// </summary>
internal static class ToolHost
{
    /// <summary>Parses <paramref name="args"/> with <paramref name="root"/>, invokes the result and returns its exit
    /// code, or <paramref name="usageExitCode"/> for a usage error.</summary>
    /// <param name="root">The tool's command tree; its actions write to the same streams.</param>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="stdout">Standard output, written as UTF-8. It is flushed, not closed.</param>
    /// <param name="stderr">Standard error.</param>
    /// <param name="usageExitCode">The exit code of a usage error (System.CommandLine would return 1, which the
    /// tools keep for failed documents).</param>
    public static int Invoke(RootCommand root, string[] args, Stream stdout, TextWriter stderr, int usageExitCode)
    {
        ParseResult parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0 && Messages.EscapedArguments(args) is { } escapedArgs)
        {
            ParseResult escaped = root.Parse(escapedArgs);
            if (escaped.Errors.Count > 0)
            {
                parseResult = escaped;
            }
        }

        using var stdoutText = new StreamWriter(stdout, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 4096, leaveOpen: true);
        var configuration = new InvocationConfiguration
        {
            Output = parseResult.Errors.Count > 0 ? stderr : stdoutText,
            Error = stderr,
            ProcessTerminationTimeout = null,
        };

        int exitCode = parseResult.Invoke(configuration);
        stdoutText.Flush();
        stderr.Flush();
        return parseResult.Action is ParseErrorAction ? usageExitCode : exitCode;
    }
}
