using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>Corrections where the name lists (<see cref="NameTables"/>) back what the words around a name leave open.</summary>
internal static partial class NameLinker
{
    /// <summary>List kinds that name organizations other than brands (brands share names with products and places).</summary>
    private const ushort OrganizationKinds =
        1 << (int)NameListKind.Company | 1 << (int)NameListKind.University | 1 << (int)NameListKind.Agency
        | 1 << (int)NameListKind.Party | 1 << (int)NameListKind.Club | 1 << (int)NameListKind.Motorsport
        | 1 << (int)NameListKind.Newspaper | 1 << (int)NameListKind.Media | 1 << (int)NameListKind.International
        | 1 << (int)NameListKind.Exchange;

    private const ushort GivenNameKinds = 1 << (int)NameListKind.GivenCommon | 1 << (int)NameListKind.GivenRare;

    /// <summary>The list kinds of tokens <paramref name="first"/>..<paramref name="last"/> as one phrase.</summary>
    private static ushort ListKinds(Document document, int first, int last)
    {
        if (last - first >= NameLexicon.MaxTokens)
        {
            return 0;
        }

        uint h = 0;
        for (int i = first; i <= last; i++)
        {
            h = NameLexicon.Extend(h, FeatureHash.OfText(document.TokenText(i), lower: true, foldDigits: true));
        }

        return NameTables.Default.Kinds(h);
    }

    /// <summary>
    /// Splits organizations the recognizer ran together: "Walmart and Target", "OpenAI or Google" (where one side is a
    /// listed organization and the whole is not), and "U.S." before a body with an organisation word ("U.S. Supreme
    /// Court": a place, then the court; "U.S. Soccer" stays whole).
    /// </summary>
    private static void SplitOrganizations(Document document, List<Item> items)
    {
        NameLexicon lexicon = NameLexicon.Default;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            if (item.Type != NameType.Organization || item.Last == item.First)
            {
                continue;
            }

            if (item.Last - item.First >= 2 && document.TokenText(item.First) is "U.S." or "US"
                && lexicon.Contains(document.TokenText(item.Last), LexiconClass.OrganizationWord))
            {
                items[k] = item with { First = item.First + 1 };
                items.Insert(k, new Item(item.First, item.First, NameType.Place, null, null));
                continue;
            }

            for (int j = item.First + 1; j < item.Last; j++)
            {
                if (document.TokenText(j) is "and" or "or" && IsCapitalWord(document, j + 1)
                    && (ListKinds(document, item.First, item.Last) & OrganizationKinds) == 0
                    && ((ListKinds(document, item.First, j - 1) | ListKinds(document, j + 1, item.Last)) & OrganizationKinds) != 0)
                {
                    items[k] = item with { Last = j - 1 };
                    items.Insert(k + 1, new Item(j + 1, item.Last, NameType.Organization, null, null));
                    break;
                }
            }
        }
    }

    /// <summary>
    /// A name the recognizer called a person or another name (MISC), or a one-word place, that the lists know as an
    /// organization is one — a company, agency, broadcaster, club… ("Moderna", "Theranos", "Kremlin") — unless it
    /// opens with a given name ("Ted Baker"), follows a title, or is a nationality; a place also stays a place when the
    /// word lists know it as one ("Amazon", "Atlantic").
    /// </summary>
    private static void RetypeListedOrganizations(Document document, List<Item> items)
    {
        NameLexicon lexicon = NameLexicon.Default;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            if (item.Type == NameType.Organization || item.Last - item.First >= NameLexicon.MaxTokens)
            {
                continue;
            }

            ushort kinds = ListKinds(document, item.First, item.Last);
            if ((kinds & OrganizationKinds) == 0)
            {
                continue;
            }

            ReadOnlySpan<char> first = document.TokenText(item.First);
            bool retype = item.Type switch
            {
                NameType.Person => (ListKinds(document, item.First, item.First) & GivenNameKinds) == 0
                    && !(item.First > 0 && PersonTitles.Contains(document.TokenText(item.First - 1))),
                NameType.Miscellaneous => !lexicon.Contains(first, LexiconClass.Nationality),
                NameType.Place => item.First == item.Last && !IsListedPlace(lexicon, first),
                _ => false,
            };
            if (retype)
            {
                items[k] = item with { Type = NameType.Organization };
            }
        }
    }

    private static bool IsListedPlace(NameLexicon lexicon, ReadOnlySpan<char> word) =>
        lexicon.Contains(word, LexiconClass.Country) || lexicon.Contains(word, LexiconClass.City)
        || lexicon.Contains(word, LexiconClass.Region) || lexicon.Contains(word, LexiconClass.Nationality);
}
