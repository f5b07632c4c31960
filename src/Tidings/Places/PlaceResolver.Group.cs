namespace Tidings.Places;

public sealed partial class PlaceResolver
{
    /// <summary>
    /// The mentions of one name, with the belief over its candidates. Reused from document to document (see
    /// <see cref="Workspace"/>), whose arrays hold its scores, beliefs and positions next to those of the other names.
    /// </summary>
    private sealed class Group(Workspace work)
    {
        private string? _text;
        private int[] _candidates = [];
        private int _count;
        private int _slot;

        /// <summary>Its candidates, most likely first.</summary>
        public ReadOnlySpan<int> Candidates => _candidates.AsSpan(0, _count);

        /// <summary>Its place in <see cref="Workspace.Groups"/>.</summary>
        public int Index { get; private set; }

        public PlaceKind? Hint { get; private set; }

        /// <summary>How many mentions it has (counted before <see cref="Workspace.GatherPositions"/>).</summary>
        public int PositionCount { get; set; }

        /// <summary>Where its mentions' positions start in the workspace's (set by <see cref="Workspace.GatherPositions"/>).</summary>
        public int PositionStart { get; set; }

        /// <summary>Where its mentions start in the text, in ascending order.</summary>
        public ReadOnlySpan<int> Positions => work.Positions.Slice(PositionStart, PositionCount);

        public double Weight { get; set; }

        /// <summary>The score of each candidate without context: prior, namesake and designator (written before <see cref="Start"/>).</summary>
        public Span<double> PriorScores => work.PriorScores.Slice(_slot, _count);

        /// <summary>The scores of the round under way, adopted by <see cref="BelieveNext"/>.</summary>
        public Span<double> NextScores => work.NextScores.Slice(_slot, _count);

        /// <summary>How likely each candidate is, from the latest scores.</summary>
        public ReadOnlySpan<double> Belief => work.CandidateBeliefs.Slice(_slot, _count);

        public int Choice { get; private set; }

        /// <summary>The belief in the choice, to three decimals (read only for results that report it).</summary>
        public double Confidence => Math.Round(Belief[Choice], 3);

        /// <summary>Makes this the group of a new name: the first <paramref name="count"/> of <paramref name="candidates"/>, scored in the workspace from <paramref name="slot"/> on.</summary>
        public void Reset(int index, int[] candidates, int count, PlaceKind? hint, int slot)
        {
            Index = index;
            _candidates = candidates;
            _count = count;
            _slot = slot;
            Hint = hint;
            PositionCount = 0;
            PositionStart = 0;
            Weight = 0;
            Choice = 0;
            _text = null;
        }

        /// <summary>Lets go of the document's text.</summary>
        public void Clear()
        {
            _text = null;
            _candidates = [];
            _count = 0;
        }

        /// <summary>The text of a mention of this name: the same string for every mention spelled the same way as the one before.</summary>
        public string Text(string text, int start, int end)
        {
            ReadOnlySpan<char> span = text.AsSpan(start, end - start);
            if (_text is null || !span.SequenceEqual(_text))
            {
                _text = span.ToString();
            }

            return _text;
        }

        /// <summary>Adopts <see cref="PriorScores"/> as the first belief.</summary>
        public void Start() => Believe(PriorScores);

        /// <summary>Adopts <see cref="NextScores"/>.</summary>
        public void BelieveNext() => Believe(NextScores);

        /// <summary>Adopts <paramref name="scores"/>: the belief is their softmax, the choice the best (the first on a tie).</summary>
        private void Believe(ReadOnlySpan<double> scores)
        {
            Span<double> belief = work.CandidateBeliefs.Slice(_slot, _count);
            if (scores.Length == 1 && double.IsFinite(scores[0]))
            {
                // What the softmax below gives for one candidate: e^0 / e^0.
                belief[0] = 1;
                Choice = 0;
                return;
            }

            int best = 0;
            for (int c = 1; c < scores.Length; c++)
            {
                if (scores[c] > scores[best])
                {
                    best = c;
                }
            }

            double sum = 0;
            for (int c = 0; c < scores.Length; c++)
            {
                belief[c] = Math.Exp(Sharpness * (scores[c] - scores[best]));
                sum += belief[c];
            }

            for (int c = 0; c < belief.Length; c++)
            {
                belief[c] /= sum;
            }

            Choice = best;
        }
    }
}
