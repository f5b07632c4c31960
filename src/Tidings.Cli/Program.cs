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
        using Stream stdout = Console.OpenStandardOutput();
        return CliApp.Run(args, stdin, stdout, Console.Error);
    }
}
