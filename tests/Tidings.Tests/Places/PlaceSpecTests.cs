using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Tidings.Places;
using Tidings.Tests.Dates;
using Tidings.Text;
using Xunit;
using Xunit.Abstractions;

namespace Tidings.Tests.Places;

/// <summary>
/// The data-driven specification of <see cref="PlaceResolver"/>: every place of every case in Places/Specs/*.json is
/// handed to the resolver as a recognizer would (demonyms are found by the resolver itself), and the share resolved
/// to the right entry (kind, country code, and GeoNames id or name where the case gives them) must reach the threshold.
/// </summary>
public sealed class PlaceSpecTests(ITestOutputHelper output)
{
    /// <summary>The issue's bar: at least 95% of place mentions resolve to the right entry.</summary>
    private const double AccuracyThreshold = 0.95;

    private const int MinimumPlaces = 100;

    [Fact]
    public void Spec_accuracy_meets_the_threshold()
    {
        int total = 0;
        int right = 0;
        var perFile = new SortedDictionary<string, (int Right, int Total)>(StringComparer.Ordinal);
        var misses = new StringBuilder();
        foreach (PlaceSpecCase spec in PlaceSpec.All)
        {
            ImmutableArray<PlaceResolution> resolved = Resolve(spec);
            foreach (ExpectedPlace e in spec.Places)
            {
                int start = DateSpec.Locate(spec.Text, e.Text, e.Occurrence);
                PlaceResolution? r = resolved.FirstOrDefault(x => x.Start == start && x.End == start + e.Text.Length);
                string? problem = Check(e, r);
                total++;
                (int fr, int ft) = perFile.GetValueOrDefault(spec.File);
                if (problem is null)
                {
                    right++;
                    perFile[spec.File] = (fr + 1, ft + 1);
                }
                else
                {
                    perFile[spec.File] = (fr, ft + 1);
                    misses.Append(CultureInfo.InvariantCulture, $"[{spec.Id}] \"{e.Text}\": {problem}\n");
                }
            }
        }

        double accuracy = total == 0 ? 0 : (double)right / total;
        string summary = string.Create(CultureInfo.InvariantCulture, $"places: {right}/{total} = {accuracy:P1} (threshold {AccuracyThreshold:P0})\n")
            + string.Concat(perFile.Select(p => string.Create(CultureInfo.InvariantCulture, $"  {p.Key,-16} {p.Value.Right}/{p.Value.Total}\n")));
        output.WriteLine(summary);
        output.WriteLine(misses.Length == 0 ? "No misses." : misses.ToString());
        Assert.True(total >= MinimumPlaces, $"only {total} expected places");
        Assert.True(accuracy >= AccuracyThreshold, summary + misses);
    }

    [Fact]
    public void Spec_files_load_and_are_consistent()
    {
        var problems = new List<string>();
        foreach (IGrouping<string, PlaceSpecCase> duplicate in PlaceSpec.All.GroupBy(c => c.Name).Where(g => g.Count() > 1))
        {
            problems.Add($"duplicate case name '{duplicate.Key}'");
        }

        foreach (PlaceSpecCase spec in PlaceSpec.All)
        {
            foreach (ExpectedPlace e in spec.Places)
            {
                if (DateSpec.Locate(spec.Text, e.Text, e.Occurrence) < 0)
                {
                    problems.Add($"{spec.Id}: \"{e.Text}\" (occurrence {e.Occurrence}) does not occur in the text");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Contains(PlaceSpec.All, c => c.File == "seed");
    }

    [Fact]
    public void Every_place_of_the_seed_article_is_specified()
    {
        string[] seedPlaces =
        [
            "Moscow", "Belgium", "Brussels", "Los Angeles", "Brentwood", "the Hague", "Chisinau", "London", "Tovuz",
            "Nagorno Karabakh", "Baku", "Yerevan", "Washington", "Azerbaijan", "Armenia", "Russia", "United States",
            "Europe", "Moldova",
        ];
        PlaceSpecCase seed = PlaceSpec.All.Single(c => c.File == "seed" && c.Name == "seed article");
        Assert.Equal(File.ReadAllText(RepositoryPaths.File("seeds", "000_70dd0782637a3652.txt")), seed.Text);
        foreach (string place in seedPlaces)
        {
            Assert.Contains(seed.Places, p => p.Text == place);
        }
    }

    /// <summary>The spans of the case's names (not its demonyms) go to the resolver, as a recognizer would find them.</summary>
    internal static ImmutableArray<PlaceResolution> Resolve(PlaceSpecCase spec)
    {
        var spans = new List<PlaceCandidate>();
        foreach (ExpectedPlace e in spec.Places.Where(p => !p.Demonym))
        {
            int start = DateSpec.Locate(spec.Text, e.Text, e.Occurrence);
            spans.Add(new PlaceCandidate(start, start + e.Text.Length));
        }

        return PlaceResolver.Default.ResolveWithDemonyms(Document.Create(spec.Text), spans);
    }

    private static string? Check(ExpectedPlace e, PlaceResolution? r)
    {
        if (r?.Place is not GazetteerEntry place)
        {
            return r is null ? "not found (no resolution for the span)" : "unresolved";
        }

        var wrong = new List<string>();
        if (PlaceSpec.Name(place.Kind) != e.Kind)
        {
            wrong.Add($"kind {PlaceSpec.Name(place.Kind)} should be {e.Kind}");
        }

        if (place.CountryCode != e.CountryCode)
        {
            wrong.Add($"country {place.CountryCode ?? "null"} should be {e.CountryCode ?? "null"}");
        }

        if (e.GeonameId is int id && place.GeonameId != id)
        {
            wrong.Add($"geonameId {place.GeonameId?.ToString(CultureInfo.InvariantCulture) ?? "null"} should be {id}");
        }

        if (e.Name is string name && place.Name != name)
        {
            wrong.Add($"name '{place.Name}' should be '{name}'");
        }

        if (r.IsDemonym != e.Demonym)
        {
            wrong.Add(e.Demonym ? "should be flagged a demonym" : "is flagged a demonym");
        }

        return wrong.Count == 0 ? null : string.Join("; ", wrong) + $" (got {place.Name}, {place.GeonameId}, confidence {r.Confidence})";
    }
}
