using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>
/// Companies named like people ("Taylor Wimpey", "Johnson Matthey", "Charles Stanley"): where the words around a
/// "person" say only a business can be meant — its chief executive, its shareholders, a takeover of it, its own
/// business sold — it is an organization, and so is every other use of the same name in the article.
/// </summary>
internal static partial class NameLinker
{
    /// <summary>Words after "X's" that only a business has ("Kier's chief executive", "Sable's board";
    /// <c>LinkerWords.txt</c>). Not "shares" or "staff": people hold shares and have staff.</summary>
    private static readonly WordSet FirmOwnedAfter = LinkerWords.Set("firm-owned-after");

    /// <summary>Nouns after "X verb its" that only a business has ("cut its profit forecast", "sold its paints
    /// unit"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet FirmOwnedAfterIts = LinkerWords.Set("firm-owned-after-its");

    /// <summary>Verbs of speech, after which "its" belongs to another subject ("Jane Doe said its sales fell").</summary>
    private static readonly WordSet SpeechVerbs = LinkerWords.Set("speech-verbs");

    /// <summary>Nouns before "of"/"for"/"with"/"in" whose object is a business ("a takeover of X", "a bid for X",
    /// "merged with X"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet FirmTakers = LinkerWords.Set("firm-takers");

    /// <summary>Past participles after "X was/were" that only a business undergoes ("X was bought by Y", "X was folded
    /// into Y"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet FirmPassives = LinkerWords.Set("firm-passives");

    /// <summary>Nouns before a name, singular or plural, that make it a business ("Housebuilder X", "local start-ups X
    /// and Y"; <c>LinkerWords.txt</c>), beside <see cref="OrganizationNounsBefore"/>.</summary>
    private static readonly WordSet FirmNounsBefore = LinkerWords.Set("firm-nouns-before");

    /// <summary>
    /// Persons the words around them show to be businesses become organizations, with every other person of the same
    /// text in the article (unless a title, "he"/"she" or "himself" keeps that use a person: "Ralph Lauren himself"). A person after a title, after "By"
    /// or a role ("chief executive X") is left alone.
    /// </summary>
    private static void PersonsActingAsFirms(Document document, List<Item> items)
    {
        Places.SpanMemo<int>? firms = null;
        Places.SpanMemo<int>? possessiveSubjects = null; // words written "X's <verb>" as a subject, counted at the first need
        bool? sport = null;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            if (item.Type != NameType.Person || item.Cut != 0 || item.Last - item.First > 3 || TitledPerson(document, item.First))
            {
                continue;
            }

            if (ActsAsFirm(document, item.First, item.Last, ref sport))
            {
                // "Claire's stores" where the article names "Claire's" whole: the "'s" is the name's.
                bool whole = Possessive(document, item.Last) && NamedWithPossessive(document, item, ref possessiveSubjects);
                items[k] = item with { Type = NameType.Organization, Last = whole ? item.Last + 1 : item.Last };
                AddText(document, ref firms, Text(document, item));

                // "local start-ups Kueski and Clip": the names listed after the noun are businesses too.
                for (int j = k + 1; j < items.Count && FirmNounBefore(document, item.First) && Coordinated(document, items[j - 1].Last, items[j].First); j++)
                {
                    if (items[j].Type == NameType.Person && items[j].Cut == 0)
                    {
                        items[j] = items[j] with { Type = NameType.Organization };
                        AddText(document, ref firms, Text(document, items[j]));
                    }
                }
            }
        }

        GiveBack(possessiveSubjects);
        if (firms is null)
        {
            return;
        }

        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            if (item.Type == NameType.Person && item.Cut == 0 && ContainsText(document, firms, Text(document, item)) && !StrongLocal(document, item))
            {
                items[k] = item with { Type = NameType.Organization };
            }
        }

        GiveBack(firms);
    }

    /// <summary>Whether the article writes the one word of <paramref name="item"/> with "'s" elsewhere as a subject
    /// ("Claire's filed for bankruptcy"), so the "'s" is part of the name. The words so written are counted in one pass
    /// over the document, at the first question (<paramref name="subjects"/>; the caller gives it back), so repeated
    /// questions stay linear.</summary>
    private static bool NamedWithPossessive(Document document, Item item, ref Places.SpanMemo<int>? subjects)
    {
        if (item.Last != item.First)
        {
            return false;
        }

        if (subjects is null)
        {
            subjects = TakeTable();
            for (int i = 0; i + 2 < document.Tokens.Length; i++)
            {
                if (PossessiveSubject(document, i))
                {
                    ReadOnlySpan<char> w = document.TokenText(i);
                    subjects.ValueRef(document.Text, OffsetIn(document, w), w.Length)++;
                }
            }
        }

        ReadOnlySpan<char> word = document.TokenText(item.First);
        return subjects.TryGet(document.Text, OffsetIn(document, word), word.Length, out int count, out _)
            && count > (PossessiveSubject(document, item.First) ? 1 : 0);
    }

    /// <summary>Whether token <paramref name="i"/> is written "X's" before a lower-case verb of a subject ("Claire's filed").</summary>
    private static bool PossessiveSubject(Document document, int i)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        return i + 2 < tokens.Length && Possessive(document, i) && tokens[i + 2].Kind == TokenKind.Word && !tokens[i + 2].Has(TokenTraits.Capitalized)
            && SubjectVerbs.Contains(document.TokenText(i + 2));
    }

    /// <summary>Whether a title, "By", or a role noun stands right before token <paramref name="first"/> ("Mr X", "chief
    /// executive X", "By X").</summary>
    private static bool TitledPerson(Document document, int first)
    {
        if (first == 0)
        {
            return false;
        }

        ReadOnlySpan<char> before = document.TokenText(first - 1);
        return TitleAt(document, first - 1)
            || before is "By" or "by" or "as" || PersonNounsBefore.Contains(before) || before is "executive" or "officer" or "chairman" or "partner";
    }

    /// <summary>Whether the words around tokens <paramref name="first"/>..<paramref name="last"/> say a business is meant.</summary>
    private static bool ActsAsFirm(Document document, int first, int last, ref bool? sport)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int n = tokens.Length;

        // "Taylor Wimpey's chief executive", "Mott MacDonald's board", "Spectris's chief,".
        if (last + 2 < n && document.TokenText(last + 1) is "'s" or "’s")
        {
            ReadOnlySpan<char> owned = document.TokenText(last + 2);
            if (FirmOwnedAfter.Contains(owned)
                || (owned is "chief" && (last + 3 >= n || document.TokenText(last + 3) is "executive" or "financial" or "operating" or "," or "." or "said")))
            {
                return true;
            }
        }

        // "Walt Disney shareholders backing", "Hilton shares rose": the holders of its stock, or its shares moving.
        if (last + 2 < n && IsLowerWord(document, last + 1)
            && (FirmHoldersAfter.Contains(document.TokenText(last + 1))
                || (document.TokenText(last + 1) is "shares" or "stock" && ShareMoves.Contains(document.TokenText(last + 2)))))
        {
            return true;
        }

        // "Christian Dior, the holding company, lifted its dividend": an apposition naming a business; "Estée Lauder
        // will cut 7,000 jobs, the cosmetics group said": the sentence's subject, a business by the attribution.
        if (Apposition(document, last) || AttributedToFirm(document, first, last))
        {
            return true;
        }

        // "Crest Nicholson, whose shares fell".
        if (last + 3 < n && document.TokenText(last + 1) is "," && document.TokenText(last + 2) is "whose"
            && document.TokenText(last + 3) is "shares" or "stock" or "shareholders")
        {
            return true;
        }

        // "Johnson Matthey agreed to sell its catalyst business", "Taylor Wimpey cut its profit forecast": a verb (not
        // of speech), perhaps "to" and another, then "its" and what only a business has. Two words or more: a lone
        // surname may be a chief executive acting for the company ("Musk cut its staff").
        if (last > first)
        {
            int verb = last + 1;
            if (verb + 3 < n && IsLowerWord(document, verb) && document.TokenText(verb + 1) is "to" && IsLowerWord(document, verb + 2))
            {
                verb += 2;
            }

            // "its catalyst business": one lower-case word may stand before what the business has.
            if (verb + 2 < n && IsLowerWord(document, verb) && !SpeechVerbs.Contains(document.TokenText(verb))
                && document.TokenText(verb + 1) is "its"
                && (FirmOwnedAfterIts.Contains(document.TokenText(verb + 2))
                    || (verb + 3 < n && IsLowerWord(document, verb + 2) && FirmOwnedAfterIts.Contains(document.TokenText(verb + 3)))))
            {
                return true;
            }
        }

        // "Charles Stanley was bought by", "Brewin Dolphin was folded into".
        if (last + 2 < n && document.TokenText(last + 1) is "was" or "were" or "is" or "has" or "had" && FirmPassives.Contains(document.TokenText(last + 2)))
        {
            return true;
        }

        // "a bid for Crest Nicholson", "a takeover of Spectris", "combined with Kramer Levin" (not in sport, where
        // players are bid for and sold).
        if (first >= 2 && document.TokenText(first - 1) is "of" or "for" or "with" or "in" && FirmTakers.Contains(document.TokenText(first - 2))
            && !(sport ??= ReportsSport(document)))
        {
            return true;
        }

        // "Housebuilder Taylor Wimpey", "start-ups Kueski and Clip", "Peruvian miner Buenaventura".
        return FirmNounBefore(document, first);
    }

    /// <summary>Lower-case nouns right after a name for those who hold its stock or run its outlets ("Walt Disney
    /// shareholders", "Hilton franchisees"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet FirmHoldersAfter = LinkerWords.Set("firm-holders-after");

    /// <summary>Verbs of a share price after "X shares" ("Hilton shares rose"; <c>LinkerWords.txt</c>); not "Paris
    /// Hilton shares her story".</summary>
    private static readonly WordSet ShareMoves = LinkerWords.Set("share-moves");

    /// <summary>Nouns of a business in an apposition after a name ("X, the holding company,"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet FirmAppositionNouns = LinkerWords.Set("firm-apposition-nouns");

    /// <summary>Whether ", the" or ", a", up to two lower-case words and a noun of a business follow token
    /// <paramref name="last"/>, the apposition closing there (a comma, a stop, "said", "that", "which", "whose"):
    /// "Christian Dior, the holding company, lifted"; not "X, the company's founder".</summary>
    private static bool Apposition(Document document, int last)
    {
        int n = document.Tokens.Length;
        if (last + 4 >= n || document.TokenText(last + 1) is not "," || document.TokenText(last + 2) is not ("the" or "a"))
        {
            return false;
        }

        for (int noun = last + 3; noun <= last + 5 && noun + 1 < n && IsLowerWord(document, noun); noun++)
        {
            if (FirmAppositionNouns.Contains(document.TokenText(noun)))
            {
                return document.TokenText(noun + 1) is "," or "." or ";" or "said" or "says" or "that" or "which" or "whose";
            }
        }

        return false;
    }

    /// <summary>The most tokens read after a sentence's subject for the attribution that closes the sentence.</summary>
    private const int MaxAttributionReach = 40;

    /// <summary>Whether tokens <paramref name="first"/>..<paramref name="last"/> open the sentence and the sentence
    /// closes, within <see cref="MaxAttributionReach"/> tokens, with ", the", up to two lower-case words, a noun of a
    /// business and "said" or "says" ("Estée Lauder will cut up to 7,000 jobs, the cosmetics group said").</summary>
    private static bool AttributedToFirm(Document document, int first, int last)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        if (first > 0 && document.TokenText(first - 1) is not ("." or ";" or "!" or "?") && !tokens[first].Has(TokenTraits.LineBreakBefore))
        {
            return false;
        }

        int end = Math.Min(tokens.Length, last + MaxAttributionReach);
        for (int i = last + 1; i + 3 < end; i++)
        {
            if (document.TokenText(i) is "." or ";" or "!" or "?")
            {
                return false;
            }

            if (document.TokenText(i) is "," && document.TokenText(i + 1) is "the")
            {
                for (int noun = i + 2; noun <= i + 4 && noun + 1 < tokens.Length && IsLowerWord(document, noun); noun++)
                {
                    if (FirmAppositionNouns.Contains(document.TokenText(noun)))
                    {
                        return document.TokenText(noun + 1) is "said" or "says";
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Whether a noun of a business, lower case or opening the sentence, stands right before token
    /// <paramref name="first"/> ("housebuilder", "Housebuilder", "start-ups" written as three tokens).</summary>
    private static bool FirmNounBefore(Document document, int first)
    {
        if (first < 1 || document.Tokens[first - 1].Kind != TokenKind.Word)
        {
            return false;
        }

        int start = first - 1;
        if (start >= 2 && document.TokenText(start - 1) is "-" && Adjacent(document, start - 1, start) && Adjacent(document, start - 2, start - 1))
        {
            start -= 2; // "start-ups", "buy-now-pay-later" (its last part only)
        }

        ReadOnlySpan<char> noun = document.Text.AsSpan(document.Tokens[start].Start, document.Tokens[first - 1].End - document.Tokens[start].Start);
        if (document.Tokens[start].Has(TokenTraits.Capitalized) && !OpensSentence(document, start))
        {
            return false;
        }

        return ContainsLowered(FirmNounsBefore, noun) || ContainsLowered(OrganizationNounsBefore, noun);
    }

    /// <summary>Whether token <paramref name="i"/> is a word written in lower case.</summary>
    private static bool IsLowerWord(Document document, int i) =>
        document.Tokens[i].Kind == TokenKind.Word && !document.Tokens[i].Has(TokenTraits.Capitalized) && char.IsLower(document.TokenText(i)[0]);

    /// <summary>Whether tokens <paramref name="first"/>..<paramref name="of"/> - 1 (two capitalised words before "of")
    /// read as a person whose body follows, though no list holds the given name ("Slawomir Mentzen of Confederation",
    /// "Ines Ferreira of Dawn Coalition"): no word before "of" is an organisation, place or title word, no list knows
    /// them as an organization, and the words after "of" end in an organisation word or a list knows them as one.</summary>
    private static bool PersonBeforeBody(Document document, int first, int of, int last)
    {
        if (of - first != 2 || last - of > 3 || (first > 0 && IsDeterminer(document.TokenText(first - 1)))
            || (first > 0 && document.TokenText(first - 1) is "the" or "a" or "an"))
        {
            return false;
        }

        NameLexicon lexicon = NameLexicon.Default;
        for (int i = first; i < of; i++)
        {
            ReadOnlySpan<char> word = document.TokenText(i);
            if (document.Tokens[i].Has(TokenTraits.AllCaps) || lexicon.Contains(word, LexiconClass.OrganizationWord) || OrganizationHeads.Contains(word)
                || PersonFreeHeads.Contains(word) || lexicon.Contains(word, LexiconClass.PlaceWord) || IsKnownPlace(word)
                || lexicon.ContainsAny(word, LexiconClass.PersonTitle, LexiconClass.Nationality, LexiconClass.CommonCapitalized) || (ListKinds(document, i, i) & OrganizationKinds) != 0)
            {
                return false;
            }
        }

        ReadOnlySpan<char> end = document.TokenText(last);
        return (ListKinds(document, first, of - 1) & OrganizationKinds) == 0
            && (lexicon.Contains(end, LexiconClass.OrganizationWord) || OrganizationHeads.Contains(end) || PersonFreeHeads.Contains(end)
                || (ListKinds(document, of + 1, last) & OrganizationKinds) != 0);
    }
}
