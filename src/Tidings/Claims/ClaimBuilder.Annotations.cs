using Tidings.Numbers;
using Tidings.Text;
using Cls = Tidings.Claims.ClaimWords.Cls;
using Guard = Tidings.Claims.ClaimGuards.Guard;
using LateGuard = Tidings.Claims.ClaimGuards.LateGuard;

namespace Tidings.Claims;

/// <summary>
/// The annotation room: a figure in a telegraphic line followed by a bracket of labelled figures, its earlier value and
/// what was expected ("UK CPI 3.2% y/y in November (3.5%)", "PMI 50.9 (prev. 50.2)", "86.8 (cons. 86.0; prev. 85.7)",
/// "-19 in December (Nov: -17; consensus -18)", "£41.2m (LY £39.8m)").
/// </summary>
/// <remarks>Session 32 (claims32b, b20): one claim of the figure and every figure of its bracket; a change when any label
/// names an earlier value (or a figure in the head's own unit stands bare), else a comparison with what was expected. The
/// labels are words of claim-guards.txt ([PriorLabel], [ExpectedLabel], [PastWord], [PastPeriod], [Reference]). Every
/// look is bounded by a few tokens after the head, so the reading stays linear.</remarks>
internal sealed partial class ClaimBuilder
{
    /// <summary>The most tokens of the head's own tail ("y/y in November", "per dollar on Tuesday") before the bracket.</summary>
    private const int MaxAnnotatedTail = 6;

    /// <summary>The most tokens of one entry's label ("H1 2024:", "previous close").</summary>
    private const int MaxAnnotationLabel = 4;

    /// <summary>The last quantity of the bracket annotating quantity <paramref name="q"/>, or -1; <paramref name="relation"/>
    /// is change (an earlier value is named) or comparison (only what was expected).</summary>
    private int AnnotatedFigure(ReadOnlySpan<Quantity> qs, ReadOnlySpan<(int First, int Last)> at, int q, int end, out ClaimRelation relation)
    {
        relation = ClaimRelation.Single;
        if (!CanJoin(at, q, q + 1))
        {
            return -1;
        }

        // The head's tail: words of time, scope or unit only, no clause, link or other figure.
        int open = at[q].Last + 1;
        while (open < end && open < at[q + 1].First && open - at[q].Last <= MaxAnnotatedTail && !Tokens[open].Has(TokenTraits.OpenBracket))
        {
            if (Tokens[open].Kind == TokenKind.Punctuation && !Is(open, "/") || Has(open, Cls.Breaker | Cls.Verb | Cls.ChangeVerb | Cls.Reporting | Cls.Comparative)
                || IsLinkWord(open) || Is(open, "from") || Is(open, "by") || Is(open, "of"))
            {
                return -1;
            }

            open++;
        }

        if (open >= end || open >= at[q + 1].First || !Tokens[open].Has(TokenTraits.OpenBracket))
        {
            return -1;
        }

        bool prior = false, expected = false, unknown = false;
        int last = q, k = open + 1, entries = 0;
        while (true)
        {
            int next = last + 1;
            if (!CanJoin(at, last, next) || at[next].First < k || at[next].First - k > MaxAnnotationLabel)
            {
                return -1;
            }

            // The entry's label: what names the figure ("prev.", "cons.", "2024:", "Nov:", "previous week", "LY").
            bool known = false;
            for (int j = k; j < at[next].First; j++)
            {
                if (Tokens[j].Kind == TokenKind.Punctuation)
                {
                    if (!(Is(j, ":") || Is(j, ".") || Is(j, "'")))
                    {
                        return -1;
                    }

                    continue;
                }

                ReadOnlySpan<char> w = Word(j).TrimEnd('.');
                if (Tokens[j].Kind == TokenKind.Word && (ClaimGuards.Is(w, Guard.PastWord | Guard.PastPeriod) || ClaimGuards.Is(w, LateGuard.PriorLabel))
                    || Tokens[j].Kind == TokenKind.Number && Year(j) || Has(j, Cls.TimeWord))
                {
                    prior = known = true;
                }
                else if (Tokens[j].Kind == TokenKind.Word && (ClaimGuards.Is(w, Guard.Reference) || ClaimGuards.Is(w, LateGuard.ExpectedLabel)) || ExpectationNoun(j))
                {
                    expected = known = true;
                }
                else if (Has(j, Cls.Breaker | Cls.Verb | Cls.ChangeVerb | Cls.Reporting) || IsLinkWord(j))
                {
                    return -1;
                }
            }

            // A bare figure: the earlier value in the head's own unit ("(3.5%)"), alone in its entry; not a conversion
            // ("£5bn ($6.3bn)") nor a count of part of a group ("12 players (3 injured)").
            bool bare = k == at[next].First;
            if (bare)
            {
                if (qs[next].Unit != qs[q].Unit || qs[q].Unit.Kind == UnitKind.Count)
                {
                    return -1;
                }

                prior = known = true;
            }

            unknown |= !known;
            entries++;
            last = next;

            // The entry's own short tail ("y/y"), then a separator or the closing bracket.
            k = at[next].Last + 1;
            int tail = 0;
            while (k < end && tail < 3 && (Tokens[k].Kind == TokenKind.Word && !Has(k, Cls.Breaker) || Is(k, "/")))
            {
                k++;
                tail++;
            }

            if (k >= end || bare && tail > 0)
            {
                return -1;
            }

            if (Tokens[k].Has(TokenTraits.CloseBracket))
            {
                break;
            }

            if (!(Is(k, ";") || Is(k, ",")))
            {
                return -1;
            }

            k++;
        }

        if (unknown && (entries < 2 || !(prior || expected)))
        {
            return -1;
        }

        relation = prior ? ClaimRelation.Change : ClaimRelation.Comparison;
        return last;
    }
}
