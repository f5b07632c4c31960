using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>
/// A nickname in quotation marks between a person's given name and surname is inside the person's name ("Gordon
/// "Butch" Stewart", "Ferdinand "Bongbong" Marcos Jr."): the given name, the quoted word and the surname are one person.
/// </summary>
internal static partial class NameLinker
{
    /// <summary>
    /// Joins a person found before a quoted capitalised word and a person found after it (the quoted word found as a
    /// name of its own or not) into one person: the name before is one word, the quotation one word, and no line break
    /// falls inside.
    /// </summary>
    /// <remarks>One pass that compacts the names in place, so linear.</remarks>
    private static void JoinQuotedNicknames(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int kept = 0;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            int open = item.Last + 1;
            if (item.Type == NameType.Person && item.First == item.Last && item.Cut == 0 && open + 3 < tokens.Length
                && tokens[open].Has(TokenTraits.Quote) && tokens[open + 2].Has(TokenTraits.Quote)
                && IsCapitalWord(document, open + 1) && !document.Tokens[open + 1].Has(TokenTraits.AllCaps)
                && IsCapitalWord(document, open + 3) && !LineBreakBetween(document, item.First, open + 3))
            {
                int next = k + 1;
                if (next < items.Count && items[next].First == open + 1 && items[next].Last == open + 1)
                {
                    next++; // the nickname found as a name of its own
                }

                if (next < items.Count && items[next].First == open + 3 && items[next].Type == NameType.Person && items[next].Cut == 0)
                {
                    item = item with { Last = items[next].Last, Name = null, Acronym = null };
                    k = next;
                }
            }

            items[kept++] = item;
        }

        items.RemoveRange(kept, items.Count - kept);
    }
}
