using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>
/// Races named by an amount (session 24): "the 2,000 Guineas at Newmarket", "won the 1,000 Guineas" — a number and a
/// capitalised word of [word-list] "race-name" after "the" name a race, though the word is also a unit ("500 guineas"
/// is money).
/// </summary>
internal sealed partial class NonQuantityRules
{
    /// <summary>Whether the number and its capitalised unit word after "the" name a race ([word-list] "race-name").</summary>
    private bool RaceByName(in Draft n, int before) =>
        n.Last == n.CoreFirst + 1 && Is(before, "the") && IsWord(n.Last) && Tok(n.Last).Has(TokenTraits.Capitalized)
        && OnList(n.Last, WordLists.RaceName);
}
