using System.Diagnostics;
using System.Globalization;

namespace Tidings.Cli;

/// <summary>Progress lines (at most one every two seconds) and the final summary, on standard error.</summary>
internal sealed class ProgressReporter(TextWriter stderr, bool enabled, long? totalBytes)
{
    private const long IntervalMilliseconds = 2000;
    private const double Megabyte = 1_000_000;

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _nextReport = IntervalMilliseconds;

    /// <summary>Reports progress if enabled and two seconds have passed since the last report.</summary>
    public void Tick(long documents, long bytes)
    {
        if (!enabled)
        {
            return;
        }

        long now = _clock.ElapsedMilliseconds;
        if (now < _nextReport)
        {
            return;
        }

        _nextReport = now + IntervalMilliseconds;
        double seconds = now / 1000.0;
        string of = totalBytes is long total && total > 0
            ? string.Create(CultureInfo.InvariantCulture, $" of {total / Megabyte:0.0} MB ({100.0 * bytes / total:0}%)")
            : "";
        stderr.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"tidings: {documents} documents, {bytes / Megabyte:0.0} MB{of}, {bytes / Megabyte / seconds:0.0} MB/s"));
    }

    /// <summary>Writes the summary line if enabled.</summary>
    public void Summary(long documents, long failed, long blankLines, long bytes)
    {
        if (!enabled)
        {
            return;
        }

        double seconds = Math.Max(_clock.Elapsed.TotalSeconds, 1e-6);
        string blank = blankLines > 0
            ? string.Create(CultureInfo.InvariantCulture, $", {blankLines} blank lines skipped")
            : "";
        stderr.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"tidings: {documents} documents, {failed} failed, {bytes / Megabyte:0.0} MB in {seconds:0.0} s ({bytes / Megabyte / seconds:0.0} MB/s){blank}"));
    }
}
