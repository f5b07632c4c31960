using System.Diagnostics;
using System.Globalization;

namespace Tidings.Cli;

/// <summary>Progress lines (at most one every two seconds) and the final summary, on standard error, with rates in
/// documents and megabytes (of UTF-8 input) per second.</summary>
/// <param name="stderr">Where the lines go.</param>
/// <param name="enabled">False to write nothing.</param>
/// <param name="totalBytes">The input length, when known, for a percentage.</param>
/// <param name="intervalMilliseconds">The least time between two progress lines (and before the first).</param>
internal sealed class ProgressReporter(TextWriter stderr, bool enabled, long? totalBytes, long intervalMilliseconds = ProgressReporter.DefaultIntervalMilliseconds)
{
    /// <summary>The default time between progress lines.</summary>
    public const long DefaultIntervalMilliseconds = 2000;

    private const double Megabyte = 1_000_000;

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly long _interval = intervalMilliseconds;
    private long _nextReport = intervalMilliseconds;

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

        _nextReport = now + _interval;
        double seconds = Math.Max(now / 1000.0, 1e-3);
        string of = totalBytes is long total && total > 0
            ? string.Create(CultureInfo.InvariantCulture, $" of {total / Megabyte:0.0} MB ({100.0 * bytes / total:0}%)")
            : "";
        stderr.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"tidings: {documents} documents, {bytes / Megabyte:0.0} MB{of}, {documents / seconds:0.0} documents/s, {bytes / Megabyte / seconds:0.0} MB/s"));
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
            $"tidings: {documents} documents, {failed} failed, {bytes / Megabyte:0.0} MB in {seconds:0.0} s ({documents / seconds:0.0} documents/s, {bytes / Megabyte / seconds:0.0} MB/s){blank}"));
    }
}
