using System.Collections.Immutable;
using Tidings.Numbers;
using Xunit;

namespace Tidings.Tests.Numbers;

/// <summary>
/// The data-driven specification of <see cref="QuantityExtractor"/>: every case in Numbers/Specs/*.json is one
/// theory row, shown as (file, name).
/// </summary>
public sealed class QuantitySpecTests
{
    /// <summary>The theory rows: (file, case name), so each case runs and reports separately under its name.</summary>
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (QuantitySpecCase spec in QuantitySpec.All)
        {
            data.Add(spec.File, spec.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case(string file, string name)
    {
        QuantitySpecCase spec = QuantitySpec.All.Single(c => c.File == file && c.Name == name);
        ImmutableArray<Quantity> actual = News.Quantities(spec.Text);
        string? report = QuantitySpec.Compare(spec, actual);
        Assert.True(report is null, report);
    }

    [Fact]
    public void Spec_files_load_and_are_consistent()
    {
        IReadOnlyList<QuantitySpecCase> all = QuantitySpec.All;
        // xUnit shortens string arguments past 50 characters in test names; keep names readable.
        Assert.All(all, c => Assert.True(c.Name.Length <= 50, $"case name too long to display: '{c.Id}'"));
        Assert.True(all.Count >= 260, $"only {all.Count} cases loaded from {QuantitySpec.SpecDirectory}");

        int negatives = all.Count(c => c.Quantities.Count == 0);
        Assert.True(negatives >= 60, $"only {negatives} cases without any quantity");

        var problems = new List<string>();
        foreach (IGrouping<string, QuantitySpecCase> duplicate in all.GroupBy(c => c.Id).Where(g => g.Count() > 1))
        {
            problems.Add($"duplicate case id '{duplicate.Key}'");
        }

        foreach (QuantitySpecCase spec in all)
        {
            int previousStart = -1;
            foreach (ExpectedQuantity e in spec.Quantities)
            {
                int start = QuantitySpec.Locate(spec.Text, e.Text, e.Occurrence);
                if (start < 0)
                {
                    problems.Add($"{spec.Id}: \"{e.Text}\" (occurrence {e.Occurrence}) does not occur in the text");
                    continue;
                }

                if (start <= previousStart)
                {
                    problems.Add($"{spec.Id}: \"{e.Text}\" is not in start order");
                }

                previousStart = start;
                if (e.Counted is not null
                    && QuantitySpec.Locate(spec.Text[(start + e.Text.Length)..], e.Counted, 1) < 0)
                {
                    problems.Add($"{spec.Id}: counted \"{e.Counted}\" does not occur after \"{e.Text}\"");
                }

                if (e.Approximation == "range" && (e.Low is null || e.High is null || e.Value != (e.Low + e.High) / 2))
                {
                    problems.Add($"{spec.Id}: range \"{e.Text}\" needs low, high and value = their midpoint");
                }

                if (e.Approximation == "vague" && (e.Value is not null || e.Low is null || e.High is not null))
                {
                    problems.Add($"{spec.Id}: vague \"{e.Text}\" needs value null, a low and no high");
                }

                if (e.Approximation is "atLeast" or "moreThan" && (e.Low != e.Value || e.High is not null))
                {
                    problems.Add($"{spec.Id}: \"{e.Text}\" needs low = value and no high");
                }

                if (e.Approximation is "atMost" or "lessThan" && (e.High != e.Value || e.Low is not null))
                {
                    problems.Add($"{spec.Id}: \"{e.Text}\" needs high = value and no low");
                }

                if (e.Approximation is "exact" or "approximate" && (e.Low is not null || e.High is not null))
                {
                    problems.Add($"{spec.Id}: \"{e.Text}\" is {e.Approximation} and must have no bounds");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Runner_parses_the_format_and_compares_fields()
    {
        const string Json = """
            [
              {
                "name": "trivial",
                "text": "Someone saw around 3,000 Armenians and one officer, 2/3 of 9.",
                "quantities": [
                  { "text": "around 3,000", "value": 3000, "unit": "count", "approximation": "approximate", "counted": "Armenians" },
                  { "text": "one", "occurrence": 1, "value": 1, "unit": "count", "approximation": "exact", "counted": null },
                  { "text": "2/3", "value": 0.6666666666666666666666666667, "unit": "ratio", "approximation": "atMost", "high": 0.6666666666666666666666666667 }
                ]
              },
              { "name": "nothing", "text": "The law was passed in 2008.", "quantities": [] }
            ]
            """;
        List<QuantitySpecCase> cases = QuantitySpec.Parse("inline", Json);
        Assert.Equal(2, cases.Count);
        QuantitySpecCase spec = cases[0];
        Assert.Equal("inline: trivial", spec.Id);
        Assert.Empty(cases[1].Quantities);
        Assert.Equal(3, spec.Quantities.Count);
        Assert.True(spec.Quantities[0].ChecksCounted);
        Assert.Equal("Armenians", spec.Quantities[0].Counted);
        Assert.True(spec.Quantities[1].ChecksCounted);
        Assert.Null(spec.Quantities[1].Counted);
        Assert.False(spec.Quantities[2].ChecksCounted);
        Assert.Equal(0.6666666666666666666666666667m, spec.Quantities[2].Value);

        // "one" is found as a word, not inside "Someone".
        Assert.Equal(spec.Text.IndexOf(" one ", StringComparison.Ordinal) + 1, QuantitySpec.Locate(spec.Text, "one", 1));

        string text = spec.Text;
        int hedge = text.IndexOf("around", StringComparison.Ordinal);
        int armenians = text.IndexOf("Armenians", StringComparison.Ordinal);
        int one = QuantitySpec.Locate(text, "one", 1);
        int ratio = text.IndexOf("2/3", StringComparison.Ordinal);
        var right = ImmutableArray.Create(
            new Quantity(hedge, hedge + 12, "around 3,000", 3000m, QuantityUnit.Count, Approximation.Approximate,
                counted: TextSpan.Of(text, armenians, armenians + 9)),
            new Quantity(one, one + 3, "one", 1m, QuantityUnit.Count, Approximation.Exact),
            new Quantity(ratio, ratio + 3, "2/3", 2m / 3m, QuantityUnit.Ratio, Approximation.AtMost, high: 0.666666666667m));
        Assert.Null(QuantitySpec.Compare(spec, right));

        // Each kind of difference is reported.
        Assert.Contains("expected 3 quantities, got 2", QuantitySpec.Compare(spec, right.RemoveAt(2)), StringComparison.Ordinal);
        Assert.Contains("value 3001 should be 3000", QuantitySpec.Compare(spec, right.SetItem(0,
            new Quantity(hedge, hedge + 12, "around 3,000", 3001m, QuantityUnit.Count, Approximation.Approximate,
                counted: TextSpan.Of(text, armenians, armenians + 9)))), StringComparison.Ordinal);
        Assert.Contains("span", QuantitySpec.Compare(spec, right.SetItem(0,
            new Quantity(hedge + 7, hedge + 12, "3,000", 3000m, QuantityUnit.Count, Approximation.Approximate,
                counted: TextSpan.Of(text, armenians, armenians + 9)))), StringComparison.Ordinal);
        Assert.Contains("counted null should be \"Armenians\"", QuantitySpec.Compare(spec, right.SetItem(0,
            new Quantity(hedge, hedge + 12, "around 3,000", 3000m, QuantityUnit.Count, Approximation.Approximate))),
            StringComparison.Ordinal);
        Assert.Contains("counted \"officer\" should be null", QuantitySpec.Compare(spec, right.SetItem(1,
            new Quantity(one, one + 3, "one", 1m, QuantityUnit.Count, Approximation.Exact,
                counted: TextSpan.Of(text, one + 4, one + 11)))), StringComparison.Ordinal);
        Assert.Contains("unit percent should be count", QuantitySpec.Compare(spec, right.SetItem(1,
            new Quantity(one, one + 3, "one", 1m, QuantityUnit.Percent, Approximation.Exact))), StringComparison.Ordinal);
        Assert.Contains("low 1 should be null", QuantitySpec.Compare(spec, right.SetItem(1,
            new Quantity(one, one + 3, "one", 1m, QuantityUnit.Count, Approximation.Exact, low: 1m))), StringComparison.Ordinal);
        Assert.Contains("approximation exact should be atMost", QuantitySpec.Compare(spec, right.SetItem(2,
            new Quantity(ratio, ratio + 3, "2/3", 2m / 3m, QuantityUnit.Ratio, Approximation.Exact, high: 2m / 3m))),
            StringComparison.Ordinal);
        Assert.Contains("value 0.6667 should be", QuantitySpec.Compare(spec, right.SetItem(2,
            new Quantity(ratio, ratio + 3, "2/3", 0.6667m, QuantityUnit.Ratio, Approximation.AtMost, high: 2m / 3m))),
            StringComparison.Ordinal);
        Assert.Contains("expected 0 quantities, got 1", QuantitySpec.Compare(cases[1], [right[0]]), StringComparison.Ordinal);
    }
}
