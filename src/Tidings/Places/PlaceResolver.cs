using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Tidings.Text;

namespace Tidings.Places;

/// <summary>
/// Says which place each place name of a document names, using the rest of the document: "Georgia" beside
/// "Florida" is the US state and beside "Tbilisi" the country; "Brentwood" in an article about Los Angeles is the
/// Los Angeles district; "Washington" is the US capital; without context, the larger place wins.
/// </summary>
/// <remarks>
/// <para>Each distinct name (after folding: "US" and "U.S." differ from "United States", but "Chisinau" and
/// "Chișinău" do not) gets one place per document. Its candidates are scored by a prior (population, kind,
/// capital) plus their affinity with the places the other names of the document currently resolve to: the same
/// country, a region holding a city or a city in a region, neighbouring countries, nearness (within 100 km), each
/// weighted by how close the two mentions stand in the text. Three rounds let the choices settle. Demonyms of the
/// document ("Armenian", "Californian") count as context too.</para>
/// <para>Never throws on odd input: spans outside the text are clamped into it.</para>
/// <threadsafety>Immutable; one instance may serve many threads at once.</threadsafety>
/// </remarks>
public sealed partial class PlaceResolver
{
    private const int MaxCandidates = 16;
    private const double MaxPriorGap = 4.0;
    private const int MaxContextGroups = 256;
    private const int Rounds = 4;
    private const double DemonymWeight = 0.6;
    private const double BroadCap = 1.5;
    private const double SpecificCap = 6.0;
    private const double NearKm = 150;
    private const double MinBelief = 0.02;
    private const double MinColumnBelief = 0.001;
    private const double Sharpness = 2.0;
    private const double DesignatorBonus = 1.5;

    private readonly DemonymScanner _demonyms;

    /// <summary>Creates a resolver over <paramref name="gazetteer"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="gazetteer"/> is null.</exception>
    public PlaceResolver(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        Gazetteer = gazetteer;
        _demonyms = new DemonymScanner(gazetteer);
    }

    /// <summary>A resolver over <see cref="Gazetteer.Default"/> (loaded on first use).</summary>
    public static PlaceResolver Default => DefaultHolder.Instance;

    /// <summary>The gazetteer it resolves against.</summary>
    public Gazetteer Gazetteer { get; }

    /// <summary>Resolves each span of <paramref name="text"/>; one result per span, in the order given.</summary>
    /// <param name="text">The whole document.</param>
    /// <param name="spans">The place names a recognizer found (any order; spans outside the text are clamped into it).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ImmutableArray<PlaceResolution> Resolve(string text, IReadOnlyList<PlaceCandidate> spans)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spans);
        using Document document = Document.Rent(text, referenceDate: null);
        return Run(document, spans, includeDemonyms: false);
    }

    /// <summary>Resolves each span of a tokenized document; one result per span, in the order given.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ImmutableArray<PlaceResolution> Resolve(Document document, IReadOnlyList<PlaceCandidate> spans)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(spans);
        return Run(document, spans, includeDemonyms: false);
    }

    /// <summary>
    /// Resolves each span and also every demonym of the document that no span overlaps ("Armenian" →
    /// Armenia, flagged <see cref="PlaceResolution.IsDemonym"/>); the results are sorted by start, then end descending.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ImmutableArray<PlaceResolution> ResolveWithDemonyms(Document document, IReadOnlyList<PlaceCandidate> spans)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(spans);
        return Run(document, spans, includeDemonyms: true);
    }

    /// <summary>
    /// What <see cref="Resolve(Document, IReadOnlyList{PlaceCandidate})"/> (or, with <paramref name="includeDemonyms"/>,
    /// <see cref="ResolveWithDemonyms"/>) finds, in the same order, without the texts and confidences: for a caller
    /// that has the texts already (the pipeline).
    /// </summary>
    internal ResolvedPlace[] ResolvePlaces(Document document, IReadOnlyList<PlaceCandidate> spans, bool includeDemonyms)
    {
        Workspace work = Workspace.Rent();
        try
        {
            int outputs = Decide(document, spans, includeDemonyms, work);
            var resolved = new ResolvedPlace[outputs];
            for (int i = 0; i < outputs; i++)
            {
                Mention m = work.Mentions[i];
                resolved[i] = new ResolvedPlace(m.Start, m.End, PlaceOf(m), m.IsDemonym);
            }

            if (includeDemonyms)
            {
                SortByPosition(resolved, static r => (r.Start, r.End));
            }

            return resolved;
        }
        finally
        {
            work.Return();
        }
    }

    /// <summary>The place a lone name most likely names, without context ("Washington" → Washington, D.C.).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public PlaceResolution ResolveName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Resolve(name, [new PlaceCandidate(0, name.Length)])[0];
    }

    /// <summary>The resolutions of the spans (and the demonyms no span overlaps, sorted with them by position).</summary>
    private ImmutableArray<PlaceResolution> Run(Document document, IReadOnlyList<PlaceCandidate> spans, bool includeDemonyms)
    {
        Workspace work = Workspace.Rent();
        try
        {
            string text = document.Text;
            int outputs = Decide(document, spans, includeDemonyms, work);
            var results = new PlaceResolution[outputs];
            for (int i = 0; i < outputs; i++)
            {
                Mention m = work.Mentions[i];
                Group? g = m.Group;
                results[i] = new PlaceResolution(m.Start, m.End, g is null ? text[m.Start..m.End] : g.Text(text, m.Start, m.End), PlaceOf(m), m.IsDemonym, g?.Confidence ?? 0);
            }

            if (includeDemonyms)
            {
                SortByPosition(results, static r => (r.Start, r.End));
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(results);
        }
        finally
        {
            work.Return();
        }
    }

    /// <summary>The place chosen for a mention; null when it has no candidates.</summary>
    private GazetteerEntry? PlaceOf(Mention m) => m.Group is Group g ? Gazetteer[g.Candidates[g.Choice]] : null;

    /// <summary>Sorts <paramref name="items"/> by start, then end descending; equal spans stay in the order given.</summary>
    private static void SortByPosition<T>(T[] items, Func<T, (int Start, int End)> span)
    {
        var keys = new (int Start, int NegatedEnd, int Index)[items.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            (int start, int end) = span(items[i]);
            keys[i] = (start, -end, i);
        }

        // The index last keeps equal spans in the order given (as a stable sort would).
        Array.Sort(keys, items);
    }

    /// <summary>
    /// Looks up the spans and the demonyms of the document, groups them by name and chooses a place for each group,
    /// leaving the mentions in <see cref="Workspace.Mentions"/>: the spans in the order given, then the demonyms no
    /// span overlaps.
    /// </summary>
    /// <returns>How many of the mentions to report: the spans, or with <paramref name="includeDemonyms"/> all.</returns>
    private int Decide(Document document, IReadOnlyList<PlaceCandidate> spans, bool includeDemonyms, Workspace work)
    {
        string text = document.Text;
        List<Mention> mentions = work.Mentions;
        mentions.EnsureCapacity(spans.Count);
        List<(int Start, int End, int Index)> covered = work.Covered;
        covered.EnsureCapacity(spans.Count);
        bool sorted = true;
        foreach (PlaceCandidate span in AsSpan(spans))
        {
            int start = Math.Clamp(span.Start, 0, text.Length);
            int end = Math.Clamp(span.End, start, text.Length);
            sorted &= covered.Count == 0 || covered[^1].CompareTo((start, end, mentions.Count)) < 0;
            covered.Add((start, end, mentions.Count));
            mentions.Add(Look(text, start, end, work.NameMemo));
        }

        if (!sorted)
        {
            covered.Sort();
        }

        AddAdjacentQualifiers(text, covered, mentions);

        // Demonyms are context for the names that have a choice to make; without one (and unless they are wanted
        // as mentions) they would change nothing.
        List<DemonymScanner.Found> found = work.Found;
        if (includeDemonyms || AnyChoice(mentions))
        {
            _demonyms.Scan(document, found, work.DemonymMemo);
        }

        Span<int> maxEnds = work.MaxEnds(covered.Count);
        for (int k = 0; k < covered.Count; k++)
        {
            maxEnds[k] = Math.Max(covered[k].End, k > 0 ? maxEnds[k - 1] : 0);
        }

        int spanCount = mentions.Count;
        foreach (DemonymScanner.Found f in found)
        {
            if (!Overlaps(covered, maxEnds, f.Start, f.End))
            {
                mentions.Add(new Mention(f.Start, f.End, f.Places, IsDemonym: true, Hint: null, Qualifier: null));
            }
        }

        List<Group> groups = GroupByName(mentions, work);
        Settle(groups, work);
        return includeDemonyms ? mentions.Count : spanCount;
    }

    /// <summary>The spans as a span: an array's or a list's own items, anything else copied.</summary>
    private static ReadOnlySpan<PlaceCandidate> AsSpan(IReadOnlyList<PlaceCandidate> spans) => spans switch
    {
        PlaceCandidate[] array => array,
        List<PlaceCandidate> list => CollectionsMarshal.AsSpan(list),
        _ => spans.ToArray(),
    };

    /// <summary>Whether any of <paramref name="mentions"/> may end up with more than one candidate to choose from (see <see cref="Qualify"/>).</summary>
    private bool AnyChoice(List<Mention> mentions)
    {
        foreach (Mention m in mentions)
        {
            // A qualifier may keep more than one candidate (see Qualify).
            if (m.Candidates.Length > 1 && (m.Qualifier is not null || Kept(m.Candidates) > 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The candidates of one span: the name itself, then without a possessive, a designator ("Tovuz region"),
    /// a qualifier ("Portland, Oregon"), and last as a demonym.</summary>
    private Mention Look(string text, int start, int end, SpanMemo<Mention> memo)
    {
        // The same text has the same candidates: a name repeated in the document is looked up once.
        if (memo.TryGet(text, start, end - start, out Mention seen, out int hash))
        {
            return seen with { Start = start, End = end };
        }

        Mention m = Look(text, start, end);
        memo.Add(start, end - start, hash, m);
        return m;
    }

    private Mention Look(string text, int start, int end)
    {
        ReadOnlySpan<char> name = text.AsSpan(start, end - start);
        int[] found = Gazetteer.Lookup(name);
        if (found.Length > 0)
        {
            return new Mention(start, end, found, IsDemonym: false, Hint: null, Qualifier: null);
        }

        ReadOnlySpan<char> bare = WithoutPossessive(name);
        if (bare.Length < name.Length && (found = Gazetteer.Lookup(bare)).Length > 0)
        {
            return new Mention(start, end, found, IsDemonym: false, Hint: null, Qualifier: null);
        }

        int lastSpace = bare.TrimEnd().LastIndexOf(' ');
        if (lastSpace > 0 && Designator(bare[(lastSpace + 1)..]) is PlaceKind hint
            && (found = Gazetteer.Lookup(bare[..lastSpace])).Length > 0)
        {
            return new Mention(start, end, found, IsDemonym: false, hint, Qualifier: null);
        }

        int comma = bare.IndexOf(',');
        if (comma > 0 && (found = Gazetteer.Lookup(bare[..comma])).Length > 0)
        {
            int[] qualifier = Gazetteer.Lookup(bare[(comma + 1)..]);
            return new Mention(start, end, found, IsDemonym: false, Hint: null, qualifier.Length > 0 ? qualifier : null);
        }

        found = Gazetteer.Demonyms.Lookup(bare, out _);
        return new Mention(start, end, found, IsDemonym: found.Length > 0, Hint: null, Qualifier: null);
    }

    /// <summary>"Paris, Texas", "Tripoli, Lebanon's": a name followed by a comma and another name is qualified by it.</summary>
    private static void AddAdjacentQualifiers(string text, List<(int Start, int End, int Index)> sorted, List<Mention> mentions)
    {
        for (int k = 0; k + 1 < sorted.Count; k++)
        {
            (int _, int end, int index) = sorted[k];
            (int nextStart, int _, int nextIndex) = sorted[k + 1];
            Mention m = mentions[index];
            if (m.Qualifier is not null || m.IsDemonym || m.Candidates.Length < 2 || mentions[nextIndex].Candidates.Length == 0
                || nextStart - end is < 2 or > 3 || text[end] != ',' || !text.AsSpan(end + 1, nextStart - end - 1).IsWhiteSpace())
            {
                continue;
            }

            mentions[index] = m with { Qualifier = mentions[nextIndex].Candidates };
        }
    }

    /// <summary>One group per distinct name (the same candidate list), so that a name keeps one sense in a document.</summary>
    private List<Group> GroupByName(List<Mention> mentions, Workspace work)
    {
        List<Group> groups = work.Groups;
        Dictionary<int[], Group> byName = work.ByName;
        for (int i = 0; i < mentions.Count; i++)
        {
            Mention m = mentions[i];
            if (m.Candidates.Length == 0)
            {
                continue;
            }

            bool alone = m.Hint is not null || m.Qualifier is not null;
            if (alone || !byName.TryGetValue(m.Candidates, out Group? g))
            {
                (int[] candidates, int count) = Qualify(m.Candidates, m.Qualifier);
                g = work.NewGroup(candidates, count, m.Hint);
                if (!alone)
                {
                    byName[m.Candidates] = g;
                }
            }

            g.PositionCount++;
            g.Weight = Math.Max(g.Weight, m.IsDemonym ? DemonymWeight : 1.0);
            mentions[i] = m with { Group = g };
        }

        work.GatherPositions(mentions);
        return groups;
    }

    /// <summary>The candidates (at most <see cref="MaxCandidates"/>, most likely first) that lie in the qualifying place, if any do.</summary>
    /// <returns>The array that holds them, and how many of its first ones they are.</returns>
    private (int[] Array, int Count) Qualify(int[] candidates, int[]? qualifier)
    {
        if (qualifier is null)
        {
            return (candidates, Kept(candidates));
        }

        int count = Math.Min(candidates.Length, MaxCandidates);

        var inside = new List<int>(count);
        for (int c = 0; c < count; c++)
        {
            for (int q = 0; q < Math.Min(qualifier.Length, MaxCandidates); q++)
            {
                if (LiesIn(Gazetteer[candidates[c]], Gazetteer[qualifier[q]]))
                {
                    inside.Add(candidates[c]);
                    break;
                }
            }
        }

        return inside.Count > 0 ? ([.. inside], inside.Count) : (candidates, count);
    }

    /// <summary>How many of the first <see cref="MaxCandidates"/> candidates can win on context: candidates are sorted
    /// by prior, and those hopelessly below the first cannot.</summary>
    private int Kept(int[] candidates)
    {
        int count = Math.Min(candidates.Length, MaxCandidates);
        double floor = Gazetteer.Prior(candidates[0]) - MaxPriorGap;
        while (count > 1 && Gazetteer.Prior(candidates[count - 1]) < floor)
        {
            count--;
        }

        return count;
    }

    /// <summary>Whether <paramref name="place"/> lies in <paramref name="container"/> (a country, a region, or a city for its districts).</summary>
    private static bool LiesIn(GazetteerEntry place, GazetteerEntry container) => container.Kind switch
    {
        _ when place == container || place.CountryCode is null => false,
        PlaceKind.Country => place.CountryCode == container.CountryCode,
        PlaceKind.Region => place.Kind is not PlaceKind.Country && place.CountryCode == container.CountryCode
            && container.AdminCode is not null && place.AdminCode == container.AdminCode,
        PlaceKind.City => place.Kind == PlaceKind.District && place.CountryCode == container.CountryCode && place.DistanceKm(container) < 40,
        _ => false,
    };

    /// <summary>
    /// Chooses a place for every group: a first guess by prior, then rounds in which each group's candidates are
    /// re-scored against the others' current beliefs (a distribution over their candidates, so that two ambiguous
    /// names such as "Boston" and "Cambridge" pull each other the same way instead of swapping).
    /// </summary>
    private void Settle(List<Group> groups, Workspace work)
    {
        bool ambiguous = false;
        foreach (Group g in groups)
        {
            ReadOnlySpan<int> candidates = g.Candidates;
            bool regions = false;
            foreach (int candidate in candidates)
            {
                regions |= Gazetteer.Facts(candidate).Kind == PlaceKind.Region;
            }

            Span<double> priors = g.PriorScores;
            for (int c = 0; c < priors.Length; c++)
            {
                ref readonly PlaceFacts place = ref Gazetteer.Facts(candidates[c]);
                priors[c] = place.Prior + Namesake(candidates, c, regions) + (g.Hint == place.Kind ? DesignatorBonus : 0);
            }

            g.Start();
            ambiguous |= priors.Length > 1;
        }

        if (!ambiguous)
        {
            return;
        }

        // The affinity of every candidate of every ambiguous name with every candidate of every other name does
        // not change from round to round; only the beliefs do. Compute it once, keeping only the pairs that can
        // weigh (the same or a neighbouring country, or the same place).
        Context context = work.Context;
        context.Start(this, groups);
        Span<int> tables = work.Tables(groups.Count);
        for (int gi = 0; gi < groups.Count; gi++)
        {
            tables[gi] = groups[gi].Candidates.Length > 1 ? context.Tabulate(gi) : -1;
        }

        ReadOnlySpan<Cell> cells = context.Cells;
        ReadOnlySpan<int> rowStarts = context.RowStarts;
        ReadOnlySpan<int> columnGroups = context.Groups;
        ReadOnlySpan<int> columnCandidates = context.Candidates;
        Span<double> beliefs = work.Beliefs(columnGroups.Length);
        for (int round = 0; round < Rounds; round++)
        {
            // Names without a table keep their scores, hence their belief: only the others are re-scored, all
            // against the beliefs of the round before (those of the columns, read once), then adopted together.
            for (int column = 0; column < beliefs.Length; column++)
            {
                beliefs[column] = groups[columnGroups[column]].Belief[columnCandidates[column]];
            }

            for (int gi = 0; gi < groups.Count; gi++)
            {
                if (tables[gi] >= 0)
                {
                    Group g = groups[gi];
                    Score(beliefs, cells, g, rowStarts.Slice(tables[gi], g.Candidates.Length + 1));
                }
            }

            bool changed = false;
            for (int gi = 0; gi < groups.Count; gi++)
            {
                if (tables[gi] >= 0)
                {
                    int before = groups[gi].Choice;
                    groups[gi].BelieveNext();
                    changed |= before != groups[gi].Choice;
                }
            }

            if (!changed && round > 0)
            {
                break;
            }
        }
    }

    /// <summary>Writes the scores of <paramref name="g"/>'s candidates given the current belief in each column into its next scores.</summary>
    /// <param name="beliefs">The belief in each column.</param>
    /// <param name="cells">The cells of every table.</param>
    /// <param name="g">The group.</param>
    /// <param name="rowStarts">Where the cells of each of its candidates start in <paramref name="cells"/>; the last entry ends the last row.</param>
    private static void Score(ReadOnlySpan<double> beliefs, ReadOnlySpan<Cell> cells, Group g, ReadOnlySpan<int> rowStarts)
    {
        Span<double> scores = g.NextScores;
        ReadOnlySpan<double> priors = g.PriorScores;
        double lastBroad = 0;
        double broadBonus = 0;
        for (int c = 0; c < scores.Length; c++)
        {
            double broad = 0;
            double specific = 0;
            foreach (Cell cell in cells[rowStarts[c]..rowStarts[c + 1]])
            {
                // Cells hold only non-zero affinities and skip columns of no weight: the terms left out add exactly 0.
                double p = beliefs[cell.Column];
                if (p >= MinBelief)
                {
                    double weighted = p * cell.Weight;
                    broad += weighted * cell.Broad;
                    specific += weighted * cell.Specific;
                }
            }

            // A sum of 0 adds exactly 0 (1 - e^0): most candidates have no specific support. Candidates of one
            // country often share their broad sum: the same sum gives the same bonus, computed once.
            if (broad != lastBroad)
            {
                lastBroad = broad;
                broadBonus = broad == 0 ? 0 : BroadCap * (1 - Math.Exp(-broad / BroadCap));
            }

            scores[c] = priors[c] + broadBonus + (specific == 0 ? 0 : SpecificCap * (1 - Math.Exp(-specific / SpecificCap)));
        }
    }

    /// <summary>
    /// How much a mention of place <paramref name="anchor"/> supports reading a name as <paramref name="candidate"/>:
    /// broadly (the same country, a neighbour) and specifically (a region holding it, a sibling region, a city
    /// nearby or in the same region, a place inside the candidate country).
    /// </summary>
    /// <param name="candidate">The facts of the candidate.</param>
    /// <param name="candidateIndex">Its index in the gazetteer.</param>
    /// <param name="anchor">The index of the place of the other name: the candidate itself, or a place of the
    /// candidate's country or of a country bordering it (the only columns <see cref="Context"/> pairs it with).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private (double Broad, double Specific) Affinity(in PlaceFacts candidate, int candidateIndex, int anchor)
    {
        if (candidateIndex == anchor)
        {
            return (1.0, 0);
        }

        ref readonly PlaceFacts a = ref Gazetteer.Facts(anchor);
        if (candidate.Country < 0 || a.Country < 0)
        {
            return (0, 0);
        }

        if (candidate.Country != a.Country)
        {
            return (0.4, 0);
        }

        // The whole country only says that the document concerns it.
        double broad = a.Kind == PlaceKind.Country ? 0.6 : 1.0;
        bool sameAdmin = candidate.Admin >= 0 && candidate.Admin == a.Admin;
        double specific = candidate.Kind switch
        {
            PlaceKind.Country => 0.5,
            PlaceKind.Region when a.Kind is PlaceKind.Region => candidate.Admin >= 0 && a.Admin >= 0 && !sameAdmin ? 0.7 : 0,
            PlaceKind.Region when a.Kind is PlaceKind.City or PlaceKind.District => sameAdmin ? 1.0 : 0,
            PlaceKind.City or PlaceKind.District when a.Kind is PlaceKind.Region => sameAdmin ? 1.0 : 0,
            PlaceKind.City or PlaceKind.District when a.Kind is PlaceKind.City or PlaceKind.District => Near(candidate, a, sameAdmin),
            _ => 0,
        };
        return (broad, specific);
    }

    private static double Near(in PlaceFacts candidate, in PlaceFacts anchor, bool sameAdmin)
    {
        // A degree of latitude is 111 km: most pairs are too far apart to need the great-circle distance.
        if (Math.Abs(candidate.Latitude - anchor.Latitude) * 111 >= NearKm || !candidate.HasCoordinates || !anchor.HasCoordinates)
        {
            return sameAdmin ? 0.8 : 0;
        }

        double km = GazetteerEntry.DistanceKm(candidate.Latitude, candidate.Longitude, candidate.CosLatitude, anchor.Latitude, anchor.Longitude, anchor.CosLatitude);
        return (sameAdmin ? 0.8 : 0) + (km < NearKm ? 2.5 * (1 - (km / NearKm)) : 0);
    }

    /// <summary>A city named as its own region ("New York", "Tovuz") is more often meant than the region.</summary>
    /// <param name="candidates">The candidates of a name.</param>
    /// <param name="c">The candidate to score.</param>
    /// <param name="regions">Whether any of <paramref name="candidates"/> is a region (if none is, no city is a namesake).</param>
    private double Namesake(ReadOnlySpan<int> candidates, int c, bool regions)
    {
        if (!regions)
        {
            return 0;
        }

        ref readonly PlaceFacts city = ref Gazetteer.Facts(candidates[c]);
        if (city.Kind != PlaceKind.City || city.Admin < 0)
        {
            return 0;
        }

        foreach (int r in candidates)
        {
            ref readonly PlaceFacts region = ref Gazetteer.Facts(r);
            if (region.Kind == PlaceKind.Region && region.Country == city.Country && region.Admin == city.Admin)
            {
                return 1.2;
            }
        }

        return 0;
    }

    /// <summary>How much two names weigh on each other, by the distance in characters between their nearest mentions.</summary>
    /// <remarks>Both lists are sorted: each position of the shorter one is looked up in the longer one, so that a name
    /// mentioned thousands of times costs little against one mentioned once.</remarks>
    private static double Nearness(ReadOnlySpan<int> first, ReadOnlySpan<int> second)
    {
        ReadOnlySpan<int> small = first.Length <= second.Length ? first : second;
        ReadOnlySpan<int> large = first.Length <= second.Length ? second : first;

        int nearest = int.MaxValue;
        foreach (int position in small)
        {
            int at = large.BinarySearch(position);
            if (at >= 0)
            {
                nearest = 0;
                break;
            }

            at = ~at;
            if (at < large.Length)
            {
                nearest = Math.Min(nearest, large[at] - position);
            }

            if (at > 0)
            {
                nearest = Math.Min(nearest, position - large[at - 1]);
            }

            if (nearest <= 250)
            {
                break;
            }
        }

        return nearest switch
        {
            <= 250 => 1.0,
            <= 800 => 0.7,
            <= 2000 => 0.5,
            _ => 0.35,
        };
    }

    private static PlaceKind? Designator(ReadOnlySpan<char> word) => word.ToString().ToUpperInvariant() switch
    {
        "REGION" or "PROVINCE" or "STATE" or "DISTRICT" or "OBLAST" or "GOVERNORATE" or "PREFECTURE" or "TERRITORY" or "COUNTY" => PlaceKind.Region,
        "CITY" or "TOWN" or "VILLAGE" => PlaceKind.City,
        _ => null,
    };

    private static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> name)
    {
        name = name.TrimEnd();
        if (name.Length > 3 && name[^1] is 's' or 'S' && name[^2] is '\'' or '\u2019')
        {
            return name[..^2];
        }

        return name.Length > 2 && name[^1] is '\'' or '\u2019' ? name[..^1] : name;
    }

    /// <summary>Whether [start, end) overlaps any of the spans (sorted by start, with the running maximum of their ends).</summary>
    private static bool Overlaps(List<(int Start, int End, int Index)> sorted, ReadOnlySpan<int> maxEnds, int start, int end)
    {
        int lo = 0;
        int hi = sorted.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].Start < end)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo > 0 && maxEnds[lo - 1] > start;
    }

    /// <summary>A span to resolve, or a demonym of the document.</summary>
    private readonly record struct Mention(int Start, int End, int[] Candidates, bool IsDemonym, PlaceKind? Hint, int[]? Qualifier)
    {
        public Group? Group { get; init; }
    }

    /// <summary>
    /// The affinity of one candidate with one column (a candidate of a name that weighs on it, see
    /// <see cref="Context"/>), and the weight of that name; only non-zero affinities are kept.
    /// </summary>
    private readonly record struct Cell(int Column, double Weight, double Broad, double Specific);

    private static class DefaultHolder
    {
        public static readonly PlaceResolver Instance = new(Gazetteer.Default);
    }
}
