using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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

    /// <summary>The pair bit standing for a first or second character that is no ASCII letter (past the 676 pairs).</summary>
    private const uint NoPair = 26 * 26;

    /// <summary>The letter bit standing for a character that is no ASCII letter.</summary>
    private const uint NotLetter = 1u << 26;

    /// <summary>The index of <see cref="NotLetter"/>: every character past 'z' maps to it.</summary>
    private const uint NotLetter26 = 26;

    /// <summary>Builds the filter of <paramref name="words"/> (those longer than <see cref="MaxLength"/> are left out).</summary>
    public LetterFilter(IEnumerable<string> words)
    {
        // Bit 26 of every letter bitmap, and the pair bit NoPair of every length, stand for "not an ASCII letter" and
        // are always set: a character that is no letter passes, as in the branching test before. A one-character word
        // has no second letter and no pair: both pass.
        for (int length = 0; length <= MaxLength; length++)
        {
            _letters[length * 3] |= NotLetter;
            _letters[(length * 3) + 1] |= NotLetter;
            _letters[(length * 3) + 2] |= NotLetter;
            _pairs[(length * PairWords) + (int)(NoPair >> 6)] |= 1ul << (int)(NoPair & 63);
        }

        _letters[(1 * 3) + 1] = uint.MaxValue;
        _pairs.AsSpan(1 * PairWords, PairWords).Fill(ulong.MaxValue);

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
    /// <remarks>Every test is read and the bits are combined without a branch per letter: the words a scan asks about
    /// pass or fail in no order the processor can predict, and one branch on the combined answer (mostly false)
    /// costs less than four taken at random.</remarks>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        int length = word.Length;
        if ((uint)(length - 1) >= MaxLength)
        {
            return false; // empty, or longer than any word the filter knows
        }

        ref char first = ref MemoryMarshal.GetReference(word);
        uint x = Math.Min((uint)(first | 0x20) - 'a', NotLetter26);
        uint y = Math.Min((uint)(Unsafe.Add(ref first, length > 1 ? 1 : 0) | 0x20) - 'a', NotLetter26);
        uint z = Math.Min((uint)(Unsafe.Add(ref first, length - 1) | 0x20) - 'a', NotLetter26);
        ref uint row = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_letters), length * 3);
        uint letters = (row >> (int)x) & (Unsafe.Add(ref row, 1) >> (int)y) & (Unsafe.Add(ref row, 2) >> (int)z);

        // The pair of the first two letters; NoPair when either is no letter (or the word has one character).
        uint pair = Math.Max(x, y) >= 26 ? NoPair : (x * 26) + y;
        ulong pairs = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_pairs), (length * PairWords) + (int)(pair >> 6));
        return (letters & (uint)(pairs >> (int)(pair & 63)) & 1) != 0;
    }

    /// <summary>0–25 for an ASCII letter of either case, -1 for any other character.</summary>
    private static int Letter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') ? (c | 0x20) - 'a' : -1;

    private static uint Bit(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') ? 1u << ((c | 0x20) - 'a') : (1u << 26) - 1;
}
