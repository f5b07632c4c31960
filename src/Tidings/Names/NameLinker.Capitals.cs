using Tidings.Places;
using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>
/// Names in lines and sentences in capitals (headlines), which say nothing by their case: typed as the article's body
/// types them.
/// </summary>
internal static partial class NameLinker
{
    /// <summary>
    /// Lines and sentences in capitals ("NVIDIA SHARES SOAR AS AI DEMAND LIFTS FORECAST") say nothing by their case: a
    /// run of words there that spells, case aside, a name the article's body gives is that name, with the body's type.
    /// </summary>
    private static List<Item> HeadlineNames(Document document, List<Item> items, ref long steps)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        List<(int First, int End)>? segments = null;
        int start = 0;
        for (int i = 0; i <= tokens.Length; i++)
        {
            if (i == tokens.Length || (i > start && (tokens[i].Has(TokenTraits.LineBreakBefore) || tokens[i - 1].Has(TokenTraits.Terminal)
                || document.TokenText(i - 1) is "." or "!" or "?")))
            {
                if (InCapitals(document, start, i) || InTitleCase(document, start, i))
                {
                    (segments ??= TakeSegments()).Add((start, i));
                }

                start = i;
            }
        }

        if (segments is null)
        {
            return items;
        }

        List<Item> listed = ListedInCapitals(document, items, segments, ref steps);
        List<Item>? owned = ReferenceEquals(listed, items) ? null : listed;
        items = listed;

        // The body's names, keyed in capitals (names inside the capital segments are not evidence).
        CapitalKeys body = t_capitalKeys ??= new CapitalKeys();
        body.Clear();
        const int MaxUpperKey = 128; // longer keys of the body are kept too, but a headline's longer runs are not put in capitals
        int s = 0;
        foreach (Item item in items)
        {
            steps++;
            while (s < segments.Count && segments[s].End <= item.First)
            {
                s++;
            }

            bool inCaps = s < segments.Count && segments[s].First <= item.First;
            if (!inCaps && item.Type != NameType.Miscellaneous && item.Cut == 0 && item.Last - item.First < 4)
            {
                // The key in capitals (no string per key).
                body.TryAddUpper(Text(document, item), item.Type);

                // A person named in full in the body is named by the surname in a headline ("Stellantis Boss Tavares Quits").
                if (item.Type == NameType.Person && item.Last > item.First && document.TokenText(item.Last).Length <= MaxUpperKey)
                {
                    body.TryAddUpper(document.TokenText(item.Last), item.Type);
                }
            }
        }

        if (body.Count == 0)
        {
            GiveBackSegments(segments);
            return items;
        }

        List<Item> replacements = TakeList(16);
        foreach ((int first, int end) in segments)
        {
            for (int i = first; i < end; i++)
            {
                steps++;
                if (!IsCapitalWord(document, i))
                {
                    continue;
                }

                for (int last = Math.Min(end - 1, i + 3); last >= i; last--)
                {
                    if (!IsCapitalWord(document, last))
                    {
                        continue;
                    }

                    // A title-case line is keyed in capitals too (a key longer than 128 characters as it is written).
                    ReadOnlySpan<char> key = document.Text.AsSpan(tokens[i].Start, tokens[last].End - tokens[i].Start);
                    if (key.Length <= MaxUpperKey ? body.TryGetUpper(key, out NameType type) : body.TryGet(key, out type))
                    {
                        replacements.Add(new Item(i, last, type, null, null));
                        i = last;
                        break;
                    }
                }
            }
        }

        List<Item> replaced = replacements.Count == 0 ? items : ReplaceAll(items, replacements, ref steps);
        GiveBack(replacements);

        // A verb of a title-case headline is no name ("Intel Suspends Dividend, Cuts 15% of Jobs").
        int t = 0;
        replaced.RemoveAll(item =>
        {
            while (t < segments.Count && segments[t].End <= item.First)
            {
                t++;
            }

            return t < segments.Count && segments[t].First <= item.First && item.Last == item.First
                && !document.Tokens[item.First].Has(TokenTraits.AllCaps) && ContainsLowered(SubjectVerbs, document.TokenText(item.First))
                && !body.TryGetUpper(document.TokenText(item.First), out _);
        });
        body.Clear();
        GiveBackSegments(segments);
        if (owned is not null && !ReferenceEquals(owned, replaced))
        {
            GiveBack(owned);
        }

        return replaced;
    }

    /// <summary>
    /// A section label in capitals that opens a line before a colon ("COMMUTER NEWS:", "COUNCIL ROUND-UP:",
    /// "PHILANTHROPY:", "CITY DIARY:") is a heading of common words, no name, when the recognizer typed it an organization
    /// or another name but no list knows it whole as an organization, a club or a brand and it is no known place
    /// and prose follows the colon ("TOYOTA:", "NAIROBI:", "JSE: Capitec R2,640" stay; session 37, names37b).
    /// </summary>
    private static void DropSectionLabels(Document document, List<Item> items)
    {
        items.RemoveAll(item =>
        {
            ReadOnlySpan<Token> tokens = document.Tokens;
            if (item.Type is not (NameType.Organization or NameType.Miscellaneous) || item.Cut != 0 || item.Lead != 0
                || (item.First > 0 && !tokens[item.First].Has(TokenTraits.LineBreakBefore))
                || item.Last + 1 >= tokens.Length || document.TokenText(item.Last + 1) is not ":"
                || (ListKinds(document, item.First, item.Last) & (OrganizationKinds | 1 << (int)NameListKind.Brand)) != 0
                || IsKnownPlace(Text(document, item)) || !ProseAfterLabel(document, item.Last + 2))
            {
                return false;
            }

            for (int i = item.First; i <= item.Last; i++)
            {
                if (tokens[i].Kind != TokenKind.Word || !tokens[i].Has(TokenTraits.AllCaps))
                {
                    return false;
                }
            }

            return true;
        });
    }

    /// <summary>Whether the clause from token <paramref name="from"/> (after a label's colon), up to ";" or the sentence's
    /// end, holds a lower-case word of three letters or more other than "and"/"the": prose, as under a heading, not a
    /// table's row under a league's or an exchange's name ("PRIMEIRA LIGA: Benfica 1 Sporting 1", "JSE: Capitec R2,640").</summary>
    private static bool ProseAfterLabel(Document document, int from)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        for (int j = from; j < tokens.Length; j++)
        {
            ReadOnlySpan<char> word = document.TokenText(j);
            if (tokens[j].Has(TokenTraits.Terminal) || word is ";" || (j > from && tokens[j].Has(TokenTraits.LineBreakBefore)))
            {
                return false;
            }

            if (word.Length >= 3 && IsLowerWord(document, j) && word is not ("and" or "the"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most words of a listed name in a line in capitals (<see cref="ListedInCapitals"/>).</summary>
    private const int MaxCapitalListedWords = 3;

    /// <summary>
    /// A line in capitals hides the case that tells a name from a word, so the recognizer leaves many of its names
    /// untagged; the lists, which match case aside, know them. A run of up to three words in capitals that no name
    /// covers is an organization where the lists know it as one (not a club, a brand or a place) and it stands as a
    /// cell of the line: opening the line or after a colon, semicolon, comma, bar, "AND", "&amp;", a verb of headlines or
    /// a share move (not an auxiliary or adverb: "WHO IS NEXT?"), and closing the line or before a separator, a verb or
    /// a figure word — a cell after a verb, its object, only before a separator ("MISSES TARGET" is no firm) ("RETAIL RESULTS: WALMART BEATS; TARGET MISSES; HOME DEPOT
    /// HOLDS", "STOCKS TO WATCH: RECKITT, DIAGEO", "RYANAIR AND WIZZ CUT"). Not a known place, nationality or common
    /// capitalised word, nor a verb of headlines ("BEATS").
    /// </summary>
    /// <remarks>One pass over the tokens of the segments with a pointer into the sorted names, each start trying at
    /// most three lengths; builds a new list only when it finds a name.</remarks>
    private static List<Item> ListedInCapitals(Document document, List<Item> items, List<(int First, int End)> segments, ref long steps)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        List<Item>? found = null;
        int n = 0;
        foreach ((int first, int end) in segments)
        {
            if (!InCapitals(document, first, end))
            {
                continue;
            }

            for (int i = first; i < end; i++)
            {
                steps++;
                while (n < items.Count && items[n].Last < i)
                {
                    n++;
                }

                if (!CellOpens(document, first, i))
                {
                    continue;
                }

                for (int last = Math.Min(end - 1, i + MaxCapitalListedWords - 1); last >= i; last--)
                {
                    if ((n < items.Count && items[n].First <= last) || !CapitalRun(document, i, last) || !CellCloses(document, first, i, last, end)
                        || (ListKinds(document, i, last) & SubjectKinds) == 0 || IsKnownPlace(SpanText(document, i, last))
                        || NameLexicon.Default.ContainsAny(SpanText(document, i, last), LexiconClass.Nationality, LexiconClass.CommonCapitalized, LexiconClass.PersonTitle)
                        || (i == last && (ContainsLowered(HeadlineVerbs, document.TokenText(i)) || ContainsLowered(SubjectVerbs, document.TokenText(i)))))
                    {
                        continue;
                    }

                    (found ??= TakeList(8)).Add(new Item(i, last, NameType.Organization, null, null));
                    i = last;
                    break;
                }
            }
        }

        if (found is null)
        {
            return items;
        }

        List<Item> result = ReplaceAll(items, found, ref steps);
        GiveBack(found);
        return result;

        static bool CapitalRun(Document document, int first, int last)
        {
            for (int j = first; j <= last; j++)
            {
                if (document.Tokens[j].Kind != TokenKind.Word || !document.Tokens[j].Has(TokenTraits.AllCaps))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Whether a cell of a line in capitals opens at token <paramref name="i"/>: the line's first token, or after
    /// a cell separator (<see cref="IsCellSeparator"/>), a verb of headlines or a share move ("BEATS", "ROSE"). Not after
    /// an auxiliary, an adverb or another verb of a news subject ("WHO IS NEXT?", "SHARES ALSO FELL").</summary>
    private static bool CellOpens(Document document, int first, int i)
    {
        if (i == first)
        {
            return true;
        }

        ReadOnlySpan<char> before = document.TokenText(i - 1);
        return IsCellSeparator(before) || (before.Length >= 2 && (ContainsLowered(HeadlineVerbs, before) || ContainsLowered(ShareMoves, before)));
    }

    /// <summary>Whether a cell of a line in capitals closes after token <paramref name="last"/>: the line's end, a cell
    /// separator (<see cref="IsCellSeparator"/>), a verb of headlines or of a news subject, or a figure word ("FLAT").
    /// A cell that opens after a verb is that verb's object, and closes only at a separator, so a list of objects
    /// ("BUYS RECKITT, DIAGEO") — not the line's end or a verb ("MISSES TARGET", "IS NEXT").</summary>
    private static bool CellCloses(Document document, int first, int start, int last, int end)
    {
        bool afterVerb = start > first && !IsCellSeparator(document.TokenText(start - 1));
        if (last + 1 >= end)
        {
            return !afterVerb;
        }

        ReadOnlySpan<char> after = document.TokenText(last + 1);
        return IsCellSeparator(after)
            || (!afterVerb && (CellVerb(after) || ContainsLowered(FigureWords, after)));
    }

    /// <summary>Whether <paramref name="token"/> separates the cells of a line in capitals: a colon, semicolon, comma,
    /// bar, "AND" or "&amp;". The one definition both ends of a cell read.</summary>
    private static bool IsCellSeparator(ReadOnlySpan<char> token) => token is ":" or ";" or "," or "|" or "AND" or "&";

    /// <summary>Whether <paramref name="word"/>, case aside, is a verb of headlines or of a news subject ("BEATS", "SAID").</summary>
    private static bool CellVerb(ReadOnlySpan<char> word) =>
        word.Length >= 2 && (ContainsLowered(HeadlineVerbs, word) || ContainsLowered(SubjectVerbs, word) || ContainsLowered(ShareMoves, word));

    /// <summary>The thread's table of the body's names in capitals (<see cref="HeadlineNames"/>), emptied after each use.</summary>
    [ThreadStatic]
    private static CapitalKeys? t_capitalKeys;

    /// <summary>The thread's spare list of lines in capitals or title case (<see cref="HeadlineNames"/>; on the CoNLL
    /// text, with its tables of results in capitals, tens of thousands of them: 0.8 MB of growing arrays a call).</summary>
    [ThreadStatic]
    private static List<(int First, int End)>? t_segments;

    private static List<(int First, int End)> TakeSegments()
    {
        List<(int First, int End)> segments = t_segments ?? [];
        t_segments = null;
        return segments;
    }

    /// <summary>Keeps <paramref name="segments"/> as the thread's spare when it is not too large (512 KB).</summary>
    private static void GiveBackSegments(List<(int First, int End)> segments)
    {
        if (segments.Capacity <= 1 << 16)
        {
            segments.Clear();
            t_segments = segments;
        }
    }

    /// <summary>Whether tokens <paramref name="first"/>..<paramref name="end"/> (exclusive) are a headline in title case:
    /// a whole line, not ending in a full stop, of at least four words of four or more letters, every one capitalised
    /// ("Intel Suspends Dividend, Cuts 15% of Jobs as Turnaround Stalls").</summary>
    private static bool InTitleCase(Document document, int first, int end)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        if (end >= tokens.Length || !tokens[end].Has(TokenTraits.LineBreakBefore)
            || (first > 0 && !tokens[first].Has(TokenTraits.LineBreakBefore)) || document.TokenText(end - 1) is "." or "!" or "?")
        {
            return false;
        }

        int words = 0;
        for (int i = first; i < end; i++)
        {
            ReadOnlySpan<char> word = document.TokenText(i);
            if (tokens[i].Kind != TokenKind.Word || word.Length < 4)
            {
                continue;
            }

            if (!char.IsUpper(word[0]))
            {
                return false;
            }

            words++;
        }

        return words >= 4;
    }

    /// <summary>Whether tokens <paramref name="first"/>..<paramref name="end"/> (exclusive) are a line in capitals: at
    /// least three words of two or more letters, all in capitals.</summary>
    private static bool InCapitals(Document document, int first, int end)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int words = 0;
        for (int i = first; i < end; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || !TwoLetters(document.TokenText(i)))
            {
                continue; // "'S" of "NORWAY'S", "A"
            }

            if (!tokens[i].Has(TokenTraits.AllCaps))
            {
                return false;
            }

            words++;
        }

        return words >= 3;
    }
}

/// <summary>The linker's word lists (<c>Names/Data/LinkerWords.txt</c>, one line per set: <c>set: word|word|…</c>).</summary>
internal static class LinkerWords
{
    private static readonly Lazy<Dictionary<string, string[]>> Sets = new(Load);

    /// <summary>The words of the set <paramref name="name"/> (empty when the file lacks it).</summary>
    public static WordSet Set(string name) => new(Words(name));

    /// <summary>The words of the set <paramref name="name"/> as the file lists them (empty when the file lacks it).</summary>
    public static string[] Words(string name) => Sets.Value.GetValueOrDefault(name) ?? [];

    private static Dictionary<string, string[]> Load()
    {
        var sets = new Dictionary<string, string[]>(StringComparer.Ordinal);
        using Stream? stream = typeof(LinkerWords).Assembly.GetManifestResourceStream("Tidings.Names.Data.LinkerWords.txt");
        if (stream is null)
        {
            return sets;
        }

        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is string line)
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (line.Length > 0 && line[0] != '#' && colon > 0)
            {
                sets[line[..colon].Trim()] = line[(colon + 1)..].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            }
        }

        return sets;
    }
}
