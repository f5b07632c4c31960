using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>Journals named by common words ("Nature", "Science", "Cell", "The Lancet"), which the recognizer reads as
/// ordinary words or places.</summary>
internal static partial class NameLinker
{
    /// <summary>Names of scholarly journals as written, capitals and spaces kept ("Nature", "Nature Medicine", "PLOS
    /// One"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet JournalNames = LinkerWords.Set("journal-names");

    /// <summary>Words after a journal's name at a sentence's start that show the journal acts ("Science retracted",
    /// "Nature also ran"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet JournalVerbs = LinkerWords.Set("journal-verbs");

    /// <summary>The most words of a journal's name.</summary>
    private const int MaxJournalWords = 5;

    /// <summary>
    /// A run of capitalised words that is, whole, a journal's name (after a leading "The") is that journal, an
    /// organization: "Writing in Nature", "a study in The Lancet", "published in Nature Medicine". Not after "of" or
    /// "for" ("Bachelor of Science", "Minister for Science"), nor before a comma and another capitalised word (a
    /// portfolio's list: "Science, Innovation and Technology"); at a sentence's start only where a verb of a journal
    /// follows ("Science retracted the paper"; "Nature lovers" stays the word). A name reaching outside the run is left
    /// alone ("Science Museum Group", "Department for Science").
    /// </summary>
    /// <remarks>One pass over the capitalised words with a pointer into the sorted names that moves forward only, so linear.</remarks>
    private static List<Item> Journals(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        List<Item>? result = null;
        int next = 0;
        int from = 0;
        foreach (int i in CapitalWords(document))
        {
            if (i < from)
            {
                continue;
            }

            int end = i;
            while (end + 1 < tokens.Length && end + 1 - i < MaxJournalWords && IsCapitalWord(document, end + 1)
                && tokens[end + 1].Start > tokens[end].End && !tokens[end + 1].Has(TokenTraits.LineBreakBefore))
            {
                end++;
            }

            from = end + 1;
            int first = document.TokenText(i) is "The" && end > i ? i + 1 : i;
            if (!JournalNames.Contains(SpanText(document, first, end)) || !JournalContext(document, i, end))
            {
                continue;
            }

            while (next < items.Count && items[next].Last < i)
            {
                result?.Add(items[next]);
                next++;
            }

            int inside = next;
            bool outside = false;
            while (inside < items.Count && items[inside].First <= end)
            {
                outside |= items[inside].First < i || items[inside].Last > end || items[inside].Cut != 0;
                inside++;
            }

            if (outside || (inside == next + 1 && items[next].Type == NameType.Organization && items[next].First == first && items[next].Last == end))
            {
                continue;
            }

            result ??= TakeList(items, next);
            result.Add(new Item(first, end, NameType.Organization, null, null));
            next = inside;
        }

        if (result is null)
        {
            return items;
        }

        for (; next < items.Count; next++)
        {
            result.Add(items[next]);
        }

        return result;
    }

    /// <summary>Whether the words around the run <paramref name="first"/>..<paramref name="last"/> let it be a journal
    /// (see <see cref="Journals"/>).</summary>
    private static bool JournalContext(Document document, int first, int last)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        if (first > 0 && document.TokenText(first - 1) is "of" or "for")
        {
            return false;
        }

        int after = last + 1;
        if (after + 1 < tokens.Length && document.TokenText(after) is "," && IsCapitalWord(document, after + 1))
        {
            return false;
        }

        return !OpensSentence(document, first)
            || (after < tokens.Length && tokens[after].Kind == TokenKind.Word && JournalVerbs.Contains(document.TokenText(after)));
    }
}
