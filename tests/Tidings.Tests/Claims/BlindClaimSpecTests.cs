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
    private const double QuantitiesFloor = 0.992;

    /// <summary>Share of found claims with the right relation.</summary>
    private const double RelationFloor = 0.997;

    /// <summary>Share of claims that specify a source (text or null) found with the right source.</summary>
    private const double SourceFloor = 0.991;

    /// <summary>Share of extracted claims that match an expected claim.</summary>
    private const double PrecisionFloor = 0.986;

    /// <summary>Share of the numbers of expected change claims that sit in an extracted change claim.</summary>
    private const double ChangeShareFloor = 1.0;

    /// <summary>The second blind set (files "b2-*.json", session 14, written by someone who had not read the code either):
    /// its floors, in the order quantities, relation, source, precision, change share.</summary>
    private static readonly (double Quantities, double Relation, double Source, double Precision, double ChangeShare) SecondSetFloors =
        (0.988, 0.997, 0.971, 0.983, 0.992);

    /// <summary>The third blind set (files "b3-*.json", session 15, written by someone who had not read the code; the
    /// writer's notes are in Claims/Blind/b3-README.txt): its floors, in the order quantities, relation, source,
    /// precision, change share.</summary>
    private static readonly (double Quantities, double Relation, double Source, double Precision, double ChangeShare) ThirdSetFloors =
        (0.975, 1.0, 0.973, 0.967, 1.0);

    /// <summary>The fourth blind set (files "b4-*.json", session 16, written by someone who had not read the code; the
    /// writer's notes are in Claims/Blind/b4-README.txt): its floors, in the order quantities, relation, source,
    /// precision, change share.</summary>
    private static readonly (double Quantities, double Relation, double Source, double Precision, double ChangeShare) FourthSetFloors =
        (0.980, 1.000, 0.972, 0.969, 1.000);

    /// <summary>The file-name prefix of the second blind set.</summary>
    private const string SecondSetPrefix = "b2-";

    /// <summary>The file-name prefix of the third blind set.</summary>
    private const string ThirdSetPrefix = "b3-";

    /// <summary>The file-name prefix of the fourth blind set.</summary>
    private const string FourthSetPrefix = "b4-";

    private static readonly Lazy<List<ClaimSpecCase>> AllCases = new(() => ClaimSpec.Load(Path.Combine(AppContext.BaseDirectory, "Claims", "Blind")));

    [Fact]
    public void Blind_scores_meet_their_floors()
    {
        List<ClaimSpecCase> cases = AllCases.Value.Where(c => !c.File.StartsWith(SecondSetPrefix, StringComparison.Ordinal)
            && !c.File.StartsWith(ThirdSetPrefix, StringComparison.Ordinal)
            && !c.File.StartsWith(FourthSetPrefix, StringComparison.Ordinal)).ToList();
        Assert.True(cases.Count >= 500, $"only {cases.Count} blind cases loaded");
        Score(cases, (QuantitiesFloor, RelationFloor, SourceFloor, PrecisionFloor, ChangeShareFloor));
    }

    [Fact]
    public void Second_blind_set_scores_meet_their_floors()
    {
        List<ClaimSpecCase> cases = AllCases.Value.Where(c => c.File.StartsWith(SecondSetPrefix, StringComparison.Ordinal)).ToList();
        Assert.True(cases.Count >= 300, $"only {cases.Count} second-set blind cases loaded");
        Score(cases, SecondSetFloors);
    }

    [Fact]
    public void Third_blind_set_scores_meet_their_floors()
    {
        List<ClaimSpecCase> cases = AllCases.Value.Where(c => c.File.StartsWith(ThirdSetPrefix, StringComparison.Ordinal)).ToList();
        Assert.True(cases.Count >= 200, $"only {cases.Count} third-set blind cases loaded");
        Score(cases, ThirdSetFloors);
    }

    [Fact]
    public void Fourth_blind_set_scores_meet_their_floors()
    {
        List<ClaimSpecCase> cases = AllCases.Value.Where(c => c.File.StartsWith(FourthSetPrefix, StringComparison.Ordinal)).ToList();
        Assert.True(cases.Count >= 240, $"only {cases.Count} fourth-set blind cases loaded");
        Score(cases, FourthSetFloors);
    }

    private void Score(List<ClaimSpecCase> cases, (double Quantities, double Relation, double Source, double Precision, double ChangeShare) floors)
    {
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

        string summary = score.Summary(floors.Quantities, floors.Relation, floors.Source, floors.Precision);
        output.WriteLine(summary);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"change share floor {floors.ChangeShare:P1}"));
        output.WriteLine("");
        foreach ((string file, ClaimScore s) in perFile)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{file,-26} quantities {s.Quantities,6:P1}  relation {s.Relations,6:P1}  source {s.Sources,6:P1}  precision {s.Precision,6:P1}  change share {s.ChangeShare,6:P1}"));
        }

        output.WriteLine("");
        output.WriteLine(misses.Length == 0 ? "No misses." : misses.ToString());

        Assert.True(score.Quantities >= floors.Quantities, $"quantities {score.Quantities:P1} < {floors.Quantities:P1}\n{summary}");
        Assert.True(score.Relations >= floors.Relation, $"relation {score.Relations:P1} < {floors.Relation:P1}\n{summary}");
        Assert.True(score.Sources >= floors.Source, $"source {score.Sources:P1} < {floors.Source:P1}\n{summary}");
        Assert.True(score.Precision >= floors.Precision, $"precision {score.Precision:P1} < {floors.Precision:P1}\n{summary}");
        Assert.True(score.ChangeShare >= floors.ChangeShare, $"change share {score.ChangeShare:P1} < {floors.ChangeShare:P1}\n{summary}");
    }
}
