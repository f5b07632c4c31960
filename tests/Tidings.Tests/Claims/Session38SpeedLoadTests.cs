using Tidings.Claims;
using Tidings.Numbers;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Claims;

/// <summary>Session 38 (speed38b): the start-up loads read their text with less work. The claim guards' file is read in
/// one pass for both flag enums and the named sets (it was read once per table); the unit table's lines are read as
/// spans and its [word-list] lines made tables when first asked. These check that each answers as the readers it
/// replaces did, on the shipped files and on the edges of the format.</summary>
public sealed class Session38SpeedLoadTests
{
    private static readonly string GuardText = ClaimWords.Resource(ClaimGuards.ResourceName);

    [Fact]
    public void Every_guard_word_has_the_flags_of_both_per_table_readers()
    {
        Dictionary<string, ClaimGuards.Guard> early = ClaimWords.Sections(GuardText, "claim-guards.txt", ClaimGuards.Named, static (a, b) => a | b);
        Dictionary<string, ClaimGuards.LateGuard> late = ClaimWords.Sections(GuardText, "claim-guards.txt", ClaimGuards.LateNamed, static (a, b) => a | b);
        Assert.Equal(early.Count, late.Count);
        foreach ((string word, ClaimGuards.Guard flags) in early)
        {
            for (int bit = 0; bit < 64; bit++)
            {
                var g = (ClaimGuards.Guard)(1UL << bit);
                Assert.Equal((flags & g) != 0, ClaimGuards.Is(word, g));
                var l = (ClaimGuards.LateGuard)(1UL << bit);
                Assert.Equal((late[word] & l) != 0, ClaimGuards.Is(word, l));
            }
        }
    }

    [Theory]
    [InlineData("whereupon")]
    [InlineData("Guardrail")]
    [InlineData("")]
    public void A_word_of_no_section_has_no_flag(string word)
    {
        Assert.False(ClaimGuards.Is(word, (ClaimGuards.Guard)ulong.MaxValue));
        Assert.False(ClaimGuards.Is(word, (ClaimGuards.LateGuard)ulong.MaxValue));
    }

    [Fact]
    public void The_warm_up_reads_the_claim_tables() => Assert.True(ClaimGuards.Warm() > 0);

    [Fact]
    public void Unit_lines_split_as_the_string_reader_split_them()
    {
        // CRLF endings, blank and padded items, a trailing bar, a comment and a section name with spaces inside its brackets.
        Units.Tables t = Units.Parse("# notes\r\n[word-list]\r\n  edge-case :  alpha | Beta ||  gamma delta |  \r\nsecond: one\n\n[hedge]\r\napproximate: around|  about \n");
        Assert.True(t.Lists.TryGetValue("edge-case", out Units.LazyWordSet? set));
        AsciiWordTable<bool> words = set!.Words;
        Assert.Equal(["alpha", "Beta", "gamma delta"], words.Keys);
        Assert.True(words.Contains("BETA"));
        Assert.Same(words, set.Words);
        Assert.True(t.Lists.TryGetValue("second", out Units.LazyWordSet? second));
        Assert.Equal(["one"], second!.Words.Keys);
        Assert.Equal(2, t.Lists.Count);
    }

    [Fact]
    public void A_unit_line_without_a_key_is_still_refused()
    {
        Assert.Throws<InvalidDataException>(() => Units.Parse("[word-list]\r\n: alpha\n"));
        Assert.Throws<InvalidDataException>(() => Units.Parse("[word-list]\nalpha\n"));
    }

    [Fact]
    public void Every_shipped_word_list_line_is_read_by_name()
    {
        string text;
        using (Stream stream = typeof(Units).Assembly.GetManifestResourceStream("Tidings.Numbers.Data.units.txt")!)
        using (var reader = new StreamReader(stream))
        {
            text = reader.ReadToEnd();
        }

        string section = "";
        int lines = 0;
        foreach (string raw in text.Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[')
            {
                section = line.Trim('[', ']');
                continue;
            }

            if (section != "word-list")
            {
                continue;
            }

            int colon = line.IndexOf(':', StringComparison.Ordinal);
            string[] items = line[(colon + 1)..].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            string name = line[..colon].Trim();
            foreach (string item in items)
            {
                Assert.True(Units.InList(name, item), $"{name}: {item}");
            }

            lines++;
        }

        Assert.True(lines > 100);
    }
}
