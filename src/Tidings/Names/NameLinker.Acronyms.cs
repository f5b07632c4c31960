using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>
/// Acronyms the text defines: "Long Form (LF)", a bracketed acronym after capitalised words whose initials spell it,
/// and every later use of the acronym, typed and named as its long form.
/// </summary>
internal static partial class NameLinker
{
    /// <summary>Finds "Long Form (LF)": a bracketed acronym after capitalised words whose initials spell it.</summary>
    private static List<Definition>? FindAcronyms(Document document, List<Item> items, ref long steps)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        List<Definition>? found = null;

        // The name covering the token before a bracket: brackets come in text order, so it only moves forward.
        int covering = 0;
        for (int k = 1; k + 2 < tokens.Length; k++)
        {
            steps++;
            if (!tokens[k].Has(TokenTraits.OpenBracket) || !tokens[k + 2].Has(TokenTraits.CloseBracket))
            {
                continue;
            }

            ReadOnlySpan<char> acronym = document.TokenText(k + 1);
            if (tokens[k + 1].Kind != TokenKind.Word || !LooksLikeAcronym(acronym))
            {
                continue;
            }

            int first = LongFormStart(document, k, acronym);
            steps += MaxLongForm * (MaxLongForm + 1);
            if (first < 0)
            {
                continue;
            }

            // The long form's type is that of the name covering its head (last word): a place stays a place; a
            // person or a whole other name ("Intercontinental Ballistic Missile (ICBM)") defines no organization.
            // A person or other name covering only the tail ("Migration" in "International Organization for
            // Migration (IOM)"), or one in a long form with an organisation word, is part of an organization.
            NameType type = NameType.Organization;
            while (covering < items.Count && items[covering].Last < k - 1)
            {
                steps++;
                covering++;
            }

            if (covering < items.Count && items[covering].First <= k - 1)
            {
                Item item = items[covering];
                type = item.Type is NameType.Miscellaneous or NameType.Person && (item.First > first || HasOrganizationWord(document, first, k, ref steps))
                    ? NameType.Organization
                    : item.Type;
            }

            if (type is NameType.Person or NameType.Miscellaneous)
            {
                continue;
            }

            (found ??= []).Add(new Definition(acronym.ToString(), Fold(document, first, k - 1), type, first, k - 1, k + 1));
        }

        return found;
    }

    /// <summary>Whether a word of [<paramref name="first"/>, <paramref name="end"/>) is an organisation word ("Committee", "Bank").</summary>
    private static bool HasOrganizationWord(Document document, int first, int end, ref long steps)
    {
        for (int i = first; i < end; i++)
        {
            steps++;
            if (NameLexicon.Default.Contains(document.TokenText(i), LexiconClass.OrganizationWord))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Two to ten characters, starting with a capital, with at least two capitals and no space ("ANCA", "TurkStat").</summary>
    private static bool LooksLikeAcronym(ReadOnlySpan<char> text)
    {
        if (text.Length is < 2 or > 10 || !char.IsUpper(text[0]))
        {
            return false;
        }

        int capitals = 0;
        foreach (char c in text)
        {
            capitals += char.IsUpper(c) ? 1 : 0;
        }

        return capitals >= 2;
    }

    /// <summary>The first token of the long form ending just before the bracket at <paramref name="bracket"/>, whose
    /// capitalised words' initials spell the acronym's capitals; -1 when there is none.</summary>
    private static int LongFormStart(Document document, int bracket, ReadOnlySpan<char> acronym)
    {
        Span<char> letters = stackalloc char[10];
        int n = 0;
        foreach (char c in acronym)
        {
            if (char.IsUpper(c))
            {
                letters[n++] = c;
            }
        }

        letters = letters[..n];
        ReadOnlySpan<Token> tokens = document.Tokens;
        int best = -1;
        int firstAllowed = Math.Max(0, bracket - MaxLongForm);
        for (int first = bracket - 1; first >= firstAllowed; first--)
        {
            ReadOnlySpan<char> word = document.TokenText(first);
            bool capital = tokens[first].Kind == TokenKind.Word && char.IsUpper(word[0]) && !IsDeterminer(word);
            if (!capital && !IsConnector(word))
            {
                break;
            }

            // The exact spelling wins; failing that, the shortest long form whose initials contain the capitals.
            if (capital && InitialsMatch(document, first, bracket, letters, out bool exact))
            {
                if (exact)
                {
                    return first;
                }

                if (best < 0)
                {
                    best = first;
                }
            }
        }

        return best;
    }

    /// <summary>Whether the capitals <paramref name="letters"/> are the initials of the capitalised words of
    /// [<paramref name="first"/>, <paramref name="end"/>) in order (<paramref name="exact"/>: all of them, one each),
    /// starting with the first word.</summary>
    private static bool InitialsMatch(Document document, int first, int end, ReadOnlySpan<char> letters, out bool exact)
    {
        exact = false;
        Span<char> initials = stackalloc char[MaxLongForm];
        int n = 0;
        for (int i = first; i < end; i++)
        {
            ReadOnlySpan<char> word = document.TokenText(i);
            if (char.IsUpper(word[0]))
            {
                initials[n++] = word[0];
            }
        }

        initials = initials[..n];
        if (n == 0 || letters.Length == 0 || initials[0] != letters[0])
        {
            return false;
        }

        exact = initials.SequenceEqual(letters);
        int j = 0;
        foreach (char c in initials)
        {
            if (j < letters.Length && c == letters[j])
            {
                j++;
            }
        }

        // Every capital of the acronym matched in order, and it does not leave most of the long form unexplained.
        return j == letters.Length && n <= letters.Length + 2;
    }

    private static bool IsDeterminer(ReadOnlySpan<char> word) => word is "The" or "A" or "An" or "THE";

    private static bool IsConnector(ReadOnlySpan<char> word) =>
        word is "of" or "for" or "and" or "the" or "on" or "in" or "de" or "du" or "des" or "la" or "le" or "&" or "-";

    private static List<Item> ApplyAcronyms(Document document, List<Item> items, List<Definition> definitions, ref long steps)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;

        // The first definition of each acronym names its uses; the first organization definition of a long form
        // gives it its acronym where it is written out again.
        var byAcronym = new Dictionary<string, Definition>(StringComparer.Ordinal);
        Dictionary<string, Definition>? byLongForm = null;
        List<Item> longForms = TakeList(definitions.Count);
        foreach (Definition d in definitions)
        {
            steps++;
            byAcronym.TryAdd(d.Acronym, d);
            if (d.Type == NameType.Organization)
            {
                (byLongForm ??= new Dictionary<string, Definition>(StringComparer.Ordinal)).TryAdd(d.LongForm, d);
            }

            longForms.Add(new Item(d.First, d.Last, d.Type, d.LongForm, d.Acronym));
        }

        items = ReplaceAll(items, longForms, ref steps);
        GiveBack(longForms);

        Dictionary<string, Definition>.AlternateLookup<ReadOnlySpan<char>> acronyms = byAcronym.GetAlternateLookup<ReadOnlySpan<char>>();
        List<Item>? uses = null;
        for (int i = 0; i < tokens.Length; i++)
        {
            steps++;
            // Every acronym defined has two to ten characters and opens with a capital (LooksLikeAcronym): other
            // words are not hashed.
            ReadOnlySpan<char> word = document.TokenText(i);
            if (tokens[i].Kind == TokenKind.Word && word.Length is >= 2 and <= 10 && char.IsUpper(word[0])
                && acronyms.TryGetValue(word, out Definition d))
            {
                (uses ??= TakeList(16)).Add(new Item(i, i, d.Type, d.LongForm, d.Acronym));
            }
        }

        if (uses is not null)
        {
            // The list of the long forms' replacement is this pass's own: given back once replaced.
            items = Replaced(items, ReplaceAll(items, uses, ref steps));
            GiveBack(uses);
        }

        // The long form written out again elsewhere also has its acronym.
        if (byLongForm is not null)
        {
            for (int k = 0; k < items.Count; k++)
            {
                steps++;
                Item item = items[k];
                if (item.Acronym is null && item.Type == NameType.Organization
                    && byLongForm.TryGetValue(Fold(document, item.First, item.Last), out Definition d))
                {
                    items[k] = item with { Name = d.LongForm, Acronym = d.Acronym };
                }
            }
        }

        return items;
    }

    /// <summary>Puts each of <paramref name="replacements"/> (sorted by first token), one after the other, in place of
    /// the names it overlaps, keeping the list sorted: one merge of the two lists.</summary>
    /// <remarks>The names are sorted and do not overlap. A name left behind by a replacement cannot overlap a later
    /// one (it ends before this one starts), so it is final; a later replacement that overlaps an earlier one
    /// (the only names at the end of the result that can reach it) takes its place, as one replacement after
    /// another would.</remarks>
    private static List<Item> ReplaceAll(List<Item> items, List<Item> replacements, ref long steps)
    {
        List<Item> result = TakeList(items.Count + replacements.Count);
        int next = 0;
        foreach (Item replacement in replacements)
        {
            steps++;
            while (result.Count > 0 && result[^1].Last >= replacement.First)
            {
                steps++;
                result.RemoveAt(result.Count - 1);
            }

            while (next < items.Count && items[next].Last < replacement.First)
            {
                steps++;
                result.Add(items[next++]);
            }

            while (next < items.Count && items[next].First <= replacement.Last)
            {
                steps++;
                next++;
            }

            result.Add(replacement);
        }

        for (; next < items.Count; next++)
        {
            steps++;
            result.Add(items[next]);
        }

        return result;
    }
}
