using Tidings.Text;

namespace Tidings.Claims;

/// <summary>The small word lists of the claim grammar's guards (Claims/Data/claim-guards.txt), beside the word classes of
/// <see cref="ClaimWords"/>: which words open a subordinate clause, mark an expectation, head a counted group of
/// reporters, or open and close the parts of a whole.</summary>
internal static class ClaimGuards
{
    /// <summary>What a guard word can do; a word can be several.</summary>
    [Flags]
    internal enum Guard : ulong
    {
        None = 0,

        /// <summary>Opens a clause of time or cause: "after", "because".</summary>
        SubordinateOpener = 1,

        /// <summary>Sets a result against an expectation: "than".</summary>
        ExpectationMark = 1 << 1,

        /// <summary>Heads a counted group of reporters: "people", "sources".</summary>
        CountedReporter = 1 << 2,

        /// <summary>An auxiliary or copula a part's own clause opens with: "were", "are".</summary>
        Auxiliary = 1 << 3,

        /// <summary>Names the rest of a whole: "remaining", "rest".</summary>
        Remainder = 1 << 4,

        /// <summary>Opens a part of the whole just named: "whom", "which", "them", "among".</summary>
        PartOpener = 1 << 5,

        /// <summary>A verb of splitting before "down": "break down as", "broken down into".</summary>
        SplitVerb = 1 << 6,

        /// <summary>An adverb of degree before a link word: "well below", "just 3,000", "far above".</summary>
        DegreeAdverb = 1 << 7,

        /// <summary>A restrictive adverb before the second number of a coordination: "but only 1.3%".</summary>
        Restrictive = 1 << 8,

        /// <summary>A noun naming a study that holds a figure: "poll", "survey", "study".</summary>
        StudyNoun = 1 << 9,

        /// <summary>Joins a gapped conjunct to the clause whose verb it shares: "and", "but", "while".</summary>
        GapJoiner = 1 << 10,

        /// <summary>The verb's preposition a gapped conjunct repeats before its number: "and BP's to $2.8 billion".</summary>
        GapPreposition = 1 << 11,

        /// <summary>A preposition of place or group repeated after each number of a gapped list: "3.4% in the North West,
        /// 2.9% in Yorkshire".</summary>
        PlacePreposition = 1 << 12,

        /// <summary>A verb of state that can stand where a gapped subject would: "and now stands at 4.1%" is no gap.</summary>
        StateVerb = 1 << 13,

        /// <summary>A participle of reporting after a source's head: "seen (by)", "surveyed (by)", "compiled (by)".</summary>
        SourceParticiple = 1 << 14,

        /// <summary>A personal pronoun that can report a figure as the subject of a verb of speech ("it said", "she
        /// added", "They found").</summary>
        SubjectPronoun = 1 << 15,

        /// <summary>A title in a transcript's speaker label ("DR", "MAYOR"): [SpeakerTitle].</summary>
        SpeakerTitle = 1 << 16,

        /// <summary>A first-person word ("we", "our"): [FirstPerson].</summary>
        FirstPerson = 1 << 17,

        /// <summary>A rubric before a colon, never a speaker ("BREAKING", "VERDICT", "Q"): [Rubric].</summary>
        Rubric = 1 << 18,

        /// <summary>A verb of denial or dispute ("refuted", "disputed"): [Denial].</summary>
        Denial = 1 << 19,

        /// <summary>A noun of a held figure ("figure", "estimate"): [HolderNoun].</summary>
        HolderNoun = 1 << 20,

        /// <summary>A word naming an earlier reading of the same measure ("a preliminary estimate of", "a flash reading of",
        /// "the $73.1 billion initially reported"): the figure it names is the measure's past, so the pair is a change.</summary>
        EarlierReading = 1 << 21,

        /// <summary>A noun of a plan or limit, not a reading ("an initial budget of €6.6 billion"): a figure set against it is
        /// compared, not moved.</summary>
        PlanNoun = 1 << 22,

        /// <summary>A word naming a reference value a figure is set against: a target, an average, a limit, what is allowed
        /// or needed ("below the 2% target", "twice the EU average", "the 326 needed for a majority").</summary>
        Reference = 1 << 23,

        /// <summary>A noun of a reading after an [EarlierReading] word ("an original estimate of", "a flash reading of", "the
        /// initially reported"): only then is the figure the measure's past.</summary>
        ReadingNoun = 1 << 24,

        /// <summary>A noun that names any measure when restated in a parallel conjunct ("in Germany, the share is 27%"):
        /// [GenericMeasure].</summary>
        GenericMeasure = 1 << 25,

        /// <summary>A word saying a level did not move ("held at", "remained above", "unchanged at"): [Steady]. Such a level
        /// is read against its own past, not against a rival's.</summary>
        Steady = 1 << 26,

        /// <summary>A word naming the measure's own earlier value before a figure ("the previous high of", "its prior
        /// record of"): [PastWord].</summary>
        PastWord = 1 << 27,

        /// <summary>A word naming a past period only before a word of time ("last year's 42,600", "(last week 17.8%)"):
        /// [PastPeriod].</summary>
        PastPeriod = 1 << 28,

        /// <summary>A noun of a standing best ("the British record of £106.8 million"): a figure set against it is the
        /// measure's past: [RecordNoun].</summary>
        RecordNoun = 1 << 29,

        /// <summary>A verb of holding, steady only before "at" or a [Steady] word ("held at 6.4%"): [Hold].</summary>
        Hold = 1 << 30,

        /// <summary>A word of a level that did not move, steady only after a copula, a [Hold] or a [Steady] verb ("was flat
        /// at 2%", "held steady"; not "a flat in Leeds"): [Level].</summary>
        Level = 1UL << 31,

        /// <summary>A word that opens a clause with its time on its own ("today", "now"): [TimeOpener].</summary>
        TimeOpener = 1UL << 32,

        /// <summary>A word naming the present period only before a word of time ("this year"): [PresentPeriod].</summary>
        PresentPeriod = 1UL << 33,

        /// <summary>A word a poll or race margin follows after "by": "leads by six points", "trails by 1.5 points".</summary>
        MarginWord = 1UL << 34,

        /// <summary>A modal verb a clause of a whole's part may open with ("of which schools must find £350 million"): [Modal].</summary>
        Modal = 1UL << 35,

        /// <summary>A verb that restates a figure, whose passive's agent may follow the figure ("was corrected to 14 by the
        /// regional authorities"): [Restate].</summary>
        Restate = 1UL << 36,

        /// <summary>A particle of direction between a revising verb and what it revises ("revised down its estimate"): [RevisionParticle].</summary>
        RevisionParticle = 1UL << 37,

        /// <summary>A noun of a study whose sample may stand inside the source ("the CIPD survey of 2,000 firms found"): [SampleStudy].</summary>
        SampleStudy = 1UL << 38,

        /// <summary>A word of a clause after ";" that restates or corrects the figure before it ("the correct figure is 14"):
        /// [CorrectionCue].</summary>
        CorrectionCue = 1UL << 39,

        /// <summary>A noun of a project, claim or cost that may be the subject of a verb asserting a figure ("The garden bridge
        /// project spent"): [DataNoun].</summary>
        DataNoun = 1UL << 40,

        /// <summary>A noun ending in "-ly", not an adverb ("The family reported"): [LyNoun].</summary>
        LyNoun = 1UL << 41,

        /// <summary>A word that states what a move is worth, costs, saves or raises in money ("a 5p cut in fuel duty,
        /// costing the Treasury £2.4bn", "A 2p cut … would cost about £13bn"): [MoveCost].</summary>
        MoveCost = 1UL << 42,

        /// <summary>An auxiliary or modal opening a yes/no question whose numbers are asked about, not stated ("Could
        /// inflation hit 5% again?"): [QuestionOpener].</summary>
        QuestionOpener = 1UL << 56,

        /// <summary>An imperative opening a sentence that only imagines its numbers ("Imagine a world in which …"): [Hypothetical].</summary>
        Hypothetical = 1UL << 57,

        /// <summary>A noun of a price set against another ("a 12% discount to", "a premium of $14 … over"): [Spread].</summary>
        Spread = 1UL << 59,

        /// <summary>A word after a percentage making it an interval's confidence level ("95% confidence interval"): [ConfidenceNoun].</summary>
        ConfidenceNoun = 1UL << 60,

        /// <summary>A word opening a clause of its own between a move and a cost word ("with", "as", "on", "making"): [CostLeadStop].</summary>
        CostLeadStop = 1UL << 43,

        /// <summary>A relative word opening a cost word's clause after a comma ("which", "that"): [CostRelative].</summary>
        CostRelative = 1UL << 44,

        /// <summary>A word of the chain between a comma and a cost word ("is set to cost"): [CostChain].</summary>
        CostChain = 1UL << 45,

        /// <summary>A word a bare "cost" may follow besides a modal ("will", "would", "to"): [CostModal].</summary>
        CostModal = 1UL << 46,

        /// <summary>A preposition that ends a cost word's object ("relief of", "per head"): [CostObjectStop].</summary>
        CostObjectStop = 1UL << 47,

        /// <summary>A particle of a cost word ("bring in", "free up"): [CostParticle].</summary>
        CostParticle = 1UL << 48,

        /// <summary>A noun of a vote's margin before "of" ("majority", "margin"): [VoteMargin].</summary>
        VoteMargin = 1UL << 49,

        /// <summary>A preposition opening a path point's time phrase ("in", "by", "on"): [PathTimeOpener].</summary>
        PathTimeOpener = 1UL << 50,

        /// <summary>A verb of reporting that enacts what it names when an indefinite object naming an act ([EnactObject])
        /// follows ("The chancellor announced a 5p cut"; not "Tesco announced a 5% rise in sales"): [Enact].</summary>
        Enact = 1UL << 51,

        /// <summary>A participle opening a source's post-modifier between commas ("The review, led by …,"): [CommaParticiple].</summary>
        CommaParticiple = 1UL << 52,

        /// <summary>A word that may follow the "," or "and" between two points of a path ("and back down to", "and a new
        /// high of"): [PathJoinWord].</summary>
        PathJoinWord = 1UL << 53,

        /// <summary>A [Hypothetical] word that also opens names ("Imagine Dragons"), read as a name only before a capitalised
        /// run and its own verb: [NameImperative].</summary>
        NameImperative = 1UL << 54,

        /// <summary>A modal verb keeping a clause after a [Hypothetical] opener's ":", ";" or dash hypothetical ("the Bank
        /// would raise rates"): [Conditional].</summary>
        Conditional = 1UL << 55,

        /// <summary>A word after a [Spread] price's preposition that names no price or rival ("on average", "on record"):
        /// [SpreadNotRival].</summary>
        SpreadNotRival = 1UL << 58,

        /// <summary>A noun of an act an [Enact] verb's subject does by announcing it ("announced a 5p cut"): [EnactObject].</summary>
        EnactObject = 1UL << 61,

        /// <summary>A noun of a level that alone may take "of" before a path's next point ("and a new high of"): [PathLevel].</summary>
        PathLevel = 1UL << 62,
    }

    /// <summary>
    /// What a guard word can do, continued: the sections of claim-guards.txt that came after <see cref="Guard"/>'s 64 flags
    /// were spent (a word can be several; a section name belongs to one of the two enums).
    /// </summary>
    [Flags]
    internal enum LateGuard : ulong
    {
        None = 0,

        /// <summary>A label naming an earlier value in a bracket after a figure ("(LY £39.8m)", "(prelim -0.4%)"):
        /// [PriorLabel].</summary>
        PriorLabel = 1,

        /// <summary>A label naming what was expected in a bracket after a figure ("(cons. 86.0)", "(exp +0.1%)"):
        /// [ExpectedLabel].</summary>
        ExpectedLabel = 1 << 1,

        /// <summary>A verb of a part's contribution to a move in its points ("contributed 0.3 percentage points to"):
        /// [Contribute].</summary>
        Contribute = 1 << 2,

        /// <summary>A word linking a worked example's holder to its amount ("a household earning £30,000", "A worker on
        /// £12.21 an hour"): [ExampleLink].</summary>
        ExampleLink = 1 << 3,

        /// <summary>A noun of a worked example's illustrative holder ("a household", "Someone who saved"):
        /// [ExampleHolder].</summary>
        ExampleHolder = 1 << 4,

        /// <summary>A verb or modal stating a worked example's result ("would pay", "saves"): [ExampleResult].</summary>
        ExampleResult = 1 << 5,

        /// <summary>A word after a worked example's result making it a move ("£2,100 more"): [ExampleMove].</summary>
        ExampleMove = 1 << 6,

        /// <summary>A word opening a condition at the head of a sentence ("If rates rise to 5%, …"): [ConditionOpener].</summary>
        ConditionOpener = 1 << 7,

        /// <summary>A preposition fronting a worked example's base ("On a £20,000 car loan, …"): [FrontedBase].</summary>
        FrontedBase = 1 << 8,

        /// <summary>A word negating the verb after it ("did not rise above 2.1%", "has never closed above $147"):
        /// [Negation] (session 33, claims33b; kept clear of the bits before it so branches of this session merge).</summary>
        Negation = 1UL << 20,

        /// <summary>A preposition after a verb of movement naming a bound rather than a move ("rise above", "fall below",
        /// "weakened past"): [BoundPreposition] (session 33, claims33b).</summary>
        BoundPreposition = 1UL << 21,

        /// <summary>A pronoun standing for an earlier worked example's holder ("and those on £20,000"): [ExampleAnaphor]
        /// (session 33, mend33c).</summary>
        ExampleAnaphor = 1UL << 24,

        /// <summary>A modal among the [ExampleResult] words, stating a result only with a lexical verb ("would pay"):
        /// [ExampleModal] (session 33, mend33c).</summary>
        ExampleModal = 1UL << 25,

        /// <summary>A head of a rule or part of a document, no source after ", per" ("per Article 3"): [RuleUnit]
        /// (session 33, mend33c).</summary>
        RuleUnit = 1UL << 26,
    }

    /// <summary>The name of the embedded word table (Claims/Data/claim-guards.txt).</summary>
    internal const string ResourceName = "Tidings.Claims.Data.claim-guards.txt";

    /// <summary>Both flags of every word of the file, and its named sets, read in one pass over the text (session 38,
    /// speed38b: the file was decoded and split three times, once for each table, on the first claim's thread).</summary>
    private static readonly Tables Read = ReadAll(ClaimWords.Resource(ResourceName));

    /// <summary>The guard words: every word of the file with its <see cref="Guard"/> and <see cref="LateGuard"/> flags
    /// (none of either for a word of a named set only).</summary>
    private static readonly AsciiWordTable<Flags> Words = Read.Words;

    /// <summary>The named word sets of claim-guards.txt: sections whose name starts with a lower-case letter
    /// ("[example-clause-stops]"), each its own set, read by name rather than through a flag of <see cref="Guard"/> or
    /// <see cref="LateGuard"/> (session 34: both enums are near full, and a set read in one place needs no flag).</summary>
    private static readonly Dictionary<string, AsciiWordTable<bool>> NamedSets = Read.Sets;

    /// <summary>Reads the guard file and the claim word classes (<see cref="ClaimWords"/>) if not read yet, for the
    /// pipeline's start-up to do on another thread (<see cref="ExtractionPipeline.Preload"/>).</summary>
    /// <returns>How many guard words and claim words there are.</returns>
    internal static int Warm() => Words.Count + NamedSets.Count + ClaimWords.Count;

    /// <summary>A word's flags of both enums.</summary>
    internal readonly record struct Flags(Guard Guard, LateGuard Late);

    /// <summary>What the file holds: the flags of each word and the named sets.</summary>
    private sealed record Tables(AsciiWordTable<Flags> Words, Dictionary<string, AsciiWordTable<bool>> Sets);

    /// <summary>The named word set <paramref name="name"/> of claim-guards.txt (words compared ignoring case).</summary>
    /// <exception cref="InvalidDataException">The file has no such section.</exception>
    public static AsciiWordTable<bool> Set(string name) =>
        NamedSets.TryGetValue(name, out AsciiWordTable<bool>? set) ? set : throw new InvalidDataException($"claim-guards.txt: no section [{name}]");

    /// <summary>Whether a section name names a word set of its own (starts with a lower-case letter) rather than a flag.</summary>
    private static bool IsSetName(string name) => name.Length > 0 && char.IsAsciiLetterLower(name[0]);

    /// <summary>Reads the file in one pass: each word's flags (the union over the sections it is in, as
    /// <see cref="ClaimWords.Sections{T}"/> reads them) and the named word sets (<see cref="IsSetName"/>).</summary>
    private static Tables ReadAll(string data)
    {
        var flags = new Dictionary<string, Flags>(StringComparer.OrdinalIgnoreCase);
        var words = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        Flags? flag = null;
        List<string>? current = null;
        foreach (string raw in data.Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[')
            {
                string name = line.Trim('[', ']');
                flag = new Flags(Named(name), LateNamed(name));
                current = IsSetName(name) ? (words.TryGetValue(name, out List<string>? list) ? list : words[name] = []) : null;
                continue;
            }

            if (flag is not Flags f)
            {
                throw new InvalidDataException($"claim-guards.txt: words before any [Class] line: \"{line}\"");
            }

            foreach (string w in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                flags[w] = flags.TryGetValue(w, out Flags old) ? new Flags(old.Guard | f.Guard, old.Late | f.Late) : f;
                current?.Add(w);
            }
        }

        var sets = new Dictionary<string, AsciiWordTable<bool>>(StringComparer.Ordinal);
        foreach ((string name, List<string> list) in words)
        {
            sets[name] = AsciiWordTable.Of(list);
        }

        return new Tables(flags.ToAsciiWordTable(), sets);
    }

    /// <summary>Whether <paramref name="word"/> (ignoring case) has any of <paramref name="guards"/>.</summary>
    public static bool Is(ReadOnlySpan<char> word, Guard guards) => Words.TryGetValue(word, out Flags g) && (g.Guard & guards) != 0;

    /// <summary>Whether <paramref name="word"/> (ignoring case) has any of <paramref name="guards"/>.</summary>
    public static bool Is(ReadOnlySpan<char> word, LateGuard guards) => Words.TryGetValue(word, out Flags g) && (g.Late & guards) != 0;

    /// <summary>Parses the guard table's <see cref="Guard"/> flags (the layout of claim-words.txt; for the tests that
    /// check the file's errors).</summary>
    internal static AsciiWordTable<Guard> Parse(string data) =>
        ClaimWords.Sections(data, "claim-guards.txt", Named, static (a, b) => a | b).ToAsciiWordTable();

    /// <summary>The flag a section names (no reflection, so the table reads the same under AOT).</summary>
    internal static Guard Named(string name) => name switch
    {
        nameof(Guard.SubordinateOpener) => Guard.SubordinateOpener,
        nameof(Guard.ExpectationMark) => Guard.ExpectationMark,
        nameof(Guard.CountedReporter) => Guard.CountedReporter,
        nameof(Guard.Auxiliary) => Guard.Auxiliary,
        nameof(Guard.Remainder) => Guard.Remainder,
        nameof(Guard.PartOpener) => Guard.PartOpener,
        nameof(Guard.SplitVerb) => Guard.SplitVerb,
        nameof(Guard.DegreeAdverb) => Guard.DegreeAdverb,
        nameof(Guard.Restrictive) => Guard.Restrictive,
        nameof(Guard.StudyNoun) => Guard.StudyNoun,
        nameof(Guard.GapJoiner) => Guard.GapJoiner,
        nameof(Guard.GapPreposition) => Guard.GapPreposition,
        nameof(Guard.PlacePreposition) => Guard.PlacePreposition,
        nameof(Guard.StateVerb) => Guard.StateVerb,
        nameof(Guard.SourceParticiple) => Guard.SourceParticiple,

        nameof(Guard.SubjectPronoun) => Guard.SubjectPronoun,
        nameof(Guard.SpeakerTitle) => Guard.SpeakerTitle,
        nameof(Guard.FirstPerson) => Guard.FirstPerson,
        nameof(Guard.Rubric) => Guard.Rubric,
        nameof(Guard.Denial) => Guard.Denial,
        nameof(Guard.HolderNoun) => Guard.HolderNoun,
        nameof(Guard.EarlierReading) => Guard.EarlierReading,
        nameof(Guard.PlanNoun) => Guard.PlanNoun,
        nameof(Guard.Reference) => Guard.Reference,
        nameof(Guard.ReadingNoun) => Guard.ReadingNoun,
        nameof(Guard.GenericMeasure) => Guard.GenericMeasure,
        nameof(Guard.Steady) => Guard.Steady,
        nameof(Guard.PastWord) => Guard.PastWord,
        nameof(Guard.PastPeriod) => Guard.PastPeriod,
        nameof(Guard.RecordNoun) => Guard.RecordNoun,
        nameof(Guard.Hold) => Guard.Hold,
        nameof(Guard.Level) => Guard.Level,
        nameof(Guard.TimeOpener) => Guard.TimeOpener,
        nameof(Guard.PresentPeriod) => Guard.PresentPeriod,
        nameof(Guard.MarginWord) => Guard.MarginWord,
        nameof(Guard.Modal) => Guard.Modal,
        nameof(Guard.Restate) => Guard.Restate,
        nameof(Guard.RevisionParticle) => Guard.RevisionParticle,
        nameof(Guard.SampleStudy) => Guard.SampleStudy,
        nameof(Guard.CorrectionCue) => Guard.CorrectionCue,
        nameof(Guard.DataNoun) => Guard.DataNoun,
        nameof(Guard.LyNoun) => Guard.LyNoun,
        nameof(Guard.MoveCost) => Guard.MoveCost,
        nameof(Guard.QuestionOpener) => Guard.QuestionOpener,
        nameof(Guard.Hypothetical) => Guard.Hypothetical,
        nameof(Guard.Spread) => Guard.Spread,
        nameof(Guard.ConfidenceNoun) => Guard.ConfidenceNoun,
        nameof(Guard.CostLeadStop) => Guard.CostLeadStop,
        nameof(Guard.CostRelative) => Guard.CostRelative,
        nameof(Guard.CostChain) => Guard.CostChain,
        nameof(Guard.CostModal) => Guard.CostModal,
        nameof(Guard.CostObjectStop) => Guard.CostObjectStop,
        nameof(Guard.CostParticle) => Guard.CostParticle,
        nameof(Guard.VoteMargin) => Guard.VoteMargin,
        nameof(Guard.PathTimeOpener) => Guard.PathTimeOpener,
        nameof(Guard.Enact) => Guard.Enact,
        nameof(Guard.CommaParticiple) => Guard.CommaParticiple,
        nameof(Guard.PathJoinWord) => Guard.PathJoinWord,
        nameof(Guard.NameImperative) => Guard.NameImperative,
        nameof(Guard.Conditional) => Guard.Conditional,
        nameof(Guard.SpreadNotRival) => Guard.SpreadNotRival,
        nameof(Guard.EnactObject) => Guard.EnactObject,
        nameof(Guard.PathLevel) => Guard.PathLevel,
        _ when LateNamed(name) != LateGuard.None || IsSetName(name) => Guard.None,
        _ => throw new InvalidDataException($"claim-guards.txt: unknown section [{name}]"),
    };

    /// <summary>The <see cref="LateGuard"/> flag a section names, or none for a <see cref="Guard"/> section.</summary>
    internal static LateGuard LateNamed(string name) => name switch
    {
        nameof(LateGuard.PriorLabel) => LateGuard.PriorLabel,
        nameof(LateGuard.ExpectedLabel) => LateGuard.ExpectedLabel,
        nameof(LateGuard.Contribute) => LateGuard.Contribute,
        nameof(LateGuard.ExampleLink) => LateGuard.ExampleLink,
        nameof(LateGuard.ExampleHolder) => LateGuard.ExampleHolder,
        nameof(LateGuard.ExampleResult) => LateGuard.ExampleResult,
        nameof(LateGuard.ExampleMove) => LateGuard.ExampleMove,
        nameof(LateGuard.ConditionOpener) => LateGuard.ConditionOpener,
        nameof(LateGuard.FrontedBase) => LateGuard.FrontedBase,
        nameof(LateGuard.Negation) => LateGuard.Negation,
        nameof(LateGuard.BoundPreposition) => LateGuard.BoundPreposition,
        nameof(LateGuard.ExampleAnaphor) => LateGuard.ExampleAnaphor,
        nameof(LateGuard.ExampleModal) => LateGuard.ExampleModal,
        nameof(LateGuard.RuleUnit) => LateGuard.RuleUnit,
        _ => LateGuard.None,
    };
}
