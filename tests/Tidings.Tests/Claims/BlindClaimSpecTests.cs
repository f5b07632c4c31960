using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Tidings.Claims;
using Xunit;
using Xunit.Abstractions;

namespace Tidings.Tests.Claims;

/// <summary>
/// The blind claim specification (issue 14): 500 news passages with their expected claims, written from the JSON
/// contract alone by someone who had not read the claim code (Claims/Blind/*.json; the writer's conventions and
/// doubts are in Claims/Blind/CONVENTIONS.txt). They are scored through <see cref="ExtractionPipeline.Default"/>,
/// what <c>News.Extract</c> and the CLI return, with the measures of <see cref="ClaimSpecTests"/> plus the share of
/// numbers stated as a rise or fall that sit in a change claim. The floors are a ratchet: each is what the code
/// measured when it was last raised, so a change may improve the figures but never lower them.
/// </summary>
public sealed class BlindClaimSpecTests(ITestOutputHelper output)
{
    /// <summary>Share of expected claims found with exactly their quantities.</summary>
    private const double QuantitiesFloor = 0.964;

    /// <summary>Share of found claims with the right relation.</summary>
    private const double RelationFloor = 0.997;

    /// <summary>Share of claims that specify a source (text or null) found with the right source.</summary>
    private const double SourceFloor = 0.963;

    /// <summary>Share of extracted claims that match an expected claim.</summary>
    private const double PrecisionFloor = 0.945;

    /// <summary>Share of the numbers of expected change claims that sit in an extracted change claim.</summary>
    private const double ChangeShareFloor = 0.962;

    private static readonly Lazy<List<ClaimSpecCase>> Cases = new(() => ClaimSpec.Load(Path.Combine(AppContext.BaseDirectory, "Claims", "Blind")));

    [Fact]
    public void Blind_scores_meet_their_floors()
    {
        List<ClaimSpecCase> cases = Cases.Value;
        Assert.True(cases.Count >= 500, $"only {cases.Count} blind cases loaded");

        var score = new ClaimScore();
        var perFile = new SortedDictionary<string, ClaimScore>(StringComparer.Ordinal);
        var misses = new StringBuilder();
        foreach (ClaimSpecCase spec in cases)
        {
            ImmutableArray<Claim> actual = ExtractionPipeline.Default.Extract(spec.Text).Claims;
            if (!perFile.TryGetValue(spec.File, out ClaimScore? fileScore))
            {
                perFile[spec.File] = fileScore = new ClaimScore();
            }

            ClaimScoring.Grade(spec, actual, fileScore);
            string? report = ClaimScoring.Grade(spec, actual, score);
            if (report is not null)
            {
                misses.Append(report);
            }
        }

        string summary = score.Summary(QuantitiesFloor, RelationFloor, SourceFloor, PrecisionFloor);
        output.WriteLine(summary);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"change share floor {ChangeShareFloor:P1}"));
        output.WriteLine("");
        foreach ((string file, ClaimScore s) in perFile)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{file,-26} quantities {s.Quantities,6:P1}  relation {s.Relations,6:P1}  source {s.Sources,6:P1}  precision {s.Precision,6:P1}  change share {s.ChangeShare,6:P1}"));
        }

        output.WriteLine("");
        output.WriteLine(misses.Length == 0 ? "No misses." : misses.ToString());

        Assert.True(score.Quantities >= QuantitiesFloor, $"quantities {score.Quantities:P1} < {QuantitiesFloor:P1}\n{summary}");
        Assert.True(score.Relations >= RelationFloor, $"relation {score.Relations:P1} < {RelationFloor:P1}\n{summary}");
        Assert.True(score.Sources >= SourceFloor, $"source {score.Sources:P1} < {SourceFloor:P1}\n{summary}");
        Assert.True(score.Precision >= PrecisionFloor, $"precision {score.Precision:P1} < {PrecisionFloor:P1}\n{summary}");
        Assert.True(score.ChangeShare >= ChangeShareFloor, $"change share {score.ChangeShare:P1} < {ChangeShareFloor:P1}\n{summary}");
    }
}
