namespace Tidings.ML.Tool.Eval;

/// <summary>Match counts for TIMEX3 extraction, summed over documents (micro-averaged, as TempEval-3 does).</summary>
/// <param name="Documents">Documents scored.</param>
/// <param name="Gold">Gold expressions.</param>
/// <param name="System">System (predicted) expressions.</param>
/// <param name="StrictMatches">Pairs with identical spans (one-to-one).</param>
/// <param name="RelaxedMatches">Pairs with overlapping spans (one-to-one, see <see cref="TimexScorer.Score"/>).</param>
/// <param name="TypeCorrect">Relaxed pairs whose types agree.</param>
/// <param name="ValueCorrect">Relaxed pairs whose values agree (<see cref="TimexValue.Equivalent"/>).</param>
/// <param name="ValueExact">Relaxed pairs whose values are the same string.</param>
internal readonly record struct TimexCounts(
    int Documents, int Gold, int System, int StrictMatches, int RelaxedMatches, int TypeCorrect, int ValueCorrect, int ValueExact)
{
    /// <summary>Adds two sets of counts.</summary>
    public static TimexCounts operator +(TimexCounts a, TimexCounts b) => new(
        a.Documents + b.Documents,
        a.Gold + b.Gold,
        a.System + b.System,
        a.StrictMatches + b.StrictMatches,
        a.RelaxedMatches + b.RelaxedMatches,
        a.TypeCorrect + b.TypeCorrect,
        a.ValueCorrect + b.ValueCorrect,
        a.ValueExact + b.ValueExact);

    /// <summary>Adds two sets of counts.</summary>
    public static TimexCounts Add(TimexCounts left, TimexCounts right) => left + right;

    /// <summary>Strict span match.</summary>
    public PrecisionRecall Strict => new(StrictMatches, System, Gold);

    /// <summary>Relaxed span match (overlap).</summary>
    public PrecisionRecall Relaxed => new(RelaxedMatches, System, Gold);

    /// <summary>TempEval-3's value F1: relaxed matches with the right value, against all system and gold expressions.</summary>
    public PrecisionRecall Value => new(ValueCorrect, System, Gold);

    /// <summary>Type F1: relaxed matches with the right type, against all system and gold expressions.</summary>
    public PrecisionRecall Type => new(TypeCorrect, System, Gold);

    /// <summary>Share of relaxed matches with the right type; 0 when there are none.</summary>
    public double TypeAccuracy => Ratio(TypeCorrect, RelaxedMatches);

    /// <summary>Share of relaxed matches with the right value; 0 when there are none.</summary>
    public double ValueAccuracy => Ratio(ValueCorrect, RelaxedMatches);

    /// <summary>Share of relaxed matches whose values are the same string (no notation made one); 0 when there are none.</summary>
    public double ValueAccuracyExact => Ratio(ValueExact, RelaxedMatches);

    internal static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}

/// <summary>Precision, recall and F1 from a count of correct items; each is 0 when its denominator is 0.</summary>
/// <param name="Correct">Correct items.</param>
/// <param name="System">Predicted items (precision's denominator).</param>
/// <param name="Gold">Gold items (recall's denominator).</param>
internal readonly record struct PrecisionRecall(int Correct, int System, int Gold)
{
    /// <summary>Correct over predicted.</summary>
    public double Precision => TimexCounts.Ratio(Correct, System);

    /// <summary>Correct over gold.</summary>
    public double Recall => TimexCounts.Ratio(Correct, Gold);

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>TempEval-3's TIMEX3 measures for one document.</summary>
internal static class TimexScorer
{
    /// <summary>Scores <paramref name="system"/> against <paramref name="gold"/> (one document).</summary>
    /// <remarks>
    /// <para>Strict: a system expression matches a gold one with the same start and end (each used once).</para>
    /// <para>Relaxed: system expressions are taken in text order; each is paired with the not-yet-paired gold
    /// expression it overlaps most (ties: the same span, then the earlier one), if any. Type and value are
    /// compared over these pairs: types ordinally, values as <see cref="TimexValue.Equivalent"/> has them (and, for
    /// <see cref="TimexCounts.ValueExact"/>, ordinally); a missing value equals only a missing or empty one.</para>
    /// </remarks>
    public static TimexCounts Score(IReadOnlyList<TimexAnnotation> gold, IReadOnlyList<TimexAnnotation> system)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        TimexAnnotation[] goldSorted = Sorted(gold);
        TimexAnnotation[] systemSorted = Sorted(system);

        var strictUsed = new bool[goldSorted.Length];
        var relaxedUsed = new bool[goldSorted.Length];
        int strict = 0, relaxed = 0, typeCorrect = 0, valueCorrect = 0, valueExact = 0;
        foreach (TimexAnnotation s in systemSorted)
        {
            int best = -1;
            int bestOverlap = 0;
            bool bestExact = false;
            bool strictFound = false;
            for (int g = 0; g < goldSorted.Length; g++)
            {
                TimexAnnotation t = goldSorted[g];
                bool exact = t.Start == s.Start && t.End == s.End;
                if (exact && !strictFound && !strictUsed[g])
                {
                    strictUsed[g] = true;
                    strictFound = true;
                    strict++;
                }

                if (relaxedUsed[g])
                {
                    continue;
                }

                int overlap = Math.Min(s.End, t.End) - Math.Max(s.Start, t.Start);
                if (overlap > 0 && (overlap > bestOverlap || (overlap == bestOverlap && exact && !bestExact)))
                {
                    best = g;
                    bestOverlap = overlap;
                    bestExact = exact;
                }
            }

            if (best < 0)
            {
                continue;
            }

            relaxedUsed[best] = true;
            relaxed++;
            TimexAnnotation match = goldSorted[best];
            if (string.Equals(match.Type, s.Type, StringComparison.Ordinal))
            {
                typeCorrect++;
            }

            if (TimexValue.Equivalent(match.Value, s.Value))
            {
                valueCorrect++;
            }

            if (string.Equals(match.Value ?? "", s.Value ?? "", StringComparison.Ordinal))
            {
                valueExact++;
            }
        }

        return new TimexCounts(1, goldSorted.Length, systemSorted.Length, strict, relaxed, typeCorrect, valueCorrect, valueExact);
    }

    private static TimexAnnotation[] Sorted(IReadOnlyList<TimexAnnotation> items)
    {
        // Stable, so expressions with the same span keep their order.
        return [.. items.OrderBy(static a => a.Start).ThenBy(static a => a.End)];
    }
}
