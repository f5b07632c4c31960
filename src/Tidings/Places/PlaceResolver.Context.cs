using System.Runtime.InteropServices;
using Tidings.Text;

namespace Tidings.Places;

public sealed partial class PlaceResolver
{
    /// <summary>
    /// The context of one document's names: the columns (the candidates of the first <see cref="MaxContextGroups"/>
    /// names that are not too unlikely from the start), indexed by country, and the cells tabulated against them.
    /// Reused from document to document (see <see cref="Workspace"/>): <see cref="Start"/> begins a document.
    /// </summary>
    private sealed class Context
    {
        /// <summary>How many cells the context keeps a buffer for between documents.</summary>
        private const int KeptCells = 1024;

        private readonly List<int> _columnGroups = [];
        private readonly List<int> _columnCandidates = [];
        private readonly List<int> _places = [];

        /// <summary>The columns of each country id (null for the countries without any).</summary>
        private List<int>?[] _byCountry = [];
        private readonly List<int> _countriesUsed = [];
        private readonly Dictionary<int, List<int>> _byPlace = [];

        /// <summary>Where the columns of each country id and its neighbours are in <see cref="_unionColumns"/>
        /// (a length below 0: not gathered yet for this document).</summary>
        private (int Start, int Length)[] _unions = [];
        private readonly List<int> _unionCountries = [];
        private readonly List<int> _unionColumns = [];
        private readonly List<int> _rowStarts = [];
        private double[] _weights = [];
        private int _contextCount;
        /// <summary>The buffer of cells kept between documents.</summary>
        private readonly Cell[] _keptCells = new Cell[KeptCells];

        /// <summary>The cells: <see cref="_keptCells"/>, or a buffer of the pool once they outgrow it.</summary>
        private Cell[] _cells;
        private int _cellCount;
        private PlaceResolver? _resolver;
        private List<Group> _groups = [];

        public Context() => _cells = _keptCells;

        /// <summary>The group of each column.</summary>
        public ReadOnlySpan<int> Groups => CollectionsMarshal.AsSpan(_columnGroups);

        /// <summary>The candidate of each column within its group.</summary>
        public ReadOnlySpan<int> Candidates => CollectionsMarshal.AsSpan(_columnCandidates);

        /// <summary>The cells of every table, row after row (complete once every table is made).</summary>
        public ReadOnlySpan<Cell> Cells => _cells.AsSpan(0, _cellCount);

        /// <summary>Where the cells of each row start in <see cref="Cells"/>, table after table (see <see cref="Tabulate"/>).</summary>
        public ReadOnlySpan<int> RowStarts => CollectionsMarshal.AsSpan(_rowStarts);

        /// <summary>Finds the columns of a document (after every group's first belief).</summary>
        public void Start(PlaceResolver resolver, List<Group> groups)
        {
            _resolver = resolver;
            _groups = groups;
            if (_byCountry.Length < resolver.Gazetteer.CountryIds)
            {
                _byCountry = new List<int>?[resolver.Gazetteer.CountryIds];
                _unions = new (int, int)[resolver.Gazetteer.CountryIds];
                _unions.AsSpan().Fill((0, -1));
            }

            _contextCount = Math.Min(groups.Count, MaxContextGroups);
            if (_weights.Length < _contextCount)
            {
                _weights = new double[MaxContextGroups];
            }

            for (int h = 0; h < _contextCount; h++)
            {
                ReadOnlySpan<double> belief = groups[h].Belief;
                for (int k = 0; k < belief.Length; k++)
                {
                    if (belief[k] >= MinColumnBelief)
                    {
                        int column = _columnGroups.Count;
                        int place = groups[h].Candidates[k];
                        _columnGroups.Add(h);
                        _columnCandidates.Add(k);
                        _places.Add(place);

                        // A place without a country has affinity with itself only.
                        int country = resolver.Gazetteer.Facts(place).Country;
                        List<int> columns = country >= 0
                            ? (_byCountry[country] ??= [])
                            : (CollectionsMarshal.GetValueRefOrAddDefault(_byPlace, place, out _) ??= []);
                        if (country >= 0 && columns.Count == 0)
                        {
                            _countriesUsed.Add(country);
                        }

                        columns.Add(column);
                    }
                }
            }
        }

        /// <summary>Forgets the document, keeping the buffers.</summary>
        public void Clear()
        {
            _columnGroups.Clear();
            _columnCandidates.Clear();
            _places.Clear();
            foreach (int country in _countriesUsed)
            {
                _byCountry[country]!.Clear();
            }

            _countriesUsed.Clear();
            foreach (int country in _unionCountries)
            {
                _unions[country] = (0, -1);
            }

            _unionCountries.Clear();
            _unionColumns.Clear();
            _byPlace.Clear();
            _rowStarts.Clear();
            _cellCount = 0;
            ReturnCells();
            _resolver = null;
            _groups = [];
        }

        /// <summary>Gives a buffer of the pool back, going back to <see cref="_keptCells"/>.</summary>
        private void ReturnCells()
        {
            if (_cells != _keptCells)
            {
                SpareArrays<Cell>.Return(_cells);
                _cells = _keptCells;
            }
        }

        /// <summary>
        /// The non-zero affinities of group <paramref name="gi"/>'s candidates with the columns of the other names, in
        /// column order: only the columns of the candidate's country and its neighbours can have any.
        /// </summary>
        /// <returns>Where its rows start in <see cref="RowStarts"/> (one entry per candidate, and one that ends the last row).</returns>
        public int Tabulate(int gi)
        {
            Gazetteer gazetteer = _resolver!.Gazetteer;
            _weights.AsSpan(0, _contextCount).Fill(double.NaN);
            ReadOnlySpan<int> candidates = _groups[gi].Candidates;
            ReadOnlySpan<int> columnGroups = Groups;
            ReadOnlySpan<int> places = CollectionsMarshal.AsSpan(_places);
            int table = _rowStarts.Count;
            _rowStarts.Add(_cellCount);
            foreach (int index in candidates)
            {
                ref readonly PlaceFacts candidate = ref gazetteer.Facts(index);
                ReadOnlySpan<int> neighbours = gazetteer.Neighbours(candidate.Country);
                foreach (int column in Gather(candidate.Country, index, neighbours))
                {
                    int h = columnGroups[column];
                    if (h == gi)
                    {
                        continue;
                    }

                    (double broad, double specific) = _resolver.Affinity(candidate, index, places[column]);
                    double weight = broad == 0 && specific == 0 ? 0 : Weight(gi, h);
                    if (weight > 0)
                    {
                        Add(new Cell(column, weight, broad, specific));
                    }
                }

                _rowStarts.Add(_cellCount);
            }

            return table;
        }

        private void Add(Cell cell)
        {
            if (_cellCount == _cells.Length)
            {
                Cell[] larger = SpareArrays<Cell>.Rent(_cells.Length * 2);
                Cells.CopyTo(larger);
                ReturnCells();
                _cells = larger;
            }

            _cells[_cellCount++] = cell;
        }

        /// <summary>The columns that may have an affinity with a candidate of <paramref name="country"/> (-1: none) and
        /// gazetteer <paramref name="index"/>, in ascending order.</summary>
        private ReadOnlySpan<int> Gather(int country, int index, ReadOnlySpan<int> neighbours)
        {
            if (country < 0)
            {
                return _byPlace.TryGetValue(index, out List<int>? same) ? CollectionsMarshal.AsSpan(same) : [];
            }

            // The same for every candidate of the country: gathered once per document.
            ref (int Start, int Length) union = ref _unions[country];
            if (union.Length < 0)
            {
                union = Union(country, neighbours);
                _unionCountries.Add(country);
            }

            return CollectionsMarshal.AsSpan(_unionColumns).Slice(union.Start, union.Length);
        }

        /// <summary>Appends the columns of <paramref name="country"/> and its <paramref name="neighbours"/>, ascending and distinct, to <see cref="_unionColumns"/>.</summary>
        private (int Start, int Length) Union(int country, ReadOnlySpan<int> neighbours)
        {
            int start = _unionColumns.Count;
            int lists = 0;
            if (_byCountry[country] is { Count: > 0 } columns)
            {
                _unionColumns.AddRange(columns);
                lists++;
            }

            foreach (int neighbour in neighbours)
            {
                if (_byCountry[neighbour] is { Count: > 0 } more)
                {
                    _unionColumns.AddRange(more);
                    lists++;
                }
            }

            Span<int> gathered = CollectionsMarshal.AsSpan(_unionColumns)[start..];
            if (lists < 2)
            {
                return (start, gathered.Length);
            }

            gathered.Sort();
            int distinct = 0;
            for (int i = 0; i < gathered.Length; i++)
            {
                if (i == 0 || gathered[i] != gathered[i - 1])
                {
                    gathered[distinct++] = gathered[i];
                }
            }

            CollectionsMarshal.SetCount(_unionColumns, start + distinct);
            return (start, distinct);
        }

        /// <summary>How much context group <paramref name="h"/> weighs on group <paramref name="gi"/> (computed once per table).</summary>
        private double Weight(int gi, int h)
        {
            if (double.IsNaN(_weights[h]))
            {
                _weights[h] = Nearness(_groups[gi].Positions, _groups[h].Positions) * _groups[h].Weight;
            }

            return _weights[h];
        }
    }
}
