using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>
/// Session 34 (quant34, b22): collective nouns that count after an article ("a trio of", "a score of", "a gross of"), read
/// by <see cref="NumeralReader"/>'s article rules; the words and their numbers are [word-list] lines of the unit tables.
/// </summary>
internal sealed partial class NumeralReader
{
    /// <summary>The groups a collective noun of [word-list] "collective-N" counts, before "of" and a word that is no number:
    /// "a pair of herons" (2), "A trio of former ministers" (3), "A quartet of new signings" (4), "A score of fishing boats"
    /// (20), "A gross of pencils" (144); not "a score of 6" (a mark) nor a pair of a garment that is one thing, of [word-list]
    /// "pair-one-item" within three words ("a pair of jeans", "a pair of walking boots"). Session 34 (quant34, b22).</summary>
    private bool CollectiveOf(int noun, out int members)
    {
        members = 0;
        int after = noun + 2;
        if (after >= EndToken || !IsWord(after) || Info(after).Is(WordClass.Cardinal) || Tok(after).Kind == TokenKind.Number)
        {
            return false;
        }

        foreach ((string list, int count) in CollectiveLists)
        {
            if (OnNamedList(noun, list))
            {
                members = count;
                break;
            }
        }

        if (members == 2)
        {
            for (int k = after; k < EndToken && k <= after + 2 && IsWord(k) && !Info(k).Is(WordClass.Function); k++)
            {
                if (OnNamedList(k, "pair-one-item"))
                {
                    return false;
                }
            }
        }

        return members > 0;
    }

    private static readonly (string List, int Count)[] CollectiveLists =
        [("collective-2", 2), ("collective-3", 3), ("collective-4", 4), ("collective-5", 5), ("collective-6", 6), ("collective-20", 20), ("collective-144", 144)];
}
