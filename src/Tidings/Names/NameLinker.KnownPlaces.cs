using Tidings.Places;
using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>Foreign place names the recognizer took for persons ("Minas Gerais", "Da Nang", "Khan Younis"): the
/// gazetteer knows the whole name as a place, and nothing in the sentence marks a person.</summary>
internal static partial class NameLinker
{
    /// <summary>
    /// A person's name of two words or more that the gazetteer knows whole as a place becomes that place, unless
    /// something marks a person: a title or a role before it ("Governor", "chief executive"), a verb of speech or an
    /// age after it ("said", ", 41,"), or a one-word person elsewhere in the article that is one of its words (news
    /// names a person in full, then by a surname alone).
    /// </summary>
    private static void PersonsKnownAsPlaces(Document document, List<Item> items)
    {
        Places.SpanMemo<int>? surnames = null; // the one-word persons' words, gathered at the first need
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            if (item.Type != NameType.Person || item.Cut != 0 || item.Last == item.First || item.Last - item.First > 3)
            {
                continue;
            }

            ReadOnlySpan<char> text = Text(document, item);
            if (!Gazetteer.Default.TryGetKind(text, out PlaceKind kind) || kind == PlaceKind.Continent || MarkedAsPerson(document, items, k, ref surnames))
            {
                continue;
            }

            items[k] = item with { Type = NameType.Place, Name = null };
        }

        GiveBack(surnames);
    }

    /// <summary>Whether something around person <paramref name="k"/> says it is one (see <see cref="PersonsKnownAsPlaces"/>).
    /// The one-word persons are gathered once into <paramref name="surnames"/> (only names of two words or more are
    /// retyped, so the set never changes), which keeps the pass linear.</summary>
    private static bool MarkedAsPerson(Document document, List<Item> items, int k, ref Places.SpanMemo<int>? surnames)
    {
        Item item = items[k];
        ReadOnlySpan<Token> tokens = document.Tokens;
        if (item.First > 0 && tokens[item.First - 1].Kind == TokenKind.Word)
        {
            ReadOnlySpan<char> before = document.TokenText(item.First - 1);
            // The lexicon's titles hold verbs of speech ("said Ana Silva"), which a place follows as often ("said Da Nang would").
            if (PersonTitles.Contains(before) || PersonRolesBefore.Contains(before)
                || (NameLexicon.Default.Contains(before, LexiconClass.PersonTitle) && before is not ("said" or "told" or "says" or "added")))
            {
                return true;
            }
        }

        int after = item.Last + 1;
        if (after < tokens.Length)
        {
            ReadOnlySpan<char> next = document.TokenText(after);
            if (next is "said" or "says" or "told" or "added" or "wrote" or "argued" or "insisted"
                || (next is "," && after + 1 < tokens.Length && tokens[after + 1].Kind == TokenKind.Number))
            {
                return true;
            }
        }

        if (surnames is null)
        {
            surnames = TakeTable();
            foreach (Item other in items)
            {
                if (other.Type == NameType.Person && other.First == other.Last)
                {
                    AddText(document, ref surnames, document.TokenText(other.First));
                }
            }
        }

        for (int i = item.First; i <= item.Last; i++)
        {
            if (ContainsText(document, surnames, document.TokenText(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lower-case roles written before a person's name ("chief executive Ana Silva", "administrator").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonRolesBefore = LinkerWords.Set("person-roles-before");
}
