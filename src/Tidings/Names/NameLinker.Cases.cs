using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>Law reports: the parties of a case name ("Smith v Jones", "R v Patel", "Roe v Wade"), courts named by
/// their kind ("Southwark Crown Court", "Westminster Magistrates' Court") and districts by their compass point
/// ("Southern District of New York"); and the names of saints'
/// foundations, written with the saint's "'s" ("St Mary's RC Primary School", "St Thomas'").</summary>
internal static partial class NameLinker
{
    /// <summary>Words between the parties of a case name ("v", "vs"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet CaseSeparators = LinkerWords.Set("case-separators");

    /// <summary>The Crown as a party, which is no name ("R v Patel"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet CrownParties = LinkerWords.Set("crown-parties");

    /// <summary>Capitalised words before "Court" that name a court's kind, so the name is the court, never the
    /// place ("Crown", "Magistrates", "County"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet CourtKinds = LinkerWords.Set("court-kinds");

    /// <summary>Compass words that open a judicial district ("Southern District of New York"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet DistrictPoints = LinkerWords.Set("court-district-points");

    /// <summary>Words for a saint before the saint's name ("St", "Saint"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet SaintWords = LinkerWords.Set("saint-words");

    /// <summary>Last words of a saint's foundation beside the organisation heads ("Hospice", "Church";
    /// <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet SaintFoundationHeads = LinkerWords.Set("saint-foundation-heads");

    /// <summary>Last words of a place named for a saint: a palace, a park, a district, a street ("St James's Palace", "St
    /// John's Wood"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet SaintPlaceHeads = LinkerWords.Set("saint-place-heads");

    /// <summary>
    /// Case names and courts. A name run on over "v" ("Smith v Jones") is two parties; the Crown ("R") is no name; a
    /// party of one word the recognizer read as an organization, or left out, is a person when the surname lists know
    /// it and neither the organization lists nor the gazetteer do ("Dobbs v Jackson Women's Health Organization",
    /// "Roe v Wade"; "Arsenal v Chelsea" and "England v India" keep their types). A name ending in a court's kind and
    /// "Court" is the court; "Magistrates' Court" is taken in whole; a compass word, "District of" and a place is the district's court.
    /// </summary>
    /// <remarks>One pass over the names and one over the separators, with pointers that move forward only, so linear.</remarks>
    private static List<Item> CasesAndCourts(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        List<Item>? result = null;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            int split = -1;
            for (int j = item.First + 1; j < item.Last && split < 0; j++)
            {
                if (CaseSeparatorAt(document, j) > 0)
                {
                    split = j;
                }
            }

            if (split > 0)
            {
                result ??= TakeList(items, k);
                int right = CaseSeparatorAt(document, split);
                result.Add(item with { Last = split - 1, Name = null, Acronym = null, Cut = 0 });
                if (right <= item.Last)
                {
                    result.Add(item with { First = right, Name = null, Acronym = null });
                }

                continue;
            }

            item = CourtName(document, item);
            result?.Add(item);
            if (result is null && !item.Equals(items[k]))
            {
                items[k] = item;
            }
        }

        List<Item> names = result ?? items;
        List<Item>? added = null;
        List<int>? dropped = null;
        int next = 0;
        for (int i = 1; i + 1 < tokens.Length; i++)
        {
            int right = CaseSeparatorAt(document, i);
            if (right < 0)
            {
                continue;
            }

            while (next < names.Count && names[next].Last < i - 1)
            {
                next++;
            }

            // The party before "v".
            if (next < names.Count && names[next].Last == i - 1)
            {
                Item left = names[next];
                if (left.First == left.Last && CrownParties.Contains(document.TokenText(left.First)))
                {
                    (dropped ??= []).Add(next);
                }
                else if (left.First == left.Last && left.Type == NameType.Organization && PersonParty(document, left.First))
                {
                    names[next] = left with { Type = NameType.Person };
                }
            }
            else if ((next >= names.Count || names[next].First > i - 1) && (i < 2 || !IsCapitalWord(document, i - 2))
                && PersonParty(document, i - 1))
            {
                (added ??= TakeList(4)).Add(new Item(i - 1, i - 1, NameType.Person, null, null));
            }

            // The party after it.
            int after = next;
            while (after < names.Count && names[after].Last < right)
            {
                after++;
            }

            if (after < names.Count && names[after].First == right)
            {
                Item party = names[after];
                if (party.First == party.Last && party.Type == NameType.Organization && PersonParty(document, right))
                {
                    names[after] = party with { Type = NameType.Person };
                }
            }
            else if ((after >= names.Count || names[after].First > right) && (right + 1 >= tokens.Length || !IsCapitalWord(document, right + 1))
                && PersonParty(document, right))
            {
                (added ??= TakeList(4)).Add(new Item(right, right, NameType.Person, null, null));
            }
        }

        for (int d = (dropped?.Count ?? 0) - 1; d >= 0; d--)
        {
            names.RemoveAt(dropped![d]);
        }

        if (added is null)
        {
            return names;
        }

        List<Item> merged = MergeSorted(names, added);
        GiveBack(added);
        if (!ReferenceEquals(names, items))
        {
            GiveBack(names);
        }

        return merged;
    }

    /// <summary>The first token of the second party when token <paramref name="i"/> is the separator of a case name ("v",
    /// "v.", "vs", between a capitalised word and another, spaced on both sides); -1 when it is not.</summary>
    private static int CaseSeparatorAt(Document document, int i)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        if (i < 1 || i + 1 >= tokens.Length || !CaseSeparators.Contains(document.TokenText(i)) || tokens[i].Start == tokens[i - 1].End
            || !(IsCapitalWord(document, i - 1) || document.TokenText(i - 1) is "?"))
        {
            return -1;
        }

        int right = i + 1;
        if (document.TokenText(right) is "." && tokens[right].Start == tokens[i].End)
        {
            right++;
        }

        return right < tokens.Length && tokens[right].Start > tokens[right - 1].End && IsCapitalWord(document, right)
            && !CauseAfterSeparator(document, i, right) ? right : -1;
    }

    /// <summary>Whether the one capitalised word at token <paramref name="right"/>, after the separator at token
    /// <paramref name="separator"/>, is no party but what a body named "X vs Y" stands against ("Young Lives vs Cancer"):
    /// only after "vs" written without a stop, with a run of at least two capitalised words before it (a body's name, not
    /// the Crown's "R" or one party's surname: "R v Jogee", "Ivey v Genting", review 35n F3), and a single word (no
    /// capitalised word after it, not in capitals) that no name list, given-name lexicon or gazetteer knows. A case's party
    /// is a surname, a place, a firm or a run of words ("Roe v Wade", "Miranda v Arizona", "Google v Oracle", "Brown v
    /// Board of Education"); "v" and "v." are a case's only.</summary>
    private static bool CauseAfterSeparator(Document document, int separator, int right)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        if (document.TokenText(separator) is not "vs" || right != separator + 1 || separator < 2
            || !IsCapitalWord(document, separator - 1) || !IsCapitalWord(document, separator - 2)
            || tokens[right].Has(TokenTraits.AllCaps) || (right + 1 < tokens.Length && IsCapitalWord(document, right + 1)))
        {
            return false;
        }

        ReadOnlySpan<char> word = document.TokenText(right);
        return ListKinds(document, right, right) == 0 && !IsKnownPlace(word) && !NameLexicon.Default.Contains(word, LexiconClass.GivenName)
            && !InPlaceClass(word);
    }

    /// <summary>Whether the one word at token <paramref name="i"/>, a case's party, is a person: a surname of the lists that
    /// no organization list and no gazetteer entry shares, and not a run of capitals.</summary>
    private static bool PersonParty(Document document, int i)
    {
        if (!IsCapitalWord(document, i) || document.Tokens[i].Has(TokenTraits.AllCaps))
        {
            return false;
        }

        ushort kinds = ListKinds(document, i, i);
        return (kinds & SurnameKinds) != 0 && (kinds & (OrganizationKinds | 1 << (int)NameListKind.Brand)) == 0
            && !IsKnownPlace(document.TokenText(i));
    }

    /// <summary><paramref name="item"/> as a court where its words name one: "X Crown Court" (the kind before "Court"),
    /// "Westminster Magistrates" before "' Court" (taken in), "Southern District of New York"; otherwise as it was.</summary>
    private static Item CourtName(Document document, Item item)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        if (item.Cut != 0)
        {
            return item;
        }

        // "Westminster Magistrates' Court": the recognizer stops at the apostrophe.
        int last = item.Last;
        if (last + 2 < tokens.Length && CourtKinds.Contains(document.TokenText(last)) && document.TokenText(last + 1) is "'" or "’"
            && tokens[last + 1].Start == tokens[last].End && document.TokenText(last + 2) is "Court")
        {
            return item with { Last = last + 2, Type = NameType.Organization, Name = null, Acronym = null };
        }

        if (item.Type == NameType.Organization)
        {
            return item;
        }

        if (last > item.First && document.TokenText(last) is "Court")
        {
            int kind = document.TokenText(last - 1) is "'" or "’" && last - 2 >= item.First ? last - 2 : last - 1;
            if (CourtKinds.Contains(document.TokenText(kind)))
            {
                return item with { Type = NameType.Organization };
            }
        }

        if (item.Last - item.First >= 3 && DistrictPoints.Contains(document.TokenText(item.First))
            && document.TokenText(item.First + 1) is "District" && document.TokenText(item.First + 2) is "of")
        {
            return item with { Type = NameType.Organization };
        }

        return item;
    }

    /// <summary>
    /// A saint's name the recognizer stopped before its "'s" ("St Mary" of "St Mary's RC Primary School", "St Thomas" of
    /// "St Thomas'") runs on over it and the capitalised words after it, taking in the names they hold; it is an
    /// organization when it ends in an organisation's head ("School", "Hospital", "Hospice", "Church"), else it keeps
    /// its type ("St George's" as read, "St James's Palace" a place).
    /// </summary>
    /// <remarks>One pass that builds a new list only when a name runs on, so linear.</remarks>
    private static List<Item> SaintsFoundations(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        List<Item>? result = null;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            int saint = item.Last - item.First;
            int after = item.Last + 1;
            if (item.Cut != 0 || saint is < 1 or > 2 || !SaintWords.Contains(document.TokenText(item.First)) || after >= tokens.Length
                || tokens[after].Start != tokens[item.Last].End
                || !(document.TokenText(after) is "'s" or "’s"
                     || (document.TokenText(after) is "'" or "’" && document.TokenText(item.Last).EndsWith("s", StringComparison.Ordinal))))
            {
                result?.Add(item);
                continue;
            }

            // On over capitalised words (and a plural's glued apostrophe: "Girls'"), never past a line break.
            int end = after;
            int i = after + 1;
            while (i < tokens.Length && IsCapitalWord(document, i) && !LineBreakBetween(document, end, i))
            {
                end = i;
                i++;
                if (i < tokens.Length && document.TokenText(i) is "'" or "’" && tokens[i].Start == tokens[i - 1].End
                    && document.TokenText(i - 1).EndsWith("s", StringComparison.Ordinal))
                {
                    end = i;
                    i++;
                }
            }

            int swallowed = k + 1;
            while (swallowed < items.Count && items[swallowed].First <= end)
            {
                end = Math.Max(end, items[swallowed].Last);
                swallowed++;
            }

            ReadOnlySpan<char> head = document.TokenText(document.TokenText(end) is "'" or "’" ? end - 1 : end);
            NameType type = end > after && SaintPlaceHeads.Contains(head) ? NameType.Place
                : end > after && (OrganizationHeads.Contains(head) || SaintFoundationHeads.Contains(head)) ? NameType.Organization
                : end == after && item.Type != NameType.Organization && !IsKnownPlace(SpanText(document, item.First, end))
                    ? NameType.Organization
                : item.Type;
            result ??= TakeList(items, k);
            result.Add(item with { Last = end, Type = type, Name = null, Acronym = null });
            k = swallowed - 1;
        }

        return result ?? items;
    }
}
