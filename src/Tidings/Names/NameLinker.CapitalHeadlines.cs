using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>Headlines in capitals: the names after a headline's verb or preposition that the recognizer left unread.</summary>
internal static partial class NameLinker
{
    /// <summary>
    /// In a headline segment written wholly in capitals ("TESCO BUYS BOOKER", "BP SELLS CASTROL TO STONEPEAK", "NVIDIA
    /// INVESTS IN INTEL") the recognizer reads the subject but often not the object: every word looks alike. After each
    /// verb of headlines (<see cref="IsHeadlineVerb"/>, which reads a verb in capitals between words in capitals) or
    /// preposition of headlines in capitals, the words that no name covers, up to the next break, are one name where the
    /// lists or the gazetteer know them whole (<see cref="ListedType"/>; "IN DEBT DEAL" gives no "DEAL"). Session 38.
    /// </summary>
    /// <remarks>One pass over the tokens, segment by segment (as <see cref="SplitHeadlines"/>), with a pointer into the
    /// sorted names; each uncovered run is looked up once, at most five words long: linear.</remarks>
    private static List<Item> CapitalHeadlineObjects(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        List<Item>? added = null;
        HashSet<string>? named = null;
        int k = 0;
        int start = 0;
        for (int i = 0; i <= tokens.Length; i++)
        {
            bool mark = i < tokens.Length && IsHeadlineMark(document, i);
            if (i < tokens.Length && !mark && !(i > start && tokens[i].Has(TokenTraits.LineBreakBefore)))
            {
                continue;
            }

            while (k < items.Count && items[k].Last < start)
            {
                k++;
            }

            if (i - start >= 3 && IsCapitalsSegment(document, start, i) && IsHeadlineLine(document, start, i))
            {
                ReadCapitalObjects(document, items, k, start, i, added ??= TakeList(4), ref named);
            }

            start = mark ? i + 1 : i;
        }

        if (added is null)
        {
            return items;
        }

        List<Item> result = added.Count == 0 ? items : MergeSorted(items, added);
        GiveBack(added);
        return result;
    }

    /// <summary>The most words of a name read after a break of a headline in capitals.</summary>
    private const int MaxCapitalObject = 5;

    /// <summary>Adds to <paramref name="added"/> the listed names among the words of segment <paramref name="start"/>..
    /// <paramref name="end"/> (exclusive) that follow a verb or preposition of headlines and that no name of
    /// <paramref name="items"/> (from <paramref name="k"/>) covers; a single word only as <see cref="KnownAlone"/> allows.</summary>
    private static void ReadCapitalObjects(Document document, List<Item> items, int k, int start, int end, List<Item> added, ref HashSet<string>? named)
    {
        int j = start;
        while (j < end)
        {
            while (k < items.Count && items[k].Last < j)
            {
                k++;
            }

            if (k < items.Count && items[k].First <= j)
            {
                j = items[k].Last + 1;
                continue;
            }

            if (!(j > start && IsCapitalBreak(document, j)))
            {
                j++;
                continue;
            }

            // The uncovered words after the break, up to the next break, name or end of the segment.
            int from = j + 1;
            int to = from;
            int limit = k < items.Count ? Math.Min(end, items[k].First) : end;
            while (to < limit && IsHeadlineNameWord(document, to) && !IsCapitalBreak(document, to))
            {
                to++;
            }

            // An article opens no name ("AT THE FED"); the rest is a name only as a whole ("IN DEBT DEAL" is no "DEAL").
            if (from < to && document.TokenText(from) is "THE" or "A" or "AN")
            {
                from++;
            }

            if (to > from && to - from <= MaxCapitalObject && (to - from > 1 || KnownAlone(document, items, from, ref named))
                && ListedType(document, from, to - 1, whole: true) is NameType type)
            {
                added.Add(new Item(from, to - 1, type, null, null));
            }

            j = Math.Max(to, j + 1);
        }
    }

    /// <summary>
    /// Whether the one word at token <paramref name="i"/>, read alone after a break of a headline in capitals, may be a
    /// name: in capitals nothing tells a firm or a town from a common word, and the lists and the gazetteer hold many
    /// common words ("WEF CONFIRMS LIST", "MINISTER SIGNS DEAL", "PRICES RISE ON HOPE", "SHARES FALL IN MARCH": a brand
    /// "List", towns "Deal", "Hope", "March"). So the word, if no common capitalised word (a month, a weekday), is read
    /// only as a country, city or region of the lexicon, a listed agency, party, international body, exchange or university, a listed company
    /// or brand of five letters or more, a town of the gazetteer in a word class of places, or where the article itself
    /// names it outside the headline ("TESCO BUYS BOOK" and then "Book, the wholesaler"). Review 38n F1.
    /// </summary>
    /// <remarks>The article's names are gathered once per document (<paramref name="named"/>), case-insensitively: linear.</remarks>
    private static bool KnownAlone(Document document, List<Item> items, int i, ref HashSet<string>? named)
    {
        ReadOnlySpan<char> word = document.TokenText(i);
        NameLexicon lexicon = NameLexicon.Default;
        if (lexicon.Contains(word, LexiconClass.CommonCapitalized))
        {
            return false;
        }

        if (lexicon.Contains(word, LexiconClass.Country) || lexicon.Contains(word, LexiconClass.City) || lexicon.Contains(word, LexiconClass.Region))
        {
            return true;
        }

        // A listed agency, party, international body, exchange or university ("FED", "TREASURY", "CONGRESS"); a listed
        // company or brand of five letters or more ("INTEL", "ROLLS-ROYCE"; the short ones are the common words: "List",
        // "Next", "Deal"). Newspapers, broadcasters and clubs named by one word are common words too ("The List", "Sun").
        const ushort FirmKinds = 1 << (int)NameListKind.Company | 1 << (int)NameListKind.Brand;
        const ushort BodyKinds = 1 << (int)NameListKind.Agency | 1 << (int)NameListKind.Party | 1 << (int)NameListKind.International
            | 1 << (int)NameListKind.Exchange | 1 << (int)NameListKind.University;
        ushort kinds = ListKinds(document, i, i);
        if ((kinds & BodyKinds) != 0 || ((kinds & FirmKinds) != 0 && word.Length >= 5))
        {
            return true;
        }

        // A town of the gazetteer whose word falls in a class of places ("HATFIELD"; not "DEAL", "HOPE").
        Span<char> lower = stackalloc char[Math.Min(word.Length, 64)];
        if (word.Length <= 64 && word.ToLowerInvariant(lower) == word.Length && IsKnownPlace(word) && InPlaceClass(lower))
        {
            return true;
        }

        if (named is null)
        {
            named = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (Item item in items)
            {
                // Names written in capitals are the headlines' own, no evidence ("LIST" read in another headline).
                for (int t = item.First; t <= item.Last; t++)
                {
                    if (document.Tokens[t].Kind == TokenKind.Word && !document.Tokens[t].Has(TokenTraits.AllCaps)
                        && char.IsUpper(document.TokenText(t)[0]))
                    {
                        named.Add(document.TokenText(t).ToString());
                    }
                }
            }
        }

        return named.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    /// <summary>Whether token <paramref name="j"/> of a headline in capitals is a verb of headlines or a preposition of
    /// headlines ("BUYS", "TO", "IN").</summary>
    private static bool IsCapitalBreak(Document document, int j) =>
        document.Tokens[j].Kind == TokenKind.Word
        && (IsHeadlineVerb(document, j, leading: false) || ContainsLowered(HeadlinePrepositions, document.TokenText(j)));

    /// <summary>Whether every word of tokens <paramref name="first"/>..<paramref name="end"/> (exclusive) is written in
    /// capitals (a word of one letter aside).</summary>
    private static bool IsCapitalsSegment(Document document, int first, int end)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        for (int i = first; i < end; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && !tokens[i].Has(TokenTraits.AllCaps) && document.TokenText(i).Length > 1)
            {
                return false;
            }
        }

        return true;
    }
}
