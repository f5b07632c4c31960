using Tidings.Numbers;
using Tidings.Text;
using Cls = Tidings.Claims.ClaimWords.Cls;

namespace Tidings.Claims;

/// <summary>
/// The series room (session 34): one measure's values at successive dates, listed with nothing but separators and their
/// year labels between them ("2,104 (2021), 2,388 (2022), 2,617 (2023)"; "1998: 7.5%; 2008: 5%; 2009: 0.5%"; "2021/22 —
/// 18.7; 2022/23 — 16.2"), or opened by a bracket or colon after a move over a run of periods ("has fallen at every
/// election since 2010 (71%, 66%, 63% and 59%)"; "has risen every year since 2020: 412, 455, 498 and, this autumn,
/// 561"), form one change claim.
/// </summary>
internal sealed partial class ClaimBuilder
{
    /// <summary>The most tokens read between two values of a series.</summary>
    private const int MaxSeriesGap = 6;

    /// <summary>The run of values the last series walk read (session 35, claims35, review 34c F7): its first quantity, its
    /// last one and the last value whose gap to the next holds no year label (-1: none), and the sentence's source code
    /// and bounds it was read under. A walk from a later value of the run reuses it, so a long run of figures ("3,000,
    /// 3,000, …") is read once and the series needs no cap on its values.</summary>
    private (int From, int Reach, int Unlabelled, int Code, int Length, int End) _seriesRun = (-1, -1, -1, 0, 0, 0);

    /// <summary>The same for values whose source code carries <see cref="InsideSourceCode"/> (session 36, claims36: review
    /// 35c F5): such a value may join a following value of the bare code but not the reverse, so one slot shared by both
    /// would be thrown away at every change of code, and a run whose codes alternate walked again from each value.</summary>
    private (int From, int Reach, int Unlabelled, int Code, int Length, int End) _seriesRunInside = (-1, -1, -1, 0, 0, 0);

    /// <summary>The most tokens read back from a series for the move and run word that open it.</summary>
    private const int MaxSeriesLead = 40;

    /// <summary>The words before a series that say its values follow one another over time (claim-guards
    /// [series-run-words]: "every", "each", "successive", before the period they govern).</summary>
    private static readonly AsciiWordTable<bool> SeriesRunWords = ClaimGuards.Set("series-run-words");

    /// <summary>The run words after the period they govern (claim-guards [series-run-after-words]: "year running").</summary>
    private static readonly AsciiWordTable<bool> SeriesRunAfterWords = ClaimGuards.Set("series-run-after-words");

    /// <summary>The run words before the year a run starts from (claim-guards [series-since-words]: "since 2010").</summary>
    private static readonly AsciiWordTable<bool> SeriesSinceWords = ClaimGuards.Set("series-since-words");

    /// <summary>The nouns of a recurring occasion a measure is read at, besides words of time (claim-guards
    /// [series-period-nouns]: "election", "meeting").</summary>
    private static readonly AsciiWordTable<bool> SeriesPeriodNouns = ClaimGuards.Set("series-period-nouns");

    /// <summary>The last quantity of the dated series quantity <paramref name="q"/> opens (at least three values), or -1.</summary>
    private int DatedSeries(ReadOnlySpan<(int First, int Last)> at, int q, int end)
    {
        if (q + 2 >= at.Length)
        {
            return -1;
        }

        bool inside = (_sourceCodes[q] & InsideSourceCode) != 0;
        var run = inside ? _seriesRunInside : _seriesRun;
        if (!(q >= run.From && q <= run.Reach && run.Length == at.Length && run.End == end && run.Code == _sourceCodes[q]))
        {
            // The run from q: every value the walk reaches from q reaches the same last value, so one walk serves them all.
            int reach = q, unlabelled = -1;
            while (reach + 1 < at.Length && CanJoin(at, q, reach + 1) && at[reach + 1].First < end)
            {
                int from = at[reach].Last + 1, to = at[reach + 1].First;
                if (to - from < 1 || to - from > MaxSeriesGap || !SeriesGap(from, to, out bool labelled))
                {
                    break;
                }

                if (!labelled)
                {
                    unlabelled = reach;
                }

                reach++;
            }

            run = (q, reach, unlabelled, _sourceCodes[q], at.Length, end);
            if (inside)
            {
                _seriesRunInside = run;
            }
            else
            {
                _seriesRun = run;
            }
        }

        int last = run.Reach;
        bool allLabelled = run.Unlabelled < q;
        if (last - q < 2)
        {
            return -1;
        }

        // Each value's year label stands in the gap on one side of it, so every gap holds one ("1998: 7.5%; 2008: 5%",
        // "2,104 (2021), 2,388 (2022)"); else the series is opened after a move over a run of periods.
        if (!allLabelled && !RunBefore(at[q].First, last - q + 1))
        {
            return -1;
        }

        return last;
    }

    /// <summary>Whether tokens <paramref name="from"/>..<paramref name="to"/> (exclusive) hold only separators, year labels
    /// and words of time between two values of a series; <paramref name="labelled"/>: a year label among them.</summary>
    private bool SeriesGap(int from, int to, out bool labelled)
    {
        labelled = false;
        for (int k = from; k < to; k++)
        {
            if (YearToken(k))
            {
                labelled = true;
            }
            else if (!(Is(k, ",") || Is(k, ";") || Is(k, "and") || Is(k, "(") || Is(k, ")") || Is(k, ":") || Is(k, "—") || Is(k, "–")
                || Tokens[k].Kind == TokenKind.Word && Has(k, Cls.TimeWord)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether token <paramref name="k"/> is a year or split year ("2021", "2021/22", "2022-23").</summary>
    private bool YearToken(int k)
    {
        if (Tokens[k].Kind != TokenKind.Number || Tokens[k].Length < 4)
        {
            return false;
        }

        ReadOnlySpan<char> w = Word(k);
        return (w.StartsWith("19") || w.StartsWith("20")) && char.IsAsciiDigit(w[2]) && char.IsAsciiDigit(w[3])
            && (w.Length == 4 || w[4] is '/' or '-' or '–');
    }

    /// <summary>Whether the series opening at <paramref name="first"/>, of <paramref name="values"/> values, follows a
    /// bracket or colon after a move over a run of periods in its sentence (read at most <see cref="MaxSeriesLead"/> tokens
    /// back): a run word that governs a period ("every election", "each year", "five straight sessions", "since 2010",
    /// "for the third year running"), not an event ("since the budget", "each of the three indices"); and no list of as many
    /// holders as values before it, whose values those are one each ("Barclays, Lloyds and NatWest have fallen since
    /// 2020: 3.1%, 2.7% and 2.2%") (mend34c, review 34c finding 3).</summary>
    private bool RunBefore(int first, int values)
    {
        if (first - 1 < _sentenceFirst || !(Is(first - 1, "(") || Is(first - 1, ":")))
        {
            return false;
        }

        bool move = false, run = false;
        int members = 1;
        for (int k = Math.Max(_sentenceFirst, first - 1 - MaxSeriesLead); k < first - 1; k++)
        {
            move |= Has(k, Cls.ChangeVerb);
            run |= RunOfPeriods(k);
            if ((Is(k, ",") || Is(k, "and") || Is(k, "or")) && k > _sentenceFirst && Tokens[k - 1].Kind == TokenKind.Word
                && Tokens[k + 1].Kind == TokenKind.Word && !Has(k - 1, Cls.TimeWord) && !Has(k + 1, Cls.TimeWord))
            {
                members++;
            }
        }

        return move && run && members != values;
    }

    /// <summary>Whether token <paramref name="k"/> is a run word governing the period next to it: [series-run-words]
    /// before a period ("every election", "straight sessions"), [series-run-after-words] after one ("year running") or
    /// [series-since-words] before a year ("since 2010").</summary>
    private bool RunOfPeriods(int k)
    {
        if (Tokens[k].Kind != TokenKind.Word)
        {
            return false;
        }

        int end = _sentenceFirst + _sentenceLength;
        return SeriesRunWords.Contains(Word(k)) && k + 1 < end && Period(k + 1)
            || SeriesRunAfterWords.Contains(Word(k)) && k - 1 >= _sentenceFirst && Period(k - 1)
            || SeriesSinceWords.Contains(Word(k)) && k + 1 < end && YearToken(k + 1);
    }

    /// <summary>Whether token <paramref name="k"/> names a period a measure is read at: a word of time ("year", "quarter",
    /// "sessions") or a [series-period-nouns] word ("election", "meeting").</summary>
    private bool Period(int k) =>
        Tokens[k].Kind == TokenKind.Word && (Has(k, Cls.TimeWord) && !Has(k, Cls.Determiner) || SeriesPeriodNouns.Contains(Word(k)));
}
