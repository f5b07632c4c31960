using Tidings.Tests.Cli;
using Xunit;

namespace Tidings.Tests.Eval;

/// <summary><c>tidings-ml eval names</c>: gold spans by offset or by text, per-type scores, disagreements.</summary>
public sealed class NamesCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Scores_passages_with_offsets_or_text_alone()
    {
        _cli.File("a.json", """
            [ { "name": "one", "text": "Shares of Pfizer rose in New York, said John Smith.",
                "names": [ { "text": "Pfizer", "kind": "organization", "start": 10 },
                           { "text": "New York", "kind": "place" },
                           { "text": "John Smith", "type": "PER" },
                           { "text": "Tuesday", "kind": "date" } ] } ]
            """);
        string errors = _cli.PathOf("errors.tsv");
        CliResult eval = CliHarness.RunMl("eval", "names", _cli.Directory, "--errors", errors);
        Assert.True(eval.ExitCode == 0, eval.Stderr);
        Assert.Equal("type     gold  found  correct  precision  recall      F1", eval.Lines[0]);
        Assert.StartsWith("ORG          1 ", eval.Lines[1], StringComparison.Ordinal);
        Assert.StartsWith("overall      3 ", eval.Lines[^1], StringComparison.Ordinal);
        Assert.True(File.Exists(errors));
    }

    [Fact]
    public void A_folder_without_passages_is_a_usage_error()
    {
        CliResult eval = CliHarness.RunMl("eval", "names", _cli.Directory);
        Assert.Equal(2, eval.ExitCode);
    }
}
