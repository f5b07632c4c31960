using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>
/// Stock-market indices are no names of organizations ("the FTSE 100 rose", "the DAX fell", "AEX: Shell +1%"): the
/// exchange that runs one is an organization, the index a figure it publishes.
/// </summary>
internal static partial class NameLinker
{
    /// <summary>Indices written as names (<c>LinkerWords.txt</c>); not those that also name a company or a paper ("Dow",
    /// "Nikkei", "MSCI").</summary>
    private static readonly WordSet StockIndices = LinkerWords.Set("stock-indices");

    /// <summary>
    /// Drops a name whose whole text is an index of <see cref="StockIndices"/>, or whose text and the number written
    /// right after it are one ("Bel" of "Bel 20").
    /// </summary>
    /// <remarks>One pass that compacts the names in place, so linear.</remarks>
    private static void DropIndices(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int kept = 0;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            if (item.Cut == 0 && item.Last - item.First <= 3)
            {
                ReadOnlySpan<char> text = Text(document, item);
                bool index = StockIndices.Contains(text);
                if (!index && item.Last + 1 < tokens.Length && tokens[item.Last + 1].Kind == TokenKind.Number
                    && (k + 1 >= items.Count || items[k + 1].First > item.Last + 1))
                {
                    index = StockIndices.Contains(SpanText(document, item.First, item.Last + 1));
                }

                if (index)
                {
                    continue;
                }
            }

            items[kept++] = item;
        }

        items.RemoveRange(kept, items.Count - kept);
    }
}
