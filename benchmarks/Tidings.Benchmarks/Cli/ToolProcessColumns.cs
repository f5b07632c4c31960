using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Tidings.Benchmarks;

/// <summary>The columns of <see cref="ToolProcessBenchmarks"/>.</summary>
public sealed class ToolProcessConfig : ManualConfig
{
    /// <summary>Adds <see cref="ToolSpeedColumn"/> and <see cref="ToolSpeedUpColumn"/>.</summary>
    public ToolProcessConfig() => AddColumn(new ToolSpeedColumn(), new ToolSpeedUpColumn());
}

/// <summary>Base for the columns that take the one-line run of the same method as the tool's start-up.</summary>
public abstract class ToolProcessColumn : CustomNumericColumn
{
    /// <summary>The value of <see cref="ToolProcessBenchmarks.File"/> whose time is the start-up.</summary>
    public const string StartUpFile = "one-line";

    /// <inheritdoc/>
    public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        string? file = File(benchmarkCase);
        string method = benchmarkCase.Descriptor.WorkloadMethod.Name;
        if (file is null or StartUpFile || WorkSeconds(summary, method, file) is not double work)
        {
            return "-";
        }

        double? value = Compute(summary, method, file, work);
        return value is double v ? v.ToString("N2", CultureInfo.InvariantCulture) : "-";
    }

    /// <summary>The column's value for the row of <paramref name="method"/> on <paramref name="file"/>, whose time,
    /// start-up excluded, is <paramref name="workSeconds"/>.</summary>
    protected abstract double? Compute(Summary summary, string method, string file, double workSeconds);

    /// <summary>The mean time of <paramref name="method"/> on <paramref name="file"/> less its mean time on one line,
    /// in seconds; null when either is missing or the difference is not positive.</summary>
    protected static double? WorkSeconds(Summary summary, string method, string file)
    {
        double? whole = Mean(summary, method, file);
        double? startUp = Mean(summary, method, StartUpFile);
        return whole is double w && startUp is double s && w > s ? (w - s) / 1e9 : null;
    }

    private static double? Mean(Summary summary, string method, string file)
    {
        foreach (BenchmarkReport report in summary.Reports)
        {
            if (report.Success && report.BenchmarkCase.Descriptor.WorkloadMethod.Name == method && File(report.BenchmarkCase) == file)
            {
                return report.ResultStatistics?.Mean;
            }
        }

        return null;
    }

    private static string? File(BenchmarkCase benchmarkCase)
    {
        foreach (var parameter in benchmarkCase.Parameters.Items)
        {
            if (parameter.Name == nameof(ToolProcessBenchmarks.File) && parameter.Value is string name)
            {
                return name;
            }
        }

        return null;
    }
}

/// <summary>MB/s start-up excluded: the input file's bytes (10^6 per MB) over (its time − the one-line time).</summary>
public sealed class ToolSpeedColumn : ToolProcessColumn
{
    /// <inheritdoc/>
    public override string Id => "Tidings.ToolSpeed";

    /// <inheritdoc/>
    public override string ColumnName => "MB/s w/o start-up";

    /// <inheritdoc/>
    public override string Legend => "The input file's UTF-8 bytes (10^6 per MB) divided by (mean time − the same method's mean time on one line)";

    /// <inheritdoc/>
    protected override double? Compute(Summary summary, string method, string file, double workSeconds)
    {
        string path = ToolProcessBenchmarks.InputPath(file);
        return System.IO.File.Exists(path) ? new FileInfo(path).Length / 1e6 / workSeconds : null;
    }
}

/// <summary>The speed-up of <c>--parallel 2</c>, start-up excluded: OneWorker's work time over TwoWorkers' on the
/// same file (shown on the TwoWorkers rows).</summary>
public sealed class ToolSpeedUpColumn : ToolProcessColumn
{
    /// <inheritdoc/>
    public override string Id => "Tidings.ToolSpeedUp";

    /// <inheritdoc/>
    public override string ColumnName => "Speed-up w/o start-up";

    /// <inheritdoc/>
    public override string Legend => "(OneWorker − its one-line time) / (TwoWorkers − its one-line time) on the same file";

    /// <inheritdoc/>
    protected override double? Compute(Summary summary, string method, string file, double workSeconds) =>
        method == nameof(ToolProcessBenchmarks.TwoWorkers)
        && WorkSeconds(summary, nameof(ToolProcessBenchmarks.OneWorker), file) is double one
            ? one / workSeconds
            : null;
}
