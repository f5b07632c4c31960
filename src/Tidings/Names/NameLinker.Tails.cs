using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>
/// Parties named with a bracketed tail that belongs to the name ("Janata Dal (United)", "Communist Party of India
/// (Marxist)", "Shiv Sena (UBT)", "NCP (SP)"): the faction, creed or leader in the brackets tells one party from its
/// namesake, and the writers keep the name whole. An acronym in brackets that defines the name before it ("European
/// Central Bank (ECB)", "Kurdistan Workers Party (PKK)") is a second mention and stays apart.
/// </summary>
internal static partial class NameLinker
{
    /// <summary>The most words a bracketed tail holds ("(Unified Marxist-Leninist)", "(Ram Vilas)").</summary>
    private const int MaxTailWords = 4;

    /// <summary>Days and months a bracket after a name holds in a calendar or a table ("Home Depot (Tue)";
    /// <c>LinkerWords.txt</c>): no faction's tail.</summary>
    private static readonly WordSet CalendarTails = LinkerWords.Set("calendar-tails");

    /// <summary>Organizations (or names wrongly typed persons after "the": "the Shiv Sena (UBT)") followed by a
    /// bracketed tail of capitalized words that name no place or organization, or by a short acronym that cannot spell
    /// the name, take the brackets into one organization. One pass; the names inside the brackets are dropped in place.</summary>
    private static void JoinBracketedTails(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int write = 0;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            int close = BracketedTailEnd(document, tokens, item);
            int next = k + 1;
            if (close > 0)
            {
                while (next < items.Count && items[next].Last < close && items[next].First > item.Last)
                {
                    Item inner = items[next];
                    bool acronym = inner.First == inner.Last && tokens[inner.First].Has(TokenTraits.AllCaps);
                    if (inner.Type == NameType.Place || (inner.Type == NameType.Organization && !acronym) || inner.Acronym is not null || item.Acronym is not null)
                    {
                        close = -1;
                        break;
                    }

                    next++;
                }

                if (close > 0 && (next >= items.Count || items[next].First > close))
                {
                    item = item with { Last = close, Type = NameType.Organization, Name = null, Acronym = null, Cut = 0 };
                    k = next - 1;
                }
            }

            items[write++] = item;
        }

        items.RemoveRange(write, items.Count - write);
    }

    /// <summary>Last words of an official body's name that an "of"/"of the"/"for the" phrase naming its field or members
    /// continues ("International Committee of the Red Cross", "Kiel Institute for the World Economy"), beside the heads
    /// of bodies named for their fields (<c>field-body-heads</c>).</summary>
    private static readonly WordSet OfficialHeads = LinkerWords.Set("official-heads");

    /// <summary>Heads of bodies named for where they serve, which "in" and a place continue ("African Union … Mission in
    /// Somalia", "Islamic Resistance in Iraq").</summary>
    private static readonly WordSet ServingHeads = LinkerWords.Set("serving-heads");

    /// <summary>Whether <paramref name="word"/> heads an official body (<see cref="OfficialHeads"/>) or a body named for
    /// its field (<c>field-body-heads</c>).</summary>
    private static bool IsOfficialHead(ReadOnlySpan<char> word) => OfficialHeads.Contains(word) || FieldBodyHeads.Contains(word);

    /// <summary>
    /// An official body's name cut at "of the"/"for the" or at a second "of": "International Committee" + "Red Cross",
    /// "Kiel Institute" + "World Economy", "Board of Deputies" + "British Jews", "UN Support Mission" + "Libya". An
    /// organization ending in an official head (<see cref="OfficialHeads"/>, <c>field-body-heads</c>), or opening with
    /// one and already holding "of", takes the name right after "of" (or "of the"/"for the"; "in" after a serving head)
    /// in the same sentence. A place after "of" is left to <see cref="JoinOrganizationsOfPlaces"/> ("Public Investment
    /// Fund of Saudi Arabia" stays apart); a person after "of" only when the name ends in a body's plural ("Presidents of
    /// Major American Jewish Organizations"); nothing before "'s". One pass, compacting in place.
    /// </summary>
    private static void JoinOfficialTails(Document document, List<Item> items)
    {
        if (items.Count < 2)
        {
            return;
        }

        int kept = 0;
        Item body = items[0];
        bool bodyHasOf = Contains(document, body.First, body.Last, "of");
        for (int k = 1; k < items.Count; k++)
        {
            Item tail = items[k];
            if (OfficialTail(document, body, tail, bodyHasOf))
            {
                // The joined body holds "of" when the connector or the tail does: each tail is read once, so linear.
                bodyHasOf = bodyHasOf || document.TokenText(body.Last + 1) is "of" || Contains(document, tail.First, tail.Last, "of");
                body = body with { Last = tail.Last, Name = null, Acronym = null };
            }
            else
            {
                items[kept++] = body;
                body = tail;
                bodyHasOf = Contains(document, body.First, body.Last, "of");
            }
        }

        items[kept++] = body;
        items.RemoveRange(kept, items.Count - kept);
    }

    private static bool OfficialTail(Document document, Item body, Item tail, bool bodyHasOf)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int of = body.Last + 1;
        int gap = tail.First - of;
        if (body.Type != NameType.Organization || body.Cut != 0 || tail.Cut != 0 || gap is < 1 or > 2 || body.Acronym is not null
            || tail.Acronym is not null || (gap == 2 && document.TokenText(of + 1) is not "the")
            || (tail.Last + 1 < tokens.Length && document.TokenText(tail.Last + 1) is "'s" or "’s"))
        {
            return false;
        }

        ReadOnlySpan<char> connector = document.TokenText(of);
        ReadOnlySpan<char> head = document.TokenText(body.Last);
        bool official = IsOfficialHead(head);
        bool person = tail.Type == NameType.Person;
        if (person && document.TokenText(tail.Last) is not ("Organizations" or "Organisations" or "Associations" or "Societies"))
        {
            return false;
        }

        return connector switch
        {
            "of" => (tail.Type != NameType.Place && official) || (gap == 1 && tail.Type != NameType.Place && IsOfficialHead(document.TokenText(body.First))
                && bodyHasOf),
            "for" => official && gap == 2,
            "in" => ServingHeads.Contains(head) && tail.Type == NameType.Place,
            _ => false,
        };
    }

    /// <summary>The token of the ")" closing a tail that may join <paramref name="item"/>, or -1.</summary>
    private static int BracketedTailEnd(Document document, ReadOnlySpan<Token> tokens, Item item)
    {
        int open = item.Last + 1;
        if (item.Cut != 0 || open + 2 >= tokens.Length || !tokens[open].Has(TokenTraits.OpenBracket) || document.TokenText(open) is not "("
            || tokens[open].Start != tokens[item.Last].End + 1)
        {
            return -1;
        }

        bool typed = item.Type == NameType.Organization
            || (item.Type == NameType.Person && item.First > 0 && document.TokenText(item.First - 1) is "the" or "The");
        if (!typed || item.Last - item.First > 5)
        {
            return -1;
        }

        int close = -1;
        for (int i = open + 1; i < tokens.Length && i <= open + MaxTailWords + 1; i++)
        {
            if (document.TokenText(i) is ")")
            {
                close = i;
                break;
            }

            if (tokens[i].Kind != TokenKind.Word || !tokens[i].Has(TokenTraits.Capitalized))
            {
                return -1;
            }
        }

        if (close <= open + 1 || (close == open + 2 && ContainsLowered(CalendarTails, document.TokenText(open + 1))))
        {
            return -1;
        }

        // One all-caps word: a faction's letters ("(UBT)", "(SP)") only where they cannot spell the name before them
        // (its first letter starts none of the name's words), and only after a name of one or two words ("Doctors Without
        // Borders (MSF)" names itself in another language).
        if (close == open + 2 && tokens[open + 1].Has(TokenTraits.AllCaps))
        {
            ReadOnlySpan<char> letters = document.TokenText(open + 1);
            if (letters.Length > 3 || item.Last - item.First > 1)
            {
                return -1;
            }

            for (int i = item.First; i <= item.Last; i++)
            {
                ReadOnlySpan<char> word = document.TokenText(i);
                if (word.Length > 0 && char.ToUpperInvariant(word[0]) == letters[0])
                {
                    return -1;
                }
            }

            return close;
        }

        // Words: none of them all caps ("(Marxist)", "(Ram Vilas)"; not "(Reuters)" after a person, which is not typed
        // here), and the name before them an organization.
        for (int i = open + 1; i < close; i++)
        {
            if (tokens[i].Has(TokenTraits.AllCaps))
            {
                return -1;
            }
        }

        return item.Type == NameType.Organization ? close : -1;
    }

    /// <summary>
    /// A party's letters written against its short name, the faction's letters in brackets with no space anywhere
    /// ("JD(U)", "CPI(M)", "NCP(SP)"): a word in capitals, "(", one to three capital letters, ")" glued together are one
    /// organization when the recognizer found a name on the word or on the letters (the letter alone reads as a name of
    /// its own, and the short name may be left untagged); letters that mark a trademark or a plural ("IBM(R)",
    /// "XBOX(TM)", "NAME(S)": <c>glued-marks</c> in <c>LinkerWords.txt</c>) never join, and only a faction's letters
    /// (<c>party-letters</c>) do ("CHE(H), LIV(A)" is a fixture list). A found name of capitals the
    /// word closes takes the brackets too ("JANATA DAL(U)"). Run late, after the passes that cut names at brackets,
    /// headlines and lists.
    /// </summary>
    /// <remarks>One walk over the tokens with a pointer into the sorted names, writing a fresh list, so linear.</remarks>
    private static List<Item> JoinGluedLetters(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        List<Item>? result = null;
        int k = 0;
        for (int i = 0; i + 3 < tokens.Length; i++)
        {
            if (!GluedLetters(document, tokens, i) || ContainsLowered(GluedMarks, document.TokenText(i + 2))
                || !ContainsLowered(PartyLetters, document.TokenText(i + 2)))
            {
                continue;
            }

            // Names wholly before the word stay; one that holds the word (or ends on it) gives the joined name its start.
            while (k < items.Count && items[k].Last < i)
            {
                result?.Add(items[k]);
                k++;
            }

            if (k < items.Count && items[k].First <= i && (items[k].Last > i + 3 || items[k].Cut != 0 || items[k].Acronym is not null))
            {
                continue; // a longer name runs through the brackets: leave it
            }

            // The names inside the brackets are dropped; a name running past them leaves the whole as it is.
            int next = k;
            while (next < items.Count && items[next].First <= i + 3 && items[next].Last <= i + 3)
            {
                next++;
            }

            if (next == k || (next < items.Count && items[next].First <= i + 3))
            {
                continue; // nothing found on the word or the letters, or a name runs past them
            }

            result ??= TakeList(items, k);
            int first = i;
            if (items[k].First < i)
            {
                // The name's words before the short name join it only when they are capitalised words of one name
                // ("JANATA DAL(U)"); a name run across "&", "of" or a comma ("BJP & JD") keeps its words before.
                first = items[k].First;
                int cut = i - 1;
                while (cut >= first && IsCapitalWord(document, cut) && document.TokenText(cut) is not ("AND" or "OR"))
                {
                    cut--;
                }

                if (cut >= first)
                {
                    int end = cut;
                    while (end >= first && !IsCapitalWord(document, end) && tokens[end].Kind != TokenKind.Number)
                    {
                        end--;
                    }

                    if (end >= first)
                    {
                        result.Add(items[k] with { Last = end, Name = null, Acronym = null });
                    }

                    first = cut + 1;
                }
            }

            result.Add(new Item(first, i + 3, NameType.Organization, null, null));
            k = next;
            i += 3;
        }

        if (result is null)
        {
            return items;
        }

        for (; k < items.Count; k++)
        {
            result.Add(items[k]);
        }

        return result;
    }

    /// <summary>Bracketed letters that mark a trademark or a plural, never a party's faction ("IBM(R)", "XBOX(TM)",
    /// "NAME(S)"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet GluedMarks = LinkerWords.Set("glued-marks");

    /// <summary>Bracketed letters of a party's faction ("JD(U)", "CPI(M)", "NCP(SP)"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet PartyLetters = LinkerWords.Set("party-letters");

    /// <summary>Whether tokens <paramref name="i"/>..<paramref name="i"/>+3 are "WORD(L)" with nothing between them: a
    /// word in capitals of two to six letters, "(", a capital word of one to three letters, ")", and no letter or digit
    /// glued after.</summary>
    private static bool GluedLetters(Document document, ReadOnlySpan<Token> tokens, int i)
    {
        Token word = tokens[i];
        Token letters = tokens[i + 2];
        if (word.Kind != TokenKind.Word || !word.Has(TokenTraits.AllCaps) || word.Length > 6 || document.TokenText(i + 1) is not "("
            || document.TokenText(i + 3) is not ")" || letters.Kind != TokenKind.Word || !letters.Has(TokenTraits.Capitalized)
            || letters.Length > 3 || (letters.Length > 1 && !letters.Has(TokenTraits.AllCaps))
            || tokens[i + 1].Start != word.End || letters.Start != tokens[i + 1].End || tokens[i + 3].Start != letters.End)
        {
            return false;
        }

        return i + 4 >= tokens.Length || tokens[i + 4].Start != tokens[i + 3].End || tokens[i + 4].Kind == TokenKind.Punctuation;
    }

    /// <summary>Words that close a company's name and never name one alone ("Swiss Re", "Gallagher Re";
    /// <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet HeadedClosingWords = LinkerWords.Set("headed-closing-words");

    /// <summary>
    /// A closing word of <see cref="HeadedClosingWords"/> ("Re") and the one capitalised word written right before it
    /// are one name, whatever the recognizer made of either word or of both ("Swiss" as a nationality, "Gallagher" as a
    /// person, "Arch Re" as a place, or nothing): an organization ("Swiss Re", "Gallagher Re", "Arch Re") or a person whose
    /// surname is Re (<see cref="ClosingWordReading"/>: "Marco Re, a lawyer", "Victoria Re said she"). Not after an
    /// article, a title ("Cardinal Re") or a sentence opener of <see cref="LeadingWords"/> ("In Re Smith"), not after a run of capitalised words
    /// (a person's surname: "Giovanni Battista Re"; a hyphenated modifier such as "Zurich-based" is no such run), not a
    /// heading's "Re:", and not where a longer name runs through either word.
    /// </summary>
    /// <remarks>A walk over the tokens first gathers, for each W, the strong clues around its mentions
    /// (<see cref="LocalClosingWordReading"/>; a title before a bare "Re", "Mr Re", is evidence about that mention only);
    /// <see cref="ClosingWordReading"/> reads the mention's own clues before those and both before the lists of W
    /// alone. Then one walk over the tokens beside one over the names compacts in place and merges what it adds, so linear.
    /// Both walks visit only the tokens right after a capitalised word.</remarks>
    private static List<Item> JoinHeadedClosingWords(Document document, List<Item> items)
    {
        // Both walks visit the closing words right after a capitalised word only (HeadedClosingWordOwner asks for one):
        // the document's capitalised words, not its every token (session 38, speed38).
        ReadOnlySpan<int> capitals = CapitalWords(document);
        int tokenCount = document.Tokens.Length;
        Dictionary<string, int>? evidence = null;
        foreach (int capital in capitals)
        {
            int c = capital + 1;
            if (c >= tokenCount)
            {
                break;
            }

            // "Mr Re", "Cardinal Re" speak of a person surnamed Re at that mention only: never of another "W Re" in the
            // document (session 37, land37n, review 36n F3).
            if (HeadedClosingWordAt(document, c) && !CapitalTitleAt(document, c - 1))
            {
                if (HeadedClosingWordOwner(document, c))
                {
                    // Only a strong clue speaks for the document's other mentions (review 36n F4): a flag for each side,
                    // so that one mention's firm and another's person cancel out.
                    int local = LocalClosingWordReading(document, c - 1, c);
                    if (local is StrongFirm or StrongPerson)
                    {
                        evidence ??= new Dictionary<string, int>(StringComparer.Ordinal);
                        string key = document.TokenText(c - 1).ToString();
                        evidence[key] = evidence.GetValueOrDefault(key) | (local > 0 ? 1 : 2);
                    }
                }
            }
        }

        List<Item>? added = null;
        int kept = 0;
        int k = 0;
        foreach (int capital in capitals)
        {
            int c = capital + 1;
            if (c >= tokenCount)
            {
                break;
            }

            if (!HeadedClosingWordAt(document, c) || !HeadedClosingWordOwner(document, c))
            {
                continue;
            }

            int w = c - 1;

            // Names wholly before the capitalised word stay where they are.
            while (k < items.Count && items[k].Last < w)
            {
                items[kept++] = items[k++];
            }

            // The names on the two words: none, the word alone, the closing word alone, both alone, or the two whole.
            int on = k;
            bool whole = true;
            bool person = true;
            while (on < items.Count && items[on].First <= c)
            {
                Item item = items[on];
                whole &= item.First >= w && item.Last <= c && item.Cut == 0 && item.Acronym is null;
                person &= item.Type == NameType.Person;
                on++;
            }

            if (!whole)
            {
                continue; // a longer name runs through one of the words: leave it
            }

            int seen = evidence is not null && evidence.TryGetValue(document.TokenText(w).ToString(), out int sides) ? sides switch { 1 => 1, 2 => -1, _ => 0 } : 0;
            NameType type = ClosingWordReading(document, w, c, on > k && person && items[k].First == w, seen);
            var joined = new Item(w, c, type, null, null);
            if (on == k)
            {
                (added ??= TakeList(4)).Add(joined);
                continue;
            }

            items[kept++] = joined;
            k = on;
        }

        while (k < items.Count)
        {
            items[kept++] = items[k++];
        }

        items.RemoveRange(kept, items.Count - kept);
        if (added is null)
        {
            return items;
        }

        List<Item> result = MergeSorted(items, added);
        GiveBack(added);
        return result;
    }

    /// <summary>Whether token <paramref name="c"/> is a closing word of <see cref="HeadedClosingWords"/> written after a
    /// space on the line of the word before it, and no heading's "Re:".</summary>
    private static bool HeadedClosingWordAt(Document document, int c)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        return c >= 1 && HeadedClosingWords.Contains(document.TokenText(c)) && tokens[c].Has(TokenTraits.SpaceBefore)
            && !tokens[c].Has(TokenTraits.LineBreakBefore) && !(c + 1 < tokens.Length && document.TokenText(c + 1) is ":");
    }

    /// <summary>Whether the word before the closing word at <paramref name="c"/> may open its name: a capitalised word that
    /// is no article, title or sentence opener of <see cref="LeadingWords"/>, with no capitalised word of a run before it
    /// (a hyphenated modifier such as "Zurich-based" is no such run).</summary>
    private static bool HeadedClosingWordOwner(Document document, int c)
    {
        int w = c - 1;
        return IsCapitalWord(document, w) && document.TokenText(w) is not "The" && !LeadingWords.Contains(document.TokenText(w)) && !TitleAt(document, w)
            && !(w > 0 && IsCapitalWord(document, w - 1) && !HyphenatedModifier(document.TokenText(w - 1)) && !document.Tokens[w].Has(TokenTraits.LineBreakBefore));
    }

    /// <summary>Whether <paramref name="word"/> is a hyphenated modifier whose part after the hyphen is lower-case
    /// ("Zurich-based", "London-listed"), not a hyphenated given name or surname ("Jean-Pierre").</summary>
    private static bool HyphenatedModifier(ReadOnlySpan<char> word)
    {
        int hyphen = word.LastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1]);
    }

    /// <summary>Readings of <see cref="LocalClosingWordReading"/>: a strong clue may type the document's other mentions of
    /// the same W, a weak one only its own.</summary>
    private const int StrongFirm = 2, WeakPerson = -1, StrongPerson = -2;

    /// <summary>
    /// What the words around "W Re" (tokens <paramref name="w"/>, <paramref name="re"/>) say, whatever the recognizer made
    /// of them: <see cref="StrongFirm"/> a business (the lists know "W Re" whole as a firm, or
    /// <see cref="FirmContextAround"/>: a firm's noun, apposition or clause, all closed classes); <see cref="StrongPerson"/>
    /// a person whose surname is Re by an age or "who" (<see cref="HumanAppositionAfter"/>) or a capitalised title or a
    /// role before (<see cref="PersonRoleBefore"/>); <see cref="WeakPerson"/> an apposition ", a/an …" that names no
    /// business (<see cref="PersonAppositionAfter"/>; after the firm's clues: ", a rival of Swiss Re, said it" is the
    /// firm; review 37n F2) or a person's pronoun after a verb of speech (<see cref="ActsAsPersonAfter"/>), which counts
    /// only where W may be a given name (<see cref="MayBeGivenName"/>: the lists or the lexicon hold it as one and the
    /// lists hold it as no company: "Everest", "Fidelis", "Lancashire" may not; review 37n F3) and the pronoun opens no appointment
    /// (<see cref="AppointmentAfterPronoun"/>: "Swiss Re said she would join the board" is the firm's notice; review 36n
    /// F2); 0 nothing. The lists' firm comes first; the person's clues come before the firm's (review 35n F4).
    /// </summary>
    private static int LocalClosingWordReading(Document document, int w, int re)
    {
        if ((ListKinds(document, w, re) & (OrganizationKinds | NamedFirmKinds)) != 0)
        {
            return StrongFirm;
        }

        // An age, "who" or a person's role or title is a person's alone; ", a rival of …", ", a newcomer" describe firms as
        // often as persons, so such an apposition is weak and loses to a firm's clue around it (review 37n F2).
        if (HumanAppositionAfter(document, re) || PersonRoleBefore(document, w))
        {
            return StrongPerson;
        }

        if (FirmContextAround(document, w, re))
        {
            return StrongFirm;
        }

        if (PersonAppositionAfter(document, re))
        {
            return WeakPerson;
        }

        return ActsAsPersonAfter(document, re + 1) && !AppointmentAfterPronoun(document, re + 1) && MayBeGivenName(document, w) ? WeakPerson : 0;
    }

    /// <summary>Whether W (token <paramref name="w"/>) may be a given name before "Re": the lists or the lexicon know it as
    /// one, the lists know it alone as no company, and it is no nationality ("Victoria", "Chelsea" may; "Swiss",
    /// "Everest", "Fidelis", "Lancashire" may not; review 36n F2, review 37n F3).</summary>
    private static bool MayBeGivenName(Document document, int w)
    {
        // Positive (review 37n F3): the lists or the lexicon hold W as a given name, and the lists hold W alone as no
        // company, nor the lexicon as a nationality ("Everest", "Sirius", "Lancashire", "Partner", "Peak" may not;
        // "Victoria", "Chelsea", a club's name too, may).
        ReadOnlySpan<char> word = document.TokenText(w);
        ushort kinds = ListKinds(document, w, w);
        return ((kinds & GivenNameKinds) != 0 || NameLexicon.Default.Contains(word, LexiconClass.GivenName))
            && (kinds & 1 << (int)NameListKind.Company) == 0 && !NameLexicon.Default.Contains(word, LexiconClass.Nationality);
    }

    /// <summary>Whether the first person's pronoun among the words from token <paramref name="i"/> on (at most six, within
    /// the sentence) opens an appointment: helpers of <c>appointment-helpers</c> ("would", "had agreed to") and a verb of
    /// <c>appointment-verbs</c> ("join", "succeed", "take up", "step down"): "X said she would join the board" is a body's
    /// announcement of its appointee, not X speaking of herself (review 36n F2).</summary>
    private static bool AppointmentAfterPronoun(Document document, int i)
    {
        int n = document.Tokens.Length;
        for (int j = i; j < n && j <= i + 6 && !document.Tokens[j].Has(TokenTraits.Terminal); j++)
        {
            if (!PersonPronouns.Contains(document.TokenText(j)))
            {
                continue;
            }

            int k = j + 1;
            while (k < n && k <= j + 4 && IsLowerWord(document, k) && AppointmentHelpers.Contains(document.TokenText(k)))
            {
                k++;
            }

            return k > j + 1 && k < n && IsLowerWord(document, k) && AppointmentVerbs.Contains(document.TokenText(k));
        }

        return false;
    }

    /// <summary>Helpers between a pronoun and a verb of an appointment (<c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet AppointmentHelpers = LinkerWords.Set("appointment-helpers");

    /// <summary>Verbs of taking up or leaving a post (<c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet AppointmentVerbs = LinkerWords.Set("appointment-verbs");

    /// <summary>Whether token <paramref name="k"/> is a capitalised title ("Mr", "Cardinal"): the lexicon's title class
    /// holds lower-case verbs of speech as well ("said", "told"), which stand before any name (review 36n F2).</summary>
    private static bool CapitalTitleAt(Document document, int k) => k >= 0 && IsCapitalWord(document, k) && TitleAt(document, k);

    /// <summary>
    /// Whether "W Re" (tokens <paramref name="w"/>, <paramref name="re"/>) is an organization or a person whose surname is
    /// Re, read in the recognizer's own terms of evidence rather than from the type it gave: the words around this mention
    /// (<see cref="LocalClosingWordReading"/>); else the strong clues around the document's other mentions of the same W
    /// (<paramref name="seen"/>: 1 firm, -1 person, 0 none or both: "Ariel Re, a Bermuda reinsurer" types a bare "Ariel Re"
    /// later on; a pronoun after "said" does not spread, review 36n F4); else the name lists of W alone: an organization or
    /// brand is a firm, a common given name of the lists a person, and a rarer given name that is no common surname and no
    /// place by its GloVe word class (<see cref="InPlaceClass"/>) a person only where the recognizer read the words as one
    /// (<paramref name="recognizedPerson"/>: "Marco Re"). A title before a bare "Re" elsewhere ("Mr Re") says nothing of
    /// this W ("Mr Re … Hamilton Re", "Cardinal Re … Swiss Re"; session 37, land37n, review 36n F3). Anything else is a firm.
    /// </summary>
    private static NameType ClosingWordReading(Document document, int w, int re, bool recognizedPerson, int seen)
    {
        int local = LocalClosingWordReading(document, w, re);
        if (local != 0 || seen != 0)
        {
            return (local != 0 ? local : seen) > 0 ? NameType.Organization : NameType.Person;
        }

        ReadOnlySpan<char> word = document.TokenText(w);
        ushort kinds = ListKinds(document, w, w);
        if ((kinds & (OrganizationKinds | NamedFirmKinds)) != 0)
        {
            return NameType.Organization;
        }

        bool given = (kinds & GivenNameKinds) != 0 || NameLexicon.Default.Contains(word, LexiconClass.GivenName);
        return (kinds & 1 << (int)NameListKind.GivenCommon) != 0
            || (recognizedPerson && given && (kinds & SurnameCommonKind) == 0 && !InPlaceClass(word))
            ? NameType.Person
            : NameType.Organization;
    }

    /// <summary>Whether a person's role noun or a title stands right before token <paramref name="w"/> ("the lawyer Marco
    /// Re", "Former Milan defender Marco Re"; <c>person-roles-before</c> but "by", which a business follows as well, and
    /// <c>person-nouns-before</c>, neither holding a function word: "carriers such as Hamilton Re" is no role, review 35n F7).</summary>
    private static bool PersonRoleBefore(Document document, int w)
    {
        if (w == 0)
        {
            return false;
        }

        ReadOnlySpan<char> before = document.TokenText(w - 1);
        return CapitalTitleAt(document, w - 1)
            || (IsLowerWord(document, w - 1) && before is not "by" && (PersonRolesBefore.Contains(before) || PersonNounsBefore.Contains(before)));
    }

    /// <summary>Whether the words after a name ending at <paramref name="last"/> say it is a person: an apposition
    /// (<see cref="PersonAppositionAfter"/>) or a verb of speech with a person's pronoun after it
    /// (<see cref="ActsAsPersonAfter"/>).</summary>
    private static bool PersonContextAfter(Document document, int last) =>
        PersonAppositionAfter(document, last) || ActsAsPersonAfter(document, last + 1);

    /// <summary>Whether an apposition after a name ending at <paramref name="last"/> says it is a person: ", a" or ", an"
    /// that names no business (<see cref="AppositionReading"/>: ", a lawyer in Milan", ", a retired teacher", ", a resident
    /// of the village"; not ", a Lloyd's syndicate", ", a Bermuda reinsurer"), an age (", 54," or ", 19." closing the
    /// sentence), or ", who".</summary>
    /// <summary>Whether an apposition after a name ending at <paramref name="last"/> is a person's alone: an age (", 54,")
    /// or ", who" (review 37n F2; <see cref="PersonAppositionAfter"/> also reads ", a/an …", which firms share).</summary>
    private static bool HumanAppositionAfter(Document document, int last)
    {
        int n = document.Tokens.Length;
        return last + 2 < n && document.TokenText(last + 1) is ","
            && (document.TokenText(last + 2) is "who"
                || (document.Tokens[last + 2].Kind == TokenKind.Number && last + 3 < n && document.TokenText(last + 3) is "," or "."));
    }

    private static bool PersonAppositionAfter(Document document, int last)
    {
        int n = document.Tokens.Length;
        if (last + 2 < n && document.TokenText(last + 1) is ",")
        {
            if (document.TokenText(last + 2) is "who"
                || (document.Tokens[last + 2].Kind == TokenKind.Number && last + 3 < n && document.TokenText(last + 3) is "," or "."))
            {
                return true;
            }

            if (document.TokenText(last + 2) is "a" or "an")
            {
                return AppositionReading(document, last) < 0;
            }
        }

        return false;
    }

    /// <summary>
    /// How the apposition ", a …" or ", an …" after a name ending at <paramref name="last"/> reads: 1 when a noun of a
    /// business comes among its first four words (capitalised modifiers and an owner's "'s" may stand before it: ", a
    /// Bermuda reinsurer", ", a Lloyd's syndicate"), -1 when it has words and none of them is such a noun (", a retired
    /// teacher", ", a 40-year-old"; the closed class is the firm's, review 35n F8), 0 when there is no such apposition.
    /// </summary>
    private static int AppositionReading(Document document, int last)
    {
        int n = document.Tokens.Length;
        if (last + 3 >= n || document.TokenText(last + 1) is not "," || document.TokenText(last + 2) is not ("a" or "an"))
        {
            return 0;
        }

        int word = last + 3;
        for (; word < n && word <= last + 6; word++)
        {
            ReadOnlySpan<char> text = document.TokenText(word);
            if (document.Tokens[word].Kind == TokenKind.Punctuation && text is not ("'s" or "’s"))
            {
                break;
            }

            if (FirmAppositionNouns.Contains(text) || FirmNounsBefore.Contains(text) || ClosingWordFirmNouns.Contains(text))
            {
                return 1;
            }
        }

        return word > last + 3 ? -1 : 0;
    }

    /// <summary>Whether the words around a name on tokens <paramref name="first"/>..<paramref name="last"/> say it is a
    /// business: a noun of firms or a hyphenated modifier of <see cref="FirmModifierEnds"/> right before it ("the reinsurer
    /// X", "Bermuda-based X"; not "Italian-born X"), a firm's apposition after it (<see cref="Apposition"/>,
    /// <see cref="AppositionReading"/>), a firm's role or its shares right after it ("X chief executive", "X shares"), what
    /// only a business owns after its "'s", "its" or an "it" opening a business's clause right after its verb ("X said
    /// its", "X renewed its", "X said it would cut jobs"), or a business's clause (<see cref="FirmClauseAfterName"/>).</summary>
    private static bool FirmContextAround(Document document, int first, int last)
    {
        int n = document.Tokens.Length;
        if (first > 0)
        {
            ReadOnlySpan<char> before = document.TokenText(first - 1);
            if (CompoundCut(before, FirmModifierEnds) > 0
                || (IsLowerWord(document, first - 1) && (FirmNounsBefore.Contains(before) || FirmAppositionNouns.Contains(before)
                    || ClosingWordFirmNouns.Contains(before))))
            {
                return true;
            }
        }

        if (last + 1 >= n)
        {
            return false;
        }

        ReadOnlySpan<char> after = document.TokenText(last + 1);
        return Apposition(document, last) || AppositionReading(document, last) > 0 || RolesAfter.Contains(after)
            || (after is "'s" or "’s" && last + 2 < n && FirmOwnedAfter.Contains(document.TokenText(last + 2)))
            || ((ActsAfter(document, last + 1) || (IsLowerWord(document, last + 1) && FirmClauseVerbs.Contains(after)))
                && last + 2 < n && (document.TokenText(last + 2) is "its" || FirmClauseAfterIt(document, last + 2)))
            || FirmClauseAfterName(document, last + 1);
    }

    /// <summary>Whether the clause a name is the subject of, from token <paramref name="i"/>, is a business's: a verb of
    /// <see cref="FirmClauseVerbs"/> with a noun of its accounts among the next four words ("reported a pre-tax profit",
    /// "booked losses"; <c>closing-word-firm-clause-nouns</c>), or a passive of its changing hands after helpers ending in
    /// a form of "be" ("could be sold", "was acquired"; <c>closing-word-firm-passives</c>; review 35n F1).</summary>
    private static bool FirmClauseAfterName(Document document, int i)
    {
        int n = document.Tokens.Length;
        if (i >= n || !IsLowerWord(document, i))
        {
            return false;
        }

        if (FirmClauseVerbs.Contains(document.TokenText(i)))
        {
            for (int j = i + 1; j < n && j <= i + 4 && document.Tokens[j].Kind == TokenKind.Word; j++)
            {
                if (ClosingWordFirmClauseNouns.Contains(document.TokenText(j)))
                {
                    return true;
                }
            }
        }

        bool be = false;
        int k = i;
        for (; k < n && k <= i + 3 && IsLowerWord(document, k) && ClosingWordFirmPassiveHelpers.Contains(document.TokenText(k)); k++)
        {
            be = document.TokenText(k) is "be" or "been" or "being" or "is" or "was" or "are" or "were";
        }

        return be && k < n && IsLowerWord(document, k) && ClosingWordFirmPassives.Contains(document.TokenText(k));
    }

    /// <summary>Whether token <paramref name="i"/> is "it" opening a clause of a business: a verb of
    /// <see cref="FirmClauseVerbs"/> right after it or after one helper of <see cref="FirmClauseHelpers"/> ("it would cut
    /// jobs", "it expects losses"), not the "it" of reported speech ("said it was too early").</summary>
    private static bool FirmClauseAfterIt(Document document, int i)
    {
        int n = document.Tokens.Length;
        if (document.TokenText(i) is not "it" || i + 1 >= n)
        {
            return false;
        }

        return FirmClauseVerbs.Contains(document.TokenText(i + 1))
            || (FirmClauseHelpers.Contains(document.TokenText(i + 1)) && i + 2 < n && FirmClauseVerbs.Contains(document.TokenText(i + 2)));
    }

    /// <summary>Nouns of the reinsurance or underwriting business read only around "W Re" (<c>LinkerWords.txt</c>): an
    /// underwriter elsewhere may be a person.</summary>
    private static readonly WordSet ClosingWordFirmNouns = LinkerWords.Set("closing-word-firm-nouns");

    /// <summary>Nouns of a business's accounts in the clause of "W Re" (<c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet ClosingWordFirmClauseNouns = LinkerWords.Set("closing-word-firm-clause-nouns");

    /// <summary>Passives of a business changing hands (<c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet ClosingWordFirmPassives = LinkerWords.Set("closing-word-firm-passives");

    /// <summary>Helpers before a passive of <see cref="ClosingWordFirmPassives"/> (<c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet ClosingWordFirmPassiveHelpers = LinkerWords.Set("closing-word-firm-passive-helpers");

    /// <summary>Ends of a hyphenated modifier that locate or list a business ("-based", "-listed"; <c>LinkerWords.txt</c>).</summary>
    private static readonly string[] FirmModifierEnds = LinkerWords.Words("firm-modifier-ends");

    /// <summary>Verbs of a business in the clause "it" opens (<c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet FirmClauseVerbs = LinkerWords.Set("firm-clause-verbs");

    /// <summary>Helpers that may stand between "it" and a verb of <see cref="FirmClauseVerbs"/> (<c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet FirmClauseHelpers = LinkerWords.Set("firm-clause-helpers");

    /// <summary>Heads of institutions whose name may close with the place of a campus, written right after them
    /// ("Trinity College Dublin", "Queen's University Belfast"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet CampusHeads = LinkerWords.Set("campus-heads");

    /// <summary>
    /// An institution ending in a head of <see cref="CampusHeads"/> and a place of one or two words written right after
    /// it, with no comma, are one organization ("Trinity College Dublin", "Queen's University Belfast", "Sorbonne
    /// University Abu Dhabi", "Cleveland Clinic Abu Dhabi"), unless a capitalised word runs on after the place (a
    /// title-case headline) or the name is longer than <see cref="MaxLongForm"/>.
    /// </summary>
    /// <remarks>One pass that compacts the names in place, so linear.</remarks>
    private static void JoinCampusPlaces(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int kept = 0;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            if (kept > 0 && item.Type == NameType.Place && item.Cut == 0 && item.Last - item.First <= 1)
            {
                Item body = items[kept - 1];
                int after = item.Last + 1;
                if (body.Type == NameType.Organization && body.Cut == 0 && body.Last + 1 == item.First && body.Last > body.First
                    && item.Last - body.First < MaxLongForm && CampusHeads.Contains(document.TokenText(body.Last))
                    && !LineBreakBetween(document, body.Last, item.First) && OnlyCapitalWords(document, item.First, item.Last)
                    && (after >= tokens.Length || !IsCapitalWord(document, after)))
                {
                    items[kept - 1] = body with { Last = item.Last, Name = null, Acronym = null };
                    continue;
                }
            }

            items[kept++] = item;
        }

        items.RemoveRange(kept, items.Count - kept);
    }
}
