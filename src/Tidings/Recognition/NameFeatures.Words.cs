namespace Tidings.Recognition;

// The word's own form (shape, affixes) and the features a word gives the tokens near it.
internal sealed partial class NameFeatures
{
    /// <summary>The roles a word plays for the tokens near it: <see cref="NeighbourFeatures"/> writes the features
    /// a word gives the token one after it (it is that token's previous word), one before it, two after, two before.</summary>
    public const int Roles = 4;

    /// <summary>Writes the features of token <paramref name="i"/> that come from its neighbours' words (one and two
    /// either side) after the <paramref name="n"/> already in <paramref name="features"/>; returns the new count.</summary>
    public int ExtractNeighbours(int i, Span<uint> features, int n)
    {
        uint prev1 = Neighbour(i, -1, out uint prevShape, out _);
        uint next1 = Neighbour(i, 1, out uint nextShape, out _);
        uint prev2 = Neighbour(i, -2, out uint prevShape2, out _);
        uint next2 = Neighbour(i, 2, out uint nextShape2, out _);
        n += NeighbourFeatures(prev1, prevShape, 0, features[n..]);
        n += NeighbourFeatures(next1, nextShape, 1, features[n..]);
        n += NeighbourFeatures(prev2, prevShape2, 2, features[n..]);
        n += NeighbourFeatures(next2, nextShape2, 3, features[n..]);
        return n;
    }

    /// <summary>The most features <see cref="NeighbourFeatures"/> writes.</summary>
    public const int MaxNeighbourFeatures = 8;

    /// <summary>Writes the features that a word gives a token near it in role <paramref name="role"/> (0: for the
    /// token after it, 1: before it, 2: two after, 3: two before): those of <see cref="ExtractNeighbours"/> that
    /// depend on this word only (for a place outside the sentence, pass <see cref="BoundaryHash"/> as both hashes).</summary>
    public static int NeighbourFeatures(uint lower, uint shape, int role, Span<uint> features)
    {
        // The neighbour's word classes (GloVe clusters): all four granularities one away, the middle one two away.
        ulong classes = NameTables.Default.Classes(lower);
        switch (role)
        {
            case 0:
            case 1:
                features[0] = FeatureHash.Combine(13 + (uint)role, lower);
                features[1] = FeatureHash.Combine(17 + (uint)role, shape);
                if (classes == 0)
                {
                    return 2;
                }

                features[2] = FeatureHash.Combine(80 + (uint)role, (uint)(classes & 0xFF));
                features[3] = FeatureHash.Combine(82 + (uint)role, (uint)(classes >> 8) & 0xFFF);
                features[4] = FeatureHash.Combine(84 + (uint)role, (uint)(classes >> 20) & 0xFFF);
                features[5] = FeatureHash.Combine(86 + (uint)role, (uint)(classes >> 32) & 0xFFF);
                return 6;
            default:
                features[0] = FeatureHash.Combine(13 + (uint)role, lower);
                if (classes == 0)
                {
                    return 1;
                }

                features[1] = FeatureHash.Combine(88 + (uint)role, (uint)(classes >> 8) & 0xFFF);
                return 2;
        }
    }

    /// <summary>The lower-case hash and shape hash of token <paramref name="i"/>.</summary>
    public (uint Lower, uint Shape) WordHashes(int i) => (At(i).Lower, At(i).Shape);

    /// <summary>What <see cref="Neighbour"/> gives for a place outside the sentence at offset <paramref name="d"/>.</summary>
    public static uint BoundaryHash(int d) => Boundary + (uint)d;

    private static int Affixes(ReadOnlySpan<char> text, Span<uint> features, int n)
    {
        const uint Prime = 16777619;
        int max = Math.Min(4, text.Length - 1);
        uint h = 2166136261;
        for (int k = 0; k < max; k++)
        {
            h = (h ^ FeatureHash.Lower(text[k])) * Prime;
            features[n++] = FeatureHash.Combine(5 + (uint)k, h);
        }

        h = 2166136261;
        for (int k = 0; k < max; k++)
        {
            h = (h ^ FeatureHash.Lower(text[text.Length - 1 - k])) * Prime;
            features[n++] = FeatureHash.Combine(9 + (uint)k, h);
        }

        return n;
    }

}
