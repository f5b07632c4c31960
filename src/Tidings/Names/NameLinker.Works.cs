using System.Collections.Frozen;
using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>Rivers, pipelines and rail lines named by the noun after them ("the Pra and Ankobra rivers", "the Dakota
/// Access pipeline", "the Blue Line rail"): places, though the recognizer took the unknown name for an organization.</summary>
internal static partial class NameLinker
{
    /// <summary>Lower-case nouns after a name that say it is a river, a pipeline or a line (<c>LinkerWords.txt</c>).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WorkNounsAfter = LinkerWords.Set("work-nouns-after");

    /// <summary>
    /// Organizations no list knows, followed by a lower-case noun of a river, pipeline or line, become places; names
    /// joined by "and" or commas before a plural such noun ("the Pra and Ankobra rivers") all do. A listed company
    /// keeps its type ("the Enbridge pipeline" is the company's).
    /// </summary>
    private static void WorksAsPlaces(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int n = tokens.Length;
        for (int k = 0; k < items.Count; k++)
        {
            int end = k;
            while (end + 1 < items.Count && items[end + 1].First == items[end].Last + 2
                && document.TokenText(items[end].Last + 1) is "and" or "," or "&")
            {
                end++;
            }

            int after = items[end].Last + 1;
            if (after >= n || tokens[after].Kind != TokenKind.Word || tokens[after].Has(TokenTraits.Capitalized))
            {
                k = end;
                continue;
            }

            ReadOnlySpan<char> noun = document.TokenText(after);
            if (WorkNounsAfter.Contains(noun) && (end == k || noun.EndsWith("s")))
            {
                for (int j = k; j <= end; j++)
                {
                    Item item = items[j];
                    if (item.Cut == 0 && item.Type == NameType.Organization && (ListKinds(document, item.First, item.Last) & OrganizationKinds) == 0)
                    {
                        items[j] = item with { Type = NameType.Place, Name = null };
                    }
                }
            }

            k = end;
        }
    }
}
