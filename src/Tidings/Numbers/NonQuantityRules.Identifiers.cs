using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>
/// Numbers that identify rather than count: names of models and products ("Boeing 737", "PlayStation 5", "FTSE 100"),
/// numbered things ("Article 5", "junctions 10 and 11"), codes and long digit strings (ISBNs, zip codes), numbers to
/// call and phone numbers, street numbers, and the rows of a table of names and counts that are not names.
/// </summary>
internal sealed partial class NonQuantityRules
{
    /// <summary>Session 38 (quant38, b26): whether the identifier noun at token <paramref name="before"/> is a verb after a modal,
    /// an auxiliary or a pronoun of [word-list] "multiplier-verb-before" ("would stage eight more walkouts", "will table 12
    /// amendments"); not after "to", "and" or "or" ("moved to stage 3", "stages 1 and stage 2").</summary>
    private bool IdentifierNounIsVerb(int before) =>
        before - 1 >= FirstToken && !Tok(before).Has(TokenTraits.Capitalized) && OnNamedList(before - 1, "multiplier-verb-before")
        && !Is(before - 1, "to") && !Is(before - 1, "and") && !Is(before - 1, "or");

    /// <summary>Whether the bare number names, codes or dials rather than counts: part of a model's name ("the 737 Max"),
    /// an ISBN or account number, a zip code, "the Group of 20", a results line ("Liverpool 4 Everton 0"), an identifier
    /// after its noun, an acronym or a product name ("Boeing 737", "FTSE 100", "iPhone 15"), a number to call, a phone
    /// number or another group of digits ("202 555 0100"). May widen the draft over the digits it names.</summary>
    private bool IsIdentifier(ref Draft n, int before, int after)
    {
        Token coreToken = Tok(n.CoreFirst); // review 38 (finding 2): the number's own token, read once
        ReadOnlySpan<char> coreText = Source.AsSpan(coreToken.Start, coreToken.Length);
        // Review 38 (finding 2): the neighbours' text is read once for the many words they are compared with.
        ReadOnlySpan<char> textBefore = TextIn(before), textAfter = TextIn(after);
        // Part of a model's name: "the 737 Max fell", "the 15 Pro".
        if (IsWord(after) && Tok(after).Has(TokenTraits.Capitalized) && OnList(after, WordLists.ModelSuffix))
        {
            return true;
        }

        // A long bare digit string is an ISBN, account or reference number: "9780306406157".
        if (coreToken.Length >= 10)
        {
            return true;
        }

        // "the 90210 zip code"
        if (IsText(textAfter, "zip") || IsText(textAfter, "postcode") || IsText(textAfter, "zipcode"))
        {
            return true;
        }

        // "the Group of 20", "G-20"
        if (before > FirstToken && IsText(textBefore, "of") && Is(before - 1, "Group"))
        {
            return true;
        }

        // A results line: "Liverpool 4 Everton 0".
        if (before >= FirstToken && Tok(before).Has(TokenTraits.Capitalized) && after + 1 < EndToken && IsWord(after)
            && Tok(after).Has(TokenTraits.Capitalized) && Tok(after + 1).Kind == TokenKind.Number && IsBareDigits(after + 1)
            && Text(after + 1).Length <= 2 && coreText.Length <= 2)
        {
            n.Last = after + 1;
            return true;
        }

        // Identifiers: "Boeing 737", "Article 5", "Flight 370", "No. 10" (not a table's cell: "South      865   12").
        bool cell = WideGap(n.CoreFirst);
        if (before >= FirstToken && n.First == n.CoreFirst && !cell)
        {
            WordInfo prev = Info(before);
            Token pt = Tok(before); // the word before, read once (review 38, finding 2)
            if (prev.Is(WordClass.IdentifierNoun) && !prev.Is(WordClass.Function) && !IdentifierNounIsVerb(before) || IsText(textBefore, "No.") || IsText(textBefore, "No"))
            {
                return true;
            }

            // An acronym names the thing the number belongs to: "FTSE 100", "MH 17", "A 4", "737 MAX 9 jets".
            if (pt.Kind == TokenKind.Word && pt.Has(TokenTraits.AllCaps) && !Units.TryCodeBefore(Text(before), out _)
                && (after >= EndToken || !IsWord(after) || !IsPlural(Text(after))
                    || before > FirstToken && Tok(before - 1).Kind == TokenKind.Number)
                && !TallyListItem(after))
            {
                return true;
            }

            // A product name with an inner capital: "PlayStation 5", "iPhone 15"; "S&P 500".
            if (pt.Kind == TokenKind.Word && HasInnerCapital(Text(before)) && !pt.Has(TokenTraits.AllCaps)
                || pt.Kind == TokenKind.Word && pt.Length == 1 && char.IsUpper(Text(before)[0])
                    && before > FirstToken && Glued(before) && Is(before - 1, "&"))
            {
                return true;
            }

            // A number inside a model name after a count: "134 Falcon 9 rockets", "171 Boeing 737 Max 9 jets".
            if (pt.Kind == TokenKind.Word && pt.Has(TokenTraits.Capitalized) && before > FirstToken
                && Tok(before - 1).Kind == TokenKind.Number && !prev.Is(WordClass.Function) && !prev.Is(WordClass.Month)
                && !pt.Has(TokenTraits.Abbreviation) && IsWord(after) && !Tok(after).Has(TokenTraits.Capitalized))
            {
                return true;
            }

            // A bare number right after a capitalised name and before no noun: "Windows 10 update", "Mazda 3".
            if (pt.Kind == TokenKind.Word && pt.Has(TokenTraits.Capitalized) && before > FirstToken && !prev.Is(WordClass.Function)
                && !prev.Is(WordClass.Month) && !pt.Has(TokenTraits.Abbreviation)
                && (after >= EndToken || Tok(after).Kind != TokenKind.Word
                    || Tok(after).Has(TokenTraits.Capitalized) && !(IsPlural(Text(after)) && !Tok(after).Has(TokenTraits.AllCaps)))
                && !IsSignedChangeInBrackets(after) && !ListOfCounts(before) && !TallyListItem(after))
            {
                return true;
            }
        }

        // Numbers to call: "Call 911", "text 741741", "call police on 101"; not "call 10 witnesses".
        if (IsNumberToCall(before, after))
        {
            return true;
        }

        // A US phone number with its area code in brackets: "(212) 555-0147".
        if (before >= FirstToken && IsText(textBefore, "(") && IsText(textAfter, ")") && coreText.Length == 3 && after + 1 < EndToken
            && Tok(after + 1).Kind == TokenKind.Number && Text(after + 1).Length == 8 && Text(after + 1)[3] == '-')
        {
            n.Last = after + 1;
            return true;
        }

        // Phone numbers and other digit groups: "202 555 0100".
        if (after < EndToken && Tok(after).Kind == TokenKind.Number && Tok(after).Has(TokenTraits.SpaceBefore) && IsBareDigits(after)
            && !(IsWord(after + 1) && Tok(after + 1).Has(TokenTraits.AllCaps)) // "44 737 MAX jets": a count and a model
            && !WideGap(after))
        {
            n.Last = after;
            return true;
        }

        if (before >= FirstToken && Tok(before).Kind == TokenKind.Number && IsBareDigits(before) && !cell)
        {
            return true;
        }

        return false;
    }

    /// <summary>A street number: "10 Downing Street" (a street suffix among the capitalised words after the number).</summary>
    private bool StreetNumber(int after)
    {
    for (int k = after; k < EndToken && k <= after + 3; k++)
    {
        Token w = Tok(k);
        if (w.Kind != TokenKind.Word || !w.Has(TokenTraits.Capitalized))
        {
            break;
        }

        if (k > after && Info(k).Is(WordClass.StreetSuffix))
        {
            return true;
        }
    }

        return false;
    }

    /// <summary>A number to call: after "call", "dial", "text", "ring" (or "call police on"), before no noun.</summary>
    private bool IsNumberToCall(int before, int after)
    {
        if (after < EndToken && IsWord(after) && !Info(after).Is(WordClass.Function))
        {
            return false;
        }

        // "ring 0800 555 0163 or 101": the second of two numbers to call.
        if (before > FirstToken && Is(before, "or") && Tok(before - 1).Kind == TokenKind.Number && IsBareDigits(before - 1))
        {
            before--;

            // A number to call has at most four groups ("0800 555 0163"); the walk back is bounded (review 38, finding 2).
            for (int groups = 1; groups < 4 && before > FirstToken && Tok(before - 1).Kind == TokenKind.Number && IsBareDigits(before - 1); groups++)
            {
                before--;
            }

            before--;
        }

        for (int k = before; k >= FirstToken && k >= before - 2; k--)
        {
            if (!IsWord(k))
            {
                // A word of calling is a word: one read for a number or a sign, not ten (review 38, finding 2).
                if (k == before)
                {
                    return false;
                }

                continue;
            }

            if (Is(k, "call") || Is(k, "dial") || Is(k, "dialled") || Is(k, "dialed") || Is(k, "dialling") || Is(k, "text")
                || Is(k, "ring") || Is(k, "phone") || Is(k, "hotline") || Is(k, "helpline"))
            {
                return true;
            }

            if (k == before && !Is(k, "on"))
            {
                return false; // only "call police on 101" reaches further back
            }
        }

        return false;
    }

    /// <summary>"Conservatives 121 (−251)": a tally row, where a count is followed by its signed change in brackets.</summary>
    private bool IsSignedChangeInBrackets(int k) =>
        k + 2 < EndToken && Tok(k).Has(TokenTraits.OpenBracket) && (Tok(k + 1).Has(TokenTraits.Dash) || Is(k + 1, "+"))
        && Tok(k + 2).Kind == TokenKind.Number;

    private static bool HasInnerCapital(ReadOnlySpan<char> word)
    {
        for (int k = 1; k < word.Length; k++)
        {
            if (char.IsUpper(word[k]) && char.IsLower(word[k - 1]))
            {
                return true;
            }
        }

        return word.Length > 1 && char.IsLower(word[0]) && char.IsUpper(word[1]); // "iPhone"
    }

    /// <summary>A name and its number in a list whose earlier item counted something: "Labour 410 seats, Conservatives
    /// 131" (a headline's results), not "Windows 10, Windows 11".</summary>
    private bool ListOfCounts(int name) =>
        name - 4 >= FirstToken && Is(name - 1, ",") && IsWord(name - 2) && !Tok(name - 2).Has(TokenTraits.Capitalized) && IsPlural(Text(name - 2))
        && Tok(name - 3).Kind == TokenKind.Number && IsWord(name - 4) && Tok(name - 4).Has(TokenTraits.Capitalized);

    /// <summary>
    /// "Final tally: Conservatives 169, Liberals 153, NDP 25": a number closing an item of a list of names (a comma, a
    /// full stop, a semicolon or the end after it) in a sentence that speaks of seats or votes ([word-list] "tally-list"),
    /// even beside a word of sport ("Seats won: …"), is a count of seats or votes, not part of a name ("Windows 10, Windows 11" and "Final score:
    /// Lakers 118, Nuggets 109" stay out). The sentence is read once, on first asking.
    /// </summary>
    private bool TallyListItem(int after) =>
        (after >= EndToken || Is(after, ",") || Is(after, ".") || Is(after, ";")) && SentenceHasListWord(WordLists.TallyList);

    /// <summary>Two or more characters of white space before token <paramref name="k"/>: the gap between a table's columns
    /// ("North       1,204   37"), never inside a name's number or a phone number.</summary>
    private bool WideGap(int k) => k > FirstToken && Tok(k).Start - Tok(k - 1).End >= 2;

    private bool IsBareDigits(int k)
    {
        foreach (char c in Text(k))
        {
            if (!CharClass.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
