using Tidings.Places;
using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>
/// Public bodies named by an enumeration of their portfolios ("the Department for Environment, Food and Rural Affairs",
/// "the Senate Banking, Housing and Urban Affairs Committee", "Immigration, Refugees and Citizenship Canada"), which the
/// recognizer and the list passes cut at every comma and "and"; and seats of government standing for the institution
/// that acts ("Downing Street said").
/// </summary>
internal static partial class NameLinker
{
    /// <summary>Capitalised words that name a government portfolio or field of public work ("Environment", "Rural",
    /// "Affairs"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet PortfolioWords = LinkerWords.Set("portfolio-words");

    /// <summary>Heads written before a preposition and the portfolios ("Department for …", "Committee on …").</summary>
    private static readonly WordSet PortfolioOpeners = LinkerWords.Set("portfolio-openers");

    /// <summary>Heads written after the portfolios ("… Committee", "… Service").</summary>
    private static readonly WordSet PortfolioClosers = LinkerWords.Set("portfolio-closers");

    /// <summary>Capitalised words before a body's portfolios that belong to its name ("House", "Senate", "HM").</summary>
    private static readonly WordSet PortfolioPrefixes = LinkerWords.Set("portfolio-prefixes");

    /// <summary>Seats, buildings and streets that stand for the institution housed there when it acts ("Downing
    /// Street", "Kremlin", "Threadneedle Street"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet SeatMetonyms = LinkerWords.Set("seat-metonyms");

    /// <summary>Verbs of speech or decision after which a seat is the institution (<c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet SeatVerbs = LinkerWords.Set("seat-verbs");

    /// <summary>Auxiliaries and adverbs that may stand between a seat and its verb ("has", "would not").</summary>
    private static readonly WordSet SeatAuxiliaries = LinkerWords.Set("seat-auxiliaries");

    /// <summary>Words before a seat that make it a party to a dealing ("with", "against"; "by" only after a participle; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet SeatPartnerWords = LinkerWords.Set("seat-partner-words");

    /// <summary>Nouns of a dealing before "between" that make the seats after it parties ("talks between the Kremlin and
    /// Kyiv"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet SeatDealingNouns = LinkerWords.Set("seat-dealing-nouns");

    /// <summary>Nouns after "a/an + seat" that make the seat the institution ("a White House official";
    /// <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet SeatModifierNouns = LinkerWords.Set("seat-modifier-nouns");

    /// <summary>Nouns of a building, its grounds or a dwelling after a seat: the seat is the place ("by the White House
    /// fence"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet SeatBuildingNouns = LinkerWords.Set("seat-building-nouns");

    /// <summary>Verbs of taking, holding or ending that make a seat the institution only with an object of
    /// <see cref="SeatPlaceObjects"/> ("Westminster took a battering"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet SeatObjectVerbs = LinkerWords.Set("seat-object-verbs");

    /// <summary>The objects of <see cref="SeatObjectVerbs"/> that leave a seat the building or place (<c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet SeatPlaceObjects = LinkerWords.Set("seat-place-objects");

    /// <summary>Nouns of an institution's voice after a seat's "'s" ("spokesman", "press secretary").</summary>
    private static readonly WordSet SeatNouns = LinkerWords.Set("seat-nouns");

    /// <summary>The most portfolios one body's name enumerates.</summary>
    private const int MaxPortfolios = 8;

    /// <summary>The most words of one portfolio ("Regional Development", "Fire &amp; Rescue Services").</summary>
    private const int MaxPortfolioWords = 4;

    /// <summary>
    /// Joins a body named by an enumeration of portfolios into one organization: two to <see cref="MaxPortfolios"/>
    /// portfolios of capitalised portfolio words, separated by commas and one "and" (an Oxford comma and a "the" after a
    /// separator allowed), that an opener and its preposition precede ("Ministry of Housing, Communities and Local
    /// Government"), a closing head follows ("Culture, Media and Sport Committee", "HM Courts and Tribunals Service"),
    /// or, with three portfolios or more, a country follows ("Innovation, Science and Economic Development Canada").
    /// Capitalised prefixes before the name ("Senate", "House", "HM") and a found organization the name starts inside
    /// are taken in. A name a found name crosses at the far end is left alone.
    /// </summary>
    /// <remarks>Each token is read a bounded number of times (the enumeration is skipped once read), so linear.</remarks>
    private static List<Item> EnumeratedBodies(Document document, List<Item> items)
    {
        List<Item>? replacements = null;
        foreach (Sentence sentence in document.Sentences)
        {
            int end = sentence.EndToken;
            for (int i = sentence.FirstToken; i < end; i++)
            {
                if (!IsPortfolioWord(document, i))
                {
                    continue;
                }

                int last = EnumerationEnd(document, i, end, out int portfolios);
                if (last < 0)
                {
                    continue;
                }

                int first = -1;
                if (i >= 2 && document.TokenText(i - 1) is "for" or "of" or "on" or "into" && PortfolioOpeners.Contains(document.TokenText(i - 2))
                    && IsCapitalWord(document, i - 2))
                {
                    first = i - 2;
                }

                // A list of names before the first portfolio ("Advisory, Conciliation and …" with an unknown first
                // word) is no enumeration this pass can bound.
                if (first < 0 && i >= 2 && document.TokenText(i - 1) is "," && IsCapitalWord(document, i - 2))
                {
                    i = last;
                    continue;
                }

                bool runsOn = last + 1 < end && IsCapitalWord(document, last + 1);
                bool closed = last + 1 < end && IsCapitalWord(document, last + 1) && PortfolioClosers.Contains(document.TokenText(last + 1));
                if (closed)
                {
                    last++;

                    // In a title-case headline a capitalised word after the head is the headline running on, not a
                    // name ("Bus and Rail Services Cut in Budget Squeeze").
                    runsOn = last + 1 < end && IsCapitalWord(document, last + 1) && IsHeadlineLine(document, sentence.FirstToken, end);
                    first = first < 0 ? i : first;
                    int tribunal = first - 2;
                    if (first == i && tribunal >= 0 && document.TokenText(i - 1) is "(" && last + 1 < end && document.TokenText(last + 1) is ")"
                        && document.TokenText(tribunal) is "Tribunal" or "Court" or "Division")
                    {
                        // A chamber in brackets after its tribunal: "Upper Tribunal (Tax and Chancery Chamber)".
                        int t = FindItemAt(items, tribunal);
                        first = t >= 0 && items[t].Last == tribunal ? items[t].First : tribunal;
                        last++;
                    }
                }
                else if (first < 0 && portfolios >= 3 && last + 1 < end && IsCapitalWord(document, last + 1)
                    && NameLexicon.Default.Contains(document.TokenText(last + 1), LexiconClass.Country)
                    && (last + 2 >= end || !IsCapitalWord(document, last + 2)))
                {
                    first = i;
                    last++;
                    runsOn = false;
                }

                // A name that runs on past the portfolios is another ("the Department for Education and Health
                // Secretary Wes Streeting").
                if (first < 0 || runsOn)
                {
                    i = last;
                    continue;
                }

                while (first > sentence.FirstToken && IsCapitalWord(document, first - 1) && PortfolioPrefixes.Contains(document.TokenText(first - 1)))
                {
                    first--;
                }

                // "His Majesty's Inspectorate of …", however the tokenizer cut the owner's "'s".
                if (first - 3 >= sentence.FirstToken && document.TokenText(first - 1) is "'s" && document.TokenText(first - 2) is "Majesty"
                    && document.TokenText(first - 3) is "His" or "Her")
                {
                    first -= 3;
                }
                else if (first - 2 >= sentence.FirstToken && document.TokenText(first - 1) is "Majesty's"
                    && document.TokenText(first - 2) is "His" or "Her")
                {
                    first -= 2;
                }

                replacements ??= TakeList(4);
                int k = FindItemAt(items, first);
                bool cutFront = false;
                if (k >= 0 && items[k].First < first && items[k].Type == NameType.Organization)
                {
                    // An organization found across the front is the body's own name ("Australian Competition and
                    // Consumer Commission", "Bedfordshire Fire and Rescue Service").
                    first = items[k].First;
                }
                else if (k >= 0 && items[k].First < first)
                {
                    // Another name found across the front keeps its own part.
                    replacements.Add(items[k] with { Last = first - 1, Name = null, Acronym = null, Cut = 0 });
                    cutFront = true;
                }

                replacements.Add(new Item(first, last, NameType.Organization, null, null));
                int e = FindItemAt(items, last);
                if (e >= 0 && items[e].Last > last)
                {
                    // A name found across the end: what follows "of (the)" is the body's parent or place ("… Committee
                    // of the Scottish Parliament", "… and Tourism of Hawaii"); anything else is left as it was.
                    int r = last + 1 < end && document.TokenText(last + 1) is "of" ? last + 2 : -1;
                    r = r > 0 && r < end && document.TokenText(r) is "the" ? r + 1 : r;
                    if (r > 0 && r <= items[e].Last)
                    {
                        ReadOnlySpan<char> rest = SpanText(document, r, items[e].Last);
                        replacements.Add(new Item(r, items[e].Last, IsKnownPlace(rest) || Gazetteer.Default.Contains(rest) ? NameType.Place : NameType.Organization, null, null));
                    }
                    else
                    {
                        replacements.RemoveAt(replacements.Count - 1);
                        if (cutFront)
                        {
                            replacements.RemoveAt(replacements.Count - 1);
                        }

                        i = last;
                        continue;
                    }

                    last = items[e].Last;
                }

                i = last;
            }
        }

        if (replacements is null || replacements.Count == 0)
        {
            if (replacements is not null)
            {
                GiveBack(replacements);
            }

            return items;
        }

        long steps = 0;
        List<Item> result = ReplaceAll(items, replacements, ref steps);
        GiveBack(replacements);
        return result;
    }

    private static bool IsPortfolioWord(Document document, int i) =>
        IsCapitalWord(document, i) && PortfolioWords.Contains(document.TokenText(i));

    /// <summary>The last token of an enumeration of portfolios that opens at <paramref name="i"/> (two or more
    /// portfolios, one "and" before the last), or -1; <paramref name="portfolios"/> counts them.</summary>
    private static int EnumerationEnd(Document document, int i, int end, out int portfolios)
    {
        portfolios = 0;
        int j = i;
        bool and = false;
        while (portfolios < MaxPortfolios)
        {
            // One portfolio: portfolio words, perhaps joined by "&".
            int words = 0;
            while (j < end && words < MaxPortfolioWords && (IsPortfolioWord(document, j)
                || (words > 0 && document.TokenText(j) is "&" && j + 1 < end && IsPortfolioWord(document, j + 1))))
            {
                words += document.TokenText(j) is "&" ? 0 : 1;
                j++;
            }

            if (words == 0)
            {
                return -1;
            }

            portfolios++;
            int after = j;
            if (and)
            {
                return portfolios >= 2 ? after - 1 : -1;
            }

            if (j < end && document.TokenText(j) is ",")
            {
                j++;
            }

            if (j < end && document.TokenText(j) is "and")
            {
                and = true;
                j++;
            }
            else if (j == after)
            {
                return -1;
            }

            if (j < end && document.TokenText(j) is "the")
            {
                j++;
            }
        }

        return -1;
    }

    /// <summary>
    /// A seat of government or of an institution typed a place or a person where it acts is the organization housed
    /// there: a verb of speech or decision follows it (<see cref="SeatVerbs"/>, up to two auxiliaries between:
    /// "Downing Street said", "the Kremlin has denied", "Matignon would not comment"), or an owner's "'s" before a noun
    /// of the institution's voice (<see cref="SeatNouns"/>: "the Kremlin's spokesman", "Downing Street's position").
    /// A verb of taking, holding or ending (<see cref="SeatObjectVerbs"/>) counts too unless its object in the next
    /// three words is a thing a building suffers or houses (<see cref="SeatPlaceObjects"/>: "Westminster took a
    /// battering"). So does a seat after a word of a dealing (<see cref="SeatPartnerWords"/>: "deals with the White
    /// House", "ruled against the White House"), after "by" behind a past participle ("tariffs set by the White House";
    /// not "gathered by"), after "between" behind a noun of a dealing ("talks between the Kremlin and Kyiv"), or named as
    /// a modifier after "a" ("a White House event"), except before a noun of a building (<see cref="SeatBuildingNouns"/>:
    /// "a Westminster flat"). Any other verb or owner leaves the building or the place ("Buckingham Palace was built",
    /// "the Kremlin's walls", "at the White House").
    /// </summary>
    /// <remarks>One look at each name and a few tokens after it, so linear.</remarks>
    private static void SeatsThatAct(Document document, List<Item> items)
    {
        int length = document.Tokens.Length;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            if (item.Type is not (NameType.Place or NameType.Person) || !SeatMetonyms.Contains(SpanText(document, item.First, item.Last)))
            {
                continue;
            }

            int next = item.Last + 1;
            bool acts = false;
            if (next < length && document.TokenText(next) is "'s")
            {
                acts = (next + 1 < length && ContainsLowered(SeatNouns, document.TokenText(next + 1)))
                    || (next + 2 < length && ContainsLowered(SeatNouns, SpanText(document, next + 1, next + 2)));
            }
            else
            {
                for (int j = next; j < length && j <= next + 2; j++)
                {
                    if (ContainsLowered(SeatVerbs, document.TokenText(j)))
                    {
                        acts = true;
                        break;
                    }

                    if (ContainsLowered(SeatObjectVerbs, document.TokenText(j)))
                    {
                        // The institution ("the Kremlin held talks", "Downing Street kept the details secret", "kept
                        // quiet") unless a thing a building suffers or holds is the object in the next three words of the
                        // same clause ("Westminster took a battering on Tuesday", "the Vatican took in 2 million
                        // visitors"); figures and symbols are not words (review 33n F4).
                        acts = !PlaceObjectAfter(document, j + 1);
                        break;
                    }

                    if (!ContainsLowered(SeatAuxiliaries, document.TokenText(j)))
                    {
                        break;
                    }
                }
            }

            // A party to a dealing ("deals with the White House", "ruled against the White House", "announced by the
            // White House", "talks between the Kremlin and Kyiv") or a seat named as a modifier of its voice after "a"
            // ("a White House official", "an Elysee adviser", and any lower-case word: "a White House press secretary",
            // review 33n F3) is the institution too; not a seat after a where-word ("by
            // the White House fence", "between Whitehall and Westminster") nor one modifying a building ("a Westminster flat").
            int before = item.First - 1;
            if (before >= 1 && document.TokenText(before) is "the")
            {
                before--;
            }

            if (before >= 0 && !acts && !(next < length && ContainsLowered(SeatBuildingNouns, document.TokenText(next))))
            {
                ReadOnlySpan<char> word = document.TokenText(before);
                acts = ContainsLowered(SeatPartnerWords, word)
                    || (word is "by" && before >= 1 && PastParticiple(document, before - 1))
                    || (word is "between" && before >= 1 && ContainsLowered(SeatDealingNouns, document.TokenText(before - 1)))
                    || (before == item.First - 1 && (word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase))
                        && next < length && (ContainsLowered(SeatModifierNouns, document.TokenText(next))
                            || (document.Tokens[next].Kind == TokenKind.Word && !document.Tokens[next].Has(TokenTraits.Capitalized))));
            }

            if (acts)
            {
                items[k] = item with { Type = NameType.Organization, Name = null, Acronym = null };
            }
        }
    }

    /// <summary>Whether a noun of <see cref="SeatPlaceObjects"/> stands in the three words from token
    /// <paramref name="from"/>, before any comma or sentence end; figures and symbols are not counted.</summary>
    private static bool PlaceObjectAfter(Document document, int from)
    {
        int words = 0;
        for (int o = from; o < document.Tokens.Length && words < 3; o++)
        {
            Token token = document.Tokens[o];
            if (token.Kind == TokenKind.Word)
            {
                if (ContainsLowered(SeatPlaceObjects, document.TokenText(o)))
                {
                    return true;
                }

                words++;
            }
            else if (token.Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (token.Has(TokenTraits.Terminal))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Irregular past participles ("run", "set", "sent", "paid", "led"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet IrregularParticiples = LinkerWords.Set("irregular-participles");

    /// <summary>Verbs of standing, gathering and waiting whose "by" is a place's ("gathered by the White House"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet SeatWhereVerbs = LinkerWords.Set("seat-where-verbs");

    /// <summary>Particles a participle may take before its "by" ("drawn up by", "set out by"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet ParticipleParticles = LinkerWords.Set("participle-particles");

    /// <summary>Whether token <paramref name="i"/> is a lower-case past participle, perhaps before a particle ("announced",
    /// "imposed", "taken", "drawn up", and the irregular "run", "set", "sent", "paid", "led" of <c>irregular-participles</c>),
    /// so that a "by" after it names the agent; not a verb of standing or gathering ("gathered by the White House",
    /// "queued by Buckingham Palace"; review 33n F2).</summary>
    private static bool PastParticiple(Document document, int i)
    {
        if (i >= 1 && ContainsLowered(ParticipleParticles, document.TokenText(i)))
        {
            i--;
        }

        Token token = document.Tokens[i];
        ReadOnlySpan<char> word = document.TokenText(i);
        if (token.Kind != TokenKind.Word || token.Has(TokenTraits.Capitalized) || ContainsLowered(SeatWhereVerbs, word))
        {
            return false;
        }

        return ContainsLowered(IrregularParticiples, word)
            || (word.Length > 3 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("en", StringComparison.Ordinal)));
    }
}
