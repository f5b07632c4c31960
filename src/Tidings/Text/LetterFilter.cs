namespace Tidings.Text;

/// <summary>
/// A cheap test that a word is surely not in a fixed set of words (compared case-insensitively): for each length up
/// to 16, which ASCII letters the set's words of that length have first, second and last. A word that fails it needs
/// no hash look-up; one that passes may still be absent. Three bitmap reads, no hashing, no allocation.
/// </summary>
internal sealed class LetterFilter
{
    /// <summary>The longest word the filter knows; longer words always fail.</summary>
    public const int MaxLength = 16;

    /// <summary>Three bitmaps per length (bit 0 = 'a'); a character that is not an ASCII letter sets every bit.</summary>
    private readonly uint[] _letters = new uint[(MaxLength + 1) * 3];

    /// <summary>Builds the filter of <paramref name="words"/> (those longer than <see cref="MaxLength"/> are left out).</summary>
    public LetterFilter(IEnumerable<string> words)
    {
        foreach (string w in words)
        {
            if (w.Length is 0 or > MaxLength)
            {
                continue;
            }

            int row = w.Length * 3;
            _letters[row] |= Bit(w[0]);
            _letters[row + 1] |= w.Length > 1 ? Bit(w[1]) : 0;
            _letters[row + 2] |= Bit(w[^1]);
        }
    }

    /// <summary>False when no word of the set has the length and the first, second and last letters of
    /// <paramref name="word"/> (ignoring case); a character that is not an ASCII letter matches any.</summary>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > MaxLength)
        {
            return false;
        }

        int row = word.Length * 3;
        uint[] letters = _letters;
        return Passes(letters[row], word[0])
            && (word.Length < 2 || Passes(letters[row + 1], word[1]))
            && Passes(letters[row + 2], word[^1]);
    }

    private static bool Passes(uint letters, char c)
    {
        uint bit = (uint)(c | 0x20) - 'a';
        return bit >= 26 || (letters & (1u << (int)bit)) != 0;
    }

    private static uint Bit(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') ? 1u << ((c | 0x20) - 'a') : (1u << 26) - 1;
}
