using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Tidings.Claims;
using Tidings.Numbers;
using Tidings.Text;
using Xunit;
using Xunit.Abstractions;

namespace Tidings.Tests.Claims;

/// <summary>
/// The data-driven specification of <see cref="ClaimExtractor"/>: the cases in Claims/Specs/*.json are scored
/// together (claims found with the right quantities, right relation, right source, precision) against
/// thresholds, and every miss is printed to the test output.
/// </summary>
public sealed class ClaimSpecTests(ITestOutputHelper output)
{
    /// <summary>Share of expected claims found with exactly their quantities.</summary>
    private const double QuantitiesThreshold = 0.90;

    /// <summary>Share of found claims with the right relation.</summary>
    private const double RelationThreshold = 0.90;

    /// <summary>Share of found claims that specify a source (text or null) with the right source.</summary>
    private const double SourceThreshold = 0.85;

    /// <summary>Share of extracted claims that match an expected claim.</summary>
    private const double PrecisionThreshold = 0.90;

    private const int MinimumCases = 130;
    private const int MinimumPerRelation = 20;
    private const int MinimumWithSource = 40;
    private const int MinimumNegatives = 15;

    /// <summary>Relations that need <see cref="MinimumPerRelation"/> expected claims each.</summary>
    private static readonly string[] CoveredRelations = ["comparison", "change", "ratio", "single"];

    [Fact]
    public void Spec_scores_meet_thresholds()
    {
        var score = new ClaimScore();
        var misses = new StringBuilder();
        foreach (ClaimSpecCase spec in ClaimSpec.All)
        {
            ImmutableArray<Claim> actual = ClaimExtractor.Default.Extract(spec.Text);
            string? report = ClaimScoring.Grade(spec, actual, score);
            if (report is not null)
            {
                misses.Append(report);
            }
        }

        string summary = score.Summary(QuantitiesThreshold, RelationThreshold, SourceThreshold, PrecisionThreshold);
        output.WriteLine(summary);
        output.WriteLine("");
        output.WriteLine(misses.Length == 0 ? "No misses." : misses.ToString());

        Assert.True(score.Quantities >= QuantitiesThreshold, $"quantities {score.Quantities:P1} < {QuantitiesThreshold:P0}\n{summary}");
        Assert.True(score.Relations >= RelationThreshold, $"relation {score.Relations:P1} < {RelationThreshold:P0}\n{summary}");
        Assert.True(score.Sources >= SourceThreshold, $"source {score.Sources:P1} < {SourceThreshold:P0}\n{summary}");
        Assert.True(score.Precision >= PrecisionThreshold, $"precision {score.Precision:P1} < {PrecisionThreshold:P0}\n{summary}");
    }

    [Fact]
    public void Spec_files_load_and_are_consistent()
    {
        IReadOnlyList<ClaimSpecCase> all = ClaimSpec.All;
        Assert.True(all.Count >= MinimumCases, $"only {all.Count} cases loaded from {ClaimSpec.SpecDirectory}");

        var problems = new List<string>();
        foreach (IGrouping<string, ClaimSpecCase> duplicate in all.GroupBy(c => c.Name).Where(g => g.Count() > 1))
        {
            problems.Add($"duplicate case name '{duplicate.Key}' ({string.Join(", ", duplicate.Select(c => c.File))})");
        }

        foreach (ClaimSpecCase spec in all)
        {
            var used = new HashSet<(int, int)>();
            foreach (ExpectedClaim claim in spec.Claims)
            {
                int previous = -1;
                foreach (ExpectedClaimQuantity q in claim.Quantities)
                {
                    (int start, int end) = ClaimSpec.Span(spec.Text, q);
                    if (start < 0)
                    {
                        problems.Add($"{spec.Id}: quantity \"{q.Text}\" (occurrence {q.Occurrence}) does not occur in the text");
                        continue;
                    }

                    if (start <= previous)
                    {
                        problems.Add($"{spec.Id}: quantity \"{q.Text}\" is not in text order within its claim");
                    }

                    if (!used.Add((start, end)))
                    {
                        problems.Add($"{spec.Id}: quantity \"{q.Text}\" is in two claims");
                    }

                    previous = start;
                }

                foreach ((string field, ExpectedText value) in new[] { ("source", claim.Source), ("predicate", claim.Predicate), ("subject", claim.Subject) })
                {
                    if (value.Text is not null && !ClaimSpec.Occurs(spec.Text, value.Text))
                    {
                        problems.Add($"{spec.Id}: {field} \"{value.Text}\" does not occur in the text");
                    }
                }

                if (!ClaimSpec.RelationNames.Contains(claim.Relation))
                {
                    problems.Add($"{spec.Id}: unknown relation '{claim.Relation}'");
                }
            }
        }

        List<ExpectedClaim> claims = all.SelectMany(c => c.Claims).ToList();
        foreach (string relation in CoveredRelations)
        {
            int count = claims.Count(c => c.Relation == relation);
            if (count < MinimumPerRelation)
            {
                problems.Add($"only {count} expected '{relation}' claims (need {MinimumPerRelation})");
            }
        }

        int withSource = all.Count(c => c.Claims.Any(e => e.Source.Text is not null));
        if (withSource < MinimumWithSource)
        {
            problems.Add($"only {withSource} cases with a source (need {MinimumWithSource})");
        }

        int negatives = all.Count(c => c.Claims.Count == 0);
        if (negatives < MinimumNegatives)
        {
            problems.Add($"only {negatives} cases without claims (need {MinimumNegatives})");
        }

        output.WriteLine(CoverageReport(all));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_extraction_keeps_the_structural_invariants()
    {
        var problems = new List<string>();
        foreach (ClaimSpecCase spec in ClaimSpec.All)
        {
            string text = spec.Text;
            ImmutableArray<Claim> claims = ClaimExtractor.Default.Extract(text);
            ImmutableArray<Quantity> quantities = QuantityExtractor.Default.Extract(text);
            Sentence[] sentences = Document.Create(text).Sentences.ToArray();
            var seen = new HashSet<(int, int)>();
            int previousStart = -1;
            foreach (Claim claim in claims)
            {
                string where = $"{spec.Id}: claim [{claim.Start},{claim.End}) \"{claim.Text}\"";
                if (claim.Start < previousStart)
                {
                    problems.Add($"{where} is out of order");
                }

                previousStart = claim.Start;
                if (claim.Start < 0 || claim.End > text.Length || claim.End < claim.Start
                    || text[claim.Start..claim.End] != claim.Text)
                {
                    problems.Add($"{where} is not that substring of the text");
                }

                if (!sentences.Any(s => s.Start <= claim.Start && claim.End <= s.End))
                {
                    problems.Add($"{where} crosses a sentence boundary");
                }

                foreach (TextSpan? part in new[] { claim.Source, claim.Subject, claim.Predicate })
                {
                    // Session 35 (claims35b): a credit line of its own ("Source: ONS" under a table) is the source of its block's
                    // figures from another sentence, the one part that may lie outside the claim (in a sentence of its own).
                    bool creditLine = part is TextSpan c && part == claim.Source && !sentences.Any(s => s.Start <= c.Start && c.End <= s.End && s.Start <= claim.Start && claim.End <= s.End)
                        && c.End <= text.Length && text[c.Start..c.End] == c.Text;
                    if (part is TextSpan p && !creditLine && (p.Start < claim.Start || p.End > claim.End || text[p.Start..p.End] != p.Text))
                    {
                        problems.Add($"{where}: part [{p.Start},{p.End}) \"{p.Text}\" is not a substring inside the claim");
                    }
                }

                foreach (Quantity q in claim.Quantities)
                {
                    if (!quantities.Any(m => m.Start == q.Start && m.End == q.End))
                    {
                        problems.Add($"{where}: quantity [{q.Start},{q.End}) \"{q.Text}\" is not a quantity mention of the text");
                    }

                    if (!seen.Add((q.Start, q.End)))
                    {
                        problems.Add($"{where}: quantity \"{q.Text}\" is in two claims");
                    }

                    if (q.Start < claim.Start || q.End > claim.End)
                    {
                        problems.Add($"{where}: quantity \"{q.Text}\" lies outside the claim");
                    }
                }

                for (int i = 1; i < claim.Quantities.Length; i++)
                {
                    if (claim.Quantities[i].Start < claim.Quantities[i - 1].Start)
                    {
                        problems.Add($"{where}: quantities are not in text order");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Runner_parses_the_format()
    {
        const string Json = """
            [
              {
                "name": "trivial",
                "text": "Police said one man and one woman were held, against 3 last year.",
                "claims": [
                  { "quantities": ["one"], "relation": "single", "source": "Police", "predicate": "held" },
                  { "quantities": [{ "text": "one", "occurrence": 2 }, "3"], "relation": "comparison", "source": null }
                ]
              },
              { "name": "nothing", "text": "The law was passed in 2008.", "claims": [] }
            ]
            """;
        List<ClaimSpecCase> cases = ClaimSpec.Parse("inline", Json);
        Assert.Equal(2, cases.Count);
        Assert.Equal("inline: trivial", cases[0].Id);
        Assert.Empty(cases[1].Claims);
        ExpectedClaim first = cases[0].Claims[0];
        ExpectedClaim second = cases[0].Claims[1];
        Assert.Equal(new ExpectedText(true, "Police"), first.Source);
        Assert.Equal(new ExpectedText(true, "held"), first.Predicate);
        Assert.Equal(ExpectedText.Unchecked, first.Subject);
        Assert.Equal(new ExpectedText(true, null), second.Source);
        Assert.Equal("comparison", second.Relation);
        string text = cases[0].Text;
        Assert.Equal((12, 15), ClaimSpec.Span(text, first.Quantities[0]));
        Assert.Equal((24, 27), ClaimSpec.Span(text, second.Quantities[0]));
        Assert.Equal("3", text[ClaimSpec.Span(text, second.Quantities[1]).Start..ClaimSpec.Span(text, second.Quantities[1]).End]);

        Assert.Throws<InvalidDataException>(() => ClaimSpec.Parse("bad", """[{ "name": "x", "text": "1", "claims": [{ "quantities": ["1"], "relation": "sum" }] }]"""));
        Assert.Throws<InvalidDataException>(() => ClaimSpec.Parse("bad", """[{ "name": "x", "text": "1", "claims": [{ "quantities": [], "relation": "single" }] }]"""));
        Assert.Throws<InvalidDataException>(() => ClaimSpec.Parse("bad", """[{ "name": "x", "text": "1", "claims": [{ "quantities": ["1"], "relation": "single", "who": "x" }] }]"""));
        Assert.Throws<InvalidDataException>(() => ClaimSpec.Parse("bad", """[{ "name": "x", "text": "1", "claims": [{ "quantities": ["1"], "relation": "single", "source": 3 }] }]"""));
    }

    private static string CoverageReport(IReadOnlyList<ClaimSpecCase> all)
    {
        var report = new StringBuilder();
        report.Append(CultureInfo.InvariantCulture, $"{all.Count} cases\n");
        foreach (IGrouping<string, ClaimSpecCase> file in all.GroupBy(c => c.File))
        {
            report.Append(CultureInfo.InvariantCulture, $"  {file.Key}: {file.Count()} cases\n");
        }

        List<ExpectedClaim> claims = all.SelectMany(c => c.Claims).ToList();
        foreach (string relation in ClaimSpec.RelationNames)
        {
            report.Append(CultureInfo.InvariantCulture, $"  {relation}: {claims.Count(c => c.Relation == relation)} claims\n");
        }

        report.Append(CultureInfo.InvariantCulture, $"  cases with a source: {all.Count(c => c.Claims.Any(e => e.Source.Text is not null))}\n");
        report.Append(CultureInfo.InvariantCulture, $"  cases without claims: {all.Count(c => c.Claims.Count == 0)}\n");
        return report.ToString();
    }
}
