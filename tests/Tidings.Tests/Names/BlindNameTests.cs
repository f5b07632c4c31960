using System.Globalization;
using Tidings.ML.Tool.Eval;
using Xunit;
using Xunit.Abstractions;

namespace Tidings.Tests.Names;

/// <summary>
/// The blind names evaluation: 242 news passages set in 2015–2025 (companies, tech, health, sport, politics,
/// datelines), written with gold organization, place and person spans by someone who had not read the recognizer
/// (Names/Blind/DONE.txt says how). Scored exactly as <c>tidings-ml eval names</c> scores them: exact span and type.
/// A ratchet: the floors are the figures measured when they were last raised; every disagreement is printed.
/// The passages are never edited to match the output.
/// </summary>
public sealed class BlindNameTests(ITestOutputHelper output)
{
    private const int MinimumPassages = 150;
    private const double OrganizationFloor = 0.871;
    private const double OverallFloor = 0.906;

    [Fact]
    public void Blind_passages_score_at_least_the_ratchet()
    {
        var cases = new List<NameCase>();
        foreach (string file in NameCaseReader.Files(Path.Combine(AppContext.BaseDirectory, "Names", "Blind")))
        {
            cases.AddRange(NameCaseReader.Read(file));
        }

        Assert.True(cases.Count >= MinimumPassages, $"{cases.Count} passages < {MinimumPassages}");
        Assert.All(cases, c => Assert.Empty(c.Problems));
        NameScore score = NameScore.Of(cases);
        output.WriteLine(score.ToTable());
        foreach (string error in score.Errors)
        {
            output.WriteLine(error);
        }

        double org = score.ByType["ORG"].F1, overall = score.Overall.F1;
        Assert.True(org >= OrganizationFloor, string.Create(CultureInfo.InvariantCulture, $"ORG F1 {org:0.0000} < {OrganizationFloor}"));
        Assert.True(overall >= OverallFloor, string.Create(CultureInfo.InvariantCulture, $"overall F1 {overall:0.0000} < {OverallFloor}"));
    }
}
