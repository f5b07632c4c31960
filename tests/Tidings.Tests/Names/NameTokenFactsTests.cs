using Tidings.Recognition;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>
/// Speed-only changes to the recognizer's per-token work give the same values: a token's hashes and shape read in
/// one pass equal the two separate functions, and the word-score cache keeps a used word when a rarer one maps to
/// its place.
/// </summary>
public sealed class NameTokenFactsTests
{
    public static TheoryData<string> Words() =>
    [
        "", "a", "A", "Ab", "ABC", "abcdefghijklmnopqrstuvwxyz", "McDonald's", "U.S.", "1996-08-30", "2-1", "3M",
        "7-Eleven", "O'Neill", "Zürich", "ÉCOLE", "São", "İstanbul", "\u212Aelvin", "٣٤", "Ⅻ", "x²", "@Reuters",
        "[bracket]", "{brace}", "`tick`", "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789", "ǅemal", "ß", "ΣΊΣΥΦΟΣ", "日本",
        "\uD83D\uDE00", "a\u0301", "-", "--", "$", "%", "Ab1", "a_b", "\u00AD",
    ];

    [Theory]
    [MemberData(nameof(Words))]
    public void Hashes_and_shape_in_one_pass_equal_the_separate_functions(string word)
    {
        (uint exact, uint lower) = FeatureHash.OfTextBothCases(word);
        uint shape = ReferenceShape(word, out bool letters, out bool upper, out bool lowerSeen, out bool firstUpper);
        uint shape2 = NameFeatures.HashesAndShape(word, out uint exact2, out uint lower2, out bool letters2, out bool upper2, out bool lowerSeen2, out bool firstUpper2);
        Assert.Equal((exact, lower, shape, letters, upper, lowerSeen, firstUpper), (exact2, lower2, shape2, letters2, upper2, lowerSeen2, firstUpper2));
    }

    [Fact]
    public void Every_character_hashes_and_shapes_as_the_separate_functions()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            string word = "A" + (char)c + "b";
            (uint exact, uint lower) = FeatureHash.OfTextBothCases(word);
            uint shape = ReferenceShape(word, out bool letters, out bool upper, out bool lowerSeen, out bool firstUpper);
            uint shape2 = NameFeatures.HashesAndShape(word, out uint exact2, out uint lower2, out bool letters2, out bool upper2, out bool lowerSeen2, out bool firstUpper2);
            Assert.True((exact, lower, shape, letters, upper, lowerSeen, firstUpper) == (exact2, lower2, shape2, letters2, upper2, lowerSeen2, firstUpper2), $"U+{c:X4}");
        }
    }

    [Fact]
    public void A_word_with_hits_keeps_its_place_until_missed_with_no_hit_between()
    {
        var cache = new WordScoreCache();
        const uint Hash = 12345;
        Assert.False(cache.TryFind("Leeds", TokenKind.Word, Hash, out int entry, out int version));
        Assert.True(entry >= 0);

        // A claimed entry is nobody else's until kept: another word in its place is not given it.
        Assert.False(cache.TryFind("Wimbledon", TokenKind.Word, Hash, out int busy, out _));
        Assert.Equal(-1, busy);
        cache.Keep(entry, version, "Leeds", TokenKind.Word);

        // Another word in the same place misses and is not kept: the kept word has a use left.
        Assert.False(cache.TryFind("Wimbledon", TokenKind.Word, Hash, out int other, out _));
        Assert.Equal(-1, other);

        // A hit gives the kept word a use again, so the next miss leaves it too.
        Assert.True(cache.TryFind("Leeds", TokenKind.Word, Hash, out int again, out int found));
        Assert.Equal(entry, again);
        Assert.True(cache.Unchanged(again, found));
        Assert.False(cache.TryFind("Wimbledon", TokenKind.Word, Hash, out other, out _));
        Assert.Equal(-1, other);

        // With no use left, the next word takes the place; a reader of the old word then sees it changed.
        Assert.False(cache.TryFind("Wimbledon", TokenKind.Word, Hash, out other, out int claim));
        Assert.Equal(entry, other);
        Assert.False(cache.Unchanged(again, found));
        cache.Keep(other, claim, "Wimbledon", TokenKind.Word);
        Assert.True(cache.TryFind("Wimbledon", TokenKind.Word, Hash, out _, out _));
        Assert.False(cache.TryFind("Leeds", TokenKind.Word, Hash, out _, out _));
    }

    /// <summary>The shape hash as the recognizer defined it before the one-pass function (X upper, x lower, d digit,
    /// other characters as themselves, runs collapsed, the length up to four folded in): the reference that
    /// <see cref="NameFeatures.HashesAndShape"/> must equal.</summary>
    private static uint ReferenceShape(ReadOnlySpan<char> text, out bool letters, out bool upper, out bool lower, out bool firstUpper)
    {
        const uint Prime = 16777619;
        uint h = 2166136261;
        char last = '\0';
        letters = upper = lower = firstUpper = false;
        int length = 0;
        for (int k = 0; k < text.Length; k++)
        {
            char c = text[k];
            char cls;
            bool isLetter = c < 0x80 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c);
            if (isLetter)
            {
                letters = true;
                if (c < 0x80 ? (uint)(c - 'A') <= 'Z' - 'A' : char.IsUpper(c))
                {
                    upper = true;
                    firstUpper |= k == 0;
                    cls = 'X';
                }
                else
                {
                    lower = true;
                    cls = 'x';
                }
            }
            else if (c < 0x80 ? (uint)(c - '0') <= 9 : char.IsDigit(c))
            {
                cls = 'd';
            }
            else
            {
                cls = c;
            }

            if (cls != last && length < 12)
            {
                h = (h ^ cls) * Prime;
                last = cls;
                length++;
            }
        }

        // Long and short words of one shape behave differently ("A" vs "Ab" vs "Abcdef").
        uint size = (uint)Math.Min(text.Length, 4);
        return FeatureHash.Finish(h ^ (size << 24));
    }
}
