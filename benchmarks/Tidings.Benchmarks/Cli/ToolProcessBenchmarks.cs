using System.Diagnostics;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace Tidings.Benchmarks;

/// <summary>
/// The <c>tidings</c> tool as users meet it: a whole process (<c>tidings extract --jsonl FILE -q -o /dev/null</c>),
/// from start to exit, on JSON Lines files written once in the setup: one short line (start-up), and CoNLL-2003
/// text cut into 25-sentence documents and repeated to 2 MB and 20 MB. <see cref="TwoWorkers"/> runs
/// <c>--parallel 2</c>. The columns <see cref="ToolSpeedColumn"/> (MB/s start-up excluded:
/// <c>bytes of the file / (time of the file − time of one line)</c>) and <see cref="ToolSpeedUpColumn"/> (the
/// second worker's speed-up, start-up excluded) are computed from the rows of one run.
/// </summary>
/// <remarks>
/// The tool is the one users install: on linux-x64 the Native AOT binary (<c>dotnet pack</c> or
/// <c>dotnet publish src/Tidings.Cli -c Release -r linux-x64</c> leaves it in
/// <c>src/Tidings.Cli/bin/Release/net10.0/linux-x64/publish/Tidings.Cli</c>), else the framework-dependent Release
/// build (<c>Tidings.Cli.dll</c>, run with <c>dotnet</c>); <c>TIDINGS_TOOL</c> names another binary or
/// <c>Tidings.Cli.dll</c>. It runs with its own runtime configuration, as installed tools do. A 20 MB operation
/// takes seconds: run with <c>--job short</c> (docs/notes/speed.md).
/// </remarks>
[Config(typeof(ToolProcessConfig))]
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
        _file = InputPath(File);
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
        string tool = ToolPath();
        bool managed = tool.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var start = new ProcessStartInfo(managed ? "dotnet" : tool)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (managed)
        {
            start.ArgumentList.Add(tool);
        }

        foreach (string arg in new[] { "extract", "--jsonl", _file, "--parallel", workers, "-q", "-o", OperatingSystem.IsWindows() ? "NUL" : "/dev/null" })
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException(start.FileName + " did not start");
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

    /// <summary>The tool to run: <c>TIDINGS_TOOL</c>; else, in src/Tidings.Cli above the current folder, the
    /// Native AOT binary of linux-x64 when it has been published, else the Release build's <c>Tidings.Cli.dll</c>.</summary>
    internal static string ToolPath()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable(ToolVariable);
        if (!string.IsNullOrEmpty(fromEnvironment) && System.IO.File.Exists(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        string release = Path.Combine("src", "Tidings.Cli", "bin", "Release", "net10.0");
        string[] relatives = OperatingSystem.IsLinux() && System.Runtime.InteropServices.RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.X64
            ? [Path.Combine(release, "linux-x64", "publish", "Tidings.Cli"), Path.Combine(release, "Tidings.Cli.dll")]
            : [Path.Combine(release, "Tidings.Cli.dll")];
        foreach (string relative in relatives)
        {
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
        }

        throw new FileNotFoundException("The tool was not found: build src/Tidings.Cli in Release (or publish it with -r linux-x64), or set " + ToolVariable + ".", relatives[^1]);
    }

    /// <summary>The input file of <paramref name="file"/> (a value of <see cref="File"/>), written by the setup.</summary>
    internal static string InputPath(string file) => Path.Combine(Path.GetTempPath(), $"tidings-bench-{file}.jsonl");
}
