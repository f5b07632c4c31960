namespace Tidings.Text;

/// <summary>
/// A list of one pass's results, reused by the next pass on the same thread: a long document's results grow the
/// list once, not in every pass (the doubling copies of a 10,000-entry list are 128 KB arrays, on the large-object
/// heap, whose collections are full ones). The pass copies the results out exactly sized at its end.
/// </summary>
/// <remarks><threadsafety>Each thread takes its own list; a pass must <see cref="Return"/> what it took on the thread
/// that took it, once (a pass that throws simply leaves the list to the collector).</threadsafety></remarks>
internal static class ResultList<T>
{
    /// <summary>Lists larger than this many entries are not kept, so a thread holds at most 32,768 entries here per
    /// type (256 KB of references; the date reader's parses are values, about 3.5 MB at most).</summary>
    private const int MaxKept = 32_768;

    [ThreadStatic]
    private static List<T>? t_spare;

    /// <summary>An empty list: the thread's spare, or a new one.</summary>
    public static List<T> Take()
    {
        List<T>? list = t_spare;
        t_spare = null;
        return list ?? [];
    }

    /// <summary>Empties <paramref name="list"/> (dropping its references) and keeps it for the thread's next pass.</summary>
    public static void Return(List<T> list)
    {
        if (list.Capacity <= MaxKept)
        {
            list.Clear();
            t_spare = list;
        }
    }
}
