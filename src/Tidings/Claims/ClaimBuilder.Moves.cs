using Tidings.Numbers;
using Tidings.Text;
using Cls = Tidings.Claims.ClaimWords.Cls;
using Guard = Tidings.Claims.ClaimGuards.Guard;
using LateGuard = Tidings.Claims.ClaimGuards.LateGuard;

namespace Tidings.Claims;

/// <summary>
/// The movement readers of the grouping room: whether the words before or after a quantity say that it moved ("rose
/// to", "from … to", "cut by", "up 0.6%"), which makes a claim a change rather than a level or a comparison.
/// </summary>
internal sealed partial class ClaimBuilder
{
    /// <summary>Whether a verb of movement stands in [<paramref name="from"/>, <paramref name="to"/>): "before easing to".</summary>
    private bool MoveWordIn(int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (Has(k, Cls.ChangeVerb))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"from 3,100 to 4,500": A opens a move.</summary>
    private bool FromBefore(int lastOfA)
    {
        // Back over A's own tokens ("from nine", "from 2.5 million", "from about $3"), to the word before them.
        for (int k = lastOfA; k > _sentenceFirst && k >= lastOfA - 4; k--)
        {
            if (Is(k, "from"))
            {
                return true;
            }

            if (Is(k, ",") || Tokens[k].Kind == TokenKind.Word && Has(k, Cls.Determiner | Cls.Breaker | Cls.Preposition | Cls.Verb | Cls.ChangeVerb | Cls.Reporting))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"shed $29 billion on Tuesday to $384 billion", "added 1,200 to 41,300": a verb that moves a level by an amount,
    /// just before A (back over A's own tokens).</summary>
    private bool ShareMoveBefore(int lastOfA)
    {
        for (int k = lastOfA; k > _sentenceFirst && k >= lastOfA - 4; k--)
        {
            if (Has(k, Cls.ShareMove))
            {
                return true;
            }

            if (Tokens[k].Kind == TokenKind.Punctuation && !Is(k, "$") || Has(k, Cls.Determiner | Cls.Breaker | Cls.Preposition))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"rejected the pay package by 58% to 42%": a margin, not a move.</summary>
    private bool ByBefore(int lastOfA)
    {
        for (int k = lastOfA; k > _sentenceFirst && k >= lastOfA - 3; k--)
        {
            if (Tokens[k].Kind == TokenKind.Word && !Is(k, "about") && !Is(k, "some") && !Is(k, "nearly") && !Is(k, "around"))
            {
                return Is(k, "by");
            }
        }

        return false;
    }

    private bool TallyBefore(int lastOfA)
    {
        for (int k = lastOfA; k >= _sentenceFirst && k >= lastOfA - 4; k--)
        {
            // "share of the vote rose from 2%": a move of a share of the vote, no tally.
            if (Is(k, "from") || Tokens[k].Kind == TokenKind.Word && Has(k, Cls.ChangeVerb))
            {
                return false;
            }

            if (Is(k, "voted") || Is(k, "vote") || Is(k, "votes") || Is(k, "ballot") || Is(k, "tally"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the quantity starting at <paramref name="firstOfQuantity"/> is stated as a move: a verb of
    /// movement before it in its clause ("rose 7.9%", "expects … to rise to 4.3%"), "up"/"down" just before it
    /// ("up 0.6%", "gone up 40%"), or "to" after a forecast revision ("cut its growth forecast for this year to 2.1%").</summary>
    private bool MoveBefore(int firstOfQuantity, bool share)
    {
        // "lowered her own world record in the mile by 0.07 seconds": "by" sizes a move named further back.
        bool byBefore = firstOfQuantity - 1 >= _sentenceFirst && Is(firstOfQuantity - 1, "by");
        int floor = Math.Max(_sentenceFirst, firstOfQuantity - Window - (byBefore ? 4 : 2));

        bool toBefore = firstOfQuantity - 1 >= _sentenceFirst && (Is(firstOfQuantity - 1, "to") || byBefore)
            || firstOfQuantity - 2 >= _sentenceFirst && Is(firstOfQuantity - 1, "the") && Is(firstOfQuantity - 2, "to"); // "to the 4.50%-4.75% range"

        // "fell for the second time this year on Thursday, to 4.25%", "declined for a third month in a row in May, by 0.4%":
        // past the comma before "to"/"by", a time phrase may hold the verb further back.
        int farFloor = toBefore ? Math.Max(_sentenceFirst, firstOfQuantity - Window - 12) : floor;
        bool clausePassed = false;
        bool commaPassed = false;

        // "rose for the third month in a row to 64,300", "doubled its stake in the London airport operator to 20%": before
        // "to", a run of plain words (no clause, no other verb) may hold the verb further back as well.
        bool plain = toBefore && !byBefore;

        // "Water bills up an average of 26%": "up" or "down" right before "an average of" as well.
        int near = AverageOf(firstOfQuantity) is int average && average >= 0 ? average : firstOfQuantity;
        for (int k = firstOfQuantity - 1; k >= farFloor && (k >= floor || commaPassed || plain); k--)
        {
            Token t = Tokens[k];

            // "have halved in a decade, to 21,000", "had more than doubled since 1990, to 16%": a move's level after a comma.
            if (toBefore && !commaPassed && k < firstOfQuantity - 1 && Is(k, ","))
            {
                commaPassed = true;
                continue;
            }

            // "more than quadrupled since 1990 to", "halved from their 2022 peak to": a year in a time phrase is passed over.
            if (t.Kind == TokenKind.Punctuation && !t.Has(TokenTraits.Quote) || t.Kind == TokenKind.Number && !commaPassed && !(toBefore && Year(k)))
            {
                return false;
            }

            if (Has(k, Cls.ChangeVerb) && (k >= firstOfQuantity - Window - (byBefore ? 4 : 0) || commaPassed && !clausePassed || plain))
            {
                // "did not rise above 2.1%", "never weakened past 130": a negated move names the bound never passed.
                return !NegatedBound(k);
            }

            plain &= t.Kind == TokenKind.Word && !Has(k, Cls.Breaker | Cls.Reporting | Cls.Verb);

            // "more than halved between 2010 and 2023, to 1.9 million": the "and" of a span of years opens no clause.
            clausePassed |= commaPassed && Has(k, Cls.Breaker | Cls.Reporting | Cls.Verb) && !(Is(k, "and") && k - 1 >= _sentenceFirst && Year(k - 1) && Year(k + 1));

            // not "made up 22% of that figure": a phrasal verb of composition
            // not "signed up a total of 3,000", "picked up a total of 12 tonnes": before "a total of" or "an average of", "up"
            // or "down" after a verb is its particle ("bills up an average of 26%", "were down an average of 3%" move).
            if (k >= near - 2 && (Is(k, "up") && !(k - 1 >= _sentenceFirst && Composes(k - 1)) || Is(k, "down"))
                && !(near < firstOfQuantity && k - 1 >= _sentenceFirst && ParticleVerb(k - 1)))
            {
                return true;
            }

            // "France's CAC 40 lost 0.9%", "the S&P 500 adding 0.2%" (but "The hedge fund lost $1.3 billion" is a level);
            // "record losses of 6%".
            if (share && (k == firstOfQuantity - 1 || k == firstOfQuantity - 2 && Is(firstOfQuantity - 1, "of") || k == AverageOf(firstOfQuantity) - 1)
                && Has(k, Cls.ShareMove))
            {
                return true;
            }

            if (toBefore && Has(k, Cls.Revise))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the verb of movement at <paramref name="verb"/> is negated and names a bound, not a move: "not",
    /// "never" or a "n't" form right before it and [BoundPreposition] right after it ("did not rise above 2.1%", "has
    /// never closed above $147", "never weakened past 130"); the figure is a level (session 33, claims33b, b21).</summary>
    private bool NegatedBound(int verb)
    {
        if (verb - 1 < _sentenceFirst || verb + 1 >= Tokens.Length || Tokens[verb + 1].Kind != TokenKind.Word || Tokens[verb - 1].Kind != TokenKind.Word
            || !ClaimGuards.Is(Word(verb + 1), LateGuard.BoundPreposition))
        {
            return false;
        }

        ReadOnlySpan<char> before = Word(verb - 1);
        return ClaimGuards.Is(before, LateGuard.Negation) || before.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || before.EndsWith("n\u2019t", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"contributed 0.3 percentage points to growth", "added 145 points to the Dow", "knocked about 0.2 percentage
    /// points off growth": points a part contributed to a move, right after a [Contribute] verb and before "to", "from",
    /// "off" or "on" (session 32, claims32b, b20).</summary>
    private bool ContributedPoints(Quantity head, int first, int last, int end)
    {
        if (first - 1 < _sentenceFirst || !(Tokens[first - 1].Kind == TokenKind.Word && ClaimGuards.Is(Word(first - 1), LateGuard.Contribute)))
        {
            return false;
        }

        int k = last + 1;
        if (head.Unit.Kind != UnitKind.PercentagePoints)
        {
            if (!(Is(k, "points") || Is(k, "point")))
            {
                return false;
            }

            k++;
        }

        return k < end && (Is(k, "to") || Is(k, "from") || Is(k, "off") || Is(k, "on"));
    }

    /// <summary>"lost an average of 15.2%", "shed a total of 3%": the first token of "an average of" before the quantity
    /// starting at <paramref name="firstOfQuantity"/>, or -1.</summary>
    private int AverageOf(int firstOfQuantity) =>
        firstOfQuantity - 3 >= _sentenceFirst && Is(firstOfQuantity - 1, "of") && (Is(firstOfQuantity - 2, "average") || Is(firstOfQuantity - 2, "total"))
        && (Is(firstOfQuantity - 3, "an") || Is(firstOfQuantity - 3, "a")) ? firstOfQuantity - 3 : -1;

    /// <summary>A year written as a number: "1990", "2022".</summary>
    private bool Year(int k) =>
        Tokens[k].Kind == TokenKind.Number && Tokens[k].Length == 4 && (Word(k).StartsWith("19", StringComparison.Ordinal) || Word(k).StartsWith("20", StringComparison.Ordinal));

    /// <summary>A verb that "up" or "down" after it may be the particle of ("signed", "picking", "sold"), not an auxiliary
    /// or copula ("were down").</summary>
    private bool ParticleVerb(int k) =>
        Tokens[k].Kind == TokenKind.Word && !Guarded(k, Guard.Auxiliary)
        && (Has(k, Cls.Verb | Cls.Reporting) || Word(k).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || Word(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase));

    private bool Composes(int k) => Is(k, "made") || Is(k, "make") || Is(k, "makes") || Is(k, "making");

    /// <summary>Whether the quantity ending at <paramref name="last"/> is the size of a move: "9% more than a year
    /// earlier", "7% higher than", "up 3% on April" (handled before), "a 1.2% drop".</summary>
    private bool MoveAfter(int last, int end)
    {
        int k = last + 1;
        if (k < end && Has(k, Cls.ChangeNoun))
        {
            return true;
        }

        // "a 25% pay rise", "a 3% wage increase": a share, the noun it moves, then the move.
        if (k + 1 < end && (Is(last, "%") || Is(last, "percent") || Is(last, "cent")) && BareNoun(k) && Has(k + 1, Cls.ChangeNoun))
        {
            return true;
        }

        if (k + 1 < end && Has(k, Cls.Comparative) && Is(k + 1, "than"))
        {
            // "than the 3% target" compares with a value, handled by the bridge first; "than a year earlier" is a move.
            return true;
        }

        // "0.1% lower over the year", "14% below their level of a year ago", "15% down on last year", "17% ahead of last year"
        if (k >= end)
        {
            return false;
        }

        ReadOnlySpan<char> w = Word(k);
        return w.Length is >= 2 and <= 8 && MoveAfterWords.Contains(w);
    }

    /// <summary>The words after a quantity that make it the size of a move ("0.1% lower", "15% down on last year"): one
    /// table look-up, in any case (capitals included), as the word-by-word comparisons were.</summary>
    private static readonly AsciiWordTable<bool> MoveAfterWords = AsciiWordTable.Of(
        "higher", "lower", "above", "below", "ahead", "behind", "up", "down", "weaker", "stronger", "firmer", "softer");

    /// <summary>A share (A ends in "%" or "percent") and, after the bridge, a move in points or percent (B's own tokens).</summary>
    private bool LevelThenPoints(int lastOfA, int firstOfB)
    {
        if (!(Is(lastOfA, "%") || Is(lastOfA, "percent")))
        {
            return false;
        }

        for (int j = firstOfB; j < Tokens.Length && j <= firstOfB + 3; j++)
        {
            if (Is(j, "%") || Is(j, "percent") || Is(j, "points") || Is(j, "point"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"£4.21bn (£3.96bn)", "$1.0412 (-0.3%)", "285p/kg (+4p)": B alone in brackets right after A (past a per-unit
    /// tail), either in A's own unit (the earlier value) or signed (the move).</summary>
    private bool BracketedPrior(int lastOfA, int open, int firstOfB, bool sameUnit)
    {
        if (open != firstOfB - 1 || open - lastOfA > 3 || firstOfB + 1 >= Tokens.Length)
        {
            return false;
        }

        // Only a per-unit tail ("/kg") between A and the bracket.
        ReadOnlySpan<char> between = _text.AsSpan(Tokens[lastOfA].End, Tokens[open].Start - Tokens[lastOfA].End).TrimEnd();
        if (between.Length > 0 && !(between.Length <= 6 && between[0] == '/' && IsLetters(between[1..])))
        {
            return false;
        }

        int close = firstOfB + 1;
        while (close < Tokens.Length && close <= firstOfB + 4 && !Tokens[close].Has(TokenTraits.CloseBracket))
        {
            close++;
        }

        if (close >= Tokens.Length || !Tokens[close].Has(TokenTraits.CloseBracket))
        {
            return false;
        }

        char sign = _text[Tokens[firstOfB].Start];
        return sameUnit || sign is '+' or '-' or '−';
    }

    private static bool IsLetters(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return w.Length > 0;
    }

    /// <summary>", with Brent crude settling at $71.03": a verb in -ing (or of movement) between "with" and the "at" of B,
    /// so B is the level A's move ended at; ", with Brent at $73.10" names a level in a clause of its own.</summary>
    private bool MoveOrIngIn(int from, int to)
    {
        for (int j = from; j < to; j++)
        {
            if (Has(j, Cls.ChangeVerb) || Tokens[j].Kind == TokenKind.Word && Word(j).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
