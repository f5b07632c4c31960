namespace Tidings.Cli;

/// <summary>The entry point of the <c>tidings</c> tool.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        using Stream stdin = Console.OpenStandardInput();
        using Stream stdout = Console.OpenStandardOutput();
        return CliApp.Run(args, stdin, stdout, Console.Error, stderrIsTerminal: !Console.IsErrorRedirected);
    }
}
