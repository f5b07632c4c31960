using Tidings.Claims;
using Xunit;

namespace Tidings.Tests.Claims;

/// <summary>
/// The session 25 mechanisms, one exact case each (Claims/Specs/session25.json, written here): parts that add up to their
/// whole and shares that add up to 100% (the breakdowns room), parts after "Of the …", ", of whom", ", among them" and
/// "(N of them …)", "-fold" multiples, a multiple against the measure's past, a verb of movement before a long "to", a
/// span of years after a comma, owned data before a colon, a passive "estimated at … by", a move closing its level's
/// clause, ", an increase of … on the same month", "down slightly from", "but only". Every claim of each case must match
/// exactly: quantities, relation and source. Session 27 (claims27b) adds its attribution cases the same way
/// (Claims/Specs/session27b.json): a verb of publishing or testifying with its venue and "that" ("posted on X that",
/// "testified before the committee that"), "was quoted by … as saying", ", saying" after a clause whose subject then
/// reports (after a denial, only what follows), a transcript's speaker label (a title or a first-person sentence; a
/// dateline is none), and a held figure ("the union's figure of 600", "a claim by opposition lawmakers that"). Session 29
/// (Claims/Specs/session29.json): shares of two subjects after ", while"/", whereas" compared unless a side reports or
/// holds steady, a standing record an outdoing verb sets a figure against as the measure's past, and one measure at two
/// times, each clause opened by its time phrase, split by a semicolon.
/// </summary>
public sealed class Session25ClaimTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (ClaimSpecCase c in ClaimSpec.All.Where(c => c.File.StartsWith("session25", StringComparison.Ordinal) || c.File.StartsWith("session27b", StringComparison.Ordinal)
            || c.File.StartsWith("session28", StringComparison.Ordinal) || c.File.StartsWith("session29", StringComparison.Ordinal)))
        {
            data.Add(c.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Session25_case_is_read_exactly(string name)
    {
        ClaimSpecCase spec = ClaimSpec.All.Single(c => c.Name == name);
        string[] expected = spec.Claims
            .Select(e => $"{e.Relation}:{string.Join("|", e.Quantities.Select(q => q.Text))}:{e.Source.Text ?? "-"}")
            .ToArray();
        string[] actual = ExtractionPipeline.Default.Extract(spec.Text).Claims.OrderBy(c => c.Quantities[0].Start)
            .Select(c => $"{c.Relation.ToString().ToLowerInvariant()}:{string.Join("|", c.Quantities.Select(q => q.Text))}:{c.Source?.Text ?? "-"}")
            .ToArray();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Guard_table_reads_its_sections_and_rejects_unknown_ones()
    {
        Assert.True(ClaimGuards.Is("after", ClaimGuards.Guard.SubordinateOpener));
        Assert.True(ClaimGuards.Is("THAN", ClaimGuards.Guard.ExpectationMark));
        Assert.True(ClaimGuards.Is("remaining", ClaimGuards.Guard.Remainder));
        Assert.False(ClaimGuards.Is("said", ClaimGuards.Guard.SubordinateOpener | ClaimGuards.Guard.Auxiliary));
        Assert.True(ClaimGuards.Is("DR", ClaimGuards.Guard.SpeakerTitle));
        Assert.True(ClaimGuards.Is("We", ClaimGuards.Guard.FirstPerson));
        Assert.True(ClaimGuards.Is("VERDICT", ClaimGuards.Guard.Rubric));
        Assert.False(ClaimGuards.Is("SMITH", ClaimGuards.Guard.SpeakerTitle | ClaimGuards.Guard.Rubric));
        Assert.True(ClaimGuards.Is("remained", ClaimGuards.Guard.Steady));
        Assert.True(ClaimGuards.Is("Prior", ClaimGuards.Guard.PastWord));
        Assert.True(ClaimGuards.Is("last", ClaimGuards.Guard.PastPeriod));
        Assert.True(ClaimGuards.Is("record", ClaimGuards.Guard.RecordNoun));
        Assert.True(ClaimGuards.Is("held", ClaimGuards.Guard.Hold));
        Assert.False(ClaimGuards.Is("held", ClaimGuards.Guard.Steady));
        Assert.Throws<InvalidDataException>(() => ClaimGuards.Parse("[NoSuchGuard]\nword\n"));
        Assert.Throws<InvalidDataException>(() => ClaimGuards.Parse("word before any section\n"));
    }
}
