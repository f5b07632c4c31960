using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>
/// Newspapers named for the place they serve: a known place and a capitalised masthead word ("Jamaica Observer",
/// "Kent Messenger", "Liverpool Echo", "Shropshire Star") are one organization, whether the recognizer found the place
/// alone, the whole as a place or a person, or the two apart.
/// </summary>
internal static partial class NameLinker
{
    /// <summary>Capitalised last words of a newspaper's name after the place it serves (<c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet MastheadHeads = LinkerWords.Set("masthead-heads");

    /// <summary>
    /// A name that is a known place and a word of <see cref="MastheadHeads"/> is the newspaper: a name found whole is
    /// retyped; a place found alone takes in the masthead word right after it (or the one-word name found there). Not
    /// when a capitalised word runs on after the masthead word ("Yorkshire Post Office") or before the place.
    /// </summary>
    /// <remarks>One pass that compacts the names in place (a join folds the next name into the current one), so linear.</remarks>
    private static void PlaceNamedPapers(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int kept = 0;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            bool capitalBefore = item.First > 0 && IsCapitalWord(document, item.First - 1);
            if (item.Cut == 0 && !capitalBefore && item.Last > item.First && item.Type != NameType.Organization
                && MastheadHeads.Contains(document.TokenText(item.Last)) && IsCapitalWord(document, item.Last)
                && !(item.Last + 1 < tokens.Length && IsCapitalWord(document, item.Last + 1) && !tokens[item.Last + 1].Has(TokenTraits.LineBreakBefore))
                && IsKnownPlace(SpanText(document, item.First, item.Last - 1)))
            {
                item = item with { Type = NameType.Organization, Name = null, Acronym = null };
            }
            else if (item.Cut == 0 && !capitalBefore && item.Type is NameType.Place or NameType.Organization
                && item.Last + 1 < tokens.Length && MastheadHeads.Contains(document.TokenText(item.Last + 1))
                && IsCapitalWord(document, item.Last + 1) && !tokens[item.Last + 1].Has(TokenTraits.LineBreakBefore)
                && !(item.Last + 2 < tokens.Length && IsCapitalWord(document, item.Last + 2) && !tokens[item.Last + 2].Has(TokenTraits.LineBreakBefore))
                && (k + 1 >= items.Count || items[k + 1].First > item.Last + 1 || items[k + 1].Last == item.Last + 1)
                && IsKnownPlace(Text(document, item)))
            {
                if (k + 1 < items.Count && items[k + 1].First == item.Last + 1)
                {
                    k++;
                }

                item = item with { Last = item.Last + 1, Type = NameType.Organization, Name = null, Acronym = null };
            }

            items[kept++] = item;
        }

        items.RemoveRange(kept, items.Count - kept);
    }
}
