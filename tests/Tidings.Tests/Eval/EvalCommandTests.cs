using System.CommandLine;
using System.Text;
using System.Text.Json;
using Tidings.ML.Tool;
using Tidings.ML.Tool.Eval;
using Tidings.Dates;
using Tidings.Tests.Cli;
using Xunit;

namespace Tidings.Tests.Eval;

public sealed class EvalCommandTests : IDisposable
{
    // Two small documents written for these tests; 3 gold TIMEX3s in all.
    private const string First = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>A1</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2010-03-05" functionInDocument="CREATION_TIME">March 5, 2010</TIMEX3></DCT>
        <TEXT>Prices <EVENT eid="e1" class="OCCURRENCE">rose</EVENT> <TIMEX3 tid="t1" type="DATE" value="2010-03-04">yesterday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.</TEXT>
        </TimeML>
        """;

    private const string Second = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>B2</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2011-07-01" functionInDocument="CREATION_TIME">July 1, 2011</TIMEX3></DCT>
        <TEXT>Smith &amp; Co. <EVENT eid="e1" class="REPORTING">said</EVENT> it would report <TIMEX3 tid="t1" type="DATE" value="2011-Q3">next quarter</TIMEX3>.</TEXT>
        </TimeML>
        """;

    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    /// <summary>Tags "yesterday" (value from the reference date), "days" (a partial span of "three days") and "Co." (spurious).</summary>
    private static IReadOnlyList<DateMention> FakeTagger(string text, DateOnly? referenceDate)
    {
        var mentions = new List<DateMention>();
        Add("yesterday", TemporalType.Date, referenceDate?.AddDays(-1).ToString("yyyy-MM-dd"));
        Add("days", TemporalType.Duration, "P2D");
        Add("Co.", TemporalType.Date, null);
        return mentions;

        void Add(string word, TemporalType type, string? value)
        {
            int i = text.IndexOf(word, StringComparison.Ordinal);
            if (i >= 0)
            {
                mentions.Add(new DateMention(i, i + word.Length, word, type, value, DatePrecision.Day));
            }
        }
    }

    private static CliResult RunWith(DateTagger tagger, params string[] args)
    {
        using var stdin = new MemoryStream();
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var io = new CliStreams(stdin, stdout, stderr);
        var root = new RootCommand { EvalCommand.Create(io, tagger) };
        using var outText = new StringWriter();
        int code = root.Parse(args).Invoke(new InvocationConfiguration { Output = outText, Error = stderr });
        return new CliResult(code, stdout.ToArray(), stderr.ToString());
    }

    private void WriteCorpus()
    {
        Directory.CreateDirectory(_cli.PathOf("sub"));
        _cli.File("a.tml", First);
        _cli.File(Path.Combine("sub", "b.tml"), Second);
        _cli.File("notes.txt", "not TimeML");
    }

    [Fact]
    public void Json_report_scores_the_fake_tagger_with_the_DCT_as_reference_date()
    {
        WriteCorpus();

        CliResult r = RunWith(FakeTagger, "eval", "timeml", _cli.Directory, "--json");

        Assert.Equal(0, r.ExitCode);
        using JsonDocument json = JsonDocument.Parse(r.Stdout);
        JsonElement root = json.RootElement;
        Assert.Equal(2, root.GetProperty("documents").GetInt32());
        Assert.Equal(0, root.GetProperty("skipped").GetInt32());
        Assert.Equal(3, root.GetProperty("gold").GetInt32());
        Assert.Equal(3, root.GetProperty("system").GetInt32());
        Assert.Equal(1, root.GetProperty("strictMatches").GetInt32());
        Assert.Equal(2, root.GetProperty("relaxedMatches").GetInt32());
        Assert.Equal(0.3333, root.GetProperty("strict").GetProperty("precision").GetDouble());
        Assert.Equal(0.6667, root.GetProperty("relaxed").GetProperty("f1").GetDouble());
        Assert.Equal(1.0, root.GetProperty("typeAccuracy").GetDouble());
        Assert.Equal(0.5, root.GetProperty("valueAccuracy").GetDouble());
        Assert.Equal(0.3333, root.GetProperty("value").GetProperty("recall").GetDouble());
        Assert.Contains("2 documents scored, 0 skipped", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_is_the_default_output()
    {
        WriteCorpus();

        CliResult r = RunWith(FakeTagger, "eval", "timeml", _cli.Directory, "--quiet");

        Assert.Equal(0, r.ExitCode);
        Assert.Equal("", r.Stderr);
        Assert.Contains("documents              2\n", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("strict              0.3333    0.3333    0.3333\n", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("relaxed             0.6667    0.6667    0.6667\n", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("value accuracy    0.5000", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Limit_scores_only_the_first_files_in_path_order()
    {
        WriteCorpus();

        CliResult r = RunWith(FakeTagger, "eval", "timeml", _cli.Directory, "--json", "--limit", "1");

        Assert.Equal(0, r.ExitCode);
        using JsonDocument json = JsonDocument.Parse(r.Stdout);
        Assert.Equal(1, json.RootElement.GetProperty("documents").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("gold").GetInt32());
    }

    [Fact]
    public void A_malformed_file_is_reported_and_skipped_and_the_rest_are_scored()
    {
        WriteCorpus();
        string bad = _cli.File("broken.tml", "<TimeML><TEXT>no end");

        CliResult r = RunWith(FakeTagger, "eval", "timeml", _cli.Directory, "--json");

        Assert.Equal(1, r.ExitCode);
        Assert.Contains(bad, r.Stderr, StringComparison.Ordinal);
        using JsonDocument json = JsonDocument.Parse(r.Stdout);
        Assert.Equal(2, json.RootElement.GetProperty("documents").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("skipped").GetInt32());
    }

    [Fact]
    public void A_tagger_that_throws_skips_its_document()
    {
        WriteCorpus();

        CliResult r = RunWith((text, date) => text.Contains("Smith", StringComparison.Ordinal) ? throw new InvalidOperationException("boom") : FakeTagger(text, date), "eval", "timeml", _cli.Directory, "--json");

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("b.tml", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("boom", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_and_paths_with_control_characters_are_echoed_escaped()
    {
        CliResult unknown = CliHarness.RunMl("eval", "conll", "dev.txt", "--bogus\ntidings-ml: forged");
        CliResult missing = CliHarness.RunMl("eval", "timeml", _cli.PathOf("no\u2028pe\r"));

        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("--bogus\\ntidings-ml: forged", unknown.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no\\u2028pe\\r", missing.Stderr, StringComparison.Ordinal);
        foreach (CliResult r in new[] { unknown, missing })
        {
            Assert.All(r.Stderr, c => Assert.False(Tidings.Text.Messages.NeedsEscape(c) && c != '\n', $"U+{(int)c:X4} on standard error"));
        }
    }

    [Fact]
    public void Missing_directory_is_a_usage_error()
    {
        string missing = _cli.PathOf("nope");

        CliResult r = CliHarness.RunMl("eval", "timeml", missing);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("directory not found", r.Stderr, StringComparison.Ordinal);
        Assert.Contains(missing, r.Stderr, StringComparison.Ordinal);
        Assert.Empty(r.StdoutBytes);
    }

    [Fact]
    public void A_folder_without_tml_files_is_a_usage_error()
    {
        _cli.File("notes.txt", "x");

        CliResult r = CliHarness.RunMl("eval", "timeml", _cli.Directory);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("no .tml files", r.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("many")]
    public void Bad_limit_is_a_usage_error(string limit)
    {
        CliResult r = CliHarness.RunMl("eval", "timeml", _cli.Directory, "--limit", limit);

        Assert.Equal(2, r.ExitCode);
    }

    [Fact]
    public void The_real_date_extractor_runs_end_to_end()
    {
        WriteCorpus();

        CliResult r = CliHarness.RunMl("eval", "timeml", _cli.Directory, "--json", "--quiet");

        Assert.Equal(0, r.ExitCode);
        Assert.Equal("", r.Stderr);
        using JsonDocument json = JsonDocument.Parse(r.Stdout);
        Assert.Equal(2, json.RootElement.GetProperty("documents").GetInt32());
        Assert.Equal(3, json.RootElement.GetProperty("gold").GetInt32());
    }

    [Fact]
    public void Date_mentions_map_to_TimeML_types()
    {
        var m = new DateMention(3, 9, "weekly", TemporalType.Set, "P1W", DatePrecision.Week);

        Assert.Equal(new TimexAnnotation(3, 9, "SET", "P1W"), TimeMLEvalRun.ToAnnotation(m));

        var fiscal = new DateMention(0, 11, "fiscal 1989", TemporalType.Date, "FY1989", DatePrecision.Year);
        Assert.Equal("1989", TimeMLEvalRun.ToAnnotation(fiscal).Value);
    }
}
