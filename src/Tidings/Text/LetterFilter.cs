namespace Tidings.Text;

/// <summary>
/// A cheap test that a word is surely not in a fixed set of words (compared case-insensitively): for each length up
/// to 16, which ASCII letters the set's words of that length have first, second and last, and which pairs of first
/// and second letters. A word that fails it needs no hash look-up; one that passes may still be absent. Four bitmap
/// reads, no hashing, no allocation.
/// </summary>
internal sealed class LetterFilter
{
    /// <summary>The longest word the filter knows; longer words always fail.</summary>
    public const int MaxLength = 16;

    /// <summary>Three bitmaps per length (bit 0 = 'a'); a character that is not an ASCII letter sets every bit.</summary>
    private readonly uint[] _letters = new uint[(MaxLength + 1) * 3];

    /// <summary>Per length, one bit per pair of first and second ASCII letters (26 × 26 bits, bit a·26 + b); a length
    /// with a word whose first or second character is not an ASCII letter has every bit set.</summary>
    private readonly ulong[] _pairs = new ulong[(MaxLength + 1) * PairWords];

    private const int PairWords = (26 * 26 + 63) / 64;

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
            if (w.Length > 1)
            {
                int a = Letter(w[0]);
                int b = Letter(w[1]);
                if (a < 0 || b < 0)
                {
                    _pairs.AsSpan(w.Length * PairWords, PairWords).Fill(ulong.MaxValue);
                }
                else
                {
                    int pair = (a * 26) + b;
                    _pairs[(w.Length * PairWords) + (pair >> 6)] |= 1ul << (pair & 63);
                }
            }
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
        if (!Passes(letters[row], word[0]) || !Passes(letters[row + 2], word[^1]))
        {
            return false;
        }

        if (word.Length < 2)
        {
            return true;
        }

        if (!Passes(letters[row + 1], word[1]))
        {
            return false;
        }

        // The pair of the first two letters (a character that is not an ASCII letter passes, as above).
        uint x = (uint)(word[0] | 0x20) - 'a';
        uint y = (uint)(word[1] | 0x20) - 'a';
        if (x >= 26 || y >= 26)
        {
            return true;
        }

        int pair = (int)((x * 26) + y);
        return (_pairs[(word.Length * PairWords) + (pair >> 6)] & (1ul << (pair & 63))) != 0;
    }

    /// <summary>0–25 for an ASCII letter of either case, -1 for any other character.</summary>
    private static int Letter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') ? (c | 0x20) - 'a' : -1;

    private static bool Passes(uint letters, char c)
    {
        uint bit = (uint)(c | 0x20) - 'a';
        return bit >= 26 || (letters & (1u << (int)bit)) != 0;
    }

    private static uint Bit(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') ? 1u << ((c | 0x20) - 'a') : (1u << 26) - 1;
}
