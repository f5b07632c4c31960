using Tidings.Text;
using Cls = Tidings.Claims.ClaimWords.Cls;
using Guard = Tidings.Claims.ClaimGuards.Guard;

namespace Tidings.Claims;

/// <summary>
/// Sources in the positions outside a plain "X said": a headline's name or owned data before a colon ("IMF: Global growth
/// to hold at 3.3%", "Union figures: 14,000 members balloted") and the agent of a passive reporting verb after the figure
/// it puts "at" ("The cost was estimated at £3.1 billion a year by the Institute for Fiscal Studies").
/// </summary>
internal sealed partial class ClaimBuilder
{
    /// <summary>"IMF: Global growth to hold at 3.3%": a headline opened by a name (an organization, a person, or a word
    /// in capitals) and a colon — the name says what follows. The source covers the rest of the sentence.</summary>
    private void HeadlineSource(int first, int end, List<SourceSpan> sources)
    {
        // "The Kenya National Bureau of Statistics (KNBS): inflation eased …": a name with its acronym, then a colon.
        if (AcronymColon(first, end) is int named && named > first)
        {
            sources.Add(new SourceSpan(first, named - 1, named + 1, end));
            return;
        }

        int colon = -1;
        for (int k = first; k < end && k <= first + 4; k++)
        {
            if (Is(k, ":"))
            {
                colon = k;
                break;
            }

            if (Tokens[k].Kind != TokenKind.Word && !IsPossessiveMark(k))
            {
                return;
            }
        }

        if (colon <= first || colon + 1 >= end || !Tokens[first].Has(TokenTraits.Capitalized))
        {
            return;
        }

        // "Union figures: 14,000 members balloted", "The ministry's figures: 412 new cases", "Eurostat data: euro zone jobless
        // rate steady at 6.3%": data that name whose they are, whatever follows the colon.
        if (OwnedData(first, colon))
        {
            sources.Add(new SourceSpan(first, colon - 1, colon + 1, end));
            return;
        }

        // "SMITH: We will open 40 new stores", "DR ARAUJO: Vaccination coverage has dropped to 81%": a transcript's speaker.
        if (SpeakerLabel(first, colon, end))
        {
            sources.Add(new SourceSpan(first, colon - 1, colon + 1, end));
            return;
        }

        if (!Tokens[colon + 1].Has(TokenTraits.Capitalized))
        {
            return;
        }

        // "IMF:", "Powell:", "Exit poll:" — not a dateline ("MUMBAI:") or a label ("Close:", "Medals:", "Final tally:").
        if (Spans(_organizations, first, colon - 1) || Spans(_persons, first, colon - 1)
            || Guarded(colon - 1, Guard.StudyNoun))
        {
            sources.Add(new SourceSpan(first, colon - 1, colon + 1, end));
        }
    }

    /// <summary>"Union figures", "The ministry's figures", "Eurostat data": a noun of data before the colon at
    /// <paramref name="colon"/>, owned by a body (an agent noun, a possessor, or a name the recognizer found) — not a bare
    /// label ("Final tally").</summary>
    private bool OwnedData(int first, int colon)
    {
        if (colon - 1 <= first || !Has(colon - 1, Cls.DataHead) || Tokens[colon - 1].Has(TokenTraits.Capitalized))
        {
            return false;
        }

        for (int k = first; k < colon - 1; k++)
        {
            if (Has(k, Cls.AgentHead) || IsPossessiveMark(k) || InRanges(_organizations, k) || InRanges(_persons, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether token <paramref name="k"/> lies inside one of <paramref name="ranges"/> (in text order).</summary>
    private static bool InRanges((int First, int Last)[] ranges, int k)
    {
        int lo = 0, hi = ranges.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (ranges[mid].First <= k)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo > 0 && ranges[lo - 1].Last >= k; // the last range starting at or before k
    }

    /// <summary>Whether <paramref name="ranges"/> (in text order, not overlapping) hold exactly [<paramref name="f"/>, <paramref name="l"/>].</summary>
    private static bool Spans((int First, int Last)[] ranges, int f, int l)
    {
        int lo = 0, hi = ranges.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (ranges[mid].First < f)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < ranges.Length && ranges[lo].First == f && ranges[lo].Last == l;
    }

    /// <summary>The "by" of a passive reporting verb at <paramref name="k"/>: right after it ("was announced by"), or after
    /// the figure it puts "at" ("was estimated at £3.1 billion a year by"), with no punctuation between; -1 if none.</summary>
    private int PassiveBy(int k, int end, bool restated)
    {
        // "was corrected to 14 by the regional authorities", "was revised up to 64 by": a restated figure's agent comes
        // after the figure too.
        if (k + 2 < end && !Is(k + 1, "by") && !Is(k + 1, "at") && !(restated && (Is(k + 1, "to") || Guarded(k + 1, Guard.RevisionParticle))))
        {
            return -1;
        }

        for (int j = k + 1; j + 1 < end && j <= k + 10; j++)
        {
            if (Is(j, "by"))
            {
                return j == k + 1 || Tokens[j + 1].Kind == TokenKind.Word ? j : -1;
            }

            if (Is(j, ",") || Is(j, ";") || Is(j, ":") || Tokens[j].Has(TokenTraits.Terminal) || j > k + 1 && Has(j, Cls.Breaker | Cls.Reporting))
            {
                return -1;
            }
        }

        return -1;
    }
}
