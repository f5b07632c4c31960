using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>Bodies whose names go on past their head in lower-case words: "Committee to Protect Journalists", "Council
/// on Foreign Relations", "Office for National Statistics", "National Society for the Prevention of Cruelty to
/// Children".</summary>
internal static partial class NameLinker
{
    /// <summary>Heads of a body's name that a preposition and capitalised words complete (<c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet ComplementHeads = LinkerWords.Set("complement-heads");

    /// <summary>Prepositions that join a head to its complement ("of", "for", "on", "to").</summary>
    private static readonly WordSet ComplementPrepositions = LinkerWords.Set("complement-prepositions");

    /// <summary>Capitalised words that never open a complement ("Monday", "January").</summary>
    private static readonly WordSet ComplementStops = LinkerWords.Set("complement-stops");

    /// <summary>The most tokens a complement runs to from its preposition ("Society for the Prevention of Cruelty to
    /// Children" is eight): a name given up (a person or a place inside) is read again by the next organization, so the
    /// cap keeps that re-reading bounded.</summary>
    private const int MaxComplementTokens = 16;

    /// <summary>
    /// An organization whose last word is a body's head (<see cref="ComplementHeads"/>), or which holds a head and its
    /// preposition already ("Court of Justice"), goes on through a preposition, an optional article and a run of
    /// capitalised words joined by "of", "the", "to" and "for" ("the Committee to Protect Journalists", "Court of
    /// Justice of the European Union", "Center for a New American Security"): the names the recognizer found in that
    /// run give way to it. "to" takes only a capitalised verb-like word (not a known place or listed name: "moved from
    /// the Treasury Department to Washington" joins nothing).
    /// </summary>
    /// <remarks>One pass over the sorted names; each complement's tokens are read once and the names inside it are
    /// skipped; a complement given up is read at most <see cref="MaxComplementTokens"/> tokens, so linear.</remarks>
    private static List<Item> JoinComplements(Document document, List<Item> items, ref long steps)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        ReadOnlySpan<Sentence> sentences = document.Sentences;
        List<Item>? result = null;
        int sentence = 0;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            while (sentence < sentences.Length && sentences[sentence].FirstToken + sentences[sentence].TokenCount <= item.Last)
            {
                sentence++;
            }

            int sentenceEnd = sentence < sentences.Length ? sentences[sentence].FirstToken + sentences[sentence].TokenCount : tokens.Length;
            int end = item.Type == NameType.Organization && item.Cut == 0 ? ComplementEnd(document, item, sentenceEnd, ref steps) : -1;
            int skip = k + 1;
            if (end > item.Last)
            {
                // The names inside the complement give way; one reaching past it keeps the body as it was, and so does
                // a person inside: the body's leader unless its head takes persons ("Church of Jesus Christ").
                while (skip < items.Count && items[skip].First <= end)
                {
                    if (items[skip].Last > end || (items[skip].Type == NameType.Person && !PersonComplementHeads.Contains(document.TokenText(item.Last))))
                    {
                        end = -1;
                        break;
                    }

                    skip++;
                }
            }

            if (end <= item.Last)
            {
                result?.Add(item);
                continue;
            }

            result ??= TakeList(items, k);
            result.Add(item with { Last = end, Name = null, Acronym = null });
            k = skip - 1;
        }

        return result ?? items;
    }

    /// <summary>The last token of the complement of <paramref name="body"/>'s head, or -1 when it has none (within the
    /// sentence ending before token <paramref name="sentenceEnd"/>).</summary>
    private static int ComplementEnd(Document document, Item body, int sentenceEnd, ref long steps)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int of = body.Last + 1;
        if (of + 1 >= sentenceEnd || tokens[of].Kind != TokenKind.Word)
        {
            return -1;
        }

        ReadOnlySpan<char> head = document.TokenText(body.Last);
        ReadOnlySpan<char> preposition = document.TokenText(of);
        bool headLast = ComplementHeads.Contains(head);
        bool joins = headLast
            ? ComplementPrepositions.Contains(preposition)
            : preposition is "of" or "to" && HeadWithComplement(document, body);
        if (!joins)
        {
            return -1;
        }

        int i = of + 1;
        if (document.TokenText(i) is "the" or "a" or "an")
        {
            if (preposition is "to")
            {
                return -1;
            }

            i++;
        }

        if (i >= sentenceEnd || !IsCapitalWord(document, i) || (tokens[i].Has(TokenTraits.AllCaps) && preposition is "to")
            || ComplementStops.Contains(document.TokenText(i)) || TitleAt(document, i))
        {
            return -1;
        }

        if (preposition is "to" && (IsKnownPlace(document.TokenText(i)) || ListKinds(document, i, i) != 0))
        {
            return -1;
        }

        // The run of capitalised words, with "of", "the", "to" and "for" between them.
        int last = i;
        int j = i + 1;
        int limit = Math.Min(sentenceEnd, i + MaxComplementTokens);
        while (j < limit)
        {
            steps++;
            if (IsCapitalWord(document, j))
            {
                last = j++;
                continue;
            }

            int next = j;
            if (document.TokenText(next) is "of" or "to" or "for")
            {
                next++;
                if (next < sentenceEnd && document.TokenText(next) is "the")
                {
                    next++;
                }
            }

            if (next == j || next >= limit || !IsCapitalWord(document, next))
            {
                break;
            }

            j = next;
        }

        // A place after "of" alone is left to JoinOrganizationsOfPlaces, which knows whose it is and where it is
        // ("Public Investment Fund of Saudi Arabia": the fund, then the place).
        ReadOnlySpan<char> complement = document.Text.AsSpan(tokens[i].Start, tokens[last].End - tokens[i].Start);
        return preposition is "of" && IsKnownPlace(complement) ? -1 : last;
    }

    /// <summary>Whether <paramref name="body"/> holds a head followed by its preposition ("Court of Justice", "Society for
    /// the Prevention of Cruelty"), so another "of" or "to" continues its complement.</summary>
    private static bool HeadWithComplement(Document document, Item body)
    {
        for (int i = body.First; i < body.Last; i++)
        {
            if (ComplementHeads.Contains(document.TokenText(i)) && ComplementPrepositions.Contains(document.TokenText(i + 1)))
            {
                return true;
            }
        }

        return false;
    }
}
