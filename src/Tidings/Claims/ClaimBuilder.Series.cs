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

    /// <summary>The most values one series holds (so the walk from each quantity is bounded and grouping stays linear on a
    /// long run of figures: "3,000, 3,000, …").</summary>
    private const int MaxSeriesValues = 12;

    /// <summary>The most tokens read back from a series for the move and run word that open it.</summary>
    private const int MaxSeriesLead = 40;

    /// <summary>The words before a series that say its values follow one another over time (claim-guards
    /// [series-run-words]: "every", "each", "since", "successive").</summary>
    private static readonly AsciiWordTable<bool> SeriesRunWords = ClaimGuards.Set("series-run-words");

    /// <summary>The last quantity of the dated series quantity <paramref name="q"/> opens (at least three values), or -1.</summary>
    private int DatedSeries(ReadOnlySpan<(int First, int Last)> at, int q, int end)
    {
        if (q + 2 >= at.Length)
        {
            return -1;
        }

        int last = q;
        bool allLabelled = true;
        while (last + 1 < at.Length && last - q + 1 < MaxSeriesValues && CanJoin(at, q, last + 1) && at[last + 1].First < end)
        {
            int from = at[last].Last + 1, to = at[last + 1].First;
            if (to - from < 1 || to - from > MaxSeriesGap || !SeriesGap(from, to, out bool labelled))
            {
                break;
            }

            allLabelled &= labelled;
            last++;
        }

        if (last - q < 2)
        {
            return -1;
        }

        // Each value's year label stands in the gap on one side of it, so every gap holds one ("1998: 7.5%; 2008: 5%",
        // "2,104 (2021), 2,388 (2022)"); else the series is opened after a move over a run of periods.
        if (!allLabelled && !RunBefore(at[q].First))
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

    /// <summary>Whether the series opening at <paramref name="first"/> follows a bracket or colon after a move over a run of
    /// periods in its sentence (read at most <see cref="MaxSeriesLead"/> tokens back) ("has fallen at every election since 2010 (71%, …"; "has risen every year since 2020: 412, …").</summary>
    private bool RunBefore(int first)
    {
        if (first - 1 < _sentenceFirst || !(Is(first - 1, "(") || Is(first - 1, ":")))
        {
            return false;
        }

        bool move = false, run = false;
        for (int k = Math.Max(_sentenceFirst, first - 1 - MaxSeriesLead); k < first - 1; k++)
        {
            move |= Has(k, Cls.ChangeVerb);
            run |= Tokens[k].Kind == TokenKind.Word && SeriesRunWords.Contains(Word(k));
        }

        return move && run;
    }
}
