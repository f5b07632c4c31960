using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>Organizations told by how their names are written: web addresses ("Pump.fun", "Kaspi.kz", "350.org"),
/// brands in lower camel case ("vLex", "bKash", "airBaltic", "inDrive") and names coded with digits ("3M", "7-Eleven",
/// "1Password", "bet365", "37signals") where a firm's verb or a list of firms is beside them.</summary>
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
    /// <remarks>One walk over the tokens beside one over the names, so linear; nothing is allocated unless a name is added.
    /// A name coded with digits (<see cref="IsCodedName"/>) is added only where the words beside it are a firm's
    /// (<see cref="ActsAsCodedFirm"/>): alone, "3M" is as likely three metres' worth of a product.</remarks>
    private static List<Item> OrganizationsByShape(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        List<Item>? added = null;
        int next = 0;
        int lastAdded = -1; // the last token typed here as a coded name, so a list of them runs on ("2U, 37signals and 4imprint")
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
                    // A name found on the domain alone ("You.com": "com") becomes the address; one that runs on past
                    // it is left ("0٣.bn Inc": "bn Inc" found apart), so no two names overlap.
                    if (next >= items.Count || items[next].First > i + 2)
                    {
                        (added ??= TakeList(4)).Add(new Item(i, i + 2, NameType.Organization, null, null));
                    }
                    else if (items[next].Last <= i + 2 && (next + 1 >= items.Count || items[next + 1].First > i + 2))
                    {
                        items[next] = new Item(i, i + 2, NameType.Organization, null, null);
                    }
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
            if ((!covered || miscellaneous) && tokens[i].Has(TokenTraits.HasDigit) && IsCodedName(document.TokenText(i))
                && ActsAsCodedFirm(document, i, items, next, added, lastAdded))
            {
                if (miscellaneous)
                {
                    items[next] = items[next] with { Type = NameType.Organization };
                }
                else
                {
                    (added ??= TakeList(4)).Add(new Item(i, i, NameType.Organization, null, null));
                }

                lastAdded = i;
                continue;
            }

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

    /// <summary>Letters glued to a figure that make it a quantity, an ordinal or a decade, not a name ("10km", "19th",
    /// "1980s", "2.3bn", "5G", "3D"; LinkerWords.txt "number-suffixes", written as they stand after the figure).</summary>
    private static readonly WordSet NumberSuffixes = LinkerWords.Set("number-suffixes");

    /// <summary>
    /// Whether <paramref name="word"/>, one token holding a digit, is written as a company's coded name: a figure and
    /// a capitalised word or mixed-case letters ("1Password", "23andMe", "99Food"), a single capital that is no unit
    /// ("3M", "2U", "1X"; not "5G", "3D", "4K"), four lower-case letters or more that are no unit ("37signals",
    /// "4imprint", "4chan"; not "10km", "1980s", "12million"), a figure, "x" and a figure ("8x8"), a figure, a hyphen
    /// and a capitalised word ("7-Eleven"; not "25-year-old"); or three lower-case letters or more and a figure of two
    /// digits or more ("bet365"). A capital first ("F-35", "G7", "A320", "Q3") is a model, a group of states or a
    /// quarter as often as a firm, and is left alone.
    /// </summary>
    private static bool IsCodedName(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word.Length > 16)
        {
            return false;
        }

        int p = 0;
        if (char.IsAsciiLetterLower(word[0]))
        {
            while (p < word.Length && char.IsAsciiLetterLower(word[p]))
            {
                p++;
            }

            int letters = p;
            while (p < word.Length && char.IsAsciiDigit(word[p]))
            {
                p++;
            }

            return letters >= 3 && p - letters >= 2 && p == word.Length;
        }

        while (p < word.Length && char.IsAsciiDigit(word[p]))
        {
            p++;
        }

        if (p == 0 || p == word.Length)
        {
            return false;
        }

        ReadOnlySpan<char> rest = word[p..];
        if (rest[0] == '-')
        {
            rest = rest[1..];
            return rest.Length >= 2 && char.IsAsciiLetterUpper(rest[0]) && AllLetters(rest[1..], lower: true);
        }

        if (rest.Length >= 2 && rest[0] == 'x' && AllDigits(rest[1..]))
        {
            return true;
        }

        if (!char.IsAsciiLetter(rest[0]) || !AllLetters(rest, lower: false) || NumberSuffixes.Contains(rest))
        {
            return false;
        }

        int capitals = 0;
        foreach (char c in rest)
        {
            capitals += char.IsAsciiLetterUpper(c) ? 1 : 0;
        }

        return rest.Length == 1 ? capitals == 1 // "3M", "2U"
            : capitals > 0 ? capitals < rest.Length // "1Password", "23andMe"; not "4WD"
            : rest.Length >= 4; // "37signals"

        static bool AllDigits(ReadOnlySpan<char> s)
        {
            foreach (char c in s)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }
            }

            return s.Length > 0;
        }

        static bool AllLetters(ReadOnlySpan<char> s, bool lower)
        {
            foreach (char c in s)
            {
                if (lower ? !char.IsAsciiLetterLower(c) : !char.IsAsciiLetter(c))
                {
                    return false;
                }
            }

            return s.Length > 0;
        }
    }

    /// <summary>
    /// Whether the words beside token <paramref name="i"/> make it a firm: a firm's verb after it ("3M agreed", "2U
    /// filed", in a headline "3M Jumps"), a share move ("3M +1.9%"), a firm's noun or an owning verb before it ("the
    /// owner of 7-Eleven", "shares of 3M", "fined 23andMe"), or a list with an organization beside it ("1Password,
    /// CrowdStrike", "8x8 and RingCentral") or an apposition naming a firm ("23andMe, the genetic-testing firm,"), the token typed here just before counting as one (<paramref name="lastAdded"/>).
    /// </summary>
    private static bool ActsAsCodedFirm(Document document, int i, List<Item> items, int next, List<Item>? added, int lastAdded)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        if (i >= 1 && document.TokenText(i - 1) is "$" or "£" or "€" or "¥" or "US$")
        {
            return false; // "$3M": a sum
        }

        if (i + 1 < tokens.Length)
        {
            ReadOnlySpan<char> after = document.TokenText(i + 1);
            if (SubjectVerbs.Contains(after) || BusinessVerbs.Contains(after) || ShareMoves.Contains(after)
                || (after.Length > 1 && char.IsAsciiLetterUpper(after[0]) && ContainsLowered(HeadlineVerbs, after))
                || (after is "+" or "-" or "\u2212" && i + 2 < tokens.Length && tokens[i + 2].Kind == TokenKind.Number
                    && i + 3 < tokens.Length && document.TokenText(i + 3) is "%"))
            {
                return true;
            }
        }

        // An apposition naming its trade: "23andMe, the genetic-testing firm, filed".
        if (i + 3 < tokens.Length && document.TokenText(i + 1) is "," && document.TokenText(i + 2) is "the" or "a" or "an")
        {
            for (int j = i + 3; j < tokens.Length && j <= i + 6; j++)
            {
                if (FirmAppositionNouns.Contains(document.TokenText(j)))
                {
                    return true;
                }
            }
        }

        bool sumLike = char.IsAsciiDigit(document.TokenText(i)[0]) && char.IsAsciiLetterUpper(document.TokenText(i)[^1])
            && document.TokenText(i).Length >= 2 && char.IsAsciiDigit(document.TokenText(i)[^2]); // "raised 50M": a sum after a verb
        if (i >= 1 && !sumLike && (BusinessVerbs.Contains(document.TokenText(i - 1)) || OwningVerbs.Contains(document.TokenText(i - 1))
            || (i >= 2 && document.TokenText(i - 1) is "of" && (FirmTakers.Contains(document.TokenText(i - 2)) || document.TokenText(i - 2) is "owner" or "owners"))))
        {
            return true;
        }

        // In a list: an organization or a coded name just before, or an organization just after.
        int previousLast = -1;
        if (next > 0 && items[next - 1].Type == NameType.Organization)
        {
            previousLast = items[next - 1].Last;
        }

        if (added is not null && added.Count > 0 && added[^1].Last < i && added[^1].Type == NameType.Organization)
        {
            previousLast = Math.Max(previousLast, added[^1].Last);
        }

        previousLast = Math.Max(previousLast, lastAdded);
        if (previousLast >= 0 && Coordinated(document, previousLast, i))
        {
            return true;
        }

        return next < items.Count && items[next].First > i && items[next].Type == NameType.Organization && Coordinated(document, i, items[next].First);
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
