namespace Tidings.Places;

public sealed partial class PlaceResolver
{
    /// <summary>
    /// What one resolution works in: its lists, groups and context, kept per thread from document to document so
    /// that resolving allocates little more than its results. <see cref="Rent"/> takes the thread's (or a new one),
    /// <see cref="Return"/> clears it and gives it back unless a large document made it large.
    /// </summary>
    private sealed class Workspace
    {
        /// <summary>Mentions beyond which a workspace is dropped after use rather than kept (about 1 MB of lists at
        /// most; 4,096 made a 2 MB document of 6,600 places build a new workspace, and its groups, every time).</summary>
        private const int MaxKeptMentions = 16_384;

        [ThreadStatic]
        private static Workspace? t_cached;

        private readonly List<Group> _pool = [];
        private int[] _ints = [];
        private int[] _tables = [];
        private double[] _beliefs = [];
        private double[] _priorScores = new double[64];
        private double[] _nextScores = new double[64];
        private double[] _candidateBeliefs = new double[64];
        private int _slots;
        private int[] _positions = new int[64];
        private int[] _filled = [];

        public List<DemonymScanner.Found> Found { get; } = [];

        public List<Mention> Mentions { get; } = [];

        public List<(int Start, int End, int Index)> Covered { get; } = [];

        public List<Group> Groups { get; } = [];

        public Dictionary<int[], Group> ByName { get; } = new(ReferenceEqualityComparer.Instance);

        /// <summary>What each distinct span text of the document looked up.</summary>
        public SpanMemo<Mention> NameMemo { get; } = new();

        /// <summary>What each distinct text the demonym scan tried looked up.</summary>
        public SpanMemo<(int[] Places, bool IsPlural)> DemonymMemo { get; } = new();

        public Context Context { get; } = new();

        public static Workspace Rent()
        {
            Workspace? work = t_cached;
            t_cached = null;
            return work ?? new Workspace();
        }

        /// <summary>The prior scores of every group's candidates, group after group (see <see cref="Group.PriorScores"/>).</summary>
        public Span<double> PriorScores => _priorScores;

        /// <summary>The scores of the round under way, laid out as <see cref="PriorScores"/>.</summary>
        public Span<double> NextScores => _nextScores;

        /// <summary>The beliefs in every group's candidates, laid out as <see cref="PriorScores"/>.</summary>
        public Span<double> CandidateBeliefs => _candidateBeliefs;

        /// <summary>Every group's mention positions, group after group (see <see cref="GatherPositions"/>).</summary>
        public Span<int> Positions => _positions;

        /// <summary>A group for a new name, added to <see cref="Groups"/>.</summary>
        public Group NewGroup(int[] candidates, int count, PlaceKind? hint)
        {
            if (_pool.Count == Groups.Count)
            {
                _pool.Add(new Group(this));
            }

            if (_slots + count > _priorScores.Length)
            {
                // Before any score is written (groups are all made first): nothing to copy.
                int size = Math.Max(_slots + count, _priorScores.Length * 2);
                _priorScores = new double[size];
                _nextScores = new double[size];
                _candidateBeliefs = new double[size];
            }

            Group g = _pool[Groups.Count];
            g.Reset(Groups.Count, candidates, count, hint, _slots);
            _slots += count;
            Groups.Add(g);
            return g;
        }

        /// <summary>Lays out each group's mention positions (<see cref="Group.Positions"/>), sorted, once every mention has its group.</summary>
        public void GatherPositions(List<Mention> mentions)
        {
            int total = 0;
            foreach (Group g in Groups)
            {
                g.PositionStart = total;
                total += g.PositionCount;
            }

            Span<int> positions = Room(ref _positions, total);
            Span<int> filled = Room(ref _filled, Groups.Count);
            filled.Clear();
            foreach (Mention m in mentions)
            {
                if (m.Group is Group g)
                {
                    positions[g.PositionStart + filled[g.Index]++] = m.Start;
                }
            }

            foreach (Group g in Groups)
            {
                Span<int> own = positions.Slice(g.PositionStart, g.PositionCount);
                for (int k = 1; k < own.Length; k++)
                {
                    if (own[k] < own[k - 1])
                    {
                        own.Sort();
                        break;
                    }
                }
            }
        }

        /// <summary>Room for the running maximum of the spans' ends.</summary>
        public Span<int> MaxEnds(int count) => Room(ref _ints, count);

        /// <summary>Room for where each group's table starts.</summary>
        public Span<int> Tables(int count) => Room(ref _tables, count);

        /// <summary>Room for the belief in each column.</summary>
        public Span<double> Beliefs(int count) => Room(ref _beliefs, count);

        public void Return()
        {
            Context.Clear();
            NameMemo.Clear();
            DemonymMemo.Clear();
            if (Mentions.Count > MaxKeptMentions || Found.Count > MaxKeptMentions)
            {
                return;
            }

            foreach (Group g in Groups)
            {
                g.Clear();
            }

            _slots = 0;
            Found.Clear();
            Mentions.Clear();
            Covered.Clear();
            Groups.Clear();
            ByName.Clear();
            t_cached = this;
        }

        private static Span<T> Room<T>(ref T[] array, int count)
        {
            if (array.Length < count)
            {
                array = new T[Math.Max(count, array.Length * 2)];
            }

            return array.AsSpan(0, count);
        }
    }
}
