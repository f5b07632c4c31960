using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>
/// Groups named by what they stand for, and words that open a sentence before a description. Campaigns, charities and
/// movements are often named "Capitalised words + for + Capitalised words" ("Lawyers for Climate Action", "Parents for
/// Safer Streets in Leeds"), a shape the 1996 training text rarely shows: mid-sentence, where the words before "for"
/// are no known name, the whole run is one organization. A capitalised word that opens a sentence before a description
/// of a name ("Fintech firms Aldo and Bera") is the description's modifier, not a name.
/// </summary>
internal static partial class NameLinker
{
    private static readonly WordSet OfficesFor = LinkerWords.Set("offices-for");

    /// <summary>Finds "X for Y" groups and makes each one organization over the names it covers (one pass over the
    /// tokens, then one merge of the two sorted lists).</summary>
    private static List<Item> GroupsNamedFor(Document document, List<Item> items, ref long steps)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        List<Item>? groups = null;
        int k = 0; // the first name that may end at or after the token looked at (moves forward only)
        int from = 1;
        for (int i = 1; i + 1 < tokens.Length; i++)
        {
            steps++;
            if (i < from || document.TokenText(i) is not "for" || !IsCapitalWord(document, i - 1) || !IsCapitalWord(document, i + 1))
            {
                continue;
            }

            // The capitalised words before "for" (up to four, within the sentence and the line).
            int start = i - 1;
            while (start > 0 && i - start < 4 && IsCapitalWord(document, start - 1) && !OpensSentence(document, start)
                && !tokens[start].Has(TokenTraits.LineBreakBefore))
            {
                start--;
            }

            // The capitalised words after it (up to four), then "in" and one more ("… for Justice in Palestine").
            int last = i + 1;
            while (last + 1 < tokens.Length && last - i < 4 && IsCapitalWord(document, last + 1) && !tokens[last + 1].Has(TokenTraits.LineBreakBefore))
            {
                last++;
            }

            if (last + 2 < tokens.Length && document.TokenText(last + 1) is "in" && IsCapitalWord(document, last + 2)
                && (last + 3 >= tokens.Length || !IsCapitalWord(document, last + 3)))
            {
                last += 2;
            }

            from = last + 1;
            while (k < items.Count && items[k].Last < start)
            {
                steps++;
                k++;
            }

            if (ForGroup(document, items, k, start, i, last))
            {
                (groups ??= TakeList(4)).Add(new Item(start, last, NameType.Organization, null, null));
            }
        }

        if (groups is null)
        {
            return items;
        }

        List<Item> result = ReplaceAll(items, groups, ref steps);
        GiveBack(groups);
        return result;
    }

    /// <summary>Whether tokens <paramref name="start"/>..<paramref name="last"/>, "for" at <paramref name="forToken"/>,
    /// are a group's name: not a title or an office, a prize or an event ("Minister for Europe", "Oscar for Best
    /// Picture"); the names inside lie wholly within it, none before "for" but other names or a nationality ("Jewish"), no person
    /// after it; mid-sentence, or opening one before an apposition ("Lawyers for Nature, a charity, said"); no headline.</summary>
    private static bool ForGroup(Document document, List<Item> items, int k, int start, int forToken, int last)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        for (int j = start; j < forToken; j++)
        {
            if (OfficesFor.Contains(document.TokenText(j)) || PersonTitles.Contains(document.TokenText(j)))
            {
                return false;
            }
        }

        NameLexicon lexicon = NameLexicon.Default;
        for (int m = k; m < items.Count && items[m].First <= last; m++)
        {
            Item item = items[m];
            if (item.First < start || item.Last > last)
            {
                return false;
            }

            // Before "for", only other names (MISC: "Jewish", "Tools" at a sentence's start) or a nationality.
            bool before = item.First < forToken;
            if (before ? item.Type != NameType.Miscellaneous && !(item.First == item.Last && lexicon.Contains(document.TokenText(item.First), LexiconClass.Nationality))
                : item.Type == NameType.Person)
            {
                return false;
            }
        }

        if (InCapitalLine(document, start) || InTitleCaseLine(document, start))
        {
            return false;
        }

        if (!OpensSentence(document, start))
        {
            return true;
        }

        // At a sentence's start a capital says nothing ("Support for Labour fell"): an apposition must follow.
        return last + 2 < tokens.Length && document.TokenText(last + 1) is "," && document.TokenText(last + 2) is "the" or "a" or "an";
    }

    /// <summary>Whether token <paramref name="i"/> lies in a line written in title case (a headline).</summary>
    private static bool InTitleCaseLine(Document document, int i)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int first = i;
        while (first > 0 && i - first < 30 && !tokens[first].Has(TokenTraits.LineBreakBefore))
        {
            first--;
        }

        int end = i + 1;
        while (end < tokens.Length && end - i < 30 && !tokens[end].Has(TokenTraits.LineBreakBefore))
        {
            end++;
        }

        return InTitleCase(document, first, end);
    }

    /// <summary>Drops a one-word organization (or other name) no list knows that opens a sentence before a lower-case
    /// organisation noun, perhaps after one or two lower-case words, and a name: "Telehealth firms Noom and Ro", "Crypto
    /// exchange OKX", "Quantum computing firm Quantinuum" (the word describes, the name follows); and a title taken for
    /// an organization right before a person ("Premier Chris Minns").</summary>
    private static void DropOpeningModifiers(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int kept = 0;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            bool drop = item.Type is NameType.Organization or NameType.Miscellaneous && item.First == item.Last && item.Cut == 0
                && DescribesFollowingName(document, item.First);
            // A title the recognizer took for a body before the person who holds it ("Premier Chris Minns",
            // "Defence Minister Rajnath Singh"): no organization.
            drop |= item.Type == NameType.Organization && item.First == item.Last && item.Cut == 0 && k + 1 < items.Count
                && items[k + 1].Type == NameType.Person && !tokens[item.First].Has(TokenTraits.AllCaps)
                && (ListKinds(document, item.First, item.First) & OrganizationKinds) == 0
                && ((items[k + 1].First == item.Last + 1 && NameLexicon.Default.Contains(document.TokenText(item.First), LexiconClass.PersonTitle))
                    || (items[k + 1].First == item.Last + 2 && NameLexicon.Default.Contains(SpanText(document, item.First, item.Last + 1), LexiconClass.PersonTitle)));
            if (!drop)
            {
                items[kept++] = item;
            }
        }

        items.RemoveRange(kept, items.Count - kept);
    }

    /// <summary>Whether the word at <paramref name="i"/>, which no list knows as an organization, opens a sentence
    /// before an organisation noun (perhaps after one or two lower-case words that say what the business does) and a
    /// capitalised name: "Crypto exchange OKX", "Quantum computing firm Quantinuum".</summary>
    private static bool DescribesFollowingName(Document document, int i)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int noun = i + 1;
        while (noun + 1 < tokens.Length && noun - i <= 2 && tokens[noun].Kind == TokenKind.Word
            && !tokens[noun].Has(TokenTraits.Capitalized) && !IsOrganizationNoun(document.TokenText(noun)))
        {
            noun++;
        }

        return noun + 1 < tokens.Length && OpensSentence(document, i) && !tokens[i].Has(TokenTraits.AllCaps)
            && tokens[noun].Kind == TokenKind.Word && !tokens[noun].Has(TokenTraits.Capitalized)
            && IsOrganizationNoun(document.TokenText(noun)) && IsCapitalWord(document, noun + 1)
            && ((ListKinds(document, i, i) & OrganizationKinds) == 0 || ContainsLowered(FieldWords, document.TokenText(i)));
    }

    /// <summary>Fields of business that open a describing phrase even where some listed company bears their name
    /// ("Crypto exchange Kraken", "Quantum computing firm Quantinuum"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet FieldWords = LinkerWords.Set("field-words");

    /// <summary>An organisation noun before a name, or its plural ("firm", "firms", "exchanges").</summary>
    private static bool IsOrganizationNoun(ReadOnlySpan<char> word) =>
        OrganizationNounsBefore.Contains(word) || (word.Length > 3 && word[^1] == 's' && OrganizationNounsBefore.Contains(word[..^1]));
    /// <summary>A number of one or two digits right after an organization, then "and"/"or" or a news verb, belongs to
    /// its name ("Pier 9 and Dockside said", "Studio 54 closed its doors"); a score or a count does not ("Leeds 2 Hull
    /// 1", "Acme 3 million"), as a capitalised word or a lower-case noun follows it, nor a number on the next line. An organization "A and B" run
    /// together before the number is two: the number names B ("owns Radio Nord and Canal 9.", "Open Rights and
    /// Section 12 objected"), as no name joined by "and" ends in a bare number.</summary>
    private static List<Item> NumberedNames(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        List<Item>? added = null;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            int number = item.Last + 1;
            if (item.Type != NameType.Organization || item.Cut != 0 || number + 1 >= tokens.Length || tokens[number].Kind != TokenKind.Number
                || tokens[number].Has(TokenTraits.LineBreakBefore) || document.TokenText(number).Length > 2 || !AllDigits(document.TokenText(number))
                || (k + 1 < items.Count && items[k + 1].First <= number))
            {
                continue;
            }

            ReadOnlySpan<char> after = document.TokenText(number + 1);
            int and = item.Last - 1;
            if (and > item.First && document.TokenText(and) is "and" && IsCapitalWord(document, item.Last)
                && (after is "," or "." or ";" or "and" or "or"
                    || (tokens[number + 1].Kind == TokenKind.Word && !tokens[number + 1].Has(TokenTraits.Capitalized)
                        && (SubjectVerbs.Contains(after) || after.EndsWith("ed", StringComparison.Ordinal)))))
            {
                items[k] = item with { Last = and - 1, Name = null };
                (added ??= TakeList(4)).Add(new Item(item.Last, number, NameType.Organization, null, null));
                continue;
            }

            if (after is "and" or "or" || (tokens[number + 1].Kind == TokenKind.Word && SubjectVerbs.Contains(after)))
            {
                items[k] = item with { Last = number, Name = null };
            }
        }

        if (added is null)
        {
            return items;
        }

        List<Item> result = MergeSorted(items, added);
        GiveBack(added);
        return result;
    }
}
