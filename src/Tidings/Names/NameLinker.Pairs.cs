using Tidings.Numbers;
using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>
/// The edges of names in tables and lists: a price glued to its currency after a name in a market table is no part of
/// the name ("Capitec R2,640", "KCB Group KSh42.25", "Emirates NBD AED12.40"), and two organizations joined by "and",
/// each with its own head, are two names ("Gladstone Institutes and Stowers Institute", "Development Bank of Southern
/// Africa and Caribbean Development Bank"); an entry dated by a bracketed weekday in a results calendar is a company.
/// </summary>
internal static partial class NameLinker
{
    /// <summary>Last words that head an organization's own name (<c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet PairHeads = LinkerWords.Set("pair-heads");

    /// <summary>The most letters of a currency code glued before a price ("R", "KSh", "AED", "Kshs").</summary>
    private const int MaxPriceCodeLetters = 4;

    /// <summary>Days of the week a bracket after an entry of a calendar holds ("Halma (Thu)"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet CalendarDays = LinkerWords.Set("calendar-days");

    /// <summary>
    /// Entries of market tables and results calendars. A name of two words or more whose last word is a price glued to
    /// its currency code ("Capitec R2" of "Capitec R2,640", "Stanbic Holdings KSh140") ends before the price; a name
    /// taken for a person but dated by a bracketed day of the week ("Results due: Wizz Air (Thu), Halma (Thu)") is a
    /// company reporting that day. One pass, in place.
    /// </summary>
    private static void TrimTableEntries(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            if (item.Last > item.First && item.Cut == 0 && IsGluedPrice(document.TokenText(item.Last)))
            {
                items[k] = item = item with { Last = item.Last - 1, Name = null, Acronym = null };
            }

            int open = item.Last + 1;
            if (item.Type == NameType.Person && item.Cut == 0 && open + 2 < tokens.Length && document.TokenText(open) is "("
                && document.TokenText(open + 2) is ")" && ContainsLowered(CalendarDays, document.TokenText(open + 1)))
            {
                items[k] = item with { Type = NameType.Organization, Name = null };
            }
        }
    }

    /// <summary>Whether <paramref name="word"/> is a currency code of one to four letters and then only digits ("R92",
    /// "KSh17", "AED4"), the code one the quantities know before an amount; not "Jet2", "Team17", "A350".</summary>
    private static bool IsGluedPrice(ReadOnlySpan<char> word)
    {
        int letters = 0;
        while (letters < word.Length && char.IsAsciiLetter(word[letters]))
        {
            letters++;
        }

        if (letters == 0 || letters > MaxPriceCodeLetters || letters == word.Length || !char.IsAsciiLetterUpper(word[0]))
        {
            return false;
        }

        for (int i = letters; i < word.Length; i++)
        {
            if (!char.IsAsciiDigit(word[i]))
            {
                return false;
            }
        }

        return Units.TryCodeBefore(word[..letters], out _);
    }

    /// <summary>
    /// An organization "A and B" (or "A and the B") where A and B each end in the head of an organization's name, or
    /// hold one before "of"/"for", is two organizations: "Gladstone Institutes and Stowers Institute", "British
    /// Chambers of Commerce and Federation of Small Businesses", "Public Service Association and the New Zealand Nurses
    /// Organisation". A body whose head governs both fields is one ("Kenya Medical Practitioners, Pharmacists and
    /// Dentists Union", "Department of Health and Human Services"), as is one whose "of" phrase pairs two fields
    /// alike ("International Federation of Red Cross and Red Crescent Societies") or one the lists know whole. The same
    /// head before "of" on both sides is two bodies whatever the head ("Diocese of Chester and Diocese of Winchester").
    /// </summary>
    /// <remarks>One pass; each name's tokens are read a bounded number of times; builds a new list only when it splits.</remarks>
    private static List<Item> SplitHeadedPairs(Document document, List<Item> items)
    {
        List<Item>? result = null;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            int and = HeadedPairJoint(document, item, out int right);
            if (and < 0 || ListedWhole(document, item))
            {
                result?.Add(item);
                continue;
            }

            result ??= TakeList(items, k);
            result.Add(new Item(item.First, and - 1, NameType.Organization, null, null));
            result.Add(new Item(right, item.Last, NameType.Organization, null, null, item.Cut));
        }

        return result ?? items;
    }

    /// <summary>The token of the one "and" that joins two headed organizations in <paramref name="item"/>, or -1;
    /// <paramref name="right"/> is the first token of the second (after "the").</summary>
    private static int HeadedPairJoint(Document document, Item item, out int right)
    {
        right = -1;
        if (item.Type != NameType.Organization || item.Acronym is not null || item.Last - item.First < 3)
        {
            return -1;
        }

        int and = -1;
        for (int i = item.First + 1; i < item.Last; i++)
        {
            if (document.TokenText(i) is "and")
            {
                if (and >= 0)
                {
                    return -1;
                }

                and = i;
            }
        }

        if (and < 0)
        {
            return -1;
        }

        // Each side two words or more: "University and College Union" is one union of both.
        right = document.TokenText(and + 1) is "the" ? and + 2 : and + 1;
        if (right >= item.Last || and - 1 <= item.First || !IsCapitalWord(document, right) || !IsCapitalWord(document, and - 1))
        {
            return -1;
        }

        // The same head again after "and", each before "of"/"for": "Diocese of Chester and Diocese of Winchester",
        // "University of Leeds and University of York" (session 38).
        if (document.TokenText(right).SequenceEqual(document.TokenText(item.First)) && right + 1 < item.Last
            && document.TokenText(item.First + 1) is "of" or "for" && document.TokenText(right + 1) is "of" or "for")
        {
            return and;
        }

        bool rightOpens = HeadBeforeOf(document, right, item.Last) >= 0;
        bool leftHeaded = PairHeads.Contains(document.TokenText(and - 1));
        if (!leftHeaded)
        {
            // An "of" phrase runs on over "and" into a field paired alike ("Federation of Red Cross and Red Crescent
            // Societies") or into a short "Field Head" ("Association of Mineworkers and Construction Union"): one body.
            int complement = HeadBeforeOf(document, item.First, and - 1);
            if (complement < 0 || document.TokenText(complement).SequenceEqual(document.TokenText(right))
                || (!rightOpens && item.Last - right < 2))
            {
                return -1;
            }
        }

        return rightOpens || PairHeads.Contains(document.TokenText(item.Last)) ? and : -1;
    }

    /// <summary>The first capitalised word after "Head of"/"Head for" (and "the") among tokens
    /// <paramref name="first"/>..<paramref name="last"/>, or -1 when no head stands before "of" or "for".</summary>
    private static int HeadBeforeOf(Document document, int first, int last)
    {
        for (int i = first; i + 2 <= last; i++)
        {
            if (PairHeads.Contains(document.TokenText(i)) && document.TokenText(i + 1) is "of" or "for")
            {
                int complement = document.TokenText(i + 2) is "the" ? i + 3 : i + 2;
                return complement <= last ? complement : -1;
            }
        }

        return -1;
    }
}
