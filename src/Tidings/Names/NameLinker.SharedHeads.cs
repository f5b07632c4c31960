using Tidings.Places;
using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>Coordination before a shared lower-case head ("the Conservative and Labour parties", "Merseyside and
/// Lancashire police"), and places whose own name holds "and" ("Bosnia and Herzegovina", "Brighton and Hove").</summary>
internal static partial class NameLinker
{
    /// <summary>Plural heads of organizations that names coordinated before them share (<c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet SharedBodyPlurals = LinkerWords.Set("shared-body-plurals");

    /// <summary>Plural heads of area bodies that places coordinated before them share (<c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet SharedAreaPlurals = LinkerWords.Set("shared-area-plurals");

    /// <summary>The most words one conjunct before a shared head may have.</summary>
    private const int MaxConjunctWords = 4;

    /// <summary>
    /// Names coordinated before a shared lower-case plural head: "A and B parties", "A, B and C universities". The head
    /// is left out and each conjunct is typed as it would be alone: before a head of organizations (<c>shared-body-plurals</c>)
    /// an organization ("the [Conservative] and [Labour] parties", "[Oxford] and [Cambridge] universities"); before a
    /// head of area bodies (<c>shared-area-plurals</c>) the place the gazetteer knows ("[Merseyside] and [Lancashire]
    /// police"), any other conjunct left as it was. A nationality (a demonym the gazetteer knows) is no name ("the British and Irish governments").
    /// </summary>
    /// <remarks>One pass over the tokens; each head reads back over a bounded number of conjuncts, and the names are
    /// merged once (<see cref="ReplaceAll"/>), so linear. A name that reaches outside the coordination leaves it alone.</remarks>
    private static List<Item> SharedHeadConjuncts(Document document, List<Item> items, ref long steps)
    {
        List<Item>? replacements = null;
        List<(int First, int Last)>? cleared = null;
        Span<(int First, int Last)> conjuncts = stackalloc (int, int)[6];
        int from = 0;
        foreach (Sentence sentence in document.Sentences)
        {
            for (int h = sentence.FirstToken + 3; h < sentence.EndToken; h++)
            {
                steps++;
                // The capital word before the head first: one token test turns most tokens away before either list is asked.
                if (!IsCapitalWord(document, h - 1))
                {
                    continue;
                }

                bool bodies = SharedBodyPlurals.Contains(document.TokenText(h));
                if (!bodies && !SharedAreaPlurals.Contains(document.TokenText(h)))
                {
                    continue;
                }

                int count = SharedConjuncts(document, sentence, h, conjuncts);
                if (count < 2)
                {
                    continue;
                }

                int first = conjuncts[count - 1].First;
                while (from < items.Count && items[from].Last < first)
                {
                    steps++;
                    from++;
                }

                // Every name over the coordination lies inside it (or ends on the head it swallowed).
                bool inside = true;
                for (int k = from; k < items.Count && items[k].First <= h; k++)
                {
                    steps++;
                    inside &= items[k].First >= first && items[k].Last <= h && items[k].Cut == 0;
                }

                if (!inside)
                {
                    continue;
                }

                replacements ??= TakeList(8);
                cleared ??= [];
                cleared.Add((first, h));
                for (int c = count - 1; c >= 0; c--)
                {
                    (int a, int b) = conjuncts[c];
                    ReadOnlySpan<char> text = SpanText(document, a, b);
                    if (Gazetteer.Default.Demonyms.Contains(text))
                    {
                        continue;
                    }

                    NameType? type = bodies ? NameType.Organization
                        : IsKnownPlace(text) || TypeOver(items, from, a, b) == NameType.Place ? NameType.Place : TypeOver(items, from, a, b);
                    if (type is NameType t)
                    {
                        replacements.Add(new Item(a, b, t, null, null));
                    }
                }
            }
        }

        if (replacements is null || cleared is null)
        {
            return items;
        }

        List<Item> result = TakeList(items.Count + replacements.Count);
        int next = 0;
        int r = 0;
        foreach ((int lo, int hi) in cleared)
        {
            while (next < items.Count && items[next].Last < lo)
            {
                steps++;
                result.Add(items[next++]);
            }

            while (next < items.Count && items[next].First <= hi)
            {
                steps++;
                next++;
            }

            while (r < replacements.Count && replacements[r].First <= hi)
            {
                steps++;
                result.Add(replacements[r++]);
            }
        }

        while (next < items.Count)
        {
            result.Add(items[next++]);
        }

        GiveBack(replacements);
        return result;
    }

    /// <summary>The type of the one name that covers exactly tokens [<paramref name="a"/>, <paramref name="b"/>], or null.</summary>
    private static NameType? TypeOver(List<Item> items, int from, int a, int b)
    {
        for (int k = from; k < items.Count && items[k].First <= b; k++)
        {
            if (items[k].First == a && items[k].Last == b)
            {
                return items[k].Type;
            }
        }

        return null;
    }

    /// <summary>The conjuncts before the head at <paramref name="h"/>, last first, into <paramref name="conjuncts"/>; their
    /// count, or 0 when the words before the head are no coordination of names ("and" must join the last two; commas
    /// the ones before; each conjunct one to <see cref="MaxConjunctWords"/> capitalised words, an article or a sentence's
    /// opening word left out).</summary>
    private static int SharedConjuncts(Document document, Sentence sentence, int h, Span<(int First, int Last)> conjuncts)
    {
        int count = 0;
        int j = h - 1;
        while (count < conjuncts.Length)
        {
            int last = j;
            while (j >= sentence.FirstToken && last - j < MaxConjunctWords && IsCapitalWord(document, j)
                && !(document.TokenText(j) is "The" or "And") && !(j == sentence.FirstToken && LeadingWords.Contains(document.TokenText(j))))
            {
                j--;
            }

            if (j == last || (j >= sentence.FirstToken && IsCapitalWord(document, j) && !(document.TokenText(j) is "The" or "And")
                && !(j == sentence.FirstToken && LeadingWords.Contains(document.TokenText(j)))))
            {
                return count >= 2 ? count : 0; // no conjunct here, or one too long
            }

            conjuncts[count++] = (j + 1, last);
            if (j < sentence.FirstToken)
            {
                break;
            }

            ReadOnlySpan<char> joint = document.TokenText(j);
            if (count == 1)
            {
                if (!(joint is "and" or "&"))
                {
                    return 0;
                }
            }
            else if (!(joint is ","))
            {
                break;
            }

            j--;
        }

        return count;
    }

    /// <summary>Lower-case particles inside a place's own name ("Dar es Salaam", "Rio de Janeiro", "Newcastle upon
    /// Tyne"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet PlaceParticles = LinkerWords.Set("place-particles");

    /// <summary>
    /// A place whose own name holds "and" ("Bosnia and Herzegovina", "Antigua and Barbuda", "Brighton and Hove",
    /// "Kensington and Chelsea") or a lower-case particle of <see cref="PlaceParticles"/> ("Dar es Salaam", "Rio de
    /// Janeiro") that the recognizer read as two names, or a body named for one ("Brighton and Hove City Council",
    /// "Brighton and Hove Albion", "Dar es Salaam Stock Exchange"), is one name: the gazetteer knows the whole "A and B"
    /// (each side one to three capitalised words). The joined name is a place, or the type of the name that ran on past
    /// the place.
    /// </summary>
    /// <remarks>One pass that compacts the names in place; each "and" between two names costs a bounded number of
    /// look-ups, so linear.</remarks>
    private static void JoinPlacesNamedWithAnd(Document document, List<Item> items)
    {
        int kept = 0;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            int and = item.First - 1;
            if (kept > 0 && and >= 1 && (document.TokenText(and) is "and" || PlaceParticles.Contains(document.TokenText(and)))
                && items[kept - 1].Last == and - 1 && items[kept - 1].Cut == 0
                && items[kept - 1].Type != NameType.Person && item.Type != NameType.Person)
            {
                Item left = items[kept - 1];
                int start = -1;
                int end = -1;
                for (int a = and - 1; a >= Math.Max(left.First, and - 3) && start < 0; a--)
                {
                    for (int b = Math.Min(item.Last, and + 3); b > and && start < 0; b--)
                    {
                        if (IsKnownPlace(SpanText(document, a, b)))
                        {
                            start = a;
                            end = b;
                        }
                    }
                }

                if (start >= 0)
                {
                    NameType type = item.Last > end ? item.Type : left.First < start ? left.Type : NameType.Place;
                    items[kept - 1] = new Item(left.First, item.Last, type, null, null, item.Cut);
                    continue;
                }
            }

            items[kept++] = item;
        }

        items.RemoveRange(kept, items.Count - kept);
    }
}
