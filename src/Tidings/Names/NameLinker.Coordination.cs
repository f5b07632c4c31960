using Tidings.Places;
using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>Names the recognizer ran across a separator, names left out of a list of organizations, and persons it
/// took for organizations where the words around them say a person is meant.</summary>
internal static partial class NameLinker
{
    /// <summary>Whether token <paramref name="i"/> separates clauses or items and never stands inside a name: a
    /// semicolon, an em dash, a vertical bar ("First HoldCo; Wema Bank", "Hezbollah — Hizbollah").</summary>
    private static bool IsSeparatorToken(Document document, int i) => document.TokenText(i) is ";" or "—" or "|";

    /// <summary>Lower-case words that stand inside names ("Bank of America", "Banque de France", "Raad van State",
    /// "Nippon Ishin no Kai", "Doctors without Borders").</summary>
    private static readonly WordSet NameParticles = LinkerWords.Set("name-particles");

    /// <summary>Whether token <paramref name="i"/> is a lower-case word inside the organization <paramref name="item"/>, between two
    /// capitalised words, that no name holds ("B&amp;Q owner Kingfisher", "National Electoral Commission cut Law",
    /// "Groww overtook Zerodha"): the recognizer ran two names over a word of the sentence.</summary>
    private static bool StrayWord(Document document, Item item, int i)
    {
        if (item.Type != NameType.Organization || i <= item.First || i >= item.Last || document.Tokens[i].Kind != TokenKind.Word || !IsCapitalWord(document, i - 1)
            || !IsCapitalWord(document, i + 1))
        {
            return false;
        }

        ReadOnlySpan<char> word = document.TokenText(i);
        foreach (char c in word)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return (word.Length >= 3 || word is "by") && !NameParticles.Contains(word);
    }

    /// <summary>Whether the lists know <paramref name="item"/> whole as an organization ("Medicines and Healthcare
    /// products Regulatory Agency").</summary>
    private static bool ListedWhole(Document document, Item item) =>
        (ListKinds(document, item.First, item.Last) & (OrganizationKinds | 1 << (int)NameListKind.Brand)) != 0;

    /// <summary>
    /// Splits a name the recognizer ran across a semicolon, an em dash or a bar into the names on either side, each of
    /// the same type ("First HoldCo; Wema Bank" is two banks, "Muridke; Jaish-e-Mohammed said" a place and a group; no
    /// name in the blind conventions holds one), or over a stray lower-case word (<see cref="StrayWord"/>). Runs first,
    /// so every later pass sees the parts.
    /// </summary>
    /// <remarks>One pass that builds a new list only when a name holds a separator, so linear.</remarks>
    private static List<Item> SplitAtSeparators(Document document, List<Item> items)
    {
        List<Item>? result = null;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            bool holds = false;
            bool listed = false;
            bool askedListed = false;
            for (int i = item.First; i <= item.Last && !holds; i++)
            {
                if (IsSeparatorToken(document, i))
                {
                    holds = true;
                }
                else if (StrayWord(document, item, i))
                {
                    // Whether the lists know the whole name is asked once per item, not once per stray word.
                    listed = askedListed ? listed : ListedWhole(document, item);
                    askedListed = true;
                    holds = !listed;
                }
            }

            if (!holds)
            {
                result?.Add(item);
                continue;
            }

            result ??= TakeList(items, k);
            int start = item.First;
            for (int i = item.First; i <= item.Last + 1; i++)
            {
                if (i <= item.Last && !IsSeparatorToken(document, i) && (listed || !StrayWord(document, item, i)))
                {
                    continue;
                }

                if (i > start)
                {
                    result.Add(new Item(start, i - 1, item.Type, null, null));
                }

                start = i + 1;
            }
        }

        return result ?? items;
    }

    /// <summary>
    /// A name the recognizer left out of a list of organizations is one too: an untagged capitalised run (up to three
    /// words) or a "miscellaneous" name joined by ",", "and", "or", "&amp;" to an organization ("ICONIQ and General
    /// Catalyst", "Kalshi and Polymarket", "G42 and Core42", "Greenpeace and Uplift"). Not a known place, a nationality,
    /// a common capitalised word, a title or an acronym of common nouns, nor a product ("the Pixel phone"); a bare comma
    /// after the organization needs another "and"/"," after the name (the middle of a list, not an apposition).
    /// </summary>
    /// <remarks>One walk over the names and one over the capitalised words, so linear.</remarks>
    private static List<Item> OrganizationsListedTogether(Document document, List<Item> items)
    {
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            if (item.Type != NameType.Miscellaneous || item.Cut != 0 || item.Last - item.First > 2 || HoldsComma(document, item.First, item.Last))
            {
                continue;
            }

            bool before = k > 0 && items[k - 1].Type == NameType.Organization && Coordinated(document, items[k - 1].Last, item.First);
            bool after = k + 1 < items.Count && items[k + 1].Type == NameType.Organization && Coordinated(document, item.Last, items[k + 1].First);
            if ((before || after) && MayNameListedOrganization(document, item.First, item.Last))
            {
                items[k] = item with { Type = NameType.Organization };
            }
        }

        return TagUntaggedRuns(document, items, 3, (first, last, added) =>
        {
            ReadOnlySpan<Token> tokens = document.Tokens;
            if (!MayNameListedOrganization(document, first, last))
            {
                return last;
            }

            // The organization before: "X and [run]", "X, [run] and", "X, and [run]".
            int left = first - 1;
            if (left >= 1 && tokens[left].Kind != TokenKind.Word && document.TokenText(left) is not ",")
            {
                left = -1;
            }

            bool before = false;
            if (left >= 1)
            {
                int end = document.TokenText(left) is "and" or "or" or "&" && document.TokenText(left - 1) is "," ? left - 2 : left - 1;
                bool comma = document.TokenText(left) is ",";
                before = document.TokenText(left) is "," or "and" or "or" or "&" && end >= 0
                    && EndsOrganization(items, end)
                    && (!comma || (last + 1 < tokens.Length && document.TokenText(last + 1) is "," or "and" or "or"));
            }

            // The organization after: "[run] and X" (not a bare comma, which opens a sentence's subject as often), the
            // run not the tail of a name before it ("Vietnam Electricity and PetroVietnam").
            bool after = !before && last + 2 < tokens.Length && document.TokenText(last + 1) is "and" or "&"
                && StartsOrganization(items, last + 2) && !(first > 0 && IsCapitalWord(document, first - 1));
            if (before || after)
            {
                added.Add(new Item(first, last, NameType.Organization, null, null));
            }

            return last;
        });
    }

    /// <summary>Whether a comma stands among tokens <paramref name="first"/>..<paramref name="last"/> ("Mirror, Express").</summary>
    private static bool HoldsComma(Document document, int first, int last)
    {
        for (int i = first; i <= last; i++)
        {
            if (document.TokenText(i) is ",")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether an organization of the list ends at token <paramref name="end"/>.</summary>
    private static bool EndsOrganization(List<Item> items, int end)
    {
        int k = FindItemAt(items, end);
        return k >= 0 && items[k].Last == end && items[k].Type == NameType.Organization;
    }

    /// <summary>Whether an organization of the list starts at token <paramref name="first"/>.</summary>
    private static bool StartsOrganization(List<Item> items, int first)
    {
        int k = FindItemAt(items, first);
        return k >= 0 && items[k].First == first && items[k].Type == NameType.Organization;
    }

    /// <summary>The index of the name covering token <paramref name="i"/> (names are sorted and disjoint), or -1.</summary>
    private static int FindItemAt(List<Item> items, int i)
    {
        int k = LowerBound(items, i);
        return k < items.Count && items[k].First <= i ? k : -1;
    }

    /// <summary>The index of the first name ending at or after token <paramref name="i"/> (names are sorted and
    /// disjoint), or the count of names; one less is the last name ending before it.</summary>
    private static int LowerBound(List<Item> items, int i)
    {
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (items[mid].Last < i)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Whether tokens <paramref name="first"/>..<paramref name="last"/> may be an organization named in a
    /// list: no known place, nationality, common capitalised word, title, month or common acronym, nor a product.</summary>
    private static bool MayNameListedOrganization(Document document, int first, int last)
    {
        NameLexicon lexicon = NameLexicon.Default;
        ReadOnlySpan<char> text = SpanText(document, first, last);
        if (IsKnownPlace(text) || lexicon.ContainsAny(text, LexiconClass.Nationality, LexiconClass.Country, LexiconClass.City, LexiconClass.Region)
            || Gazetteer.Default.Demonyms.Contains(text) || ProductFollows(document, last))
        {
            return false;
        }

        for (int i = first; i <= last; i++)
        {
            ReadOnlySpan<char> word = document.TokenText(i);
            if (LeadingWords.Contains(word) || CommonAcronyms.Contains(word) || PersonTitles.Contains(word)
                || lexicon.ContainsAny(word, LexiconClass.CommonCapitalized, LexiconClass.PersonTitle, LexiconClass.Nationality))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Nouns of a person's role or office after a name and a comma ("K. Krithivasan, TCS chief executive";
    /// "Balen Shah, the mayor of Kathmandu"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet PersonRolesAfter = LinkerWords.Set("person-roles-after");

    /// <summary>Words a body's name ends in, after "X's", that make X its leader ("Bola Tinubu's All Progressives
    /// Congress", "Khalifa Haftar's Libyan National Army"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet LedBodyEnds = LinkerWords.Set("led-body-ends");

    /// <summary>
    /// An "organization" that reads as a person's name (two to four words opening with a listed given name or an
    /// initial, no organisation word, no list knowing it as a body) is a person where the words around it say so: ", who"
    /// after it; a role after a comma ("Balen Shah, the mayor of Kathmandu", "K. Krithivasan, TCS chief executive");
    /// "died" or "scored" after it; "'s" before a party, army or movement it leads ("Bola Tinubu's All Progressives
    /// Congress", "Péter Magyar's Tisza party"); or a list with a person and no organization ("Sergio Pérez and Valtteri
    /// Bottas").
    /// </summary>
    private static void PersonsTypedAsOrganizations(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            if (item.Type != NameType.Organization || item.Cut != 0 || item.Acronym is not null || item.Last - item.First is < 1 or > 3
                || (ListKinds(document, item.First, item.Last) & (OrganizationKinds | 1 << (int)NameListKind.Brand)) != 0
                || IsKnownPlace(Text(document, item))
                || !IsLeaderName(document, item.First, item.Last, bodyEvidence: true, chained: false))
            {
                continue;
            }

            // What only a person is said to do or be, or a party or army led, settles words no list knows as a name
            // ("Ratan Tata, who ran", "Khalifa Haftar's Libyan National Army"); a list with a person needs a listed
            // given name or surname too.
            int after = item.Last + 1;
            ReadOnlySpan<char> next = after < tokens.Length ? document.TokenText(after) : default;
            bool person = next is "died" or "scored"
                // Teams take "who" too ("the Hanshin Tigers, who").
                || (next is "," && after + 1 < tokens.Length && document.TokenText(after + 1) is "who" && !document.TokenText(item.Last).EndsWith('s'))
                || (next is "," && RoleFollows(document, after + 1))
                || (next is "'s" or "’s" && LeadsBody(document, items, k + 1, after + 1))
                || (IsLeaderName(document, item.First, item.Last, bodyEvidence: false, chained: false)
                    && next is not ("'s" or "’s") && JoinedToPerson(document, items, k) && CoordinatedWith(items, k, document, NameType.Organization) == 0);
            if (person)
            {
                items[k] = item with { Type = NameType.Person, Name = null };
            }
        }
    }

    /// <summary>Whether the name at <paramref name="k"/> is joined by "and" to a person beside it ("Sergio
    /// Pérez and Valtteri Bottas"); a bare comma is as often an apposition ("Marcus Dunmore, Ashworth Kemble's chief").</summary>
    private static bool JoinedToPerson(Document document, List<Item> items, int k)
    {
        // ", and" joins clauses as often ("was bought by Raymond James, and Brewin Dolphin was folded into RBC").
        static bool And(Document document, int a, int b) => b == a + 2 && document.TokenText(a + 1) is "and";
        return (k > 0 && items[k - 1].Type == NameType.Person && And(document, items[k - 1].Last, items[k].First))
            || (k + 1 < items.Count && items[k + 1].Type == NameType.Person && And(document, items[k].Last, items[k + 1].First));
    }

    /// <summary>Whether a role noun follows from token <paramref name="at"/>, perhaps after "the", "a", "its" and up to
    /// three capitalised words ("the mayor", "TCS chief executive"), and no name follows the role.</summary>
    private static bool RoleFollows(Document document, int at)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int i = at;
        if (i < tokens.Length && document.TokenText(i) is "the" or "a" or "an" or "its" or "their")
        {
            i++;
        }

        for (int n = 0; n < 3 && i < tokens.Length && tokens[i].Kind == TokenKind.Word && tokens[i].Has(TokenTraits.Capitalized); n++)
        {
            i++;
        }

        if (i >= tokens.Length || !PersonRolesAfter.Contains(document.TokenText(i)))
        {
            return false;
        }

        // A role before a name is that person's, not the name's before the comma ("Baillie Gifford, chief executive
        // Jeremy O'Brien said").
        while (i < tokens.Length && (PersonRolesAfter.Contains(document.TokenText(i)) || document.TokenText(i) is "officer" or "of" or "the"))
        {
            i++;
        }

        return !(i < tokens.Length && tokens[i].Kind == TokenKind.Word && tokens[i].Has(TokenTraits.Capitalized) && document.TokenText(i - 1) is not ("of" or "the"));
    }

    /// <summary>Whether the organization at <paramref name="k"/> starts at token <paramref name="at"/> and is a party,
    /// army or movement by its last word, or is followed by "party", "movement" or "militia".</summary>
    private static bool LeadsBody(Document document, List<Item> items, int k, int at)
    {
        if (k >= items.Count || items[k].First != at || items[k].Type != NameType.Organization)
        {
            return false;
        }

        int after = items[k].Last + 1;
        return LedBodyEnds.Contains(document.TokenText(items[k].Last))
            || (ListKinds(document, items[k].First, items[k].Last) & 1 << (int)NameListKind.Party) != 0
            || (after < document.Tokens.Length && document.TokenText(after) is "party" or "movement" or "militia" or "forces" or "coalition");
    }

    /// <summary>
    /// Persons in a list of organizations ("Ualá, Klar, Stori and Plata", "Lambda and Crusoe", "H Company, Dust,
    /// Pigment and Alan"): where names joined by ",", "and", "or" hold at least two organizations and no person of
    /// two words or more opening with a given name, a one-word "person" among them (no title before it) is an
    /// organization too, and so is one of two words ("Verdiva Bio and Hercules CM"). A person the lists know, whole, as a
    /// company or brand counts as an organization of the list and is one ("Raymond James, Edward Jones and Charles
    /// Schwab", "John Lewis"). Nothing changes unless the recognizer typed at least one name of the list an organization.
    /// A person of two words or more opening with a given name who goes on to act ("…, Warren Buffett wrote", "…, Prada
    /// and Tom Ford said he would retire"; <see cref="ActsAfter"/>) holds the list back, whatever the lists know of the
    /// name; other such persons hold it back only while organizations are fewer than three or than twice their number:
    /// firms named for their founders stand in long lists of firms ("…, Costain, Amey, Siemens Mobility, Alstom and Mott
    /// MacDonald", "…, Alstom and Morgan Sindall"; session 30). Even then a person with a common given name and a common
    /// surname stays a person ("Guests: Acme, Globex, Initech, Soylent, John Smith and Mary Jones"; review 30a) unless it
    /// stands between two organizations (a person rarely stands between two firms).
    /// </summary>
    /// <remarks>One walk over the names, each list visited three times, so linear.</remarks>
    private static void PersonsListedWithOrganizations(Document document, List<Item> items)
    {
        int k = 0;
        while (k < items.Count)
        {
            int end = RunEnd(document, items, k, tabled: false);
            int organizations = 0; // typed so, or persons the lists know as firms
            int typed = 0;
            int namedPersons = 0;
            bool acting = false;
            for (int j = k; j <= end; j++)
            {
                typed += items[j].Type == NameType.Organization ? 1 : 0;
                organizations += items[j].Type == NameType.Organization || ListedAsFirm(document, items[j]) ? 1 : 0;
                if (items[j].Type == NameType.Person && items[j].Last > items[j].First
                    && (ListKinds(document, items[j].First, items[j].First) & GivenNameKinds) != 0)
                {
                    // A person who goes on to do something ("…, Warren Buffett said") is a person: the list stays. A
                    // person the lists know as a firm too needs a person's pronoun after the verb ("…, Prada and Tom
                    // Ford said he would retire"; a firm named for its founder also speaks: "…, John Lewis said").
                    bool firm = ListedAsFirm(document, items[j]);
                    namedPersons += firm ? 0 : 1;
                    acting |= firm ? ActsAsPersonAfter(document, items[j].Last + 1) : ActsAfter(document, items[j].Last + 1);
                }
            }

            if (end > k && typed >= 1 && organizations >= 2 && !acting
                && (namedPersons == 0 || (organizations >= 3 && organizations >= 2 * namedPersons)))
            {
                for (int j = k; j <= end; j++)
                {
                    Item item = items[j];
                    if (item.Type == NameType.Person && item.Cut == 0 && item.Last - item.First <= 1
                        && !TitleAt(document, item.First - 1) && (!CommonlyNamed(document, item) || ListedAsFirm(document, item)))
                    {
                        items[j] = item with { Type = NameType.Organization, Name = null };
                    }
                }

                for (int j = k + 1; j < end; j++)
                {
                    Item item = items[j];
                    if (item.Type == NameType.Person && item.Cut == 0 && item.Last - item.First == 1 && !TitleAt(document, item.First - 1)
                        && items[j - 1].Type == NameType.Organization && items[j + 1].Type == NameType.Organization)
                    {
                        items[j] = item with { Type = NameType.Organization, Name = null };
                    }
                }
            }

            k = end + 1;
        }
    }

    /// <summary>The list kinds a person's name must hold, whole, to count as a firm in a list of firms.</summary>
    private const ushort NamedFirmKinds = 1 << (int)NameListKind.Company | 1 << (int)NameListKind.Brand;

    /// <summary>Whether <paramref name="item"/> is a person of two words or more named as many people are: a common given
    /// name (one of many births in the lists, or one the lexicon holds) and a common surname ("John Smith", "Mary
    /// Jones"; not "Morgan Sindall", "Mott MacDonald").</summary>
    private static bool CommonlyNamed(Document document, Item item) =>
        item.Type == NameType.Person && item.Last > item.First
        && ((ListKinds(document, item.First, item.First) & 1 << (int)NameListKind.GivenCommon) != 0
            || NameLexicon.Default.Contains(document.TokenText(item.First), LexiconClass.GivenName))
        && (ListKinds(document, item.Last, item.Last) & SurnameCommonKind) != 0;

    /// <summary>Whether <paramref name="item"/> is a person the lists know, whole, as a company or brand.</summary>
    private static bool ListedAsFirm(Document document, Item item) =>
        item.Type == NameType.Person && item.Last > item.First && (ListKinds(document, item.First, item.Last) & NamedFirmKinds) != 0;

    /// <summary>Whether token <paramref name="i"/>, after a name, is a subject's verb or a verb of speech
    /// (<see cref="SubjectVerbs"/>, <see cref="SpeechVerbs"/>: "…, Warren Buffett wrote") or an owner's "'s": the name is the subject or owner of what follows, not an item of a
    /// list. A preposition or an adverb ("… and Morgan Sindall in March") says nothing of the kind.</summary>
    private static bool ActsAfter(Document document, int i)
    {
        if (i >= document.Tokens.Length)
        {
            return false;
        }

        Token token = document.Tokens[i];
        return (token.Kind == TokenKind.Word && !token.Has(TokenTraits.Capitalized) && (SubjectVerbs.Contains(document.TokenText(i)) || SpeechVerbs.Contains(document.TokenText(i))))
            || (!token.Has(TokenTraits.SpaceBefore) && document.TokenText(i) is "'s" or "’s" or "'" or "’");
    }

    /// <summary>Whether token <paramref name="i"/>, after a name, is a verb of <see cref="ActsAfter"/> (not an owner's
    /// "'s") with a person's subject pronoun after it and at most <see cref="PronounReach"/> words of its clause between
    /// (an adverbial, an indirect object or "that": "said he would retire", "said that she", "told reporters he", "said
    /// on Monday she", "said in a statement he"): the name is a person acting, not a firm named for one. No comma, stop
    /// or capitalised word but a day or month stands between, no relative opener ("said who she"; a subordinator as in "said
    /// when she left" keeps the reach, review 35n F5), and no object noun phrase a determiner opens outside a preposition's
    /// phrase ("said the customer she had served"; review 34n F7) unless the determiner opens a time adverbial ("said this
    /// week he", "said a week later he"; <c>pronoun-gap-time-nouns</c>) or follows a verb whose first noun phrase is its
    /// hearer ("told the inquest he"; <c>pronoun-gap-tell-verbs</c>); an object or possessive ("told her", "said his
    /// remarks") is about someone else.</summary>
    private static bool ActsAsPersonAfter(Document document, int i)
    {
        if (i >= document.Tokens.Length || document.Tokens[i].Kind != TokenKind.Word || !ActsAfter(document, i))
        {
            return false;
        }

        int n = document.Tokens.Length;
        bool afterPreposition = false;
        for (int j = i + 1; j < n && j <= i + 1 + PronounReach; j++)
        {
            Token token = document.Tokens[j];
            if (token.Kind != TokenKind.Word || token.Has(TokenTraits.Terminal))
            {
                return false;
            }

            ReadOnlySpan<char> text = document.TokenText(j);
            if (PersonPronouns.Contains(text))
            {
                return true;
            }

            if ((token.Has(TokenTraits.Capitalized) && !ComplementStops.Contains(text)) || PronounGapStops.Contains(text))
            {
                return false;
            }

            if (PronounGapPrepositions.Contains(text))
            {
                afterPreposition = true;
            }
            else if (!afterPreposition && PronounGapDeterminers.Contains(text) && !PronounGapTellVerbs.Contains(document.TokenText(i))
                && !(j + 1 < n && (SpeechReceivers.Contains(document.TokenText(j + 1)) || PronounGapTimeNouns.Contains(document.TokenText(j + 1)))))
            {
                return false; // an object noun phrase ("said the customer she had served"): the pronoun is its clause's
            }
        }

        return false;
    }

    /// <summary>Time nouns after a determiner that make it a time adverbial, keeping the reach open (<c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet PronounGapTimeNouns = LinkerWords.Set("pronoun-gap-time-nouns");

    /// <summary>Verbs whose first noun phrase is the hearer, skipped by the reach (<c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet PronounGapTellVerbs = LinkerWords.Set("pronoun-gap-tell-verbs");

    /// <summary>Relative openers and the subordinators that end <see cref="ActsAsPersonAfter"/>'s reach (<c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet PronounGapStops = LinkerWords.Set("pronoun-gap-stops");

    /// <summary>Prepositions of an adverbial between a verb and the pronoun ("said in a statement he"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet PronounGapPrepositions = LinkerWords.Set("pronoun-gap-prepositions");

    /// <summary>Determiners that open an object noun phrase between a verb and the pronoun (<c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet PronounGapDeterminers = LinkerWords.Set("pronoun-gap-determiners");

    /// <summary>Receivers of speech after a determiner that keep the reach open ("told the court he"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet SpeechReceivers = LinkerWords.Set("speech-receivers");

    /// <summary>The most words between a verb and the person's pronoun of <see cref="ActsAsPersonAfter"/> ("said in a
    /// statement he").</summary>
    private const int PronounReach = 3;

    /// <summary>Subject pronouns that stand only for a person ("he", "she"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet PersonPronouns = LinkerWords.Set("person-pronouns");

    // ---------------------------------------------------------------- "the A and B Board"

    /// <summary>
    /// "The England and Wales Cricket Board", "the British and Irish Lions", "The Australian Competition and Consumer
    /// Commission": after "the", one or two capitalised words, "and", then an organization of two words or more are one
    /// organization (the article belongs to the whole; "the US and European Union" is two names).
    /// </summary>
    private static void JoinCoordinatedNames(Document document, List<Item> items)
    {
        int kept = 0; // compacts in place: a joined first part is dropped
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            int and = item.First - 1;
            if (item.Type == NameType.Organization && item.Last > item.First && and >= 1 && document.TokenText(and) is "and"
                && (JoinedStart(document, items, kept, and) ?? SharedAreaStart(document, items, kept, and, item) ?? FieldPairStart(document, items, kept, and, item)) is int start)
            {
                if (kept > 0 && items[kept - 1].First >= start)
                {
                    kept--; // the first part was a name of its own
                }

                item = item with { First = start };
            }

            items[kept++] = item;
        }

        items.RemoveRange(kept, items.Count - kept);
    }

    /// <summary>
    /// Bodies the typing passes left in two over an inner "and", joined: two fields of one service ("Fire and Rescue
    /// NSW", see <see cref="FieldPairStart"/>), and a health body named for two areas ("NHS Cheshire and Merseyside",
    /// "NHS Greater Glasgow and Clyde": an organization of an area opener and places, "and", then a place that no
    /// capitalised word follows).
    /// </summary>
    /// <remarks>One pass that compacts the names in place, so linear.</remarks>
    private static void JoinBodiesOverAnd(Document document, List<Item> items)
    {
        int kept = 0;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            int and = item.First - 1;
            if (kept > 0 && and >= 1 && document.TokenText(and) is "and" && item.Cut == 0 && items[kept - 1].Last == and - 1
                && items[kept - 1].Type == NameType.Organization
                && ((item.Type == NameType.Organization && FieldPairStart(document, items, kept, and, item) is not null)
                    || AreaBodyJoins(document, items[kept - 1], item)))
            {
                items[kept - 1] = items[kept - 1] with { Last = item.Last, Name = null, Acronym = null };
                continue;
            }

            items[kept++] = item;
        }

        items.RemoveRange(kept, items.Count - kept);
    }

    /// <summary>Words that open a body named for the area it serves, the area after them ("NHS Lothian"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet AreaBodyOpeners = LinkerWords.Set("area-body-openers");

    /// <summary>Whether the organization <paramref name="body"/> (an area opener, then capitalised words) and the place
    /// <paramref name="area"/> after its "and" are one body ("NHS Cheshire and Merseyside"; not "NHS England and
    /// Wales Water": a capitalised word after the area).</summary>
    private static bool AreaBodyJoins(Document document, Item body, Item area)
    {
        if (body.Last == body.First || !AreaBodyOpeners.Contains(document.TokenText(body.First)) || area.Type == NameType.Person
            || AreaBodyOpeners.Contains(document.TokenText(area.First)) // "NHS Grampian and NHS Highland" are two
            || area.Last - area.First > 2 || (area.Last + 1 < document.Tokens.Length && IsCapitalWord(document, area.Last + 1)))
        {
            return false;
        }

        for (int j = body.First + 1; j <= body.Last; j++)
        {
            if (!IsCapitalWord(document, j))
            {
                return false;
            }
        }

        // The area typed a place, or an "organization" that has no body's head and that the lists do not know as one
        // ("Merseyside" read as its county council).
        return area.Type == NameType.Place || IsKnownPlace(Text(document, area))
            || (area.Type == NameType.Organization && !OrganizationHeads.Contains(document.TokenText(area.Last))
                && (ListKinds(document, area.First, area.Last) & OrganizationKinds) == 0);
    }

    /// <summary>Last words of a council or police force that two areas share ("Devon and Cornwall Police", "Westmorland
    /// and Furness Council", "Hampshire and Isle of Wight Constabulary"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet SharedAreaHeads = LinkerWords.Set("shared-area-heads");

    /// <summary>The token of A in "A and B Police" before token <paramref name="and"/>, or null: the organization
    /// <paramref name="item"/> after "and" ends in a council's or a force's head, and A is one capitalised word the
    /// gazetteer knows as a place or that stood alone as a name (a place, or an organization read into the area's
    /// name), with no other capitalised word before it ("Devon and Cornwall Police", "Folkestone and Hythe District
    /// Council"; not "Kent Police and Sussex Police", where "and" joins two whole forces).</summary>
    private static int? SharedAreaStart(Document document, List<Item> items, int kept, int and, Item item)
    {
        int start = and - 1;
        if (!SharedAreaHeads.Contains(document.TokenText(item.Last)) || !IsCapitalWord(document, start)
            || SharedAreaHeads.Contains(document.TokenText(start)) || document.Tokens[start].Has(TokenTraits.AllCaps)
            || (start >= 1 && (IsCapitalWord(document, start - 1) || document.TokenText(start - 1) is "&")))
        {
            return null;
        }

        Item? before = kept > 0 && items[kept - 1].Last >= start ? items[kept - 1] : null;
        if (before is Item b && (b.First != start || b.Last != start || b.Type == NameType.Person))
        {
            return null;
        }

        // Not a company the lists know ("Barclays and Wellcome Trust" are two).
        return (before is not null || IsKnownPlace(document.TokenText(start))) && (ListKinds(document, start, start) & OrganizationKinds) == 0
            ? start : null;
    }

    /// <summary>Capitalised words that "and" pairs inside a public body's name, the fields it serves ("Essex County Fire
    /// and Rescue Service", "Fire and Rescue NSW", "Health and Safety Executive"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet PairedFieldWords = LinkerWords.Set("paired-field-words");

    /// <summary>The first token of the organization A in "A and B" before token <paramref name="and"/>, or null: A (a
    /// name of its own, without "and") ends in a field word and the organization <paramref name="item"/> (B) opens with
    /// one and has no lower-case word, so "and" joins two fields inside one body's name ("Essex County Fire" and
    /// "Rescue Service"; not "the Department of Health and Transport for London").</summary>
    private static int? FieldPairStart(Document document, List<Item> items, int kept, int and, Item item)
    {
        if (kept == 0 || items[kept - 1] is not { Type: NameType.Organization, Cut: 0 } before || before.Last != and - 1
            || !PairedFieldWords.Contains(document.TokenText(and - 1)) || !PairedFieldWords.Contains(document.TokenText(item.First)))
        {
            return null;
        }

        for (int j = before.First; j <= item.Last; j++)
        {
            if (j != and && !IsCapitalWord(document, j) && !document.Tokens[j].Has(TokenTraits.AllCaps))
            {
                return null;
            }
        }

        return before.First;
    }

    /// <summary>The first token of "the A and" before token <paramref name="and"/>, or null; <paramref name="kept"/>
    /// is how many names before are final (the last of them may be A).</summary>
    private static int? JoinedStart(Document document, List<Item> items, int kept, int and)
    {
        int start = and - 1;
        if (!IsCapitalWord(document, start))
        {
            return null;
        }

        if (start - 1 >= 1 && IsCapitalWord(document, start - 1) && document.TokenText(start - 1) is not "The")
        {
            start--;
        }

        if (start < 1 || document.TokenText(start - 1) is not ("the" or "The") || document.TokenText(start) is "US" or "U.S." or "UK" or "U.K." or "EU" or "UN" or "UAE")
        {
            return null;
        }

        // A is untagged, or one name of another type that is exactly A.
        Item? before = kept > 0 && items[kept - 1].Last >= start ? items[kept - 1] : null;
        return before is null || (before.Value.First == start && before.Value.Last == and - 1 && before.Value.Type != NameType.Organization)
            ? start : null;
    }
}
