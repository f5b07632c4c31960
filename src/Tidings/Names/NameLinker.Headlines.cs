using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>Title-case headlines: a name ends at a headline's verb, preposition or joining noun, and the words after
/// that break are read again, as names the lists or the gazetteer know.</summary>
internal static partial class NameLinker
{
    /// <summary>Verbs of title-case headlines besides the subject verbs ("Takes", "Sweeps", "Frees"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet HeadlineVerbs = LinkerWords.Set("headline-verbs");

    /// <summary>Prepositions of title-case headlines, read only when capitalised ("Deal With Costco", "Off Hodeidah").</summary>
    private static readonly WordSet HeadlinePrepositions = LinkerWords.Set("headline-prepositions");

    /// <summary>Nouns of title-case headlines that join two names ("Temu Owner PDD", "Stellantis Boss Tavares").</summary>
    private static readonly WordSet HeadlineRoleNouns = LinkerWords.Set("headline-role-nouns");

    /// <summary>
    /// A title-case headline runs a name into its verb and on into the next name ("Toss Plans US Listing", "Teamsters
    /// Reach Deal With Costco", "Verdi Sets Date for Lufthansa Strike"). The headline is read segment by segment (a line,
    /// or the part of one between "|", ";" and ":", as in "Market Movers: eBay Slides; H&amp;M Surprises"); a name in a
    /// headline segment (<see cref="IsHeadlineLine"/>) ends before its first break (<see cref="IsHeadlineBreak"/>), and
    /// the words after it are names again only where the lists or the gazetteer know them (<see cref="AddListedRuns"/>).
    /// </summary>
    /// <remarks>One pass over the tokens, segment by segment, with a pointer into the sorted names; each name's tokens
    /// are read a bounded number of times (a run after a break is looked up at most four words long): linear.</remarks>
    private static List<Item> SplitHeadlines(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        List<Item>? result = null;
        int k = 0;
        int start = 0;
        for (int i = 0; i <= tokens.Length && k < items.Count; i++)
        {
            bool mark = i < tokens.Length && IsHeadlineMark(document, i);
            if (i < tokens.Length && !mark && !(i > start && tokens[i].Has(TokenTraits.LineBreakBefore)))
            {
                continue;
            }

            bool headline = i - start >= 2 && IsHeadlineLine(document, start, i);
            for (; k < items.Count && items[k].First < i; k++)
            {
                Item item = items[k];
                if (!headline || item.First < start || item.Last >= i || item.Last == item.First || item.Cut != 0 || item.Type == NameType.Miscellaneous)
                {
                    result?.Add(item);
                    continue;
                }

                SplitHeadlineName(document, item, start, result ??= TakeList(items, k));
            }

            start = mark ? i + 1 : i;
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

    /// <summary>Adds to <paramref name="result"/> what is left of <paramref name="item"/>, a name of a headline segment
    /// starting at token <paramref name="start"/>: without the verbs read into its start, up to its first break, then
    /// the listed names after that break.</summary>
    private static void SplitHeadlineName(Document document, Item item, int start, List<Item> result)
    {
        int first = item.First;
        // A verb or preposition read into the name's start: "Foxconn to Build Nvidia Superchip Plant", "Dragging Geely".
        while (first > start && first < item.Last
            && (IsHeadlineVerb(document, first, leading: true) || IsCapitalisedIn(document, first, HeadlinePrepositions)))
        {
            first++;
        }

        // What a verb opened is a name only where the lists know it, unless the recognizer called it an organization
        // ("Frees Three Hostages", "Plead Guilty"; "Dragging Geely" keeps "Geely").
        if (first > item.First && item.Type != NameType.Organization)
        {
            AddListedRuns(document, first, item.Last, result);
            return;
        }

        int j = first + 1;
        while (j <= item.Last && !IsHeadlineBreak(document, j))
        {
            j++;
        }

        if (j > item.Last)
        {
            result.Add(first == item.First ? item : item with { First = first, Name = null, Acronym = null });
            return;
        }

        // A place that a verb follows is that verb's subject: an organization unless the gazetteer knows it as a place
        // ("Teamsters Reach Deal", "Israel Says").
        Item head = item with { First = first, Last = j - 1, Name = null, Acronym = null };
        if (head.Type == NameType.Place && IsHeadlineVerb(document, j, leading: false) && !IsKnownPlace(Text(document, head)))
        {
            head = head with { Type = NameType.Organization };
        }

        result.Add(head);
        AddListedRuns(document, j + 1, item.Last, result);
    }

    /// <summary>Adds the names among tokens <paramref name="from"/>..<paramref name="to"/> (the words after a headline's
    /// break) that a list or the gazetteer knows: from each capitalised word, the longest run of up to four such words
    /// that one knows ("Energy Transfer" of "Energy Transfer Suit", "North Dakota" of "North Dakota Verdict").</summary>
    private static void AddListedRuns(Document document, int from, int to, List<Item> result)
    {
        const int MaxRun = 4;
        int i = from;
        while (i <= to)
        {
            if (!IsHeadlineNameWord(document, i) || IsHeadlineBreak(document, i))
            {
                i++;
                continue;
            }

            int end = i;
            while (end < to && end - i < MaxRun - 1 && IsHeadlineNameWord(document, end + 1) && !IsHeadlineBreak(document, end + 1))
            {
                end++;
            }

            int next = i + 1;
            for (int e = end; e >= i; e--)
            {
                if (ListedType(document, i, e, whole: e == end && (end == to || !IsHeadlineNameWord(document, end + 1))) is NameType type)
                {
                    result.Add(new Item(i, e, type, null, null));
                    next = e + 1;
                    break;
                }
            }

            i = next;
        }
    }

    /// <summary>The type the lists give tokens <paramref name="first"/>..<paramref name="last"/>: a country, city or
    /// region the lexicon knows; an organization listed as one other than a club (of three letters or more); a place
    /// the gazetteer knows when it is more than one word or the <paramref name="whole"/> run of capitalised words ("Hodeidah"; not
    /// "Federal" of "Federal Office"); else a club of more than one word. Null when none knows them.</summary>
    private static NameType? ListedType(Document document, int first, int last, bool whole)
    {
        const ushort Clubs = 1 << (int)NameListKind.Club | 1 << (int)NameListKind.Motorsport;
        ushort kinds = ListKinds(document, first, last);
        ReadOnlySpan<char> text = document.Text.AsSpan(document.Tokens[first].Start, document.Tokens[last].End - document.Tokens[first].Start);
        NameLexicon lexicon = NameLexicon.Default;
        if (lexicon.Contains(text, LexiconClass.Country) || lexicon.Contains(text, LexiconClass.City) || lexicon.Contains(text, LexiconClass.Region))
        {
            return NameType.Place;
        }

        // A listed word of one or two letters is too often a word of the headline ("Up", "AI").
        if ((kinds & OrganizationKinds & ~Clubs) != 0 && (last > first || text.Length >= 3))
        {
            return NameType.Organization;
        }

        if ((last > first || whole) && IsKnownPlace(text))
        {
            return NameType.Place;
        }

        return last > first && (kinds & Clubs) != 0 ? NameType.Organization : null;
    }

    /// <summary>Whether token <paramref name="i"/> may be a word of a name in a headline: a capitalised word, one in
    /// capitals, or one with a capital second letter ("eBay").</summary>
    private static bool IsHeadlineNameWord(Document document, int i)
    {
        Token token = document.Tokens[i];
        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> word = document.TokenText(i);
        return token.Has(TokenTraits.Capitalized) || token.Has(TokenTraits.AllCaps) || (word.Length > 1 && char.IsUpper(word[1]));
    }

    /// <summary>Whether token <paramref name="j"/> of a headline ends the name before it: a verb of headlines, or a
    /// capitalised preposition or joining noun of headlines ("With", "Owner").</summary>
    private static bool IsHeadlineBreak(Document document, int j) =>
        IsHeadlineVerb(document, j, leading: false)
        || IsCapitalisedIn(document, j, HeadlinePrepositions) || IsCapitalisedIn(document, j, HeadlineRoleNouns);

    /// <summary>Whether token <paramref name="j"/> is a capitalised word (not in capitals) that <paramref name="set"/>
    /// holds lower-cased.</summary>
    private static bool IsCapitalisedIn(Document document, int j, WordSet set)
    {
        Token token = document.Tokens[j];
        return token.Kind == TokenKind.Word && token.Has(TokenTraits.Capitalized) && !token.Has(TokenTraits.AllCaps)
            && ContainsLowered(set, document.TokenText(j));
    }

    /// <summary>Whether token <paramref name="i"/> separates the headlines of one line ("|", ";", ":").</summary>
    private static bool IsHeadlineMark(Document document, int i) =>
        document.Tokens[i].Kind != TokenKind.Word && document.TokenText(i) is "|" or ";" or ":";

    /// <summary>Whether token <paramref name="j"/> of a headline line is a verb of headlines ("Wins", "Says"); at a
    /// name's start (<paramref name="leading"/>) also a participle in "-ing" no list or gazetteer knows ("Dragging";
    /// not "Boeing", "Beijing").</summary>
    private static bool IsHeadlineVerb(Document document, int j, bool leading)
    {
        Token token = document.Tokens[j];
        ReadOnlySpan<char> word = document.TokenText(j);
        return token.Kind == TokenKind.Word && (!token.Has(TokenTraits.AllCaps) || AmongCapitals(document, j))
            && (ContainsLowered(HeadlineVerbs, word) || (ContainsLowered(SubjectVerbs, word) && word is not ("Will" or "May" or "Can" or "Still" or "Also" or "Then"))
                || (leading && word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal) && ListKinds(document, j, j) == 0 && !IsKnownPlace(word)));
    }

    /// <summary>Whether token <paramref name="j"/>, in capitals and of four letters or more, stands between words in
    /// capitals (a headline written in capitals: "FTC SUES AMAZON", "CDU WINS BUNDESTAG VOTE"), where a verb is written
    /// as the names are.</summary>
    private static bool AmongCapitals(Document document, int j)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        return document.TokenText(j).Length >= 4 && j > 0 && j + 1 < tokens.Length
            && tokens[j - 1].Kind == TokenKind.Word && tokens[j - 1].Has(TokenTraits.AllCaps)
            && tokens[j + 1].Kind == TokenKind.Word && tokens[j + 1].Has(TokenTraits.AllCaps);
    }

    /// <summary>Whether tokens <paramref name="first"/>..<paramref name="end"/> (exclusive) are a short headline line: no
    /// full stop at its end, at least three capitalised words of three letters or more (a capitalised preposition of
    /// headlines after the first word counts as one) and no lower-case word longer than three letters but its first ("Cowrywise Win Licences", "Sadapay Sold To Papara", "eBay Slides on Weak Guidance").</summary>
    private static bool IsHeadlineLine(Document document, int first, int end)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        if (end - first > 24 || document.TokenText(end - 1) is "." or "!" or "?")
        {
            return false;
        }

        int capitals = 0;
        for (int i = first; i < end; i++)
        {
            ReadOnlySpan<char> word = document.TokenText(i);
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            if (word.Length < 3)
            {
                // A capitalised preposition inside the segment is title case ("Bruegel On Tariffs", "Onward On Skills").
                capitals += i > first && IsCapitalisedIn(document, i, HeadlinePrepositions) ? 1 : 0;
                continue;
            }

            if (!char.IsUpper(word[0]) && !(word.Length > 1 && char.IsUpper(word[1])))
            {
                if (word.Length > 3 && i > first)
                {
                    return false;
                }

                continue;
            }

            capitals++;
        }

        return capitals >= 3;
    }
}
