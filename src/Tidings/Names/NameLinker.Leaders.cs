using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>A body named with the person who leads it: "the Bloc Québécois of Yves-François Blanchet", "the Telugu
/// Desam Party of N. Chandrababu Naidu and Jana Sena Party of Pawan Kalyan".</summary>
internal static partial class NameLinker
{
    /// <summary>Heads before "of" whose complement may be a person's name within the body's own name ("Church of
    /// Jesus Christ", "Friends of Bernie Sanders"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet PersonComplementHeads = LinkerWords.Set("person-complement-heads");

    /// <summary>Words that make a body a party or a movement ("Party", "Bloc", "Front"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet PartyWords = LinkerWords.Set("party-words");

    private const ushort SurnameKinds = 1 << (int)NameListKind.SurnameCommon | 1 << (int)NameListKind.SurnameRare;

    private const ushort SurnameCommonKind = 1 << (int)NameListKind.SurnameCommon;

    /// <summary>Whether token <paramref name="i"/> is an initial ("N.", "Y.S.").</summary>
    private static bool IsInitialToken(Document document, int i)
    {
        ReadOnlySpan<char> text = document.TokenText(i);
        return text.Length is >= 2 and <= 6 && text[^1] == '.' && char.IsUpper(text[0]) && text.Count('.') * 2 == text.Length;
    }

    /// <summary>Whether tokens <paramref name="first"/>..<paramref name="last"/> (two to four) read as a person's name:
    /// capitalised words that are no organisation, place, title or common word, opening with an initial or a listed
    /// given name (its first part when hyphenated: "Yves-François"), or closing in a listed surname (a common one when
    /// another body follows, <paramref name="chained"/>), or after a body the lists know or a party word names.</summary>
    private static bool IsLeaderName(Document document, int first, int last, bool bodyEvidence, bool chained)
    {
        if (last - first is < 1 or > 3 || IsInitialToken(document, last))
        {
            return false;
        }

        NameLexicon lexicon = NameLexicon.Default;
        ReadOnlySpan<char> given = document.TokenText(first);
        int hyphen = given.IndexOf('-');
        if (hyphen > 1)
        {
            given = given[..hyphen];
        }

        bool givenName = IsInitialToken(document, first) || lexicon.Contains(given, LexiconClass.GivenName)
            || (NameTables.Default.Kinds(NameLexicon.Extend(0, FeatureHash.OfText(given, lower: true, foldDigits: true))) & GivenNameKinds) != 0;
        for (int i = first; i <= last; i++)
        {
            ReadOnlySpan<char> word = document.TokenText(i);
            if (IsInitialToken(document, i))
            {
                if (i == first || IsInitialToken(document, i - 1))
                {
                    continue;
                }

                return false;
            }

            if (!IsCapitalWord(document, i) || document.Tokens[i].Has(TokenTraits.AllCaps) || word.Length < 2
                || lexicon.Contains(word, LexiconClass.OrganizationWord) || OrganizationHeads.Contains(word) || PersonFreeHeads.Contains(word)
                || lexicon.ContainsAny(word, LexiconClass.PlaceWord, LexiconClass.Nationality)
                // A surname may be a town's name too ("Pawan Kalyan") once a given name opens the person.
                || (IsKnownPlace(word) && !((givenName || bodyEvidence) && i == last && i > first && !IsKnownPlace(SpanText(document, first, last))))
                || lexicon.ContainsAny(word, LexiconClass.PersonTitle, LexiconClass.CommonCapitalized)
                || PartyWords.Contains(word))
            {
                return false;
            }
        }

        if ((ListKinds(document, first, last) & OrganizationKinds) != 0)
        {
            return false;
        }

        // A rare surname is often an ordinary word too ("Picture"): it counts only for a person that ends the name.
        return bodyEvidence || givenName || (ListKinds(document, last, last) & (chained ? SurnameCommonKind : SurnameKinds)) != 0;
    }

    /// <summary>Whether the body <paramref name="first"/>..<paramref name="last"/> is a party by its words or a body the
    /// lists know, so a two-word name after its "of" is its leader whatever lists know that name.</summary>
    private static bool IsLedBody(Document document, int first, int last)
    {
        for (int i = first; i <= last; i++)
        {
            if (PartyWords.Contains(document.TokenText(i)))
            {
                return true;
            }
        }

        // A listed body of one word ("Alliance") is too often a word of a longer name ("Alliance of Motion Picture and …").
        return last > first && (ListKinds(document, first, last) & OrganizationKinds) != 0;
    }

    /// <summary>
    /// Splits an organization that runs on into the person who leads it: "BODY of Given Surname", the person ending
    /// the name or standing before "and" and a next body ("the Telugu Desam Party of N. Chandrababu Naidu and Jana Sena
    /// Party of Pawan Kalyan": two parties, two persons). The body's word before "of" must not be one that takes a
    /// person within its own name (<c>person-complement-heads</c>: "Church of Jesus Christ").
    /// </summary>
    /// <remarks>One pass that builds a new list only when a split is made; each name's tokens are read once.</remarks>
    private static List<Item> SplitLeadersFromBodies(Document document, List<Item> items)
    {
        List<Item>? result = null;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            if (item.Type != NameType.Organization || item.Cut != 0 || item.Last - item.First < 3
                || (ListKinds(document, item.First, item.Last) & OrganizationKinds) != 0)
            {
                result?.Add(item);
                continue;
            }

            int start = item.First;
            for (int j = item.First + 1; j + 2 <= item.Last; j++)
            {
                if (document.TokenText(j) is not "of" || !IsCapitalWord(document, j - 1) || PersonComplementHeads.Contains(document.TokenText(j - 1)))
                {
                    continue;
                }

                int end = j + 1;
                while (end < item.Last && document.TokenText(end + 1) is not ("and" or "of" or "," or "&"))
                {
                    end++;
                }

                bool chained = end < item.Last && document.TokenText(end + 1) is "and" && end + 2 <= item.Last && IsCapitalWord(document, end + 2);
                if ((end != item.Last && !chained) || !IsLeaderName(document, j + 1, end, IsLedBody(document, start, j - 1), chained))
                {
                    continue;
                }

                result ??= TakeList(items, k);
                result.Add(new Item(start, j - 1, NameType.Organization, null, null));
                result.Add(new Item(j + 1, end, NameType.Person, null, null));
                start = end + 2;
                j = end + 2;
                if (!chained)
                {
                    break;
                }
            }

            if (start <= item.Last && (result is not null && start != item.First))
            {
                result.Add(new Item(start, item.Last, NameType.Organization, null, null));
            }
            else if (start == item.First)
            {
                result?.Add(item);
            }
        }

        return result ?? items;
    }
}
