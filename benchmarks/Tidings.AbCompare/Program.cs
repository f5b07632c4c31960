using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using Tidings.Benchmarks;

namespace Tidings.AbCompare;

/// <summary>
/// Times <c>QuantityExtractor.Default.Extract(string)</c> of two builds of Tidings in one process: each build's
/// <c>Tidings.dll</c> is loaded into an <see cref="AssemblyLoadContext"/> of its own, and the two are called A, B, B, A in
/// turn, timed by the calling thread's CPU clock. Each quartet gives one ratio B ÷ A; the median of the ratios is printed
/// with the quartiles. On a loaded machine this reads differences of a few percent that separate processes cannot show;
/// it is a diagnostic for finding where time goes, not the figure a speed claim is made with (that is BenchmarkDotNet).
/// </summary>
/// <remarks>Usage: <c>dotnet Tidings.AbCompare.dll DIR_A DIR_B [seed|conll2003] [QUARTETS]</c>, each directory holding a
/// build's <c>Tidings.dll</c> and <c>Tidings.Data.dll</c>; the CoNLL text is found as the benchmarks find it
/// (<c>TIDINGS_CONLL</c>). Compare a build with a copy of itself first: the position bias is up to 2 %.</remarks>
internal static class Program
{
    private const int ClockThreadCpuTime = 3;

    private static int Main(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: Tidings.AbCompare DIR_A DIR_B [seed|conll2003] [QUARTETS]");
            return 2;
        }

        string text = Corpus.Get(args.Length > 2 ? args[2] : Corpus.Conll);
        int quartets = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 20;
        Func<string, object> a = Load(Path.GetFullPath(args[0]));
        Func<string, object> b = Load(Path.GetFullPath(args[1]));
        // Enough warm-up calls for the tiered JIT to settle (a short text needs thousands: its calls are too brief to
        // reach the optimized code otherwise, and an identical build then reads as 0.76 of itself).
        int warmUp = Math.Max(15, 20_000_000 / Math.Max(1, text.Length));
        for (int i = 0; i < warmUp; i++)
        {
            a(text);
            b(text);
        }

        var timesA = new List<double>();
        var timesB = new List<double>();
        var ratios = new List<double>();
        for (int i = 0; i < quartets; i++)
        {
            double t0 = CpuMs();
            a(text);
            double t1 = CpuMs();
            b(text);
            double t2 = CpuMs();
            b(text);
            double t3 = CpuMs();
            a(text);
            double t4 = CpuMs();
            double ta = (t1 - t0 + t4 - t3) / 2;
            double tb = (t3 - t1) / 2;
            timesA.Add(ta);
            timesB.Add(tb);
            ratios.Add(tb / ta);
        }

        timesA.Sort();
        timesB.Sort();
        ratios.Sort();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{text.Length:N0} chars, {quartets} quartets: A median {timesA[quartets / 2]:F3} ms (min {timesA[0]:F3}), B median {timesB[quartets / 2]:F3} ms (min {timesB[0]:F3}); B/A median {ratios[quartets / 2]:F4}, quartiles {ratios[quartets / 4]:F4}-{ratios[3 * quartets / 4]:F4}"));
        return 0;
    }

    /// <summary>The extract call of the build in <paramref name="directory"/>, loaded in a context of its own.</summary>
    private static Func<string, object> Load(string directory)
    {
        var context = new BuildContext(directory);
        Assembly tidings = context.LoadFromAssemblyPath(Path.Combine(directory, "Tidings.dll"));
        Type extractorType = tidings.GetType("Tidings.Numbers.QuantityExtractor", throwOnError: true)!;
        object extractor = extractorType.GetProperty("Default")!.GetValue(null)!;
        MethodInfo extract = tidings.GetType("Tidings.ExtractorExtensions", throwOnError: true)!.GetMethod("Extract")!
            .MakeGenericMethod(tidings.GetType("Tidings.Numbers.Quantity", throwOnError: true)!);
        return text => extract.Invoke(null, [extractor, text, null])!;
    }

    private static double CpuMs()
    {
        _ = ClockGetTime(ClockThreadCpuTime, out TimeSpec t);
        return (t.Seconds * 1e3) + (t.Nanoseconds / 1e6);
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    /// <summary>Loads a build's assemblies from its directory; the framework's come from the default context.</summary>
    private sealed class BuildContext : AssemblyLoadContext
    {
        private readonly string _directory;

        public BuildContext(string directory)
            : base(directory, isCollectible: false)
        {
            _directory = directory;
        }

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            string path = Path.Combine(_directory, assemblyName.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
