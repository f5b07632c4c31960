using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Text;

/// <summary><see cref="CharClass.EqualsWord"/> answers exactly as the ordinal case-insensitive comparison it stands in front of.</summary>
public sealed class CharClassTests
{
    /// <summary>Characters where an ASCII-only shortcut could go wrong: the case bit on non-letters ('@' and '`', '[' and
    /// '{'), non-ASCII letters whose case partners are ASCII in some tables (dotless ı, long ſ, the Kelvin sign U+212A), the
    /// apostrophes and dashes of the word lists, and the halves of a cased pair beyond the basic plane (Deseret 𐐀/𐐨,
    /// U+10400/U+10428, as surrogates).</summary>
    private const string Alphabet = "aAbBiIkKsSzZ@`[{]}^~'’-–—−ıİſ\u212AéÉ019 .,\uD801\uDC00\uDC28";

    [Fact]
    public void Equals_word_answers_as_the_ordinal_case_insensitive_comparison()
    {
        var random = new Random(29);
        for (int round = 0; round < 200_000; round++)
        {
            string word = Draw(random, random.Next(0, 4));
            string text = random.Next(3) == 0 ? Vary(random, word) : Draw(random, word.Length + random.Next(-1, 2) is int n && n >= 0 ? n : 0);
            bool expected = text.AsSpan().Equals(word, StringComparison.OrdinalIgnoreCase);
            Assert.True(expected == CharClass.EqualsWord(text, word), $"'{text}' against '{word}'");
        }
    }

    [Theory]
    [InlineData("New", "new", true)]
    [InlineData("NEW", "New", true)]
    [InlineData("@t", "`t", false)]
    [InlineData("[a", "{a", false)]
    [InlineData("'s", "’s", false)]
    [InlineData("", "", true)]
    [InlineData("ago", "agO", true)]
    [InlineData("ago", "ag", false)]
    public void Equals_word_on_chosen_pairs(string text, string word, bool expected)
    {
        Assert.Equal(expected, CharClass.EqualsWord(text, word));
        Assert.Equal(expected, text.AsSpan().Equals(word, StringComparison.OrdinalIgnoreCase));
    }

    private static string Draw(Random random, int length)
    {
        var chars = new char[length];
        for (int i = 0; i < length; i++)
        {
            chars[i] = Alphabet[random.Next(Alphabet.Length)];
        }

        return new string(chars);
    }

    /// <summary>The word with some characters' case flipped (invariant culture), the same length.</summary>
    private static string Vary(Random random, string word)
    {
        var chars = word.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (random.Next(2) == 0)
            {
                char upper = char.ToUpperInvariant(chars[i]);
                chars[i] = upper != chars[i] ? upper : char.ToLowerInvariant(chars[i]);
            }
        }

        return new string(chars);
    }
}
