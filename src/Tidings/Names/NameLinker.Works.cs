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

    /// <summary>Lower-case nouns of a plant, mine, field or dam after a name, perhaps after one or two lower-case
    /// modifiers ("the Vadinar refinery", "the Ostrava nuclear plant"; <c>LinkerWords.txt</c>).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FacilityNounsAfter = LinkerWords.Set("facility-nouns-after");

    /// <summary>Lower-case nouns of output before "at" and a facility ("output at Obuasi", "units at Medupi";
    /// <c>LinkerWords.txt</c>).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OutputNounsBeforeAt = LinkerWords.Set("output-nouns-before-at");

    /// <summary>
    /// Plants, mines, fields and dams named by the words around them are places (the blind conventions): "the Vadinar
    /// refinery", "the Jafurah gas field" (after "the", the name, at most two lower-case modifiers and a facility noun),
    /// "output at Obuasi", "units at Medupi and Kusile" (a noun of output, "at", names joined by "and"). An organization
    /// a list knows keeps its type ("the Tesla plant" is the company's).
    /// </summary>
    private static void FacilitiesAsPlaces(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int n = tokens.Length;
        for (int k = 0; k < items.Count; k++)
        {
            int end = k;
            while (end + 1 < items.Count && items[end + 1].First == items[end].Last + 2 && document.TokenText(items[end].Last + 1) is "and" or ",")
            {
                end++;
            }

            Item item = items[k];
            bool facility = false;
            if (item.First >= 1 && document.TokenText(item.First - 1) is "the" && end == k)
            {
                for (int j = item.Last + 1; j < n && j <= item.Last + 3 && IsLowerWord(document, j); j++)
                {
                    if (FacilityNounsAfter.Contains(document.TokenText(j)))
                    {
                        facility = true;
                        break;
                    }
                }
            }
            else if (item.First >= 2 && document.TokenText(item.First - 1) is "at" && OutputNounsBeforeAt.Contains(document.TokenText(item.First - 2)))
            {
                // Not "output at Codelco fell after an accident at its mine": a business owns what follows.
                facility = true;
                for (int j = items[end].Last + 1; j < n && j <= items[end].Last + 10 && !tokens[j].Has(TokenTraits.Terminal); j++)
                {
                    if (document.TokenText(j) is "its")
                    {
                        facility = false;
                        break;
                    }
                }
            }

            for (int j = k; facility && j <= end; j++)
            {
                Item named = items[j];
                if (named.Cut == 0 && named.Type == NameType.Organization && named.Last - named.First < 3
                    && (ListKinds(document, named.First, named.Last) & OrganizationKinds) == 0
                    && !OrganizationHeads.Contains(document.TokenText(named.Last)) && !PersonFreeHeads.Contains(document.TokenText(named.Last))
                    && !NameLexicon.Default.Contains(document.TokenText(named.Last), LexiconClass.OrganizationWord))
                {
                    items[j] = named with { Type = NameType.Place, Name = null };
                }
            }

            k = end;
        }
    }
}
