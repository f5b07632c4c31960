using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>
/// Results and tallies: "SNP 15,213; Labour 11,455; Liberal Democrats 3,018", "Sinn Féin won 39 seats, Fianna Fáil 48
/// and Fine Gael 38", "the VVD 24 and New Social Contract 20". Where names in one sentence each stand before a number,
/// the numbers are their counts, not parts of their names ("Channel 4", "Studio 54" stand alone).
/// </summary>
internal static partial class NameLinker
{
    /// <summary>How many names on either side of a name ending in a number <see cref="CutTallies"/> looks at.</summary>
    private const int TallyReach = 3;

    /// <summary>An organization of two tokens or more whose last token is a number of two digits or more, followed by a separator or the
    /// sentence's end, loses the number when another name of the same sentence within <see cref="TallyReach"/> names
    /// also ends in a number or stands right before one: the numbers are a tally.</summary>
    /// <remarks>One pass; each name looks at no more than 2 × <see cref="TallyReach"/> others, so linear.</remarks>
    private static void CutTallies(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            // A number of one digit, or one opening with "0", names ("Channel 4", "Mainz 05") more often than it counts.
            if (item.Type != NameType.Organization || item.Last <= item.First || item.Cut != 0 || tokens[item.Last].Kind != TokenKind.Number
                || document.TokenText(item.Last).Length < 2 || document.TokenText(item.Last)[0] == '0'
                || (item.Last + 1 < tokens.Length && tokens[item.Last + 1].Kind == TokenKind.Number))
            {
                continue;
            }

            bool tally = false;
            for (int j = Math.Max(0, k - TallyReach); j <= Math.Min(items.Count - 1, k + TallyReach) && !tally; j++)
            {
                if (j != k && Counted(tokens, items[j]) && !SentenceBetween(tokens, Math.Min(item.Last, items[j].Last), Math.Max(item.First, items[j].First)))
                {
                    tally = true;
                }
            }

            if (tally && tokens[item.Last - 1].Kind == TokenKind.Word)
            {
                items[k] = item with { Last = item.Last - 1, Name = null };
            }
        }
    }

    /// <summary>Whether <paramref name="item"/> ends in a number or stands right before one.</summary>
    private static bool Counted(ReadOnlySpan<Token> tokens, Item item) =>
        (item.Last > item.First && tokens[item.Last].Kind == TokenKind.Number)
        || (item.Last + 1 < tokens.Length && tokens[item.Last + 1].Kind == TokenKind.Number && !tokens[item.Last + 1].Has(TokenTraits.LineBreakBefore));

    /// <summary>Whether a sentence's end lies between tokens <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static bool SentenceBetween(ReadOnlySpan<Token> tokens, int from, int to)
    {
        for (int i = from + 1; i < to; i++)
        {
            if (tokens[i].Has(TokenTraits.Terminal) || tokens[i].Has(TokenTraits.LineBreakBefore))
            {
                return true;
            }
        }

        return false;
    }
}
