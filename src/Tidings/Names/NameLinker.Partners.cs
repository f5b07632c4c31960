using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>
/// Two bodies joined by a slash or a hyphen before a noun that only a pairing takes: a poll by a pollster and its
/// client ("a Reuters/Ipsos poll", "the CNN/SSRS survey", "an India Today-CVoter tracker"), a deal, merger or venture
/// between two companies ("the Nippon Steel-U.S. Steel merger", "the Renault-Nissan alliance"), a product of two makers
/// ("the Pfizer-BioNTech vaccine", "the Oxford-AstraZeneca jab"). Each side is its own organization and the mark is in
/// neither. A body whose own name carries the mark keeps it where no such noun follows ("EY-Parthenon said",
/// "CDU/CSU and the SPD"), and a token with two marks ("Kimberly-Clark-Kenvue") is left whole, its split unknown.
/// </summary>
internal static partial class NameLinker
{
    /// <summary>Lower-case nouns after "A/B" or "A-B" that make it a pairing of two bodies (<c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet PairedBodyNouns = LinkerWords.Set("paired-body-nouns");

    /// <summary>The most marks one name is split at ("Washington Post-ABC News-Ipsos survey" has two).</summary>
    private const int MaxPairJoins = 3;

    /// <summary>
    /// Splits each organization (or a person or other name the recognizer read into such a pair) that joins two or
    /// more capitalised parts with a slash or hyphen and is followed by a pairing noun (see the type's remarks). A
    /// person or other name splits only where no part is a place, a nationality or the surname of a person of the
    /// document ("the Trump-Putin talks", "the Azerbaijan-Armenia deal" stay as they are).
    /// </summary>
    private static List<Item> SplitPairedBodies(Document document, List<Item> items)
    {
        List<Item>? result = null;
        Span<int> joins = stackalloc int[MaxPairJoins];
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            int count = item.Cut == 0 && item.Lead == 0 && item.Type != NameType.Place && PairingNounAfter(document, item.Last)
                ? PairJoins(document, item, joins) : 0;
            if (count == 0 || (item.Type != NameType.Organization && !PartsAreBodies(document, items, item, joins[..count])))
            {
                result?.Add(item);
                continue;
            }

            result ??= TakeList(items, k);
            ReadOnlySpan<Token> tokens = document.Tokens;
            int start = tokens[item.First].Start;
            for (int j = 0; j <= count; j++)
            {
                int end = j < count ? joins[j] : tokens[item.Last].End;
                int first = TokenAt(tokens, item.First, item.Last, start);
                int last = TokenAt(tokens, item.First, item.Last, end - 1);
                result.Add(new Item(first, last, NameType.Organization, null, null, tokens[last].End - end, start - tokens[first].Start));
                start = j < count ? end + 1 : end;
            }
        }

        return result ?? items;
    }

    /// <summary>Whether the token after <paramref name="last"/> is a pairing noun: lower case, or capitalised in a
    /// headline ("Pact", "POLL") unless it heads an organization's own name ("Renault-Nissan-Mitsubishi Alliance").</summary>
    private static bool PairingNounAfter(Document document, int last)
    {
        int next = last + 1;
        if (next >= document.Tokens.Length || document.Tokens[next].Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> word = document.TokenText(next);
        return ContainsLowered(PairedBodyNouns, word) && (char.IsLower(word[0]) || !PairHeads.Contains(word));
    }

    /// <summary>
    /// The offsets of the marks joining the item's parts: a slash token glued to the words on both sides ("CNN/SSRS"),
    /// or one hyphen inside a word between a letter, digit or full stop and a capital ("Pfizer-BioNTech", "Steel-U.S.").
    /// None when a word holds two such hyphens, a part is shorter than two characters or does not open with a capital
    /// or digit ("A/S"), or there are more than <see cref="MaxPairJoins"/>.
    /// </summary>
    private static int PairJoins(Document document, Item item, Span<int> joins)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        string text = document.Text;
        int count = 0;
        int partStart = tokens[item.First].Start;
        for (int i = item.First; i <= item.Last; i++)
        {
            Token token = tokens[i];
            int join = -1;
            if (document.TokenText(i) is "/")
            {
                if (i == item.First || i == item.Last || tokens[i - 1].End != token.Start || tokens[i + 1].Start != token.End)
                {
                    return 0;
                }

                join = token.Start;
            }
            else
            {
                for (int c = token.Start + 1; c < token.End - 1; c++)
                {
                    if (CharClass.IsJoiningHyphen(text[c]) && (char.IsLetterOrDigit(text[c - 1]) || text[c - 1] is '.') && char.IsUpper(text[c + 1]))
                    {
                        if (join >= 0)
                        {
                            return 0;
                        }

                        join = c;
                    }
                }
            }

            if (join < 0)
            {
                continue;
            }

            if (count == joins.Length || !OpensPart(text, partStart, join))
            {
                return 0;
            }

            joins[count++] = join;
            partStart = join + 1;
        }

        return count > 0 && OpensPart(text, partStart, tokens[item.Last].End) ? count : 0;
    }

    /// <summary>Whether text from <paramref name="start"/> to <paramref name="end"/> is a part of at least two characters
    /// opening with a capital or a digit.</summary>
    private static bool OpensPart(string text, int start, int end) =>
        end - start >= 2 && (char.IsUpper(text[start]) || char.IsDigit(text[start]));

    /// <summary>The token of <paramref name="first"/>..<paramref name="last"/> that holds character <paramref name="offset"/>.</summary>
    private static int TokenAt(ReadOnlySpan<Token> tokens, int first, int last, int offset)
    {
        int i = first;
        while (i < last && tokens[i].End <= offset)
        {
            i++;
        }

        return i;
    }

    /// <summary>Whether no part of the item is a known place, a nationality or the last word of a person the document
    /// names (see <see cref="SplitPairedBodies"/>).</summary>
    private static bool PartsAreBodies(Document document, List<Item> items, Item item, ReadOnlySpan<int> joins)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        string text = document.Text;
        int start = tokens[item.First].Start;
        for (int j = 0; j <= joins.Length; j++)
        {
            int end = j < joins.Length ? joins[j] : tokens[item.Last].End;
            ReadOnlySpan<char> part = text.AsSpan(start, end - start);
            if (IsKnownPlace(part) || NameLexicon.Default.Contains(part, LexiconClass.Nationality))
            {
                return false;
            }

            foreach (Item other in items)
            {
                if (other.Type == NameType.Person && other.Last != item.Last && document.TokenText(other.Last).SequenceEqual(part))
                {
                    return false;
                }
            }

            start = end + 1;
        }

        return true;
    }
}
