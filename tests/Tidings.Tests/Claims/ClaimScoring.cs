using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Tidings.Claims;

namespace Tidings.Tests.Claims;

/// <summary>Grades extracted claims against a spec case: the measures shared by <see cref="ClaimSpecTests"/> and
/// <see cref="BlindClaimSpecTests"/>.</summary>
internal static class ClaimScoring
{
    /// <summary>Scores one case into <paramref name="score"/>; returns a report of its misses, or null.</summary>
    public static string? Grade(ClaimSpecCase spec, ImmutableArray<Claim> actual, ClaimScore score)
    {
        var problems = new List<string>();
        var matched = new bool[actual.Length];
        score.Extracted += actual.Length;
        CountChangeNumbers(spec, actual, score);
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

    public static string Describe(Claim c) =>
        "[" + string.Join(", ", c.Quantities.Select(q => $"\"{q.Text}\"")) + $"] {RelationName(c.Relation)} " +
        $"source={Quote(c.Source?.Text)} predicate={Quote(c.Predicate?.Text)} subject={Quote(c.Subject?.Text)}";

    private static string Quote(string? value) => value is null ? "null" : $"\"{value}\"";

    /// <summary>Tallies the numbers that expected change claims state as a rise or fall, and how many of them sit in an
    /// extracted change claim (whatever else that claim holds).</summary>
    private static void CountChangeNumbers(ClaimSpecCase spec, ImmutableArray<Claim> actual, ClaimScore score)
    {
        foreach (ExpectedClaim expected in spec.Claims.Where(e => e.Relation == "change"))
        {
            foreach (ExpectedClaimQuantity q in expected.Quantities)
            {
                (int start, int end) = ClaimSpec.Span(spec.Text, q);
                score.ChangeNumbers++;
                if (actual.Any(c => c.Relation == ClaimRelation.Change && c.Quantities.Any(x => x.Start == start && x.End == end)))
                {
                    score.ChangeNumbersInChange++;
                }
            }
        }
    }
}

/// <summary>The running tallies of a claim spec run.</summary>
internal sealed class ClaimScore
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
    public int ChangeNumbers { get; set; }
    public int ChangeNumbersInChange { get; set; }

    public double Quantities => Share(Found, Expected);

    public double Relations => Share(RightRelation, Found);

    public double Sources => Share(RightSource, SourceExpected);

    public double Precision => Share(Matched, Extracted);

    /// <summary>Share of the numbers of expected change claims that sit in an extracted change claim.</summary>
    public double ChangeShare => Share(ChangeNumbersInChange, ChangeNumbers);

    private static double Share(int part, int whole) => whole == 0 ? 1.0 : (double)part / whole;

    public string Summary(double quantitiesThreshold, double relationThreshold, double sourceThreshold, double precisionThreshold) => string.Create(CultureInfo.InvariantCulture,
        $"""
        claims expected:           {Expected}
        quantities right:          {Found}/{Expected} = {Quantities:P1} (threshold {quantitiesThreshold:P1})
        relation right (of found): {RightRelation}/{Found} = {Relations:P1} (threshold {relationThreshold:P1})
        source right (of checked): {RightSource}/{SourceExpected} = {Sources:P1} (threshold {sourceThreshold:P1}; a missed claim counts as wrong)
        precision:                 {Matched}/{Extracted} = {Precision:P1} (threshold {precisionThreshold:P1}); false positives: {FalsePositives}
        predicate right (info):    {RightPredicate}/{PredicateExpected}
        subject right (info):      {RightSubject}/{SubjectExpected}
        rise/fall numbers in a change claim: {ChangeNumbersInChange}/{ChangeNumbers} = {ChangeShare:P1}
        """);
}
