using Tidings.Text;
using Cls = Tidings.Claims.ClaimWords.Cls;
using Guard = Tidings.Claims.ClaimGuards.Guard;

namespace Tidings.Claims;

/// <summary>
/// The asides room of the grouping grammar: what may stand between a move and the level it reached without breaking
/// the claim ("fell 3.1% in the three months to September, the steepest drop since 2020, to 412,000"; "cut net debt
/// by ₹7,000 crore in the fiscal year ended March to ₹80,000 crore"), and the difference from another party that is no
/// move ("40 fewer than United", "£1.1 million more than budgeted"). Every look is bounded by a few tokens.
/// </summary>
internal sealed partial class ClaimBuilder
{
    /// <summary>The most tokens of A's own phrase (counted noun, time phrase) before the comma that opens an aside.</summary>
    private const int MaxBeforeAside = 9;

    /// <summary>The most tokens an aside between two commas may hold.</summary>
    private const int MaxAside = 12;

    /// <summary>", the steepest drop since 2020, to 412,000", ", as a Norwegian plant went offline, to €47": when the head
    /// of a change bridge is "to" or "from" right after a comma, and an earlier comma of the bridge opens a parenthetical
    /// aside, the token of that earlier comma (the aside runs to the comma before the head); otherwise -1.</summary>
    private int AsideBefore(int lastOfA, int headFirst)
    {
        if (headFirst - 1 <= lastOfA + 1 || !Is(headFirst - 1, ",") || !(Is(headFirst, "to") || Is(headFirst, "from")))
        {
            return -1;
        }

        int open = -1;
        for (int j = lastOfA + 1; j < headFirst - 1 && j <= lastOfA + MaxBeforeAside; j++)
        {
            if (Is(j, ","))
            {
                open = j;
                break;
            }
        }

        if (open < 0 || headFirst - 1 - open - 1 is < 1 or > MaxAside)
        {
            return -1;
        }

        // A new coordinated clause ("…, while imports rose, to") is no aside; nor is one that ends or opens a bracket.
        if (Is(open + 1, "and") || Is(open + 1, "but") || Is(open + 1, "while") || Is(open + 1, "whereas") || Is(open + 1, "or")
            || Is(open + 1, "yet"))
        {
            return -1;
        }

        for (int j = open + 1; j < headFirst - 1; j++)
        {
            Token t = Tokens[j];
            if (t.Has(TokenTraits.Terminal) || Is(j, ";") || Is(j, ":") || Is(j, "(") || Is(j, ")"))
            {
                return -1;
            }
        }

        return open;
    }

    /// <summary>"in the fiscal year ended March", "in the week ending Nov. 15", "in the fiscal year that ended Sept. 30": a
    /// period closed by a date, a time phrase a bridge passes over.</summary>
    private bool EndedPeriod(int j, int lastOfA)
    {
        if (Is(j, "that"))
        {
            return j - 1 > lastOfA && Has(j - 1, Cls.TimeWord) && j + 1 < _sentenceFirst + _sentenceLength
                && (Is(j + 1, "ended") || Is(j + 1, "ending"));
        }

        return (Is(j, "ended") || Is(j, "ending")) && j - 1 > lastOfA
            && (Has(j - 1, Cls.TimeWord) || Is(j - 1, "that") && j - 2 > lastOfA && Has(j - 2, Cls.TimeWord));
    }

    /// <summary>"40 fewer than United", "£275 more than at Tottenham", "£1.1 million more than budgeted": a difference from
    /// another party, a plan or a forecast, not from the measure's own past ("9% more than a year earlier", "two fewer than
    /// in Tokyo", "3% less than last season").</summary>
    private bool ThanOther(int last, int end)
    {
        int k = last + 1;
        if (k + 2 >= end || !Has(k, Cls.Comparative) || !Is(k + 1, "than")
            || Is(k, "up") || Is(k, "down") || Is(k, "above") || Is(k, "below"))
        {
            return false;
        }

        int than = k + 1;
        return !(Is(than + 1, "in") || Is(than + 1, "during") || Is(than + 1, "last") || PastAfter(than, end) || EarlierPeriodAfter(than, end)
            || YearAfter(than, end) > 0);
    }

    /// <summary>"missing analysts' expectations of", "below economists' forecast of": the token before a noun of
    /// expectation and its possessor, back from the noun at <paramref name="noun"/>.</summary>
    private int BeforePossessor(int noun, int lastOfA) =>
        noun - 3 > lastOfA && IsPossessiveMark(noun - 1) ? noun - 3 : noun - 1;

    /// <summary>"forecasts", "expectations", "consensus": a noun naming what a result was expected to be.</summary>
    private bool ExpectationNoun(int k) => Has(k, Cls.ForecastNoun) || Is(k, "expectations") || Is(k, "consensus");

    /// <summary>The first participle of outdoing ("outselling", "beating") in [<paramref name="from"/>, <paramref name="to"/>)
    /// right after a comma, or -1: a "by" after it sizes a margin over a rival.</summary>
    private int ComparedIn(int from, int to)
    {
        for (int j = from + 1; j < to && j <= from + MaxBeforeAside; j++)
        {
            if (Is(j - 1, ",") && ComparedVerb(j))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>"who asked not to be named", "who had seen the draft": the token of a relative "who" that opens the words
    /// ending at <paramref name="k"/> (no punctuation, no verb of speech between), or -1.</summary>
    private int RelativeBefore(int k, int floor)
    {
        for (int j = k; j >= floor && j >= k - 7; j--)
        {
            if (Is(j, "who"))
            {
                return j < k ? j : -1;
            }

            if (Tokens[j].Kind != TokenKind.Word || Has(j, Cls.Reporting))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"reached £407 million, a record, compared with £313 million in 2019"; "beating the previous high of
    /// 362,000"; "surpasses the British record of £106.8 million": the compared value is the same measure dated to a
    /// year (A carries none: it is the present), named as the previous one ([PastWord], [PastPeriod]) or the standing
    /// best A outdoes ([RecordNoun]).</summary>
    private bool PastOfUndated(int lastOfA, int firstOfB, int lastOfB, int end)
    {
        for (int k = firstOfB - 1; k > lastOfA && k >= firstOfB - 4 && !Is(k, ","); k--)
        {
            // Not past the comma: "returned 14.2% last year, against 11.8% for its benchmark" dates A, not B (session 37,
            // claims37b, b25).
            // "slightly above last season's 42,600": "last" and a word of time name the measure's past as well.
            // Not "above last year's 2% target", "last season's 40,000 capacity limit": a reference value after B is no past.
            // "surpasses the British record of £106.8 million": a standing best A outdoes is the measure's past as well (not
            // "close to the record low of 25 centimetres": a level near it is compared with it).
            if (Guarded(k, Guard.PastWord) || Guarded(k, Guard.PastPeriod) && k + 1 < firstOfB && Has(k + 1, Cls.TimeWord)
                || Guarded(k, Guard.RecordNoun) && OutdoneBefore(lastOfA, k))
            {
                return !ReferenceAfter(lastOfB, end);
            }
        }

        return lastOfB + 2 < end && (Is(lastOfB + 1, "in") || Is(lastOfB + 1, "during")) && YearAfter(lastOfB, lastOfB + 3) > 0
            && YearAfter(lastOfA, Math.Min(firstOfB, lastOfA + 4)) == 0 && !YearBefore(lastOfA);
    }

    /// <summary>Whether a [Surpass] verb stands in the few tokens after <paramref name="lastOfA"/> and before
    /// <paramref name="k"/>: "…, breaking a record of", "surpasses the British record of" (not "missing the club record
    /// of": a verb of falling short sets A against the record, no past).</summary>
    private bool OutdoneBefore(int lastOfA, int k)
    {
        for (int j = k - 1; j > lastOfA && j >= k - 3; j--)
        {
            if (Has(j, Cls.Surpass))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"2% target", "40,000 capacity limit": a [Reference] word among the two tokens after B.</summary>
    private bool ReferenceAfter(int lastOfB, int end) =>
        lastOfB + 1 < end && Reference(lastOfB + 1) || lastOfB + 2 < end && Tokens[lastOfB + 1].Kind == TokenKind.Word && Reference(lastOfB + 2);

    /// <summary>"In 2016, 35% backed it": a year in the few tokens before the quantity ending at <paramref name="lastOfA"/>.</summary>
    private bool YearBefore(int lastOfA)
    {
        for (int k = lastOfA - 1; k >= _sentenceFirst && k >= lastOfA - 6; k--)
        {
            if (Year(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"ahead of Atiku Abubakar's 6,984,520 and Peter Obi's 6,101,533": each rival a name in the possessive before
    /// its number, joined by "and" or a comma.</summary>
    private bool PossessorNext(int firstOfB, int lastOfB, int firstOfC)
    {
        if (firstOfB - 2 <= _sentenceFirst || !IsPossessiveMark(firstOfB - 1) || firstOfC - 2 <= lastOfB + 1 || !IsPossessiveMark(firstOfC - 1)
            || !(Is(lastOfB + 1, "and") || Is(lastOfB + 1, ",")))
        {
            return false;
        }

        int k = lastOfB + 2;
        if (Is(lastOfB + 1, ",") && Is(k, "and"))
        {
            k++;
        }

        if (firstOfC - 1 - k is < 1 or > MaxRivalWords)
        {
            return false;
        }

        for (; k < firstOfC - 1; k++)
        {
            if (Tokens[k].Kind != TokenKind.Word || !Tokens[k].Has(TokenTraits.Capitalized))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"(OECD)" at <paramref name="xEnd"/>: the token past the bracket that closes within a few tokens, or
    /// <paramref name="xEnd"/>.</summary>
    private int WithAcronym(int xEnd, int end)
    {
        if (xEnd + 2 < end && Tokens[xEnd].Has(TokenTraits.OpenBracket))
        {
            int close = xEnd + 1;
            while (close < end && close < xEnd + 5 && !Tokens[close].Has(TokenTraits.CloseBracket))
            {
                close++;
            }

            if (close < end && Tokens[close].Has(TokenTraits.CloseBracket))
            {
                return close + 1;
            }
        }

        return xEnd;
    }

    /// <summary>"as many as five years ago", "the number in 2019", "the level a decade earlier": the words after a
    /// multiple date what it multiplies to the past (within a few tokens, before any new clause).</summary>
    private bool PastWithin(int last, int end)
    {
        for (int k = last + 1; k < end && k <= last + 8; k++)
        {
            if (Tokens[k].Kind == TokenKind.Punctuation || Has(k, Cls.Breaker) && !Is(k, "as"))
            {
                return false;
            }

            if (Is(k, "ago") || Is(k, "earlier") || Is(k, "previously") || Is(k, "last") || Is(k, "previous") || Year(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"(consensus: 0.2%)", "(forecast 0.3%)": the opening bracket of an expected figure whose number follows the
    /// token at <paramref name="k"/>, or -1.</summary>
    private int BracketedExpectation(int k, int lastOfA)
    {
        int noun = Is(k, ":") ? k - 1 : k;
        return noun - 1 > lastOfA && Tokens[noun].Kind == TokenKind.Word && (ExpectationNoun(noun) || Is(noun, "expected"))
            && Tokens[noun - 1].Has(TokenTraits.OpenBracket) ? noun - 1 : -1;
    }

    /// <summary>"312.4p/kg": a slash glued between a price and its unit of sale.</summary>
    private bool PerUnitSlash(int j) =>
        Is(j, "/") && !Tokens[j].Has(TokenTraits.SpaceBefore) && j + 1 < Tokens.Length && Tokens[j + 1].Kind == TokenKind.Word
        && !Tokens[j + 1].Has(TokenTraits.SpaceBefore) && !Tokens[j + 1].Has(TokenTraits.Capitalized);

    /// <summary>"The Kenya National Bureau of Statistics (KNBS): …": the colon after a capitalised name and its bracketed
    /// acronym that open the sentence, or -1.</summary>
    private int AcronymColon(int first, int end)
    {
        if (!Tokens[first].Has(TokenTraits.Capitalized) || Tokens[first].Kind != TokenKind.Word)
        {
            return -1;
        }

        for (int k = first + 1; k < end - 1 && k <= first + 12; k++)
        {
            if (Tokens[k].Has(TokenTraits.OpenBracket))
            {
                return k + 3 < end - 1 && k > first && Tokens[k + 1].Has(TokenTraits.AllCaps) && Tokens[k + 2].Has(TokenTraits.CloseBracket)
                    && Is(k + 3, ":") ? k + 3 : -1;
            }

            if (Tokens[k].Kind != TokenKind.Word || !Tokens[k].Has(TokenTraits.Capitalized) && !Is(k, "of") && !Is(k, "and") && !Is(k, "for"))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"reached the last 16 for the first time", "the round of 16 draw", "into the final 32.": the stage of a knockout
    /// contest, named by how many are left in it, no quantity claimed ("four of the last six" and "the last 16 years" count).</summary>
    private bool KnockoutStage(int first, int last)
    {
        int sentenceEnd = _sentenceFirst + _sentenceLength;
        // A draw halves the field: the stage is a power of two ("the last 16", "the round of 32"), written in digits.
        if (first != last || first - 2 < _sentenceFirst || Tokens[first].Kind != TokenKind.Number
            || !int.TryParse(Word(first), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n)
            || n < 4 || n > 128 || (n & (n - 1)) != 0)
        {
            return false;
        }

        if (Is(first - 1, "of") && Is(first - 2, "round"))
        {
            return true;
        }

        return (Is(first - 1, "last") || Is(first - 1, "final")) && Is(first - 2, "the") && !(first - 3 >= _sentenceFirst && Is(first - 3, "of"))
            && (last + 1 >= sentenceEnd || Tokens[last + 1].Kind == TokenKind.Punctuation || Has(last + 1, Cls.Preposition | Cls.Breaker));
    }

    /// <summary>"The two sides", "the ten biggest asset managers", "Shares in the two lenders": a number word after "the" names
    /// a known set, no quantity claimed ("two of the nine members" and "Each of the three shortlisted towns" count one).</summary>
    private bool DefiniteCount(int first, int last) =>
        first == last && Tokens[first].Kind == TokenKind.Word && first - 1 >= _sentenceFirst && Is(first - 1, "the")
        && !(first - 2 >= _sentenceFirst && Is(first - 2, "of")) && first + 1 < _sentenceFirst + _sentenceLength
        && Tokens[first + 1].Kind == TokenKind.Word && !Has(first + 1, Cls.TimeWord | Cls.Preposition | Cls.Breaker);

    /// <summary>"per 40-foot container", "a 50kg bag of maize", "60-kg bags": a measure glued to its unit before a noun names
    /// the size of the thing counted, no quantity claimed.</summary>
    private bool SizeOfNoun(int first, int last)
    {
        int sentenceEnd = _sentenceFirst + _sentenceLength;
        if (last + 1 >= sentenceEnd || first - 1 < _sentenceFirst || Tokens[last].Start + Tokens[last].Length - Tokens[first].Start > 12)
        {
            return false;
        }

        ReadOnlySpan<char> w = _text.AsSpan(Tokens[first].Start, Tokens[last].Start + Tokens[last].Length - Tokens[first].Start);
        if (w.Length < 3 || !char.IsAsciiDigit(w[0]) || w.ContainsAny(' ', '\u00a0') || !char.IsAsciiLetterLower(w[^1]))
        {
            return false;
        }

        foreach (char c in w)
        {
            if (char.IsUpper(c) || c is '%' or '$' or '£' or '€')
            {
                return false;
            }
        }

        // "a 14.2-kg LPG cylinder": an acronym naming the kind of thing before its noun.
        int next = last + 2 < sentenceEnd && Tokens[last + 1].Kind == TokenKind.Word && Tokens[last + 1].Has(TokenTraits.AllCaps)
            && Tokens[last + 1].Length >= 2 ? last + 2 : last + 1;
        return Tokens[next].Kind == TokenKind.Word && !Tokens[next].Has(TokenTraits.Capitalized) && BareNoun(next) && !Has(next, Cls.TimeWord)
            && (Is(first - 1, "per") || Is(first - 1, "a") || Is(first - 1, "each") || Is(first - 1, "every")
                || Is(first - 1, "million") || Is(first - 1, "billion") || Is(first - 1, "thousand"));
    }

    /// <summary>"the latest Infratest dimap survey", "new Ipsos poll": from <paramref name="x"/> to the end of the sentence,
    /// a few words with a capitalised name, ending in "poll" or "survey".</summary>
    private bool NamedPollToEnd(int x, int end)
    {
        // The poll word stands at most 6 tokens on and closes the sentence (at most a stop after it): a sentence going on
        // past x + 8 has none, so most "in"s of a long sentence are answered without reading a token.
        if (end > x + 8)
        {
            return false;
        }

        bool named = false;
        for (int k = x; k < end && k <= x + 6; k++)
        {
            if (Tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }

            if (Guarded(k, Guard.StudyNoun) && k > x)
            {
                return named && (k + 1 == end || Tokens[k + 1].Has(TokenTraits.Terminal) && k + 2 >= end);
            }

            named |= Tokens[k].Has(TokenTraits.Capitalized);
            if (Has(k, Cls.Breaker | Cls.Preposition | Cls.Reporting))
            {
                return false;
            }
        }

        return false;
    }
}
