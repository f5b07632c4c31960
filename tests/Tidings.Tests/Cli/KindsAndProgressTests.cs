using System.Text;
using System.Text.Json;
using Tidings.Cli;
using Xunit;

namespace Tidings.Tests.Cli;

/// <summary><c>--kinds</c> and progress on a terminal.</summary>
public sealed class KindsAndProgressTests : IDisposable
{
    private const string Text = "Police in Moscow detained 70 people on Tuesday, according to Nikol Pashinyan of the Federal Election Commission.";

    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private static string[] Kinds(CliResult r)
    {
        using JsonDocument doc = JsonDocument.Parse(r.Stdout);
        return [.. doc.RootElement.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("kind").GetString()!).Distinct().Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void Only_the_kinds_asked_for_appear()
    {
        string path = _cli.File("a.txt", Text);
        CliResult all = CliHarness.Run("extract", path, "--reference-date", "2020-07-28");
        Assert.Equal(0, all.ExitCode);
        Assert.Contains("person", Kinds(all));
        Assert.Contains("quantity", Kinds(all));

        CliResult some = CliHarness.Run("extract", path, "--reference-date", "2020-07-28", "--kinds", "quantity,date");
        Assert.Equal(0, some.ExitCode);
        Assert.Equal(["date", "quantity"], Kinds(some));

        CliResult places = CliHarness.Run("extract", path, "--kinds", "place", "--kinds", "person");
        Assert.Equal(["person", "place"], Kinds(places));
    }

    [Theory]
    [InlineData("quantity,planet")]
    [InlineData(",")]
    public void Unknown_kinds_are_usage_errors(string kinds)
    {
        string path = _cli.File("a.txt", Text);
        CliResult r = CliHarness.Run("extract", path, "--kinds", kinds);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--kinds", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Demonyms_need_places()
    {
        string path = _cli.File("a.txt", Text);
        Assert.Equal(2, CliHarness.Run("extract", path, "--kinds", "date", "--demonyms").ExitCode);
    }

    [Fact]
    public void Standard_input_shows_the_summary_when_stderr_is_a_terminal()
    {
        byte[] input = Encoding.UTF8.GetBytes(CliHarness.JsonLine("a", Text) + "\n" + CliHarness.JsonLine("b", Text) + "\n");
        foreach (bool terminal in new[] { false, true })
        {
            using var stdin = new MemoryStream(input);
            using var stdout = new MemoryStream();
            using var stderr = new StringWriter();
            Assert.Equal(0, CliApp.Run(["extract", "--jsonl", "-"], stdin, stdout, stderr, stderrIsTerminal: terminal));
            Assert.Equal(terminal, stderr.ToString().Contains("tidings: 2 documents, 0 failed", StringComparison.Ordinal));
        }
    }
}
