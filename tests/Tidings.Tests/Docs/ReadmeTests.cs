using Tidings.Numbers;
using Xunit;

namespace Tidings.Tests.Docs;

public sealed class ReadmeTests
{
    [Fact]
    public void Readme_csharp_example_is_the_compiled_one()
    {
        string readme = File.ReadAllText(RepositoryPaths.File("README.md"));
        int open = readme.IndexOf("```csharp\n", StringComparison.Ordinal);
        Assert.True(open >= 0, "README.md has no ```csharp block");
        int close = readme.IndexOf("```", open + 10, StringComparison.Ordinal);
        string block = readme[(open + 10)..close];
        block = block[(block.IndexOf("string article", StringComparison.Ordinal))..];

        string source = File.ReadAllText(RepositoryPaths.File("tests", "Tidings.Tests", "Docs", "ReadmeExample.cs"));
        int begin = source.IndexOf("// README:begin", StringComparison.Ordinal);
        int end = source.IndexOf("// README:end", StringComparison.Ordinal);
        string compiled = source[(begin + "// README:begin".Length)..end];

        Assert.Equal(Normalize(block), Normalize(compiled));
    }

    [Fact]
    public void Readme_example_produces_what_it_says()
    {
        var (facts, half, again, printed) = ReadmeExample.Run();

        Assert.Equal(["70", "around 3,000", "one"], facts.Quantities.Select(q => q.Text));
        Assert.Equal("Armenians", facts.Quantities[1].Counted?.Text);
        Assert.Equal(Approximation.Approximate, facts.Quantities[1].Approximation);
        Assert.Equal("Nearly half a million", half.Text);
        Assert.Equal(500000m, half.Value);
        Assert.Equal(Approximation.AtMost, half.Approximation);
        Assert.Equal(500000m, half.High);
        Quantity range = Assert.Single(again.Quantities);
        Assert.Equal((8000m, 10000m), (range.Low!.Value, range.High!.Value));
        Assert.Contains("around 3,000 [", printed, StringComparison.Ordinal);
        Tidings.Claims.Claim claim = Assert.Single(facts.Claims);
        Assert.Equal(Tidings.Claims.ClaimRelation.Comparison, claim.Relation);
        Assert.Equal(["70", "around 3,000"], claim.Quantities.Select(q => q.Text));
        Assert.Equal("one of the organizers", claim.Source?.Text);
        Assert.Contains("Comparison: 70 / around 3,000, source: one of the organizers", printed, StringComparison.Ordinal);
    }

    private static string Normalize(string code) =>
        string.Join('\n', code.Replace("\r", "", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
}
