using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>
/// Links the recognizer's names within one document: acronyms the text defines, and surnames of persons named
/// in full earlier. Then builds the typed mentions.
/// </summary>
/// <remarks>Every step is one pass over the tokens and the sorted, non-overlapping names (a pointer into the names
/// moves forward only; acronyms and long forms are found by hash), so the work is linear in the document; the
/// steps are counted (<see cref="Link(Document, ImmutableArray{RecognizedName}, PlaceMentionMaker?, out long)"/>)
/// so that tests can prove it.</remarks>
internal static partial class NameLinker
{
    /// <summary>The most tokens a long form may have.</summary>
    private const int MaxLongForm = 12;

    /// <summary>A name being linked: its token range, type, canonical name and acronym.</summary>
    /// <remarks><c>Cut</c> is how many characters of the last token are not part of the name ("-based" of "Berlin-based");
    /// <c>Lead</c> how many characters of the first token are not ("Pfizer-" of the "BioNTech" in "Pfizer-BioNTech vaccine").</remarks>
    private record struct Item(int First, int Last, NameType Type, string? Name, string? Acronym, int Cut = 0, int Lead = 0);

    /// <summary>An acronym the text defines: the long form's tokens and type.</summary>
    private readonly record struct Definition(string Acronym, string LongForm, NameType Type, int First, int Last, int AcronymToken);

    /// <summary>Links <paramref name="names"/> and builds the mentions; <paramref name="makePlaces"/>, when given, makes the place mentions.</summary>
    public static NameMentions Link(Document document, ImmutableArray<RecognizedName> names, PlaceMentionMaker? makePlaces = null) =>
        Link(document, names, makePlaces, out _);

    /// <summary>The same, counting in <paramref name="steps"/> the tokens and names each step visits.</summary>
    internal static NameMentions Link(Document document, ImmutableArray<RecognizedName> names, PlaceMentionMaker? makePlaces, out long steps) =>
        Link(document, names, makePlaces, lowerHashes: null, out steps);

    /// <summary>The same, with the recognizer's lower-cased hash of each token (<paramref name="lowerHashes"/>, by token
    /// index; null: the linker hashes the tokens it asks about itself).</summary>
    internal static NameMentions Link(Document document, ImmutableArray<RecognizedName> names, PlaceMentionMaker? makePlaces, uint[]? lowerHashes) =>
        Link(document, names, makePlaces, lowerHashes, out _);

    private static NameMentions Link(Document document, ImmutableArray<RecognizedName> names, PlaceMentionMaker? makePlaces, uint[]? lowerHashes, out long steps)
    {
        RememberKnownPlaces(document.Text);
        ForgetCapitals();
        RememberLowerHashes(document, lowerHashes);
        try
        {
            return LinkPasses(document, names, makePlaces, out steps);
        }
        finally
        {
            ForgetLowerHashes();
            ForgetKnownPlaces();
            ForgetCapitals();
        }
    }

    /// <summary>The passes of <see cref="Link(Document, ImmutableArray{RecognizedName}, PlaceMentionMaker?, out long)"/>, in order.</summary>
    private static NameMentions LinkPasses(Document document, ImmutableArray<RecognizedName> names, PlaceMentionMaker? makePlaces, out long steps)
    {
        List<Item> items = TakeList(names.Length);
        foreach (RecognizedName n in names)
        {
            items.Add(new Item(n.FirstToken, n.FirstToken + n.TokenCount - 1, n.Type, null, null));
        }

        long work = items.Count;
        items = Replaced(items, SplitAtSeparators(document, items));
        TrimTableEntries(document, items);
        TrimSentenceStarts(document, items);
        DropCommonAcronyms(document, items);
        DropOpeningModifiers(document, items);
        items = Replaced(items, ApplyConventions(document, items, out List<ConventionName>? conventions, ref work));
        items = Replaced(items, SplitOrganizations(document, items, ref work));
        items = Replaced(items, SplitRunTogether(document, items));
        JoinPartnerships(document, items);
        ExtendLegalForms(document, items);
        JoinLegalFormTails(document, items);
        items = Replaced(items, JoinHeadedClosingWords(document, items));
        items = Replaced(items, ExtendOrganizationHeads(document, items, ref work));
        JoinCoordinatedNames(document, items);
        JoinOrganizationsOfPlaces(document, items, ref work);
        items = Replaced(items, JoinComplements(document, items, ref work));
        JoinOfficialTails(document, items);
        JoinCampusPlaces(document, items);
        items = Replaced(items, ForeignBodies(document, items));
        JoinPlacesOfPlaces(document, items);
        List<Definition>? definitions = FindAcronyms(document, items, ref work);
        if (definitions is not null)
        {
            items = Replaced(items, ApplyAcronyms(document, items, definitions, ref work));
        }

        JoinBracketedTails(document, items);
        items = Replaced(items, SplitLeadersFromBodies(document, items));

        RetypeListedOrganizations(document, items);
        ListedWholeNames(document, items);
        RegionalArms(document, items);
        RetypeByHeads(document, items);
        PlaceNamedBodies(document, items);
        items = Replaced(items, PlacesByContext(document, items));
        items = Replaced(items, PlacesLocatingCompanies(document, items));
        UnknownPlacesAsOrganizations(document, items);
        PlacesOwningOrganizations(document, items);
        VenuesAsPlaces(document, items);
        items = Replaced(items, WorksAsPlaces(document, items));
        FacilitiesAsPlaces(document, items);
        PersonsKnownAsPlaces(document, items);
        SidesAndGrounds(document, items);
        items = Replaced(items, OrganizationsByDescription(document, items));
        items = Replaced(items, OrganizationsByListedUse(document, items));
        OrganizationsByCompany(document, items);
        items = Replaced(items, OrganizationsByShape(document, items));
        items = Replaced(items, OrganizationsListedTogether(document, items));
        PersonsActingAsFirms(document, items);
        TrimOwnersPossessive(document, items);
        items = Replaced(items, PossessiveNames(document, items, ref work));
        SetAsideProducts(document, items);
        UnnamedPersonsAsOrganizations(document, items);
        PersonsListedWithOrganizations(document, items);
        PlacesListedWithOrganizations(document, items);
        PersonsTabledWithOrganizations(document, items);
        items = Replaced(items, RowsTabledWithOrganizations(document, items));
        PersonsAsPlaces(document, items);
        PersonsTypedAsOrganizations(document, items);
        items = Replaced(items, BodiesNamedByCommonWords(document, items));
        OrganizationsKnownAsPlaces(document, items);
        items = Replaced(items, PersonsInLineups(document, items));
        FoundersByTheirUse(document, items);
        HarmonizeTypes(document, items);
        SeatsThatAct(document, items);
        JoinBodiesOverAnd(document, items);
        items = Replaced(items, SplitHeadedPairs(document, items));
        items = Replaced(items, ShortForms(document, items));
        items = Replaced(items, HeadlineNames(document, items, ref work));
        items = Replaced(items, SplitHeadlines(document, items));
        items = Replaced(items, CapitalHeadlineObjects(document, items));
        items = Replaced(items, GroupsNamedFor(document, items, ref work));
        items = Replaced(items, NumberedNames(document, items));
        CutTallies(document, items);
        ListedNumberTails(document, items);
        items = Replaced(items, DivisionNames(document, items));
        DropTickers(document, items);
        ExtendNameParticles(document, items);
        NameSurnames(document, items);
        PluralFamilies(document, items);
        items = Replaced(items, ClubSides(document, items));
        GroupsWithNamingNouns(document, items);
        OperatorsOfSites(document, items);
        items = Replaced(items, PlacesInCompounds(document, items));
        items = JoinGluedLetters(document, items);
        TrimMatterPrefixes(document, items);
        TrimHonorifics(document, items);
        items = Replaced(items, EnumeratedBodies(document, items));
        JoinPlacesNamedWithAnd(document, items);
        OwnersOfTitles(document, items);
        items = Replaced(items, SharedHeadConjuncts(document, items, ref work));
        items = Replaced(items, CasesAndCourts(document, items));
        items = Replaced(items, SaintsFoundations(document, items));
        items = Replaced(items, Journals(document, items));
        FieldCentres(document, items);
        PlaceNamedPapers(document, items);
        JoinQuotedNicknames(document, items);
        DropIndices(document, items);
        DropSectionLabels(document, items);
        items = Replaced(items, LinesAsPlaces(document, items));
        items = Replaced(items, SplitPairedBodies(document, items));
        KeepConventionTypes(items, conventions);
        items = Replaced(items, SplitAtParagraphs(document, items));
        work += 2L * items.Count;
        steps = work;
        NameMentions mentions = Build(document, items, makePlaces);
        GiveBack(items);
        return mentions;
    }

    // ---------------------------------------------------------------- datelines, bylines, photo credits

    /// <summary>Names fixed by news conventions (<see cref="Datelines"/>) replace what the recognizer said of those
    /// tokens (one merge of the two sorted lists).</summary>
    private static List<Item> ApplyConventions(Document document, List<Item> items, out List<ConventionName>? conventions, ref long steps)
    {
        var names = new List<ConventionName>();
        Datelines.Find(document, names);
        conventions = null;
        if (names.Count == 0)
        {
            return items;
        }

        names.Sort(static (a, b) => a.First.CompareTo(b.First));
        conventions = names;

        List<Item> replacements = TakeList(names.Count);
        foreach (ConventionName name in names)
        {
            replacements.Add(new Item(name.First, name.Last, name.Type, null, null));
        }

        replacements.Sort(static (a, b) => a.First.CompareTo(b.First));
        List<Item> result = ReplaceAll(items, replacements, ref steps);
        GiveBack(replacements);
        return result;
    }

    /// <summary>A place a convention fixed (a dateline's city and region, the place of reporting) stays a place whatever a
    /// later step read into it ("SRIHARIKOTA (PTI) -": a city no list knows is not an organization; the linker's steps
    /// judge names by the words around them, and a dateline has none). Bylines are left to those steps ("By Jane Smith,
    /// Kyiv Independent"). One merge of the two sorted lists.</summary>
    private static void KeepConventionTypes(List<Item> items, List<ConventionName>? conventions)
    {
        if (conventions is null)
        {
            return;
        }

        int c = 0;
        for (int k = 0; k < items.Count && c < conventions.Count; k++)
        {
            Item item = items[k];
            while (c < conventions.Count && conventions[c].First < item.First)
            {
                c++;
            }

            if (c < conventions.Count && conventions[c].First == item.First && conventions[c].Last == item.Last && item.Cut == 0
                && conventions[c].Type == NameType.Place && item.Type != NameType.Place)
            {
                items[k] = item with { Type = conventions[c].Type, Name = null, Acronym = null };
            }
        }
    }

    // ---------------------------------------------------------------- organization heads

    /// <summary>A run of capitalised words ending in an organisation word ("Committees", "Ministry", "Bank") whose
    /// words the recognizer left untagged or tagged as other names ("Armenian" in "Armenian Political Action
    /// Committees") is one organization.</summary>
    private static List<Item> ExtendOrganizationHeads(Document document, List<Item> items, ref long steps)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        NameLexicon lexicon = NameLexicon.Default;

        // The runs come in text order and never overlap, so the names before a run are final once it is reached:
        // they move to the result, and only the names from `next` on can overlap the run.
        List<Item>? result = null;
        int next = 0;
        foreach (Sentence sentence in document.Sentences)
        {
            int i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                steps++;
                if (!IsCapitalWord(document, i))
                {
                    i++;
                    continue;
                }

                int end = i + 1;
                while (end < sentence.EndToken && IsCapitalWord(document, end))
                {
                    steps++;
                    end++;
                }

                // Not at a sentence start (a capital there says nothing), not in a line of capitals. A district body
                // ("Los Angeles Unified School District") overrides what the recognizer made of its words, and may
                // open the sentence after "The".
                int from = i;
                bool district = end - i >= 3 && document.TokenText(end - 1) is "District" && DistrictBodies.Contains(document.TokenText(end - 2));
                if (district && i == sentence.FirstToken && document.TokenText(i) is "The")
                {
                    from = i + 1;
                }

                bool informative = from > sentence.FirstToken && !tokens[end - 1].Has(TokenTraits.AllCaps);
                if (informative && end - from >= 2 && (district || lexicon.Contains(document.TokenText(end - 1), LexiconClass.OrganizationWord)))
                {
                    i = from;
                    result ??= TakeList(items.Count);
                    while (next < items.Count && items[next].Last < i)
                    {
                        steps++;
                        result.Add(items[next++]);
                    }

                    if (OnlyOtherNames(items, next, i, end - 1, district, ref steps))
                    {
                        // The names it overlaps give way to it (as Replace does).
                        while (next < items.Count && items[next].First <= end - 1)
                        {
                            steps++;
                            next++;
                        }

                        result.Add(new Item(i, end - 1, NameType.Organization, null, null));
                    }
                }

                i = end;
            }
        }

        if (result is null)
        {
            return items;
        }

        for (; next < items.Count; next++)
        {
            steps++;
            result.Add(items[next]);
        }

        return result;
    }

    /// <summary>Words before "District" that make the district a body serving an area, not the area ("Los Angeles
    /// Unified School District", "Clark County School District", "Metropolitan Water District"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet DistrictBodies = LinkerWords.Set("district-bodies");

    /// <summary>An organization with an organisation word, then "of" and a place, is one organization: the place
    /// says whose it is ("Congress of Azerbaijanis of Moldova", "Central Bank of Russia", "Union of Journalists of
    /// Armenia").</summary>
    private static void JoinOrganizationsOfPlaces(Document document, List<Item> items, ref long steps)
    {
        if (items.Count < 2)
        {
            return;
        }

        ReadOnlySpan<Sentence> sentences = document.Sentences;
        int sentence = 0;

        // Compacts in place: `organization` is the name being grown, `kept` how many names before it are final.
        int kept = 0;
        Item organization = items[0];
        for (int k = 1; k < items.Count; k++)
        {
            steps++;
            Item place = items[k];

            // The sentence holding the organization: the items are sorted, so it only moves forward.
            while (sentence < sentences.Length && sentences[sentence].EndToken <= organization.First)
            {
                steps++;
                sentence++;
            }

            int of = organization.Last + 1;
            // The place may come after whose members the body is ("Congress of Azerbaijanis of Moldova": a people, then a place).
            bool whose = place.Type == NameType.Place
                || (place.Type == NameType.Miscellaneous && k + 1 < items.Count && items[k + 1].Type == NameType.Place
                    && items[k + 1].First == place.Last + 2 && document.TokenText(place.Last + 1) is "of");
            // "Armed Forces of the Democratic Republic of the Congo", "Export-Import Bank of the United States": "of
            // the" before the place where the body's own last word is an organisation head.
            bool ofThe = place.First == of + 2 && of + 1 < document.Tokens.Length && document.TokenText(of + 1) is "the"
                && (OrganizationHeads.Contains(document.TokenText(organization.Last)) || ServiceHeads.Contains(document.TokenText(organization.Last)));
            if (organization.Type == NameType.Organization && whose && (place.First == of + 1 || ofThe)
                && of < document.Tokens.Length && document.TokenText(of) is "of" && sentence < sentences.Length && place.Last < sentences[sentence].EndToken
                && HasOrganizationWord(document, organization.First, organization.Last + 1, ref steps)
                && !OwnedFrom(document, organization.First, organization.Last))
            {
                organization = organization with { Last = place.Last };
            }
            else
            {
                items[kept++] = organization;
                organization = place;
            }
        }

        items[kept++] = organization;
        items.RemoveRange(kept, items.Count - kept);
    }

    /// <summary>Heads of a business's name that a place after "of" only locates ("Amsons Group of Tanzania",
    /// "Black Forest Labs of Freiburg", "the Public Investment Fund of Saudi Arabia"), unlike a bank's or a union's.</summary>
    private static readonly WordSet LocatedHeads =
        new(["Group", "Holding", "Holdings", "Labs", "Records", "Fund", "Robotics", "Technologies", "Technology"]);

    /// <summary>Whether tokens <paramref name="first"/>..<paramref name="last"/> are a business of two words or more
    /// whose last is one of <see cref="LocatedHeads"/>, or a coined company (<see cref="LocatedFirm"/>), so a place
    /// after "of" says where it is, not whose it is.</summary>
    private static bool OwnedFrom(Document document, int first, int last) =>
        (last > first && LocatedHeads.Contains(document.TokenText(last)) && !Contains(document, first, last, "of"))
        || LocatedFirm(document, first, last);

    /// <summary>
    /// No name runs across a paragraph break (a blank line, even one holding spaces): whatever pass joined the parts, a
    /// name holding a token after a blank line is cut there into its parts, each keeping the type. The last step before
    /// the mentions are built, so every pass is held to it.
    /// </summary>
    /// <remarks>One pass over the names' tokens, so linear.</remarks>
    private static List<Item> SplitAtParagraphs(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        List<Item>? result = null;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            int start = item.First;
            for (int i = item.First + 1; i <= item.Last; i++)
            {
                if (tokens[i].Has(TokenTraits.ParagraphBefore))
                {
                    result ??= TakeList(items, k);
                    AddPiece(document, result, new Item(start, i - 1, item.Type, null, null));
                    start = i;
                }
            }

            if (start == item.First)
            {
                result?.Add(item);
            }
            else
            {
                // Only the last piece keeps the cut, which applies to the name's last token.
                AddPiece(document, result!, item with { First = start, Name = null, Acronym = null });
            }
        }

        return result ?? items;
    }

    /// <summary>Adds a piece of a name cut at a paragraph break, without the punctuation at either end ("Acme Holdings
    /// (" and "UK)" are "Acme Holdings" and "UK"); a piece with no word or number left is dropped.</summary>
    private static void AddPiece(Document document, List<Item> result, Item piece)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int first = piece.First;
        int last = piece.Last;
        while (first <= last && tokens[first].Kind is not (TokenKind.Word or TokenKind.Number))
        {
            first++;
        }

        while (last >= first && tokens[last].Kind is not (TokenKind.Word or TokenKind.Number))
        {
            last--;
        }

        if (first > last)
        {
            return;
        }

        result.Add(first == piece.First && last == piece.Last ? piece : piece with { First = first, Last = last, Name = null, Acronym = null, Cut = last == piece.Last ? piece.Cut : 0, Lead = first == piece.First ? piece.Lead : 0 });
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsCapitalWord(Document document, int i)
    {
        Token token = document.Tokens[i];
        return token.Kind == TokenKind.Word && token.Has(TokenTraits.Capitalized);
    }

    /// <summary>Whether the names overlapping [<paramref name="first"/>, <paramref name="last"/>] are all
    /// miscellaneous (of any type when <paramref name="anyType"/>) and lie inside it.</summary>
    /// <remarks>The names are sorted and do not overlap, and none before <paramref name="from"/> reaches
    /// <paramref name="first"/>, so only the names from there that start by <paramref name="last"/> are looked at.</remarks>
    private static bool OnlyOtherNames(List<Item> items, int from, int first, int last, bool anyType, ref long steps)
    {
        for (int k = from; k < items.Count && items[k].First <= last; k++)
        {
            steps++;
            Item item = items[k];
            if ((item.Type != NameType.Miscellaneous && !anyType) || item.First < first || item.Last > last)
            {
                return false;
            }
        }

        return true;
    }

    // ---------------------------------------------------------------- persons

    /// <summary>A one-word person whose word ends a full name given earlier in the text is named by that full name.</summary>
    /// <remarks>The surnames are a table of the document's spans, each to the first full name that ends in it (its
    /// place in the list, which this pass does not reorder); a full name is folded into a string when it names a use.</remarks>
    private static void NameSurnames(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        string text = document.Text;
        Places.SpanMemo<int>? surnames = null;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            if (item.Type != NameType.Person)
            {
                continue;
            }

            if (item.Last > item.First)
            {
                surnames ??= TakeTable();
                Token surname = tokens[item.Last];
                if (!surnames.TryGet(text, surname.Start, surname.Length, out _, out int hash))
                {
                    surnames.Add(surname.Start, surname.Length, hash, k);
                }
            }
            else if (surnames is not null && surnames.TryGet(text, tokens[item.First].Start, tokens[item.First].Length, out int full, out _))
            {
                items[k] = item with { Name = Fold(document, items[full].First, items[full].Last) };
            }
        }

        GiveBack(surnames);
    }

    // ---------------------------------------------------------------- mentions

    private static NameMentions Build(Document document, List<Item> items, PlaceMentionMaker? makePlaces)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int organizationCount = 0;
        int personCount = 0;
        foreach (Item item in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(items))
        {
            organizationCount += item.Type == NameType.Organization ? 1 : 0;
            personCount += item.Type == NameType.Person ? 1 : 0;
        }

        // Sized exactly, so that each array is made once (DrainToImmutable hands it over without a copy).
        var organizations = ImmutableArray.CreateBuilder<OrganizationMention>(organizationCount);
        var persons = ImmutableArray.CreateBuilder<PersonMention>(personCount);
        PlaceName[] placeNames = SpareArrays<PlaceName>.Rent(items.Count);
        int placeCount = 0;
        string text = document.Text;
        try
        {
            foreach (Item item in items)
            {
                int end = tokens[item.Last].End - item.Cut;
                int start = NameStart(text, tokens[item.First].Start + item.Lead, end);
                if (start == end)
                {
                    continue;
                }

                string span = text[start..end];
                string name = item.Name ?? Fold(span);
                switch (item.Type)
                {
                    case NameType.Organization:
                        organizations.Add(new OrganizationMention(start, end, span, name, item.Acronym));
                        break;
                    case NameType.Place:
                        placeNames[placeCount++] = new PlaceName(start, end, span, name);
                        break;
                    case NameType.Person:
                        persons.Add(new PersonMention(start, end, span, name));
                        break;
                    default:
                        break;
                }
            }

            ImmutableArray<OrganizationMention> organizationMentions = organizations.DrainToImmutable();
            ImmutableArray<PersonMention> personMentions = persons.DrainToImmutable();
            ReadOnlySpan<PlaceName> found = placeNames.AsSpan(0, placeCount);
            ImmutableArray<PlaceMention> places = makePlaces is null ? PlaceName.Mentions(found) : makePlaces(document, found, organizationMentions, personMentions);
            return new NameMentions(organizationMentions, places, personMentions);
        }
        finally
        {
            SpareArrays<PlaceName>.Return(placeNames);
        }
    }

    private static string Fold(Document document, int first, int last)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        return Fold(document.Text[tokens[first].Start..tokens[last].End]);
    }

    /// <summary>The text with each run of white space (line breaks included) made one space.</summary>
    internal static string Fold(string span)
    {
        bool clean = true;
        for (int i = 0; i < span.Length && clean; i++)
        {
            clean = !CharClass.IsSeparator(span[i]) || (span[i] == ' ' && (i == 0 || span[i - 1] != ' '));
        }

        if (clean)
        {
            return span;
        }

        var folded = new StringBuilder(span.Length);
        bool space = false;
        foreach (char c in span)
        {
            if (CharClass.IsSeparator(c))
            {
                space = true;
                continue;
            }

            if (space && folded.Length > 0)
            {
                folded.Append(' ');
            }

            space = false;
            folded.Append(c);
        }

        return folded.ToString();
    }
}
