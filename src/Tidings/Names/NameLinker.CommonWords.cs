using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>Bodies named by one common word: charities, unions and campaign groups ("Shelter", "Crisis", "Mind").</summary>
internal static partial class NameLinker
{
    /// <summary>Charities, unions and campaign groups named by one common word, written with their capital ("Shelter",
    /// "Crisis", "Mind", "Unite", "Which?"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet CommonWordBodies = LinkerWords.Set("common-word-bodies");

    /// <summary>
    /// A word of <see cref="CommonWordBodies"/> written with its capital inside a sentence, or opening one before a verb
    /// it is the subject of ("Shelter said", "Crisis warned"), with no capitalised word right before or after it, is the
    /// body: an organization where the recognizer found no name or read the word alone as a person or a place
    /// ("charities such as Shelter and Crisis", "a Mind spokesperson", "Which? found"). A capitalised neighbour leaves
    /// the word as it was: a title-case headline, a longer name ("Shelter Scotland", "A Beautiful Mind"), a title.
    /// "Which?" takes the question mark glued to it.
    /// </summary>
    /// <remarks>One walk over the tokens beside one over the names, merging what it adds, so linear.</remarks>
    private static List<Item> BodiesNamedByCommonWords(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        List<Item>? added = null;
        int k = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            Token token = tokens[i];
            if (token.Kind != TokenKind.Word || !token.Has(TokenTraits.Capitalized) || token.Has(TokenTraits.AllCaps))
            {
                continue;
            }

            int last = i;
            if (i + 1 < tokens.Length && document.TokenText(i + 1) is "?" && tokens[i + 1].Start == token.End)
            {
                last = i + 1; // "Which?"
            }

            if (!CommonWordBodies.Contains(SpanText(document, i, last)))
            {
                continue;
            }

            bool opens = OpensSentence(document, i);
            if (last > i
                    ? opens && !(last + 1 < tokens.Length && IsLowerWord(document, last + 1)) // a question, not "Which? found"
                    : (opens ? !ActsAfter(document, last + 1) : IsCapitalWord(document, i - 1))
                        || (last + 1 < tokens.Length && IsCapitalWord(document, last + 1)))
            {
                continue;
            }

            while (k < items.Count && items[k].Last < i)
            {
                k++;
            }

            if (k == items.Count || items[k].First > last)
            {
                (added ??= TakeList(4)).Add(new Item(i, last, NameType.Organization, null, null));
            }
            else if (items[k].First == i && items[k].Last <= last && items[k].Cut == 0 && items[k].Type != NameType.Miscellaneous
                && (k + 1 == items.Count || items[k + 1].First > last))
            {
                items[k] = items[k] with { Last = last, Type = NameType.Organization, Name = null, Acronym = null };
            }
        }

        if (added is null)
        {
            return items;
        }

        List<Item> result = MergeSorted(items, added);
        GiveBack(added);
        return result;
    }
}
