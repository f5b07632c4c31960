using System.Text;
using System.Text.RegularExpressions;
using Tidings.Places;
using Xunit;

namespace Tidings.Tests.Places;

/// <summary>The Latin letters' folds are data (<c>Places/Data/latin-folds.txt</c>), so a host with invariant
/// globalization (the CLI, the evaluation tool), where <see cref="string.Normalize(NormalizationForm)"/> does not
/// decompose, folds "São Paulo" as every other host does (session 29).</summary>
public sealed class NameKeyFoldTests
{
    [Theory]
    [InlineData("São Paulo", "sao paulo")]
    [InlineData("Bogotá", "bogota")]
    [InlineData("Mladá Boleslav", "mlada boleslav")]
    [InlineData("Hà Nội", "ha noi")]
    public void Names_with_diacritics_fold_to_plain_letters(string name, string key) => Assert.Equal(key, NameKey.Of(name));

    /// <summary>Folds written by hand from the Unicode charts, independent of the table and of the host: this holds
    /// on any host, with or without ICU.</summary>
    [Theory]
    [InlineData('\u00C0', 'a')] // À
    [InlineData('\u00E7', 'c')] // ç
    [InlineData('\u00D1', 'n')] // Ñ
    [InlineData('\u00FF', 'y')] // ÿ
    [InlineData('\u0107', 'c')] // ć
    [InlineData('\u0150', 'o')] // Ő
    [InlineData('\u017D', 'z')] // Ž
    [InlineData('\u01CE', 'a')] // ǎ
    [InlineData('\u0219', 's')] // ș
    [InlineData('\u021B', 't')] // ț
    [InlineData('\u1E0C', 'd')] // Ḍ
    [InlineData('\u1EBF', 'e')] // ế
    [InlineData('\u1EF9', 'y')] // ỹ
    [InlineData('\u1EE3', 'o')] // ợ
    public void Chosen_letters_fold_as_the_unicode_charts_say(char letter, char fold) =>
        Assert.Equal("x" + fold, NameKey.Of("x" + letter));

    [Fact]
    public void The_fold_table_agrees_with_canonical_decomposition()
    {
        // Only a host that decomposes can check the whole table against Normalize; on one that does not (no ICU, or
        // invariant globalization) the hand-written folds above still hold. Counting the checks keeps this from
        // passing while checking nothing.
        if ("\u00E9".Normalize(NormalizationForm.FormD).Length != 2)
        {
            return;
        }

        int checkedLetters = 0;
        for (int c = 0xC0; c < 0x1F00; c++)
        {
            if (c is > 0x24F and < 0x1E00)
            {
                continue;
            }

            char first = char.ToLowerInvariant(((char)c).ToString().Normalize(NormalizationForm.FormD)[0]);
            if (first is >= 'a' and <= 'z')
            {
                Assert.Equal("x" + first, NameKey.Of("x" + (char)c));
                checkedLetters++;
            }
        }

        Assert.True(checkedLetters >= 480, $"only {checkedLetters} letters checked");
    }

    /// <summary>Host-dependent text calls: Unicode normalization, parameterless case changes, the current or invariant
    /// culture's comparisons, and <c>string.Compare</c> without a <see cref="StringComparison"/>.</summary>
    private const string BannedCalls =
        @"\.Normalize\((\)|NormalizationForm)|\.IsNormalized\(|\.ToLower\(\)|\.ToUpper\(\)|CultureInfo\.CurrentCulture|CultureInfo\.CurrentUICulture|\bCompareInfo\b|StringComparer\.(CurrentCulture|InvariantCulture)|StringComparison\.(CurrentCulture|InvariantCulture)|\bstring\.Compare\([^,()]+,[^,()]+\)";

    /// <summary>Calls whose answer depends on the host's globalization mode or culture, which the CLI and the evaluation
    /// tool run invariant: none may come back into the library (session 29's São Paulo difference).</summary>
    [Fact]
    public void The_library_makes_no_host_dependent_text_call()
    {
        var banned = new Regex(BannedCalls, RegexOptions.CultureInvariant);
        string src = RepositoryPaths.File("src", "Tidings");
        Assert.True(Directory.Exists(src), src);
        var found = new List<string>();
        foreach (string file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            string[] lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length; i++)
            {
                string code = lines[i].TrimStart();
                if (!code.StartsWith("//", StringComparison.Ordinal) && banned.IsMatch(code))
                {
                    found.Add($"{Path.GetRelativePath(src, file)}:{i + 1}: {code}");
                }
            }
        }

        Assert.Empty(found);
    }

    /// <summary>The guard above can fail: it finds each banned call in a line of code.</summary>
    [Theory]
    [InlineData("s.Normalize(NormalizationForm.FormD)")]
    [InlineData("name.ToLower()")]
    [InlineData("var c = CultureInfo.CurrentCulture;")]
    [InlineData("string.Compare(a, b)")]
    public void The_banned_call_pattern_finds_each_call(string line) =>
        Assert.Matches(BannedCalls, line);

    [Fact]
    public void A_place_with_diacritics_is_known_to_the_gazetteer() =>
        Assert.True(Gazetteer.Default.Contains("São Paulo"));
}
