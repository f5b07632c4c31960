using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>Type decisions across a document: a name typed by strong evidence once keeps that type elsewhere.</summary>
internal static partial class NameLinker
{
    /// <summary>Words after "'s" that belong to companies and bodies ("Rivian's shares", "Pfizer's chief executive").</summary>
    private static readonly WordSet OwnedByOrganizations = new WordSet(
        ["shares", "stock", "stocks", "shareholders", "investors", "board", "chief", "CEO", "executives", "revenue", "revenues",
         "profit", "profits", "earnings", "sales", "subsidiary", "subsidiaries", "headquarters", "employees", "workers",
         "staff", "spokesperson", "spokesman", "spokeswoman", "valuation", "market", "customers", "products", "plant",
         "factory", "factories", "stores", "members", "fighters", "leadership", "founder", "co-founder", "chairman"]);

    /// <summary>Words before "of"/"in" that take an organization ("shares of Rivian", "a stake in Snowflake").</summary>
    private static readonly WordSet OrganizationHolders = new WordSet(
        ["shares", "stock", "stake", "shareholders", "investors", "CEO", "executive", "spokesperson", "spokesman", "spokeswoman",
         "founder", "co-founder", "employees", "subsidiary", "unit", "acquisition", "owner", "members"]);


    /// <summary>Whether token <paramref name="k"/> is a person's title ("Mr", "President", "Governor"): the linker's own
    /// list or the lexicon's titles; false before the document's start.</summary>
    private static bool TitleAt(Document document, int k) =>
        k >= 0 && (PersonTitles.Contains(document.TokenText(k)) || NameLexicon.Default.Contains(document.TokenText(k), LexiconClass.PersonTitle));
    /// <summary>Titles before a person's name ("Mr", "President").</summary>
    private static readonly WordSet PersonTitles = new WordSet(
        ["Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "President", "Senator", "Sen.", "Rep.", "Governor", "Gov.", "Minister",
         "Prime", "Chancellor", "Judge", "Justice", "Professor", "Prof.", "Sir", "Dame", "Lord", "General", "Gen."]);

    private const ushort PersonNameKinds = GivenNameKinds | 1 << (int)NameListKind.SurnameCommon | 1 << (int)NameListKind.SurnameRare;

    /// <summary>
    /// A one-word "person" with nothing of a person about it is an organization ("Paytm", "Kalshi", "Maneskin"): no
    /// list knows the word as a given name or a surname, no title stands before it, and the article names no one in
    /// full with it (news names a person in full before using a surname alone: "Do Kwon … Kwon").
    /// </summary>
    private static void UnnamedPersonsAsOrganizations(Document document, List<Item> items)
    {
        Places.SpanMemo<int>? namedInFull = null;
        foreach (Item item in items)
        {
            // A person named in full, or after other capitalised words ("Prime Minister Sheikh Hasina").
            if (item.Type == NameType.Person && (item.Last > item.First || (item.First > 0 && IsCapitalWord(document, item.First - 1))))
            {
                for (int i = item.First; i <= item.Last; i++)
                {
                    AddText(document, ref namedInFull, document.TokenText(i));
                }
            }
        }

        NameLexicon lexicon = NameLexicon.Default;
        bool listedAfterNoun = false; // the list holding item k follows "firms including", "companies such as"
        bool personNoun = false; // and that noun may also head people ("giants", "builders", "parties")
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            if (!(k > 0 && listedAfterNoun && Coordinated(document, items[k - 1].Last, item.First)))
            {
                listedAfterNoun = IntroducedAsOrganizations(document, items, k, out personNoun);
            }

            // A place no list knows in such a list is one too ("companies such as Nuro").
            if (listedAfterNoun && item.Type == NameType.Place && item.Cut == 0 && !IsKnownPlace(Text(document, item))
                && !IsKnownPlace(document.TokenText(item.First)) && !IsKnownPlace(document.TokenText(item.Last)))
            {
                items[k] = item with { Type = NameType.Organization };
                continue;
            }

            if (item.Type != NameType.Person || item.Cut != 0)
            {
                continue;
            }

            // "foreign firms including Jane Street and Da Vinci", "law firms such as Quinn Emanuel and Gibson Dunn"; after
            // a noun that may head people, a person opening with a given name only when the lists know the name as a
            // firm ("literary giants Toni Morrison" stays a person; "parties: Apna Dal (S)" does not).
            if (listedAfterNoun && !TitleAt(document, item.First - 1)
                && (!personNoun || !OpensWithGivenName(document, item)
                    || (ListKinds(document, item.First, item.Last) & (OrganizationKinds | NamedFirmKinds)) != 0))
            {
                items[k] = item with { Type = NameType.Organization };
                continue;
            }

            if (item.Last > item.First || (ListKinds(document, item.First, item.First) & PersonNameKinds) != 0)
            {
                // A person in a list of organizations, not opening with a given name nor after a title ("investors
                // including Andreessen Horowitz and DST Global", "Princeton, Cornell and Northwestern"); one word
                // that may be a surname needs organizations on both sides.
                int sides = CoordinatedWith(items, k, document, NameType.Organization);
                if (sides == 1 && Gapped(document, items[k - 1].First, item.Last))
                {
                    sides = 0; // "X signed for the TPLF and Redwan Hussien for the government": a second subject
                }

                // A name opening with a given name needs organizations on both sides ("Blackbird, Franklin Templeton
                // and T. Rowe Price"); a person rarely stands between two firms.
                bool givenFirst = (ListKinds(document, item.First, item.First) & GivenNameKinds) != 0 || lexicon.Contains(document.TokenText(item.First), LexiconClass.GivenName);
                if ((item.Last > item.First ? sides == 3 || (sides != 0 && !givenFirst) : sides == 3 && !givenFirst)
                    && !(TitleAt(document, item.First - 1) || item.First > 0 && document.TokenText(item.First - 1) is "By" or "by")) // "By Jane Smith, Kyiv Independent"
                {
                    items[k] = item with { Type = NameType.Organization };
                }

                continue;
            }

            ReadOnlySpan<char> word = document.TokenText(item.First);
            if (word.Length < 3 || document.Tokens[item.First].Kind != TokenKind.Word || !char.IsUpper(word[0])
                || (ListKinds(document, item.First, item.First) & PersonNameKinds) != 0
                || lexicon.Contains(word, LexiconClass.GivenName)
                || ContainsText(document, namedInFull, word)
                || TitleAt(document, item.First - 1)
                || lexicon.Contains(word, LexiconClass.CommonCapitalized)
                || SaidToBePerson(document, item.First)
                || CoordinatedWithPerson(items, k, document))
            {
                continue;
            }

            items[k] = item with { Type = NameType.Organization };
        }

        GiveBack(namedInFull);
    }

    /// <summary>Whether a plural noun of organizations and "including", "such as" or "like" stand right before the name at
    /// <paramref name="k"/> ("firms including", "companies, such as", "banks like"), or the noun alone as its apposition
    /// ("insurers Beazley and Hiscox"), or heads the colon before it: opening a list of them. <paramref name="personNoun"/>
    /// tells whether the noun may also head people (<see cref="PersonPluralNouns"/>).</summary>
    private static bool IntroducedAsOrganizations(Document document, List<Item> items, int k, out bool personNoun)
    {
        int first = items[k].First;
        int i = first - 1;
        personNoun = false;
        if (i >= 1 && document.TokenText(i) is "as" && document.TokenText(i - 1) is "such")
        {
            i -= 2;
        }
        else if (i >= 0 && document.TokenText(i) is "including" or "like")
        {
            i--;
        }
        else if (i >= 1 && document.TokenText(i) is ":")
        {
            int noun = HeadingNoun(document, i);
            personNoun = noun >= 0 && IsPersonPluralNoun(document, noun);
            return noun >= 0;
        }
        else
        {
            // A plural noun of organizations right before the first name, as its apposition ("hedge funds Marshall
            // Wace, Man Group and Millennium", "Housebuilders Taylor Wimpey, Persimmon and Bellway"), where the names
            // are no subject of a clause the noun heads ("the firms Epstein used", "the clubs Lionel Messi played for",
            // "the clubs Messi, Ronaldo and Neymar played for": a lower-case word after the last name of the list).
            if (!IsPluralOrganizationNoun(document, i) || !FreeAfter(document, items[k].Last + 1))
            {
                return false;
            }

            int end = k;
            while (end + 1 < items.Count && Coordinated(document, items[end].Last, items[end + 1].First))
            {
                end++;
            }

            bool determined = (i >= 1 && ContainsLowered(ClauseDeterminers, document.TokenText(i - 1)))
                || (i >= 2 && ContainsLowered(ClauseDeterminers, document.TokenText(i - 2)));
            personNoun = IsPersonPluralNoun(document, i);
            return end == k || !determined || MainClauseAfter(document, items[end].Last + 1);
        }

        if (i >= 0 && document.TokenText(i) is ",")
        {
            i--;
        }

        personNoun = IsPersonPluralNoun(document, i);
        return IsPluralOrganizationNoun(document, i);
    }

    /// <summary>Determiners before a plural noun of organizations that may make the names after it a relative clause's
    /// subject ("the clubs Messi … played for"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet ClauseDeterminers = LinkerWords.Set("clause-determiners");

    /// <summary>Words right after a relative clause's verb that show its gap: a stranded preposition or a second verb
    /// (<c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet ClauseGapWords = LinkerWords.Set("clause-gap-words");

    /// <summary>Words that open an object after a preposition ("signed with the band"), so the preposition is not stranded
    /// (<c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet ClauseObjectOpeners = LinkerWords.Set("clause-object-openers");

    /// <summary>Lower-case complements that end a firm's clause with no object ("went bust", "went public"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet ClauseComplements = LinkerWords.Set("clause-complements");

    /// <summary>Whether the list ending before token <paramref name="after"/> is the subject of a main clause, shown by its
    /// verb's own object or complement: a lower-case verb, then a word of <see cref="ClauseObjectOpeners"/>, a capitalised
    /// word, a number or a <c>clause-complements</c> word ("the labels Corvo, Daylin and Strade signed the band", "went
    /// bust"). A verb that ends the clause or takes an adverbial ("the clubs Messi, Ronaldo and Neymar joined.", "left
    /// behind", "founded in the 2000s", "joined last summer") or a stranded preposition (<see cref="ClauseGapAfter"/>)
    /// leaves a relative clause whose subject the names are, so persons among them stay persons (review 33n F1).</summary>
    private static bool MainClauseAfter(Document document, int after)
    {
        int length = document.Tokens.Length;
        if (after + 1 >= length || FreeAfter(document, after) || ClauseGapAfter(document, after))
        {
            return false;
        }

        Token next = document.Tokens[after + 1];
        ReadOnlySpan<char> word = document.TokenText(after + 1);
        return next.Kind == TokenKind.Number || (next.Kind == TokenKind.Word && next.Has(TokenTraits.Capitalized))
            || ContainsLowered(ClauseObjectOpeners, word) || ContainsLowered(ClauseComplements, word);
    }

    /// <summary>Whether a relative clause with a gap follows the list ending before token <paramref name="after"/>: a
    /// lower-case verb, then a stranded preposition or a second verb of <see cref="ClauseGapWords"/> not followed by a
    /// capitalised word or a determiner ("the clubs Messi, Ronaldo and Neymar played for all won titles", "the firms A, B
    /// and C used were"), unlike a main clause with its own object ("the labels Corvo, Daylin and Strade signed the
    /// band", "went bust", "signed with Atlantic").</summary>
    private static bool ClauseGapAfter(Document document, int after)
    {
        int length = document.Tokens.Length;
        if (after + 1 >= length || FreeAfter(document, after) || !ContainsLowered(ClauseGapWords, document.TokenText(after + 1)))
        {
            return false;
        }

        int then = after + 2;
        return then >= length || document.Tokens[then].Kind != TokenKind.Word
            || (!document.Tokens[then].Has(TokenTraits.Capitalized) && !ContainsLowered(ClauseObjectOpeners, document.TokenText(then)));
    }

    /// <summary>Whether <paramref name="item"/> is a person whose first word the lists or the lexicon know as a given
    /// name ("Toni Morrison", "John Smith").</summary>
    private static bool OpensWithGivenName(Document document, Item item) =>
        item.Type == NameType.Person
        && ((ListKinds(document, item.First, item.First) & GivenNameKinds) != 0
            || NameLexicon.Default.Contains(document.TokenText(item.First), LexiconClass.GivenName));

    /// <summary>Whether token <paramref name="after"/>, after a name, leaves it free of a clause it would be the subject
    /// of: the end, no word, a capitalised word, "and" or "or".</summary>
    private static bool FreeAfter(Document document, int after) =>
        after >= document.Tokens.Length || document.Tokens[after].Kind != TokenKind.Word
        || document.Tokens[after].Has(TokenTraits.Capitalized) || document.TokenText(after) is "and" or "or";

    /// <summary>The plural noun of organizations that stands in the few lower-case words that open the sentence before
    /// the colon at <paramref name="colon"/> ("Indonesian start-ups that closed rounds: Pintu, Fazz, …", "European AI
    /// labs named in the survey:"), a heading over a list of them; or -1.</summary>
    private static int HeadingNoun(Document document, int colon)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        for (int j = colon - 1; j >= 0 && j >= colon - 8; j--)
        {
            if (tokens[j].Kind != TokenKind.Word || tokens[j].Has(TokenTraits.Terminal))
            {
                return -1;
            }

            if (IsPluralOrganizationNoun(document, j))
            {
                return j;
            }

            if (tokens[j].Has(TokenTraits.LineBreakBefore))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Nouns before a name that make it a person ("Swiss singer Nemo"; <c>LinkerWords.txt</c>, without the
    /// function word "as", which <see cref="SaidToBePerson"/> and the firm tests read apart: review 35n F7).</summary>
    private static readonly WordSet PersonNounsBefore = LinkerWords.Set("person-nouns-before");

    /// <summary>Whether the words around token <paramref name="i"/> say it is a person or set it apart as a description
    /// would ("known as Hemedti", "singer Nemo", "the Pinault family", "its service, Autoship,", "Leqembi, an
    /// Alzheimer's drug").</summary>
    private static bool SaidToBePerson(Document document, int i)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        ReadOnlySpan<char> before = i > 0 ? document.TokenText(i - 1) : default;
        ReadOnlySpan<char> after = i + 1 < tokens.Length ? document.TokenText(i + 1) : default;
        return PersonNounsBefore.Contains(before) || before is "as"
            || after is "family" or "clan" or "dynasty" or "brothers" or "sisters"
            || (before is "," && i > 1 && tokens[i - 2].Kind == TokenKind.Word && !tokens[i - 2].Has(TokenTraits.Capitalized))
            || (after is "," && i + 2 < tokens.Length && document.TokenText(i + 2) is "a" or "an" or "the");
    }

    /// <summary>Whether a name ending at <paramref name="last"/>, after an organization opening at
    /// <paramref name="organization"/> and "and", is followed by the preposition that stood before the organization: a
    /// gapped clause, whose name parallels the subject ("signed for the TPLF and Redwan Hussien for the government").</summary>
    private static bool Gapped(Document document, int organization, int last)
    {
        if (last + 1 >= document.Tokens.Length || organization < 1)
        {
            return false;
        }

        ReadOnlySpan<char> after = document.TokenText(last + 1);
        int before = document.TokenText(organization - 1) is "the" && organization >= 2 ? organization - 2 : organization - 1;
        return document.Tokens[last + 1].Kind == TokenKind.Word && !document.Tokens[last + 1].Has(TokenTraits.Capitalized)
            && after.SequenceEqual(document.TokenText(before));
    }

    /// <summary>Whether the name at <paramref name="k"/> stands in a list with a person ("Jennie, Lisa, Jisoo and Rose").</summary>
    private static bool CoordinatedWithPerson(List<Item> items, int k, Document document) =>
        CoordinatedWith(items, k, document, NameType.Person) != 0;

    /// <summary>On which sides the name at <paramref name="k"/> stands in a list with a name of <paramref name="type"/>:
    /// bit 1 before it, bit 2 after it.</summary>
    private static int CoordinatedWith(List<Item> items, int k, Document document, NameType type)
    {
        static bool Joins(Document document, int a, int b) =>
            (b == a + 2 && document.TokenText(a + 1) is "," or "and" or "or")
            || (b == a + 3 && document.TokenText(a + 1) is "," && document.TokenText(a + 2) is "and" or "or");

        return (k > 0 && items[k - 1].Type == type && Joins(document, items[k - 1].Last, items[k].First) ? 1 : 0)
            | (k + 1 < items.Count && items[k + 1].Type == type && Joins(document, items[k].Last, items[k + 1].First)
                && !Possessive(document, items[k + 1].Last) ? 2 : 0); // "Jane Doe, Acme's chief executive": an apposition, no list
    }

    /// <summary>Whether "'s" follows token <paramref name="last"/>.</summary>
    private static bool Possessive(Document document, int last) =>
        last + 1 < document.Tokens.Length && document.TokenText(last + 1) is "'s" or "’s";

    /// <summary>
    /// A name the recognizer typed as an organization where the words around it say so strongly ("Rivian said it",
    /// "shares of Rivian", "Rivian's chief executive") keeps that type where the same name stands elsewhere with weaker
    /// evidence (typed as a place, a person or another name); and a person's surname, given in full as a person, is a
    /// person where it stands alone. A use whose own context is strong ("Mr Ford", "in Jordan") keeps its type.
    /// </summary>
    private static void HarmonizeTypes(Document document, List<Item> items)
    {
        Places.SpanMemo<int>? organizations = null;
        Places.SpanMemo<int>? surnames = null;
        foreach (Item item in items)
        {
            if (item.Type == NameType.Organization && item.Last - item.First < 4
                && (StrongOrganization(document, item.First, item.Last) || (ListKinds(document, item.First, item.Last) & OrganizationKinds) != 0))
            {
                AddText(document, ref organizations, Text(document, item));
            }
            else if (item.Type == NameType.Person && item.Last > item.First)
            {
                if (RunsLikeOrganization(document, item))
                {
                    AddText(document, ref organizations, Text(document, item));
                }
                else
                {
                    AddText(document, ref surnames, document.TokenText(item.Last));
                }
            }
        }

        if (organizations is null && surnames is null)
        {
            return;
        }

        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            if (item.Type != NameType.Organization && ContainsText(document, organizations, Text(document, item))
                && !StrongLocal(document, item))
            {
                items[k] = item with { Type = NameType.Organization };
            }
            else if (item.Type != NameType.Person && item.First == item.Last && surnames is not null
                && ContainsText(document, surnames, document.TokenText(item.First)) && !StrongLocal(document, item)
                && !ContainsText(document, organizations, Text(document, item)))
            {
                items[k] = item with { Type = NameType.Person };
            }
        }

        TagUntaggedOrganizations(document, items, organizations);
        GiveBack(organizations);
        GiveBack(surnames);
    }

    /// <summary>Words after "its" that only an organization has ("raised its profit forecast", "fired its chief
    /// executive").</summary>
    private static readonly WordSet OwnedAfterIts = new WordSet(
        ["shares", "stock", "shareholders", "board", "chief", "CEO", "executives", "revenue", "revenues", "profit", "profits",
         "earnings", "sales", "subsidiary", "headquarters", "employees", "workers", "staff", "valuation", "customers",
         "stores", "plant", "factory", "factories", "forecast", "outlook", "guidance", "dividend", "annual", "full-year",
         "quarterly", "net", "operating"]);

    /// <summary>Whether a person of two or three words, no title before it, runs a business: a verb, then "its" and what
    /// only an organization has ("Daiichi Sankyo raised its profit forecast"; people have "his" or "her" profits, and "X
    /// became its leader" names no such thing). A given name first no longer bars it when the verb is a subject's verb
    /// (session 37, names37b): "Ralph Lauren raised its forecast" is the house; "named Bettina Orlopp as its chief" is not.</summary>
    private static bool RunsLikeOrganization(Document document, Item item)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int verb = item.Last + 1;
        if (item.Last - item.First > 2 || verb + 2 >= tokens.Length || tokens[verb].Kind != TokenKind.Word
            || tokens[verb].Has(TokenTraits.Capitalized) || document.TokenText(verb + 1) is not "its"
            || !OwnedAfterIts.Contains(document.TokenText(verb + 2))
            || TitleAt(document, item.First - 1)
            || (((ListKinds(document, item.First, item.First) & GivenNameKinds) != 0
                    || NameLexicon.Default.Contains(document.TokenText(item.First), LexiconClass.GivenName))
                && !ContainsLowered(SubjectVerbs, document.TokenText(verb)))) // "named Bettina Orlopp as its chief executive"
        {
            return false;
        }

        return true;
    }

    /// <summary>Untagged capitalised words that spell an organization named elsewhere in the document, or that a list
    /// knows as one and the words around them call one ("Snap shares jumped"), are that organization.</summary>
    private static void TagUntaggedOrganizations(Document document, List<Item> items, Places.SpanMemo<int>? organizations)
    {
        List<Item> tagged = TagUntaggedRuns(document, items, 4, (first, last, added) =>
        {
            if (LeadingWords.Contains(document.TokenText(first)))
            {
                return first; // "The shares closed higher": an article, then a word that may begin a name
            }

            if (ContainsText(document, organizations, document.Text.AsSpan(document.Tokens[first].Start, document.Tokens[last].End - document.Tokens[first].Start))
                || ((ListKinds(document, first, last) & OrganizationKinds) != 0 && StrongOrganization(document, first, last)))
            {
                added.Add(new Item(first, last, NameType.Organization, null, null));
            }

            return last;
        });
        if (!ReferenceEquals(tagged, items))
        {
            items.Clear();
            items.AddRange(tagged);
            GiveBack(tagged);
        }
    }

    /// <summary>What to do with an untagged capitalised run <paramref name="first"/>..<paramref name="last"/>: add any
    /// names found to <paramref name="added"/> (in text order) and return the last token used.</summary>
    private delegate int RunRule(int first, int last, List<Item> added);

    /// <summary>Runs <paramref name="rule"/> on every run of up to <paramref name="maxTokens"/> capitalised words that no
    /// name covers; the list with the added names merged in (the same list when none were added).</summary>
    private static List<Item> TagUntaggedRuns(Document document, List<Item> items, int maxTokens, RunRule rule)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        ReadOnlySpan<Item> names = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(items); // the rule adds to `added` only
        List<Item> added = TakeList(16);
        int next = 0;

        // Only capitalised words start a run: the document's are visited in order, from the first token not yet
        // passed (after a name, or after the last token a rule used).
        int from = 0;
        foreach (int i in CapitalWords(document))
        {
            if (i < from)
            {
                continue;
            }

            while (next < names.Length && names[next].Last < i)
            {
                next++;
            }

            if (next < names.Length && names[next].First <= i)
            {
                from = names[next].Last + 1;
                continue;
            }

            int end = i + 1;
            int limit = next < names.Length ? names[next].First : tokens.Length;
            while (end < limit && end - i < maxTokens && tokens[end].Kind == TokenKind.Word && tokens[end].Has(TokenTraits.Capitalized))
            {
                end++;
            }

            from = rule(i, end - 1, added) + 1;
        }

        List<Item> result = added.Count == 0 ? items : MergeSorted(items, added);
        GiveBack(added);
        return result;
    }

    /// <summary>Adds <paramref name="text"/>, a span of the document's text, to <paramref name="set"/> (taken from the
    /// thread's spare tables when null; give it back with <see cref="GiveBack(Places.SpanMemo{int}?)"/>): the set holds
    /// the span's place, and compares texts by their characters, as a set of strings would.</summary>
    private static void AddText(Document document, ref Places.SpanMemo<int>? set, ReadOnlySpan<char> text)
    {
        set ??= TakeTable();
        int start = OffsetIn(document, text);
        if (!set.TryGet(document.Text, start, text.Length, out _, out int hash))
        {
            set.Add(start, text.Length, hash, 1);
        }
    }

    /// <summary>Whether <paramref name="set"/> is there and holds the text of <paramref name="text"/>, a span of the document's text.</summary>
    private static bool ContainsText(Document document, Places.SpanMemo<int>? set, ReadOnlySpan<char> text) =>
        set is not null && set.TryGet(document.Text, OffsetIn(document, text), text.Length, out _, out _);

    /// <summary>Where <paramref name="span"/>, a view of the document's text, starts in it.</summary>
    private static int OffsetIn(Document document, ReadOnlySpan<char> span)
    {
        bool inside = document.Text.AsSpan().Overlaps(span, out int offset);
        System.Diagnostics.Debug.Assert(inside && offset >= 0 && offset + span.Length <= document.Text.Length, "A span of the document's text.");
        return offset;
    }

    /// <summary>Whether <paramref name="set"/> holds <paramref name="word"/> lower-cased (invariant culture).</summary>
    private static bool ContainsLowered(WordSet set, ReadOnlySpan<char> word)
    {
        if (word.Length > 64)
        {
            return set.Contains(word.ToString().ToLowerInvariant());
        }

        Span<char> lower = stackalloc char[64];
        int n = word.ToLowerInvariant(lower);
        return set.Contains(lower[..n]);
    }

    /// <summary>The text of <paramref name="item"/> (a view of the document's text, no copy).</summary>
    private static ReadOnlySpan<char> Text(Document document, Item item) =>
        document.Text.AsSpan(document.Tokens[item.First].Start, document.Tokens[item.Last].End - document.Tokens[item.First].Start);

    /// <summary>Whether the words around tokens <paramref name="first"/>..<paramref name="last"/> say it is an organization.</summary>
    private static bool StrongOrganization(Document document, int first, int last)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int n = tokens.Length;

        // "shares of Rivian", "a stake in Snowflake".
        if (first >= 2 && document.TokenText(first - 1) is "of" or "in" && OrganizationHolders.Contains(document.TokenText(first - 2)))
        {
            return true;
        }

        // "Snap shares jumped", "Nintendo stock fell".
        if (last + 1 < n && document.TokenText(last + 1) is "shares" or "stock")
        {
            return true;
        }

        // "Rivian said it", "Rivian says its".
        if (last + 2 < n && document.TokenText(last + 1) is "said" or "says" or "announced" or "reported" or "expects" or "plans"
            && document.TokenText(last + 2) is "it" or "its")
        {
            return true;
        }

        // "Rivian's shares", "Pfizer's chief executive".
        return (last + 2 < n && document.TokenText(last + 1) is "'s" or "’s" && OwnedByOrganizations.Contains(document.TokenText(last + 2)))
            || DescribedAsOrganization(document, first, last, subject: true);
    }

    /// <summary>Whether the item's own context fixes its type: a title before a person, "in"/"near" before a place,
    /// "he"/"she" after a person.</summary>
    private static bool StrongLocal(Document document, Item item)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        return item.Type switch
        {
            NameType.Person => (item.First > 0 && PersonTitles.Contains(document.TokenText(item.First - 1)))
                || FamilyName(document, item.First, item.Last) // "the Schaeffler family", whatever the company of the name
                || (item.Last + 2 < tokens.Length && document.TokenText(item.Last + 2) is "he" or "she" or "his" or "her")
                || (item.Last + 1 < tokens.Length && document.TokenText(item.Last + 1) is "himself" or "herself") // "Ralph Lauren himself"
                || (item.Last > item.First && UsedAsPerson(document, item.First, item.Last)), // "Ralph Lauren, 86, watched his show"
            // "in Jordan"; "the Amazon" where the word lists know a region by the name (companies take no article).
            // "the streets of Liverpool", "off Pylos" keep a place where the club or body of the same name is named.
            NameType.Place => item.First > 0 && (document.TokenText(item.First - 1) is "in" or "near"
                || (document.TokenText(item.First - 1) is "the" && NameLexicon.Default.Contains(Text(document, item), LexiconClass.Region))
                || SaidToBePlace(document, item.First, item.Last) || PlacedByPreposition(document, item.First, item.Last)),
            // "who founded Armani", "bought Baldi": people are not owned, whoever shares the name.
            NameType.Organization => StrongOrganization(document, item.First, item.Last) || Owned(document, item.First),
            _ => false,
        };
    }
}
