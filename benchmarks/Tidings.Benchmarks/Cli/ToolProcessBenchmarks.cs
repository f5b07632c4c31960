using System.Diagnostics;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace Tidings.Benchmarks;

/// <summary>
/// The <c>tidings</c> tool as users meet it: a whole process (<c>dotnet Tidings.Cli.dll extract --jsonl FILE -q -o
/// /dev/null</c>), from start to exit, on JSON Lines files written once in the setup: one short line (start-up), and
/// CoNLL-2003 text cut into 25-sentence documents and repeated to 2 MB and 20 MB. Start-up excluded, the tool's
/// speed is <c>(bytes of the file) / (time of the file − time of one line)</c>; <see cref="TwoWorkers"/> runs
/// <c>--parallel 2</c>, and its ratio to <see cref="OneWorker"/> is the speed-up from a second core.
/// </summary>
/// <remarks>
/// The tool is the Release build of <c>src/Tidings.Cli</c> (<c>TIDINGS_TOOL</c> names another
/// <c>Tidings.Cli.dll</c>); it runs with its own runtime configuration, as installed tools do. A 20 MB operation
/// takes seconds: run with <c>--job short</c> or <c>--iterationCount 3</c> (docs/notes/speed.md).
/// </remarks>
public class ToolProcessBenchmarks
{
    /// <summary>Environment variable with the path of the tool's <c>Tidings.Cli.dll</c>.</summary>
    public const string ToolVariable = "TIDINGS_TOOL";

    private string _file = "";

    /// <summary>The input: <c>one-line</c>, <c>conll-2MB</c> or <c>conll-20MB</c> (the last two only where the CoNLL file is).</summary>
    [ParamsSource(nameof(Inputs))]
    public string File { get; set; } = "one-line";

    /// <summary>The inputs available on this machine.</summary>
    public static IEnumerable<string> Inputs()
    {
        yield return "one-line";
        if (Corpus.Available().Contains(Corpus.Conll))
        {
            yield return "conll-2MB";
            yield return "conll-20MB";
        }
    }

    /// <summary>Writes the input file once (in the temporary folder) and finds the tool.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _ = ToolPath();
        _file = Path.Combine(Path.GetTempPath(), $"tidings-bench-{File}.jsonl");
        if (System.IO.File.Exists(_file))
        {
            return;
        }

        var lines = new StringBuilder();
        if (File == "one-line")
        {
            AppendLine(lines, "x", "Police estimated 8,000 to 10,000 protesters in Paris on Monday.");
        }
        else
        {
            long target = File == "conll-2MB" ? 2_000_000 : 20_000_000;
            string[] sentences = Corpus.Get(Corpus.Conll).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            long bytes = 0;
            for (int d = 0; bytes < target; d++)
            {
                int first = d * 25 % Math.Max(1, sentences.Length - 25);
                string text = string.Join('\n', sentences, first, Math.Min(25, sentences.Length - first));
                int before = lines.Length;
                AppendLine(lines, "c" + d, text);
                bytes += Encoding.UTF8.GetByteCount(lines.ToString(before, lines.Length - before));
            }
        }

        System.IO.File.WriteAllText(_file, lines.ToString(), new UTF8Encoding(false));
    }

    /// <summary>One worker.</summary>
    [Benchmark(Baseline = true)]
    public int OneWorker() => Run("1");

    /// <summary>Two workers (<c>--parallel 2</c>).</summary>
    [Benchmark]
    public int TwoWorkers() => Run("2");

    private int Run(string workers)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { ToolPath(), "extract", "--jsonl", _file, "--parallel", workers, "-q", "-o", OperatingSystem.IsWindows() ? "NUL" : "/dev/null" })
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        string errors = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? 0 : throw new InvalidOperationException($"tidings exited {process.ExitCode}: {errors}");
    }

    private static void AppendLine(StringBuilder lines, string id, string text) =>
        lines.Append("{\"id\":\"").Append(id).Append("\",\"text\":\"").Append(JsonEncodedText.Encode(text).ToString())
            .Append("\",\"referenceDate\":\"1996-08-22\"}\n");

    /// <summary>Finds the tool in the host process and exports its path for the benchmark processes (which run from
    /// the artifacts folder); does nothing when it is not built.</summary>
    public static void ExportPath()
    {
        try
        {
            _ = ToolPath();
        }
        catch (FileNotFoundException)
        {
            // Only these benchmarks need it; they say so when they run.
        }
    }

    /// <summary>The tool to run: <c>TIDINGS_TOOL</c>, or the Release build of src/Tidings.Cli above the current folder.</summary>
    internal static string ToolPath()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable(ToolVariable);
        if (!string.IsNullOrEmpty(fromEnvironment) && System.IO.File.Exists(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        string relative = Path.Combine("src", "Tidings.Cli", "bin", "Release", "net10.0", "Tidings.Cli.dll");
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, relative);
                if (System.IO.File.Exists(candidate))
                {
                    Environment.SetEnvironmentVariable(ToolVariable, candidate); // for the benchmark processes
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException("The tool was not found: build src/Tidings.Cli in Release, or set " + ToolVariable + ".", relative);
    }
}
