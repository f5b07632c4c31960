using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Tidings.Dates;
using Xunit;
using Xunit.Abstractions;

namespace Tidings.Tests.Dates;

/// <summary>
/// The data-driven specification of <see cref="DateExtractor"/>: the cases in Dates/Specs/*.json are scored together
/// as in a TempEval (strict span precision, recall and F1; type and value accuracy over exactly matched spans)
/// against thresholds, and every miss is printed to the test output.
/// </summary>
public sealed class DateSpecTests(ITestOutputHelper output)
{
    /// <summary>Strict-span F1 over all cases.</summary>
    private const double StrictF1Threshold = 0.90;

    /// <summary>Share of exactly matched spans with the right TIMEX3 value.</summary>
    private const double ValueAccuracyThreshold = 0.90;

    private const int MinimumCases = 220;
    private const int MinimumNegatives = 40;

    [Fact]
    public void Spec_scores_meet_thresholds()
    {
        var total = new Score();
        var perFile = new SortedDictionary<string, Score>(StringComparer.Ordinal);
        var misses = new StringBuilder();
        foreach (DateSpecCase spec in DateSpec.All)
        {
            ImmutableArray<DateMention> actual = DateExtractor.Default.Extract(spec.Text, spec.ReferenceDate);
            if (!perFile.TryGetValue(spec.File, out Score? fileScore))
            {
                fileScore = perFile[spec.File] = new Score();
            }

            string? report = Grade(spec, actual, total, fileScore);
            if (report is not null)
            {
                misses.Append(report);
            }
        }

        string summary = total.Summary() + "\n" + string.Concat(perFile.Select(p =>
            string.Create(CultureInfo.InvariantCulture,
                $"  {p.Key,-12} F1 {p.Value.F1:P1}  value {p.Value.ValueAccuracy:P1}  type {p.Value.TypeAccuracy:P1}  ({p.Value.Matched}/{p.Value.Expected} expected, {p.Value.Extracted} extracted)\n")));
        output.WriteLine(summary);
        output.WriteLine(misses.Length == 0 ? "No misses." : misses.ToString());

        Assert.True(total.F1 >= StrictF1Threshold, $"strict F1 {total.F1:P1} < {StrictF1Threshold:P0}\n{summary}");
        Assert.True(total.ValueAccuracy >= ValueAccuracyThreshold, $"value accuracy {total.ValueAccuracy:P1} < {ValueAccuracyThreshold:P0}\n{summary}");
    }

    [Fact]
    public void Spec_files_load_and_are_consistent()
    {
        IReadOnlyList<DateSpecCase> all = DateSpec.All;
        Assert.True(all.Count >= MinimumCases, $"only {all.Count} cases loaded from {DateSpec.SpecDirectory}");
        int negatives = all.Count(c => c.Dates.Count == 0);
        Assert.True(negatives >= MinimumNegatives, $"only {negatives} cases without any date");

        var problems = new List<string>();
        foreach (IGrouping<string, DateSpecCase> duplicate in all.GroupBy(c => c.Name).Where(g => g.Count() > 1))
        {
            problems.Add($"duplicate case name '{duplicate.Key}' ({string.Join(", ", duplicate.Select(c => c.File))})");
        }

        foreach (string file in new[] { "absolute", "relative", "weekdays", "parts", "periods", "durations", "sets", "negatives", "seedlike" })
        {
            if (!all.Any(c => c.File == file))
            {
                problems.Add($"no cases from {file}.json");
            }
        }

        foreach (DateSpecCase spec in all)
        {
            int previousEnd = -1;
            foreach (ExpectedDate e in spec.Dates)
            {
                int start = DateSpec.Locate(spec.Text, e.Text, e.Occurrence);
                if (start < 0)
                {
                    problems.Add($"{spec.Id}: \"{e.Text}\" (occurrence {e.Occurrence}) does not occur in the text");
                    continue;
                }

                if (start < previousEnd)
                {
                    problems.Add($"{spec.Id}: \"{e.Text}\" overlaps or precedes the previous date");
                }

                previousEnd = start + e.Text.Length;
                if (e.Text != e.Text.Trim() || e.Text.Length == 0)
                {
                    problems.Add($"{spec.Id}: \"{e.Text}\" has surrounding blanks");
                }

                if (e.Type == "duration" && e.Value is not null && !e.Value.StartsWith('P'))
                {
                    problems.Add($"{spec.Id}: duration \"{e.Text}\" needs a P… value");
                }

                if (e.Type == "time" && e.Value is not null && !e.Value.Contains('T', StringComparison.Ordinal))
                {
                    problems.Add($"{spec.Id}: time \"{e.Text}\" needs a value with a T part");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Runner_parses_the_format_and_scores()
    {
        const string Json = """
            [
              { "name": "night of", "referenceDate": "2020-07-28",
                "text": "The police detained 13 people on the night of July 24.",
                "dates": [ { "text": "the night of July 24", "type": "time", "value": "2020-07-24TNI" } ] },
              { "name": "two", "referenceDate": "2020-07-28",
                "text": "In 2008 and in 2008 again, for six months.",
                "dates": [ { "text": "2008", "occurrence": 2, "type": "date", "value": "2008" },
                           { "text": "six months", "type": "duration", "value": null } ] },
              { "name": "may the modal", "referenceDate": "2020-07-28", "text": "Talks may resume.", "dates": [] }
            ]
            """;
        List<DateSpecCase> cases = DateSpec.Parse("inline", Json);
        Assert.Equal(3, cases.Count);
        Assert.Equal("inline: night of", cases[0].Id);
        Assert.Equal(new DateOnly(2020, 7, 28), cases[0].ReferenceDate);
        Assert.Equal(2, cases[1].Dates[0].Occurrence);
        Assert.Null(cases[1].Dates[1].Value);
        Assert.Empty(cases[2].Dates);
        Assert.Equal(cases[1].Text.LastIndexOf("2008", StringComparison.Ordinal), DateSpec.Locate(cases[1].Text, "2008", 2));
        Assert.Equal(-1, DateSpec.Locate("The Mayor spoke.", "May", 1));

        Assert.Throws<InvalidDataException>(() => DateSpec.Parse("bad", """[{ "name": "x", "referenceDate": "2020-13-01", "text": "x", "dates": [] }]"""));
        Assert.Throws<InvalidDataException>(() => DateSpec.Parse("bad", """[{ "name": "x", "referenceDate": "2020-01-01", "text": "x", "dates": [ { "text": "x", "type": "era", "value": null } ] }]"""));
        Assert.Throws<InvalidDataException>(() => DateSpec.Parse("bad", """[{ "name": "x", "referenceDate": "2020-01-01", "text": "x", "dates": [ { "text": "x", "type": "date" } ] }]"""));
        Assert.Throws<InvalidDataException>(() => DateSpec.Parse("bad", """[{ "name": "x", "referenceDate": "2020-01-01", "text": "x", "extra": 1, "dates": [] }]"""));

        // A perfect answer scores 1 everywhere.
        DateSpecCase night = cases[0];
        int at = night.Text.IndexOf("the night", StringComparison.Ordinal);
        DateMention right = new(at, at + 20, "the night of July 24", TemporalType.Time, "2020-07-24TNI", DatePrecision.PartOfDay);
        var score = new Score();
        Assert.Null(Grade(night, [right], score, new Score()));
        Assert.Equal(1.0, score.F1);
        Assert.Equal(1.0, score.ValueAccuracy);

        // A shorter span is a miss and a false positive; a wrong value on a matched span is reported.
        DateMention shorter = new(at + 13, at + 20, "July 24", TemporalType.Date, "2020-07-24", DatePrecision.Day);
        DateMention wrongValue = new(at, at + 20, "the night of July 24", TemporalType.Date, "2020-07-24", DatePrecision.Day);
        DateMention spurious = new(0, 3, "The", TemporalType.Date, null, DatePrecision.Unknown);
        score = new Score();
        string? report = Grade(night, [shorter], score, new Score());
        Assert.Contains("missed", report, StringComparison.Ordinal);
        Assert.Contains("spurious", report, StringComparison.Ordinal);
        Assert.Equal(0.0, score.F1);
        report = Grade(night, [spurious, wrongValue], score, new Score());
        Assert.Contains("value 2020-07-24 should be 2020-07-24TNI", report, StringComparison.Ordinal);
        Assert.Contains("type date should be time", report, StringComparison.Ordinal);
        Assert.Equal(1, score.Matched);
        Assert.Equal(0, score.RightValue);
        Assert.Equal(2, score.Expected);
        Assert.Equal(3, score.Extracted);
        Assert.Null(Grade(cases[2], [], score, new Score()));
        Assert.Contains("spurious", Grade(cases[2], [spurious], new Score(), new Score()), StringComparison.Ordinal);
    }

    /// <summary>Scores one case into the tallies; returns null when the extractor agrees exactly, otherwise a report.</summary>
    internal static string? Grade(DateSpecCase spec, IReadOnlyList<DateMention> actual, Score total, Score file)
    {
        var problems = new List<string>();
        var expectedSpans = spec.Dates
            .Select(e => (Expected: e, Start: DateSpec.Locate(spec.Text, e.Text, e.Occurrence)))
            .ToList();
        var matchedActual = new HashSet<int>();
        foreach ((ExpectedDate e, int start) in expectedSpans)
        {
            total.Expected++;
            file.Expected++;
            int index = -1;
            for (int i = 0; i < actual.Count; i++)
            {
                if (!matchedActual.Contains(i) && actual[i].Start == start && actual[i].End == start + e.Text.Length)
                {
                    index = i;
                    break;
                }
            }

            if (index < 0)
            {
                problems.Add($"missed [{start},{start + e.Text.Length}) \"{e.Text}\" {e.Type} {Show(e.Value)}");
                continue;
            }

            matchedActual.Add(index);
            DateMention m = actual[index];
            total.Matched++;
            file.Matched++;
            string type = DateSpec.Name(m.Type);
            if (type == e.Type)
            {
                total.RightType++;
                file.RightType++;
            }
            else
            {
                problems.Add($"\"{e.Text}\": type {type} should be {e.Type}");
            }

            if (m.Value == e.Value)
            {
                total.RightValue++;
                file.RightValue++;
            }
            else
            {
                problems.Add($"\"{e.Text}\": value {Show(m.Value)} should be {Show(e.Value)}");
            }
        }

        for (int i = 0; i < actual.Count; i++)
        {
            total.Extracted++;
            file.Extracted++;
            DateMention m = actual[i];
            bool honest = m.Start >= 0 && m.End <= spec.Text.Length && m.Start <= m.End
                && spec.Text.Substring(m.Start, m.End - m.Start) == m.Text;
            if (!honest)
            {
                problems.Add($"extracted [{m.Start},{m.End}) \"{m.Text}\" is not that substring of the text");
            }

            if (!matchedActual.Contains(i))
            {
                problems.Add($"spurious [{m.Start},{m.End}) \"{m.Text}\" {DateSpec.Name(m.Type)} {Show(m.Value)}");
            }
        }

        if (problems.Count == 0)
        {
            return null;
        }

        var report = new StringBuilder();
        report.Append(CultureInfo.InvariantCulture, $"[{spec.Id}] (reference {spec.ReferenceDate:yyyy-MM-dd}, {spec.ReferenceDate.DayOfWeek})\n  text: {spec.Text}\n");
        foreach (string problem in problems)
        {
            report.Append("  ! ").Append(problem).Append('\n');
        }

        return report.ToString();
    }

    private static string Show(string? value) => value ?? "null";

    /// <summary>The running tallies of <see cref="Spec_scores_meet_thresholds"/>.</summary>
    internal sealed class Score
    {
        public int Expected { get; set; }
        public int Extracted { get; set; }
        public int Matched { get; set; }
        public int RightType { get; set; }
        public int RightValue { get; set; }

        public double Precision => Share(Matched, Extracted);

        public double Recall => Share(Matched, Expected);

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        public double TypeAccuracy => Share(RightType, Matched);

        public double ValueAccuracy => Share(RightValue, Matched);

        private static double Share(int part, int whole) => whole == 0 ? 1.0 : (double)part / whole;

        public string Summary() => string.Create(CultureInfo.InvariantCulture,
            $"""
            cases: {DateSpec.All.Count}; dates expected: {Expected}; extracted: {Extracted}
            strict precision:  {Matched}/{Extracted} = {Precision:P1}
            strict recall:     {Matched}/{Expected} = {Recall:P1}
            strict F1:         {F1:P1} (threshold {StrictF1Threshold:P0})
            value accuracy:    {RightValue}/{Matched} = {ValueAccuracy:P1} of exactly matched spans (threshold {ValueAccuracyThreshold:P0})
            type accuracy:     {RightType}/{Matched} = {TypeAccuracy:P1} of exactly matched spans (not asserted)
            """);
    }
}
