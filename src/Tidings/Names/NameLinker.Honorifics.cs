using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>Titles, honorifics and peerages at the front of a person's name, which the blind conventions keep outside
/// the name ("Baroness [Chapman]", "Alhaji [Aliko Dangote]", "Datuk Seri [Anwar Ibrahim]", "HHJ [Milena Dunne]").</summary>
internal static partial class NameLinker
{
    /// <summary>Honorifics of one or two words that open no one's own name (<c>LinkerWords.txt</c>); the lexicon's
    /// common titles ("Mr", "Sir", "President") the recognizer already leaves out.</summary>
    private static readonly WordSet PersonHonorifics = LinkerWords.Set("person-honorifics");

    /// <summary>Honorifics that are also given or stage names ("Sultan", "Master"; <c>LinkerWords.txt</c>): cut only
    /// before a word of two letters or more that the lexicon does not know as a given name ("Master Kaye", not "Master
    /// P" or "Sultan Ahmed bin Sulayem").</summary>
    private static readonly WordSet GivenHonorifics = LinkerWords.Set("person-honorifics-given");

    /// <summary>The most honorifics in a row before a name ("Rt Hon Lord Justice …").</summary>
    private const int MaxHonorifics = 3;

    /// <summary>
    /// Cuts honorifics (<see cref="PersonHonorifics"/>, one or two words each, up to <see cref="MaxHonorifics"/>)
    /// from the front of a person's name while a capitalised word stays after them.
    /// </summary>
    /// <remarks>A bounded look at the front of each name, so linear.</remarks>
    private static void TrimHonorifics(Document document, List<Item> items)
    {
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            if (item.Type != NameType.Person)
            {
                continue;
            }

            int first = item.First;
            for (int n = 0; n < MaxHonorifics; n++)
            {
                if (first + 2 <= item.Last && PersonHonorifics.Contains(SpanText(document, first, first + 1)) && OpensName(document, first + 2))
                {
                    first += 2;
                }
                else if (first + 1 <= item.Last && PersonHonorifics.Contains(document.TokenText(first)) && OpensName(document, first + 1))
                {
                    first++;
                }
                else if (first + 1 <= item.Last && GivenHonorifics.Contains(document.TokenText(first)) && OpensName(document, first + 1)
                    && document.TokenText(first + 1).Length >= 2 && document.TokenText(first + 1)[1] != '.'
                    && !NameLexicon.Default.Contains(document.TokenText(first + 1), LexiconClass.GivenName))
                {
                    first++;
                }
                else
                {
                    break;
                }
            }

            if (first != item.First)
            {
                items[k] = item with { First = first, Name = null, Acronym = null };
            }
        }
    }

    /// <summary>Whether token <paramref name="i"/> may open a name after an honorific: a capitalised word that is no
    /// particle ("Sultan Al Jaber" is a given name before "Al", not a title).</summary>
    private static bool OpensName(Document document, int i) =>
        IsCapitalWord(document, i) && document.TokenText(i) is not ("Al" or "El" or "Bin" or "Ibn" or "Abu" or "Van" or "Von" or "De" or "Da");
}
