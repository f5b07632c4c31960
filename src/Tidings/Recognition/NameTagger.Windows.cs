namespace Tidings.Recognition;

// Long documents: tagged one window of sentences at a time, so the per-token state (facts, cached features, word
// rows, back-pointers) is bounded by the window, while the document-level evidence is kept per distinct word.
internal sealed partial class NameTagger
{
    /// <summary>Tags a document of several windows (<see cref="NameFeatures.WindowSize"/>): each stage runs over every
    /// window in turn; the votes of a stage's tags are counted over the whole document as its windows are decoded,
    /// and given to the next stage window by window. Every feature is the one the whole document at once gives.</summary>
    private void TagWindows(NameModel model, int stages, Span<byte> tags)
    {
        NameFeatures f = Features;
        StageVotes votes = _votes, next = _nextVotes;
        int index = 0;
        for (NameModel? stage = model; stage is not null; stage = stage.Next, index++)
        {
            next.Reset(f.Count);
            for (int w = 0; w < f.Windows; w++)
            {
                f.PrepareWindow(w);
                (int first, int end) = f.WindowRange(w);
                if (index > 0)
                {
                    // The window's tags are still the earlier stage's: this stage decodes them below.
                    votes.Apply(f, tags, first, end);
                }

                CacheFeatures(model, stages, w);
                Decode(stage, index, w, tags);
                if (stage.Next is not null)
                {
                    next.Count(f, tags, first, end);
                }
            }

            (votes, next) = (next, votes);
        }
    }

    /// <summary>How many tokens the tagger's per-token buffers hold at once: features cached, word indices, and the
    /// Viterbi back-pointers (in tokens).</summary>
    internal int TokenCapacity => Math.Max(_tokenWords.Length, _back.Length / Padded);

    /// <summary>How often a stage tagged each word (lower-cased, with letters) as each name type, over the document:
    /// the next stage's document-level evidence (the type most often given to the same word elsewhere).</summary>
    private sealed class StageVotes : IDisposable
    {
        private readonly WordSlots _words = new();
        private int[] _counts = [];

        /// <summary>Forgets the counts, sized for about <paramref name="tokens"/> words.</summary>
        public void Reset(int tokens) => _words.Reset(tokens);

        /// <summary>Counts the name tags of tokens <paramref name="first"/> to <paramref name="end"/> (prepared in
        /// <paramref name="f"/>).</summary>
        public void Count(NameFeatures f, ReadOnlySpan<byte> tags, int first, int end)
        {
            for (int i = first; i < end; i++)
            {
                int type = TypeOf(tags[i]);
                if (type >= 0 && f.HasLetters(i))
                {
                    int word = _words.Add(f.LowerHash(i), out bool added);
                    if (added)
                    {
                        WordSlots.Fit(ref _counts, word * 4 + 4);
                        _counts.AsSpan(word * 4, 4).Clear();
                    }

                    _counts[word * 4 + type]++;
                }
            }
        }

        /// <summary>Gives tokens <paramref name="first"/> to <paramref name="end"/> their own tag and the votes of the
        /// rest of the document (<see cref="NameFeatures.SetStageEvidence"/>).</summary>
        public void Apply(NameFeatures f, ReadOnlySpan<byte> tags, int first, int end)
        {
            for (int i = first; i < end; i++)
            {
                uint majority = 0;
                if (f.HasLetters(i))
                {
                    int word = _words.Find(f.LowerHash(i));
                    if (word >= 0)
                    {
                        int own = TypeOf(tags[i]);
                        int bestType = -1, bestCount = 0, total = 0;
                        for (int type = 0; type < 4; type++)
                        {
                            // Evidence from elsewhere: leave this token's own vote out.
                            int c = _counts[word * 4 + type] - (type == own ? 1 : 0);
                            total += c;
                            if (c > bestCount)
                            {
                                bestType = type;
                                bestCount = c;
                            }
                        }

                        if (bestType >= 0)
                        {
                            uint agreement = bestCount == total ? 1u : 0u;
                            majority = (uint)(1 + bestType) | (uint)Math.Min(bestCount, 3) << 4 | agreement << 8;
                        }
                    }
                }

                f.SetStageEvidence(i, (uint)tags[i] + 1, majority);
            }
        }

        /// <summary>Returns the rented arrays.</summary>
        public void Dispose() => _words.Dispose();
    }
}
