namespace Tidings.ML.Tool;

/// <summary>The entry point of the <c>tidings-ml</c> tool.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        using Stream stdin = Console.OpenStandardInput();
        using Stream stdout = Console.OpenStandardOutput();
        return ToolApp.Run(args, stdin, stdout, Console.Error);
    }
}
