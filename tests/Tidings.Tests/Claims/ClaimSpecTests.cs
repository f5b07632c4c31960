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
        var score = new Score();
        var misses = new StringBuilder();
        foreach (ClaimSpecCase spec in ClaimSpec.All)
        {
            ImmutableArray<Claim> actual = ClaimExtractor.Default.Extract(spec.Text);
            string? report = Grade(spec, actual, score);
            if (report is not null)
            {
                misses.Append(report);
            }
        }

        string summary = score.Summary();
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
                    if (part is TextSpan p && (p.Start < claim.Start || p.End > claim.End || text[p.Start..p.End] != p.Text))
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

    /// <summary>Scores one case into <paramref name="score"/>; returns a report of its misses, or null.</summary>
    private static string? Grade(ClaimSpecCase spec, ImmutableArray<Claim> actual, Score score)
    {
        var problems = new List<string>();
        var matched = new bool[actual.Length];
        score.Extracted += actual.Length;
        foreach (ExpectedClaim expected in spec.Claims)
        {
            score.Expected++;
            (int Start, int End)[] spans = expected.Quantities.Select(q => ClaimSpec.Span(spec.Text, q)).ToArray();
            int found = -1;
            for (int i = 0; i < actual.Length && found < 0; i++)
            {
                if (!matched[i] && actual[i].Quantities.Select(q => (q.Start, q.End)).SequenceEqual(spans))
                {
                    found = i;
                }
            }

            bool checksSource = expected.Source.Checks;
            if (checksSource)
            {
                score.SourceExpected++;
            }

            if (found < 0)
            {
                problems.Add($"missed {Describe(expected)}");
                continue;
            }

            matched[found] = true;
            score.Found++;
            Claim claim = actual[found];
            var wrong = new List<string>();
            string relation = RelationName(claim.Relation);
            if (relation == expected.Relation)
            {
                score.RightRelation++;
            }
            else
            {
                wrong.Add($"relation {relation} should be {expected.Relation}");
            }

            if (checksSource)
            {
                if (claim.Source?.Text == expected.Source.Text)
                {
                    score.RightSource++;
                }
                else
                {
                    wrong.Add($"source {Quote(claim.Source?.Text)} should be {expected.Source}");
                }
            }

            if (expected.Predicate.Checks)
            {
                score.PredicateExpected++;
                if (claim.Predicate?.Text == expected.Predicate.Text)
                {
                    score.RightPredicate++;
                }
                else
                {
                    wrong.Add($"predicate {Quote(claim.Predicate?.Text)} should be {expected.Predicate} (not scored)");
                }
            }

            if (expected.Subject.Checks)
            {
                score.SubjectExpected++;
                if (claim.Subject?.Text == expected.Subject.Text)
                {
                    score.RightSubject++;
                }
                else
                {
                    wrong.Add($"subject {Quote(claim.Subject?.Text)} should be {expected.Subject} (not scored)");
                }
            }

            if (wrong.Count > 0)
            {
                problems.Add($"{Quantities(expected)}: {string.Join("; ", wrong)}");
            }
        }

        for (int i = 0; i < actual.Length; i++)
        {
            if (!matched[i])
            {
                score.FalsePositives++;
                problems.Add($"unexpected {Describe(actual[i])}");
            }
        }

        score.Matched += matched.Count(m => m);
        if (problems.Count == 0)
        {
            return null;
        }

        var report = new StringBuilder();
        report.Append(CultureInfo.InvariantCulture, $"[{spec.Id}]\n  text: {spec.Text}\n");
        foreach (string problem in problems)
        {
            report.Append("  ! ").Append(problem).Append('\n');
        }

        report.Append("  expected:\n");
        foreach (ExpectedClaim e in spec.Claims)
        {
            report.Append("    ").Append(Describe(e)).Append('\n');
        }

        if (spec.Claims.Count == 0)
        {
            report.Append("    (none)\n");
        }

        report.Append("  actual:\n");
        foreach (Claim c in actual)
        {
            report.Append("    ").Append(Describe(c)).Append('\n');
        }

        if (actual.Length == 0)
        {
            report.Append("    (none)\n");
        }

        return report.ToString();
    }

    private static string RelationName(ClaimRelation relation) =>
        JsonNamingPolicy.CamelCase.ConvertName(relation.ToString());

    private static string Quantities(ExpectedClaim e) =>
        "[" + string.Join(", ", e.Quantities.Select(q => q.Occurrence == 1 ? $"\"{q.Text}\"" : $"\"{q.Text}\"#{q.Occurrence}")) + "]";

    private static string Describe(ExpectedClaim e) =>
        $"{Quantities(e)} {e.Relation} source={e.Source} predicate={e.Predicate} subject={e.Subject}";

    private static string Describe(Claim c) =>
        "[" + string.Join(", ", c.Quantities.Select(q => $"\"{q.Text}\"")) + $"] {RelationName(c.Relation)} " +
        $"source={Quote(c.Source?.Text)} predicate={Quote(c.Predicate?.Text)} subject={Quote(c.Subject?.Text)}";

    private static string Quote(string? value) => value is null ? "null" : $"\"{value}\"";

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

    /// <summary>The running tallies of <see cref="Spec_scores_meet_thresholds"/>.</summary>
    private sealed class Score
    {
        public int Expected { get; set; }
        public int Found { get; set; }
        public int RightRelation { get; set; }
        public int SourceExpected { get; set; }
        public int RightSource { get; set; }
        public int PredicateExpected { get; set; }
        public int RightPredicate { get; set; }
        public int SubjectExpected { get; set; }
        public int RightSubject { get; set; }
        public int Extracted { get; set; }
        public int Matched { get; set; }
        public int FalsePositives { get; set; }

        public double Quantities => Share(Found, Expected);

        public double Relations => Share(RightRelation, Found);

        public double Sources => Share(RightSource, SourceExpected);

        public double Precision => Share(Matched, Extracted);

        private static double Share(int part, int whole) => whole == 0 ? 1.0 : (double)part / whole;

        public string Summary() => string.Create(CultureInfo.InvariantCulture,
            $"""
            claims expected:           {Expected}
            quantities right:          {Found}/{Expected} = {Quantities:P1} (threshold {QuantitiesThreshold:P0})
            relation right (of found): {RightRelation}/{Found} = {Relations:P1} (threshold {RelationThreshold:P0})
            source right (of checked): {RightSource}/{SourceExpected} = {Sources:P1} (threshold {SourceThreshold:P0}; a missed claim counts as wrong)
            precision:                 {Matched}/{Extracted} = {Precision:P1} (threshold {PrecisionThreshold:P0}); false positives: {FalsePositives}
            predicate right (info):    {RightPredicate}/{PredicateExpected}
            subject right (info):      {RightSubject}/{SubjectExpected}
            """);
    }
}
