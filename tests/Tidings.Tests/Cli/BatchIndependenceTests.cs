using Tidings.Tests.Properties;
using Xunit;

namespace Tidings.Tests.Cli;

/// <summary>
/// Session 33 (names33): <c>tidings extract --jsonl</c> writes for each line what a run of that line alone writes,
/// sequentially and with <c>--parallel 2</c>, whatever comes before it in the batch (session 32 reported a batch that
/// seemed to differ; each document must be analysed on its own).
/// </summary>
public sealed class BatchIndependenceTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    public void Each_line_of_a_batch_gives_what_it_gives_alone(string parallel)
    {
        string[] passages = DocumentIndependenceProperties.Passages;

        // Twice over, forwards then backwards, so that every passage comes after the others.
        string[] lines =
        [
            .. passages.Select((p, i) => CliHarness.JsonLine($"f{i}", p)),
            .. passages.Reverse().Select((p, i) => CliHarness.JsonLine($"b{passages.Length - 1 - i}", p)),
        ];
        string batch = _cli.File("batch.jsonl", string.Join("\n", lines) + "\n");
        CliResult all = CliHarness.Run("extract", "--jsonl", "--parallel", parallel, batch);
        Assert.Equal(0, all.ExitCode);
        Assert.Equal(lines.Length, all.Lines.Length);

        for (int i = 0; i < lines.Length; i++)
        {
            string one = _cli.File($"one{i}.jsonl", lines[i] + "\n");
            CliResult alone = CliHarness.Run("extract", "--jsonl", one);
            Assert.Equal(0, alone.ExitCode);
            Assert.Equal(alone.Lines[0], all.Lines[i]);
        }
    }
}
