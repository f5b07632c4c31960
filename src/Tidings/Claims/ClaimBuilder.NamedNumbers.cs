using Tidings.Text;
using Cls = Tidings.Claims.ClaimWords.Cls;

namespace Tidings.Claims;

/// <summary>
/// The named-numbers room (session 34; moved out of the asides room and narrowed by mend34c, review 34c findings 1, 2, 4
/// and 5): numbers that name a thing rather than count one ("polling station 4", "Saturday's winning numbers were 4, 11,
/// 23"), the first half of a suspended compound modifier ("18- to 24-year-olds") and "one" standing for a second holder
/// ("£360,000 more than one in the North East") are no claims. Every look is bounded by a few tokens.
/// </summary>
internal sealed partial class ClaimBuilder
{
    /// <summary>The list of bare numbers the last identifier walk read (session 35, claims35, review 34c F7): its first and
    /// last member tokens and how many numbers it holds. A number inside it reuses the walk, so a long list is read once
    /// and the walk needs no cap.</summary>
    private (int First, int Last, int Count) _identifierRun = (-1, -1, 0);

    /// <summary>The most characters read of the second half of a suspended compound ("24-year-olds").</summary>
    private const int MaxCompound = 40;

    /// <summary>The nouns a bare whole number after them may name rather than count (claim-guards [identifier-nouns]:
    /// "number", "ball", "route", "station", "ward", "division").</summary>
    private static readonly AsciiWordTable<bool> IdentifierNouns = ClaimGuards.Set("identifier-nouns");

    /// <summary>The [identifier-nouns] that name drawn numbers by themselves, so a list of bare numbers after them and a
    /// copula or colon names the draw ("Tonight's draw: 3, 17, 28"; claim-guards [identifier-list-nouns]).</summary>
    private static readonly AsciiWordTable<bool> IdentifierListNouns = ClaimGuards.Set("identifier-list-nouns");

    /// <summary>The words before an [identifier-nouns] word that make it an identifier ("winning numbers", "bonus ball",
    /// "polling station", "squad number"; claim-guards [identifier-qualifiers]).</summary>
    private static readonly AsciiWordTable<bool> IdentifierQualifiers = ClaimGuards.Set("identifier-qualifiers");

    /// <summary>The copulas and marks a list of identifying numbers may stand after its noun with ("numbers were 4, 17,
    /// …", "draw: 3, 17, …"; claim-guards [identifier-links]).</summary>
    private static readonly AsciiWordTable<bool> IdentifierLinks = ClaimGuards.Set("identifier-links");

    /// <summary>The words after "more/less than one" that describe the second holder "one" stands for ("one in the North
    /// East", "one earning £20,000", "one who"; claim-guards [pronoun-one-openers]).</summary>
    private static readonly AsciiWordTable<bool> PronounOneOpeners = ClaimGuards.Set("pronoun-one-openers");

    /// <summary>The words that close a suspended compound's second half as a multiple, not a modifier of a noun
    /// ("10- to 15-fold"; claim-guards [compound-multiples]).</summary>
    private static readonly AsciiWordTable<bool> CompoundMultiples = ClaimGuards.Set("compound-multiples");

    /// <summary>The words that close a suspended compound's second half as an age band ("18- to 24-year-olds";
    /// claim-guards [compound-age-bands]).</summary>
    private static readonly AsciiWordTable<bool> CompoundAgeBands = ClaimGuards.Set("compound-age-bands");

    /// <summary>Whether the bare whole number at <paramref name="first"/> names a thing rather than counting one: right
    /// after an [identifier-nouns] head read as a noun ("polling station 4", "the bonus ball 19", "Numbers 7, 10 and 23",
    /// "Lucky Stars 2 and 9", "Division 214:"), or in a list of at least three bare numbers after a noun of drawn numbers
    /// and a copula or colon ("Saturday's winning numbers were 4, 17, 23, 38 and 44", "Tonight's draw: 3, 17, 28, 40,
    /// 46"). "Visitor numbers were 412, 455 and 498", "The coalition now numbers 14 parties" and "won the division 12
    /// points clear" still count.</summary>
    private bool IdentifierNumber(int first, int last)
    {
        if (first != last || !BareWhole(first))
        {
            return false;
        }

        // Back over the list this number ends, then on to its end: bare numbers and the commas, semicolons and "and"s
        // between them (read once per list: a later number of it reuses the walk).
        if (!(first >= _identifierRun.First && first <= _identifierRun.Last))
        {
            int members = 1;
            int back = first - 1;
            for (; back >= _sentenceFirst; back--)
            {
                if (BareWhole(back))
                {
                    members++;
                }
                else if (!ListSeparator(back))
                {
                    break;
                }
            }

            int ahead = first + 1;
            for (; ahead < _sentenceFirst + _sentenceLength; ahead++)
            {
                if (BareWhole(ahead))
                {
                    members++;
                }
                else if (!ListSeparator(ahead))
                {
                    break;
                }
            }

            _identifierRun = (back + 1, ahead - 1, members);
        }

        int k = _identifierRun.First - 1, after = _identifierRun.Last + 1, count = _identifierRun.Count;

        if (k < _sentenceFirst || Tokens[k].Kind != TokenKind.Word && !Is(k, ":"))
        {
            return false;
        }

        // "polling station 4", "Numbers 7, 10 and 23": the noun right before the list, read as a noun (capitalised, or
        // after a determiner, a preposition, a possessive or an identifier qualifier), a plural one naming more than one
        // number ("now numbers 14" is the verb), and the list no count of a noun that follows it ("12 points clear").
        if (IdentifierNouns.Contains(Word(k)) && BareWhole(k + 1))
        {
            return IdentifierHead(k) && (count > 1 || !Word(k).EndsWith('s')) && !CountedNounAt(after);
        }

        // "winning numbers were 4, 17, 23": the whole list after a noun of drawn numbers and a copula or colon, at least
        // three numbers long; "numbers" names a draw only after an identifier qualifier ("Visitor numbers were 412, 455").
        return count >= 3 && IdentifierLinks.Contains(Word(k)) && k - 1 >= _sentenceFirst && Tokens[k - 1].Kind == TokenKind.Word
            && (IdentifierListNouns.Contains(Word(k - 1))
                || IdentifierNouns.Contains(Word(k - 1)) && k - 2 >= _sentenceFirst && IdentifierQualifiers.Contains(Word(k - 2)));
    }

    /// <summary>Whether token <paramref name="k"/> separates the members of a list of bare numbers (",", ";", "and").</summary>
    private bool ListSeparator(int k) => Is(k, ",") || Is(k, "and") || Is(k, ";");

    /// <summary>Whether the [identifier-nouns] word at <paramref name="k"/> is read as the head of a name: capitalised
    /// ("Division 214", "Lucky Stars 2"), or after a determiner, a preposition, a possessive or an identifier qualifier
    /// ("the division", "from platform 9", "Saturday's draw", "polling station 4"); not after a subject and an adverb
    /// ("The coalition now numbers").</summary>
    private bool IdentifierHead(int k)
    {
        if (Tokens[k].Has(TokenTraits.Capitalized))
        {
            return true;
        }

        int before = k - 1;
        return before >= _sentenceFirst && (Has(before, Cls.Determiner | Cls.Preposition) || IdentifierQualifiers.Contains(Word(before))
            || Word(before).EndsWith("'s", StringComparison.OrdinalIgnoreCase) || Word(before).EndsWith("’s", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether token <paramref name="k"/> is a lower-case word of no closed class, a noun the number before it
    /// counts ("14 parties", "12 points clear").</summary>
    private bool CountedNounAt(int k) =>
        k < _sentenceFirst + _sentenceLength && Tokens[k].Kind == TokenKind.Word && !Tokens[k].Has(TokenTraits.Capitalized)
        && !Has(k, Cls.Clause | Cls.Breaker | Cls.Preposition | Cls.Determiner | Cls.Verb | Cls.ChangeVerb | Cls.TimeWord);

    /// <summary>Whether token <paramref name="k"/> is a bare whole number: digits only, no unit, no separator ("17").</summary>
    private bool BareWhole(int k)
    {
        if (k < _sentenceFirst || k >= _sentenceFirst + _sentenceLength || Tokens[k].Kind != TokenKind.Number || Tokens[k].Length > 4)
        {
            return false;
        }

        foreach (char c in Word(k))
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"18- to 24-year-olds", "10- to 15-year sentences": a number with a suspended hyphen before "to" is the first
    /// half of a compound modifier, no quantity claimed, when the second half is an age band or stands before a noun it
    /// modifies; "rise 10- to 15-fold" claims both ends (mend34c, review 34c finding 4).</summary>
    private bool SuspendedCompound(int first, int last)
    {
        if (first != last || Tokens[first].Kind != TokenKind.Number)
        {
            return false;
        }

        int to = last + 1;
        if (!Word(last).EndsWith('-'))
        {
            if (!(Is(to, "-") && Tokens[to].Start == Tokens[last].Start + Tokens[last].Length))
            {
                return false;
            }

            to++;
        }

        return Is(to, "to") && to + 1 < _sentenceFirst + _sentenceLength && CompoundModifier(to + 1);
    }

    /// <summary>Whether the hyphenated compound that starts at token <paramref name="k"/> ("24-year-olds", "15-year",
    /// "15-fold") is an age band or a modifier of the lower-case noun after it, not a multiple or a bare amount.</summary>
    private bool CompoundModifier(int k)
    {
        int start = Tokens[k].Start;
        int end = start;
        while (end < _text.Length && end - start < MaxCompound && !char.IsWhiteSpace(_text[end]) && (char.IsLetterOrDigit(_text[end]) || _text[end] is '-' or '.'))
        {
            end++;
        }

        ReadOnlySpan<char> compound = _text.AsSpan(start, end - start).TrimEnd('.');
        int hyphen = compound.LastIndexOf('-');
        if (hyphen < 0)
        {
            return false;
        }

        ReadOnlySpan<char> tail = compound[(hyphen + 1)..];
        if (CompoundAgeBands.Contains(tail))
        {
            return true;
        }

        if (CompoundMultiples.Contains(tail))
        {
            return false;
        }

        // The token after the compound: a lower-case noun it modifies ("10-year gilts"), not a preposition ("by 2030").
        int next = k;
        while (next < _sentenceFirst + _sentenceLength && Tokens[next].Start < start + compound.Length)
        {
            next++;
        }

        return CountedNounAt(next);
    }

    /// <summary>"roughly £360,000 more than one in the North East", "£200 less than one earning £20,000": "more/less than
    /// one" right after another amount, with a description of a holder after "one" (a preposition, a participle or a
    /// relative of claim-guards [pronoun-one-openers]), sets that amount against a second holder ("one" a pronoun), no
    /// quantity claimed; "500 staff at more than one site" counts (session 34; mend34c, review 34c finding 5).</summary>
    private bool PronounOne(ReadOnlySpan<(int First, int Last)> at, int i)
    {
        (int first, int last) = at[i];
        return i > 0 && last == first + 2 && Is(last, "one") && Is(first + 1, "than") && at[i - 1].Last + 1 == first
            && (Is(first, "more") || Is(first, "less") || Is(first, "fewer"))
            && last + 1 < _sentenceFirst + _sentenceLength && Tokens[last + 1].Kind == TokenKind.Word && PronounOneOpeners.Contains(Word(last + 1));
    }
}
