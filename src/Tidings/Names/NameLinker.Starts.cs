using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>The edges of names: sentence openers, stances, seats and titles trimmed from the front of a name.</summary>
internal static partial class NameLinker
{
    /// <summary>Words that open sentences with a capital but do not begin names ("Later Pashinyan spoke").</summary>
    private static readonly WordSet LeadingWords =
        new WordSet(
            [
                "Later", "Earlier", "Meanwhile", "However", "Then", "Now", "Still", "Also", "Yet", "Today", "Yesterday",
                "Tomorrow", "After", "Before", "When", "While", "Although", "Though", "Despite", "Since", "Because",
                "Both", "Each", "Many", "Several", "Some", "Most", "All", "Only", "Even", "Instead", "Thus", "Hence",
                "Moreover", "Nevertheless", "Finally", "Initially", "Recently", "Currently", "Previously", "Eventually",
                "Unlike", "Like", "Under", "Over", "Without", "With", "From", "For", "In", "On", "At", "By", "As", "If",
                "But", "And", "Or", "So", "This", "That", "These", "Those", "His", "Her", "Their", "Our",
                "Its", "My", "Your", "We", "They", "He", "She", "It", "I", "You", "There", "Here", "Why", "How", "What",
                "Who", "Where", "Which", "Dear", "Please", "Thanks", "Yes", "No", "Not",

                // An article is not part of a name ("the Kremlin", "The New York Times"), nor are the words that
                // open news sentences before one ("Rival Temu", "Rivals Monzo and Starling Bank").
                "The", "the", "A", "An", "Rival", "Rivals", "Fellow", "Former", "Two", "Three", "Four", "Analysts",
                "Investors", "Officials", "Regulators", "Critics", "Lawmakers", "Shares", "Sources", "Top",

                // Roles that open sentences before a name ("Owner Roman Abramovich", "Broadcaster MagentaTV").
                "Airline", "Broadcaster", "Owner", "Councillor", "Carmaker", "Automaker", "Retailer", "Lender", "Insurer",
                "Chipmaker", "Drugmaker", "Founder", "Co-founder", "Chair", "Chairman", "Chairwoman", "Striker", "Coach",
                "Manager", "Midfielder", "Defender", "Goalkeeper", "Captain", "Boss", "Publisher", "Streamer", "Regulator",
                "Startup", "Start-up", "Pollster", "Miner", "Brewer", "Supermarket", "Watchdog", "Charity", "Rapper", "Singer", "Actor", "Actress", "Director", "Producer", "Chef",
            ]);

    /// <summary>Whether the name at <paramref name="k"/>, opening with a plural noun of organizations, is that noun before
    /// a name in its own right: the lists know the whole as no name ("Universities Superannuation Scheme", "Charities Aid
    /// Foundation" may be listed whole) nor its rest as a place alone ("Universities UK"), and they know the rest as an
    /// organization or brand, or the rest opens a list of names ("Brokers Peel Hunt and Numis") and ends in no word
    /// that heads an organization's name ("Churches Together in England", "Charities Aid Foundation").</summary>
    private static bool NamedAfterPluralNoun(Document document, List<Item> items, int k)
    {
        Item item = items[k];
        if (ListKinds(document, item.First, item.Last) != 0
            || (item.Last == item.First + 1 && IsKnownPlace(document.TokenText(item.Last))))
        {
            return false;
        }

        return (ListKinds(document, item.First + 1, item.Last) & (OrganizationKinds | NamedFirmKinds)) != 0
            || (k + 1 < items.Count && Coordinated(document, item.Last, items[k + 1].First)
                && !OrganizationHeads.Contains(document.TokenText(item.Last)))
            || OpensListOfKnown(document, item);
    }

    /// <summary>Whether the rest of <paramref name="item"/> after its first word opens a list inside the name: a
    /// lower-case "and" or "or" with capitalised words on both sides, the words before it a name the lists know as an
    /// organization or brand ("Parties Labour and Reform", "Insurers Beazley and Hiscox" joined by the recognizer).</summary>
    private static bool OpensListOfKnown(Document document, Item item)
    {
        for (int a = item.First + 2; a < item.Last; a++)
        {
            if (document.TokenText(a) is "and" or "or")
            {
                return IsCapitalWord(document, a - 1) && IsCapitalWord(document, a + 1)
                    && (ListKinds(document, item.First + 1, a - 1) & (OrganizationKinds | NamedFirmKinds)) != 0;
            }
        }

        return false;
    }

    /// <summary>Drops a sentence-opening word such as "Later" or "However" from the front of a longer name.</summary>
    private static void TrimSentenceStarts(Document document, List<Item> items)
    {
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            // Not when the whole is a listed organization ("All Progressives Congress"). A plural noun of organizations
            // opening the sentence is no part of the first name after it either ("Brokers Peel Hunt and Numis",
            // "Consultancies Wood Mackenzie and Rystad"), when what follows it is a name in its own right
            // (<see cref="NamedAfterPluralNoun"/>; not "Universities UK", "Brands Hatch", "Publishers Weekly").
            if (item.Last > item.First && (LeadingWords.Contains(document.TokenText(item.First))
                    || (item.Type != NameType.Place && char.IsUpper(document.TokenText(item.First)[0])
                        && IsPluralOrganizationNoun(document, item.First) && NamedAfterPluralNoun(document, items, k)))
                // "The" with its capital inside a sentence belongs to a place's name ("flown to The Hague").
                && !(item.Type == NameType.Place && document.TokenText(item.First) is "The" && !OpensSentence(document, item.First))
                && (item.Type != NameType.Organization || IsDeterminer(document.TokenText(item.First))
                    || (ListKinds(document, item.First, item.Last) & OrganizationKinds) == 0)
                // A capitalised number word inside a sentence begins an organization's name ("the hedge fund Three
                // Arrows Capital", "part of the Three Brotherhood Alliance"); at a sentence's start it counts ("Two
                // Labour MPs"). So does "All" ("the All India Football Federation", "the All Blacks").
                && !(item.Type == NameType.Organization && document.TokenText(item.First) is "Two" or "Three" or "Four" or "All"
                    && !OpensSentence(document, item.First)))
            {
                item = items[k] = item with { First = item.First + 1 };
            }

            // Nor is a stance or a seat before an organization's name ("the pro-Kurdish DEM Party", "MP Zarah
            // Sultana" run into a name), nor members or a lower-case noun after it ("two Conservative Party MPs",
            // "the Perikatan Nasional alliance").
            if (item.Type == NameType.Organization && item.Last > item.First)
            {
                ReadOnlySpan<char> first = document.TokenText(item.First);
                if (first.StartsWith("pro-", StringComparison.Ordinal) || first.StartsWith("anti-", StringComparison.Ordinal))
                {
                    item = items[k] = item with { First = item.First + 1 };
                }
                else if (item.Last - item.First >= 2 && first is "pro" or "anti" && document.TokenText(item.First + 1) is "-")
                {
                    item = items[k] = item with { First = item.First + 2 };
                }
                else if (first is "MP" or "MEP" or "MPs" or "MEPs")
                {
                    item = items[k] = item with { First = item.First + 1 };
                    if ((ListKinds(document, item.First, item.First) & GivenNameKinds) != 0 && item.Last > item.First)
                    {
                        item = items[k] = item with { Type = NameType.Person };
                    }
                }

                ReadOnlySpan<char> last = document.TokenText(item.Last);
                if (item.Last > item.First && item.Cut == 0 && (last is "MPs" or "MEPs" or "lawmakers" or "alliance" or "coalition"
                    or "members" or "supporters" or "leaders" or "activists"))
                {
                    item = items[k] = item with { Last = item.Last - 1 };
                }
            }

            // A run of lower-case words is no organization's name ("the interior ministry").
            if (item.Type == NameType.Organization && item.Last > item.First && AllLowerCase(document, item.First, item.Last))
            {
                items[k] = item with { Type = NameType.Miscellaneous };
                continue;
            }

            // A title is not part of a person's name ("Justice Alexandre de Moraes", "Judge Amit Mehta").
            // Nor a rank or office the linker's titles hold ("General Abdel Fattah al-Burhan"); "Sir", "Dame" and
            // "Lord" stay, "Prime" opens a title of two words.
            while (item.Type == NameType.Person && item.Last > item.First
                && ((NameLexicon.Default.Contains(document.TokenText(item.First), LexiconClass.PersonTitle)
                        && char.IsUpper(document.TokenText(item.First)[0]))
                    || (PersonTitles.Contains(document.TokenText(item.First)) && document.TokenText(item.First) is not ("Sir" or "Dame" or "Lord" or "Prime"))))
            {
                item = items[k] = item with { First = item.First + 1 };
            }
        }
    }

    private static bool AllLowerCase(Document document, int first, int last)
    {
        for (int i = first; i <= last; i++)
        {
            ReadOnlySpan<char> text = document.TokenText(i);
            if (text.Length == 0 || !char.IsLower(text[0]) || text.ContainsAny(UpperCaseLetters))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly System.Buffers.SearchValues<char> UpperCaseLetters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>
    /// Where a name found at <paramref name="start"/>..<paramref name="end"/> begins: past the symbols and punctuation
    /// the recognizer can read into a name's first token ("°Inc", "&amp;Inc", a quotation mark). A name begins with a
    /// letter or a digit ("3M", "7-Eleven"), a character outside the basic plane (never split), or an apostrophe ("'s-Hertogenbosch"); <paramref name="end"/> when nothing
    /// in the span does, and the name is dropped.
    /// </summary>
    private static int NameStart(string text, int start, int end)
    {
        // "Ex-OpenAI researchers", "ex-HSBC chief", "EXCLUSIVE-Klarna": the prefix and the news slug stay outside.
        int prefix = PrefixLength(text, start, end);
        start += prefix;
        while (start < end && !char.IsLetterOrDigit(text[start]) && !char.IsSurrogate(text[start])
            && text[start] is not ('\'' or '\u2019'))
        {
            start++;
        }

        return start;
    }

    /// <summary>News slugs written before a headline's first name with a hyphen ("EXCLUSIVE-Klarna weighs …").</summary>
    private static readonly WordSet Slugs = LinkerWords.Set("slugs");

    /// <summary>How many characters at <paramref name="start"/> are a prefix the name does not include: "ex-"/"Ex-"
    /// before a capital or digit ("Ex-Barclays boss"), or a news slug and its hyphen ("EXCLUSIVE-KLARNA").</summary>
    private static int PrefixLength(string text, int start, int end)
    {
        int hyphen = start;
        while (hyphen < end && hyphen - start < 14 && char.IsLetter(text[hyphen]))
        {
            hyphen++;
        }

        if (hyphen + 1 >= end || hyphen == start || !CharClass.IsJoiningHyphen(text[hyphen]) || !(char.IsUpper(text[hyphen + 1]) || char.IsDigit(text[hyphen + 1])))
        {
            return 0;
        }

        ReadOnlySpan<char> word = text.AsSpan(start, hyphen - start);
        return word is "ex" or "Ex" or "EX" || Slugs.Contains(word) ? hyphen + 1 - start : 0;
    }
}
