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

    /// <summary>
    /// Names that end in a number of their own, in a list of names: "…, AJ Bell, Trading 212, Freetrade", "Sparebank 1
    /// and Nordea". An organization of up to three words, opened by a list's separator (",", ";", ":", "and", "or"),
    /// followed by a number of one to three digits and then by a separator or the sentence's end, takes the number —
    /// unless another name of the sentence within <see cref="TallyReach"/> names is counted too (<see cref="Counted"/>,
    /// the test <see cref="CutTallies"/> uses: "Labour 202, Conservatives 121"; or <see cref="CountedAfterVerb"/>: "the
    /// Partido Popular won 137 seats and Vox 33") — a date or a figure elsewhere in the sentence is no tally — or the lists know
    /// the name whole as an organization, whose number then names a product ("Airbus A350 and Boeing 777"). Run after
    /// <see cref="CutTallies"/>.
    /// </summary>
    /// <remarks>One pass; each candidate looks at no more than 2 × <see cref="TallyReach"/> others, so linear.</remarks>
    private static void ListedNumberTails(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            int number = item.Last + 1;
            if (item.Type != NameType.Organization || item.Cut != 0 || item.Last - item.First > 2 || item.First == 0 || number + 1 >= tokens.Length
                || tokens[item.Last].Kind != TokenKind.Word || tokens[number].Kind != TokenKind.Number || tokens[number].Has(TokenTraits.LineBreakBefore)
                || !tokens[number].Has(TokenTraits.SpaceBefore) || document.TokenText(number).Length > 3 || !AllDigits(document.TokenText(number))
                || (k + 1 < items.Count && items[k + 1].First <= number + 1)
                || document.TokenText(item.First - 1) is not ("," or ";" or ":" or "and" or "or")
                || !ClosesListItem(document, tokens, number + 1)
                || (ListKinds(document, item.First, item.Last) & OrganizationKinds) != 0)
            {
                continue;
            }

            bool tally = false;
            for (int j = Math.Max(0, k - TallyReach); j <= Math.Min(items.Count - 1, k + TallyReach) && !tally; j++)
            {
                tally = j != k && (Counted(tokens, items[j]) || CountedAfterVerb(document, tokens, items[j])) && !SentenceBetween(tokens, Math.Min(item.Last, items[j].Last), Math.Max(item.First, items[j].First));
            }

            if (!tally)
            {
                items[k] = item with { Last = number, Name = null };
            }
        }
    }

    /// <summary>Whether <paramref name="item"/> is followed by a lower-case word and a number ("won 137 seats", "holds
    /// 152"): the name's count written as prose.</summary>
    private static bool CountedAfterVerb(Document document, ReadOnlySpan<Token> tokens, Item item) =>
        item.Last + 2 < tokens.Length && tokens[item.Last + 1].Kind == TokenKind.Word && !tokens[item.Last + 1].Has(TokenTraits.Capitalized)
        && document.TokenText(item.Last + 1) is not ("and" or "or") && tokens[item.Last + 2].Kind == TokenKind.Number
        && !tokens[item.Last + 1].Has(TokenTraits.LineBreakBefore) && !tokens[item.Last + 2].Has(TokenTraits.LineBreakBefore);

    /// <summary>Whether token <paramref name="i"/> closes a list's item: a separator (",", ";", "and", "or"), or a
    /// period that ends the sentence (then the text or a line ends, or a capitalised word follows).</summary>
    private static bool ClosesListItem(Document document, ReadOnlySpan<Token> tokens, int i)
    {
        if (tokens[i].Has(TokenTraits.SpaceBefore) ? document.TokenText(i) is not ("and" or "or") : document.TokenText(i) is not ("," or ";"))
        {
            return document.TokenText(i) is "." && !tokens[i].Has(TokenTraits.SpaceBefore)
                && (i + 1 >= tokens.Length || tokens[i + 1].Has(TokenTraits.LineBreakBefore) || (tokens[i + 1].Has(TokenTraits.SpaceBefore) && IsCapitalWord(document, i + 1)));
        }

        return true;
    }
}
