using Tidings.Tests.Cli;
using Tidings.Tests.Names;
using Xunit;

namespace Tidings.Tests.Eval;

/// <summary><c>tidings-ml train ner</c> and <c>tidings-ml eval conll</c> end to end, on tiny CoNLL files made from a story written for the tests.</summary>
public sealed class ConllCommandTests : IDisposable
{
    private const string Story = ConllStories.Talks;

    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Train_then_eval_a_model_file()
    {
        _cli.File("train.txt", Story + "\n" + Story.Replace("RUSSIA", "ARMENIA", StringComparison.Ordinal));
        string dev = _cli.File("dev.txt", Story);
        string model = Path.Combine(_cli.Directory, "model.bin");

        CliResult train = CliHarness.RunMl("train", "ner", "--data", _cli.Directory, "--out", model, "--bits", "16", "--iterations", "5");
        Assert.True(train.ExitCode == 0, train.Stderr);
        Assert.True(File.Exists(model));
        Assert.Contains("dev.txt", train.Stderr, StringComparison.Ordinal);

        string errors = Path.Combine(_cli.Directory, "errors.tsv");
        CliResult eval = CliHarness.RunMl("eval", "conll", dev, "--model", model, "--quiet", "--errors", errors);
        Assert.Equal(0, eval.ExitCode);
        Assert.Equal("type     gold  found  correct  precision  recall      F1", eval.Lines[0]);
        Assert.StartsWith("overall      7 ", eval.Lines[^1], StringComparison.Ordinal);
        Assert.All(File.ReadAllLines(errors), line => Assert.Matches(@"^1\t(missed|spurious)\t(PER|ORG|LOC|MISC)\t\S", line));
    }

    [Fact]
    public void Extra_files_train_beside_train_txt_and_the_model_runs_in_eval_names()
    {
        _cli.File("train.txt", Story);
        string extra = _cli.File("extra.conll", "-DOCSTART- -X- -X- O\n\n" + Story.Replace("RUSSIA", "ARMENIA", StringComparison.Ordinal));
        string model = Path.Combine(_cli.Directory, "model.bin");
        CliResult train = CliHarness.RunMl(
            "train", "ner", "--data", _cli.Directory, "--out", model, "--bits", "16", "--iterations", "0", "--crf-epochs", "2", "--extra", extra, "--extra-weight", "2");
        Assert.True(train.ExitCode == 0, train.Stderr);
        Assert.Contains("1 documents", train.Stderr, StringComparison.Ordinal);
        Assert.Contains("(weight 2)", train.Stderr, StringComparison.Ordinal);

        string cases = _cli.File("names.json", """[ { "text": "Shares of Pfizer rose in New York.", "names": [ { "text": "New York", "type": "LOC" } ] } ]""");
        CliResult eval = CliHarness.RunMl("eval", "names", cases, "--model", model, "--quiet");
        Assert.True(eval.ExitCode == 0, eval.Stderr);
        Assert.StartsWith("overall      1 ", eval.Lines[^1], StringComparison.Ordinal);
        Assert.Equal(2, CliHarness.RunMl("eval", "names", cases, "--model", Path.Combine(_cli.Directory, "missing.bin")).ExitCode);
        Assert.Equal(2, CliHarness.RunMl("train", "ner", "--data", _cli.Directory, "--out", model, "--extra", Path.Combine(_cli.Directory, "missing.conll")).ExitCode);
    }

    [Fact]
    public void Eval_scores_the_embedded_model_by_default()
    {
        string dev = _cli.File("dev.txt", Story);
        CliResult eval = CliHarness.RunMl("eval", "conll", dev);
        Assert.Equal(0, eval.ExitCode);
        Assert.Equal(6, eval.Lines.Length);
        Assert.Contains("1 documents", eval.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_files_are_usage_errors()
    {
        CliResult missing = CliHarness.RunMl("eval", "conll", Path.Combine(_cli.Directory, "missing.txt"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no such file", missing.Stderr, StringComparison.Ordinal);
        Assert.Contains("docs/evaluation.md", missing.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", missing.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, CliHarness.RunMl("train", "ner", "--data", _cli.Directory, "--out", Path.Combine(_cli.Directory, "m.bin")).ExitCode);
    }
}
