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

    /// <summary>
    /// An organization the words around it put on the map is a place: the recognizer typed "Mariupol", "Sedaví" or
    /// "São Paulo" as organizations (a weak call: no organisation word, no list, nothing only a body does), and the
    /// gazetteer knows the name as a city, district, region or country while a preposition of place stands before it
    /// ("in São Paulo", "towards Sumy", "from Garoua"), a verb of war or weather takes it ("rebels shelled Mariupol",
    /// "Russia retook Sudzha") or a noun only places have follows it ("Kerrville mayor"). Any name, known or not, listed
    /// with places after such a preposition or verb is a place ("garages in Alfafar, Sedaví and Picanya", "in Ilam and
    /// Panchthar"). Clubs named for their towns come "from" nowhere ("signed Son Heung-min from Tottenham").
    /// </summary>
    private static void OrganizationsKnownAsPlaces(Document document, List<Item> items)
    {
        bool? sport = null; // whether the article reports sport, where clubs are named for their towns: asked once, at the first need
        Places.SpanMemo<int>? openers = null; // the first words of the article's longer organizations, gathered at the first need
        for (int pass = 0; pass < 2; pass++)
        {
            for (int n = 0; n < items.Count; n++)
            {
                int k = pass == 0 ? n : items.Count - 1 - n; // the second pass reaches back along a list ("Ilam and Panchthar")
                Item item = items[k];
                // A word in capitals is an acronym, whatever town it spells ("removed from the DAX").
                if (item.Type != NameType.Organization || item.Cut != 0 || item.Last - item.First > 2
                    || (item.First == item.Last && document.Tokens[item.First].Has(TokenTraits.AllCaps)) || WeakOrganizationTooStrong(document, item))
                {
                    continue;
                }

                // A word of a class of places (GloVe's words near "Natanz" are "Bushehr", "Sellafield") is on the map as
                // the gazetteer's towns are, and "at" places it ("enriching uranium at Natanz").
                bool classed = item.First == item.Last && InPlaceClass(document.TokenText(item.First));
                bool known = classed || IsKnownPlace(Text(document, item));
                bool listed = ListedWithPlace(document, items, k);
                // "signed Son Heung-min from Tottenham": a club named for its town comes from itself.
                bool club = (ListKinds(document, item.First, item.Last) & (1 << (int)NameListKind.Club | 1 << (int)NameListKind.Motorsport)) != 0;
                if ((known && (PlaceCueBefore(document, item.First, fromToo: !club, atToo: classed && !club) || PlaceNounAfterName(document, item.Last)
                        || (!club && ProminentPlace(Text(document, item)) && !(sport ??= ReportsSport(document))
                            && !OpensLongerOrganization(document, items, ref openers, item))))
                    || (listed && ListLead(document, items, k) is int lead && !NameBeforeCue(document, items, lead)
                        && PlaceCueBefore(document, items[lead].First, fromToo: known && !club, atToo: false)))
                {
                    items[k] = item with { Type = NameType.Place, Name = null };
                }
            }
        }

        GiveBack(openers);
    }

    /// <summary>Whether the one-word <paramref name="item"/> opens a longer organization of the article, whose short form
    /// it is ("Mumbai Indians" … "Mumbai captain"). The first words are gathered once into <paramref name="openers"/>,
    /// which keeps the pass linear.</summary>
    private static bool OpensLongerOrganization(Document document, List<Item> items, ref Places.SpanMemo<int>? openers, Item item)
    {
        if (item.First != item.Last)
        {
            return false;
        }

        if (openers is null)
        {
            openers = TakeTable();
            foreach (Item other in items)
            {
                if (other.Type == NameType.Organization && other.Last > other.First)
                {
                    AddText(document, ref openers, document.TokenText(other.First));
                }
            }
        }

        return ContainsText(document, openers, document.TokenText(item.First));
    }

    /// <summary>Whether a name stands within three tokens before list lead <paramref name="lead"/>, in its sentence
    /// ("TymeBank in South Africa and GoTyme": the place locates the name before it; not "to the US. In Guayaquil and Durán").</summary>
    private static bool NameBeforeCue(Document document, List<Item> items, int lead)
    {
        if (lead == 0 || items[lead - 1].Last < items[lead].First - 3)
        {
            return false;
        }

        for (int i = items[lead - 1].Last + 1; i < items[lead].First; i++)
        {
            if (document.Tokens[i].Has(TokenTraits.Terminal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the gazetteer's most likely place of this name is one news names without a cue: a country, a
    /// national capital, a place it marks prominent or one of a million people or more ("Bengaluru recorded its wettest
    /// day", "the Greens lost Brisbane", "Türkiye's central bank").</summary>
    private static bool ProminentPlace(ReadOnlySpan<char> name)
    {
        Gazetteer gazetteer = Gazetteer.Default;
        int[] found = gazetteer.Lookup(name);
        if (found.Length == 0)
        {
            return false;
        }

        ref readonly PlaceList.Row top = ref gazetteer.Places.At(found[0]);
        return top.Kind == PlaceKind.Country || top.IsCapital || top.Prominent || (top.Kind is PlaceKind.City or PlaceKind.Region && top.Population >= 1_000_000);
    }

    /// <summary>Whether an organization carries its own evidence, which no place cue outvotes: a list of organizations
    /// other than of clubs knows it (clubs are named for their towns: "FC Mariupol"), it ends in an organisation word ("Kenya Power"), or "said it", "shares of", "'s chief executive".</summary>
    private static bool WeakOrganizationTooStrong(Document document, Item item) =>
        (ListKinds(document, item.First, item.Last) & SubjectKinds) != 0
        || NameLexicon.Default.Contains(document.TokenText(item.Last), LexiconClass.OrganizationWord)
        || OrganizationHeads.Contains(document.TokenText(item.Last))
        || StrongOrganization(document, item.First, item.Last) || Owned(document, item.First);

    /// <summary>A preposition of place before token <paramref name="first"/>, perhaps with "the" and a compass adjective
    /// between ("in the northern West Bank"), or a verb of war or weather ("shelled"); "in" not after a holder ("a stake in");
    /// "at" when <paramref name="atToo"/> (a word of a class of places: "at Natanz", not "analysts at Wedbush").</summary>
    private static bool PlaceCueBefore(Document document, int first, bool fromToo, bool atToo)
    {
        int j = first - 1;
        if (j >= 1 && CompassAdjectives.Contains(document.TokenText(j)) && document.TokenText(j - 1) is "the")
        {
            j -= 2;
        }
        else if (j >= 0 && document.TokenText(j) is "the")
        {
            j--;
        }

        if (j < 0 || document.Tokens[j].Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> word = document.TokenText(j);
        Span<char> lower = stackalloc char[Math.Min(word.Length, 32)];
        if (word.Length > lower.Length)
        {
            return false;
        }

        word.ToLowerInvariant(lower);
        if (PlacePrepositions.Contains(lower))
        {
            return !(lower is "in" && HeldIn(document, j));
        }

        return (fromToo && lower is "from") || (atToo && PlacingAt(document, j)) || (j == first - 1 && PlaceTakingVerbs.Contains(word));
    }

    /// <summary>Whether token <paramref name="at"/> is an "at" that places what follows: not after a name ("FNV at
    /// Schiphol": a union at an employer) nor after a noun of people or seats that a body has ("analysts at",
    /// "a majority at"; <c>at-holders</c> in <c>LinkerWords.txt</c>).</summary>
    private static bool PlacingAt(Document document, int at)
    {
        if (document.TokenText(at) is not ("at" or "At"))
        {
            return false;
        }

        return at == 0 || !(document.Tokens[at - 1].Has(TokenTraits.Capitalized) || AtHolders.Contains(document.TokenText(at - 1)));
    }

    /// <summary>Whether a verb of war or weather takes the name at token <paramref name="first"/> ("struck Natanz").</summary>
    private static bool TakenAsPlace(Document document, int first) =>
        first > 0 && document.Tokens[first - 1].Kind == TokenKind.Word && PlaceTakingVerbs.Contains(document.TokenText(first - 1));

    /// <summary>
    /// Whether <paramref name="word"/> (one word, not in capitals) falls in a word class of places: a GloVe class at
    /// 1,000 clusters whose words are mostly places and seldom organizations (<c>place-word-classes</c> in
    /// <c>LinkerWords.txt</c>, derived by <c>eng/place-word-classes.py</c>). The class puts "Natanz", "Tengiz", "Kasarani"
    /// or "Velachery" on the map where the gazetteer's towns stop; companies of the 2010s are absent from the 2014 text or
    /// sit in classes of companies.
    /// </summary>
    private static bool InPlaceClass(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || IsAllCaps(word))
        {
            return false;
        }

        int k1000 = (int)((NameTables.Default.Classes(FeatureHash.OfTextBothCases(word).Lower) >> 20) & 0xFFF) - 1;
        return k1000 >= 0 && k1000 < PlaceClasses.Length && PlaceClasses[k1000];
    }

    /// <summary>The GloVe classes (1,000 clusters) of <see cref="InPlaceClass"/>, as flags by class id.</summary>
    private static readonly bool[] PlaceClasses = ReadPlaceClasses();

    private static bool[] ReadPlaceClasses()
    {
        var flags = new bool[1000];
        foreach (string id in LinkerWords.Words("place-word-classes"))
        {
            if (int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int k) && k < flags.Length)
            {
                flags[k] = true;
            }
        }

        return flags;
    }

    /// <summary>"Kerrville mayor", "the Solomianskyi and Sviatoshynskyi districts".</summary>
    private static bool PlaceNounAfterName(Document document, int last) =>
        last + 1 < document.Tokens.Length && (PlaceNounsAfterName.Contains(document.TokenText(last + 1)) || PlaceNounsAfter.Contains(document.TokenText(last + 1)));

    /// <summary>Whether item <paramref name="k"/> stands in a list with a place next to it: joined by "and" or "or", or by a
    /// comma where the list goes on ("Alfafar, Sedaví and Picanya"; not "hit Okhmatdyt, Ukraine's largest hospital", nor
    /// "In Hungary, Ferencvaros extended", nor "JioSaavn in India", which the place locates).</summary>
    private static bool ListedWithPlace(Document document, List<Item> items, int k)
    {
        Item item = items[k];
        if (item.Last + 1 < document.Tokens.Length && document.TokenText(item.Last + 1) is "in")
        {
            return false;
        }

        return (k > 0 && items[k - 1].Type == NameType.Place && Listed(document, items, k - 1, k))
            || (k + 1 < items.Count && items[k + 1].Type == NameType.Place && Listed(document, items, k, k + 1));
    }

    /// <summary>Whether items <paramref name="a"/> and <paramref name="b"/> = a + 1 are members of one list: "and" or "or"
    /// between them, or a comma with more of the list after <paramref name="b"/>, and <paramref name="a"/> no fronted
    /// "In Hungary," — unless the fronted phrase is itself a list closed by a comma ("In Guayaquil and Durán, violence",
    /// "In Mariupol, Berdiansk and Melitopol, Russian firms").</summary>
    private static bool Listed(Document document, List<Item> items, int a, int b)
    {
        if (items[a].Last != items[b].First - 2
            || (items[a].First > 0 && document.TokenText(items[a].First - 1) is "In" && !FrontedListClosed(document, items, a)))
        {
            return false;
        }

        ReadOnlySpan<char> between = document.TokenText(items[a].Last + 1);
        return between is "and" or "or"
            || (between is "," && items[b].Last + 1 < document.Tokens.Length && document.TokenText(items[b].Last + 1) is "," or "and" or "or");
    }

    /// <summary>Whether the names from item <paramref name="a"/> on are joined one to the next by ",", "and" or "or" (at
    /// least once by "and" or "or") and a comma closes the last: a fronted "In A, B and C," lists places, where "In
    /// Hungary, Ferencvaros extended" names a place, then a subject.</summary>
    private static bool FrontedListClosed(Document document, List<Item> items, int a)
    {
        bool joined = false;
        int k = a;
        for (; k + 1 < items.Count && items[k + 1].First == items[k].Last + 2; k++)
        {
            ReadOnlySpan<char> between = document.TokenText(items[k].Last + 1);
            if (between is "and" or "or")
            {
                joined = true;
            }
            else if (between is not ",")
            {
                break;
            }
        }

        int after = items[k].Last + 1;
        return joined && k > a && after < document.Tokens.Length && document.TokenText(after) is ",";
    }

    /// <summary>The first item of the list that item <paramref name="k"/> ends or stands in ("Alfafar" of "Alfafar, Sedaví and
    /// Picanya"). The caller asks that no name stand right before its preposition ("TymeBank in South Africa and GoTyme":
    /// the place there locates the name before it).</summary>
    private static int ListLead(Document document, List<Item> items, int k)
    {
        while (k > 0 && Listed(document, items, k - 1, k))
        {
            k--;
        }

        return k;
    }

    private static readonly WordSet PlacePrepositions = LinkerWords.Set("place-prepositions");
    private static readonly WordSet PlaceTakingVerbs = LinkerWords.Set("place-taking-verbs");
    private static readonly WordSet AtHolders = LinkerWords.Set("at-holders");
    private static readonly WordSet PlaceNounsAfterName = LinkerWords.Set("place-nouns-after-name");
    private static readonly WordSet CompassAdjectives = new WordSet(
        ["northern", "southern", "eastern", "western", "central", "occupied", "north", "south", "east", "west"]);

    /// <summary>Lower-case roles written before a person's name ("chief executive Ana Silva", "administrator").</summary>
    private static readonly WordSet PersonRolesBefore = LinkerWords.Set("person-roles-before");
    /// <summary>
    /// A company located by "of" ("BioNTech of Mainz", "ASML of Veldhoven", "Celltrion of Incheon"): a known place after
    /// "X of", where X is an organization whose last word heads no institution (not "Bank of England", "Church of
    /// England", "Port of Rotterdam"), is where X is — typed a place, and split off when the recognizer ran the two into
    /// one name of a single word, "of" and the place, the word a listed or coined company's (not "House of Fraser").
    /// One pass over the sorted names.
    /// </summary>
    private static List<Item> PlacesLocatingCompanies(Document document, List<Item> items)
    {
        NameLexicon lexicon = NameLexicon.Default;
        List<Item>? result = null;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            if (item.Type == NameType.Organization && item.Cut == 0 && k > 0 && items[k - 1].Type == NameType.Organization
                && item.First == items[k - 1].Last + 2 && document.TokenText(item.First - 1) is "of" && item.Last - item.First < 2
                && LocatingOwner(document, lexicon, items[k - 1].Last) && IsKnownPlace(Text(document, item))
                && !(item.Last + 1 < document.Tokens.Length && document.TokenText(item.Last + 1) is "'s" or "’s"))
            {
                item = item with { Type = NameType.Place, Name = null, Acronym = null };
                if (result is not null)
                {
                    result.Add(item);
                }
                else
                {
                    items[k] = item;
                }

                continue;
            }

            if (item.Type == NameType.Organization && item.Cut == 0 && item.Last == item.First + 2 && document.TokenText(item.First + 1) is "of"
                && LocatingOwner(document, lexicon, item.First) && (ListKinds(document, item.First, item.Last) & (OrganizationKinds | 1 << (int)NameListKind.Brand)) == 0
                && ((ListKinds(document, item.First, item.First) & OrganizationKinds) != 0 || CoinedWord(document, item.First))
                && IsKnownPlace(document.TokenText(item.Last)))
            {
                result ??= TakeList(items, k);
                result.Add(item with { Last = item.First, Name = null, Acronym = null });
                result.Add(new Item(item.Last, item.Last, NameType.Place, null, null));
                continue;
            }

            result?.Add(item);
        }

        return result ?? items;
    }

    /// <summary>Whether token <paramref name="last"/> ends a company's name that "of" and a place may locate: a
    /// capitalised word that heads no institution, body or place.</summary>
    private static bool LocatingOwner(Document document, NameLexicon lexicon, int last)
    {
        ReadOnlySpan<char> word = document.TokenText(last);
        return IsCapitalWord(document, last) && !OrganizationHeads.Contains(word) && !IsOfficialHead(word)
            && !lexicon.Contains(word, LexiconClass.OrganizationWord) && !lexicon.Contains(word, LexiconClass.PlaceWord)
            && !lexicon.Contains(word, LexiconClass.PersonTitle) && !IsKnownPlace(word) && word is not ("Port" or "City" or "Isle" or "Diocese" or "Archdiocese");
    }
}
