using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>Families named by their surname in the plural ("the Murdochs", "the Gandhis"), and groups a place or a
/// person's family names with a lower-case noun that is part of the name ("the Sinaloa cartel", "the Kinahan cartel").</summary>
internal static partial class NameLinker
{
    /// <summary>Lower-case nouns that complete a group's name after the place or family it is named for: the name and
    /// the noun are one organization, since the place word alone names no group ("the Sinaloa cartel", "the Gulf
    /// cartel"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet NamingGroupNouns = LinkerWords.Set("naming-group-nouns");

    /// <summary>
    /// A surname in the plural after "the" ("the Murdochs", "The Ambanis", "the Gandhis") stands for the family, a
    /// person, when the article gives the singular as a person's surname ("Lachlan Murdoch", "Rahul Gandhi"), whatever
    /// the recognizer read into it (an organization, as it reads "the Democrats"); not a plural the lists know as an
    /// organization, a club or a party, nor a side beside a sports result ("Jim Brown" … "the Browns beat the
    /// Steelers", "Chris Green" … "the Greens").
    /// </summary>
    /// <remarks>Two passes over the names: the surnames of persons named in full, then the one-word names after "the"
    /// whose text less its plural ending is one of them. Linear.</remarks>
    private static void PluralFamilies(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        string text = document.Text;
        Places.SpanMemo<int>? surnames = null;
        foreach (Item item in items)
        {
            if (item.Type == NameType.Person && item.Last > item.First && item.Cut == 0)
            {
                surnames ??= TakeTable();
                Token surname = tokens[item.Last];
                if (!surnames.TryGet(text, surname.Start, surname.Length, out _, out int hash))
                {
                    surnames.Add(surname.Start, surname.Length, hash, 0);
                }
            }
        }

        if (surnames is null)
        {
            return;
        }

        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            if (item.Type == NameType.Person || item.Last != item.First || item.Cut != 0 || item.First == 0
                || document.TokenText(item.First - 1) is not ("the" or "The"))
            {
                continue;
            }

            Token word = tokens[item.First];
            if (word.Length < 4 || text[word.End - 1] != 's' || text[word.End - 2] == 's' || word.Has(TokenTraits.AllCaps)
                || (ListKinds(document, item.First, item.First) & OrganizationKinds) != 0
                || (item.Type == NameType.Organization && (ResultVerbs.Contains(document.TokenText(item.First - 2 >= 0 ? item.First - 2 : item.First))
                    || (item.First + 1 < tokens.Length && ResultVerbs.Contains(document.TokenText(item.First + 1))))))
            {
                continue; // not "the Browns beat the Steelers", "beat the Kings", a listed "the Greens"
            }

            // "Murdochs" → "Murdoch"; "Kardashians" → "Kardashian"; "Bushes" → "Bush".
            bool family = surnames.TryGet(text, word.Start, word.Length - 1, out _, out _)
                || (text[word.End - 2] == 'e' && surnames.TryGet(text, word.Start, word.Length - 2, out _, out _));
            if (family)
            {
                items[k] = item with { Type = NameType.Person, Name = null };
            }
        }

        GiveBack(surnames);
    }

    /// <summary>
    /// A name right before a lower-case noun that completes a group's name (<see cref="NamingGroupNouns"/>: "the
    /// Sinaloa cartel", "the Gulf cartel", "the Kinahan cartel") is an organization with the noun when the recognizer
    /// read the name as a place or a person (the family), or as an organization that is a known place ("Sinaloa"); not
    /// after a nationality ("a Mexican cartel", "the German
    /// cartel office") nor after a name the lists know as an organization, whatever its type ("the Opec cartel",
    /// "the EU cartel fine").
    /// </summary>
    private static void GroupsWithNamingNouns(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            int after = item.Last + 1;
            if (item.Cut != 0 || after >= tokens.Length || tokens[after].Kind != TokenKind.Word
                || tokens[after].Has(TokenTraits.Capitalized) || !NamingGroupNouns.Contains(document.TokenText(after))
                || (k + 1 < items.Count && items[k + 1].First <= after)
                || !(item.Type is NameType.Place or NameType.Person || (item.Type == NameType.Organization && IsKnownPlace(Text(document, item))))
                || (ListKinds(document, item.First, item.Last) & SubjectKinds) != 0
                || NameLexicon.Default.Contains(Text(document, item), LexiconClass.Nationality))
            {
                continue; // not "the Opec cartel" (listed), "a Mexican cartel" (a nationality)
            }

            items[k] = new Item(item.First, after, NameType.Organization, null, null);
        }
    }
}
