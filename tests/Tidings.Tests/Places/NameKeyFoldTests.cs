using System.Text;
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

    [Fact]
    public void The_fold_table_agrees_with_canonical_decomposition()
    {
        // The test host decomposes (it does not run with invariant globalization), so it can check the table.
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
            }
        }
    }

    [Fact]
    public void A_place_with_diacritics_is_known_to_the_gazetteer() =>
        Assert.True(Gazetteer.Default.Contains("São Paulo"));
}
