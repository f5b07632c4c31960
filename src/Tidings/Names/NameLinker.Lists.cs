using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>Corrections where the name lists (<see cref="NameTables"/>) back what the words around a name leave open.</summary>
internal static partial class NameLinker
{
    /// <summary>List kinds that name organizations other than brands (brands share names with products and places).</summary>
    private const ushort OrganizationKinds =
        1 << (int)NameListKind.Company | 1 << (int)NameListKind.University | 1 << (int)NameListKind.Agency
        | 1 << (int)NameListKind.Party | 1 << (int)NameListKind.Club | 1 << (int)NameListKind.Motorsport
        | 1 << (int)NameListKind.Newspaper | 1 << (int)NameListKind.Media | 1 << (int)NameListKind.International
        | 1 << (int)NameListKind.Exchange;

    private const ushort GivenNameKinds = 1 << (int)NameListKind.GivenCommon | 1 << (int)NameListKind.GivenRare;

    /// <summary>The list kinds of tokens <paramref name="first"/>..<paramref name="last"/> as one phrase.</summary>
    /// <remarks>The linker asks this of most names and of many single words (2 MB of news: millions of calls), so it reads
    /// the recognizer's hash of each token and no text; <see cref="ListKindsJoined"/> is the one reader that looks at the
    /// words themselves (session 38, speed38: one loop for both cost every reader the text and a second hash per token).</remarks>
    private static ushort ListKinds(Document document, int first, int last)
    {
        if (last - first >= NameLexicon.MaxTokens)
        {
            return 0;
        }

        uint[]? lowers = LowerHashesOf(document);
        uint h = 0;
        for (int i = first; i <= last; i++)
        {
            h = NameLexicon.Extend(h, lowers is not null ? lowers[i] : FeatureHash.OfText(document.TokenText(i), lower: true, foldDigits: true));
        }

        return NameTables.Default.Kinds(h);
    }

    /// <summary>The list kinds of tokens <paramref name="first"/>..<paramref name="last"/> as one phrase, with "and" and
    /// "&amp;" inside it read alike ("Marks and Spencer" finds the lists' "Marks &amp; Spencer"). Only the lead of a listed
    /// name over "and" asks for this, behind its own gate (<see cref="JoinedListKinds"/>): every other reader would take the
    /// coordination of two surnames or two places for a listed firm ("Williams and Connolly", "Brighton and Hove";
    /// session 36, mend36n, review 36n F1).</summary>
    private static ushort ListKindsJoined(Document document, int first, int last)
    {
        ushort kinds = ListKinds(document, first, last);
        if (last - first >= NameLexicon.MaxTokens)
        {
            return kinds;
        }

        uint[]? lowers = LowerHashesOf(document);
        uint swapped = 0;
        bool swap = false;
        for (int i = first; i <= last; i++)
        {
            ReadOnlySpan<char> text = document.TokenText(i);
            uint hash = lowers is not null ? lowers[i] : FeatureHash.OfText(text, lower: true, foldDigits: true);
            if (i > first && i < last && text is "and" or "&")
            {
                swap = true;
                hash = FeatureHash.OfText(text is "and" ? "&" : "and", lower: true, foldDigits: true);
            }

            swapped = NameLexicon.Extend(swapped, hash);
        }

        return swap ? (ushort)(kinds | NameTables.Default.Kinds(swapped)) : kinds;
    }

    /// <summary>The document whose tokens' lower-cased hashes <see cref="t_lowerHashes"/> holds (with its text: a rented
    /// document is reused).</summary>
    [ThreadStatic]
    private static Document? t_lowerHashesOf;

    [ThreadStatic]
    private static string? t_lowerHashesText;

    /// <summary>The recognizer's lower-cased hash of each token of <see cref="t_lowerHashesOf"/>, by token index (the
    /// caller's array, held while the document is linked).</summary>
    [ThreadStatic]
    private static uint[]? t_lowerHashes;

    /// <summary>Holds <paramref name="lowerHashes"/> (null: none) as the tokens' hashes of <paramref name="document"/> while it is linked.</summary>
    private static void RememberLowerHashes(Document document, uint[]? lowerHashes)
    {
        t_lowerHashes = lowerHashes;
        t_lowerHashesOf = lowerHashes is null ? null : document;
        t_lowerHashesText = lowerHashes is null ? null : document.Text;
    }

    /// <summary>Lets go of the hashes of the document linked.</summary>
    private static void ForgetLowerHashes()
    {
        t_lowerHashes = null;
        t_lowerHashesOf = null;
        t_lowerHashesText = null;
    }

    /// <summary>The recognizer's lower-cased hashes of <paramref name="document"/>'s tokens, when it is the document being
    /// linked and they were handed over; null otherwise (then each token asked about is hashed).</summary>
    private static uint[]? LowerHashesOf(Document document) =>
        ReferenceEquals(t_lowerHashesOf, document) && ReferenceEquals(t_lowerHashesText, document.Text) ? t_lowerHashes : null;

    /// <summary>
    /// Splits organizations the recognizer ran together: "Walmart and Target", "OpenAI or Google" (where one side is a
    /// listed organization and the whole is not), and "U.S." before a body with an organisation word ("U.S. Supreme
    /// Court": a place, then the court; "U.S. Soccer" stays whole).
    /// </summary>
    /// <remarks>One pass that builds a new list (a split adds a name without moving the others), so linear.</remarks>
    /// <summary>Plural nouns before a list of organizations ("groups", "companies"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet PluralOrganizationNouns = LinkerWords.Set("plural-organization-nouns");

    /// <summary>Whether token <paramref name="i"/> is a plural noun of organizations (<see cref="PluralOrganizationNouns"/>),
    /// lower-case or capitalised only because it opens the sentence or line ("Housebuilders Taylor Wimpey, …",
    /// "Firms advising on the deal: …"); "rivals" is left out (a rival may be a person).</summary>
    private static bool IsPluralOrganizationNoun(Document document, int i) => IsPluralNounOf(PluralOrganizationNouns, document, i);

    /// <summary>Those of <see cref="PluralOrganizationNouns"/> that may also head people ("giants", "builders", "parties";
    /// <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet PersonPluralNouns = LinkerWords.Set("person-plural-nouns");

    /// <summary>Whether token <paramref name="i"/> is one of <see cref="PersonPluralNouns"/>, read as
    /// <see cref="IsPluralOrganizationNoun"/> reads it.</summary>
    private static bool IsPersonPluralNoun(Document document, int i) => IsPluralNounOf(PersonPluralNouns, document, i);

    /// <summary>Whether token <paramref name="i"/> is a noun of <paramref name="nouns"/>, lower-case or capitalised only
    /// because it opens the sentence or line.</summary>
    private static bool IsPluralNounOf(WordSet nouns, Document document, int i)
    {
        if (i < 0 || i >= document.Tokens.Length || document.Tokens[i].Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> word = document.TokenText(i);
        if (word.Length < 3 || word.Length > 32 || word is "rivals" or "Rivals")
        {
            return false;
        }

        if (!char.IsUpper(word[0]))
        {
            return nouns.Contains(word);
        }

        if (!OpensSentence(document, i) || !char.IsLower(word[1]))
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.CopyTo(lower);
        lower[0] = char.ToLowerInvariant(word[0]);
        return nouns.Contains(lower);
    }

    /// <summary>The longest name (in tokens, less one) that <see cref="NamedAlone"/> compares.</summary>
    private const int MaxNamedAloneSpan = 4;

    /// <summary>Whether tokens <paramref name="first"/>..<paramref name="last"/> are, word for word, a name the article
    /// gives alone elsewhere; only names of up to five words are compared. <paramref name="alone"/> indexes the names
    /// of up to five words by their text (a bit per length in tokens), built on the first call, so each call is one
    /// hash look-up rather than a scan of every name.</summary>
    /// <remarks>The tokens asked about are always a strict part of the organization being split, which is item k of
    /// the list or part of it, so item k itself, longer in tokens, never matches: "another item than k" needs no test.</remarks>
    private static bool NamedAlone(Document document, List<Item> items, ref Places.SpanMemo<int>? alone, int first, int last)
    {
        if (last - first > MaxNamedAloneSpan)
        {
            return false;
        }

        ReadOnlySpan<Token> tokens = document.Tokens;
        if (alone is null)
        {
            alone = TakeTable();
            foreach (Item other in items)
            {
                int span = other.Last - other.First;
                if (span <= MaxNamedAloneSpan)
                {
                    int start = tokens[other.First].Start;
                    alone.ValueRef(document.Text, start, tokens[other.Last].End - start) |= 1 << span;
                }
            }
        }

        return alone.TryGet(document.Text, tokens[first].Start, tokens[last].End - tokens[first].Start, out int found, out _)
            && (found & (1 << (last - first))) != 0;
    }

    private static List<Item> SplitOrganizations(Document document, List<Item> items, ref long work)
    {
        NameLexicon lexicon = NameLexicon.Default;
        List<Item>? result = null;
        Places.SpanMemo<int>? alone = null;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            Item? before = result is { Count: > 0 } ? result[^1] : k > 0 ? items[k - 1] : null;
            while (true)
            {
                if (item.Type != NameType.Organization || item.Last == item.First)
                {
                    break;
                }

                if (item.Last - item.First >= 2 && document.TokenText(item.First) is "U.S." or "US"
                    && (lexicon.Contains(document.TokenText(item.Last), LexiconClass.OrganizationWord)
                        || (item.Last - item.First <= MaxLongForm && Contains(document, item.First + 2, item.Last - 1, "of")))
                    || (item.Last == item.First + 1 && document.TokenText(item.First) is "US" && UsBodies.Contains(document.TokenText(item.Last))))
                {
                    result ??= TakeList(items, k);
                    result.Add(new Item(item.First, item.First, NameType.Place, null, null));
                    item = item with { First = item.First + 1 };
                    continue;
                }

                bool split = false;
                bool ofBefore = false; // an "of" among the tokens before j (kept as j moves, so each name is read once)
                int listTail = ListTailAnd(document, before, item, ref work);
                for (int j = item.First + 1; j < item.Last; j++)
                {
                    work++;
                    ofBefore |= document.TokenText(j - 1) is "of";
                    if (document.TokenText(j) is "of" && j + 1 == item.Last && k + 1 < items.Count && items[k + 1].Type == NameType.Person
                        && items[k + 1].First == j + 2 && IsCapitalWord(document, j + 1)
                        && (ListKinds(document, item.First, item.Last) & OrganizationKinds) == 0)
                    {
                        // The same with a given name no list holds, the rest of the person found apart ("the Pakistan
                        // Peoples Party of Bilawal" "Bhutto Zardari").
                        result ??= TakeList(items, k);
                        result.Add(item with { Last = j - 1 });
                        item = items[k + 1] with { First = j + 1 };
                        k++;
                        break;
                    }

                    if (document.TokenText(j) is "of" && j + 2 <= item.Last && IsCapitalWord(document, j + 2)
                        && (ListKinds(document, j + 1, j + 1) & GivenNameKinds) != 0
                        && !IsKnownPlace(document.TokenText(j + 1)) && !lexicon.Contains(document.TokenText(item.Last), LexiconClass.OrganizationWord)
                        && !OrganizationHeads.Contains(document.TokenText(item.Last))
                        && (ListKinds(document, item.First, item.Last) & OrganizationKinds) == 0)
                    {
                        // "the League of Matteo Salvini", "the Pakistan Peoples Party of Bilawal Bhutto Zardari": a
                        // body, then the person who leads it.
                        result ??= TakeList(items, k);
                        result.Add(item with { Last = j - 1 });
                        item = new Item(j + 1, item.Last, NameType.Person, null, null);
                        break;
                    }

                    if (document.TokenText(j) is "of" && j + 1 <= item.Last && OwnedFrom(document, item.First, j - 1)
                        && OnlyCapitalWords(document, j + 1, item.Last) && item.Last - j <= 2
                        && IsKnownPlace(document.Text.AsSpan(document.Tokens[j + 1].Start, document.Tokens[item.Last].End - document.Tokens[j + 1].Start)))
                    {
                        // "Amsons Group of Tanzania", "the Public Investment Fund of Saudi Arabia": a business, then
                        // where it is (JoinOrganizationsOfPlaces leaves these apart too).
                        result ??= TakeList(items, k);
                        result.Add(item with { Last = j - 1 });
                        item = new Item(j + 1, item.Last, NameType.Place, null, null);
                        break;
                    }

                    if (document.TokenText(j) is "of" && j + 2 == item.Last && IsCapitalWord(document, j + 1) && IsCapitalWord(document, j + 2)
                        && document.TokenText(j - 1) is "Party" or "Dal" or "League" or "Front" or "Movement" or "Alliance"
                        && (ListKinds(document, item.Last, item.Last) & (1 << (int)NameListKind.SurnameCommon | 1 << (int)NameListKind.SurnameRare)) != 0
                        && !IsKnownPlace(document.TokenText(j + 1)) && !IsKnownPlace(document.TokenText(j + 2))
                        && (ListKinds(document, item.First, item.Last) & OrganizationKinds) == 0)
                    {
                        // "the Samajwadi Party of Akhilesh Yadav": a party, then its leader, a given name no list
                        // holds before a listed surname.
                        result ??= TakeList(items, k);
                        result.Add(item with { Last = j - 1 });
                        item = new Item(j + 1, item.Last, NameType.Person, null, null);
                        break;
                    }

                    if (document.TokenText(j) is "of" && j - item.First is 1 or 2 && OnlyCapitalWords(document, item.First, j - 1)
                        && OnlyCapitalWords(document, j + 1, item.Last)
                        && (PersonBeforeOf(document, item.First, j - 1) || PersonBeforeBody(document, item.First, j, item.Last))
                        && !IsKnownPlace(SpanText(document, j + 1, item.Last))
                        && (ListKinds(document, item.First, item.Last) & OrganizationKinds) == 0)
                    {
                        // "Rafal Trzaskowski of Civic Coalition": a person, then the body he stands for.
                        result ??= TakeList(items, k);
                        result.Add(new Item(item.First, j - 1, NameType.Person, null, null));
                        item = item with { First = j + 1 };
                        break;
                    }

                    if (document.TokenText(j) is "and" or "or" && IsCapitalWord(document, j + 1)
                        && (ListKinds(document, item.First, item.Last) & OrganizationKinds) == 0
                        && ((((ListKinds(document, item.First, j - 1) | ListKinds(document, j + 1, item.Last)) & OrganizationKinds) != 0
                            // "Department of Health and Social Care": after "of", "and" joins the body's fields, unless the
                            // right side is a listed organization of its own ("Bank of America and Wells Fargo").
                            && (!ofBefore || (ListKinds(document, j + 1, item.Last) & OrganizationKinds) != 0))
                        // Two whole names, each of two words or more ending in an organisation head: "Fortis Healthcare
                        // and Narayana Health", "Meritech Capital and Dragoneer Investment Group".
                        || (j - item.First >= 2 && item.Last - j >= 2 && OrganizationHeads.Contains(document.TokenText(j - 1))
                            && OrganizationHeads.Contains(document.TokenText(item.Last)) && !ofBefore)
                        // Two names after a plural group noun ("conservative groups Moms for Liberty and Turning Point
                        // USA"), or one side named alone elsewhere in the article.
                        || (!ofBefore && item.First > 0 && !document.Tokens[item.First - 1].Has(TokenTraits.Capitalized)
                            && PluralOrganizationNouns.Contains(document.TokenText(item.First - 1)))
                        || NamedAlone(document, items, ref alone, item.First, j - 1) || NamedAlone(document, items, ref alone, j + 1, item.Last)
                        // Two bodies, each of two words or more that is itself one by its head or the lists, article
                        // or not: "the Canadian Red Cross and Salvation Army", "Border Force and HM Coastguard".
                        || (!ofBefore && j - item.First >= 2 && item.Last - j >= 2
                            && OnlyCapitalWords(document, item.First, j - 1) && OnlyCapitalWords(document, j + 1, item.Last)
                            && !Contains(document, item.First, j - 1, "The")
                            && EndsAsBody(document, item.First, j - 1) && EndsAsBody(document, j + 1, item.Last))
                        // Two whole names of two capitalised words or more, the second not ending in an organisation
                        // head (then the words before "and" name its fields: "Hong Kong and Shanghai Banking
                        // Corporation"), not after "the" ("the Australian Competition and Consumer Commission"):
                        // "Islamic Relief and Christian Aid", "Kerala Blasters and Bengaluru FC".
                        || (!ofBefore && TwoFirms(document, item, j))
                        // One word and a name of two words or more, the whole ending in no head of a body ("Knight
                        // Frank and Savills said", "Centrepoint and Depaul UK"; UnequalPair).
                        || (!ofBefore && UnequalPair(document, item, j))
                        // The last two of a list of organizations ("Cebu Pacific, AirAsia, Scoot and Bamboo Airways").
                        || (!ofBefore && j == listTail)
                        || (!ofBefore && j - item.First >= 2 && item.Last - j >= 2 && !OrganizationHeads.Contains(document.TokenText(item.Last))
                            && (item.First == 0 || document.TokenText(item.First - 1) is not ("the" or "The"))
                            && OnlyCapitalWords(document, item.First, j - 1) && OnlyCapitalWords(document, j + 1, item.Last)
                            && !Contains(document, item.First, item.Last, "for"))))
                    {
                        result ??= TakeList(items, k);
                        result.Add(item with { Last = j - 1 });
                        item = new Item(j + 1, item.Last, NameType.Organization, null, null);
                        split = true;
                        break;
                    }
                }

                if (!split)
                {
                    break;
                }
            }

            result?.Add(item);
        }

        GiveBack(alone);
        return result ?? items;
    }

    /// <summary>Whether the organization <paramref name="item"/> names two firms joined by the "and" at token
    /// <paramref name="and"/>: a partnership's whole name before it ("Hodge Jones &amp; Allen and Howe+Co": "&amp;" has
    /// joined its partners), or two names of two capitalised words or more, the second a firm by its head ("Gol Linhas
    /// Aéreas and Abra Group"). Not a body named for its fields ("Australian Securities and Investments Commission"),
    /// nor one whose first words are a place or a nationality ("Hong Kong and Shanghai Banking Corporation"), nor after
    /// "the".</summary>
    private static bool TwoFirms(Document document, Item item, int and)
    {
        if (item.First > 0 && document.TokenText(item.First - 1) is "the" or "The")
        {
            return false;
        }

        if (Contains(document, item.First, and - 1, "&") && and - item.First >= 3)
        {
            return true;
        }

        ReadOnlySpan<char> head = document.TokenText(item.Last);
        ReadOnlySpan<char> first = document.TokenText(item.First);
        return and - item.First >= 2 && item.Last - and >= 2 && OrganizationHeads.Contains(head) && !FieldBodyHeads.Contains(head)
            && OnlyCapitalWords(document, item.First, and - 1) && OnlyCapitalWords(document, and + 1, item.Last)
            && !IsKnownPlace(first) && !IsKnownPlace(SpanText(document, item.First, and - 1))
            && !NameLexicon.Default.Contains(first, LexiconClass.Nationality);
    }

    /// <summary>Whether the organization <paramref name="item"/> is two firms, one named by one word and the other by two
    /// words or more, joined by the "and" at token <paramref name="and"/>: a name that is one firm of that shape ends in a
    /// head of a business or body ("Eli Lilly and Company", "Hongkong and Shanghai Banking Corporation", "Bill and
    /// Melinda Gates Foundation", "Animal and Plant Health Agency"), so one that ends in none is two ("Knight Frank and
    /// Savills", "Arnold Clark and Sytner", "Centrepoint and Depaul UK", "Check Point and CyberArk"). Only capitalised
    /// words, not after "the", the lone word no given name ("Tom and Jerry Productions"), the whole no known place.
    /// Firms named "A and B" of one word each ("Marks and Spencer", "Procter and Gamble") are left alone, and so are
    /// words of one broad class (100 GloVe clusters) on either side of "and", a body's fields ("OQ Exploration and
    /// Production"), and a name run on into a number ("Access Now and Article 19"). A business or sector noun at the
    /// end (<see cref="FirmClosingNouns"/>: "Bath and Body Works", "Barnes and Noble Education") makes one firm unless
    /// the lists know a side as a firm alone ("Thales and BAE Systems"), and a whole the lists know is one firm.</summary>
    private static bool UnequalPair(Document document, Item item, int and)
    {
        int left = and - item.First;
        int right = item.Last - and;
        if (left < 1 || right < 1 || (left == 1) == (right == 1) || left + right > 5
            || (item.First > 0 && document.TokenText(item.First - 1) is "the" or "The")
            || !OnlyCapitalWords(document, item.First, and - 1) || !OnlyCapitalWords(document, and + 1, item.Last)
            || Contains(document, item.First, item.Last, "&") || Contains(document, item.First, item.Last, "The")
            || (item.Last + 1 < document.Tokens.Length && document.Tokens[item.Last + 1].Kind == TokenKind.Number))
        {
            return false;
        }

        // The words on either side of "and" of one broad word class name a body's fields ("OQ Exploration and
        // Production", "Airbus Defence and Space", "Hong Kong Exchanges and Clearing"), not two firms.
        ulong before = NameTables.Default.Classes(FeatureHash.OfTextBothCases(document.TokenText(and - 1)).Lower);
        ulong after = NameTables.Default.Classes(FeatureHash.OfTextBothCases(document.TokenText(and + 1)).Lower);
        if (before != 0 && (before & 0xFF) == (after & 0xFF))
        {
            return false;
        }

        NameLexicon lexicon = NameLexicon.Default;
        ReadOnlySpan<char> head = document.TokenText(item.Last);
        int lone = left == 1 ? item.First : item.Last;
        return !OrganizationHeads.Contains(head) && !PersonFreeHeads.Contains(head) && !FieldBodyHeads.Contains(head)
            && !lexicon.Contains(head, LexiconClass.OrganizationWord) && !lexicon.Contains(head, LexiconClass.CompanySuffix)
            && (ListKinds(document, lone, lone) & GivenNameKinds) == 0 && !lexicon.Contains(document.TokenText(lone), LexiconClass.GivenName)
            && !IsKnownPlace(Text(document, item))
            // A business or sector noun closes one firm ("Bath and Body Works", "Barnes and Noble Education") unless the
            // lists know a side as a firm alone ("Thales and BAE Systems"); a whole the lists know is one firm.
            && (!ContainsLowered(FirmClosingNouns, head) || SideKnownAsFirm(document, item, and))
            && (ListKinds(document, item.First, item.Last) & (OrganizationKinds | NamedFirmKinds)) == 0;
    }

    /// <summary>Whether the lists know a side of "A and B" (<paramref name="item"/>, its "and" at <paramref name="and"/>) as
    /// a firm by itself: the side of two words or more, whole, as an organization, company or brand ("BAE Systems" in
    /// "Thales and BAE Systems"), or the lone word as an organization (not a brand) that is no given name or surname
    /// ("Thales"; not "Barnes" of "Barnes and Noble Education").</summary>
    private static bool SideKnownAsFirm(Document document, Item item, int and)
    {
        bool loneFirst = and - item.First == 1;
        int lone = loneFirst ? item.First : item.Last;
        ushort loneKinds = ListKinds(document, lone, lone);
        ushort longKinds = loneFirst ? ListKinds(document, and + 1, item.Last) : ListKinds(document, item.First, and - 1);
        return (longKinds & (OrganizationKinds | NamedFirmKinds)) != 0
            || ((loneKinds & OrganizationKinds) != 0 && (loneKinds & PersonNameKinds) == 0);
    }

    /// <summary>Business and sector nouns that close one firm's name of the shape "A and B C" (<c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet FirmClosingNouns = LinkerWords.Set("firm-closing-nouns");

    /// <summary>The "and" at which the organization <paramref name="item"/>, "A and B", closes a list of organizations,
    /// so that its "and" is the list's and not the name's, or -1: right after a comma and an organization of
    /// capitalised words (<paramref name="before"/>), the item's only other words capitalised ("Bolt, Wise and
    /// Pipedrive", "Sovereign Network Group, Orbit, Platform Housing and Riverside", "The CGT, CFDT, Force Ouvriere and
    /// Solidaires"). Not one name the sides make together:
    /// <list type="bullet">
    /// <item>one word on each side, neither listed as an organization by itself ("Aviva, Legal and General", "Unilever,
    /// Procter and Gamble", "Tesco, Marks and Spencer");</item>
    /// <item>the same word twice ("Johnson and Johnson"), or a given name or surname on each side ("Farrar, Straus and
    /// Giroux"), whatever the lists hold;</item>
    /// <item>one word that no list holds as an organization, then words ending in the head of a body named for its
    /// fields, which the two share ("Engineering and Physical Sciences Research Council", "Health, Safety and Welfare
    /// Board");</item>
    /// <item>a body named for fields the item before opens ("Ministry of Trade, Industry and Energy": the name before
    /// holds a lower-case word).</item>
    /// </list></summary>
    /// <remarks>Called once per item, not per "and": it reads the item and the name before once, adding the tokens read
    /// to <paramref name="work"/>, and after a split the rest no longer follows a comma, so it is not read again.</remarks>
    private static int ListTailAnd(Document document, Item? before, Item item, ref long work)
    {
        int comma = item.First - 1;
        if (before is not { Type: NameType.Organization, Cut: 0 } b || b.Last != comma - 1 || document.TokenText(comma) is not ",")
        {
            return -1;
        }

        work += b.Last - b.First + 1;
        if (!OnlyCapitalWords(document, b.First, b.Last))
        {
            return -1;
        }

        int and = -1;
        for (int t = item.First; t <= item.Last; t++)
        {
            work++;
            if (IsCapitalWord(document, t) || document.TokenText(t) is "&")
            {
                continue;
            }

            if (and >= 0 || document.TokenText(t) is not "and")
            {
                return -1;
            }

            and = t;
        }

        if (and <= item.First || and >= item.Last)
        {
            return -1;
        }

        bool oneLeft = and - 1 == item.First;
        bool oneRight = item.Last == and + 1;
        bool leftListed = (ListKinds(document, item.First, and - 1) & OrganizationKinds) != 0;
        if (oneLeft && oneRight)
        {
            bool rightListed = (ListKinds(document, item.Last, item.Last) & OrganizationKinds) != 0;
            bool partners = document.TokenText(item.First).SequenceEqual(document.TokenText(item.Last))
                || ((ListKinds(document, item.First, item.First) & PersonNameKinds) != 0 && (ListKinds(document, item.Last, item.Last) & PersonNameKinds) != 0);
            return partners || !(leftListed || rightListed) ? -1 : and;
        }

        return oneLeft && !leftListed && FieldBodyHeads.Contains(document.TokenText(item.Last)) ? -1 : and;
    }

    /// <summary>US bodies the blind conventions name apart from "US" ("the US Navy", "the US Treasury"; "U.S.
    /// Treasury", CoNLL's whole name, is left whole).</summary>
    private static readonly WordSet UsBodies = new WordSet(
        ["Navy", "Army", "Treasury", "Senate", "Congress", "Marines", "Military", "Embassy", "Supreme"]);

    /// <summary>Whether tokens <paramref name="first"/>..<paramref name="last"/> (two or three words before "of") read
    /// as a person: a listed given name first, a word no list knows as a place or organisation word last.</summary>
    private static bool PersonBeforeOf(Document document, int first, int last)
    {
        NameLexicon lexicon = NameLexicon.Default;
        ReadOnlySpan<char> end = document.TokenText(last);
        return ((ListKinds(document, first, first) & GivenNameKinds) != 0 || lexicon.Contains(document.TokenText(first), LexiconClass.GivenName))
            && !IsKnownPlace(document.TokenText(first))
            && !lexicon.Contains(end, LexiconClass.OrganizationWord) && !OrganizationHeads.Contains(end) && !PersonFreeHeads.Contains(end)
            && !lexicon.Contains(end, LexiconClass.PlaceWord) && !IsKnownPlace(end) && !lexicon.Contains(end, LexiconClass.PersonTitle)
            && (ListKinds(document, first, last) & OrganizationKinds) == 0;
    }

    /// <summary>
    /// A name the recognizer called a person or another name (MISC), or a one-word place, that the lists know as an
    /// organization is one — a company, agency, broadcaster, club… ("Moderna", "Theranos", "Kremlin") — unless it
    /// opens with a given name ("Ted Baker"), follows a title, or is a nationality; a place also stays a place when the
    /// word lists know it as one ("Amazon", "Atlantic").
    /// </summary>
    private static void RetypeListedOrganizations(Document document, List<Item> items)
    {
        NameLexicon lexicon = NameLexicon.Default;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            if (item.Type == NameType.Organization || item.Last - item.First >= NameLexicon.MaxTokens)
            {
                continue;
            }

            ushort kinds = ListKinds(document, item.First, item.Last);
            if ((kinds & OrganizationKinds) == 0)
            {
                continue;
            }

            ReadOnlySpan<char> first = document.TokenText(item.First);
            bool retype = item.Type switch
            {
                // A given name first: a company the lists know is the house named after its founder, unless the words
                // around show a person ("Oliver Wyman, part of Marsh McLennan, hired"; "Ralph Lauren, 86, watched his
                // show" stays; session 37, names37b).
                NameType.Person => ((ListKinds(document, item.First, item.First) & GivenNameKinds) == 0
                        || (item.Last > item.First && (kinds & 1 << (int)NameListKind.Company) != 0 && !UsedAsPerson(document, item.First, item.Last)))
                    && !(item.First > 0 && PersonTitles.Contains(document.TokenText(item.First - 1))),
                NameType.Miscellaneous => !lexicon.Contains(first, LexiconClass.Nationality),
                NameType.Place => item.First == item.Last && !IsListedPlace(lexicon, first),
                _ => false,
            };
            if (retype)
            {
                items[k] = item with { Type = NameType.Organization };
            }
        }
    }

    /// <summary>
    /// A listed organization followed by a country or region, found as one place or as an organization and a place side
    /// by side, is the organization's arm there: one organization ("Lafarge Africa", "PETA India", "ArcelorMittal South
    /// Africa", "Greenpeace UK", "BBVA Mexico"). The organization part must be a listed organization, or a name ending in
    /// a word of <see cref="ArmHeads"/> ("Stanbic Bank Zambia"), and not itself a place or a nationality. A place after a
    /// word of <see cref="CarrierOpeners"/> is a carrier named for it ("Air Tanzania").
    /// </summary>
    /// <remarks>One pass that compacts the list in place (a join folds the next name into the current one), so linear.</remarks>
    private static void RegionalArms(Document document, List<Item> items)
    {
        NameLexicon lexicon = NameLexicon.Default;
        int kept = 0;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            if (item.Type == NameType.Place && item.Cut == 0 && item.First > 0 && CarrierOpeners.Contains(document.TokenText(item.First - 1))
                && !LineBreakBetween(document, item.First - 1, item.First) && item.Last - item.First <= 2
                && (RegionText(document, item.First, item.Last) || IsKnownPlace(Text(document, item)))
                && (kept == 0 || items[kept - 1].Last < item.First - 1 || (items[kept - 1].Type != NameType.Person && items[kept - 1].Cut == 0)))
            {
                // "Air Tanzania", "Air Astana": a carrier named for the country or city it flies from; a name found
                // before the place that ends in the opener ("Royal Air" of "Royal Air Maroc") is taken in.
                bool joined = kept > 0 && items[kept - 1].Last == item.First - 1;
                int first = joined ? items[--kept].First : item.First - 1;
                item = item with { First = first, Type = NameType.Organization, Name = null, Acronym = null };
            }
            else if (item.Type == NameType.Place && item.Last > item.First && item.Cut == 0)
            {
                for (int tail = 1; tail <= 2 && item.Last - tail >= item.First; tail++)
                {
                    int split = item.Last - tail + 1;
                    if (ArmOf(document, lexicon, item.First, split - 1) && RegionText(document, split, item.Last))
                    {
                        item = item with { Type = NameType.Organization };
                        break;
                    }
                }
            }
            else if (item.Type == NameType.Organization && item.Cut == 0 && k + 1 < items.Count && items[k + 1].Type == NameType.Place
                && items[k + 1].First == item.Last + 1 && items[k + 1].Last - items[k + 1].First <= 1 && !LineBreakBetween(document, item.Last, item.Last + 1)
                && ArmOf(document, lexicon, item.First, item.Last) && RegionText(document, items[k + 1].First, items[k + 1].Last))
            {
                item = item with { Last = items[k + 1].Last };
                k++;
            }

            items[kept++] = item;
        }

        items.RemoveRange(kept, items.Count - kept);
    }

    /// <summary>Last words of a business's name that its national arms keep before the country ("Stanbic Bank Zambia",
    /// "Sagicor Group Jamaica", "Raiffeisen Bank Ukraine"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet ArmHeads = LinkerWords.Set("arm-heads");

    /// <summary>Capitalised words that open a carrier's name before the country or city it flies from ("Air Tanzania",
    /// "Air Astana", "Air Malta"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet CarrierOpeners = LinkerWords.Set("carrier-openers");

    /// <summary>Whether tokens <paramref name="first"/>..<paramref name="last"/> are a listed organization, or a name of
    /// two words or more ending in a word of <see cref="ArmHeads"/>, written with lower-case letters (not a headline in
    /// capitals), no place and no nationality.</summary>
    private static bool ArmOf(Document document, NameLexicon lexicon, int first, int last)
    {
        ReadOnlySpan<char> head = document.TokenText(first);
        return ((ListKinds(document, first, last) & OrganizationKinds) != 0 || (last > first && ArmHeads.Contains(document.TokenText(last))))
            && head.ContainsAny(LowerCaseLetters)
            && !IsKnownPlace(head) && !lexicon.Contains(head, LexiconClass.Nationality)
            && (first == last || !IsKnownPlace(document.Text.AsSpan(document.Tokens[first].Start, document.Tokens[last].End - document.Tokens[first].Start)));
    }

    private static readonly System.Buffers.SearchValues<char> LowerCaseLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    /// <summary>Whether tokens <paramref name="first"/>..<paramref name="last"/> name a country or a continent-sized region.</summary>
    private static bool RegionText(Document document, int first, int last)
    {
        ReadOnlySpan<char> text = document.Text.AsSpan(document.Tokens[first].Start, document.Tokens[last].End - document.Tokens[first].Start);
        NameLexicon lexicon = NameLexicon.Default;
        return lexicon.Contains(text, LexiconClass.Country) || text is "Africa" or "Asia" or "Europe" or "Latin America"
            || text is "Middle East" or "Asia Pacific" or "Americas" or "North America" or "East Africa" or "West Africa" or "Southern Africa";
    }

    private static bool IsListedPlace(NameLexicon lexicon, ReadOnlySpan<char> word) =>
        lexicon.ContainsAny(word, LexiconClass.Country, LexiconClass.City, LexiconClass.Region, LexiconClass.Nationality);

    /// <summary>A place ending in a place word, then "of" and a place, is one place ("Democratic Republic of Congo",
    /// "Sea of Azov" when both halves were found).</summary>
    private static void JoinPlacesOfPlaces(Document document, List<Item> items)
    {
        if (items.Count < 2)
        {
            return;
        }

        // Compacts in place: `place` is the name being grown, `kept` how many names before it are final.
        NameLexicon lexicon = NameLexicon.Default;
        int kept = 0;
        Item place = items[0];
        for (int k = 1; k < items.Count; k++)
        {
            Item of = items[k];
            if (place.Type == NameType.Place && of.Type == NameType.Place && of.First == place.Last + 2
                && document.TokenText(place.Last + 1) is "of" && lexicon.Contains(document.TokenText(place.Last), LexiconClass.PlaceWord)
                && !LineBreakBetween(document, place.Last, of.First))
            {
                place = place with { Last = of.Last };
            }
            else
            {
                items[kept++] = place;
                place = of;
            }
        }

        items[kept++] = place;
        items.RemoveRange(kept, items.Count - kept);
    }

    /// <summary>Bodies' last words beyond <see cref="OrganizationHeads"/> that end a public service's name ("Border
    /// Force", "HM Coastguard", "Royal Navy").</summary>
    private static readonly WordSet ServiceHeads = new WordSet(
        ["Force", "Forces", "Navy", "Guard", "Coastguard", "Service", "Office", "Department", "Court", "Board", "Union", "League"]);

    /// <summary>Whether tokens <paramref name="first"/>..<paramref name="last"/> name a body of their own: the last word
    /// is an organisation head, or the words end in a listed organization ("Canadian Red Cross").</summary>
    private static bool EndsAsBody(Document document, int first, int last)
    {
        ReadOnlySpan<char> head = document.TokenText(last);
        if (OrganizationHeads.Contains(head) || ServiceHeads.Contains(head))
        {
            return true;
        }

        for (int i = Math.Max(first, last - NameLexicon.MaxTokens + 1); i <= last; i++)
        {
            if ((ListKinds(document, i, last) & OrganizationKinds) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A person's name goes on through the lower-case particles of Arabic, Romance, Dutch and German names
    /// ("Abdel Fattah al-Burhan", "Alexandre de Moraes", "Mohammed bin Salman").</summary>
    private static void ExtendNameParticles(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int kept = 0; // compacts in place: a joined rest is skipped, never removed from the middle
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            int j = item.Last + 1;
            if (item.Type != NameType.Person || j >= tokens.Length || LineBreakBetween(document, item.Last, j))
            {
                items[kept++] = item;
                continue;
            }

            ReadOnlySpan<char> next = document.TokenText(j);
            int last;
            if ((next.StartsWith("al-", StringComparison.Ordinal) || next.StartsWith("el-", StringComparison.Ordinal))
                && next.Length > 3 && char.IsUpper(next[3]))
            {
                last = j;
            }
            else if (next is "al" or "el" && j + 2 < tokens.Length && document.TokenText(j + 1) is "-"
                && tokens[j].End == tokens[j + 1].Start && tokens[j + 1].End == tokens[j + 2].Start && IsCapitalWord(document, j + 2))
            {
                last = j + 2;
            }
            else if (next is "bin" or "ibn" or "de" or "da" or "dos" or "das" or "van" or "von" or "der" or "del" or "al"
                && j + 1 < tokens.Length && IsCapitalWord(document, j + 1) && !LineBreakBetween(document, j, j + 1))
            {
                last = j + 1;
            }
            else
            {
                items[kept++] = item;
                continue;
            }

            // The rest of the name may have been found on its own ("de" [Moraes], [al-Burhan]): it joins the person.
            if (k + 1 < items.Count && items[k + 1].First <= last)
            {
                Item rest = items[k + 1];
                if (rest.Type is not (NameType.Person or NameType.Miscellaneous) || rest.First < j || rest.Last - last > 2)
                {
                    items[kept++] = item;
                    continue;
                }

                last = Math.Max(last, rest.Last);
                k++;
            }

            items[kept++] = item with { Last = last };
        }

        items.RemoveRange(kept, items.Count - kept);
    }

    private static bool Contains(Document document, int first, int last, string word)
    {
        for (int i = first; i <= last; i++)
        {
            if (document.TokenText(i).SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool LineBreakBetween(Document document, int a, int b) =>
        document.Text.AsSpan(document.Tokens[a].End, document.Tokens[b].Start - document.Tokens[a].End).IndexOfAny("\n\r\u0085\u2028\u2029") >= 0;
}
