using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>
/// Organizations the recognizer ran into one name, taken apart: lists ("BlackRock, Fidelity and Grayscale"), two
/// bodies joined by "and", a unit after a listed owner's "'s", a home place before an organisation noun, a body then
/// "in" a known place, and a coined company then "of" the place it is located in ("RBL Bank of India").
/// </summary>
internal static partial class NameLinker
{
    /// <summary>Last words of bodies named for the fields they oversee, joined by "and" inside the name ("Australian
    /// Securities and Investments Commission", "Istanbul Textile and Raw Materials Exporters' Association";
    /// <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet FieldBodyHeads = LinkerWords.Set("field-body-heads");

    /// <summary>
    /// Organizations the recognizer ran into one name are split: a list ("BlackRock, Fidelity and Grayscale"), a
    /// body ending in an organisation head before "and" ("Lloyds Banking Group and Close Brothers"), and a body then
    /// "in" and a known place ("Caversham Primary School in Reading": the school, then the town).
    /// </summary>
    private static List<Item> SplitRunTogether(Document document, List<Item> items)
    {
        List<Item>? result = null;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            // "Cleveland Clinic Abu Dhabi, Mubadala Health and Burjeel Holdings": a name after another and a comma is a
            // list's member, so its "and" may join two more.
            bool listed = k > 0 && items[k - 1].Last == item.First - 2 && items[k - 1].Type != NameType.Person
                && document.TokenText(item.First - 1) is ",";
            if (item.Type == NameType.Organization && item.Last - item.First >= 2 && SplitParts(document, item, listed) is List<Item> parts)
            {
                result ??= TakeList(items, k);
                result.AddRange(parts);
                continue;
            }

            result?.Add(item);
        }

        return result ?? items;
    }

    /// <summary>The parts of <paramref name="item"/> when it splits; null when it does not. <paramref name="listed"/>:
    /// the name follows another name and a comma.</summary>
    private static List<Item>? SplitParts(Document document, Item item, bool listed)
    {
        bool comma = false;
        for (int j = item.First + 1; j < item.Last; j++)
        {
            if (document.TokenText(j) is ",")
            {
                comma = true;
            }
        }

        // "including Aviva Investors and Legal & General", "shares of Ocado and Rightmove", "two affiliates, Samsung C&T and
        // Cheil Industries": words that introduce several names, unless the whole is a listed organization.
        bool several = IntroducesSeveral(document, item.First) && (ListKinds(document, item.First, item.Last) & OrganizationKinds) == 0;
        // "Australian Securities and Investments Commission", "Druk Holding and Investments": a body named for the
        // fields it oversees or the lines it holds, which "and" joins inside the name.
        ReadOnlySpan<char> end = document.TokenText(item.Last);
        bool fields = FieldBodyHeads.Contains(end)
            || ((OrganizationHeads.Contains(end) || PersonFreeHeads.Contains(end)) && document.TokenText(item.Last - 1) is "and");
        int start = item.First;
        bool official = false; // the part so far has "of"/"for" ("Board of Control for Cricket")
        var parts = new List<Item>();
        for (int j = item.First + 1; j < item.Last; j++)
        {
            ReadOnlySpan<char> word = document.TokenText(j);
            bool cut = word is "," || (comma && word is "and" or "or")
                || (word is "and" && OrganizationHeads.Contains(document.TokenText(j - 1)) && j - 1 > start)
                || (word is "and" && !fields && !official && PersonFreeHeads.Contains(document.TokenText(j - 1)) && j - 1 > start)
                || (word is "and" && !fields && BodyAfterAnd(document, start, j, item.Last, official, listed))
                || (several && word is "and" && !official);
            if (cut)
            {
                int next = j + 1;
                if (word is "," && next < item.Last && document.TokenText(next) is "and" or "or")
                {
                    next++;
                }

                if (!IsCapitalWord(document, next) || !IsCapitalWord(document, start))
                {
                    return null;
                }

                parts.Add(new Item(start, j - 1, NameType.Organization, null, null));
                start = next;
                j = next;
                official = false;
                continue;
            }

            // "PayPal's Braintree": a listed organization's unit; "Swiggy's Instamart": a coined company's; "Sarawak's
            // Petros": a place's body.
            if (word is "'s" or "’s" && IsCapitalWord(document, j + 1) && parts.Count == 0 && j - 1 - start <= 2
                && OwnerOfSplit(document, start, j - 1) is NameType owner)
            {
                parts.Add(new Item(start, j - 1, owner, null, null));
                parts.Add(new Item(j + 1, item.Last, NameType.Organization, null, null));
                return parts;
            }

            // "Péter Magyar's Tisza", "Ulf Kristersson's Moderates": a person's party or firm, when the owner is a given
            // name and a second word and the owned is more than one generic head ("George Heriot's School" stays).
            if (word is "'s" or "’s" && parts.Count == 0 && j - 1 == start + 1 && IsCapitalWord(document, j + 1)
                && PersonOwner(document, start, j - 1) && !(j + 1 == item.Last && GenericHead(document.TokenText(item.Last))))
            {
                parts.Add(new Item(start, j - 1, NameType.Person, null, null));
                parts.Add(new Item(j + 1, item.Last, NameType.Organization, null, null));
                return parts;
            }

            // "Madrid paper Marca": a noun inside says the rest is the organization, the start its home.
            if (OrganizationNounsBefore.Contains(word) && parts.Count == 0 && IsCapitalWord(document, j + 1) && !IsCapitalWord(document, j))
            {
                if (IsKnownPlace(document.Text.AsSpan(document.Tokens[start].Start, document.Tokens[j - 1].End - document.Tokens[start].Start)))
                {
                    parts.Add(new Item(start, j - 1, NameType.Place, null, null));
                }

                parts.Add(new Item(j + 1, item.Last, NameType.Organization, null, null));
                return parts;
            }

            // "RBL Bank of India", "Metallix Refining of Greenville", "Apexx of London": a coined company's name needs
            // no place, so the place after "of" only says where it is.
            if (word is "of" && parts.Count == 0 && j < item.Last
                && ((j - 1 > start && LocatedFirm(document, start, j - 1)) || CoinedOwner(document, start, j - 1)))
            {
                int place = document.TokenText(j + 1) is "the" ? j + 2 : j + 1;
                if (place <= item.Last && IsCapitalWord(document, place)
                    && IsKnownPlace(document.Text.AsSpan(document.Tokens[place].Start, document.Tokens[item.Last].End - document.Tokens[place].Start)))
                {
                    parts.Add(new Item(start, j - 1, NameType.Organization, null, null));
                    parts.Add(new Item(place, item.Last, NameType.Place, null, null));
                    return parts;
                }
            }

            // "Caversham Primary School in Reading", but not "Board of Control for Cricket in India" (an official name).
            if (word is "in" && IsCapitalWord(document, j + 1) && j - 1 > start && !official && item.Last - j <= 3
                && IsKnownPlace(document.Text.AsSpan(document.Tokens[j + 1].Start, document.Tokens[item.Last].End - document.Tokens[j + 1].Start)))
            {
                parts.Add(new Item(start, j - 1, NameType.Organization, null, null));
                parts.Add(new Item(j + 1, item.Last, NameType.Place, null, null));
                return parts;
            }

            official |= word is "of" or "for";
        }

        if (parts.Count == 0)
        {
            return null;
        }

        parts.Add(new Item(start, item.Last, NameType.Organization, null, null));
        return parts;
    }

    /// <summary>Whether the words before token <paramref name="first"/> introduce several names: "including", "such
    /// as", "rivals include", "shares of", "between", or a plural noun and a comma ("two Samsung affiliates, …").</summary>
    private static bool IntroducesSeveral(Document document, int first)
    {
        if (first < 1)
        {
            return false;
        }

        ReadOnlySpan<char> before = document.TokenText(first - 1);
        if (before is "including" or "include" or "includes" or "included" or "between" or "like"
            || (before is "as" && first >= 2 && document.TokenText(first - 2) is "such"))
        {
            return true;
        }

        if (before is "of" or "in" && first >= 2 && document.TokenText(first - 2) is "shares" or "stakes" or "stocks")
        {
            return true;
        }

        return before is "," && first >= 2 && document.Tokens[first - 2].Kind == TokenKind.Word && !document.Tokens[first - 2].Has(TokenTraits.Capitalized)
            && document.TokenText(first - 2) is { Length: > 3 } plural && plural[^1] == 's' && plural[^2] != 's';
    }
    /// <summary>Whether "and" at token <paramref name="and"/> joins two bodies, the second a name of two words or more
    /// ending in a head of a business or body ("Capitec and Discovery Bank", "National Bank of Kuwait and Gulf Bank"):
    /// the words before it (from <paramref name="start"/>) are one coined word no word class or list knows, an official
    /// name already complete with "of" and a known place, or, in a list after a comma (<paramref name="listed"/>), a
    /// name of two words or more. Not "Industrial and Commercial Bank", "Bill and Melinda Gates Foundation", "Food and
    /// Drug Administration" (ordinary words, a given name, a head that is no business's).</summary>
    private static bool BodyAfterAnd(Document document, int start, int and, int last, bool official, bool listed)
    {
        if (last - and < 2 || !IsCapitalWord(document, and + 1) || !IsCapitalWord(document, start))
        {
            return false;
        }

        ReadOnlySpan<char> head = document.TokenText(last);
        if (!OrganizationHeads.Contains(head) && !PersonFreeHeads.Contains(head))
        {
            return false;
        }

        for (int j = and + 1; j < last; j++)
        {
            if (!IsCapitalWord(document, j))
            {
                return false; // "Trade and Development Bank of ...", "Ministry of Health and Family Welfare"
            }
        }

        if (official)
        {
            int of = and - 1;
            while (of > start && document.TokenText(of) is not "of")
            {
                of--;
            }

            return of > start && of + 1 < and
                && IsKnownPlace(document.Text.AsSpan(document.Tokens[of + 1].Start, document.Tokens[and - 1].End - document.Tokens[of + 1].Start));
        }

        if (and - 1 == start)
        {
            return CoinedWord(document, start);
        }

        return listed;
    }

    /// <summary>Whether token <paramref name="i"/> is a coined word: no word class (outside the 150,000 commonest
    /// words), no lexicon class, no place; or written in capitals ("RBL", "NMB").</summary>
    private static bool CoinedWord(Document document, int i)
    {
        ReadOnlySpan<char> word = document.TokenText(i);
        if (document.Tokens[i].Has(TokenTraits.AllCaps))
        {
            return word.Length >= 2;
        }

        NameLexicon lexicon = NameLexicon.Default;
        return NameTables.Default.Classes(FeatureHash.OfTextBothCases(word).Lower) == 0
            && !lexicon.ContainsAny(word, LexiconClass.GivenName, LexiconClass.OrganizationWord, LexiconClass.Nationality, LexiconClass.CommonCapitalized)
            && !IsKnownPlace(word);
    }

    /// <summary>Whether tokens <paramref name="first"/>..<paramref name="last"/> (two words or more, no "of") name a
    /// business that a place after "of" only locates: its last word is a head of a business or body and its first a
    /// coined word ("RBL Bank", "Metallix Refining", "Innoson Vehicle Manufacturing"), or its last word is itself a
    /// place ("Solar Industries India of Nagpur"). Not "State Bank of India", "Royal Bank of Canada".</summary>
    private static bool LocatedFirm(Document document, int first, int last)
    {
        if (last <= first || Contains(document, first, last, "of") || Contains(document, first, last, "for"))
        {
            return false;
        }

        ReadOnlySpan<char> head = document.TokenText(last);
        if ((OrganizationHeads.Contains(head) || PersonFreeHeads.Contains(head)) && CoinedWord(document, first))
        {
            return true;
        }

        return last - first >= 2 && IsCapitalWord(document, last) && NameLexicon.Default.Contains(head, LexiconClass.Country)
            && (OrganizationHeads.Contains(document.TokenText(last - 1)) || PersonFreeHeads.Contains(document.TokenText(last - 1)));
    }
    /// <summary>
    /// Partnerships named for their partners are one organization: "Cravath, Swaine &amp; Moore", "Skadden, Arps, Slate,
    /// Meagher &amp; Flom" (one-word names of any type but place, joined by commas up to a last "X &amp; Y"), and "A&amp;O Shearman" (a
    /// name after "&amp;" written close to letters before it). One pass; compacts in place.
    /// </summary>
    private static void JoinPartnerships(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int kept = 0;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];

            // "A&O Shearman": the recognizer began the name at or after the ampersand.
            int amp = document.TokenText(item.First) is "&" ? item.First : item.First - 1;
            if (item.Type == NameType.Organization && amp >= 1 && document.TokenText(amp) is "&" && IsCapitalWord(document, amp - 1)
                && Adjacent(document, amp - 1, amp) && Adjacent(document, amp, amp + 1) && (kept == 0 || items[kept - 1].Last < amp - 1))
            {
                item = item with { First = amp - 1 };
            }

            // One-word names, each then a comma, up to a last name with "&" inside, none a place but the first (the
            // recognizer may take "Cravath" for one: the ampersand decides).
            int end = k;
            while (end + 1 < items.Count && items[end].First == items[end].Last && items[end + 1].Type != NameType.Place
                && items[end + 1].First == items[end].Last + 2 && document.TokenText(items[end].Last + 1) is ",")
            {
                end++;
            }

            // The partners' "&" stands apart ("Swaine & Moore"); one written close is a name of its own ("Clarion,
            // L&Q and Notting Hill Genesis", "Currys, B&M").
            if (end > k && items[end].Last == items[end].First + 2 && document.TokenText(items[end].First + 1) is "&"
                && tokens[items[end].First + 1].Has(TokenTraits.SpaceBefore)
                && (ListKinds(document, items[end].First, items[end].Last) & OrganizationKinds) == 0
                && (items[end].Last + 1 >= tokens.Length || !IsCapitalWord(document, items[end].Last + 1))
                && !ListsSeveral(document, items, k, end))
            {
                item = item with { Last = items[end].Last, Type = NameType.Organization };
                k = end;
            }

            items[kept++] = item;
        }

        items.RemoveRange(kept, items.Count - kept);
    }

    /// <summary>Whether every one-word name of items <paramref name="from"/>..<paramref name="to"/> (the two around the
    /// last one's "&amp;" included) is an organization of the lists: "Google, Apple &amp; Meta" is a list of companies,
    /// not a partnership (partners' surnames are seldom all listed as firms).</summary>
    private static bool ListsSeveral(Document document, List<Item> items, int from, int to)
    {
        for (int k = from; k <= to; k++)
        {
            for (int i = items[k].First; i <= items[k].Last; i++)
            {
                if (IsCapitalWord(document, i) && (ListKinds(document, i, i) & OrganizationKinds) == 0)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Whether tokens <paramref name="first"/>..<paramref name="last"/> are one coined word in mixed case, no given
    /// name or surname, whose "'s" owns the unit after it ("Swiggy's Instamart", "GCash's GCrypto"; not "People's
    /// Party", "King's College", "Reddy's Laboratories", nor an acronym's own body).</summary>
    private static bool CoinedOwner(Document document, int first, int last) =>
        first == last && IsCapitalWord(document, first) && !document.Tokens[first].Has(TokenTraits.AllCaps)
        && CoinedWord(document, first) && (ListKinds(document, first, first) & PersonNameKinds) == 0;

    /// <summary>What the owner X of "X's Y" is when the name splits there (each test asked once): a listed organization,
    /// a coined word, an acronym or a body named with its organisation head is an organization, a prominent place a
    /// place; null when it does not split.</summary>
    private static NameType? OwnerOfSplit(Document document, int first, int last) =>
        (ListKinds(document, first, last) & OrganizationKinds) != 0 ? NameType.Organization
        : OwningPlace(document, first, last) ? NameType.Place
        : CoinedOwner(document, first, last) || AcronymOwner(document, first, last) || HeadedOwner(document, first, last) ? NameType.Organization
        : null;

    /// <summary>Whether tokens <paramref name="first"/>..<paramref name="last"/> are a body of two words or more whose
    /// last word is an organisation head, whose "'s" owns the body or unit after it ("Scottish Parliament's Finance and
    /// Public Administration Committee", "NatWest Group's Coutts"; not "People's Party" or "Children's Hospital", whose
    /// word before "'s" heads no body).</summary>
    private static bool HeadedOwner(Document document, int first, int last)
    {
        ReadOnlySpan<char> head = document.TokenText(last);
        return last > first && IsCapitalWord(document, first) && IsCapitalWord(document, last)
            && (OrganizationHeads.Contains(head) || ServiceHeads.Contains(head) || NameLexicon.Default.Contains(head, LexiconClass.OrganizationWord));
    }

    /// <summary>Whether tokens <paramref name="first"/>..<paramref name="last"/> are a person's two names that own what
    /// follows their "'s": a given name the lists know, then a capitalised word; neither a known place, nor listed as an
    /// organization.</summary>
    private static bool PersonOwner(Document document, int first, int last) =>
        last == first + 1 && IsCapitalWord(document, first) && IsCapitalWord(document, last)
        && !document.Tokens[first].Has(TokenTraits.AllCaps) && !document.Tokens[last].Has(TokenTraits.AllCaps)
        && ((ListKinds(document, first, first) & GivenNameKinds) != 0 || NameLexicon.Default.Contains(document.TokenText(first), LexiconClass.GivenName))
        && (ListKinds(document, first, first) & OrganizationKinds) == 0 && (ListKinds(document, last, last) & OrganizationKinds) == 0
        && !IsKnownPlace(document.TokenText(first)) && !IsKnownPlace(document.TokenText(last));

    /// <summary>Whether <paramref name="word"/> is a generic head that a founder's name before "'s" belongs to ("George
    /// Heriot's School", "John Lyon's Charity").</summary>
    private static bool GenericHead(ReadOnlySpan<char> word) =>
        OrganizationHeads.Contains(word) || PersonFreeHeads.Contains(word) || ServiceHeads.Contains(word)
        || NameLexicon.Default.Contains(word, LexiconClass.OrganizationWord) || word is "Charity" or "Centre" or "Center";

    /// <summary>Whether tokens <paramref name="first"/>..<paramref name="last"/> are one acronym of two to six capitals
    /// that names no place, whose "'s" owns the unit after it ("ABF's Twinings", "BAT's Vuse").</summary>
    private static bool AcronymOwner(Document document, int first, int last)
    {
        if (first != last || !document.Tokens[first].Has(TokenTraits.AllCaps))
        {
            return false;
        }

        ReadOnlySpan<char> word = document.TokenText(first);
        return word.Length is >= 2 and <= 6 && !word.ContainsAnyExcept(AsciiCapitals) && !IsKnownPlace(word);
    }

    private static readonly System.Buffers.SearchValues<char> AsciiCapitals = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>Whether tokens <paramref name="first"/>..<paramref name="last"/> name a place the gazetteer knows and news
    /// names without a cue (<see cref="ProminentPlace"/>), whose "'s" owns the body after it ("Sarawak's Petros", "Côte
    /// d'Ivoire's Constitutional Council"; not "King's Fund", "Hudson's Bay").</summary>
    private static bool OwningPlace(Document document, int first, int last) =>
        IsCapitalWord(document, first) && IsKnownPlace(SpanText(document, first, last)) && ProminentPlace(SpanText(document, first, last));
}
