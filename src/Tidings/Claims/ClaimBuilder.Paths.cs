using Tidings.Numbers;
using Tidings.Text;
using Cls = Tidings.Claims.ClaimWords.Cls;
using Guard = Tidings.Claims.ClaimGuards.Guard;

namespace Tidings.Claims;

/// <summary>
/// The paths room: one measure stated at three or more times ("from 3% in 2020 to 5% in 2022 and 7% this year"), and a
/// result set against what was expected of it ("beating the consensus of 150,000", "short of the $13.9 billion consensus").
/// </summary>
internal sealed partial class ClaimBuilder
{
    /// <summary>The most tokens of the time phrase after a point of a path ("in the third quarter").</summary>
    private const int MaxPathTime = 5;

    /// <summary>Whether B, after A, is one more point of A's path: A's own time phrase, then ",", "and" (", and", "and
    /// back down to", "and a record", "and a new high of", "and a forecast": [PathJoinWord]), then B with a time phrase of its own — "46% in 2018 and 53% in 2022", "4.25% in
    /// 2022, 5.25% in 2023 and back down to 4% by last week", "29,824 in 2022 and 20,433 in 2021". Bounded look.</summary>
    private bool PathNext(int lastOfA, int firstOfB, int lastOfB, int end)
    {
        int j = lastOfA + 1;

        // "4% of Chile's power in 2015, 12% in 2019", "about 8,000 residents in 1950": A's own complement (an "of" phrase,
        // or a counted noun of one or two words) before its time phrase.
        int timeFirst = j;
        if (j < firstOfB && !Guarded(j, Guard.PathTimeOpener))
        {
            int most = Is(j, "of") ? MaxPathTime : 2;
            int k = Is(j, "of") ? j + 1 : j;
            while (k < firstOfB && k - j < most && (Tokens[k].Kind == TokenKind.Word && !Guarded(k, Guard.PathTimeOpener)
                && !Has(k, Cls.Breaker | Cls.ChangeVerb | Cls.Reporting | Cls.TimeWord | Cls.Preposition) || IsPossessiveMark(k)))
            {
                k++;
            }

            if (k > j && k + 1 < firstOfB && Guarded(k, Guard.PathTimeOpener) && (Tokens[k + 1].Kind == TokenKind.Number || Has(k + 1, Cls.TimeWord)))
            {
                j = k;
                timeFirst = k;
            }
        }

        // "in the 1980s", "in 2020/21", "in Q3": a decade, a split year or a quarter is a time too (not "in the G7").
        bool time = false;
        while (j < firstOfB && j <= timeFirst + MaxPathTime
            && (Tokens[j].Kind == TokenKind.Number || Has(j, Cls.TimeWord) || Guarded(j, Guard.PathTimeOpener) || Is(j, "the")
                || TimeShaped(j) || time && Is(j, "/") && Tokens[j].Start == Tokens[j - 1].End))
        {
            time |= Tokens[j].Kind == TokenKind.Number || Has(j, Cls.TimeWord) || TimeShaped(j);
            j++;
        }

        if (!time)
        {
            return false;
        }

        bool joined = false;
        for (; j < firstOfB; j++)
        {
            if (Is(j, ",") || Is(j, "and"))
            {
                joined = true;
            }
            else if (!(joined && (Guarded(j, Guard.PathJoinWord) || OfLevel(j, firstOfB))))
            {
                return false;
            }
        }

        return joined && TimePhraseAt(lastOfB + 1, end);
    }

    /// <summary>A time phrase opening at <paramref name="k"/>: "in 2022", "this month", "by last week", "in the first", "today".</summary>
    private bool TimePhraseAt(int k, int end)
    {
        // "… and an estimated 16 million today" (a [TimeOpener] word: "today", "now", "currently")
        if (k < end && Guarded(k, Guard.TimeOpener))
        {
            return true;
        }

        if (k + 1 >= end || !(Is(k, "in") || Is(k, "by") || Is(k, "this") || Is(k, "last") || Is(k, "on")))
        {
            return false;
        }

        if (Has(k, Cls.TimeWord))
        {
            return Has(k + 1, Cls.TimeWord); // "this month", "last year"
        }

        return Tokens[k + 1].Kind == TokenKind.Number || Has(k + 1, Cls.TimeWord)
            || Is(k + 1, "the") && k + 2 < end && (Has(k + 2, Cls.TimeWord) || Is(k, "in") && TimeShaped(k + 2)) // "in the 2010s"
            || TimeShaped(k + 1); // "in Q3"
    }

    /// <summary>Whether token <paramref name="k"/> has the shape of a time though it is no plain number: a decade ("1980s",
    /// "80s", "'90s"), a quarter or half ("Q3", "H1") or a fiscal year ("FY24", "FY2025"); not a name with a digit ("G7",
    /// "M25", "COVID-19", "PS5"). A number token of four digits (a year, "in the 2020/21") is one too.</summary>
    private bool TimeShaped(int k)
    {
        if (!Tokens[k].Has(TokenTraits.HasDigit))
        {
            return false;
        }

        ReadOnlySpan<char> w = Word(k);
        if (Tokens[k].Kind == TokenKind.Number && w.Length == 4 && Digits(w))
        {
            return true;
        }

        if (w.Length > 0 && (w[0] == '\'' || w[0] == '\u2019'))
        {
            w = w[1..];
        }

        if (w.Length is 3 or 5 && w[^1] is 's' && Digits(w[..^1]))
        {
            return true; // "80s", "1980s"
        }

        if (w.Length == 2 && w[0] is 'Q' or 'H' && w[1] is >= '1' and <= '4')
        {
            return true; // "Q3", "H1"
        }

        return w.Length is 4 or 6 && w[0] == 'F' && w[1] == 'Y' && Digits(w[2..]); // "FY24", "FY2025"

        static bool Digits(ReadOnlySpan<char> s)
        {
            foreach (char c in s)
            {
                if (c is < '0' or > '9')
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>"and a new high of £6.85": "of" joins two points of a path only as the last word before the next point, after
    /// a [PathLevel] noun ("high", "record"); not "and of 5 million in 2023".</summary>
    private bool OfLevel(int j, int firstOfB) => Is(j, "of") && j + 1 == firstOfB && Guarded(j - 1, Guard.PathLevel);

    /// <summary>Extends a path from quantity <paramref name="last"/> while the next quantity, in the same unit, is its next
    /// point (<see cref="PathNext"/>).</summary>
    private int PathChain(ReadOnlySpan<Quantity> qs, ReadOnlySpan<(int First, int Last)> at, int last, int end)
    {
        while (CanJoin(at, last, last + 1) && qs[last + 1].Unit == qs[last].Unit
            && PathNext(at[last].Last, at[last + 1].First, at[last + 1].Last, end))
        {
            last++;
        }

        return last;
    }

    /// <summary>"ran at 2.2% in July, 2.4% in August and 2.6% in September": three points of one measure, each with its time,
    /// and no verb of movement, are still a path (two are a path too when they open the claim with no move before them:
    /// "were 44% in 2020 and 45% in 2023", in <see cref="Group"/>).</summary>
    private bool ThreePoints(ReadOnlySpan<Quantity> qs, ReadOnlySpan<(int First, int Last)> at, int q, int end) =>
        CanJoin(at, q, q + 2) && CanJoin(at, q, q + 1) && qs[q + 1].Unit == qs[q].Unit && qs[q + 2].Unit == qs[q].Unit
        && PathNext(at[q].Last, at[q + 1].First, at[q + 1].Last, end) && PathNext(at[q + 1].Last, at[q + 2].First, at[q + 2].Last, end);

    /// <summary>"beating", "missing", "outpacing", "missed", "beat": a verb that sets a result against another figure (the
    /// [Outdo] words of the claim word table), or a [Surpass] verb before its object ("breaking a record of 384mm"; not
    /// "breaking down into", "breaking even").</summary>
    private bool ComparedVerb(int k) =>
        Has(k, Cls.Outdo) || Has(k, Cls.Surpass) && k + 1 < _tokenCount && (Has(k + 1, Cls.Determiner) || Guarded(k + 1, Guard.RecordNoun));

    /// <summary>"fell 23% to $13.7 billion, short of the $13.9 billion consensus", "beating the 4.5 million forecast": B is
    /// what was expected or set for the result (a forecast, a consensus, an estimate, a target), named around it.</summary>
    private bool ExpectedFigure(int lastOfA, int firstOfB, int lastOfB, int end)
    {
        int from = Math.Max(lastOfA + 1, firstOfB - 5);
        int to = Math.Min(end - 1, lastOfB + 3);
        for (int k = from; k <= to; k++)
        {
            if (k >= firstOfB && k <= lastOfB || Tokens[k].Kind != TokenKind.Word)
            {
                continue;
            }

            // "took the museum's appeal to $10.4m, past its $10m goal": a goal or a target set for the result as well
            // (claim-guards [target-words]; session 37, claims37b, b25).
            if (Has(k, Cls.ForecastNoun) || Is(k, "consensus") || Is(k, "expectations") || Is(k, "expected") || Reference(k)
                || TargetWords.Contains(Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"more than the A$9.3 billion forecast in May": B is a forecast of the same result, not its past, even with
    /// a time after it (not "the £18 billion estimated when it was approved").</summary>
    private bool ForecastAfter(int lastOfB, int end) =>
        lastOfB + 1 < end && (Is(lastOfB + 1, "forecast") || Is(lastOfB + 1, "expected") || Is(lastOfB + 1, "predicted") || Is(lastOfB + 1, "targeted")
            || Is(lastOfB + 1, "budgeted"))
        && !(lastOfB + 2 < end && (Is(lastOfB + 2, "when") || Is(lastOfB + 2, "at")));

    /// <summary>"from" in the bridge between two quantities ("£120 million to £140 million, down from an earlier forecast").</summary>
    private bool FromIn(int lastOfA, int firstOfB)
    {
        for (int k = lastOfA + 1; k < firstOfB && k <= lastOfA + MaxBridge; k++)
        {
            if (Is(k, "from"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"while 55% disapprove", "while 41% opposed it": a verb of view right after a share.</summary>
    private bool OpinionAfter(int last, int end) => last + 1 < end && OpinionVerbs.Contains(Word(last + 1));

    private static readonly AsciiWordTable<bool> OpinionVerbs = AsciiWordTable.Of(
        "approve", "approved", "disapprove", "disapproved", "support", "supported", "oppose", "opposed", "back", "backed",
        "favour", "favoured", "favor", "favored", "agree", "agreed", "disagree", "disagreed", "reject", "rejected", "trust",
        "distrust");

}
