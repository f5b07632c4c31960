using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>
/// Railway and metro lines named by one capitalised word and the lower-case noun "line" ("the Elizabeth line", "the
/// Piccadilly line", "Lioness line, Mildmay line, Windrush line"): the line is a place, its name taken whole with the
/// noun, as the blind conventions write it.
/// </summary>
internal static partial class NameLinker
{
    /// <summary>List kinds that make a word before "line" a position or an outlet, not a railway ("the Kremlin line",
    /// "the Labour line", "the BBC line").</summary>
    private const ushort LineStanceKinds = 1 << (int)NameListKind.Party | 1 << (int)NameListKind.Agency | 1 << (int)NameListKind.Media
        | 1 << (int)NameListKind.International | 1 << (int)NameListKind.Newspaper | 1 << (int)NameListKind.University;

    /// <summary>
    /// One capitalised word (not in capitals, not hyphenated: "the Paris-Lyon line", after no other capitalised word)
    /// before the lower-case noun "line" is a
    /// line, a place: "the Elizabeth line" (typed a person), "the Lioness line" (an organization), "Mildmay line"
    /// (untagged). Not a known place (unless a common given name too: "the Elizabeth line"), a nationality or a country
    /// ("the Manchester line", "a Liverpool–Manchester line" keep the place alone); not a word the lists know as a party, an agency, a medium or a body ("the Kremlin line");
    /// not the surname of a person the document names in full ("Donald Trump … the Trump line"); a name reaching past
    /// the word is left alone ("MTR Elizabeth line", the operator). Session 37, names37b.
    /// </summary>
    /// <remarks>One pass over the capitalised words with a pointer into the sorted names; the surnames are gathered once,
    /// only when a candidate is found. Linear.</remarks>
    private static List<Item> LinesAsPlaces(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        NameLexicon lexicon = NameLexicon.Default;
        List<Item>? found = null;
        Places.SpanMemo<int>? surnames = null;
        bool surnamesRead = false;
        int n = 0;
        // The noun follows a capitalised word: only the tokens right after the document's capitalised words are read
        // (session 38, speed38).
        foreach (int w in CapitalWords(document))
        {
            int j = w + 1;
            if (j >= tokens.Length)
            {
                break;
            }

            if (document.TokenText(j) is not "line" || tokens[w].Has(TokenTraits.AllCaps) || tokens[w].Has(TokenTraits.HasHyphen)
                || (w > 0 && IsCapitalWord(document, w - 1) && !tokens[w].Has(TokenTraits.LineBreakBefore)))
            {
                continue;
            }

            while (n < items.Count && items[n].Last < w)
            {
                n++;
            }

            if (n < items.Count && items[n].First <= j && (items[n].First != w || items[n].Last != w || items[n].Cut != 0 || items[n].Lead != 0))
            {
                continue;
            }

            // A place that is also a common given name may name a line for a person ("the Elizabeth line", "the Victoria line").
            ReadOnlySpan<char> word = document.TokenText(w);
            ushort kinds = ListKinds(document, w, w);
            if ((IsKnownPlace(word) && (kinds & 1 << (int)NameListKind.GivenCommon) == 0)
                || lexicon.ContainsAny(word, LexiconClass.Country, LexiconClass.City, LexiconClass.Region, LexiconClass.Nationality)
                || (kinds & LineStanceKinds) != 0)
            {
                continue;
            }

            if (!surnamesRead)
            {
                surnamesRead = true;
                foreach (Item item in items)
                {
                    if (item.Type == NameType.Person && item.Last > item.First)
                    {
                        AddText(document, ref surnames, document.TokenText(item.Last));
                    }
                }
            }

            if (ContainsText(document, surnames, word))
            {
                continue;
            }

            (found ??= TakeList(4)).Add(new Item(w, j, NameType.Place, null, null));
        }

        GiveBack(surnames);
        if (found is null)
        {
            return items;
        }

        long steps = 0;
        List<Item> result = ReplaceAll(items, found, ref steps);
        GiveBack(found);
        return result;
    }
}
