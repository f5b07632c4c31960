using Tidings.ML.Tool.Eval;
using Xunit;

namespace Tidings.Tests.Eval;

public sealed class TimexScorerTests
{
    private static TimexAnnotation T(int start, int end, string type = "DATE", string? value = "2000") => new(start, end, type, value);

    [Fact]
    public void Strict_and_relaxed_differ_and_attributes_are_scored_over_relaxed_matches()
    {
        TimexAnnotation[] gold =
        [
            T(0, 5, "DATE", "2001-01-01"),   // exact match, right value
            T(10, 20, "DURATION", "P6M"),    // overlapped, right type, wrong value
            T(30, 35, "DATE", "2001"),       // overlapped, wrong type, right value
            T(50, 55),                       // missed
        ];
        TimexAnnotation[] system =
        [
            T(0, 5, "DATE", "2001-01-01"),
            T(12, 20, "DURATION", "P5M"),
            T(28, 33, "TIME", "2001"),
            T(40, 45),                       // spurious
        ];

        TimexCounts c = TimexScorer.Score(gold, system);

        Assert.Equal(new TimexCounts(1, 4, 4, 1, 3, 2, 2, 2), c);
        Assert.Equal(0.25, c.Strict.Precision);
        Assert.Equal(0.25, c.Strict.Recall);
        Assert.Equal(0.25, c.Strict.F1);
        Assert.Equal(0.75, c.Relaxed.Precision);
        Assert.Equal(0.75, c.Relaxed.F1);
        Assert.Equal(2.0 / 3, c.TypeAccuracy, 10);
        Assert.Equal(2.0 / 3, c.ValueAccuracy, 10);
        Assert.Equal(0.5, c.Value.Precision);
        Assert.Equal(0.5, c.Value.Recall);
        Assert.Equal(0.5, c.Value.F1);
    }

    [Fact]
    public void Precision_and_recall_differ_when_counts_differ()
    {
        TimexAnnotation[] gold = [T(0, 4), T(10, 14), T(20, 24), T(30, 34)];
        TimexAnnotation[] system = [T(0, 4), T(11, 14)];

        TimexCounts c = TimexScorer.Score(gold, system);

        Assert.Equal(1.0, c.Relaxed.Precision);
        Assert.Equal(0.5, c.Relaxed.Recall);
        Assert.Equal(2 * 1.0 * 0.5 / 1.5, c.Relaxed.F1, 10);
        Assert.Equal(0.5, c.Strict.Precision);
        Assert.Equal(0.25, c.Strict.Recall);
        Assert.Equal(1.0 / 3, c.Strict.F1, 10);
    }

    [Fact]
    public void One_system_mention_matches_at_most_one_gold_and_vice_versa()
    {
        // One long system span overlapping two gold spans: only one relaxed match, the larger overlap.
        TimexCounts wide = TimexScorer.Score([T(0, 3, value: "a"), T(4, 10, value: "b")], [T(0, 10, value: "b")]);
        Assert.Equal(1, wide.RelaxedMatches);
        Assert.Equal(1, wide.ValueCorrect);
        Assert.Equal(0, wide.StrictMatches);

        // Two system spans inside one gold span: the first (in text order) takes it.
        TimexCounts split = TimexScorer.Score([T(0, 10, value: "x")], [T(0, 4, value: "x"), T(5, 10, value: "y")]);
        Assert.Equal(1, split.RelaxedMatches);
        Assert.Equal(1, split.ValueCorrect);
        Assert.Equal(0.5, split.Relaxed.Precision);
        Assert.Equal(1.0, split.Relaxed.Recall);
    }

    [Fact]
    public void Adjacent_spans_do_not_overlap_and_missing_values_only_equal_missing()
    {
        TimexCounts c = TimexScorer.Score([T(0, 5, value: null), T(5, 9, value: "2000")], [T(0, 5, value: null), T(9, 12)]);

        Assert.Equal(1, c.RelaxedMatches);
        Assert.Equal(1, c.ValueCorrect);

        TimexCounts wrong = TimexScorer.Score([T(0, 5, value: "2000")], [T(0, 5, value: null)]);
        Assert.Equal(0, wrong.ValueCorrect);
    }

    [Fact]
    public void Empty_lists_give_zero_scores_not_NaN()
    {
        TimexCounts c = TimexScorer.Score([], []);

        Assert.Equal(0, c.Strict.F1);
        Assert.Equal(0, c.Relaxed.Precision);
        Assert.Equal(0, c.ValueAccuracy);
    }

    [Fact]
    public void Counts_sum_over_documents()
    {
        TimexCounts a = TimexScorer.Score([T(0, 4)], [T(0, 4)]);
        TimexCounts b = TimexScorer.Score([T(0, 4), T(6, 8)], [T(1, 4)]);

        TimexCounts sum = a + b;

        Assert.Equal(new TimexCounts(2, 3, 2, 1, 2, 2, 2, 2), sum);
        Assert.Equal(1.0, sum.Relaxed.Precision);
        Assert.Equal(2.0 / 3, sum.Relaxed.Recall, 10);
    }

    [Theory]
    [InlineData("2000-W7", "2000-W07")]
    [InlineData("2000-W7-WE", "2000-W07-WE")]
    [InlineData("199X", "199")]
    [InlineData("19XX", "19")]
    [InlineData("1948-XX", "1948")]
    [InlineData("1997-XX-XX", "1997")]
    [InlineData("1998-10-XX", "1998-10")]
    [InlineData("1989-11-06T17", "1989-11-06T17:00")]
    public void Notations_of_one_value_are_equivalent(string gold, string system)
    {
        Assert.True(TimexValue.Equivalent(gold, system));
        Assert.True(TimexValue.Equivalent(system, gold));
    }

    [Theory]
    [InlineData("2000-W07", "2000-W17")]
    [InlineData("XXXX", "")]
    [InlineData("XXXX-XX-XX", "XXXX")]
    [InlineData("1998-10-XX", "1998-10-23")]
    [InlineData("199", "19")]
    [InlineData("1989-QX", "1989")]
    [InlineData("PT5H", "PT5H:00")]
    [InlineData("2000", null)]
    public void Different_values_stay_different(string gold, string? system) => Assert.False(TimexValue.Equivalent(gold, system));

    [Fact]
    public void Equivalent_values_count_as_right_and_exact_strings_are_counted_apart()
    {
        TimexCounts c = TimexScorer.Score([T(0, 4, value: "1948-XX"), T(6, 9, value: "2000")], [T(0, 4, value: "1948"), T(6, 9, value: "2000")]);

        Assert.Equal(2, c.ValueCorrect);
        Assert.Equal(1, c.ValueExact);
        Assert.Equal(0.5, c.ValueAccuracyExact);
    }

    [Fact]
    public void The_contracts_fiscal_year_is_TimeMLs_plain_year()
    {
        Assert.Equal("1989", TimexValue.FromContract("FY1989"));
        Assert.Equal("FY89", TimexValue.FromContract("FY89"));
        Assert.Equal("2023-Q2", TimexValue.FromContract("2023-Q2"));
        Assert.Null(TimexValue.FromContract(null));
    }
}
