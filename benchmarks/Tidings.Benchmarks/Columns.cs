using System.Globalization;
using System.Text;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Tidings.Benchmarks;

/// <summary>Base for the custom numeric columns: what BenchmarkDotNet asks of every column, once.</summary>
public abstract class CustomNumericColumn : IColumn
{
    /// <inheritdoc/>
    public abstract string Id { get; }

    /// <inheritdoc/>
    public abstract string ColumnName { get; }

    /// <inheritdoc/>
    public abstract string Legend { get; }

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => 0;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc/>
    public abstract string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style);

    /// <inheritdoc/>
    public override string ToString() => ColumnName;
}

/// <summary>Base for columns that divide a benchmark's result by the size of its <c>Input</c> parameter.</summary>
public abstract class PerInputColumn : CustomNumericColumn
{
    /// <summary>The name of the parameter holding the input name (see <see cref="Corpus"/>).</summary>
    public const string InputParameter = "Input";

    /// <inheritdoc/>
    public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        BenchmarkReport? report = summary[benchmarkCase];
        if (report is null || !report.Success || InputBytes(benchmarkCase) is not long bytes || bytes == 0)
        {
            return "-";
        }

        double? value = Compute(report, benchmarkCase, bytes);
        return value is double v ? v.ToString("N1", CultureInfo.InvariantCulture) : "-";
    }

    /// <summary>The column's value for one benchmark over an input of <paramref name="inputBytes"/> UTF-8 bytes.</summary>
    protected abstract double? Compute(BenchmarkReport report, BenchmarkCase benchmarkCase, long inputBytes);

    /// <summary>The UTF-8 size of the benchmark's input, or null when it has no <c>Input</c> parameter.</summary>
    private static long? InputBytes(BenchmarkCase benchmarkCase)
    {
        foreach (var parameter in benchmarkCase.Parameters.Items)
        {
            if (parameter.Name == InputParameter && parameter.Value is string name)
            {
                return Encoding.UTF8.GetByteCount(Corpus.Get(name));
            }
        }

        return null;
    }
}

/// <summary>Throughput in MB/s, where MB is 1,000,000 bytes of the input encoded as UTF-8, over the mean time.</summary>
public sealed class ThroughputColumn : PerInputColumn
{
    /// <inheritdoc/>
    public override string Id => "Tidings.Throughput";

    /// <inheritdoc/>
    public override string ColumnName => "MB/s";

    /// <inheritdoc/>
    public override string Legend => "Input throughput: UTF-8 bytes of the input (10^6 per MB) divided by the mean time";

    /// <inheritdoc/>
    protected override double? Compute(BenchmarkReport report, BenchmarkCase benchmarkCase, long inputBytes)
    {
        double? meanNs = report.ResultStatistics?.Mean;
        return meanNs is double ns && ns > 0 ? inputBytes / 1e6 / (ns / 1e9) : null;
    }
}

/// <summary>Managed bytes allocated per operation for each 1,024 UTF-8 bytes of input.</summary>
public sealed class AllocatedPerKbColumn : PerInputColumn
{
    /// <inheritdoc/>
    public override string Id => "Tidings.AllocatedPerKB";

    /// <inheritdoc/>
    public override string ColumnName => "Alloc B/KB";

    /// <inheritdoc/>
    public override string Legend => "Allocated managed bytes per operation per KB (1,024 UTF-8 bytes) of input (needs the memory diagnoser)";

    /// <inheritdoc/>
    protected override double? Compute(BenchmarkReport report, BenchmarkCase benchmarkCase, long inputBytes)
    {
        long? allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        return allocated is long bytes ? bytes / (inputBytes / 1024.0) : null;
    }
}
