using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>Organizations told by how their names are written: web addresses ("Pump.fun", "Kaspi.kz", "350.org") and
/// brands in lower camel case ("vLex", "bKash", "airBaltic", "inDrive").</summary>
internal static partial class NameLinker
{
    /// <summary>
    /// A name written as a web address — a word, a period and a lower-case domain of two to four letters, with no space
    /// between ("Pump.fun", "Kaspi.kz", "Layoffs.fyi", "350.org") — is an organization: a name the recognizer ended
    /// before the period is extended over the domain and typed so (it found "Kaspi" as a place; a miscellaneous name
    /// only when it is the word alone or the address whole), and one it left untagged is added. So is a lone untagged word in lower camel case ("Clio agreed to buy vLex", "boAt and Shadowfax
    /// filed", "Latvia's airBaltic"), or such a word the recognizer called a product or an event (it read "airBaltic"
    /// as a miscellaneous name): a short lower-case prefix, a capital and a lower-case letter. Not Apple's "i" words
    /// ("iPhone"), not "mRNA" or "eVTOL" (capitals run on), not a word beside a capitalised one, which belongs to a
    /// longer name the recognizer has seen whole or not at all ("Raphe mPhibr", "eSafety Commissioner").
    /// </summary>
    /// <remarks>One walk over the tokens beside one over the names, so linear; nothing is allocated unless a name is added.</remarks>
    private static List<Item> OrganizationsByShape(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        List<Item>? added = null;
        int next = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind is not (TokenKind.Word or TokenKind.Number))
            {
                continue;
            }

            while (next < items.Count && items[next].Last < i)
            {
                next++;
            }

            bool covered = next < items.Count && items[next].First <= i;
            if (IsWebAddress(document, i))
            {
                if (!covered)
                {
                    (added ??= TakeList(4)).Add(new Item(i, i + 2, NameType.Organization, null, null));
                }
                else if (items[next].Last == i && (items[next].Type != NameType.Miscellaneous || items[next].First == i) && items[next].Cut == 0
                    && (next + 1 >= items.Count || items[next + 1].First > i + 2))
                {
                    items[next] = items[next] with { Last = i + 2, Type = NameType.Organization, Name = null };
                }
                else if (items[next].First == i && items[next].Last == i + 2 && items[next].Type == NameType.Miscellaneous)
                {
                    items[next] = items[next] with { Type = NameType.Organization };
                }

                i += 2;
                continue;
            }

            bool miscellaneous = covered && items[next].First == i && items[next].Last == i && items[next].Type == NameType.Miscellaneous;
            if ((!covered || miscellaneous) && IsLowerCamel(document.TokenText(i))
                && !(i > 0 && IsCapitalWord(document, i - 1)) && !(i + 1 < tokens.Length && IsCapitalWord(document, i + 1)))
            {
                if (miscellaneous)
                {
                    items[next] = items[next] with { Type = NameType.Organization };
                }
                else
                {
                    (added ??= TakeList(4)).Add(new Item(i, i, NameType.Organization, null, null));
                }
            }
        }

        if (added is null)
        {
            return items;
        }

        List<Item> result = MergeSorted(items, added);
        GiveBack(added);
        return result;
    }

    /// <summary>Whether tokens <paramref name="i"/>, <paramref name="i"/> + 1 and + 2 spell a web address: a word that
    /// opens with a capital or a digit, a period and a domain of two to four lower-case letters, with no space between
    /// and no word run on after ("Pump.fun", "350.org"; not "U.S.", not a sentence ending "sales.com" with a space).</summary>
    private static bool IsWebAddress(Document document, int i)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        if (i + 2 >= tokens.Length || tokens[i + 1].Has(TokenTraits.SpaceBefore) || tokens[i + 2].Has(TokenTraits.SpaceBefore)
            || tokens[i + 2].Kind != TokenKind.Word || document.TokenText(i + 1) is not ".")
        {
            return false;
        }

        if (i + 3 < tokens.Length && !tokens[i + 3].Has(TokenTraits.SpaceBefore) && tokens[i + 3].Kind == TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> word = document.TokenText(i);
        ReadOnlySpan<char> domain = document.TokenText(i + 2);
        if (word.Length < 2 || !(char.IsAsciiLetterUpper(word[0]) || char.IsAsciiDigit(word[0])) || domain.Length is < 2 or > 4)
        {
            return false;
        }

        foreach (char c in domain)
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="word"/> is written in lower camel case as brands are: one to five lower-case
    /// letters, a capital, then a lower-case letter, four letters at least ("vLex", "boAt", "ideaForge"; not "iPhone",
    /// "mRNA", "eVTOL", "xQc").</summary>
    private static bool IsLowerCamel(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || !char.IsAsciiLetterLower(word[0]))
        {
            return false;
        }

        int p = 1;
        while (p < word.Length && p <= 5 && char.IsAsciiLetterLower(word[p]))
        {
            p++;
        }

        return p < word.Length - 1 && p <= 5 && char.IsAsciiLetterUpper(word[p]) && char.IsAsciiLetterLower(word[p + 1])
            && !(p == 1 && word[0] == 'i');
    }
}
