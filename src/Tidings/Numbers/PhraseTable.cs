using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>
/// Multi-word phrases ("as many as", "per cent", "square kilometres") matched against tokens, forwards from
/// a token or backwards to one. Longest match wins. Words compare case-insensitively.
/// </summary>
internal sealed class PhraseTable<T>
{
    private readonly AsciiWordTable<(string[] Words, T Value)[]> _byFirst;
    private readonly AsciiWordTable<(string[] Words, T Value)[]> _byLast;

    /// <summary>Which first words surely start no phrase, and which last words surely end none, without hashing: every
    /// number asks about the tokens beside it (unit after, hedge before, post-hedge after), and most are neither.</summary>
    private readonly LetterFilter _firsts;
    private readonly LetterFilter _lasts;

    public PhraseTable(List<(string Phrase, T Value)> phrases)
    {
        // Loops, not LINQ, over the value tuples: their instantiations of the framework's generic code would be compiled
        // at run time by the first document (docs/notes/speed.md, session 23).
        var entries = new (string[] Words, T Value)[phrases.Count];
        for (int i = 0; i < entries.Length; i++)
        {
            entries[i] = (phrases[i].Phrase.Split(' '), phrases[i].Value);
        }

        _byFirst = Index(entries, w => w[0]);
        _byLast = Index(entries, w => w[^1]);
        _firsts = new LetterFilter(Array.ConvertAll(entries, e => e.Words[0]));
        _lasts = new LetterFilter(Array.ConvertAll(entries, e => e.Words[^1]));
    }

    /// <summary>False when <paramref name="word"/> is surely no key of <paramref name="filter"/>'s index (words longer
    /// than the filter knows always go on to the hash look-up).</summary>
    private static bool MayBeKey(LetterFilter filter, ReadOnlySpan<char> word) =>
        word.Length > LetterFilter.MaxLength || filter.MayContain(word);

    public int MaxWords { get; private set; }

    private AsciiWordTable<(string[] Words, T Value)[]> Index(
        (string[] Words, T Value)[] entries, Func<string[], string> key)
    {
        foreach ((string[] words, _) in entries)
        {
            MaxWords = Math.Max(MaxWords, words.Length);
        }

        // The entries grouped by their key word (case-insensitive), longest phrase first, equal lengths in the given order.
        var groups = new Dictionary<string, List<(string[] Words, T Value)>>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        foreach ((string[] Words, T Value) entry in entries)
        {
            string k = key(entry.Words);
            if (!groups.TryGetValue(k, out List<(string[] Words, T Value)>? group))
            {
                groups[k] = group = [];
                order.Add(k);
            }

            int at = group.Count;
            while (at > 0 && group[at - 1].Words.Length < entry.Words.Length)
            {
                at--;
            }

            group.Insert(at, entry);
        }

        var table = new List<KeyValuePair<string, (string[] Words, T Value)[]>>(order.Count);
        foreach (string k in order)
        {
            table.Add(new KeyValuePair<string, (string[] Words, T Value)[]>(k, [.. groups[k]]));
        }

        return table.ToAsciiWordTable();
    }

    /// <summary>Matches a phrase starting at token <paramref name="first"/>, using tokens before <paramref name="limit"/>.</summary>
    public bool MatchForward(Document doc, int first, int limit, out int tokenCount, out T value)
    {
        tokenCount = 0;
        value = default!;
        if (first >= limit || !MayBeKey(_firsts, doc.TokenText(first)) || !_byFirst.TryGetValue(doc.TokenText(first), out var candidates))
        {
            return false;
        }

        foreach ((string[] words, T v) in candidates)
        {
            if (first + words.Length > limit)
            {
                continue;
            }

            bool ok = true;
            for (int w = 1; w < words.Length && ok; w++)
            {
                ok = doc.TokenText(first + w).Equals(words[w], StringComparison.OrdinalIgnoreCase);
            }

            if (ok)
            {
                tokenCount = words.Length;
                value = v;
                return true;
            }
        }

        return false;
    }

    /// <summary>Matches a phrase ending just before token <paramref name="end"/>, using tokens at or after <paramref name="floor"/>.</summary>
    public bool MatchBackward(Document doc, int end, int floor, out int tokenCount, out T value)
    {
        tokenCount = 0;
        value = default!;
        int last = end - 1;
        if (last < floor || !MayBeKey(_lasts, doc.TokenText(last)) || !_byLast.TryGetValue(doc.TokenText(last), out var candidates))
        {
            return false;
        }

        foreach ((string[] words, T v) in candidates)
        {
            int first = end - words.Length;
            if (first < floor)
            {
                continue;
            }

            bool ok = true;
            for (int w = 0; w < words.Length - 1 && ok; w++)
            {
                ok = doc.TokenText(first + w).Equals(words[w], StringComparison.OrdinalIgnoreCase);
            }

            if (ok)
            {
                tokenCount = words.Length;
                value = v;
                return true;
            }
        }

        return false;
    }
}
