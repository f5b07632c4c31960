using System.Runtime.CompilerServices;

namespace Tidings.Recognition;

/// <summary>
/// The 32-bit hashes that name the recognizer's features. Training and tagging use these same functions, so a
/// feature hashes to the same bucket in both; changing any of them invalidates trained models.
/// </summary>
internal static class FeatureHash
{
    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    /// <summary>The hash of a string of characters, lower-cased (invariant, per UTF-16 unit) when <paramref name="lower"/>
    /// is set, and with ASCII digits folded to '0' when <paramref name="foldDigits"/> is set.</summary>
    /// <remarks>Inlined, so that callers passing constants get their own loop: the linker and the lexicon hash words
    /// lower-cased with digits folded some 670,000 times on 2 MB of news (session 34), which <see cref="OfLowerFolded"/>
    /// does without testing the two flags at every character.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint OfText(ReadOnlySpan<char> text, bool lower, bool foldDigits) =>
        lower && foldDigits ? OfLowerFolded(text) : OfTextWith(text, lower, foldDigits);

    /// <summary><see cref="OfText"/> lower-cased with digits folded: the same hash, ASCII letters and digits taken without a call.</summary>
    private static uint OfLowerFolded(ReadOnlySpan<char> text)
    {
        uint h = Offset;
        foreach (char ch in text)
        {
            uint c = ch;
            if (c < 0x80)
            {
                if (c - 'A' <= 'Z' - 'A')
                {
                    c |= 0x20;
                }
                else if (c - '0' <= 9)
                {
                    c = '0';
                }
            }
            else
            {
                c = char.ToLowerInvariant(ch);
                c = c - '0' <= 9 ? '0' : c;
            }

            h = (h ^ c) * Prime;
        }

        return Finish(h);
    }

    private static uint OfTextWith(ReadOnlySpan<char> text, bool lower, bool foldDigits)
    {
        uint h = Offset;
        foreach (char ch in text)
        {
            char c = ch;
            if (lower)
            {
                c = Lower(c);
            }

            if (foldDigits && (uint)(c - '0') <= 9)
            {
                c = '0';
            }

            h = (h ^ c) * Prime;
        }

        return Finish(h);
    }

    /// <summary>Both <see cref="OfText"/> hashes with digits folded, as written and lower-cased, in one pass.</summary>
    public static (uint Exact, uint Lower) OfTextBothCases(ReadOnlySpan<char> text)
    {
        uint exact = Offset;
        uint lower = Offset;
        foreach (char ch in text)
        {
            char c = (uint)(ch - '0') <= 9 ? '0' : ch;
            exact = (exact ^ c) * Prime;
            char l = Lower(ch);
            l = (uint)(l - '0') <= 9 ? '0' : l;
            lower = (lower ^ l) * Prime;
        }

        return (Finish(exact), Finish(lower));
    }

    /// <summary>Lower-cases one UTF-16 unit: ASCII by arithmetic, the rest invariantly.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Lower(char c) => c < 0x80 ? ((uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);

    /// <summary>Combines a feature template with one value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Combine(uint template, uint a) => Finish((template * 0x9E3779B1u) ^ a);

    /// <summary>Combines a feature template with two values, in order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Combine(uint template, uint a, uint b) => Finish(Combine(template, a) * 0x85EBCA77u ^ b);

    /// <summary>Combines a feature template with three values, in order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Combine(uint template, uint a, uint b, uint c) => Finish(Combine(template, a, b) * 0xC2B2AE3Du ^ c);

    /// <summary>Murmur3's finalizer: spreads every input bit over the output.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Finish(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return h;
    }
}
