using Tidings.Numbers;
using Tidings.Text;
using Cls = Tidings.Claims.ClaimWords.Cls;

namespace Tidings.Claims;

/// <summary>
/// The bridge-words room of the grouping grammar: what a token between two quantities is (a plain noun, a skippable
/// time or noun word, a link word, a possessive mark, a new clause after a comma) and the small readers the bridge uses
/// ("from" after B, a rival before "at", a multiple).
/// </summary>
internal sealed partial class ClaimBuilder
{
    /// <summary>A plain lowercase word that can sit in a noun phrase: no verb, link, determiner or preposition.</summary>
    private bool BareNoun(int j) =>
        j < Tokens.Length && Tokens[j].Kind == TokenKind.Word && !Tokens[j].Has(TokenTraits.Capitalized)
        && !Has(j, Cls.Breaker | Cls.Determiner | Cls.Preposition | Cls.Verb | Cls.Reporting | Cls.ChangeVerb) && !IsLinkWord(j);

    /// <summary>Whether token <paramref name="j"/> of a bridge can be passed over: a counted noun, a time phrase, a comma,
    /// "up"/"down", or a verb of movement after "before" ("before easing to").</summary>
    private bool Skippable(int j, int lastOfA, bool verbs)
    {
        Token t = Tokens[j];
        if (NameJoint(j, lastOfA))
        {
            return true; // "71.2% of A&E patients", "23.4 million on BBC One and iPlayer": a joint inside a name
        }

        // "graded A* or A": a star glued to the word before it marks a grade or a footnote.
        if (Is(j, "*") && !t.Has(TokenTraits.SpaceBefore))
        {
            return true;
        }

        if (t.Kind == TokenKind.Punctuation)
        {
            // "$35.1 billion (up 94%)": a bracket opening the move of the level before it.
            // "spent £31m on agency staff – down from £44m", "drawn in $1.9bn from investors – ahead of the $1.5bn": a
            // dash opens an aside as a comma does (session 37, claims37b, b25).
            return Is(j, ",") || Is(j, "–") || Is(j, "—") || IsPossessiveMark(j) || Is(j, "(") && j + 1 < Tokens.Length && (Is(j + 1, "up") || Is(j + 1, "down"))
                || PerUnitSlash(j); // "averaged 312.4p/kg, up 6.1p"
        }

        if (t.Kind == TokenKind.Number)
        {
            return true; // a year or a day in a time phrase: "in 2012", "on 4 May" (quantities never sit in a bridge)
        }

        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        if (EndedPeriod(j, lastOfA))
        {
            return true;
        }

        if (Has(j, Cls.Breaker))
        {
            // "between May and July"; "36% of rivers were in good health, well below the 75% target"; "so far"
            return Is(j, "and") && j - 1 > lastOfA && Has(j - 1, Cls.TimeWord) && Has(j + 1, Cls.TimeWord)
                || verbs && (Is(j, "was") || Is(j, "were") || Is(j, "is") || Is(j, "are") || Is(j, "had") || Is(j, "has") || Is(j, "have") || Is(j, "been"))
                || Is(j, "so") && Is(j + 1, "far")
                || verbs && Is(j, "they") && j - 1 > lastOfA && Has(j - 1, Cls.Reporting) // "46% of Americans say they trust …, down from 62%"
                || verbs && Is(j, "and") && j - 1 > lastOfA && BareNoun(j - 1) && BareNoun(j + 1); // "heart attack and stroke patients"
        }

        if (Has(j, Cls.ChangeVerb))
        {
            // "a threefold rise in measles admissions, to 57": the move's noun right after its size.
            if (j == lastOfA + 1 && Has(j, Cls.ChangeNoun))
            {
                return true;
            }

            // "worth an initial £40 million, potentially rising to £50 million": a move in -ing right before its "to".
            return verbs || j - 1 > lastOfA && Is(j - 1, "before")
                || Word(j).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && j + 2 < Tokens.Length && (Is(j + 1, "to") || Is(j + 1, "by"))
                    && Tokens[j + 2].Kind != TokenKind.Word;
        }

        // "dropped 23% in the first half compared with the same period in 2023, to about 513,000": a time phrase compared.
        if (Is(j, "compared") && j + 2 < Tokens.Length && (Is(j + 1, "with") || Is(j + 1, "to")) && (Has(j + 2, Cls.Determiner | Cls.TimeWord)))
        {
            return true;
        }

        if (Has(j, Cls.Reporting) || (Has(j, Cls.Verb) && !Has(j, Cls.NotVerb)))
        {
            return verbs;
        }

        ReadOnlySpan<char> w = Word(j);
        if (!t.Has(TokenTraits.Capitalized) && w.Length > 4 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !Has(j, Cls.NotVerb)
            && !(j - 1 > lastOfA && (Has(j - 1, Cls.Determiner) || IsPossessiveMark(j - 1))) // "of their combined revenue"
            && !(j == lastOfA + 1 && AdjectiveBeforeNoun(j))) // "204.8 million registered voters"
        {
            return verbs;
        }

        return true;
    }

    /// <summary>A clause of its own opening after a comma: ", taking the annual rate to 2.4%", ", with airfares up 8.9%"
    /// (a participle or an absolute "with"; "according to" names a source, a move in -ing is read by the bridge).</summary>
    private bool NewClauseAfterComma(int j)
    {
        if (j - 1 < _sentenceFirst || !Is(j - 1, ",") || Tokens[j].Kind != TokenKind.Word || Tokens[j].Has(TokenTraits.Capitalized))
        {
            return false;
        }

        return Is(j, "with")
            || Word(j).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && Word(j).Length > 5 && !Has(j, Cls.ChangeVerb | Cls.ShareMove | Cls.Wiping)
                && !Is(j, "according") && !Is(j, "including") && !Is(j, "compared");
    }

    /// <summary>"2.4% from 3.2%": "from" within a few tokens after the quantity starting at <paramref name="firstOfB"/>.</summary>
    private bool FromAfter(int firstOfB)
    {
        for (int j = firstOfB + 1; j < Tokens.Length && j <= firstOfB + 4; j++)
        {
            if (Is(j, "from"))
            {
                return true;
            }

            if (Is(j, ",") || Tokens[j].Has(TokenTraits.Terminal) || Has(j, Cls.Breaker | Cls.Determiner))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"overtaking fossil fuels at", "ahead of Labour at", "behind China at": the word naming a rival a few words
    /// before the "at" at <paramref name="at"/>, right after a comma, or -1.</summary>
    private int RivalBefore(int at, int lastOfA)
    {
        for (int j = at - 1; j > lastOfA + 1 && j >= at - 5; j--)
        {
            if (Tokens[j].Kind != TokenKind.Word)
            {
                return -1;
            }

            if ((Is(j, "overtaking") || Is(j, "overtook") || Is(j, "ahead") || Is(j, "behind") || Is(j, "beating") || Is(j, "trailing")
                || Is(j, "outpacing") || Is(j, "outstripping")) && Is(j - 1, ","))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>A word that links two quantities rather than naming a possessor: "against", "versus", "to", "than".</summary>
    private bool IsLinkWord(int k) =>
        Is(k, "to") || Is(k, "against") || Is(k, "versus") || Is(k, "vs") || Is(k, "than") || Is(k, "behind") || Is(k, "beating")
        || Is(k, "topping") || Is(k, "exceeding") || Is(k, "including") || Is(k, "or") || Is(k, "compared");

    /// <summary>"'s" or a closing apostrophe after a plural ("the visitors' 9").</summary>
    private bool IsPossessiveMark(int k)
    {
        ReadOnlySpan<char> w = Word(k);
        return (w.Length == 2 && w[0] is '\'' or '’' && w[1] is 's' or 'S')
            || (w.Length == 1 && w[0] is '\'' or '’' && !Tokens[k].Has(TokenTraits.SpaceBefore) && k > 0
                && Word(k - 1).EndsWith("s", StringComparison.OrdinalIgnoreCase));
    }

    private static int Between(int lastOfA, int firstOfB) => firstOfB - lastOfA - 1;

    /// <summary>A ratio written as a plain figure ("an odds ratio of 1.6", "the ratio is 3:1"): a measured value, not a share of
    /// a whole.</summary>
    private static bool IsRatioValue(Quantity q) => !q.Text.AsSpan().ContainsAnyExcept(RatioFigure);

    private static readonly System.Buffers.SearchValues<char> RatioFigure = System.Buffers.SearchValues.Create("0123456789.:");

    /// <summary>"14 times earnings", "twice as many", "half as likely": a multiple is a ratio quantity but states one figure, not
    /// a share.</summary>
    private bool IsMultiple(Quantity q)
    {
        // "three times", or a multiplier word of the lexicon last: "twice", "thrice", "more than double", "a threefold rise";
        // or "half" before "as" (session 31: "half as likely to be admitted").
        ReadOnlySpan<char> text = q.Text;
        ReadOnlySpan<char> last = text[(text.LastIndexOf(' ') + 1)..];
        return last.Equals("times", StringComparison.OrdinalIgnoreCase) || last.EndsWith("fold", StringComparison.OrdinalIgnoreCase)
            || Lexicon.Lookup(last).Is(WordClass.Multiplier)
            || last.Equals("half", StringComparison.OrdinalIgnoreCase) && NumeralReader.StartsAsComparison(_text.AsSpan(q.End));
    }

    /// <summary>Whether the multiple <paramref name="m"/> is of the figure that follows it: "nearly three times the £7,000",
    /// "twice the 2% target" ("the", then the figure within five tokens, no "and" between).</summary>
    private bool MultipleOfFigure(ReadOnlySpan<(int First, int Last)> at, int m) =>
        CanJoin(at, m, m + 1) && Between(at[m].Last, at[m + 1].First) <= 5 && (Is(at[m].Last + 1, "the") || OwnFigureAfter(at[m].Last))
        && !AndIn(at[m].Last + 1, at[m + 1].First);

    /// <summary>"almost double its 2021 result of 10.4%", "double his current salary": the multiple of a figure the subject
    /// itself had (a possessive after it), which makes the claim a move.</summary>
    private bool OwnFigureAfter(int last) =>
        Is(last + 1, "its") || Is(last + 1, "his") || Is(last + 1, "her") || Is(last + 1, "their");
    /// <summary>Whether token <paramref name="j"/> is an "&amp;" or "and" that joins two names rather than two clauses: a
    /// capitalized word on its left, and on its right one with a capital letter in it ("A&amp;E", "BBC One and iPlayer") that
    /// opens no clause of its own.
    /// "&amp;" joins only letters written tight against it.</summary>
    private bool NameJoint(int j, int lastOfA)
    {
        bool ampersand = Is(j, "&");
        if (!ampersand && !Is(j, "and") || j - 1 <= lastOfA || j + 1 >= Tokens.Length)
        {
            return false;
        }

        Token left = Tokens[j - 1];
        Token right = Tokens[j + 1];
        if (left.Kind != TokenKind.Word || right.Kind != TokenKind.Word || !left.Has(TokenTraits.Capitalized)
            || Has(j - 1, Cls.Breaker | Cls.Clause) || Has(j + 1, Cls.Breaker | Cls.Clause | Cls.Determiner))
        {
            return false;
        }

        if (ampersand)
        {
            return left.Start + left.Length == Tokens[j].Start && Tokens[j].Start + Tokens[j].Length == right.Start;
        }

        // "and" joins two names ("BBC One and iPlayer", "England and Wales") unless the right-hand name opens a clause of
        // its own: a verb or a figure right after it ("Apple rose 2% on Monday and Microsoft fell 1%") — then only a
        // capital past its first letter or a known organization over the joint keeps it a name ("Procter and Gamble").
        if (j - 1 <= _sentenceFirst || !Word(j + 1).ContainsAnyInRange('A', 'Z'))
        {
            return false;
        }

        return !OpensClause(j + 2) || Word(j + 1)[1..].ContainsAnyInRange('A', 'Z') || InRanges(_organizations, j);
    }

    /// <summary>Whether token <paramref name="k"/> (after a name) is a verb or a figure, so that name is a clause's
    /// subject.</summary>
    private bool OpensClause(int k) =>
        k < _sentenceFirst + _sentenceLength && (Tokens[k].Kind == TokenKind.Number || Has(k, Cls.Verb | Cls.ChangeVerb));
}
