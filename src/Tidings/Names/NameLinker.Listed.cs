using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>
/// Names the lists know whole where the recognizer found a part: "Fifth Third" + "Bancorp", "Sweden" (a place) before
/// "Democrats", "Ontario Teachers" + "Pension Plan", "University of Texas" before "at Austin", "Africa" + "CDC". The
/// longest organization the lists hold that covers a found name and the capitalised words beside it is one
/// organization: list membership decides only where the recognizer already saw a name, never alone.
/// </summary>
internal static partial class NameLinker
{
    /// <summary>How many capitalised words before a found name a listed name may take in ("Sweden" of "Sweden
    /// Democrats" when only "Democrats" was found; "Fifth Third" of "Fifth Third Bancorp").</summary>
    private const int MaxListedLead = 2;

    /// <summary>
    /// Widens each name (other than a person named alone) to the longest phrase of at most
    /// <see cref="NameLexicon.MaxTokens"/> tokens that the lists know as an organization, covers it and takes in only
    /// capitalised words before it (or a MISC name right before it, whole: "Saudi" of "Saudi Aramco"), names wholly inside the phrase, and words of one line after it; a
    /// brand of the lists counts where the found name is already an organization ("Tire" of "Canadian Tire", "Jack" of
    /// "Jack in the Box") or the brand has a founder's "'s" or apostrophe ("Trader Joe's", "Sam's Club"); the phrase must
    /// open with a capitalised word (not "The") and end with a word, a closing bracket or "+" ("Paramount+"). A
    /// multi-word place the lists know, whole, as an organization and no gazetteer as a country, city or region is one
    /// ("Silver Lake", "General Atlantic").
    /// </summary>
    /// <remarks>One pass that compacts the list in place; each name tries at most
    /// (<see cref="MaxListedLead"/> + 1) × <see cref="NameLexicon.MaxTokens"/> phrases, so linear.</remarks>
    private static void ListedWholeNames(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        NameLexicon lexicon = NameLexicon.Default;
        HashSet<string>? personSurnames = null;
        int write = 0;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            // A nationality or other MISC name right before may be taken in whole ("Saudi" of "Saudi Aramco", "Nepali" of
            // "Nepali Congress"), never in part.
            bool leadingMisc = write > 0 && items[write - 1].Type == NameType.Miscellaneous && items[write - 1].Last == item.First - 1
                && items[write - 1].Cut == 0;
            int floor = write == 0 ? 0 : leadingMisc ? items[write - 1].First : items[write - 1].Last + 1;
            int bestFirst = -1, bestLast = -1, bestNext = k + 1;
            if (item.Cut == 0 && item.Acronym is null && item.Type != NameType.Miscellaneous)
            {
                for (int s = item.First; s >= Math.Max(floor, item.First - MaxListedLead); s--)
                {
                    if (s < item.First && item.Type != NameType.Place && JoiningWord(document, s) && s - 1 >= Math.Max(floor, item.First - MaxListedLead)
                        && LeadWord(document, tokens, s - 1))
                    {
                        continue; // "and" or "&" inside a listed name ("Marks and Spencer"), read alike where JoinedListKinds allows
                    }

                    if (s < item.First && !LeadWord(document, tokens, s))
                    {
                        break;
                    }

                    if (leadingMisc && s > items[write - 1].First && s < item.First)
                    {
                        continue;
                    }

                    int end = Math.Min(tokens.Length - 1, s + NameLexicon.MaxTokens - 1);
                    for (int e = end; e >= item.Last && e - s > bestLast - bestFirst; e--)
                    {
                        if ((s == item.First && e == item.Last) || !ListedEnd(document, tokens, e) || !OneLine(tokens, s, e))
                        {
                            continue;
                        }

                        int next = k + 1;
                        while (next < items.Count && items[next].Last <= e)
                        {
                            next++;
                        }

                        if ((next < items.Count && items[next].First <= e) || (item.Type == NameType.Person && s == item.First)
                            || !ClosesListedName(document, tokens, items[next - 1], e) || HoldsIn(document, item.Last + 1, e)
                            || (s == item.First && item.Type == NameType.Place && next > k + 1 && items[k + 1].Last > items[k + 1].First
                                && (ListKinds(document, items[k + 1].First, items[k + 1].Last) & OrganizationKinds) != 0))
                        {
                            continue;
                        }

                        ushort kinds = ListKinds(document, s, e);
                        if ((kinds & (OrganizationKinds | NamedFirmKinds)) == 0)
                        {
                            kinds = JoinedListKinds(document, items, k, s, e, ref personSurnames);
                        }

                        if ((kinds & OrganizationKinds) != 0 || ((kinds & NamedFirmKinds) != 0 && s < item.First && JoiningWord(document, item.First - 1))
                            || ((kinds & 1 << (int)NameListKind.Brand) != 0 && (tokens[e].Kind == TokenKind.Word || GluedApostrophe(document, tokens, e))
                                && (PossessiveShaped(document, s, e) || item.Type == NameType.Organization)))                        {
                            bestFirst = s;
                            bestLast = e;
                            bestNext = next;
                            break;
                        }
                    }
                }
            }

            if (bestFirst >= 0)
            {
                if (leadingMisc && bestFirst < item.First)
                {
                    write--; // the MISC name before is inside the listed name
                }

                item = item with { First = bestFirst, Last = bestLast, Type = NameType.Organization, Name = null, Acronym = null };
                k = bestNext - 1;
            }
            else if (item.Type == NameType.Place && item.Last > item.First && item.Cut == 0
                && (ListKinds(document, item.First, item.Last) & FirmKinds) != 0 && !IsListedPlace(lexicon, Text(document, item))
                && !IsKnownPlace(Text(document, item)))
            {
                item = item with { Type = NameType.Organization };
            }

            items[write++] = item;
        }

        items.RemoveRange(write, items.Count - write);
    }

    /// <summary>List kinds of bodies that no city names and that are no seat of government (not clubs named for their
    /// cities, "St. Louis"; not "White House" or "Downing Street").</summary>
    private const ushort FirmKinds =
        1 << (int)NameListKind.Company | 1 << (int)NameListKind.University | 1 << (int)NameListKind.Party
        | 1 << (int)NameListKind.Newspaper | 1 << (int)NameListKind.Media | 1 << (int)NameListKind.Exchange;

    /// <summary>Whether token <paramref name="e"/> may close a listed name that covers <paramref name="last"/>, the last
    /// name inside it: the token is that name's last ("Sweden Democrats", "Fifth Third Bancorp"), a closing bracket
    /// or "+", or an apostrophe or "'s" written against that name's last word ("Dunkin'", "Ben &amp; Jerry's"); never a
    /// word found in no name ("AP Photo", "Quantum computing").</summary>
    private static bool ClosesListedName(Document document, ReadOnlySpan<Token> tokens, Item last, int e) =>
        last.Last == e || tokens[e].Has(TokenTraits.CloseBracket) || document.TokenText(e) is "+"
        || (e == last.Last + 1 && (GluedApostrophe(document, tokens, e) || (document.TokenText(e) is "'s" or "’s" && !tokens[e].Has(TokenTraits.SpaceBefore))));

    /// <summary>Whether token <paramref name="e"/> is an apostrophe written against the word before it, the end of a
    /// name such as "Dunkin'".</summary>
    private static bool GluedApostrophe(Document document, ReadOnlySpan<Token> tokens, int e) =>
        e > 0 && !tokens[e].Has(TokenTraits.SpaceBefore) && document.TokenText(e) is "'" or "’" && tokens[e - 1].Kind == TokenKind.Word;

    /// <summary>Whether tokens <paramref name="s"/>..<paramref name="e"/> hold a possessive "'s" or end in an apostrophe:
    /// a brand the lists know of that shape is the chain named after its founder or a person ("Trader Joe's", "Sam's
    /// Club", "Kohl's", "Dunkin'"), never a product, so the brand lists count as an organization's there.</summary>
    private static bool PossessiveShaped(Document document, int s, int e)
    {
        for (int i = s + 1; i <= e; i++)
        {
            if (document.TokenText(i) is "'s" or "’s" or "'" or "’")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether "in" stands among tokens <paramref name="from"/>..<paramref name="to"/>: a place after "in" is
    /// where a body is, apart from its name ("Washington University in St. Louis").</summary>
    private static bool HoldsIn(Document document, int from, int to)
    {
        for (int i = from; i <= to; i++)
        {
            if (document.TokenText(i) is "in")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether token <paramref name="i"/> is "and" or "&amp;", which join two names in a company's or a brand's:
    /// a lead of capitalised words may run over it where <see cref="JoinedListKinds"/> allows (session 36).</summary>
    private static bool JoiningWord(Document document, int i) => document.TokenText(i) is "and" or "&";

    /// <summary>
    /// The list kinds of tokens <paramref name="s"/>..<paramref name="e"/> read with "and" and "&amp;" inside them alike
    /// (<see cref="ListKindsJoined"/>), where they may be so read (else 0): "Marks and Spencer" for the lists' "Marks
    /// &amp; Spencer", "Brighton and Hove Albion". A written "&amp;" always may (it joins no persons in running text). "And" is the commonest coordination of
    /// two persons' surnames and of two places, and the lists' "X &amp; Y" firms are mostly such pairs ("Williams &amp;
    /// Connolly", "King &amp; Spalding", "Brighton &amp; Hove"), so the run over "and" needs the whole listed as one
    /// organization and no evidence that either side is a person or a place: no name found inside typed a place, no two
    /// places (<see cref="PlacePair"/>: two known places, one a listed country, city or region, or both joined by a
    /// club's entry alone: "Brighton and Hove"), no person's title, role or given name before the run, no person's
    /// apposition, age, "who" or pronoun after it (<see cref="PersonContextAfter"/>), no "both" or predicate only people
    /// have (<see cref="PairOfPersonsAfter"/>: "pleaded guilty", "were jailed"), and neither word before "and" nor the last
    /// word a surname the document gives a person elsewhere ("Michael Marks", "Mr Spencer"). Then a kind that cannot be
    /// two persons (a club, a university …: "Brighton and Hove Albion") is enough; a company or a brand (pairs of
    /// founders' surnames: "Latham &amp; Watkins", "Marks &amp; Spencer", "Barnes &amp; Noble") needs a firm's clue as
    /// well (<see cref="FirmContextAround"/>: "Procter and Gamble raised its forecast"; <see cref="ListedWithOrganization"/>:
    /// "Marks and Spencer reported", "Marks and Spencer, Next and Tesco"; not "Late goals from Marks and Spencer").
    /// Session 37, land37n, review 36n F1; names37b, review 37n F1. <paramref name="personSurnames"/> is built once per
    /// document when first asked.
    /// </summary>
    private static ushort JoinedListKinds(Document document, List<Item> items, int k, int s, int e, ref HashSet<string>? personSurnames)
    {
        int and = -1;
        bool ampersand = false;
        for (int i = s + 1; i < e; i++)
        {
            if (document.TokenText(i) is "and")
            {
                and = and < 0 ? i : and;
            }
            else if (document.TokenText(i) is "&")
            {
                ampersand = true;
            }
        }

        if (and < 0)
        {
            return ampersand ? ListKindsJoined(document, s, e) : (ushort)0;
        }

        ushort joined = ListKindsJoined(document, s, e);
        if ((joined & (OrganizationKinds | NamedFirmKinds)) == 0
            || PlaceWithin(items, k, e) || PlacePair(document, s, and, e, joined)
            || PersonRoleBefore(document, s) || PersonContextAfter(document, e)
            || (PairOfPersonsAfter(document, e) && !CoordinatedWithOrganization(document, items, k, s - 1, -1)) || CapitalTitleAt(document, and + 1)
            || (s > 0 && IsCapitalWord(document, s - 1) && (ListKinds(document, s - 1, s - 1) & GivenNameKinds) != 0))
        {
            return 0;
        }

        personSurnames ??= PersonSurnames(document, items);
        HashSet<string>.AlternateLookup<ReadOnlySpan<char>> surnames = personSurnames.GetAlternateLookup<ReadOnlySpan<char>>();
        if (surnames.Contains(document.TokenText(and - 1)) || surnames.Contains(document.TokenText(e)))
        {
            return 0;
        }

        // A company's or a brand's pair of surnames is commoner as two persons ("Late goals from Marks and Spencer"), so
        // over "and" it needs a firm's clue; other kinds cannot be two persons ("Brighton and Hove Albion"). Review 37n F1.
        const ushort PairKinds = 1 << (int)NameListKind.Company | 1 << (int)NameListKind.Brand;
        return (joined & ~PairKinds & (OrganizationKinds | NamedFirmKinds)) != 0 || FirmContextAround(document, s, e)
                || ListedWithOrganization(document, items, k, s, e)
            ? joined
            : (ushort)0;
    }

    /// <summary>Whether the words after a pair ending at token <paramref name="e"/> make it two persons: "both" (", both 24,",
    /// "both scored") or a predicate only people have (<c>pair-person-predicates</c>: "pleaded guilty", "were jailed",
    /// "were booked"; review 37n F1).</summary>
    private static bool PairOfPersonsAfter(Document document, int e)
    {
        int n = document.Tokens.Length;
        int j = e + 1;
        if (j < n && document.TokenText(j) is ",")
        {
            j++;
        }

        if (j < n && document.TokenText(j) is "both")
        {
            return true;
        }

        bool helper = j < n && document.TokenText(j) is "were" or "was" or "have" or "had" or "are";
        if (helper)
        {
            j++;
        }

        // "were booked", "were sent off" after a helper only ("booked a charge" is a firm's).
        return j < n && (PairPersonPredicates.Contains(document.TokenText(j)) || (helper && document.TokenText(j) is "booked" or "sent"));
    }

    /// <summary>Whether the run <paramref name="s"/>..<paramref name="e"/> stands in a list beside an organization
    /// (<see cref="CoordinatedWithOrganization"/>: "Shoppers at Marks and Spencer, Next and Tesco", "Marks and Spencer and
    /// Tesco led the gainers", "Sponsors: Marks and Spencer; Procter &amp; Gamble"), after a noun of a business's voice, stock
    /// or staff and its preposition (<c>firm-nouns-before-of</c>: "a spokeswoman for", "shares in", "staff at") or before a
    /// business's verb ("Marks and Spencer reported"): a firm's clue for a listed pair (review 37n F1; session 38).</summary>
    private static bool ListedWithOrganization(Document document, List<Item> items, int k, int s, int e)
    {
        int n = document.Tokens.Length;

        // A business's verb right after the pair ("Marks and Spencer reported a rise"; business-verbs), what only a firm
        // has right after it or after its "said" ("Marks and Spencer stores", "Marks and Spencer said sales rose").
        if (e + 1 < n && (BusinessVerbs.Contains(document.TokenText(e + 1)) || OwnedAfterIts.Contains(document.TokenText(e + 1))
            || (e + 2 < n && document.TokenText(e + 1) is "said" or "says" && OwnedAfterIts.Contains(document.TokenText(e + 2)))))
        {
            return true;
        }

        if (s >= 2 && document.TokenText(s - 1) is "for" or "in" or "of" or "at" && FirmNounsBeforeOf.Contains(document.TokenText(s - 2)))
        {
            return true;
        }

        return CoordinatedWithOrganization(document, items, k, s - 1, -1) || CoordinatedWithOrganization(document, items, k, e + 1, 1);
    }

    /// <summary>Whether token <paramref name="at"/> is a list's separator (",", ";", "and") with an organization on its far
    /// side (<paramref name="side"/> −1: before it, 1: after it): a name found as an organization, or a capitalised word the
    /// lists know as a firm or brand. Names listed together are mostly of one kind; a pair of surnames beside a firm is the
    /// firm's name.</summary>
    private static bool CoordinatedWithOrganization(Document document, List<Item> items, int k, int at, int side)
    {
        int n = document.Tokens.Length;
        int far = at + side;
        if (at < 0 || far < 0 || far >= n || document.TokenText(at) is not ("," or ";" or "and"))
        {
            return false;
        }

        if (side < 0)
        {
            if (k > 0 && items[k - 1].Last == far && items[k - 1].Type == NameType.Organization)
            {
                return true;
            }
        }
        else
        {
            for (int j = k; j < items.Count && items[j].First <= far; j++)
            {
                if (items[j].First == far && items[j].Type == NameType.Organization)
                {
                    return true;
                }
            }
        }

        return IsCapitalWord(document, far) && (ListKinds(document, far, far) & (OrganizationKinds | NamedFirmKinds)) != 0;
    }

    /// <summary>Nouns of a business's voice, stock or staff before "for", "in", "of" or "at" and a listed pair
    /// (<c>firm-nouns-before-of</c>: "a spokeswoman for Marks and Spencer", "shares in Procter and Gamble").</summary>
    private static readonly WordSet FirmNounsBeforeOf = LinkerWords.Set("firm-nouns-before-of");

    /// <summary>Predicates only people have, after a pair of names ("pleaded guilty", "were jailed"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet PairPersonPredicates = LinkerWords.Set("pair-person-predicates");

    /// <summary>Whether the found name <paramref name="k"/> or a name after it ending by token <paramref name="e"/> is typed
    /// a place.</summary>
    private static bool PlaceWithin(List<Item> items, int k, int e)
    {
        for (int j = k; j < items.Count && items[j].Last <= e; j++)
        {
            if (items[j].Type == NameType.Place)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the words on either side of "and" (token <paramref name="and"/>, within <paramref name="s"/>..
    /// <paramref name="e"/>) are both known places and one of them a country, city or region of the word lists
    /// ("Brighton and Hove"): the gazetteer alone holds many surnames as small towns ("Marks", "Spencer"), so two of its
    /// places are no evidence.</summary>
    private static bool PlacePair(Document document, int s, int and, int e, ushort joined)
    {
        // Two known places that only a club's list entry joins are the places ("Brighton and Hove" of "Brighton and Hove
        // Albion": the club's name goes on past them; session 37, names37b).
        ReadOnlySpan<char> before = SpanText(document, s, and - 1), after = SpanText(document, and + 1, e);
        return IsKnownPlace(before) && IsKnownPlace(after)
            && (IsListedPlace(NameLexicon.Default, before) || IsListedPlace(NameLexicon.Default, after)
                || (joined & ~(1 << (int)NameListKind.Club) & (OrganizationKinds | NamedFirmKinds)) == 0);
    }

    /// <summary>The last words of the document's persons of two words or more and of its persons after a capitalised
    /// title ("Michael Marks", "Mr Spencer"): surnames the document gives a person.</summary>
    private static HashSet<string> PersonSurnames(Document document, List<Item> items)
    {
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (Item item in items)
        {
            if (item.Type == NameType.Person && (item.Last > item.First || CapitalTitleAt(document, item.First - 1)))
            {
                surnames.Add(document.TokenText(item.Last).ToString());
            }
        }

        return surnames;
    }

    /// <summary>Whether token <paramref name="s"/> may open a listed name before a found one: a capitalised word or one
    /// in capitals, not "The", on the found name's line.</summary>
    private static bool LeadWord(Document document, ReadOnlySpan<Token> tokens, int s)
    {
        Token token = tokens[s];
        return token.Kind == TokenKind.Word && (token.Has(TokenTraits.Capitalized) || token.Has(TokenTraits.AllCaps))
            && !tokens[s + 1].Has(TokenTraits.LineBreakBefore) && document.TokenText(s) is not ("The" or "THE");
    }

    /// <summary>Whether token <paramref name="e"/> may end a listed name: a word or number, a closing bracket, or a "+"
    /// written against the word before it.</summary>
    private static bool ListedEnd(Document document, ReadOnlySpan<Token> tokens, int e)
    {
        Token token = tokens[e];
        return token.Kind is TokenKind.Word or TokenKind.Number
            || token.Has(TokenTraits.CloseBracket) || GluedApostrophe(document, tokens, e)
            || (document.TokenText(e) is "+" && !token.Has(TokenTraits.SpaceBefore));
    }

    /// <summary>Whether no line break lies within tokens <paramref name="s"/>..<paramref name="e"/>.</summary>
    private static bool OneLine(ReadOnlySpan<Token> tokens, int s, int e)
    {
        for (int i = s + 1; i <= e; i++)
        {
            if (tokens[i].Has(TokenTraits.LineBreakBefore))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Places in a list of organizations ("Security vendors: CrowdStrike, …, Check Point and Fortinet", "Labels:
    /// Universal Music Group, …, Concord, BMG"): where names joined by ",", "and", "or" hold at least three
    /// organizations and at least three times as many organizations as places, a place among them that is no country,
    /// nationality or continent-sized region is an organization too.
    /// </summary>
    /// <remarks>One walk over the names, each list visited twice, so linear.</remarks>
    private static void PlacesListedWithOrganizations(Document document, List<Item> items)
    {
        NameLexicon lexicon = NameLexicon.Default;
        int k = 0;
        while (k < items.Count)
        {
            int end = RunEnd(document, items, k, tabled: false);
            int organizations = 0, places = 0;
            for (int j = k; j <= end; j++)
            {
                organizations += items[j].Type == NameType.Organization ? 1 : 0;
                places += items[j].Type == NameType.Place ? 1 : 0;
            }

            if (places > 0 && organizations >= 3 && organizations >= 3 * places)
            {
                for (int j = k; j <= end; j++)
                {
                    Item item = items[j];
                    if (item.Type == NameType.Place && item.Cut == 0 && (j == 0 || items[j - 1].Last + 1 < item.First)
                        && !lexicon.ContainsAny(Text(document, item), LexiconClass.Country, LexiconClass.Nationality)
                        && !RegionText(document, item.First, item.Last))
                    {
                        items[j] = item with { Type = NameType.Organization, Name = null };
                    }
                }
            }

            k = end + 1;
        }
    }
}
