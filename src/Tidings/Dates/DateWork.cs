namespace Tidings.Dates;

/// <summary>
/// The resolving pass's own count of work (session 38): the characters of text its scans read beyond the reader's tokens — a
/// story timeline's paragraph, a quotation's dateline and its cue clause. Linear-work tests reset it, extract, and compare the count
/// for texts of two sizes (the reader's token look-ups are <see cref="DateReader.Steps"/>), so no test times the clock.
/// </summary>
internal static class DateWork
{
    /// <summary>Characters read by this thread's resolving scans since the last reset (counted a scan at a time, from the same bounds
    /// the scan is given: a scan that lost its bound shows in the count).</summary>
    [ThreadStatic]
    internal static long Characters;
}
