using Tidings.Places;
using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>
/// Listed organizations the sentence uses as organizations: the subject of a news verb ("Google agreed to buy Fitbit",
/// "Target said sales fell"), a word with a role after it ("Patagonia founder Yvon Chouinard"), a listed name written
/// with a capital inside a sentence ("discussions on Reddit"); and names in lines of capitals (headlines), typed as
/// the article's body types them. List membership is the evidence that the word is a name; the words around it say
/// that this use is the organization.
/// </summary>
internal static partial class NameLinker
{
    /// <summary>List kinds that make a subject a listed organization: not clubs, motorsport teams or exchanges (their
    /// names are cities, makers and indices), nor brands (products and places).</summary>
    private const ushort SubjectKinds = OrganizationKinds
        & ~(1 << (int)NameListKind.Club | 1 << (int)NameListKind.Motorsport | 1 << (int)NameListKind.Exchange);

    /// <summary>List kinds of a name written with its "'s" ("Sainsbury's", "Chili's"): a listed organization's, or a brand's.</summary>
    private const ushort OwnedKinds = SubjectKinds | 1 << (int)NameListKind.Brand;

    private static readonly WordSet SubjectVerbs = LinkerWords.Set("subject-verbs");
    private static readonly WordSet BusinessVerbs = LinkerWords.Set("business-verbs");
    private static readonly WordSet RolesAfter = LinkerWords.Set("roles-after");
    private static readonly WordSet RoleModifiers = LinkerWords.Set("role-modifiers");
    private static readonly WordSet HoldersIn = LinkerWords.Set("holders-in");

    /// <summary>How strongly the words around a name say it is an organization.</summary>
    private enum UseCue
    {
        None,
        /// <summary>A news verb follows ("X said", "X will").</summary>
        Verb,
        /// <summary>A verb only companies take follows ("X agreed", "X acquired").</summary>
        BusinessVerb,
        /// <summary>"X said it", "shares of X", "X shares", "X chief executive", "X, a … company".</summary>
        Strong,
    }

    /// <summary>The cue the words around tokens <paramref name="first"/>..<paramref name="last"/> give.</summary>
    private static UseCue CueAround(Document document, int first, int last)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int after = last + 1;
        if (StrongOrganization(document, first, last)
            || (after < tokens.Length && tokens[after].Kind == TokenKind.Word && RolesAfter.Contains(document.TokenText(after))
                && (document.TokenText(after) is not ("chief" or "president") || (after + 1 < tokens.Length && document.TokenText(after + 1) is "executive" or "operating" or "financial"))))
        {
            return UseCue.Strong;
        }

        if (after >= tokens.Length || tokens[after].Kind != TokenKind.Word || tokens[after].Has(TokenTraits.Capitalized))
        {
            return UseCue.None;
        }

        ReadOnlySpan<char> verb = document.TokenText(after);
        return BusinessVerbs.Contains(verb) ? UseCue.BusinessVerb : SubjectVerbs.Contains(verb) ? UseCue.Verb : UseCue.None;
    }

    /// <summary>Whether token <paramref name="i"/> opens a sentence or a line.</summary>
    private static bool OpensSentence(Document document, int i)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        return i == 0 || tokens[i].Has(TokenTraits.LineBreakBefore) || tokens[i - 1].Has(TokenTraits.Terminal)
            || document.TokenText(i - 1) is "." or "!" or "?" or "\"" or "“" or ":" or "-" or "—";
    }

    /// <summary>
    /// Names the lists know as organizations (<see cref="SubjectKinds"/>) and that the sentence uses as one become
    /// organizations: typed as another name by the recognizer ("Gap" as a place, "Dell" as a person) or left untagged
    /// ("Google agreed", "on Reddit"). A person stays a person after a title or when a given name opens it; a one-word
    /// person whose word is the surname of someone named in full needs strong evidence ("Dell raised its forecast",
    /// "Dell shares"); a place needs a verb only companies take, and a country, city or nationality never changes.
    /// </summary>
    private static List<Item> OrganizationsByListedUse(Document document, List<Item> items)
    {
        NameLexicon lexicon = NameLexicon.Default;
        Places.SpanMemo<int>? surnames = null;
        foreach (Item item in items)
        {
            if (item.Type == NameType.Person && item.Last > item.First)
            {
                AddText(document, ref surnames, document.TokenText(item.Last));
            }
        }

        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            if (item.Type == NameType.Organization || item.Cut != 0 || item.Last - item.First >= 3
                || (ListKinds(document, item.First, item.Last) & SubjectKinds) == 0
                || (item.First > 0 && PersonTitles.Contains(document.TokenText(item.First - 1))))
            {
                continue;
            }

            ReadOnlySpan<char> text = Text(document, item);
            if (lexicon.ContainsAny(text, LexiconClass.Nationality, LexiconClass.Country, LexiconClass.City))
            {
                continue;
            }

            UseCue cue = CueAround(document, item.First, item.Last);
            bool retype = item.Type switch
            {
                NameType.Person => item.First == item.Last
                    && (cue == UseCue.Strong || (cue != UseCue.None && !ContainsText(document, surnames, text))),
                // "Gap raised its forecast"; "the White House said" (a listed body of several words no place list knows).
                NameType.Place => (cue is UseCue.Strong or UseCue.BusinessVerb && !IsSettlement(text))
                    || (cue == UseCue.Verb && item.Last > item.First && !lexicon.Contains(text, LexiconClass.Region)),
                NameType.Miscellaneous => cue != UseCue.None,
                _ => false,
            };
            if (retype)
            {
                items[k] = item with { Type = NameType.Organization };
            }
        }

        GiveBack(surnames);
        return TagUntaggedRuns(document, items, 3, (first, last, added) =>
        {
            ReadOnlySpan<char> firstWord = document.TokenText(first);
            if (LeadingWords.Contains(firstWord) || lexicon.Contains(firstWord, LexiconClass.CommonCapitalized)
                || CommonAcronyms.Contains(firstWord) || document.Tokens[last].Has(TokenTraits.AllCaps) && last > first)
            {
                return first;
            }

            if ((ListKinds(document, first, last) & SubjectKinds) == 0 || (first > 0 && PersonTitles.Contains(document.TokenText(first - 1))))
            {
                return last;
            }

            ReadOnlySpan<char> text = document.Text.AsSpan(document.Tokens[first].Start, document.Tokens[last].End - document.Tokens[first].Start);
            if (IsKnownPlace(text) || lexicon.Contains(text, LexiconClass.Nationality)
                || (last > first && (ListKinds(document, first, first) & GivenNameKinds) != 0))
            {
                return last;
            }

            // Not a word inside a longer name ("Pets at Home", "Match of the Day", "La Quadrature du Net").
            if (InsideLongerName(document, first, last) || InCapitalLine(document, first))
            {
                return last;
            }

            UseCue cue = CueAround(document, first, last);
            bool organization = OpensSentence(document, first)
                ? cue != UseCue.None
                : cue == UseCue.Strong || !ProductFollows(document, last);
            if (organization)
            {
                added.Add(new Item(first, last, NameType.Organization, null, null));
            }

            return last;
        });
    }

    /// <summary>Whether a connector joins the run to a capitalised word on either side ("Pets at Home").</summary>
    private static bool InsideLongerName(Document document, int first, int last)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        if (first >= 2 && NameConnector(document.TokenText(first - 1)) && IsCapitalWord(document, first - 2))
        {
            return true;
        }

        int next = last + 2;
        if (next < tokens.Length && NameConnector(document.TokenText(last + 1)) && document.TokenText(next) is "the")
        {
            next++;
        }

        return next < tokens.Length && NameConnector(document.TokenText(last + 1)) && IsCapitalWord(document, next);
    }

    private static bool NameConnector(ReadOnlySpan<char> word) =>
        word is "of" or "at" or "for" or "on" or "du" or "de" or "des" or "la" or "le" or "del" or "di" or "von" or "van" or "&";

    /// <summary>Whether token <paramref name="i"/> stands in a line or sentence in capitals (a headline).</summary>
    private static bool InCapitalLine(Document document, int i)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        if (!tokens[i].Has(TokenTraits.AllCaps))
        {
            return false;
        }

        // The words on either side, to the nearest line break or sentence end, within a dozen tokens.
        int first = i;
        while (first > 0 && i - first < 12 && !tokens[first].Has(TokenTraits.LineBreakBefore) && !tokens[first - 1].Has(TokenTraits.Terminal))
        {
            first--;
        }

        int end = i + 1;
        while (end < tokens.Length && end - i < 12 && !tokens[end].Has(TokenTraits.LineBreakBefore) && !tokens[end - 1].Has(TokenTraits.Terminal))
        {
            end++;
        }

        return InCapitals(document, first, end);
    }

    private static bool TwoLetters(ReadOnlySpan<char> word)
    {
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsLetter(c) && ++letters == 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a product or model word follows the name ("Delta variant", "Windows computers").</summary>
    private static bool ProductFollows(Document document, int last)
    {
        int after = last + 1;
        if (after < document.Tokens.Length && document.Tokens[after].Kind == TokenKind.Number)
        {
            after++;
        }

        return after < document.Tokens.Length
            && (ProductNounsAfter.Contains(document.TokenText(after)) || document.TokenText(after) is "variant" or "strain" or "app");
    }

    /// <summary>A city or country the gazetteer knows by this name.</summary>
    private static bool IsSettlement(ReadOnlySpan<char> name) =>
        Gazetteer.Default.TryGetKind(name, out PlaceKind kind) && kind is PlaceKind.City or PlaceKind.Country;

    // ---------------------------------------------------------------- coordination, ownership, "'s"

    /// <summary>
    /// A listed organization typed as a place or person takes the type of the organizations it is listed with
    /// ("Apple, Microsoft, Alphabet, Amazon, Nvidia", "backed by Amazon and Google"); a name typed as a person or other
    /// name that something is bought or owned ("which owns Conde Nast", "bought Ted Baker", "a stake in FatFace") is an
    /// organization: people are not owned.
    /// </summary>
    private static void OrganizationsByCompany(Document document, List<Item> items)
    {
        NameLexicon lexicon = NameLexicon.Default;
        for (int pass = 0; pass < 2; pass++)
        {
            // Forward, then backward, so the type runs through a whole list.
            for (int n = 0; n < items.Count; n++)
            {
                int k = pass == 0 ? n : items.Count - 1 - n;
                Item item = items[k];
                if (item.Type == NameType.Organization || item.Cut != 0 || item.Last - item.First >= 4)
                {
                    continue;
                }

                bool coordinated = (k > 0 && items[k - 1].Type == NameType.Organization && Coordinated(document, items[k - 1].Last, item.First))
                    || (k + 1 < items.Count && items[k + 1].Type == NameType.Organization && Coordinated(document, item.Last, items[k + 1].First));
                ReadOnlySpan<char> text = Text(document, item);
                if (coordinated && (ListKinds(document, item.First, item.Last) & SubjectKinds) != 0 && item.Type != NameType.Miscellaneous
                    && !lexicon.ContainsAny(text, LexiconClass.Country, LexiconClass.City, LexiconClass.Nationality))
                {
                    items[k] = item with { Type = NameType.Organization };
                }
                else if (pass == 0 && item.Type is NameType.Person or NameType.Miscellaneous && Owned(document, item.First)
                    && !lexicon.Contains(text, LexiconClass.Nationality)
                    && (item.Last + 1 >= document.Tokens.Length || document.TokenText(item.Last + 1) is not ("'s" or "’s")))
                {
                    items[k] = item with { Type = NameType.Organization };
                }
            }
        }
    }

    /// <summary>Whether only ", ", "and", "or" or ", and" stand between tokens <paramref name="a"/> and <paramref name="b"/>.</summary>
    private static bool Coordinated(Document document, int a, int b) => (b - a) switch
    {
        2 => document.TokenText(a + 1) is "," or "and" or "or" or "&",
        3 => document.TokenText(a + 1) is "," && document.TokenText(a + 2) is "and" or "or",
        _ => false,
    };

    /// <summary>Whether the words before token <paramref name="first"/> say it is owned or bought ("owns", "acquired",
    /// "a stake in").</summary>
    private static bool Owned(Document document, int first) =>
        first >= 1 && (OwningVerbs.Contains(document.TokenText(first - 1))
            || (first >= 2 && document.TokenText(first - 1) is "in" && document.TokenText(first - 2) is "stake" or "stakes" or "shares"));

    private static readonly WordSet OwningVerbs = LinkerWords.Set("owning-verbs");

    /// <summary>
    /// An organization the recognizer ran on over an owner's "'s" ("the Kremlin's response", "the Pentagon's budget")
    /// ends before it where the lists know the name without "'s" as an organization and not the whole (not
    /// "Sainsbury's", "McDonald's", which the lists hold whole) and a lower-case word follows; and where the name ends in
    /// an organisation's head before it, which no name is written with ("the Bank's governor", "the John Lewis
    /// Partnership's 70,000 partners"), unless a capitalised word follows.
    /// </summary>
    private static void TrimOwnersPossessive(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            int after = item.Last + 1;
            if (item.Type == NameType.Organization && item.Last > item.First && item.Cut == 0 && after < tokens.Length
                && document.TokenText(item.Last) is "'s" or "’s" && tokens[item.Last - 1].End == tokens[item.Last].Start
                && !(tokens[after].Kind == TokenKind.Word && tokens[after].Has(TokenTraits.Capitalized))
                && (ListKinds(document, item.First, item.Last) & OrganizationKinds) == 0
                && (OrganizationHeads.Contains(document.TokenText(item.Last - 1))
                    || (tokens[after].Kind == TokenKind.Word && (ListKinds(document, item.First, item.Last - 1) & OrganizationKinds) != 0)))
            {
                items[k] = item with { Last = item.Last - 1, Name = null, Acronym = null };
            }
        }
    }

    /// <summary>
    /// Names written with "'s" ("McDonald's", "Sainsbury's said", "at Sotheby's in New York", "Rival Christie's held"):
    /// a capitalised word, "'s", then what no possessive is followed by — a verb, a preposition, punctuation — or the
    /// lists know the whole; and "the Women's Tennis Association" (a capitalised word, "'s", an organization) is one, as
    /// is "King's College Hospital" (the organization ends in an institution's head).
    /// </summary>
    private static List<Item> PossessiveNames(Document document, List<Item> items, ref long steps)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        List<Item>? replacements = null;
        int next = 0;
        for (int i = 0; i + 1 < tokens.Length; i++)
        {
            steps++;
            while (next < items.Count && items[next].Last < i)
            {
                next++;
            }

            if (!IsCapitalWord(document, i) || document.TokenText(i + 1) is not ("'s" or "’s") || tokens[i].End != tokens[i + 1].Start
                || tokens[i].Has(TokenTraits.AllCaps))
            {
                continue;
            }

            // The name ending at i: a name the recognizer found (it must end here) or the word alone.
            Item? found = next < items.Count && items[next].First <= i ? items[next] : null;
            if (i + 2 < tokens.Length && tokens[i + 2].Start == tokens[i + 1].End && found is not { Cut: not 0 }
                && (document.TokenText(i + 2) is "'s" or "’s" || (document.TokenText(i + 2) is "'" or "’" && ApostropheIsPossessive(document, found?.First ?? i, i))))
            {
                // "Sainsbury's's chief", "McDonald's' UK arm": a possessive after the "'s" says the "'s" is the name's own.
                (replacements ??= TakeList(16)).Add(new Item(found?.First ?? i, i + 1, NameType.Organization, null, null));
                continue;
            }

            if (found is Item w && w.Type is NameType.Person or NameType.Place && w.Last > i + 1 && w.Cut == 0
                && PossessiveNameOpeners.Contains(document.TokenText(i + 2)))
            {
                // "Ruby's Café", "Harper's Bazaar" read whole as a person: the shop or the institution is a business.
                (replacements ??= TakeList(16)).Add(w with { Type = NameType.Organization, Name = null });
                continue;
            }

            if (found is Item f && (f.Last != i || f.Cut != 0 || !OnlyCapitalWords(document, f.First, f.Last)))
            {
                continue; // not "the International Space Station on Boeing's Starliner"
            }

            int start = found?.First ?? i;
            int previous = next > 0 ? items[next - 1].Last : -1;
            while (found is null && start - 1 > previous && i - start < 2 && IsCapitalWord(document, start - 1)
                && (ListKinds(document, start - 1, i + 1) & OwnedKinds) != 0)
            {
                start--; // "Trader Joe's": the lists know the capitalised words before as the name's
            }

            int after = i + 2;
            ReadOnlySpan<char> following = after < tokens.Length ? document.TokenText(after) : ".";
            if (InstitutionAfterPossessive(document, items, next + (found is null ? 0 : 1), found, start, i) is int end)
            {
                (replacements ??= TakeList(16)).Add(new Item(start, end, NameType.Organization, null, null));
                continue;
            }

            if (OwnerPossessive(document, start, i) && !VerbAfterPossessive(document, after))
            {
                continue; // "OpenAI's planned purchase", "overtaking Microsoft's and Apple's": the owner's "'s"
            }

            bool name = ListedWithPossessive(document, found, start, i)
                || (after >= tokens.Length || following is "," or "." or ";" or ":" or ")" or "in" or "at" or "on" or "for" or "with" or "from" or "and" or "or")
                || (tokens[after].Kind == TokenKind.Word && !tokens[after].Has(TokenTraits.Capitalized) && SubjectVerbs.Contains(following)
                    && following is not ("is" or "has" or "had" or "was" or "will" or "would" or "could" or "can" or "may" or "might" or "must" or "should" or "also" or "still" or "then"))
                || VerbAfterPossessive(document, after);
            // Not after a company's whole name, where "'s" stands for what it owns ("after Skyroot Aerospace's in 2022").
            if (name && !(found is Item p && p.Type == NameType.Place)
                && !(found is Item whole && whole.Type == NameType.Organization && whole.Last > whole.First
                    && OrganizationHeads.Contains(document.TokenText(i)) && (ListKinds(document, start, i + 1) & SubjectKinds) == 0))
            {
                (replacements ??= TakeList(16)).Add(new Item(start, i + 1, NameType.Organization, null, null));
                continue;
            }

            // "the Women's Tennis Association"; without the article when the organization ends in an institution's
            // head and the words before "'s" name no person, place or organization of their own ("King's College
            // Hospital", "the Prosecutor's Office"; not "Britain's Labour Party", "Modi's Bharatiya Janata Party").
            int body = next + (found is null ? 0 : 1);
            bool article = start == i && start >= 1 && document.TokenText(start - 1) is "the" or "The";
            if ((article || (found is null or { Type: NameType.Miscellaneous } && body < items.Count
                    && (OrganizationHeads.Contains(document.TokenText(items[body].Last)) || document.TokenText(items[body].Last) is "Office")))
                && body < items.Count && items[body].First == after
                && items[body].Type == NameType.Organization && found is not { Type: NameType.Organization } && !IsKnownPlace(Text(document, new Item(start, i, NameType.Place, null, null)))
                && !NameLexicon.Default.Contains(Text(document, new Item(start, i, NameType.Place, null, null)), LexiconClass.Nationality))
            {
                // Untagged capitalised words before the word are the organization's too ("European Public Prosecutor's Office").
                int from = start;
                int before = next > 0 ? items[next - 1].Last : -1;
                while (!article && found is null && from - 1 > before && i - from < 4 && IsCapitalWord(document, from - 1)
                    && !tokens[from - 1].Has(TokenTraits.AllCaps) && !LeadingWords.Contains(document.TokenText(from - 1)))
                {
                    from--;
                }

                (replacements ??= TakeList(16)).Add(new Item(from, items[body].Last, NameType.Organization, null, null));
            }
        }

        if (replacements is null)
        {
            return items;
        }

        List<Item> result = ReplaceAll(items, replacements, ref steps);
        GiveBack(replacements);
        return result;
    }

    /// <summary>First words of a shop's or an institution's name after a founder's or a saint's "'s" ("Harlow's Bakery",
    /// "Kowalczyk's Deli", "King's College Hospital", "St Aidan's Church of England Primary School"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet PossessiveNameOpeners = LinkerWords.Set("possessive-name-openers");

    /// <summary>Officers whose "'s Office" is a body ("Cook County Sheriff's Office", "the Manhattan District
    /// Attorney's Office"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet OfficeHolders = LinkerWords.Set("office-holders");

    /// <summary>The last token of the institution named with "'s" after the name before it (tokens
    /// <paramref name="start"/>..<paramref name="i"/>, the recognizer's <paramref name="found"/> or untagged), or null:
    /// the words after "'s" (the name <paramref name="body"/> there, or untagged capitalised words) open with a shop's
    /// or an institution's word, and the words before name no place (as the recognizer read them: "Harlow" the town
    /// founds no bakery, Harlow the baker does), nationality or body of their own ("Harlow's
    /// Bakery", "King's College Hospital", "St Aidan's Church of England Primary School"; not "Britain's Labour
    /// Party", "the Metropolitan Museum of Art's Costume Institute"); or "Office" follows an officer ("Cook County
    /// Sheriff's Office").</summary>
    private static int? InstitutionAfterPossessive(Document document, List<Item> items, int body, Item? found, int start, int i)
    {
        int after = i + 2;
        if (after >= document.Tokens.Length || !IsCapitalWord(document, after) || i - start > 2 || found is { Type: NameType.Place } or { Cut: not 0 })
        {
            return null;
        }

        Item? named = body < items.Count && items[body].First == after ? items[body] : null;
        if (named is Item n && (n.First != after || n.Cut != 0 || n.Type is NameType.Place or NameType.Person))
        {
            return null;
        }

        int end = named?.Last ?? after;
        ReadOnlySpan<char> opener = document.TokenText(after);
        if (opener is "Office" && OfficeHolders.Contains(document.TokenText(i)))
        {
            return end;
        }

        ReadOnlySpan<char> words = Text(document, new Item(start, i, NameType.Place, null, null));
        if (!PossessiveNameOpeners.Contains(opener) || (found is Item o && o.Type == NameType.Organization && OrganizationHeads.Contains(document.TokenText(o.Last)))
            || NameLexicon.Default.Contains(words, LexiconClass.Nationality))
        {
            return null;
        }

        // Untagged capitalised words after the opener are the institution's too ("Bakery Lane"), up to the next name.
        int limit = body < items.Count ? items[body].First - 1 : document.Tokens.Length - 1;
        while (named is null && end + 1 <= limit && end - after < 3 && IsCapitalWord(document, end + 1))
        {
            end++;
        }

        return end;
    }

    /// <summary>Whether the lists know tokens <paramref name="first"/>..<paramref name="last"/> with the "'s" after them
    /// as an organization's name, or as a brand's where the brand is the only evidence and the words could be no
    /// one's: the lists do not know the words alone as an organization, a given name or a surname, the recognizer did
    /// not read them (<paramref name="found"/>) as a person, and no officer or stock of the owner follows ("Chili's
    /// owner Brinker"; not "Kohl's legacy", "Claire's mother", "Smith's lawyer", whose brands of those names aside are
    /// persons' possessives, nor "Harvey's chief executive").</summary>
    private static bool ListedWithPossessive(Document document, Item? found, int first, int last)
    {
        ushort whole = ListKinds(document, first, last + 1);
        int after = last + 2;
        return (whole & SubjectKinds) != 0
            || ((whole & 1 << (int)NameListKind.Brand) != 0 && found is not { Type: NameType.Person }
                && (ListKinds(document, first, last) & (SubjectKinds | PersonNameKinds)) == 0
                && !(after < document.Tokens.Length && RolesAfter.Contains(document.TokenText(after))));
    }

    /// <summary>Whether a lone apostrophe right after "X's" (tokens <paramref name="first"/>..<paramref name="last"/>
    /// and the "'s") is a second possessive rather than a closing single quote: a word follows it and the lists know
    /// "X's" as a name ("McDonald's' UK arm"; not "the mistake was 'Boeing's'." nor "'The future is Britain's' he said").</summary>
    private static bool ApostropheIsPossessive(Document document, int first, int last)
    {
        int after = last + 3;
        return after < document.Tokens.Length && document.Tokens[after].Kind == TokenKind.Word
            && (ListKinds(document, first, last + 1) & OwnedKinds) != 0;
    }

    /// <summary>Whether the "'s" after tokens <paramref name="first"/>..<paramref name="last"/> is an owner's: the lists
    /// know the words alone as an organization and not with the "'s" ("OpenAI's", "Microsoft's"; not "Sainsbury's",
    /// "McDonald's"), or another "X's" follows after "and"/"or" ("Swiggy's and Zomato's": two owners, the thing owned
    /// left out).</summary>
    private static bool OwnerPossessive(Document document, int first, int last)
    {
        if ((ListKinds(document, first, last + 1) & OwnedKinds) != 0)
        {
            return false;
        }

        int after = last + 2;
        return (ListKinds(document, first, last) & SubjectKinds) != 0
            || (after + 2 < document.Tokens.Length && document.TokenText(after) is "and" or "or" && IsCapitalWord(document, after + 1)
                && document.TokenText(after + 2) is "'s" or "’s");
    }

    /// <summary>Whether the words from token <paramref name="after"/>, right after "'s", are a verb no possessive
    /// takes, so the "'s" belongs to the name: a past form with "its"/"it"/"their" after it ("Kohl's fired its chief
    /// executive"), or "is"/"was"/"has"/"had" before a participle ("Nando's is returning", "Gail's has opened": "'s"
    /// standing for "is" or "has" is never followed by another "is" or "has").</summary>
    private static bool VerbAfterPossessive(Document document, int after)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        if (after + 1 >= tokens.Length || tokens[after].Kind != TokenKind.Word || tokens[after].Has(TokenTraits.Capitalized)
            || tokens[after + 1].Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> word = document.TokenText(after);
        ReadOnlySpan<char> next = document.TokenText(after + 1);
        return (word.Length > 3 && word.EndsWith("ed", StringComparison.Ordinal) && next is "its" or "it" or "their")
            || (word is "is" or "was" or "has" or "had" && (next is "been" || (next.Length > 4
                && (next.EndsWith("ing", StringComparison.Ordinal) || next.EndsWith("ed", StringComparison.Ordinal)))));
    }

    private static bool OnlyCapitalWords(Document document, int first, int last)
    {
        for (int j = first; j <= last; j++)
        {
            if (!IsCapitalWord(document, j) && document.TokenText(j) is not "&")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A ticker after its exchange ("Uber Technologies Inc. (NYSE: UBER)") is a symbol, not a name.</summary>
    private static void DropTickers(Document document, List<Item> items) =>
        items.RemoveAll(item => item.First == item.Last && item.First >= 3 && document.Tokens[item.First].Has(TokenTraits.AllCaps)
            && document.TokenText(item.First - 1) is ":" && document.TokenText(item.First - 3) is "("
            && (ListKinds(document, item.First - 2, item.First - 2) & 1 << (int)NameListKind.Exchange) != 0
            && item.First + 1 < document.Tokens.Length && document.TokenText(item.First + 1) is ")");

    /// <summary>
    /// A company named in full with a droppable last word ("Scale AI", "Anduril Industries", "Palantir Technologies
    /// Inc.") is named by the rest alone elsewhere in the article ("Scale's chief executive", "Getty says Stability
    /// used"): those uses, untagged or typed otherwise, are the organization, unless their own context is strong.
    /// </summary>
    private static List<Item> ShortForms(Document document, List<Item> items)
    {
        Places.SpanMemo<int>? shortForms = null;
        foreach (Item item in items)
        {
            int last = item.Last;
            while (last > item.First && (document.TokenText(last) is "." or "," || DroppableEnds.Contains(document.TokenText(last))))
            {
                last--;
            }

            if (item.Type == NameType.Organization && last < item.Last && last - item.First < 3 && IsCapitalWord(document, last)
                && DroppableEnds.Contains(document.TokenText(last + 1)))
            {
                AddText(document, ref shortForms, Text(document, item with { Last = last }));
            }
        }

        if (shortForms is null)
        {
            return items;
        }

        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            if (item.Type != NameType.Organization && item.Cut == 0 && ContainsText(document, shortForms, Text(document, item)) && !StrongLocal(document, item))
            {
                items[k] = item with { Type = NameType.Organization };
            }
        }

        List<Item> result = TagUntaggedRuns(document, items, 3, (first, last, added) =>
        {
            if (ContainsText(document, shortForms, document.Text.AsSpan(document.Tokens[first].Start, document.Tokens[last].End - document.Tokens[first].Start)))
            {
                added.Add(new Item(first, last, NameType.Organization, null, null));
            }

            return last;
        });
        GiveBack(shortForms);
        return result;
    }

    private static readonly WordSet DroppableEnds = LinkerWords.Set("droppable-ends");
}
