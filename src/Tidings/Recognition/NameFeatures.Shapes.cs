namespace Tidings.Recognition;

// A token's text is read once: its two hashes and its shape in one pass over the characters.
internal sealed partial class NameFeatures
{
    /// <summary>The word's exact and lower-case hashes (as <see cref="FeatureHash.OfTextBothCases"/> gives them) and
    /// the hash of its shape — X upper, x lower, d digit, other characters as themselves, runs collapsed ("McDonald" →
    /// XxXx, "U.S." → X.X., "1996-08-22" → d-d-d), the length up to four folded in — in one pass over its characters.</summary>
    internal static uint HashesAndShape(ReadOnlySpan<char> text, out uint exact, out uint lower, out bool letters, out bool upper, out bool lowerSeen, out bool firstUpper)
    {
        const uint Offset = 2166136261;
        const uint Prime = 16777619;
        uint e = Offset, l = Offset, h = Offset;
        char last = '\0';
        bool anyLetter = false, anyUpper = false, anyLower = false, upperFirst = false;
        int length = 0;
        for (int k = 0; k < text.Length; k++)
        {
            char c = text[k];
            char cls;
            char exactChar, lowerChar;
            if (c < 0x80)
            {
                if ((uint)(c - 'A') <= 'Z' - 'A')
                {
                    anyLetter = anyUpper = true;
                    upperFirst |= k == 0;
                    cls = 'X';
                    exactChar = c;
                    lowerChar = (char)(c | 0x20);
                }
                else if ((uint)(c - 'a') <= 'z' - 'a')
                {
                    anyLetter = anyLower = true;
                    cls = 'x';
                    exactChar = lowerChar = c;
                }
                else if ((uint)(c - '0') <= 9)
                {
                    cls = 'd';
                    exactChar = lowerChar = '0';
                }
                else
                {
                    cls = exactChar = lowerChar = c;
                }
            }
            else
            {
                exactChar = c;
                lowerChar = char.ToLowerInvariant(c);
                lowerChar = (uint)(lowerChar - '0') <= 9 ? '0' : lowerChar;
                if (char.IsLetter(c))
                {
                    anyLetter = true;
                    if (char.IsUpper(c))
                    {
                        anyUpper = true;
                        upperFirst |= k == 0;
                        cls = 'X';
                    }
                    else
                    {
                        anyLower = true;
                        cls = 'x';
                    }
                }
                else
                {
                    cls = char.IsDigit(c) ? 'd' : c;
                }
            }

            e = (e ^ exactChar) * Prime;
            l = (l ^ lowerChar) * Prime;
            if (cls != last && length < 12)
            {
                h = (h ^ cls) * Prime;
                last = cls;
                length++;
            }
        }

        exact = FeatureHash.Finish(e);
        lower = FeatureHash.Finish(l);
        letters = anyLetter;
        upper = anyUpper;
        lowerSeen = anyLower;
        firstUpper = upperFirst;

        // Long and short words of one shape behave differently ("A" vs "Ab" vs "Abcdef").
        uint size = (uint)Math.Min(text.Length, 4);
        return FeatureHash.Finish(h ^ (size << 24));
    }
}
