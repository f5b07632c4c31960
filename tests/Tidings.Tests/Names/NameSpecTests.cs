using System.Text;
using System.Text.Json;
using Tidings.Names;
using Xunit;
using Xunit.Abstractions;

namespace Tidings.Tests.Names;

/// <summary>
/// The data-driven specification of the name extractor: the hand-written sentences in Names/Specs/*.json
/// (acronyms, lines in capitals, possessives, multi-word names, names in quotes, persons, places, organizations,
/// sentences without names) are scored together — a name counts when its exact text and kind match — against
/// thresholds, and every miss is printed. A statistical recognizer is not expected to get every case right.
/// </summary>
public sealed class NameSpecTests(ITestOutputHelper output)
{
    private const double PrecisionThreshold = 0.85;
    private const double RecallThreshold = 0.85;
    private const int MinimumCases = 100;

    private sealed record Case(string File, string Text, IReadOnlyList<(string Text, string Kind)> Names);

    private static List<Case> LoadCases()
    {
        var cases = new List<Case>();
        foreach (string path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Names", "Specs"), "*.json").Order(StringComparer.Ordinal))
        {
            using JsonDocument json = JsonDocument.Parse(File.ReadAllText(path));
            foreach (JsonElement c in json.RootElement.EnumerateArray())
            {
                var names = c.GetProperty("names").EnumerateArray()
                    .Select(n => (n.GetProperty("text").GetString()!, n.GetProperty("kind").GetString()!))
                    .ToList();
                cases.Add(new Case(Path.GetFileName(path), c.GetProperty("text").GetString()!, names));
            }
        }

        return cases;
    }

    [Fact]
    public void Spec_files_are_well_formed_and_large_enough()
    {
        List<Case> cases = LoadCases();
        Assert.True(cases.Count >= MinimumCases, $"{cases.Count} cases < {MinimumCases}");
        foreach (Case c in cases)
        {
            foreach ((string text, string kind) in c.Names)
            {
                Assert.Contains(text, c.Text, StringComparison.Ordinal);
                Assert.Contains(kind, new[] { "organization", "place", "person" });
            }
        }
    }

    [Fact]
    public void Spec_scores_meet_thresholds()
    {
        int expected = 0, found = 0, correct = 0;
        var misses = new StringBuilder();
        foreach (Case c in LoadCases())
        {
            ExtractionResult result = new ExtractionPipelineBuilder().UseNames().Build().Extract(c.Text);
            var got = result.Mentions
                .Where(m => m.Kind is MentionKind.Organization or MentionKind.Place or MentionKind.Person)
                .Select(m => (m.Text, Kind: m.Kind.ToString().ToLowerInvariant()))
                .ToList();
            var want = c.Names.ToList();
            expected += want.Count;
            found += got.Count;
            var unmatched = new List<(string, string)>(want);
            var extra = new List<(string, string)>();
            foreach ((string, string) g in got)
            {
                if (unmatched.Remove(g))
                {
                    correct++;
                }
                else
                {
                    extra.Add(g);
                }
            }

            if (unmatched.Count > 0 || extra.Count > 0)
            {
                misses.Append(c.File).Append(": ").AppendLine(c.Text);
                foreach ((string text, string kind) in unmatched)
                {
                    misses.AppendLine($"    missed {kind} \"{text}\"");
                }

                foreach ((string text, string kind) in extra)
                {
                    misses.AppendLine($"    extra  {kind} \"{text}\"");
                }
            }
        }

        double precision = found == 0 ? 0 : (double)correct / found;
        double recall = expected == 0 ? 0 : (double)correct / expected;
        string summary = $"names: expected {expected}, found {found}, correct {correct}; precision {precision:P1}, recall {recall:P1}";
        output.WriteLine(summary);
        output.WriteLine(misses.Length == 0 ? "No misses." : misses.ToString());
        Assert.True(precision >= PrecisionThreshold, $"precision {precision:P1} < {PrecisionThreshold:P0}\n{summary}\n{misses}");
        Assert.True(recall >= RecallThreshold, $"recall {recall:P1} < {RecallThreshold:P0}\n{summary}\n{misses}");
    }
}
