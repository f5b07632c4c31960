using System.Diagnostics;
using System.Globalization;
using Tidings;

// Probe (no arguments): times the first News.Extract of the seed article in this fresh process, then a second one.
// Prints: first call wall ms, first call process-CPU ms, second call wall ms, mentions found.
// Compare (--compare ROUNDS EXE [EXE2]): starts each probe ROUNDS times, alternating EXE and EXE2, and prints the
// medians of each figure and of the whole process's wall time, with the per-round ratios EXE2 ÷ EXE.
if (args.Length == 0)
{
    string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seed.txt"));
    var date = new DateOnly(2024, 3, 1);
    // TIDINGS_FIRSTCALL_JITTED=1: also list (to stderr) the methods compiled at run time during the first call.
    using JitListener? jitted = Environment.GetEnvironmentVariable("TIDINGS_FIRSTCALL_JITTED") == "1" ? new JitListener() : null;
    TimeSpan cpu0 = Environment.CpuUsage.TotalTime;
    long t0 = Stopwatch.GetTimestamp();
    ExtractionResult first = News.Extract(text, date);
    long t1 = Stopwatch.GetTimestamp();
    TimeSpan cpu1 = Environment.CpuUsage.TotalTime;
    jitted?.Stop();
    News.Extract(text, date);
    long t2 = Stopwatch.GetTimestamp();
    int mentions = first.Persons.Length + first.Organizations.Length + first.Places.Length + first.Dates.Length + first.Quantities.Length + first.Claims.Length;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{Stopwatch.GetElapsedTime(t0, t1).TotalMilliseconds:F2} {(cpu1 - cpu0).TotalMilliseconds:F2} {Stopwatch.GetElapsedTime(t1, t2).TotalMilliseconds:F2} {mentions}"));
    return 0;
}

if (args.Length < 3 || args[0] != "--compare")
{
    Console.Error.WriteLine("usage: Tidings.FirstCall [--compare ROUNDS EXE [EXE2]]");
    return 2;
}

int rounds = int.Parse(args[1], CultureInfo.InvariantCulture);
string[] exes = args[2..];
var figures = exes.Select(_ => new List<double[]>()).ToArray();
for (int round = 0; round < rounds; round++)
{
    // Alternate which build goes first, so neither always runs in the other's wake.
    for (int k = 0; k < exes.Length; k++)
    {
        int e = (k + round) % exes.Length;
        figures[e].Add(Run(exes[e]));
    }
}

string[] names = ["first call wall ms", "first call CPU ms", "second call wall ms", "mentions", "whole process wall ms"];
for (int f = 0; f < names.Length; f++)
{
    string line = $"{names[f],-24}";
    for (int e = 0; e < exes.Length; e++)
    {
        line += string.Create(CultureInfo.InvariantCulture, $"  {Median(figures[e].Select(x => x[f])),10:F2}");
    }

    if (exes.Length == 2)
    {
        double[] ratios = [.. Enumerable.Range(0, rounds).Select(r => figures[1][r][f] / figures[0][r][f])];
        line += string.Create(CultureInfo.InvariantCulture, $"  ratio median {Median(ratios):F3} ({ratios.Min():F2}–{ratios.Max():F2})");
    }

    Console.WriteLine(line);
}

return 0;

static double[] Run(string exe)
{
    var info = new ProcessStartInfo(exe) { RedirectStandardOutput = true, UseShellExecute = false };
    long start = Stopwatch.GetTimestamp();
    using Process process = Process.Start(info)!;
    string output = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    double whole = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    double[] parts = [.. output.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => double.Parse(s, CultureInfo.InvariantCulture))];
    return [.. parts, whole];
}

static double Median(IEnumerable<double> values)
{
    double[] sorted = [.. values.Order()];
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
}

/// <summary>Collects the methods the runtime compiles (the JIT keyword's MethodJittingStarted events).</summary>
internal sealed class JitListener : System.Diagnostics.Tracing.EventListener
{
    private readonly List<string> _methods = [];
    private volatile bool _stopped;

    public void Stop()
    {
        // Runtime events reach a listener on another thread: give the last ones time to arrive.
        Thread.Sleep(500);
        _stopped = true;
        lock (_methods)
        {
            foreach (string method in _methods)
            {
                Console.Error.WriteLine(method);
            }

            Console.Error.WriteLine($"{_methods.Count} methods compiled at run time");
        }
    }

    protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x10);
        }
    }

    protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs eventData)
    {
        if (_stopped || eventData.EventName != "MethodJittingStarted_V1" || eventData.Payload is null || eventData.PayloadNames is null)
        {
            return;
        }

        string Field(string name) => eventData.Payload[eventData.PayloadNames.IndexOf(name)]?.ToString() ?? "";
        lock (_methods)
        {
            _methods.Add($"{Field("MethodNamespace")}::{Field("MethodName")} {Field("MethodSignature")}");
        }
    }
}
