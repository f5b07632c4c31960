using Tidings.Places;
using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>Bodies named for a place ("Altice France", "Kenya Power", "Homes England", "Fijian Drua") that the
/// recognizer took for the place itself or for a person, and persons named like bodies' parts.</summary>
internal static partial class NameLinker
{
    /// <summary>Capitalised words that open or close a place's name without being a place themselves ("Greater
    /// Manchester", "Upstate New York", "Metro Manila"; <c>LinkerWords.txt</c>), beside the lexicon's place words.</summary>
    private static readonly WordSet PlaceModifiers = LinkerWords.Set("place-modifiers");

    /// <summary>Words after a name that say a body acts or has officers ("said", "chief"), from the sets the
    /// linker already reads (reporting and business verbs, roles after a name).</summary>
    private static bool BodyCueAfter(Document document, int i) =>
        i < document.Tokens.Length
        && (document.TokenText(i) is "said" or "says" or "told" or "warned" or "urged" or "called"
            || BusinessVerbs.Contains(document.TokenText(i)) || RolesAfter.Contains(document.TokenText(i)));

    /// <summary>The longest name, in tokens, whose parts <see cref="MixesPlaceAndBody"/> reads.</summary>
    private const int MaxPlaceBodyTokens = 6;

    /// <summary>
    /// Whether tokens <paramref name="first"/>..<paramref name="last"/> are a known place (or a nationality) beside a
    /// capitalised word that is neither a place, a place word nor a modifier: "Altice France", "Lafarge Africa",
    /// "Boursa Kuwait", "Tehrik-i-Taliban Pakistan" — a body named for where it works. The whole must not itself be
    /// a known place ("South Africa", "West Bank", "Port Harcourt").
    /// </summary>
    private static bool MixesPlaceAndBody(Document document, int first, int last)
    {
        if (last == first || last - first >= MaxPlaceBodyTokens || InCapitalLine(document, first)
            || IsKnownPlace(SpanText(document, first, last)) || Gazetteer.Default.Contains(SpanText(document, first, last)))
        {
            return false;
        }

        NameLexicon lexicon = NameLexicon.Default;
        Span<bool> covered = stackalloc bool[MaxPlaceBodyTokens];
        bool place = false;
        for (int a = first; a <= last; a++)
        {
            for (int b = last; b >= a; b--)
            {
                ReadOnlySpan<char> text = SpanText(document, a, b);
                // A place word alone ("Central", "West", "Islands") is no known place, though some region bears its name.
                if (a == b && PlaceHead(lexicon, text))
                {
                    continue;
                }

                if (ListedPlace(lexicon, text) || (a == b && lexicon.Contains(text, LexiconClass.Nationality)))
                {
                    for (int c = a; c <= b; c++)
                    {
                        covered[c - first] = true;
                    }

                    place = true;
                    break;
                }
            }
        }

        // A name ending in a place's or a venue's head that no known place ends is a place named so ("Farne
        // Islands", "New Manila International Airport", "Lower Thames Crossing"), unlike "Sunrisers Eastern Cape".
        // A venue's head ("Centre", "Center") that then acts ("Rwanda Biomedical Centre began vaccinating") names a body.
        ReadOnlySpan<char> head = document.TokenText(last);
        if (!place || (!covered[last - first] && PlaceHead(lexicon, head) && !VenueActs(document, lexicon, head, last + 1)))
        {
            return false;
        }

        for (int i = first; i <= last; i++)
        {
            ReadOnlySpan<char> word = document.TokenText(i);
            if (!covered[i - first] && IsCapitalWord(document, i) && !word.Contains('.')
                && !PlaceHead(lexicon, word) && !Gazetteer.Default.Contains(word) && (ListKinds(document, i, i) & GivenNameKinds) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="head"/> is a venue's last word and no place word, and a word at
    /// <paramref name="i"/> says a body acts ("said", a business verb, "began").</summary>
    private static bool VenueActs(Document document, NameLexicon lexicon, ReadOnlySpan<char> head, int i) =>
        VenueEnds.Contains(head) && !lexicon.Contains(head, LexiconClass.PlaceWord)
        && (BodyCueAfter(document, i) || (i < document.Tokens.Length && document.TokenText(i) is "began" or "begins" or "started" or "starts"));

    /// <summary>Whether <paramref name="text"/> is a country, region or city the curated word lists know, or a
    /// country, region or continent in the gazetteer (its many small towns share names with words and people:
    /// "Fountain", "Temple", "Papa").</summary>
    private static bool ListedPlace(NameLexicon lexicon, ReadOnlySpan<char> text) =>
        lexicon.ContainsAny(text, LexiconClass.Country, LexiconClass.Region, LexiconClass.City)
        || (Gazetteer.Default.TryGetKind(text, out PlaceKind kind) && kind is PlaceKind.Country or PlaceKind.Region or PlaceKind.Continent);

    /// <summary>Whether <paramref name="word"/> heads or modifies a place's or a venue's name ("Islands", "Greater", "Airport").</summary>
    private static bool PlaceHead(NameLexicon lexicon, ReadOnlySpan<char> word) =>
        lexicon.Contains(word, LexiconClass.PlaceWord) || PlaceModifiers.Contains(word) || VenueHeads.Contains(word) || VenueEnds.Contains(word);

    private static ReadOnlySpan<char> SpanText(Document document, int first, int last) =>
        document.Text.AsSpan(document.Tokens[first].Start, document.Tokens[last].End - document.Tokens[first].Start);

    /// <summary>
    /// Bodies named for a place: a place whose words mix a known place with another capitalised word is an
    /// organization (<see cref="MixesPlaceAndBody"/>); a known place with an untagged capitalised word beside it,
    /// then a word that says a body acts or has officers, is one organization with that word ("Homes England chief",
    /// "Colleges Ontario said", "New Zealand Rugby chief"), and so is one after "of" that ends the sentence or
    /// clause ("the accounts of Kenya Power."); a "person" opening with a known place or a nationality that is no
    /// given name, closing in no listed surname, is a body ("Fijian Drua", "Maharashtra Navnirman Sena").
    /// </summary>
    private static void PlaceNamedBodies(Document document, List<Item> items)
    {
        NameLexicon lexicon = NameLexicon.Default;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            if (item.Cut != 0)
            {
                continue;
            }

            if (item.Type == NameType.Place)
            {
                if (MixesPlaceAndBody(document, item.First, item.Last))
                {
                    items[k] = item with { Type = NameType.Organization };
                    continue;
                }

                if (item.Last - item.First >= MaxPlaceBodyTokens - 1 || !ListedPlace(NameLexicon.Default, SpanText(document, item.First, item.Last))
                    || InCapitalLine(document, item.First) || InTitleCaseLine(document, item.First))
                {
                    continue;
                }

                int before = item.First - 1;
                int after = item.Last + 1;
                if (before >= 0 && (k == 0 || items[k - 1].Last < before) && BodyWord(document, lexicon, before)
                    && !Adjacent(document, before, item.First) && !document.Tokens[item.First].Has(TokenTraits.LineBreakBefore)
                    && (BodyCueAfter(document, after) || PlaceBodyActs(document, after)))
                {
                    items[k] = item with { First = before, Type = NameType.Organization };
                }
                else if (after < document.Tokens.Length && (k + 1 == items.Count || items[k + 1].First > after)
                    && BodyWord(document, lexicon, after) && !document.Tokens[after].Has(TokenTraits.LineBreakBefore)
                    && (BodyCueAfter(document, after + 1) || PlaceBodyActs(document, after + 1)
                        || (before >= 0 && document.TokenText(before) is "of" && after + 1 < document.Tokens.Length
                            && document.TokenText(after + 1) is "." or "," or ";")))
                {
                    items[k] = item with { Last = after, Type = NameType.Organization };
                }
            }
            else if (item.Type == NameType.Person && item.Last > item.First)
            {
                ReadOnlySpan<char> opening = document.TokenText(item.First);
                        bool placeFirst = (lexicon.ContainsAny(opening, LexiconClass.Country, LexiconClass.Region, LexiconClass.Nationality))
                    && (ListKinds(document, item.First, item.First) & GivenNameKinds) == 0 && !lexicon.Contains(opening, LexiconClass.GivenName)
                    && (ListKinds(document, item.Last, item.Last) & (1 << (int)NameListKind.SurnameCommon | 1 << (int)NameListKind.SurnameRare)) == 0;
                if (placeFirst && !InCapitalLine(document, item.First))
                {
                    items[k] = item with { Type = NameType.Organization };
                }
            }
        }
    }

    /// <summary>Whether token <paramref name="i"/> is a capitalised word that may be part of a body's name beside a
    /// place: no place, place word, modifier, nationality, common capitalised word or sentence opener.</summary>
    private static bool BodyWord(Document document, NameLexicon lexicon, int i)
    {
        ReadOnlySpan<char> word = document.TokenText(i);
        return IsCapitalWord(document, i) && !document.Tokens[i].Has(TokenTraits.AllCaps) && word.Length > 1
            && !LeadingWords.Contains(word) && !IsKnownPlace(word) && !Gazetteer.Default.Contains(word)
            && !lexicon.ContainsAny(word, LexiconClass.PlaceWord, LexiconClass.Nationality, LexiconClass.CommonCapitalized, LexiconClass.PersonTitle)
            && !PlaceModifiers.Contains(word) && !NotBodyWords.Contains(word)
            && (ListKinds(document, i, i) & GivenNameKinds) == 0;
    }

    /// <summary>Whether the words from token <paramref name="i"/> say that what stands before acts as a body: a verb of
    /// a news sentence's subject ("Cricket South Africa owns", "Kenya Police won"), perhaps after a comma and a
    /// participle ("Restore Britain, led by"; <c>LinkerWords.txt</c>), that a place does not take as its subject.</summary>
    private static bool PlaceBodyActs(Document document, int i)
    {
        if (i + 1 < document.Tokens.Length && document.TokenText(i) is ",")
        {
            return PlaceBodyParticiples.Contains(document.TokenText(i + 1));
        }

        return i < document.Tokens.Length && PlaceBodyVerbs.Contains(document.TokenText(i));
    }

    private static readonly WordSet PlaceBodyVerbs = LinkerWords.Set("place-body-verbs");
    private static readonly WordSet PlaceBodyParticiples = LinkerWords.Set("place-body-participles");

    /// <summary>Capitalised words beside a place that make an event, a team's side or a role, not a body ("England
    /// Test", "Hosts France", "Asia Cup"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet NotBodyWords = LinkerWords.Set("not-body-words");
}
