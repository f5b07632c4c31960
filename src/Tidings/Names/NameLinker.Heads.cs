using Tidings.Places;
using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>
/// Corrections from a name's own last word and the few words right around it: legal forms that end a company's
/// name, venues and organisation heads that fix the type (organizations run together: NameLinker.Splits.cs), and places named as
/// the home of a company ("the Houston firm", "a Berlin-based start-up", "Toledo, Ohio", "near Rouen").
/// </summary>
internal static partial class NameLinker
{
    /// <summary>Last words of venues: a name ending in one is a place ("Aviva Stadium", "Wrigley Field", "TD Garden").</summary>
    private static readonly WordSet VenueHeads = new WordSet(
        ["Stadium", "Arena", "Airport", "Field", "Oval", "Garden", "Gardens", "Cathedral", "Station", "Speedway",
         "Velodrome", "Racecourse", "Ballpark", "Coliseum", "Stadion", "Bowl", "Superdome",

         // Works of infrastructure are places too ("Dakota Access Pipeline", "Channel Tunnel", "Bruce Highway").
         "Pipeline", "Tunnel", "Highway", "Motorway", "Expressway", "Bridge"]);

    /// <summary>The works of infrastructure among <see cref="VenueHeads"/>: companies are named after them too
    /// ("Colonial Pipeline", "Transcontinental Gas Pipeline"), so organization evidence outweighs the head.</summary>
    private static readonly WordSet WorksHeads = new WordSet(
        ["Pipeline", "Tunnel", "Highway", "Motorway", "Expressway", "Bridge"]);

    /// <summary>Verbs after a name that say a business acts: works do not pay, say or shut themselves.</summary>
    private static readonly WordSet CorporateVerbs = new WordSet(
        ["said", "says", "paid", "pays", "shut", "halted", "restarted", "announced", "reported", "agreed", "confirmed",
         "told", "declined", "filed", "warned", "hired", "sued", "owns", "operates", "employs"]);

    /// <summary>Whether a name ending in a work of infrastructure (tokens <paramref name="first"/>..<paramref name="last"/>)
    /// is a company: a listed organization, a legal form after it ("Colonial Pipeline Co."), strong organization
    /// context ("shares of", "said it"), or, with no article before it, a verb only a business does ("Colonial Pipeline
    /// paid"; "the Channel Tunnel shut" stays a place). Elsewhere in the article the name then keeps this type
    /// (<see cref="HarmonizeTypes"/>).</summary>
    private static bool RunsAsCompany(Document document, int first, int last)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        if ((ListKinds(document, first, last) & OrganizationKinds) != 0 || StrongOrganization(document, first, last))
        {
            return true;
        }

        if (last + 1 >= tokens.Length)
        {
            return false;
        }

        ReadOnlySpan<char> next = document.TokenText(last + 1);
        return NameLexicon.Default.Contains(next, LexiconClass.CompanySuffix)
            || (CorporateVerbs.Contains(next) && (first == 0 || document.TokenText(first - 1) is not ("the" or "The")));
    }

    /// <summary>Last words that make a name an organization, whatever the rest ("Ocelot Labs", "Al-Shifa Hospital",
    /// "Saudi Tennis Federation"): bodies, institutions and legal forms (place-like heads such as "City" are left out).</summary>
    private static readonly WordSet OrganizationHeads = new WordSet(
        ["Hospital", "Hospitals", "University", "College", "School", "Institute", "Federation", "Association", "Police",
         "Party", "Bank", "Trust", "Foundation", "Group", "Company", "Corporation", "Industries", "Holdings", "Airlines",
         "Airways", "Labs", "Laboratories", "Museum", "Council", "Commission", "Ministry", "Agency", "Authority",
         "Committee", "Society", "Academy", "Technologies", "Therapeutics", "Pharmaceuticals", "Partners", "Ventures",
         "Motors", "Bancorp", "Insurance", "Inc", "Inc.", "Ltd", "Ltd.", "plc", "Plc", "PLC", "LLC", "GmbH", "Corp",
         "Corp.", "AG", "SE", "NV", "SA", "Bros.", "Brothers", "Records", "Recordings", "Healthcare", "Capital",
         "Aerospace", "Entertainment", "Studios", "Pharma", "Biologics", "Biosciences", "Investments", "Clan", "Cartel",
         "Gang", "Brigade", "Brigades", "Legion", "Corps", "Movement", "Clinic", "Clinics", "Biotech", "Pharmacare", "Fund", "Army"]);

    /// <summary>Last words no person's name ends in ("Lilith Games", "Harbour Media"): a "person" ending in one is a
    /// business (<c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet PersonFreeHeads = LinkerWords.Set("person-free-heads");

    /// <summary>Last words of a business's name that are surnames too ("Chambers"; <c>LinkerWords.txt</c>): a person or place
    /// ending in one is the business unless a given name opens it (<see cref="RetypeByHeads"/>).</summary>
    private static readonly WordSet SurnameFirmHeads = LinkerWords.Set("surname-firm-heads");

    /// <summary>Last words of a business's name that end no place's name either ("Bloor Homes", "Henry Construction",
    /// "Brookfield Residential", "Gordon Ramsay Restaurants"): a place or person ending in one is the business
    /// (<c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet PlaceFreeHeads = LinkerWords.Set("place-free-heads");

    /// <summary>Last words of treaties, laws and prizes, which are neither organizations nor places ("Paris Agreement",
    /// "Inflation Reduction Act", "Booker Prize").</summary>
    private static readonly WordSet DocumentHeads = new WordSet(
        ["Agreement", "Accord", "Accords", "Treaty", "Act", "Protocol", "Pact", "Declaration", "Prize", "Award", "Awards"]);

    /// <summary>Nouns a place's name modifies when it says where a business is ("the Houston firm", "a Bristol maker").</summary>
    private static readonly WordSet BusinessNouns = new WordSet(
        ["company", "firm", "group", "maker", "lender", "bank", "startup", "start-up", "insurer", "retailer", "carmaker",
         "automaker", "drugmaker", "chipmaker", "brewer", "airline", "manufacturer", "developer", "operator", "business",
         "conglomerate", "giant", "utility", "club", "paper", "newspaper", "daily", "outfit", "producer", "supplier",
         "platform", "miner", "builder", "investor", "fund", "broadcaster", "publisher", "university", "hospital",
         "start-up", "association", "app", "charity", "union", "party", "network", "service", "chain", "studio",
         "label", "agency", "organisation", "organization", "body", "regulator", "watchdog", "pollster", "provider",
         "supermarket", "magazine", "website", "consultancy", "airline", "subsidiary", "unit", "brand", "biotech",
         "exchange", "broker", "brokerage", "venture", "lab", "laboratory", "streamer", "carrier", "telecoms", "manager", "band", "duo",
         "trio", "orchestra", "choir"]);

    /// <summary>Nouns right before a name that say it is an organization ("ride-hailing company Bolt", "pollster Median",
    /// "the rap duo Bob Vylan"); nouns that also name people's roles ("investor", "developer") are left out.</summary>
    private static readonly WordSet OrganizationNounsBefore = new WordSet(
        ["company", "firm", "group", "maker", "lender", "bank", "start-up", "startup", "insurer", "retailer", "carmaker",
         "automaker", "drugmaker", "chipmaker", "brewer", "airline", "manufacturer", "conglomerate", "charity", "pollster",
         "broadcaster", "platform", "app", "exchange", "union", "party", "regulator", "watchdog", "studio", "label", "club",
         "newspaper", "paper", "magazine", "network", "chain", "supermarket", "duo", "trio", "band", "association",
         "agency", "consultancy", "outlet", "daily", "tabloid", "streamer", "operator", "utility", "fund", "movement",
         "fintech", "biotech"]);

    /// <summary>Lower-case nouns after a name that make it a place ("Binh Duong province", "the Yorkshire coast",
    /// "the Tham Luang cave").</summary>
    private static readonly WordSet PlaceNounsAfter = new WordSet(
        ["province", "district", "region", "coast", "county", "valley", "area", "cave", "cathedral", "countryside",
         "neighbourhood", "neighborhood", "suburb", "township", "municipality", "prefecture", "governorate", "oblast",
         "peninsula", "island", "islands", "mountains", "basin", "delta", "border", "village", "town"]);

    /// <summary>Nouns before "of" that take a place ("the town of Barsalogho", "residents of Settle").</summary>
    private static readonly WordSet PlaceNounsBeforeOf = new WordSet(
        ["town", "city", "village", "province", "region", "district", "port", "state", "island", "capital", "county",
         "suburb", "municipality", "outskirts", "streets", "centre", "center", "heart", "residents", "mayor", "premier",
         "banks", "shores", "inhabitants", "suburbs"]);

    /// <summary>Common nouns written in capitals that news uses as words, not names ("AI servers", "an IPO").</summary>
    private static readonly WordSet CommonAcronyms = new WordSet(
        ["AI", "GDP", "IPO", "CEO", "CFO", "EV", "EVs", "VAT", "ESG", "ETF", "ETFs", "CPI", "PMI", "MVP", "GPU", "GPUs",
         "LNG", "PC", "PCs", "TV", "DNA", "HIV", "AIDS", "VPN", "SUV", "SUVs", "IVF", "GP", "GPs", "PhD", "MRI", "MP", "MPs", "MEP", "MEPs"]);

    /// <summary>Ends of a hyphenated word whose first part is a place ("Berlin-based", "London-listed").</summary>
    private static readonly string[] PlaceCompoundEnds = ["-based", "-headquartered", "-listed", "-founded"];

    private static bool Adjacent(Document document, int a, int b) => document.Tokens[a].End == document.Tokens[b].Start;

    /// <summary>A city or country the recognizer took for an organization, before "'s" and an organization, is where
    /// that organization is ("buy Oxford's Exscientia", as "China's Akeso").</summary>
    private static void PlacesOwningOrganizations(Document document, List<Item> items)
    {
        for (int k = 0; k + 1 < items.Count; k++)
        {
            Item item = items[k];
            if (item.Type == NameType.Organization && item.First == item.Last && item.Cut == 0 && items[k + 1].Type == NameType.Organization
                && items[k + 1].First == item.Last + 2 && document.TokenText(item.Last + 1) is "'s" or "’s"
                && IsKnownPlace(document.TokenText(item.First)) && (ListKinds(document, item.First, item.First) & OrganizationKinds) == 0)
            {
                items[k] = item with { Type = NameType.Place };
            }
        }
    }

    /// <summary>A word in capitals ("PALERMO" in a dateline) that the gazetteer knows as written in title case.</summary>
    private static bool KnownInCapitals(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word.Length > 40 || !IsAllCaps(word))
        {
            return false;
        }

        Span<char> title = stackalloc char[word.Length];
        title[0] = word[0];
        for (int i = 1; i < word.Length; i++)
        {
            title[i] = word[i - 1] is ' ' or '-' ? word[i] : char.ToLowerInvariant(word[i]);
        }

        return IsKnownPlace(title) || Gazetteer.Default.Contains(title);
    }

    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A company's legal form right after its name belongs to it ("BP plc", "Klarna Group plc", "Gap Inc."), and so do
    /// a web domain written onto it ("Booking.com") and a "+" ("OPEC+").
    /// </summary>
    private static void ExtendLegalForms(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        NameLexicon lexicon = NameLexicon.Default;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            if (item.Type != NameType.Organization || item.Last < 0)
            {
                continue;
            }

            int limit = k + 1 < items.Count ? items[k + 1].First : tokens.Length;
            int j = item.Last + 1;
            int last = item.Last;
            if (j < limit && Adjacent(document, item.Last, j) && document.TokenText(j) is "+" or ".com" or ".org" or ".net" or ".io" or ".ai")
            {
                last = j;
            }
            else if (j + 1 < limit && Adjacent(document, item.Last, j) && Adjacent(document, j, j + 1) && document.TokenText(j) is "."
                && document.TokenText(j + 1) is "com" or "org" or "net" or "io" or "ai")
            {
                last = j + 1;
            }
            else if (j < limit && !LineBreakBetween(document, item.Last, j) && document.TokenText(j) is not ("Group" or "Holdings")
                && lexicon.Contains(document.TokenText(j), LexiconClass.CompanySuffix)
                && (char.IsUpper(document.TokenText(j)[0]) || document.TokenText(j) is "plc"))
            {
                last = j;
            }
            else if (j + 1 < tokens.Length && document.TokenText(j) is "," && document.TokenText(j + 1) is "Inc" or "Inc." or "LLC" or "Ltd" or "Ltd."
                && !LineBreakBetween(document, item.Last, j + 1) && (j + 1 < limit || (items[k + 1].First == j + 1 && items[k + 1].Last <= j + 2)))
            {
                // "SoFi Technologies, Inc. (NASDAQ: SOFI)"; the legal form may have been found on its own.
                last = j + 1;
                if (j + 2 < tokens.Length && document.TokenText(j + 1) is "Inc" or "Ltd" && document.TokenText(j + 2) is "." && Adjacent(document, j + 1, j + 2))
                {
                    last = j + 2;
                }

                if (j + 1 >= limit)
                {
                    items[k + 1] = items[k + 1] with { Last = -1 };
                }
            }
            else if (j < tokens.Length && k + 1 < items.Count && items[k + 1].First == j && items[k + 1].Last == j
                && !LineBreakBetween(document, item.Last, j) && document.TokenText(j) is "SC" or "FC" or "AFC" or "CF")
            {
                // A club's letters found apart ("Simba" "SC"): one name.
                last = j;
                items[k + 1] = items[k + 1] with { Last = -1 };
            }

            if (last != item.Last)
            {
                items[k] = item with { Last = last };
            }
        }

        items.RemoveAll(static item => item.Last < 0); // legal forms and club letters joined to the name before
    }

    /// <summary>
    /// A name's last word fixes its type: a treaty, law or prize is none of the three; a venue is a place ("Aviva Stadium", "Wrigley Field"); a name ending in an
    /// organisation head or legal form that was typed a place or a person is an organization ("Ocelot Labs",
    /// "Arkansas Children's Hospital"), and so is a person ending in a word no person's name ends in ("Lilith Games") or a
    /// person or place ending in a surname that heads firms where no given name opens it ("Matrix Chambers"; session 38).
    /// </summary>
    private static void RetypeByHeads(Document document, List<Item> items)
    {
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            if (item.Last == item.First)
            {
                continue;
            }

            ReadOnlySpan<char> head = document.TokenText(item.Last);
            bool followedByOf = item.Last + 1 < document.Tokens.Length && document.TokenText(item.Last + 1) is "of";
            if (DocumentHeads.Contains(head))
            {
                items[k] = item with { Type = NameType.Miscellaneous };
            }
            else if (WorksHeads.Contains(head) && RunsAsCompany(document, item.First, item.Last))
            {
                // "Colonial Pipeline said it had paid", "Colonial Pipeline Co.": a company named for its works.
                items[k] = item with { Type = NameType.Organization };
            }
            else if (item.Type != NameType.Place && VenueHeads.Contains(head) && !followedByOf
                && !(item.Type == NameType.Person && (ListKinds(document, item.First, item.First) & GivenNameKinds) != 0))
            {
                items[k] = item with { Type = NameType.Place };
            }
            else if ((item.Type is NameType.Place or NameType.Person && (OrganizationHeads.Contains(head) || PlaceFreeHeads.Contains(head)))
                || (item.Type == NameType.Person && PersonFreeHeads.Contains(head)))
            {
                items[k] = item with { Type = NameType.Organization };
            }
            else if (item.Type is NameType.Place or NameType.Person && SurnameFirmHeads.Contains(head)
                && (ListKinds(document, item.First, item.First) & GivenNameKinds) == 0
                && !NameLexicon.Default.Contains(document.TokenText(item.First), LexiconClass.GivenName)
                && !TitleAt(document, item.First - 1))
            {
                // "Matrix Chambers", "Garden Court Chambers": barristers' chambers; not "John Chambers" (session 38).
                items[k] = item with { Type = NameType.Organization, Name = null };
            }
        }
    }

    /// <summary>
    /// A known place typed otherwise is a place where the words around it say where something is: "the Houston firm",
    /// "a Bristol maker of drones" (a determiner, the name, then at most two lower-case words and a business noun);
    /// "Toledo, Ohio" (the name, a comma and a region or country); "near Rouen", "in Karlsruhe" (but not "a stake in
    /// Amazon"). Untagged known places in the first pattern are tagged.
    /// </summary>
    private static List<Item> PlacesByContext(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            if (item.Type == NameType.Place || item.Last - item.First >= 3)
            {
                continue;
            }

            if (item.Type != NameType.Person || item.First == 0 || document.TokenText(item.First - 1) is "the" or "in" or "of"
                ? SaidToBePlace(document, item.First, item.Last)
                : TownOf(document, item.First))
            {
                items[k] = item with { Type = NameType.Place };
                continue;
            }

            if (item.Type != NameType.Person && PlacedByPreposition(document, item.First, item.Last))
            {
                items[k] = item with { Type = NameType.Place };
                continue;
            }

            if (!IsKnownPlace(Text(document, item)) || NameLexicon.Default.Contains(Text(document, item), LexiconClass.Nationality))
            {
                continue; // "The German biotech" is no place
            }

            // "in Rome, Milan and Naples": a known place listed with places.
            // "the Houston firm", but not "the U.N. agency" (a listed body).
            bool place = (HomeOfBusiness(document, item.First, item.Last) && (ListKinds(document, item.First, item.Last) & SubjectKinds) == 0)
                || (k > 0 && items[k - 1].Type == NameType.Place && items[k - 1].Last == item.First - 2 && document.TokenText(item.First - 1) is "," or "and")
                || (k + 1 < items.Count && items[k + 1].Type == NameType.Place && items[k + 1].First == item.Last + 2
                    && document.TokenText(item.Last + 1) is "and" or "or");
            if (!place && item.Last + 2 < tokens.Length && document.TokenText(item.Last + 1) is "," && k + 1 < items.Count
                && items[k + 1].First == item.Last + 2 && items[k + 1].Type == NameType.Place)
            {
                ReadOnlySpan<char> region = Text(document, items[k + 1]);
                NameLexicon lexicon = NameLexicon.Default;
                place = lexicon.ContainsAny(region, LexiconClass.Country, LexiconClass.Region)
                    || (Gazetteer.Default.TryGetKind(region, out PlaceKind kind) && kind is PlaceKind.Region or PlaceKind.Country);
            }

            if (!place && item.First == item.Last && item.First >= 1 && document.TokenText(item.First - 1) is "in" or "near" or "around" or "outside" or "off"
                && !(item.First >= 2 && OrganizationHolders.Contains(document.TokenText(item.First - 2))))
            {
                place = true;
            }

            if (place)
            {
                items[k] = item with { Type = NameType.Place };
            }
        }

        // Untagged: "The Walldorf software group", "the town of Kelvara".
        // Only capitalised words are looked at (the document's, from the second token on).
        List<Item>? result = null;
        int next = 0;
        foreach (int i in CapitalWords(document))
        {
            if (i < 1)
            {
                continue;
            }

            while (next < items.Count && items[next].Last < i)
            {
                result?.Add(items[next]);
                next++;
            }

            if (next < items.Count && items[next].First <= i)
            {
                continue;
            }

            if (((HomeOfBusiness(document, i, i) && IsKnownPlace(document.TokenText(i))
                && !NameLexicon.Default.Contains(document.TokenText(i), LexiconClass.Nationality)) || TownOf(document, i)))
            {
                result ??= TakeList(items, next);
                result.Add(new Item(i, i, NameType.Place, null, null));
            }
        }

        if (result is null)
        {
            return items;
        }

        for (; next < items.Count; next++)
        {
            result.Add(items[next]);
        }

        return result;
    }

    /// <summary>"Binh Duong province", "the Tham Luang cave", "the town of Barsalogho": the words say place, known or not.</summary>
    private static bool SaidToBePlace(Document document, int first, int last) =>
        (last + 1 < document.Tokens.Length && PlaceNounsAfter.Contains(document.TokenText(last + 1))) || TownOf(document, first);

    /// <summary>"the town of X", "the port of X", "the banks of the Seine" (not "the capital of Armenian diaspora": a
    /// nationality is no town).</summary>
    private static bool TownOf(Document document, int first)
    {
        int of = first >= 1 && document.TokenText(first - 1) is "the" ? first - 2 : first - 1;
        return of >= 1 && document.TokenText(of) is "of"
            && (PlaceNounsBeforeOf.Contains(document.TokenText(of - 1)) || ContainsLowered(PlaceNounsBeforeOf, document.TokenText(of - 1)))
            && !NameLexicon.Default.Contains(document.TokenText(first), LexiconClass.Nationality);
    }

    /// <summary>Whether a word that takes an organization stands before the "in" at <paramref name="inToken"/>, in the
    /// same phrase ("a stake of about 10% in DAZN", "invested in X").</summary>
    private static bool HeldIn(Document document, int inToken)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        for (int j = inToken - 1; j >= 0 && j >= inToken - 5; j--)
        {
            if (tokens[j].Kind is not (TokenKind.Word or TokenKind.Number) && document.TokenText(j) is not "%")
            {
                return false;
            }

            if (HoldersIn.Contains(document.TokenText(j)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A one-word name no list knows as an organization where only a place can stand: "off Pylos", "near Garzweiler",
    /// "at Coningsby in Lincolnshire", "in Oxfordshire" (not "a stake in X", nor a body such as "in Parliament").
    /// </summary>
    private static bool PlacedByPreposition(Document document, int first, int last)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        ReadOnlySpan<char> word = document.TokenText(first);
        if (first != last || first < 1 || (ListKinds(document, first, last) & (SubjectKinds | 1 << (int)NameListKind.Exchange)) != 0
            || NameLexicon.Default.Contains(word, LexiconClass.OrganizationWord) || CommonAcronyms.Contains(word)
            || NameLexicon.Default.Contains(word, LexiconClass.Nationality) || !tokens[first].Has(TokenTraits.Capitalized))
        {
            return false;
        }

        return document.TokenText(first - 1) switch
        {
            "off" or "near" or "outside" => true,
            "in" => !HeldIn(document, first - 1),
            "at" => last + 2 < tokens.Length && document.TokenText(last + 1) is "in"
                && (IsCapitalWord(document, last + 2) || (document.TokenText(last + 2) is "the" && last + 3 < tokens.Length && IsCapitalWord(document, last + 3))),
            _ => false,
        };
    }

    /// <summary>"the Houston firm", "a Bristol maker": a determiner before, a business noun within three words after.</summary>
    private static bool HomeOfBusiness(Document document, int first, int last)
    {
        if (first < 1 || document.TokenText(first - 1) is not ("the" or "The" or "a" or "A" or "an" or "An"))
        {
            return false;
        }

        ReadOnlySpan<Token> tokens = document.Tokens;
        for (int j = last + 1; j < tokens.Length && j <= last + 3; j++)
        {
            if (tokens[j].Kind != TokenKind.Word || tokens[j].Has(TokenTraits.Capitalized))
            {
                return false;
            }

            if (BusinessNouns.Contains(document.TokenText(j)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Ends of a hyphenated word whose first part backs, lists or owns what follows ("Sequoia-backed",
    /// "Nasdaq-listed", "Tencent-owned").</summary>
    private static readonly string[] BackerCompoundEnds = LinkerWords.Words("backer-compound-ends");

    private static int CompoundCut(ReadOnlySpan<char> text, string[] ends)
    {
        foreach (string end in ends)
        {
            if (text.Length > end.Length + 1 && text.EndsWith(end, StringComparison.Ordinal))
            {
                return end.Length;
            }
        }

        return 0;
    }

    /// <summary>The type of the backer in tokens <paramref name="first"/>..<paramref name="last"/> less the
    /// <paramref name="cut"/> characters of its hyphenated end: an organization, a person when the lists know its words
    /// only as a surname ("Musk-owned"), or none for a nationality or a word not written
    /// with a capital ("Saudi-led", "state-owned").</summary>
    private static NameType BackerType(Document document, int first, int last, int cut)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        ReadOnlySpan<char> part = document.Text.AsSpan(tokens[last].Start, tokens[last].Length - cut);
        if (part.Length == 0 || !char.IsUpper(part[0]) || part.Contains('-') || last - first >= NameLexicon.MaxTokens
            || (first == last && NameLexicon.Default.Contains(part, LexiconClass.Nationality)))
        {
            return NameType.Miscellaneous;
        }

        if (first == last && IsKnownPlace(part))
        {
            // "Iran-backed Kataib Hezbollah", "Qatar-funded Al Jazeera", "US-led": a country backs it; "Amazon-backed
            // Anthropic": a place's word the lists know as a company is the company.
            return (NameTables.Default.Kinds(NameLexicon.Extend(0, FeatureHash.OfText(part, lower: true, foldDigits: true))) & OrganizationKinds) != 0
                ? NameType.Organization : NameType.Place;
        }

        // A sentence's first word is capitalised anyway: there it must be a name the lists know or a coined word ("State-run").
        bool listedOrCoined;

        uint h = 0;
        for (int j = first; j < last; j++)
        {
            h = NameLexicon.Extend(h, FeatureHash.OfText(document.TokenText(j), lower: true, foldDigits: true));
        }

        h = NameLexicon.Extend(h, FeatureHash.OfText(part, lower: true, foldDigits: true));
        ushort kinds = NameTables.Default.Kinds(h);
        listedOrCoined = (kinds & (OrganizationKinds | 1 << (int)NameListKind.Brand)) != 0
            || (first == last && NameTables.Default.Classes(FeatureHash.OfTextBothCases(part).Lower) == 0);
        if (OpensSentence(document, first) && !listedOrCoined)
        {
            return NameType.Miscellaneous;
        }

        const ushort Surnames = 1 << (int)NameListKind.SurnameCommon | 1 << (int)NameListKind.SurnameRare;
        return (kinds & OrganizationKinds) == 0 && (kinds & Surnames) != 0 && first == last ? NameType.Person : NameType.Organization;
    }

    /// <summary>The place in a hyphenated word such as "Berlin-based" or "London-listed" (its first part, when known).</summary>
    private static List<Item> PlacesInCompounds(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        List<Item>? result = null;
        int next = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            Token token = tokens[i];
            if (!token.Has(TokenTraits.HasHyphen) || !token.Has(TokenTraits.Capitalized))
            {
                continue;
            }

            ReadOnlySpan<char> text = document.TokenText(i);
            int cut = CompoundCut(text, PlaceCompoundEnds);
            int backerCut = CompoundCut(text, BackerCompoundEnds);
            if (cut == 0 && backerCut == 0)
            {
                continue;
            }

            // The place may have words before the hyphenated one ("New York-based", "Salt Lake City-based").
            int start = i;
            NameType first = NameType.Place;
            if (cut == 0 || !IsKnownPlace(text[..^cut]))
            {
                start = -1;
                // The longest first: "Salt Lake City", not "Lake City".
                for (int n = 2; n >= 1 && cut > 0; n--)
                {
                    if (i - n >= 0 && IsCapitalWord(document, i - n) && (n == 1 || IsCapitalWord(document, i - 1))
                        && IsKnownPlace(document.Text.AsSpan(tokens[i - n].Start, token.End - cut - tokens[i - n].Start)))
                    {
                        start = i - n;
                        break;
                    }
                }

                if (start < 0 && backerCut > 0)
                {
                    // "Nasdaq-listed Arm", "Kremlin-backed Gazprom", "Andreessen Horowitz-backed Cursor": who lists,
                    // backs or owns it is a body (or a person the lists know only as one), named on its own.
                    cut = backerCut;
                    while (next < items.Count && items[next].Last < i)
                    {
                        result?.Add(items[next]);
                        next++;
                    }

                    start = next < items.Count && items[next].First <= i && items[next].Type != NameType.Miscellaneous ? items[next].First : i;
                    first = BackerType(document, start, i, cut);
                    if (first == NameType.Miscellaneous)
                    {
                        continue;
                    }
                }

                if (start < 0)
                {
                    continue;
                }
            }

            while (next < items.Count && items[next].Last < start)
            {
                result?.Add(items[next]);
                next++;
            }

            bool covered = next < items.Count && items[next].First <= i;
            // An organization run on from the place ("Salt Lake City-based Recursion Pharmaceuticals") keeps the rest.
            // So does one run on from a one-word place ("Kyiv-based MacPaw"), or one the recognizer called a place
            // ("Berlin-based Trade Republic"); a "person" so run on is a business unless the rest reads as a person's
            // name ("Chennai-based Zoho"; one word after "-backed"/"-listed" is a business: "Sequoia-backed Harvey").
            Item? rest = covered && items[next].First == start && items[next].Last > i && items[next].Type is NameType.Organization or NameType.Person or NameType.Place
                ? items[next] with
                {
                    First = i + 1,
                    Type = items[next].Type == NameType.Place
                        || (items[next].Type == NameType.Person && (!IsLeaderName(document, i + 1, items[next].Last, bodyEvidence: false, chained: false)
                            || (first != NameType.Place && items[next].Last == i + 1)))
                        ? NameType.Organization : items[next].Type,
                    Name = null,
                }
                : null;
            if (covered && rest is null && (items[next].First != start || items[next].Last != i || items[next].Type == NameType.Person))
            {
                continue;
            }

            result ??= TakeList(items, next);
            result.Add(new Item(start, i, first, null, null, cut));
            if (rest is Item r)
            {
                result.Add(r);
            }

            if (covered)
            {
                next++;
            }
        }

        if (result is null)
        {
            return items;
        }

        for (; next < items.Count; next++)
        {
            result.Add(items[next]);
        }

        return result;
    }

    /// <summary>
    /// A one-word name typed a place that no word list or gazetteer knows as a place, and that no preposition of
    /// place stands before, is more likely a company the 1996 training text never saw ("analysts at Wedbush" aside,
    /// "Northzone", "Serif"): an organization. Not one a verb of war or weather takes ("troops entered Pokrovsk"),
    /// nor a word of a class of places after "at" ("at Natanz": see <see cref="InPlaceClass"/>).
    /// </summary>
    private static void UnknownPlacesAsOrganizations(Document document, List<Item> items)
    {
        NameLexicon lexicon = NameLexicon.Default;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            if (item.Type != NameType.Place || item.Last != item.First || item.Cut != 0)
            {
                continue;
            }

            ReadOnlySpan<char> word = document.TokenText(item.First);
            // An abbreviation with periods is a state or a country ("N.Y.", "Calif."), not a company.
            if ((word.Length > 1 && word[^1] == '.') || IsKnownPlace(word) || Gazetteer.Default.Contains(word) || lexicon.ContainsAny(word, LexiconClass.Nationality, LexiconClass.PlaceWord)
                || KnownInCapitals(word) || TakenAsPlace(document, item.First)
                || (item.First > 0 && PlacingAt(document, item.First - 1) && InPlaceClass(word))
                || SaidToBePlace(document, item.First, item.Last)
                || (item.First > 0 && document.TokenText(item.First - 1) is "in" or "near" or "to" or "from" or "outside" or "around" or "across"
                    && !(document.TokenText(item.First - 1) is "in" && HeldIn(document, item.First - 1)))
                || PlacedByPreposition(document, item.First, item.Last))
            {
                continue;
            }

            items[k] = item with { Type = NameType.Organization };
        }
    }
}
