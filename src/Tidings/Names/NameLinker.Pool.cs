using System.Runtime.InteropServices;

namespace Tidings.Names;

/// <summary>
/// The linker's lists of names, reused from pass to pass on a thread: a pass that rebuilds the list takes a spare one
/// and the list it replaced becomes the next spare, so a long document's passes do not each allocate (and grow by
/// doubling) a fresh array of names — on a 1 MB document those were 400 KB arrays on the large-object heap, a dozen
/// per call, whose collections are full ones.
/// </summary>
/// <remarks><threadsafety>Each thread keeps its own spares. A list is given back once, by whoever took it, when
/// nothing else holds it (a pass that throws leaves its lists to the collector).</threadsafety></remarks>
internal static partial class NameLinker
{
    /// <summary>Lists with room for more names than this are not kept (at most 2.6 MB a list).</summary>
    private const int MaxKeptItems = 65_536;

    /// <summary>Spare lists kept per thread: a pass holds at most the list it reads, the one it writes and one of
    /// names to add.</summary>
    private const int KeptLists = 4;

    [ThreadStatic]
    private static List<Item>?[]? t_spareLists;

    /// <summary>The most distinct texts a table of the thread's keeps between documents (about 0.8 MB).</summary>
    private const int MaxKeptTableEntries = 32_768;

    /// <summary>Spare tables kept per thread: a pass holds at most two at once.</summary>
    private const int KeptTables = 2;

    /// <summary>The thread's spare tables of texts (a slot is null while a pass uses its table).</summary>
    [ThreadStatic]
    private static Places.SpanMemo<int>?[]? t_spareTables;

    /// <summary>An empty table from the document's spans to a value, keyed by their characters (no string per
    /// text): a spare of the thread's, or a new one.</summary>
    private static Places.SpanMemo<int> TakeTable()
    {
        Places.SpanMemo<int>?[]? spares = t_spareTables;
        if (spares is not null)
        {
            for (int k = 0; k < spares.Length; k++)
            {
                if (spares[k] is Places.SpanMemo<int> table)
                {
                    spares[k] = null;
                    return table;
                }
            }
        }

        return new Places.SpanMemo<int>(MaxKeptTableEntries);
    }

    /// <summary>Empties <paramref name="table"/> (when there is one) and keeps it as a spare of the thread's.</summary>
    private static void GiveBack(Places.SpanMemo<int>? table)
    {
        if (table is null)
        {
            return;
        }

        table.Clear();
        KeepSpare(t_spareTables ??= new Places.SpanMemo<int>?[KeptTables], table);
    }

    /// <summary>Puts <paramref name="spare"/> in a free slot of <paramref name="spares"/>; false when it was already
    /// there or no slot is free.</summary>
    private static bool KeepSpare<T>(T?[] spares, T spare)
        where T : class
    {
        int free = -1;
        for (int k = 0; k < spares.Length; k++)
        {
            if (ReferenceEquals(spares[k], spare))
            {
                return false; // already kept
            }

            if (spares[k] is null && free < 0)
            {
                free = k;
            }
        }

        if (free < 0)
        {
            return false;
        }

        spares[free] = spare;
        return true;
    }

    /// <summary>An empty list with room for <paramref name="capacity"/> names: a spare of the thread's, or a new one.</summary>
    private static List<Item> TakeList(int capacity)
    {
        List<Item>?[]? spares = t_spareLists;
        if (spares is not null)
        {
            for (int k = 0; k < spares.Length; k++)
            {
                if (spares[k] is List<Item> list)
                {
                    spares[k] = null;
                    list.EnsureCapacity(capacity);
                    return list;
                }
            }
        }

        return new List<Item>(capacity);
    }

    /// <summary>A list holding the first <paramref name="count"/> names of <paramref name="items"/>, with room for all of
    /// them (what <c>items.GetRange(0, count)</c> gives, from the thread's spares).</summary>
    private static List<Item> TakeList(List<Item> items, int count)
    {
        List<Item> list = TakeList(items.Count + 1);
        list.AddRange(CollectionsMarshal.AsSpan(items)[..count]);
        return list;
    }

    /// <summary>Empties <paramref name="list"/> (dropping its references) and keeps it as a spare of the thread's.</summary>
    private static void GiveBack(List<Item> list)
    {
        if (list.Capacity > MaxKeptItems)
        {
            return;
        }

        if (KeepSpare(t_spareLists ??= new List<Item>?[KeptLists], list))
        {
            list.Clear();
        }
    }

    /// <summary><paramref name="result"/>, the list a pass returned for <paramref name="items"/>; when it is a new
    /// list, <paramref name="items"/> is given back.</summary>
    private static List<Item> Replaced(List<Item> items, List<Item> result)
    {
        if (!ReferenceEquals(items, result))
        {
            GiveBack(items);
        }

        return result;
    }
}
