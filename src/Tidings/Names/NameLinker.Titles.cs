using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>Organizations written before the titles of their reports, lists, guides and awards: the title is no name.</summary>
internal static partial class NameLinker
{
    /// <summary>Last words of the titles of publications and awards that their owner's name runs into ("Digital News
    /// Report", "Rich List", "World Economic Outlook", "Film Awards"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet TitleEnds = LinkerWords.Set("title-ends");

    /// <summary>
    /// An organization the recognizer ran on into the title of what it publishes or awards is cut back to its own name
    /// before a title that ends in a <c>title-ends</c> word ("the Reuters Institute Digital News Report", "the Sunday Times Rich List", "the
    /// IFS Green Budget"), where the longest opening part the lists know as an organization, that ends in an
    /// organization's head, or that is one acronym no place shares, is the owner.
    /// </summary>
    /// <remarks>One pass; each name's tokens are read a bounded number of times (names are at most a few words).</remarks>
    private static void OwnersOfTitles(Document document, List<Item> items)
    {
        NameLexicon lexicon = NameLexicon.Default;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            if (item.Type != NameType.Organization || item.Cut != 0 || item.Last - item.First < 1 || item.Last - item.First > 10)
            {
                continue;
            }

            int owner = -1;
            if (owner < 0 && TitleEnds.Contains(document.TokenText(item.Last)))
            {
                for (int m = item.Last - 1; m >= item.First && owner < 0; m--)
                {
                    if (OwnsTitle(document, lexicon, item.First, m))
                    {
                        owner = m;
                    }
                }
            }

            // A title opens with a capitalised word: "U.S. News & World Report" runs on over "&" and stays whole.
            if (owner >= item.First && IsCapitalWord(document, owner + 1) && !ListedWhole(document, item))
            {
                items[k] = item with { Last = owner, Name = null, Acronym = null };
            }
        }
    }

    /// <summary>Whether tokens [<paramref name="first"/>, <paramref name="last"/>] name a title's owner: the lists know them
    /// as an organization, they end in an organization's head after another capitalised word, or they are one acronym
    /// of two letters or more that no place shares.</summary>
    private static bool OwnsTitle(Document document, NameLexicon lexicon, int first, int last)
    {
        ReadOnlySpan<char> word = document.TokenText(last);
        if (first == last && document.Tokens[last].Has(TokenTraits.AllCaps) && word.Length >= 2 && !IsKnownPlace(word))
        {
            return true;
        }

        return (last > first && IsCapitalWord(document, last) && lexicon.Contains(word, LexiconClass.OrganizationWord))
            || (ListKinds(document, first, last) & OrganizationKinds) != 0;
    }
}
