using Microsoft.Win32.SafeHandles;

namespace Tidings.Cli;

/// <summary>The entry point of the <c>tidings</c> tool.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "extract")
        {
            // The name model and the gazetteer load on other cores while the command line is parsed and the input
            // opened (docs/notes/speed.md): a one-line input then waits for the longer load, not for the sum.
            ExtractionPipeline.Default.Preload();
        }

        using Stream stdin = Console.OpenStandardInput();
        using Stream stdout = OpenStandardOutput();
        return CliApp.Run(args, stdin, stdout, Console.Error, stderrIsTerminal: !Console.IsErrorRedirected);
    }

    /// <summary>Standard output as a stream whose writes fail when its reader has gone.</summary>
    /// <remarks>The console stream ignores EPIPE, so <c>tidings … | head -1</c> would read and analyse all the
    /// remaining input for nothing; a file stream over descriptor 1 reports it (<see cref="ExitCodes.BrokenPipe"/>).</remarks>
    private static Stream OpenStandardOutput()
    {
        if (OperatingSystem.IsWindows())
        {
            return Console.OpenStandardOutput();
        }

        try
        {
            return new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException or NotSupportedException)
        {
            // Closed or unusable descriptor: the console stream copes (it drops what it cannot write).
            return Console.OpenStandardOutput();
        }
    }
}
