using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>
/// Places the recognizer took for persons ("kitchens in Khan Younis", "Esper Kallas said Sao Paulo would start"): news
/// puts no person right after "in", "near" or "across" (a person there is someone's: "in Smith's book"), and a name of
/// two words or more that the place lists know whole is that place unless a title or a pronoun makes it a person.
/// </summary>
internal static partial class NameLinker
{
    /// <summary>Words before "in" whose object may be a person or an organization ("confidence in", "a stake in";
    /// <c>LinkerWords.txt</c>), beside <see cref="HoldersIn"/>.</summary>
    private static readonly WordSet PersonTakersIn = LinkerWords.Set("person-takers-in");

    /// <summary>Persons after a place preposition, or spelling a known place of two words or more, become places.</summary>
    private static void PersonsAsPlaces(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int n = tokens.Length;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            if (item.Type != NameType.Person || item.Cut != 0 || item.First == 0 || TitledPerson(document, item.First)
                || (item.Last + 1 < n && document.TokenText(item.Last + 1) is "'s" or "’s" or "himself" or "herself")
                || StrongLocal(document, item))
            {
                continue;
            }

            ReadOnlySpan<char> before = document.TokenText(item.First - 1);
            bool placed = before is "in" or "near" or "across" or "outside" or "around"
                && !(item.First >= 2 && (HoldersIn.Contains(document.TokenText(item.First - 2)) || PersonTakersIn.Contains(document.TokenText(item.First - 2))));
            bool known = item.Last > item.First && item.Last - item.First < 4 && IsKnownPlace(Text(document, item))
                && (ListKinds(document, item.First, item.First) & 1 << (int)NameListKind.GivenCommon) == 0;
            if (placed || known)
            {
                items[k] = item with { Type = NameType.Place, Name = null };
            }
        }
    }
}
