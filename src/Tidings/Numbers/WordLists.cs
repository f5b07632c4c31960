using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>
/// A [word-list] line of the unit table (<c>Data/units.txt</c>), found by its name once, on first asking: the rules ask a
/// list for every number they read (and for every word of a sentence, for the sentence cues), and finding the list by its
/// name each time cost as much as looking the word up.
/// </summary>
/// <param name="name">The line's name ("code-after").</param>
internal sealed class WordList(string name)
{
    private AsciiWordTable<bool>? _words;
    private long _bit = -1;

    /// <summary>The line's name.</summary>
    public string Name => name;

    /// <summary>Whether <paramref name="word"/> (case-insensitive) is on the line.</summary>
    public bool Contains(ReadOnlySpan<char> word) => (_words ??= Units.ListWords(name)).Contains(word);

    /// <summary>The line's bit in <see cref="Units.ListBitsOf"/> (found once; a volatile 64-bit read, atomic on every
    /// platform and a plain load on x64 — the quantity rules ask it for every number, so no locked instruction); 0 when the
    /// line has none (past the 64th, or no such line).</summary>
    public ulong Bit
    {
        get
        {
            long bit = Volatile.Read(ref _bit);
            if (bit == -1)
            {
                bit = (long)Units.ListBitOf(name);
                Volatile.Write(ref _bit, bit);
            }

            return (ulong)bit;
        }
    }
}

/// <summary>Some [word-list] lines in a table of their own, each word with its bits of those lines (see
/// <see cref="Units.ListBitsOf"/>): a scan of every word of a sentence looks each up in a small table whose letters turn
/// most words away without hashing.</summary>
internal sealed class WordListSet
{
    private readonly AsciiWordTable<ulong> _words;
    private readonly LetterFilter _letters;

    /// <param name="lists">The lines.</param>
    public WordListSet(params WordList[] lists)
    {
        foreach (WordList list in lists)
        {
            Mask |= list.Bit;
        }

        _words = Units.ListSubset(Mask);
        _letters = new LetterFilter(_words.Keys);
    }

    /// <summary>The bits of the lines.</summary>
    public ulong Mask { get; }

    /// <summary>The bits of the lines <paramref name="word"/> (case-insensitive) is on, of these lines only.</summary>
    public ulong BitsOf(ReadOnlySpan<char> word) =>
        word.Length > 0 && (word.Length > LetterFilter.MaxLength || _letters.MayContain(word)) && _words.TryGetValue(word, out ulong bits) ? bits : 0;
}

/// <summary>The [word-list] lines the quantity rules ask, each found once (see <see cref="WordList"/>).</summary>
internal static class WordLists
{
    /// <summary>[word-list] "age-of".</summary>
    public static readonly WordList AgeOf = new("age-of");

    /// <summary>[word-list] "cents-of".</summary>
    public static readonly WordList CentsOf = new("cents-of");

    /// <summary>[word-list] "cricket".</summary>
    public static readonly WordList Cricket = new("cricket");

    /// <summary>[word-list] "code-after".</summary>
    public static readonly WordList CodeAfter = new("code-after");

    /// <summary>[word-list] "course-noun".</summary>
    public static readonly WordList CourseNoun = new("course-noun");

    /// <summary>[word-list] "course-part".</summary>
    public static readonly WordList CoursePart = new("course-part");

    /// <summary>[word-list] "crypto".</summary>
    public static readonly WordList Crypto = new("crypto");

    /// <summary>[word-list] "dollar-family".</summary>
    public static readonly WordList DollarFamily = new("dollar-family");

    /// <summary>[word-list] "event".</summary>
    public static readonly WordList Event = new("event");

    /// <summary>[word-list] "fraction-time".</summary>
    public static readonly WordList FractionTime = new("fraction-time");

    /// <summary>[word-list] "fraction-verb".</summary>
    public static readonly WordList FractionVerb = new("fraction-verb");

    /// <summary>[word-list] "grade-after".</summary>
    public static readonly WordList GradeAfter = new("grade-after");

    /// <summary>[word-list] "metre-after".</summary>
    public static readonly WordList MetreAfter = new("metre-after");

    /// <summary>[word-list] "metre-cue".</summary>
    public static readonly WordList MetreCue = new("metre-cue");

    /// <summary>[word-list] "model-suffix".</summary>
    public static readonly WordList ModelSuffix = new("model-suffix");

    /// <summary>[word-list] "money-noun".</summary>
    public static readonly WordList MoneyNoun = new("money-noun");

    /// <summary>[word-list] "multiple-base".</summary>
    public static readonly WordList MultipleBase = new("multiple-base");

    /// <summary>[word-list] "multiplier-verb-before".</summary>
    public static readonly WordList MultiplierVerbBefore = new("multiplier-verb-before");

    /// <summary>[word-list] "multiple-after".</summary>
    public static readonly WordList MultipleAfter = new("multiple-after");

    /// <summary>[word-list] "unit-before".</summary>
    public static readonly WordList UnitBefore = new("unit-before");

    /// <summary>[word-list] "carried-unit".</summary>
    public static readonly WordList CarriedUnit = new("carried-unit");

    /// <summary>[word-list] "ratio-noun".</summary>
    public static readonly WordList RatioNoun = new("ratio-noun");

    /// <summary>[word-list] "multiple-of".</summary>
    public static readonly WordList MultipleOf = new("multiple-of");

    /// <summary>[word-list] "number-name".</summary>
    public static readonly WordList NumberName = new("number-name");

    /// <summary>[word-list] "price-per".</summary>
    public static readonly WordList PricePer = new("price-per");

    /// <summary>[word-list] "price-verb".</summary>
    public static readonly WordList PriceVerb = new("price-verb");

    /// <summary>[word-list] "race-name".</summary>
    public static readonly WordList RaceName = new("race-name");

    /// <summary>[word-list] "race-time-before".</summary>
    public static readonly WordList RaceTimeBefore = new("race-time-before");

    /// <summary>[word-list] "rate-major".</summary>
    public static readonly WordList RateMajor = new("rate-major");

    /// <summary>[word-list] "rate-word".</summary>
    public static readonly WordList RateWord = new("rate-word");

    /// <summary>[word-list] "tally-list".</summary>
    public static readonly WordList TallyList = new("tally-list");

    /// <summary>[word-list] "temperature".</summary>
    public static readonly WordList Temperature = new("temperature");

    /// <summary>[word-list] "version-name".</summary>
    public static readonly WordList VersionName = new("version-name");

    /// <summary>[word-list] "warming-goal".</summary>
    public static readonly WordList WarmingGoal = new("warming-goal");

    /// <summary>[word-list] "name-head" (session 25).</summary>
    public static readonly WordList NameHead = new("name-head");

    /// <summary>[word-list] "resolution-after" (session 25).</summary>
    public static readonly WordList ResolutionAfter = new("resolution-after");

    /// <summary>[word-list] "golf" (session 25).</summary>
    public static readonly WordList Golf = new("golf");

    /// <summary>[word-list] "track-distance" (session 25).</summary>
    public static readonly WordList TrackDistance = new("track-distance");

    /// <summary>[word-list] "particle-object-verb" (session 25).</summary>
    public static readonly WordList ParticleObjectVerb = new("particle-object-verb");

    /// <summary>[word-list] "share-group" (session 26).</summary>
    public static readonly WordList ShareGroup = new("share-group");

    /// <summary>[word-list] "age-limit-after" (session 26).</summary>
    public static readonly WordList AgeLimitAfter = new("age-limit-after");

    /// <summary>[word-list] "dial-band" (session 26).</summary>
    public static readonly WordList DialBand = new("dial-band");

    /// <summary>[word-list] "frequency-per" (session 26).</summary>
    public static readonly WordList FrequencyPer = new("frequency-per");

    /// <summary>[word-list] "owner" (session 26).</summary>
    public static readonly WordList Owner = new("owner");

    /// <summary>[word-list] "weight-change" (session 26).</summary>
    public static readonly WordList WeightChange = new("weight-change");

    /// <summary>[word-list] "name-unit" (session 26).</summary>
    public static readonly WordList NameUnit = new("name-unit");

    /// <summary>[word-list] "like-hedge-after" (session 29): the words after which a lone "like" hedges a number.</summary>
    public static readonly WordList LikeHedgeAfter = new("like-hedge-after");

    /// <summary>[word-list] "voting-panel" (session 29): small bodies whose "majority of 4 to 1" is two tallies of votes.</summary>
    public static readonly WordList VotingPanel = new("voting-panel");

    /// <summary>[word-list] "dimension-after" (session 29): the word after a hyphenated measure that modifies a noun
    /// ("12-mile-long").</summary>
    public static readonly WordList DimensionAfter = new("dimension-after");

    /// <summary>[word-list] "hyphen-hedge" (session 30): approximating hedges glued to a number by a hyphen ("50-odd", "£40-ish").</summary>
    public static readonly WordList HyphenHedge = new("hyphen-hedge");

    /// <summary>[word-list] "measure-per" (session 30): the units after a glued slash that a measure is taken per ("8.2 t/ha",
    /// "0.12 µSv/h", "168g/km"), kept in its mention.</summary>
    public static readonly WordList MeasurePer = new("measure-per");

    /// <summary>[word-list] "race-finish" (session 30): verbs and placings before "in" and a time in hundredths ("won in
    /// 19.46", "third in 19.62").</summary>
    public static readonly WordList RaceFinish = new("race-finish");
}

/// <summary>
/// Session 31 (mend31g): [word-list] lines read by name only (past the 64 that have a bit; <see cref="WordList.Contains"/>
/// looks their words up in one table each).
/// </summary>
internal static class WordListsByName
{
    /// <summary>[word-list] "currency-name-before-words" (session 31, mend31g): currency names that are no ordinary word, which
    /// may open an amount in Title Case words ("Rupees Two Lakh", "Kenya Shillings Twelve Thousand"; not "Won Three Seats").</summary>
    public static readonly WordList CurrencyNameBeforeWords = new("currency-name-before-words");

    /// <summary>[word-list] "metre-cue-adjacent" (session 31, mend31g): words of measuring that make a glued "m" metres only
    /// right before the figure, over "of", "about" and the like ("measuring 2m", "a length of 2m"; not "the new measures will
    /// help 2.1m").</summary>
    public static readonly WordList MetreCueAdjacent = new("metre-cue-adjacent");

    /// <summary>[word-list] "metre-cue-bridge" (session 31, mend31g): the words that may stand between an adjacent metre cue and
    /// its figure ("a distance of about 2m").</summary>
    public static readonly WordList MetreCueBridge = new("metre-cue-bridge");

    /// <summary>[word-list] "heading-not-millions" (session 31, mend31g): heading words under which a "(m)" is a length or a
    /// time, not millions ("Span (m)", "Diameter (m)", "Delay (m)").</summary>
    public static readonly WordList HeadingNotMillions = new("heading-not-millions");

    /// <summary>[word-list] "split-cue" (session 31, mend31g): words near an "N-for-M" that make it a share split ("a 1-for-10
    /// reverse split"; not "went 2-for-4", "a 3-for-2 offer").</summary>
    public static readonly WordList SplitCue = new("split-cue");

    /// <summary>[word-list] "metre-sentence-cue" (session 32, quant32; mend32d: the figure's own clause only): words that, in the
    /// clause of a glued "m" in a sentence with no money, make it metres ("metres", "altitude", "javelin": "a Kenyan record by
    /// 1.2m").</summary>
    public static readonly WordList MetreSentenceCue = new("metre-sentence-cue");

    /// <summary>[word-list] "dimension-unit" (session 31, quant31b): the lengths a dimension is given in ("2.4m x 1.2m").</summary>
    public static readonly WordList DimensionUnit = new("dimension-unit");

    /// <summary>[word-list] "fraction-alone-after" (session 36, quant36): words after a fraction that make it a share standing
    /// alone, a cut in a price ("half price", "a third off").</summary>
    public static readonly WordList FractionAloneAfter = new("fraction-alone-after");

    /// <summary>[word-list] "metre-noun" (session 36, quant36): things told by their length, after which a glued "m" is metres
    /// even before a plural or in a sentence of money ("a 50m hose costs £39", "80m blades", "set at 1.8m centres").</summary>
    public static readonly WordList MetreNoun = new("metre-noun");

    /// <summary>[word-list] "length-clause-unit" (session 36, quant36): glued units of mass, volume and power whose figures, in
    /// the clause of a glued "m", make it metres as a length glued beside it does ("extends to 7.5m and is rated to 150kg").</summary>
    public static readonly WordList LengthClauseUnit = new("length-clause-unit");

    /// <summary>[word-list] "fineness-metal" (session 33, quant33): metals whose purity is told in carats, which make a carat
    /// right before them a karat of fineness, not a gem's weight ("18-carat gold", "9ct gold"; "a 2-carat diamond" stays ct).</summary>
    public static readonly WordList FinenessMetal = new("fineness-metal");

    /// <summary>[word-list] "betting-cue" (session 33, quant33): words of betting, in whose sentence a signed or decimal figure
    /// with no unit is a price, a spread or a total ("The Chiefs are -3.5", "trading at 1.44").</summary>
    public static readonly WordList BettingCue = new("betting-cue");
}
