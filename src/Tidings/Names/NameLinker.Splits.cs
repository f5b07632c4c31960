using Tidings.Text;

namespace Tidings.Names;

/// <summary>
/// Organizations the recognizer ran into one name, taken apart: lists ("BlackRock, Fidelity and Grayscale"), two
/// bodies joined by "and", a unit after a listed owner's "'s", a home place before an organisation noun, a body then
/// "in" a known place, and a coined company then "of" the place it is located in ("RBL Bank of India").
/// </summary>
internal static partial class NameLinker
{
    /// <summary>
    /// Organizations the recognizer ran into one name are split: a list ("BlackRock, Fidelity and Grayscale"), a
    /// body ending in an organisation head before "and" ("Lloyds Banking Group and Close Brothers"), and a body then
    /// "in" and a known place ("Caversham Primary School in Reading": the school, then the town).
    /// </summary>
    private static List<Item> SplitRunTogether(Document document, List<Item> items)
    {
        List<Item>? result = null;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            if (item.Type == NameType.Organization && item.Last - item.First >= 2 && SplitParts(document, item) is List<Item> parts)
            {
                result ??= TakeList(items, k);
                result.AddRange(parts);
                continue;
            }

            result?.Add(item);
        }

        return result ?? items;
    }

    /// <summary>The parts of <paramref name="item"/> when it splits; null when it does not.</summary>
    private static List<Item>? SplitParts(Document document, Item item)
    {
        bool comma = false;
        for (int j = item.First + 1; j < item.Last; j++)
        {
            if (document.TokenText(j) is ",")
            {
                comma = true;
            }
        }

        // "including Aviva Investors and Legal & General", "shares of Ocado and Rightmove", "two affiliates, Samsung C&T and
        // Cheil Industries": words that introduce several names, unless the whole is a listed organization.
        bool several = IntroducesSeveral(document, item.First) && (ListKinds(document, item.First, item.Last) & OrganizationKinds) == 0;
        int start = item.First;
        bool official = false; // the part so far has "of"/"for" ("Board of Control for Cricket")
        var parts = new List<Item>();
        for (int j = item.First + 1; j < item.Last; j++)
        {
            ReadOnlySpan<char> word = document.TokenText(j);
            bool cut = word is "," || (comma && word is "and" or "or")
                || (word is "and" && OrganizationHeads.Contains(document.TokenText(j - 1)) && j - 1 > start)
                || (several && word is "and" && !official);
            if (cut)
            {
                int next = j + 1;
                if (word is "," && next < item.Last && document.TokenText(next) is "and" or "or")
                {
                    next++;
                }

                if (!IsCapitalWord(document, next) || !IsCapitalWord(document, start))
                {
                    return null;
                }

                parts.Add(new Item(start, j - 1, NameType.Organization, null, null));
                start = next;
                j = next;
                official = false;
                continue;
            }

            // "PayPal's Braintree": a listed organization's unit.
            if (word is "'s" or "’s" && IsCapitalWord(document, j + 1) && parts.Count == 0
                && (ListKinds(document, start, j - 1) & OrganizationKinds) != 0)
            {
                parts.Add(new Item(start, j - 1, NameType.Organization, null, null));
                parts.Add(new Item(j + 1, item.Last, NameType.Organization, null, null));
                return parts;
            }

            // "Madrid paper Marca": a noun inside says the rest is the organization, the start its home.
            if (OrganizationNounsBefore.Contains(word) && parts.Count == 0 && IsCapitalWord(document, j + 1) && !IsCapitalWord(document, j))
            {
                if (IsKnownPlace(document.Text.AsSpan(document.Tokens[start].Start, document.Tokens[j - 1].End - document.Tokens[start].Start)))
                {
                    parts.Add(new Item(start, j - 1, NameType.Place, null, null));
                }

                parts.Add(new Item(j + 1, item.Last, NameType.Organization, null, null));
                return parts;
            }

            // "Caversham Primary School in Reading", but not "Board of Control for Cricket in India" (an official name).
            if (word is "in" && IsCapitalWord(document, j + 1) && j - 1 > start && !official && item.Last - j <= 3
                && IsKnownPlace(document.Text.AsSpan(document.Tokens[j + 1].Start, document.Tokens[item.Last].End - document.Tokens[j + 1].Start)))
            {
                parts.Add(new Item(start, j - 1, NameType.Organization, null, null));
                parts.Add(new Item(j + 1, item.Last, NameType.Place, null, null));
                return parts;
            }

            official |= word is "of" or "for";
        }

        if (parts.Count == 0)
        {
            return null;
        }

        parts.Add(new Item(start, item.Last, NameType.Organization, null, null));
        return parts;
    }

    /// <summary>Whether the words before token <paramref name="first"/> introduce several names: "including", "such
    /// as", "rivals include", "shares of", "between", or a plural noun and a comma ("two Samsung affiliates, …").</summary>
    private static bool IntroducesSeveral(Document document, int first)
    {
        if (first < 1)
        {
            return false;
        }

        ReadOnlySpan<char> before = document.TokenText(first - 1);
        if (before is "including" or "include" or "includes" or "included" or "between" or "like"
            || (before is "as" && first >= 2 && document.TokenText(first - 2) is "such"))
        {
            return true;
        }

        if (before is "of" or "in" && first >= 2 && document.TokenText(first - 2) is "shares" or "stakes" or "stocks")
        {
            return true;
        }

        return before is "," && first >= 2 && document.Tokens[first - 2].Kind == TokenKind.Word && !document.Tokens[first - 2].Has(TokenTraits.Capitalized)
            && document.TokenText(first - 2) is { Length: > 3 } plural && plural[^1] == 's' && plural[^2] != 's';
    }
}
