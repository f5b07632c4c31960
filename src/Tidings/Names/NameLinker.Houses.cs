using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>
/// Houses, firms and labels named after their founders ("Ralph Lauren", "Oliver Wyman", "Paul Smith"): the same words
/// name a person and a business, often in one passage, so the words around each use decide, not the document.
/// </summary>
internal static partial class NameLinker
{
    /// <summary>The most tokens after a person's name that a personal pronoun of its clause may stand at ("Stella
    /// McCartney bought back the 49 percent of her label").</summary>
    private const int FounderPronounReach = 12;

    /// <summary>Words that open another clause, where a pronoun no longer refers to the name before them ("joined Paris
    /// Saint-Germain after his release clause was triggered"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet ClauseOpeners = LinkerWords.Set("pronoun-clause-openers");

    /// <summary>Nouns after a name and its "'s" that only a person has ("Walt Disney's birthday", "John Laing's grandson";
    /// <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet PersonOwnedNouns = LinkerWords.Set("person-owned-nouns");

    /// <summary>Verbs right after a name that only a person is the subject of ("Roberto Cavalli died at 83";
    /// <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet PersonOnlyVerbs = LinkerWords.Set("person-only-verbs");

    /// <summary>
    /// Whether the words around tokens <paramref name="first"/>..<paramref name="last"/> show a person and nothing but a
    /// person: a title or a person's noun right before ("designer Tom Ford"); an age or "who" in apposition (", 86,",
    /// ", who founded"); "himself"/"herself" or a verb only people are the subject of right after ("died"); "the" and a
    /// person's noun after ("Ralph Lauren the designer"); "'s" and what only a person has ("'s grandson", "'s birthday").
    /// Not a verb and "he"/"she": "Aspen Re said she would join the board" is a firm's notice.
    /// </summary>
    private static bool ShownAsPerson(Document document, int first, int last)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int n = tokens.Length;
        // The linker's own titles, not the lexicon's (which holds "said" as a cue for the recognizer).
        if (first >= 1 && (PersonTitles.Contains(document.TokenText(first - 1)) || PersonNounsBefore.Contains(document.TokenText(first - 1))))
        {
            return true;
        }

        if (last + 1 >= n)
        {
            return false;
        }

        ReadOnlySpan<char> next = document.TokenText(last + 1);
        if (next is "himself" or "herself" || PersonOnlyVerbs.Contains(next))
        {
            return true;
        }

        if (last + 2 >= n)
        {
            return false;
        }

        ReadOnlySpan<char> second = document.TokenText(last + 2);
        // ", who" after "A of B" is A's ("Truong My Lan of Van Thinh Phat, who embezzled").
        if (next is "," && ((second is "who" && !(first >= 1 && document.TokenText(first - 1) is "of"))
            || (last + 3 < n && document.TokenText(last + 3) is "," && IsAge(second))))
        {
            return true;
        }

        if ((next is "the" && PersonNounsBefore.Contains(second))
            || (next is "'s" or "’s" && PersonOwnedNouns.Contains(second)))
        {
            return true;
        }

        return false;

        // An age in apposition: a whole number a grown person may be ("Ralph Lauren, 86, watched").
        static bool IsAge(ReadOnlySpan<char> word) =>
            int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int age)
            && age is >= 16 and <= 115;
    }

    /// <summary>Whether a verb and "he"/"she" follow tokens <paramref name="first"/>..<paramref name="last"/> ("said he would
    /// stay"), or a personal pronoun stands in the clause after them (not "his"/"her"/"him" right after a verb of speech:
    /// "said his remarks were unhelpful"),
    /// within <see cref="FounderPronounReach"/> tokens and before any capitalised word, word opening another clause, ";" or
    /// sentence end ("Stella McCartney
    /// bought back the 49 percent of her label"), or <see cref="ShownAsPerson"/> holds.</summary>
    private static bool UsedAsPerson(Document document, int first, int last)
    {
        if (ShownAsPerson(document, first, last))
        {
            return true;
        }

        // "said he would stay"; not "joined Paris Saint-Germain after his release" (the prepositions of
        // pronoun-gap-prepositions, NameLinker.Coordination.cs).
        ReadOnlySpan<Token> tokens = document.Tokens;
        if (last + 2 < tokens.Length && IsLowerWord(document, last + 1) && !tokens[last + 1].Has(TokenTraits.Terminal)
            && !ClauseOpeners.Contains(document.TokenText(last + 1)) && !PronounGapPrepositions.Contains(document.TokenText(last + 1))
            && document.TokenText(last + 2) is "he" or "she")
        {
            return true;
        }

        for (int j = last + 1; j < tokens.Length && j <= last + FounderPronounReach; j++)
        {
            Token token = tokens[j];
            if (token.Has(TokenTraits.Terminal) || token.Has(TokenTraits.LineBreakBefore) || token.Has(TokenTraits.Capitalized)
                || document.TokenText(j) is ";" or ":" || ClauseOpeners.Contains(document.TokenText(j)))
            {
                return false;
            }

            // "said his remarks", "told her the deal was off": another's, after a verb of speech.
            if (document.TokenText(j) is "he" or "him" or "his" or "himself" or "she" or "her" or "herself"
                && !(document.TokenText(j) is "him" or "his" or "her" && document.TokenText(j - 1) is "said" or "says" or "told" or "tells"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An organization of two or three words that opens with a given name is the person where the words around it show
    /// a person and do not show a business (<see cref="ShownAsPerson"/>; "Ralph Lauren, 86, watched his spring show",
    /// "Karl Lagerfeld the designer"): the house and its founder share the name, and each use is read by itself.
    /// </summary>
    private static void FoundersByTheirUse(Document document, List<Item> items)
    {
        NameLexicon lexicon = NameLexicon.Default;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            if (item.Type != NameType.Organization || item.Cut != 0 || item.Lead != 0 || item.Last == item.First || item.Last - item.First > 2
                || document.Tokens[item.First].Has(TokenTraits.AllCaps)
                || ((ListKinds(document, item.First, item.First) & GivenNameKinds) == 0 && !lexicon.Contains(document.TokenText(item.First), LexiconClass.GivenName)))
            {
                continue;
            }

            bool words = true;
            for (int i = item.First; i <= item.Last && words; i++)
            {
                words = IsCapitalWord(document, i) && !OrganizationHeads.Contains(document.TokenText(i))
                    && !lexicon.ContainsAny(document.TokenText(i), LexiconClass.OrganizationWord, LexiconClass.CompanySuffix);
            }

            if (words && ShownAsPerson(document, item.First, item.Last) && !StrongOrganization(document, item.First, item.Last))
            {
                items[k] = item with { Type = NameType.Person, Name = null, Acronym = null };
            }
        }
    }
}
