using Tidings.Places;
using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>Works and facilities named by the noun after them: rivers, pipelines and rail lines ("the Pra and Ankobra
/// rivers", "the Dakota Access pipeline"), plants, mines, refineries, terminals, fields and stations ("the
/// Zaporizhzhia nuclear plant", "the Medupi and Kusile power stations", "its Bukom refinery"): places, though the
/// recognizer took the unknown name for an organization or a person, or left it untagged.</summary>
internal static partial class NameLinker
{
    /// <summary>Lower-case nouns after a name that say it is a work or a facility (<c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet WorkNounsAfter = LinkerWords.Set("work-nouns-after");

    /// <summary>Lower-case words that may stand between the name and that noun ("nuclear", "copper", "power").</summary>
    private static readonly WordSet WorkModifiers = LinkerWords.Set("work-modifiers");

    /// <summary>
    /// Organizations no list knows, persons and other names (no nationality), followed by a lower-case noun of a work or a facility (after at most
    /// three words such as "copper" or "power"), become places; names joined by "and" or commas before a plural such
    /// noun ("the Pra and Ankobra rivers") all do. A listed company keeps its type ("the Enbridge pipeline" is the
    /// company's), and so does an organization the document also names elsewhere, not before such a noun ("Rivian
    /// said … the Rivian plant"). A name opened by a venue's word ("Estadio Azteca") is a place too. Capitalised runs
    /// the recognizer left untagged inside a sentence before such a noun ("its Bukom refinery") are added as places.
    /// </summary>
    private static List<Item> WorksAsPlaces(Document document, List<Item> items)
    {
        Places.SpanMemo<int> standing = StandingOrganizations(document, items);
        for (int k = 0; k < items.Count; k++)
        {
            int end = k;
            while (end + 1 < items.Count && items[end + 1].First == items[end].Last + 2
                && document.TokenText(items[end].Last + 1) is "and" or "," or "&")
            {
                end++;
            }

            int noun = WorkNounAfter(document, items[end].Last + 1);
            if (noun >= 0 && (end == k || document.TokenText(noun).EndsWith("s")))
            {
                for (int j = k; j <= end; j++)
                {
                    Item item = items[j];
                    if (item.Cut == 0 && (item.Type == NameType.Person
                        || (item.Type == NameType.Miscellaneous && !NameLexicon.Default.Contains(Text(document, item), LexiconClass.Nationality)
                            && !Gazetteer.Default.Demonyms.Contains(Text(document, item)))
                        || (item.Type == NameType.Organization && (ListKinds(document, item.First, item.Last) & OrganizationKinds) == 0
                            && !NamesOperator(document, item.First, item.Last) && !NamedElsewhere(document, items, j, standing))))
                    {
                        items[j] = item with { Type = NameType.Place, Name = null };
                    }
                }
            }
            else if (end == k && items[k] is { Cut: 0, Type: NameType.Person } opened && opened.Last > opened.First
                && VenueStarts.Contains(document.TokenText(opened.First)))
            {
                items[k] = opened with { Type = NameType.Place, Name = null };
            }
            else if (end == k)
            {
                FacilityNamedByHead(document, items, k);
            }

            k = end;
        }

        GiveBack(standing);
        return TagUntaggedRuns(document, items, 3, (first, last, added) =>
        {
            int before = first - 1;
            if (before < 0 || document.Tokens[before].Kind != TokenKind.Word || document.Tokens[before].Has(TokenTraits.Capitalized)
                || document.Tokens[first].Has(TokenTraits.LineBreakBefore) || (before > 0 && Possessive(document, before - 1)))
            {
                return last; // a sentence's first word, a headline's, or the rest of a name with "'s" in it ("King's Cross")
            }

            ReadOnlySpan<char> word = document.TokenText(first);
            NameLexicon lexicon = NameLexicon.Default;
            if (LeadingWords.Contains(word) || lexicon.ContainsAny(word, LexiconClass.CommonCapitalized, LexiconClass.Nationality)
                || CommonAcronyms.Contains(word))
            {
                return first;
            }

            int noun = WorkNounAfter(document, last + 1);
            if (noun >= 0 && (ListKinds(document, first, last) & OrganizationKinds) == 0)
            {
                added.Add(new Item(first, last, NameType.Place, null, null));
            }

            return last;
        });
    }

    /// <summary>The token of a work's or facility's noun at <paramref name="at"/>, or after at most three lower-case
    /// modifiers from there ("nuclear plant", "iron ore mine"); -1 when there is none.</summary>
    private static int WorkNounAfter(Document document, int at)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        for (int i = at; i < tokens.Length && i <= at + 3; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || tokens[i].Has(TokenTraits.Capitalized))
            {
                return -1;
            }

            ReadOnlySpan<char> word = document.TokenText(i);
            if (WorkNounsAfter.Contains(word))
            {
                return i;
            }

            if (!WorkModifiers.Contains(word))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>How often the document names each organization where no work's noun follows it, as the names stand when
    /// the pass begins (a pooled table; the caller gives it back).</summary>
    private static Places.SpanMemo<int> StandingOrganizations(Document document, List<Item> items)
    {
        Places.SpanMemo<int> standing = TakeTable();
        foreach (Item item in items)
        {
            if (item.Type == NameType.Organization && WorkNounAfter(document, item.Last + 1) < 0)
            {
                ReadOnlySpan<char> text = Text(document, item);
                standing.ValueRef(document.Text, OffsetIn(document, text), text.Length)++;
            }
        }

        return standing;
    }

    /// <summary>Whether another name of the document reads as <paramref name="k"/>'s and stands before no work's noun
    /// (the company "Rivian said" beside "the Rivian plant"), counted in <paramref name="standing"/> (see
    /// <see cref="StandingOrganizations"/>): one look-up per question keeps the pass linear.</summary>
    private static bool NamedElsewhere(Document document, List<Item> items, int k, Places.SpanMemo<int> standing)
    {
        ReadOnlySpan<char> text = Text(document, items[k]);
        if (!standing.TryGet(document.Text, OffsetIn(document, text), text.Length, out int count, out _))
        {
            return false;
        }

        bool self = items[k].Type == NameType.Organization && WorkNounAfter(document, items[k].Last + 1) < 0;
        return count > (self ? 1 : 0);
    }

    /// <summary>Capitalised last words of a facility's own name ("Aswan High Dam", "Lekki Deep Sea Port", "Colombo
    /// West International Terminal"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet FacilityEnds = LinkerWords.Set("facility-ends");

    /// <summary>
    /// A name the recognizer took for an organization or a person that ends in a facility's word ("Aswan High Dam",
    /// "Colombo West International Terminal") or opens with "Port of" ("Port of Duqm") is a place, unless a list
    /// knows it as a company or it acts with no preposition before it ("Lekki Freeport Terminal, run by CMA CGM, said":
    /// the operator; "Passengers at Lekki Freeport Terminal said": the place). A place
    /// after "the Port of" takes those words in ("the Port of Rotterdam").
    /// </summary>
    private static void FacilityNamedByHead(Document document, List<Item> items, int k)
    {
        Item item = items[k];
        if (item.Cut != 0)
        {
            return;
        }

        int first = item.First;
        if (item.Type == NameType.Place)
        {
            if (first >= 2 && document.TokenText(first - 1) is "of" && document.TokenText(first - 2) is "Port"
                && (k == 0 || items[k - 1].Last < first - 2))
            {
                items[k] = item with { First = first - 2, Name = null };
            }

            return;
        }

        if (item.Type is not (NameType.Organization or NameType.Person) || item.Last == first
            || !(FacilityEnds.Contains(document.TokenText(item.Last)) || (document.TokenText(first) is "Port" && document.TokenText(first + 1) is "of"))
            || (ListKinds(document, first, item.Last) & OrganizationKinds) != 0
            || (FacilityActs(document, item.Last + 1) && !AfterSitePreposition(document, first))
            || (item.Type == NameType.Organization && NamesOperator(document, first, item.Last)))
        {
            return;
        }

        items[k] = item with { Type = NameType.Place, Name = null };
    }

    /// <summary>Whether the word at <paramref name="at"/>, or the one after a clause set off by commas there ("X, run
    /// by Y, said"), says a body acts or has officers.</summary>
    private static bool FacilityActs(Document document, int at)
    {
        if (BodyCueAfter(document, at))
        {
            return true;
        }

        if (at >= document.Tokens.Length || document.TokenText(at) is not ",")
        {
            return false;
        }

        for (int j = at + 1; j < document.Tokens.Length && j <= at + 10; j++)
        {
            if (document.TokenText(j) is ",")
            {
                return BodyCueAfter(document, j + 1);
            }

            if (document.Tokens[j].Has(TokenTraits.Terminal) || document.TokenText(j) is "." or ";")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Words that make a facility's name its operating company's ("Dangote Petroleum Refinery", "Caspian
    /// Pipeline Consortium"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet OperatorWords = LinkerWords.Set("operator-words");

    /// <summary>Whether a word of tokens <paramref name="first"/>..<paramref name="last"/> names a business or a body
    /// (an operator word, or the lexicon's organization words and company suffixes).</summary>
    private static bool NamesOperator(Document document, int first, int last)
    {
        NameLexicon lexicon = NameLexicon.Default;
        for (int i = first; i <= last; i++)
        {
            ReadOnlySpan<char> word = document.TokenText(i);
            if (OperatorWords.Contains(word) || (word is not "International"
                && (lexicon.ContainsAny(word, LexiconClass.OrganizationWord, LexiconClass.CompanySuffix))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lower-case nouns of a plant, mine, field or dam after a name, perhaps after one or two lower-case
    /// modifiers ("the Vadinar refinery", "the Ostrava nuclear plant"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet FacilityNounsAfter = LinkerWords.Set("facility-nouns-after");

    /// <summary>Nouns of a business's own sites after "its"/"their" and a place ("its Leeds office"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet OwnedSiteNouns = LinkerWords.Set("owned-site-nouns");

    /// <summary>Lower-case nouns of output before "at" and a facility ("output at Obuasi", "units at Medupi";
    /// <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet OutputNounsBeforeAt = LinkerWords.Set("output-nouns-before-at");

    /// <summary>
    /// Plants, mines, fields and dams named by the words around them are places (the blind conventions): "the Vadinar
    /// refinery", "the Jafurah gas field" (after "the", the name, at most two lower-case modifiers and a facility noun),
    /// "its Castleford mill", "its Leeds office" (after "its"/"their": a known place is the site even when a club bears
    /// its name; session 37, names37b),
    /// "output at Obuasi", "units at Medupi and Kusile" (a noun of output, "at", names joined by "and"). An organization
    /// a list knows keeps its type ("the Tesla plant" is the company's).
    /// </summary>
    private static void FacilitiesAsPlaces(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int n = tokens.Length;
        for (int k = 0; k < items.Count; k++)
        {
            int end = k;
            while (end + 1 < items.Count && items[end + 1].First == items[end].Last + 2 && document.TokenText(items[end].Last + 1) is "and" or ",")
            {
                end++;
            }

            Item item = items[k];
            bool facility = false;
            bool owned = item.First >= 1 && document.TokenText(item.First - 1) is "its" or "their";
            if (item.First >= 1 && (owned || document.TokenText(item.First - 1) is "the") && end == k)
            {
                for (int j = item.Last + 1; j < n && j <= item.Last + 3 && IsLowerWord(document, j); j++)
                {
                    if (FacilityNounsAfter.Contains(document.TokenText(j)) || (owned && OwnedSiteNouns.Contains(document.TokenText(j))))
                    {
                        facility = true;
                        break;
                    }
                }
            }
            else if (item.First >= 2 && document.TokenText(item.First - 1) is "at" && OutputNounsBeforeAt.Contains(document.TokenText(item.First - 2)))
            {
                // Not "output at Codelco fell after an accident at its mine": a business owns what follows.
                facility = true;
                for (int j = items[end].Last + 1; j < n && j <= items[end].Last + 10 && !tokens[j].Has(TokenTraits.Terminal); j++)
                {
                    if (document.TokenText(j) is "its")
                    {
                        facility = false;
                        break;
                    }
                }
            }

            for (int j = k; facility && j <= end; j++)
            {
                Item named = items[j];
                // "its Leeds office", "their Solihull plant": a known place owned as a site, whatever club bears its name.
                if (named.Cut == 0 && named.Type == NameType.Organization && named.Last - named.First < 3
                    && ((ListKinds(document, named.First, named.Last) & OrganizationKinds) == 0 || (owned && IsKnownPlace(Text(document, named))))
                    && !OrganizationHeads.Contains(document.TokenText(named.Last)) && !PersonFreeHeads.Contains(document.TokenText(named.Last))
                    && !NameLexicon.Default.Contains(document.TokenText(named.Last), LexiconClass.OrganizationWord))
                {
                    items[j] = named with { Type = NameType.Place, Name = null };
                }
            }

            k = end;
        }
    }

    /// <summary>Capitalised last words of a site's name that name its operator too ("Perth Airport said"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet OperatedSiteEnds = LinkerWords.Set("operated-site-ends");

    /// <summary>Capitalised last words that make a site's name its operator's whatever follows ("Abu Dhabi Airports",
    /// "Port of Rotterdam Authority"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet OperatorSiteEnds = LinkerWords.Set("operator-site-ends");

    /// <summary>
    /// A site typed a place whose name an operator bears is the operator where it acts: a name ending in a site word
    /// (<see cref="OperatedSiteEnds"/>: "Perth Airport", "Belfast Harbour") or opening with "Port of" that speaks or
    /// has officers ("Perth Airport said", "Port of Felixstowe, owned by Hutchison Ports, said") or that is bought or
    /// owned ("bought Bournemouth Airport"); and a name ending in an
    /// operator's word (<see cref="OperatorSiteEnds"/>: "Vinci Airports", "Port of Rotterdam Authority") always. A site
    /// after a preposition of place or motion is where people are, travel or goods pass, and stays a place whatever
    /// follows ("Passengers at Heathrow Airport said", "traffic through the Port of Savannah").
    /// </summary>
    private static void OperatorsOfSites(Document document, List<Item> items)
    {
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            if (item.Type != NameType.Place || item.Cut != 0 || item.Last == item.First)
            {
                continue;
            }

            ReadOnlySpan<char> last = document.TokenText(item.Last);
            bool operatorWord = OperatorSiteEnds.Contains(last);
            bool site = OperatedSiteEnds.Contains(last) || (document.TokenText(item.First) is "Port" && document.TokenText(item.First + 1) is "of");
            // Bought or owned, the site is its operator too ("bought Bournemouth Airport"; session 37, names37b).
            if (operatorWord || (site && !AfterSitePreposition(document, item.First)
                && (FacilityActs(document, item.Last + 1) || (item.First > 0 && OwningVerbs.Contains(document.TokenText(item.First - 1))))))
            {
                items[k] = item with { Type = NameType.Organization, Name = null };
            }
        }
    }

    /// <summary>Prepositions of place or motion that make the site after them where something is or passes, not the
    /// operator acting ("at", "through"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet SitePrepositions = LinkerWords.Set("site-prepositions");

    /// <summary>Whether a preposition of place or motion governs the name at <paramref name="first"/>, perhaps over
    /// "the" ("at Heathrow Airport", "through the Port of Savannah").</summary>
    private static bool AfterSitePreposition(Document document, int first)
    {
        int before = first - 1;
        if (before >= 0 && document.TokenText(before) is "the")
        {
            before--;
        }

        return before >= 0 && SitePrepositions.Contains(document.TokenText(before));
    }
}
