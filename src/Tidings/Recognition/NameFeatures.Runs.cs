namespace Tidings.Recognition;

// Features of a capitalised run read from around it (session 17): the word lists of its first word (the modifier,
// as the head's already are), the evidence of the capitalised runs just before and after it with the word that joins
// them ("Kent and Sussex", "Suu Kyi , Aung"), and the affixes of rare capitalised words ("-Tech", "Bio-", "-ify").
internal sealed partial class NameFeatures
{
    /// <summary>The most tokens between two capitalised runs for one to count as the other's neighbour.</summary>
    private const int RunGap = 3;

    /// <summary>Writes the run features of token <paramref name="i"/>, which is in a capitalised run, after the
    /// <paramref name="n"/> already in <paramref name="features"/>; returns the new count.</summary>
    private int RunNeighbourFeatures(int i, ref TokenInfo t, Span<uint> features, int n)
    {
        if (t.RunEnd - t.RunStart > 1)
        {
            // The first word's own lists ("Reynard" a surname, "Boston" a city): the head's are template 102.
            n = LexiconFeatures(At(t.RunStart).WordKinds, 110, i == t.RunStart ? 1u : 0u, features, n);
        }

        // The nearest capitalised run before and after in the sentence, at most RunGap tokens away.
        int before = t.RunStart - 1;
        for (int j = before; j >= t.SentenceStart && t.RunStart - j <= RunGap; j--)
        {
            ref TokenInfo u = ref At(j);
            if (u.RunEnd > u.RunStart && (u.Info & Info.CapsLine) == 0)
            {
                n = RunEvidence(ref u, Joiner(j + 1, t.RunStart), 112, features, n);
                break;
            }
        }

        for (int j = t.RunEnd; j < t.SentenceEnd && j - t.RunEnd < RunGap; j++)
        {
            ref TokenInfo u = ref At(j);
            if (u.RunEnd > u.RunStart && (u.Info & Info.CapsLine) == 0)
            {
                n = RunEvidence(ref At(u.RunEnd - 1), Joiner(t.RunEnd, j), 114, features, n);
                break;
            }
        }

        return n;
    }

    /// <summary>The word joining two runs when one token stands between them ("and", ",", "of"), else the gap's length.</summary>
    private uint Joiner(int from, int to) => to - from == 1 ? At(from).Lower : (uint)(to - from);

    /// <summary>The lists and lexicon classes of a neighbouring run's head <paramref name="head"/>, with the joiner.</summary>
    private static int RunEvidence(ref TokenInfo head, uint joiner, uint template, Span<uint> features, int n)
    {
        n = LexiconFeatures((ushort)(head.WordKinds | head.ListKinds), template, joiner, features, n);
        return LexiconFeatures((ushort)(head.LexBegin | head.LexInside), template + 1, joiner, features, n);
    }

    /// <summary>For a capitalised word without a word class (a rare word), its three-letter prefix and suffix with its
    /// capitalisation: unseen names share their makers' affixes ("BioNTech", "Spotify", "Moderna").</summary>
    private static int RareAffixes(ReadOnlySpan<char> text, uint capital, Span<uint> features, int n)
    {
        if (capital == 0 || text.Length < 5)
        {
            return n;
        }

        const uint Prime = 16777619;
        uint p = 2166136261, s = 2166136261;
        for (int k = 0; k < 3; k++)
        {
            p = (p ^ FeatureHash.Lower(text[k])) * Prime;
            s = (s ^ FeatureHash.Lower(text[text.Length - 1 - k])) * Prime;
        }

        features[n++] = FeatureHash.Combine(116, p, capital);
        features[n++] = FeatureHash.Combine(117, s, capital);
        return n;
    }
}
