using Tidings.Places;
using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>
/// Organizations the words around a name describe as one, even when no list knows it and the 1996 training text never
/// saw its like: an apposition ("Peak, a Manchester artificial intelligence company"), a noun before it ("ride-hailing
/// company Bolt", "pollster Median") or a sentence it opens and refers back to as "it" ("Stripe told employees it
/// would"); and families named by their surname ("the Pinault family") are persons.
/// </summary>
internal static partial class NameLinker
{
    /// <summary>Whether the words around tokens <paramref name="first"/>..<paramref name="last"/> describe an
    /// organization: "X, a … company", "company X"; with <paramref name="subject"/>, also "X &lt;verb&gt; … it/its".</summary>
    private static bool DescribedAsOrganization(Document document, int first, int last, bool subject)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int n = tokens.Length;

        // "company X", "ride-hailing company Bolt" (the noun is lower case and ends no sentence); "Pollster Median put…",
        // "Broadcaster MagentaTV, owned by…" (the noun opens the sentence).
        if (first >= 1 && tokens[first - 1].Kind == TokenKind.Word
            && (!tokens[first - 1].Has(TokenTraits.Capitalized) ? OrganizationNounsBefore.Contains(document.TokenText(first - 1))
                : OpensSentence(document, first - 1) && ContainsLowered(OrganizationNounsBefore, document.TokenText(first - 1))))
        {
            return true;
        }

        // "his new party, Tamilaga Vettri Kazhagam", "its online arm, Apollo HealthCo": the noun, a comma, the name.
        if (first >= 2 && document.TokenText(first - 1) is "," && !tokens[first - 2].Has(TokenTraits.Capitalized)
            && OrganizationNounsBefore.Contains(document.TokenText(first - 2)))
        {
            return true;
        }

        // "Anwar Ibrahim's Pakatan Harapan coalition", "Pheu Thai, led by Paetongtarn Shinawatra": a group noun after
        // the name, or a leader; no person is led or founded by someone.
        if (last + 1 < n && ((GroupNounsAfter.Contains(document.TokenText(last + 1)) && (last + 2 >= n || !IsCapitalWord(document, last + 2))) // not "Vaccine alliance Gavi"
            || (last + 3 < n && document.TokenText(last + 1) is "," && document.TokenText(last + 2) is "led" or "headed" or "founded" or "run"
                && document.TokenText(last + 3) is "by")))
        {
            return true;
        }

        // "Hollis chief executive Daniel Forde", "Tesla CEO Elon Musk": only an organization has a chief executive
        // ("Interim chief executive" is no name).
        // So has a founder named after it ("Harrow Street founder Mia Lund").
        if (last + 1 < n && !ContainsLowered(RoleModifiers, document.TokenText(first)) && (document.TokenText(last + 1) is "CEO"
            || (document.TokenText(last + 1) is "chief" && last + 2 < n && document.TokenText(last + 2) is "executive" or "financial" or "operating")
            || (document.TokenText(last + 1) is "founder" or "co-founder" && last + 2 < n && IsCapitalWord(document, last + 2))))
        {
            return true;
        }

        // "X, a Munich-based defence company", "X, the Danish company that", "X, an association of": the noun within
        // six words of the article, before any preposition or clause, and not "the company's".
        if (last + 3 < n && document.TokenText(last + 1) is "," && document.TokenText(last + 2) is "a" or "an" or "the")
        {
            for (int j = last + 3; j < n && j <= last + 8; j++)
            {
                ReadOnlySpan<char> word = document.TokenText(j);
                if (tokens[j].Kind != TokenKind.Word || word is "of" or "for" or "at" or "in" or "with" or "who" or "which" or "that" or "and" or "to" or "from" or "by")
                {
                    break;
                }

                if (BusinessNouns.Contains(word))
                {
                    return j + 1 >= n || document.TokenText(j + 1) is not ("'s" or "’s");
                }
            }
        }

        return subject && OpensSentenceAsIt(document, first, last);
    }

    /// <summary>Lower-case nouns after a name that say it is a group of people ("the Pakatan Harapan coalition").</summary>
    private static readonly WordSet GroupNounsAfter = LinkerWords.Set("group-nouns-after");

    /// <summary>Last words of a venue's name ("Barclays Center") and first words of one ("Stade Joseph Marien").</summary>
    private static readonly WordSet VenueEnds = LinkerWords.Set("venue-ends");

    private static readonly WordSet VenueStarts = LinkerWords.Set("venue-starts");

    /// <summary>
    /// Venues are places: a name after "at" ending in a venue word ("at Barclays Center"), one after a venue word that
    /// opens a venue's name ("the Stade Joseph Marien", the word joins the name), and a name games are played at ("will
    /// be played at Twickenham").
    /// </summary>
    private static void VenuesAsPlaces(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            if (item.Cut != 0 || item.Type == NameType.Miscellaneous)
            {
                continue;
            }

            int first = item.First;
            if (first >= 1 && tokens[first - 1].Kind == TokenKind.Word && VenueStarts.Contains(document.TokenText(first - 1))
                && (k == 0 || items[k - 1].Last < first - 1))
            {
                items[k] = item with { First = first - 1, Type = NameType.Place, Name = null };
                continue;
            }

            if (item.Type == NameType.Place)
            {
                continue;
            }

            int at = first >= 1 && document.TokenText(first - 1) is "the" ? first - 2 : first - 1;
            if (at < 0 || document.TokenText(at) is not "at")
            {
                continue;
            }

            if (VenueStarts.Contains(document.TokenText(first)) || VenueEnds.Contains(document.TokenText(item.Last))
                || (at >= 2 && document.TokenText(at - 1) is "played" or "play" or "plays" or "playing" && at == first - 1))
            {
                items[k] = item with { Type = NameType.Place, Name = null };
            }
        }
    }

    /// <summary>"Stripe told employees it would", "Wise plans to move its listing": the name opens its sentence, a
    /// lower-case verb follows, and "it"/"its" comes before any personal pronoun within the next dozen words.</summary>
    private static bool OpensSentenceAsIt(Document document, int first, int last)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int n = tokens.Length;
        ReadOnlySpan<char> firstWord = document.TokenText(first);
        if (LeadingWords.Contains(firstWord) || NameLexicon.Default.Contains(firstWord, LexiconClass.CommonCapitalized))
        {
            return false; // "The company said it", "A spokesperson said its"
        }

        bool opens = first == 0 || tokens[first].Has(TokenTraits.LineBreakBefore) || tokens[first - 1].Has(TokenTraits.Terminal)
            || document.TokenText(first - 1) is "." or "!" or "?";
        // "Co-chief executive Chen Lei said …, its": a role, not a subject.
        if (!opens || last + 1 >= n || tokens[last + 1].Kind != TokenKind.Word || tokens[last + 1].Has(TokenTraits.Capitalized)
            || document.TokenText(last + 1) is "executive" or "officer" or "director" or "minister" or "secretary")
        {
            return false;
        }

        for (int j = last + 2; j < n && j <= last + 14; j++)
        {
            ReadOnlySpan<char> word = document.TokenText(j);
            if (word is "." or "!" or "?" or ";" || word is "he" or "she" or "his" or "her" or "him" or "they" or "their" or "I" or "we")
            {
                return false;
            }

            if (word is "it" or "its")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Names the words around them describe as organizations become organizations (a person only when it does not
    /// open with a given name, and only by an apposition or a noun before it); untagged capitalised runs so described
    /// are tagged; "the X family" is a person.
    /// </summary>
    private static List<Item> OrganizationsByDescription(Document document, List<Item> items)
    {
        NameLexicon lexicon = NameLexicon.Default;
        SpanMemo<int>? midSentence = null;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            if (item.Last - item.First >= 3 || item.Cut != 0)
            {
                continue;
            }

            if (FamilyName(document, item.First, item.Last))
            {
                items[k] = item with { Type = NameType.Person };
                continue;
            }

            if (item.Type == NameType.Organization)
            {
                continue;
            }

            // A one-word person may be a company named like a person ("Harlan, a Boston biotech"); a full name is not.
            bool person = item.Type == NameType.Person;
            if (person && item.Last > item.First && (ListKinds(document, item.First, item.First) & GivenNameKinds) != 0)
            {
                continue;
            }

            // A place name the recognizer took for a person may still be a company ("Harlan, a Boston biotech").
            ReadOnlySpan<char> text = Text(document, item);
            if (!(item.First == item.Last && DescribesFollowingName(document, item.First)) && !lexicon.Contains(text, LexiconClass.Nationality) && (person || !IsKnownPlace(text))
                && DescribedAsOrganization(document, item.First, item.Last, subject: !person && NameLike(document, item.First, item.Last, ref midSentence)))
            {
                items[k] = item with { Type = NameType.Organization };
            }
        }

        List<Item> result = TagUntaggedRuns(document, items, 3, (first, last, added) =>
        {
            ReadOnlySpan<char> firstWord = document.TokenText(first);
            if (LeadingWords.Contains(firstWord) || lexicon.ContainsAny(firstWord, LexiconClass.CommonCapitalized, LexiconClass.Nationality) || CommonAcronyms.Contains(firstWord))
            {
                return first; // the next word may begin a name of its own ("The Quandt family")
            }

            if (first == last && DescribesFollowingName(document, first))
            {
                return last; // "Fusion start-up Helion": the word says what the business does
            }

            ReadOnlySpan<char> text = document.Text.AsSpan(document.Tokens[first].Start, document.Tokens[last].End - document.Tokens[first].Start);
            if (FamilyName(document, first, last))
            {
                added.Add(new Item(first, last, NameType.Person, null, null));
            }
            else if (!IsKnownPlace(text) && (ListKinds(document, first, first) & GivenNameKinds) == 0
                && DescribedAsOrganization(document, first, last, subject: NameLike(document, first, last, ref midSentence)))
            {
                added.Add(new Item(first, last, NameType.Organization, null, null));
            }

            return last;
        });
        GiveBack(midSentence);
        return result;
    }

    /// <summary>
    /// Whether a capitalised run that opens a sentence is a name rather than an ordinary word ("Sales", "Users"): a list
    /// knows it as an organization, the word classes do not know it (a rare word), or the document writes it with a
    /// capital inside a sentence too.
    /// </summary>
    /// <remarks>The words written with a capital inside a sentence are gathered on the first question, into a table
    /// of the document's own spans (no string per word) that the thread keeps for its next document.</remarks>
    private static bool NameLike(Document document, int first, int last, ref SpanMemo<int>? midSentence)
    {
        if ((ListKinds(document, first, last) & OrganizationKinds) != 0
            || (first == last && NameTables.Default.Classes(FeatureHash.OfTextBothCases(document.TokenText(first)).Lower) == 0))
        {
            return true;
        }

        ReadOnlySpan<Token> tokens = document.Tokens;
        string text = document.Text;
        if (midSentence is null)
        {
            midSentence = TakeTable();
            foreach (int i in CapitalWords(document))
            {
                Token token = tokens[i];
                if (i >= 1 && !token.Has(TokenTraits.LineBreakBefore) && !tokens[i - 1].Has(TokenTraits.Terminal)
                    && document.TokenText(i - 1) is not ("." or "!" or "?" or "\"" or "“" or ":")
                    && !midSentence.TryGet(text, token.Start, token.Length, out _, out int hash))
                {
                    midSentence.Add(token.Start, token.Length, hash, 1);
                }
            }
        }

        return midSentence.TryGet(text, tokens[first].Start, tokens[first].Length, out _, out _);
    }

    /// <summary>"the Pinault family": a family named by its surname is a person ("the Claude family of models" is not);
    /// so is each of two ("the Cargill and MacMillan families").</summary>
    private static bool FamilyName(Document document, int first, int last)
    {
        int n = document.Tokens.Length;
        if (first < 1 || last + 1 >= n)
        {
            return false;
        }

        ReadOnlySpan<char> before = document.TokenText(first - 1);
        ReadOnlySpan<char> after = document.TokenText(last + 1);
        if (before is "the" or "The")
        {
            if (after is "family" or "families" or "dynasty" or "clan")
            {
                return last + 2 >= n || document.TokenText(last + 2) is not "of";
            }

            // "the Cargill and MacMillan families": the first of two, the second one or two words long.
            return after is "and" && last + 3 < n && IsCapitalWord(document, last + 2)
                && (document.TokenText(last + 3) is "families" || (last + 4 < n && IsCapitalWord(document, last + 3) && document.TokenText(last + 4) is "families"));
        }

        // The second of two: "the Setubal and Moreira Salles families".
        return before is "and" && first >= 3 && after is "families" && last - first <= 1 && IsCapitalWord(document, first - 2)
            && (document.TokenText(first - 3) is "the" or "The" || (first >= 4 && IsCapitalWord(document, first - 3) && document.TokenText(first - 4) is "the" or "The"));
    }

    /// <summary>Common words in capitals ("AI servers") are not names.</summary>
    private static void DropCommonAcronyms(Document document, List<Item> items) =>
        items.RemoveAll(item => item.First == item.Last && item.Type != NameType.Person && CommonAcronyms.Contains(document.TokenText(item.First)));

    /// <summary>One merge of two sorted lists of names that do not overlap (inserting each into the middle would be quadratic).</summary>
    private static List<Item> MergeSorted(List<Item> items, List<Item> added)
    {
        List<Item> merged = TakeList(items.Count + added.Count);
        int a = 0;
        foreach (Item item in items)
        {
            while (a < added.Count && added[a].First < item.First)
            {
                merged.Add(added[a++]);
            }

            merged.Add(item);
        }

        merged.AddRange(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(added)[a..]);
        return merged;
    }

    /// <summary>Nouns after a name that make it a product, not its maker ("Range Rover models", "the Ariane 5 rocket",
    /// "its USDT token").</summary>
    private static readonly WordSet ProductNounsAfter = new WordSet(
        ["model", "models", "smartphone", "smartphones", "phone", "phones", "capsule", "rocket", "rockets", "token", "tokens",
         "index", "computers", "software", "range", "headset", "headsets", "console", "consoles", "chatbot", "vaccine",
         "vaccines", "pill", "pills", "jab", "laptop", "laptops", "tablet", "tablets", "chip", "chips", "processor",
         "satellite", "satellites", "stablecoin", "cryptocurrency", "blockchain", "subscription", "family", "series"]);

    /// <summary>Nouns before a name that make it a product ("the weight-loss drug Wegovy", "the app Threads").</summary>
    private static readonly WordSet ProductNounsBefore = new WordSet(
        ["drug", "drugs", "vaccine", "medicine", "treatment", "token", "tokens", "cryptocurrency", "chatbot", "model",
         "smartphone", "headset", "console", "rocket", "capsule", "index", "blockchain", "stablecoin"]);

    /// <summary>Nouns for who makes a thing, between a product and its maker ("Wegovy maker Novo Nordisk", "ChatGPT
    /// Maker OpenAI"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet ProductMakerNouns = LinkerWords.Set("product-maker-nouns");

    /// <summary>Participles before "by" and a maker after a product and a comma ("Zepbound, made by Eli Lilly",
    /// "Leqembi, developed by Eisai"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet ProductMadeBy = LinkerWords.Set("product-made-by");

    /// <summary>Whether a maker follows the name ending at <paramref name="last"/>: a maker noun and a capitalised name
    /// ("Wegovy maker Novo Nordisk"), or a comma, a making participle, "by" and a capitalised name ("Zepbound, made by
    /// Eli Lilly"). A company's unit is not "made by" its parent, so the name is the product.</summary>
    private static bool MakerNamedAfter(Document document, int last)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int i = last + 1;
        if (i + 1 < tokens.Length && ContainsLowered(ProductMakerNouns, document.TokenText(i)) && tokens[i + 1].Has(TokenTraits.Capitalized))
        {
            return true;
        }

        return i + 3 < tokens.Length && document.TokenText(i) is "," && ProductMadeBy.Contains(document.TokenText(i + 1))
            && document.TokenText(i + 2) is "by" && tokens[i + 3].Has(TokenTraits.Capitalized);
    }

    /// <summary>How many words of the name <paramref name="first"/>..<paramref name="last"/> a bracket right after it
    /// repeats from its start ("Ford Puma (Ford)" gives 1, "Nissan Qashqai (Nissan)" 1): in a ranked row the bracket
    /// names the maker and the rest of the name is its model. Zero when the bracket holds anything else.</summary>
    private static int MakerInBrackets(Document document, int first, int last)
    {
        int open = last + 1;
        if (last == first || open + 2 >= document.Tokens.Length || document.TokenText(open) is not "(")
        {
            return 0;
        }

        int n = 0;
        while (first + n < last && open + 1 + n < document.Tokens.Length
            && document.TokenText(open + 1 + n).SequenceEqual(document.TokenText(first + n)))
        {
            n++;
        }

        return n > 0 && open + 1 + n < document.Tokens.Length && document.TokenText(open + 1 + n) is ")" ? n : 0;
    }

    /// <summary>
    /// Products are not organizations: a name that a product noun follows (after an optional model number) or
    /// precedes, or that its maker follows (<see cref="MakerNamedAfter"/>; session 35, names35b), that no list knows as an organization and no words describe as one, is left out (typed
    /// miscellaneous). "the Claude family of AI models" aside, a family of people ("the Pinault family") was typed a
    /// person before. Trailing lower-case nouns are trimmed from names ("Democratic Centre party").
    /// </summary>
    private static void SetAsideProducts(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            while (item.Last > item.First && tokens[item.Last].Kind == TokenKind.Word && !tokens[item.Last].Has(TokenTraits.Capitalized)
                && (BusinessNouns.Contains(document.TokenText(item.Last)) || PlaceNounsAfter.Contains(document.TokenText(item.Last))))
            {
                item = items[k] = item with { Last = item.Last - 1 };
            }

            if (item.Type is NameType.Place or NameType.Miscellaneous || item.Last - item.First >= 3 || item.Cut != 0)
            {
                continue;
            }

            int maker = item.Type == NameType.Organization && item.First >= 1 && tokens[item.First - 1].Kind == TokenKind.Number
                ? MakerInBrackets(document, item.First, item.Last) : 0;
            if (maker > 0)
            {
                // "1 Ford Puma (Ford)", "2 Kia Sportage (Kia)": a ranked row of models, the maker, then its model; the
                // model is no name. A ship named for its owner ("MSC Anna (MSC)") has no rank and is left alone.
                items[k] = item with { Last = item.First + maker - 1, Name = null, Acronym = null };
                continue;
            }

            int after = item.Last + 1;
            if (after < tokens.Length && tokens[after].Kind == TokenKind.Number)
            {
                after++;
            }

            bool product = (after < tokens.Length && ProductNounsAfter.Contains(document.TokenText(after))
                    && !(document.TokenText(after) is "family" && FamilyName(document, item.First, item.Last)))
                || (item.First >= 1 && ProductNounsBefore.Contains(document.TokenText(item.First - 1)))
                || MakerNamedAfter(document, item.Last);
            if (product && (ListKinds(document, item.First, item.Last) & OrganizationKinds) == 0
                && !DescribedAsOrganization(document, item.First, item.Last, subject: false))
            {
                items[k] = item with { Type = NameType.Miscellaneous };
            }
        }
    }
}
