using System.Runtime.CompilerServices;
using Tidings.Text;

namespace Tidings.Recognition;

// Name-list membership: the kinds of the leftmost longest list entry covering each token, and the features
// that carry list kinds to the model.
internal sealed partial class NameFeatures
{
    /// <summary>Whether token <paramref name="i"/> is a word with a capital (or a number), where list entries may begin and end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayBoundList(int i) =>
        (At(i).Info & (Info.Letters | Info.Upper)) == (Info.Letters | Info.Upper) || _document!.Tokens[i].Kind == TokenKind.Number;

    /// <summary>Name-list membership: for each token its own kinds as a single word (capitalised words only), and the
    /// kinds of the leftmost longest list entry covering it ("Bank of America", "Wagner Group"); entries begin and end
    /// at capitalised words and may hold short words between ("of", "&amp;", "de").</summary>
    private void MatchLists(int first, int end)
    {
        int coveredUntil = first;
        Span<int> phraseEnds = stackalloc int[NameLexicon.MaxTokens];
        Span<uint> phraseHashes = stackalloc uint[NameLexicon.MaxTokens];
        for (int i = first; i < end; i++)
        {
            if (!MayBoundList(i))
            {
                continue;
            }

            // The phrases from token i first (their hashes, their table slots asked for), then their look-ups: the
            // slots lie at random in the tables, and a capitalised run asks for up to six of them at each token.
            uint h = 0;
            int phrases = 0;
            for (int n = 0; n < NameLexicon.MaxTokens && i + n < end; n++)
            {
                int j = i + n;
                if (n > 0 && !MayBoundList(j) && _document!.Tokens[j].Length > 3)
                {
                    break;
                }

                h = NameLexicon.Extend(h, At(j).Lower);
                if (MayBoundList(j))
                {
                    phraseEnds[phrases] = j;
                    phraseHashes[phrases++] = h;
                    _tables.PrefetchPhrase(h);
                }
            }

            int best = -1;
            ushort bestKinds = 0;
            for (int p = 0; p < phrases; p++)
            {
                ushort kinds = _tables.Kinds(phraseHashes[p]);
                if (p == 0)
                {
                    At(i).WordKinds = kinds; // the first phrase is token i alone
                }

                if (kinds != 0)
                {
                    best = phraseEnds[p];
                    bestKinds = kinds;
                }
            }

            if (best < 0 || i < coveredUntil)
            {
                continue;
            }

            bool whole = At(i).RunStart == i && At(i).RunEnd == best + 1;
            for (int k = i; k <= best; k++)
            {
                ref TokenInfo u = ref At(k);
                u.ListKinds = bestKinds;
                u.ListPos = (byte)(best == i ? 4 : k == i ? 1 : k == best ? 3 : 2);
                u.ListWhole = (byte)(whole ? 1 : 0);
            }

            coveredUntil = best + 1;
        }
    }

    private static int LexiconFeatures(ushort classes, uint template, uint where, Span<uint> features, int n)
    {
        while (classes != 0)
        {
            int bit = System.Numerics.BitOperations.TrailingZeroCount(classes);
            classes &= (ushort)(classes - 1);
            features[n++] = FeatureHash.Combine(template, (uint)bit, where);
        }

        return n;
    }
}
