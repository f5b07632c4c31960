using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>What a single word can mean to the quantity extractor. A word may belong to several classes.</summary>
[Flags]
internal enum WordClass : uint
{
    None = 0,
    /// <summary>"one" … "ninety", "zero": <see cref="WordInfo.Number"/> is its value.</summary>
    Cardinal = 1 << 0,
    /// <summary>"hundred", "thousand", "million", "bn": <see cref="WordInfo.Number"/> is the multiplier.</summary>
    Scale = 1 << 1,
    /// <summary>"half", "third", "quarters": <see cref="WordInfo.Number"/> is the denominator.</summary>
    Fraction = 1 << 2,
    /// <summary>"dozens", "hundreds", "thousands": <see cref="WordInfo.Number"/> is the lower bound.</summary>
    Vague = 1 << 3,
    /// <summary>"year", "days", "hour": a number counting these is a duration, which is a date, not a quantity.</summary>
    TimeUnit = 1 << 4,
    /// <summary>"July", "Sept.": a day number next to it is a date.</summary>
    Month = 1 << 5,
    /// <summary>"Boeing", "Article", "Flight", "No.": a bare number after it is an identifier.</summary>
    IdentifierNoun = 1 << 6,
    /// <summary>"Street", "Avenue": a number before a name ending in it is an address.</summary>
    StreetSuffix = 1 << 7,
    /// <summary>Words that end a counted noun phrase: verbs, prepositions, pronouns, conjunctions, determiners.</summary>
    Function = 1 << 8,
    /// <summary>Plurals without an s: "people", "police", "children".</summary>
    IrregularPlural = 1 << 9,
    /// <summary>Words that make "68-32" a vote tally.</summary>
    Tally = 1 << 10,
    /// <summary>Words that make "3-1" a sports score.</summary>
    Sport = 1 << 11,
    /// <summary>"a", "an": one, before a scale or fraction.</summary>
    Article = 1 << 12,
    /// <summary>"few", "several": vague multipliers before a scale.</summary>
    Some = 1 << 13,
    /// <summary>"a.m.", "pm", "GMT", "o'clock": the number before it is a time of day.</summary>
    TimeOfDay = 1 << 14,
    /// <summary>"dozen": twelve.</summary>
    Dozen = 1 << 15,
    /// <summary>Singular nouns ending in -ing or -ed that can still be counted ("building", "meeting").</summary>
    NounException = 1 << 16,
    /// <summary>"minus", "negative": negates the number after it.</summary>
    Minus = 1 << 17,
    /// <summary>"weighed", "weight", "heavy": "pounds" in the sentence are then weight (lb), not sterling.</summary>
    Weight = 1 << 18,
    /// <summary>"rose", "fell", "cut": "rose 12 cents to $3.89" is a change to a level, not a range.</summary>
    ChangeVerb = 1 << 19,
    /// <summary>"poll", "lead", "swing": "points" in the sentence are then percentage points.</summary>
    Poll = 1 << 20,
    /// <summary>"ticked", "edged": a verb whose "up"/"down" is a particle, not the start of the hedge "up to".</summary>
    ParticleVerb = 1 << 21,
    /// <summary>"twice", "thrice": a multiplier before a comparison ("twice as many"); <see cref="WordInfo.Number"/> is its value.</summary>
    Multiplier = 1 << 22,
}

/// <summary>A word's classes and the number that goes with them.</summary>
internal readonly record struct WordInfo(WordClass Class, decimal Number)
{
    public bool Is(WordClass c) => (Class & c) != 0;
}

/// <summary>The single-word tables of the quantity extractor, merged into one case-insensitive lookup.</summary>
internal static class Lexicon
{
    private static readonly (string Word, decimal Value)[] Cardinals =
    [
        ("zero", 0), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8),
        ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14), ("fifteen", 15),
        ("sixteen", 16), ("seventeen", 17), ("eighteen", 18), ("nineteen", 19), ("twenty", 20), ("thirty", 30),
        ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90),
    ];

    /// <summary>The number words a "-fold" multiple is made of ("twofold" … "tenfold", "twentyfold", "hundredfold").</summary>
    private static readonly (string Word, decimal Value)[] FoldBases =
    [
        ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10),
        ("twelve", 12), ("fifteen", 15), ("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("hundred", 100),
        ("thousand", 1000),
    ];

    private static readonly (string Word, decimal Value)[] Scales =
    [
        ("hundred", 100m), ("thousand", 1_000m), ("million", 1_000_000m), ("billion", 1_000_000_000m),
        ("trillion", 1_000_000_000_000m), ("quadrillion", 1_000_000_000_000_000m),
        ("quintillion", 1_000_000_000_000_000_000m), ("mn", 1_000_000m), ("mln", 1_000_000m), ("mil", 1_000_000m), ("bn", 1_000_000_000m),
        ("bln", 1_000_000_000m), ("tn", 1_000_000_000_000m), ("trn", 1_000_000_000_000m),
        ("lakh", 100_000m), ("lakhs", 100_000m), ("lac", 100_000m), ("crore", 10_000_000m), ("crores", 10_000_000m), ("cr", 10_000_000m),

        // Session 32 (quant32, b20): the German abbreviations of English-language results tables ("EUR 136 Mrd.", "CHF 12.5 Mio.").
        ("mrd", 1_000_000_000m), ("mrd.", 1_000_000_000m), ("mio", 1_000_000m), ("mio.", 1_000_000m),
    ];

    private static readonly (string Word, decimal Denominator)[] Fractions =
    [
        ("half", 2), ("halves", 2), ("third", 3), ("thirds", 3), ("quarter", 4), ("quarters", 4), ("fourth", 4), ("fourths", 4), ("fifth", 5), ("fifths", 5),
        ("sixth", 6), ("sixths", 6), ("seventh", 7), ("sevenths", 7), ("eighth", 8), ("eighths", 8), ("ninth", 9),
        ("ninths", 9), ("tenth", 10), ("tenths", 10),
        // Session 36 (quant36, b23/b24): the tens, a hundredth and a thousandth ("a sixtieth of salary", "one thousandth of an
        // inch"); an ordinal before a noun ("a sixtieth birthday") is no fraction (NumeralReader.FractionTail).
        ("twentieth", 20), ("twentieths", 20), ("thirtieth", 30), ("thirtieths", 30), ("fortieth", 40), ("fortieths", 40),
        ("fiftieth", 50), ("fiftieths", 50), ("sixtieth", 60), ("sixtieths", 60), ("seventieth", 70), ("seventieths", 70),
        ("eightieth", 80), ("eightieths", 80), ("ninetieth", 90), ("ninetieths", 90), ("hundredth", 100), ("hundredths", 100),
        ("thousandth", 1000), ("thousandths", 1000),
    ];

    private static readonly (string Word, decimal Low)[] VagueWords =
    [
        ("dozens", 24), ("scores", 40), ("hundreds", 200), ("thousands", 2_000), ("millions", 2_000_000),
        ("billions", 2_000_000_000), ("trillions", 2_000_000_000_000), ("tens", 20),
    ];

    private static readonly string[] TimeUnits =
    [
        "second", "seconds", "sec", "secs", "millisecond", "milliseconds", "microsecond", "microseconds", "nanosecond", "nanoseconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day", "days", "night", "nights",
        "week", "weeks", "weekend", "weekends", "fortnight", "fortnights", "month", "months", "year", "years", "yr", "yrs",
        "decade", "decades", "century", "centuries", "millennium", "millennia", "morning", "mornings", "evening",
        "evenings", "afternoon", "afternoons", "semester", "semesters",
    ];

    private static readonly string[] Months =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "jan.", "feb.",
        "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
    ];

    private static readonly string[] IdentifierNouns =
    [
        "boeing", "airbus", "flight", "article", "articles", "section", "sections", "chapter", "resolution", "route",
        "highway", "interstate", "room", "apollo", "windows", "iphone", "galaxy", "level", "phase", "stage", "category",
        "channel", "gate", "terminal", "platform", "bus", "line", "model", "mark", "version", "paragraph", "clause",
        "rule", "protocol", "annex", "item", "figure", "table", "page", "pages", "no.", "nos.", "no", "number", "block",
        "unit", "sector", "zone", "camp", "ward", "precinct", "track", "runway", "pier", "floor", "formula", "ligue",
        "serie", "bundesliga", "league", "euro", "vision", "agenda", "covid", "ps", "xbox", "mig",
        "mh", "cessna", "embraer", "bombardier", "lockheed", "tupolev", "ilyushin", "antonov", "sukhoi",
        "grade", "round", "game", "lap", "day", "week", "act", "bill", "amendment", "cop", "psalm", "verse", "episode",
        "season", "series", "volume", "vol.", "issue", "exit", "junction", "lane", "bay", "hangar", "dock", "berth",
        "cell", "wing", "tower", "building", "plot", "lot", "district", "region", "area", "appendix", "schedule", "part", "type", "code",
        "row", "mile", "fortune", "nikkei", "russell", "cac", "dax", "stoxx", "ftse", "nasdaq", "topix", "sensex", "nifty", "kospi", "seng",
        "ibex", "aex", "omx", "asx", "s&p", "fifa", "tier", "tiers", "junctions", "exits", "gates", "platforms", "terminals",
        "phases", "stages", "grades", "rooms", "wards", "box", "pixel", "ipad", "proposition", "prop", "class", "zones", "form",
        "force", // session 29: "a Force 10 storm", "a force 9 gale" (the Beaufort scale)
        "progress", "attainment", // session 30: England's school measures "Progress 8", "Attainment 8"
        "size", "sizes", "step", "ages", // session 33: clothing, shoe and hat sizes are labels on a sizing scale ("size 12", "sizes 6 to 22")
        "primary", "account", // session 36 (quant36, b24): school years and numbered accounts ("Primary 7", "Account 3")
        "hall", "tent", "port", "ref", "ref.", "error", "http", "https", // session 38 (quant38, b26): "Hall 3", "Tent 14", "port 443", "ref 6239", "Error 404", "HTTP 500"
    ];

    /// <summary>Verbs that take "up"/"down" as a particle: "ticked up to 6.5%" is a move to 6.5%, not "up to" (at most) 6.5%.</summary>
    private static readonly string[] ParticleVerbs =
    [
        "ticked", "tick", "ticks", "edged", "edge", "edges", "inched", "inch", "crept", "creep", "creeps", "moved", "move", "moves",
        "crawled", "ratcheted", "notched", "marked", "revised", "revises", "went", "go", "goes", "shot", "trended", "drifted",
        "picked", "picks", "pick", "perked", "perks",
    ];

    private static readonly string[] StreetSuffixes =
    [
        "street", "st.", "avenue", "ave.", "ave", "road", "rd.", "boulevard", "blvd.", "blvd", "lane", "drive", "way",
        "place", "square", "court", "terrace", "crescent", "plaza", "parkway", "highway", "embankment", "prospekt",
    ];

    private static readonly string[] FunctionWords =
    [
        // verbs and auxiliaries
        "is", "are", "was", "were", "be", "been", "being", "am", "have", "has", "had", "do", "does", "did", "will", "would",
        "can", "could", "may", "might", "must", "shall", "should", "said", "says", "say", "told", "according", "got",
        "get", "gets", "went", "go", "goes", "came", "come", "comes", "made", "make", "makes", "took", "take", "takes",
        "left", "died", "fled", "remain", "remained", "remains", "became", "become", "marched", "gathered", "rallied",
        "suffered", "protested", "attended", "voted", "saw", "see", "seen", "lost", "won", "gave", "give", "need",
        "needs", "want", "wants", "live", "lives", "work", "works", "stood", "fell", "rose", "rise", "rises",
        // prepositions and particles
        "of", "in", "on", "at", "for", "from", "to", "with", "by", "about", "after", "before", "during", "since", "until",
        "into", "onto", "over", "under", "between", "against", "among", "amongst", "per", "than", "as", "across",
        "through", "throughout", "toward", "towards", "without", "within", "near", "around", "outside", "inside",
        "behind", "beyond", "via", "amid", "despite", "like", "unlike", "upon", "off", "out", "up", "down", "ago",
        "earlier", "later", "apart", "away", "back", "each", "apiece",
        // conjunctions, relatives, determiners, pronouns, adverbs
        "and", "or", "but", "nor", "so", "yet", "if", "because", "while", "when", "where", "whereas", "though",
        "although", "who", "whom", "whose", "which", "that", "what", "this", "these", "those", "the", "a", "an", "its",
        "their", "his", "her", "our", "your", "my", "it", "they", "he", "she", "we", "you", "i", "there", "here", "then",
        "also", "only", "just", "already", "still", "even", "more", "less", "fewer", "most", "least", "all", "both",
        "some", "any", "no", "not", "too", "very", "again", "now", "respectively", "total", "altogether", "each", "every",
        "other", "another", "such", "own", "same", "whom", "s", "’s", "'s",
    ];

    private static readonly string[] IrregularPlurals =
    [
        "people", "police", "men", "women", "children", "personnel", "staff", "troops", "cattle", "sheep", "fish", "deer",
        "data", "media", "feet", "teeth", "mice", "geese", "livestock", "clergy", "militia", "youth", "folk", "crew",
        "poultry", "aircraft", "cannon", "offspring", "salmon", "bison", "swine", "faithful", "them", "us", "those", "these",
    ];

    private static readonly string[] TallyWords =
    [
        "vote", "votes", "voted", "voting", "ballot", "ballots", "tally", "margin", "senate", "house", "jury", "vetoed",
        "approved", "passed", "rejected", "majority", "lawmakers", "senators", "legislators", "parliament", "mps",
        "ruled", "ruling", "justices", "judges",
    ];

    private static readonly string[] SportWords =
    [
        "won", "win", "wins", "winning", "beat", "beats", "beating", "defeated", "defeat", "defeats", "lost", "lose",
        "loses", "losing", "drew", "draw", "draws", "drawn", "victory", "victories", "score", "scored", "scoreline",
        "match", "game", "games", "goals", "goal", "semifinal", "semi-final", "quarterfinal", "quarter-final", "thrashed",
        "routed", "edged", "half-time", "halftime", "tiebreak", "innings", "cup", "fc", "friendly", "qualifier", "rout",
    ];

    private static readonly string[] WeightWords =
    [
        "weigh", "weighs", "weighed", "weighing", "weight", "weights", "heavy", "heavier", "heaviest", "lighter", "overweight",
        "underweight", "kilograms", "kg", "kilos", "ounces", "lb", "lbs", "obese", "obesity", "heavyweight", "lifted", "lift",
        "patients", "diet", "dieting", "slimming", "weight-loss", "bmi",
        "pumpkin", "baby", "newborn", "fish", "catch", "caught", "bodyweight", "scales",
        "weigh-in", "weigh-ins", "boxer", "welterweight", "middleweight", "lightweight", "featherweight", "cruiserweight",
        "bantamweight", "flyweight",
    ];

    private static readonly string[] ChangeVerbs =
    [
        "rose", "rise", "rises", "rising", "fell", "fall", "falls", "falling", "gained", "gains", "lost", "climbed", "climbs",
        "jumped", "jumps", "dropped", "drops", "slipped", "slips", "slid", "increased", "decreased", "declined", "declines",
        "grew", "grow", "grows", "shrank", "plunged", "plunges", "soared", "soars", "surged", "surges", "tumbled", "sank",
        "eased", "edged", "added", "shed", "cut", "raised", "lowered", "up", "down", "advanced", "retreated", "widened",
        "narrowed", "rebounded", "recovered", "swung", "won", "beat", "led",
    ];

    private static readonly string[] TimesOfDay =
    [
        "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "gmt", "utc", "bst", "cet", "cest", "est", "edt", "pst", "pdt", "msk",
        "o'clock", "o’clock", "hrs", "h",
    ];

    private static readonly string[] NounExceptions =
    [
        "building", "thing", "king", "ring", "wing", "spring", "string", "evening", "morning", "meeting", "sibling",
        "offering", "bed", "seed", "shed", "speed", "breed", "creed", "deed", "reed", "weed", "steed", "hundred",
        "pudding", "dwelling", "ceiling", "clothing", "ding", "wedding", "painting", "recording", "hearing", "bombing",
        "shooting", "killing", "uprising", "landing", "feed", "need",
    ];

    private static readonly AsciiWordTable<WordInfo> Words = Build();

    /// <summary>Looks up a word (case-insensitive); <see cref="WordClass.None"/> when it is not in any table.</summary>
    public static WordInfo Lookup(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > 16)
        {
            return default;
        }

        // Most neighbours of a number are no lexicon word; their letters usually say so without hashing.
        return AllLetters.MayContain(word) && Words.TryGetValue(word, out WordInfo info) ? info : default;
    }

    /// <summary>The letters of every lexicon word, tested before the hash look-up.</summary>
    private static readonly LetterFilter AllLetters = new(Words.Keys);

    /// <summary>The classes a number can start with, and so the only ones <see cref="LookupStart"/> knows.</summary>
    private const WordClass StartClasses = WordClass.Cardinal | WordClass.Vague | WordClass.Article | WordClass.Some | WordClass.Multiplier;

    /// <summary>The words a spelled number can start with: a small table that stays in cache, for the per-word check.</summary>
    private static readonly AsciiWordTable<WordInfo> StartWords = Select(Words,
        (w, info) => (info.Class & StartClasses) != 0 || w.Equals("half", StringComparison.OrdinalIgnoreCase));

    /// <summary>The letters of the start words, tested before the hash look-up.</summary>
    private static readonly LetterFilter StartLetters = new(StartWords.Keys);

    /// <summary>The classes that tell what a whole sentence speaks of: votes, sport, weight, polls.</summary>
    public const WordClass SentenceCues = WordClass.Tally | WordClass.Sport | WordClass.Weight | WordClass.Poll;

    /// <summary>The letters of the words with a sentence cue class, tested before the hash look-up.</summary>
    private static readonly LetterFilter CueLetters = new(Select(Words, (_, info) => (info.Class & SentenceCues) != 0).Keys);

    /// <summary>The words of <paramref name="table"/> that <paramref name="keep"/> keeps, in a table of their own.</summary>
    private static AsciiWordTable<WordInfo> Select(AsciiWordTable<WordInfo> table, Func<string, WordInfo, bool> keep)
    {
        var kept = new List<KeyValuePair<string, WordInfo>>();
        for (int i = 0; i < table.Count; i++)
        {
            if (keep(table.Keys[i], table.ValueAt(i)))
            {
                kept.Add(new KeyValuePair<string, WordInfo>(table.Keys[i], table.ValueAt(i)));
            }
        }

        return kept.ToAsciiWordTable();
    }

    /// <summary>The sentence cue classes of a word (<see cref="SentenceCues"/> of <see cref="Lookup"/>'s class): the scan of
    /// a sentence asks about every word, and most are turned away by their letters without hashing.</summary>
    public static WordClass CueClass(ReadOnlySpan<char> word) =>
        word.Length is 0 or > LetterFilter.MaxLength || !CueLetters.MayContain(word) ? WordClass.None : Lookup(word).Class & SentenceCues;

    /// <summary>
    /// Looks up a word (case-insensitive) that may start a spelled number: a cardinal, vague amount, article,
    /// "few"/"several", or "half". Any other word gives <see cref="WordClass.None"/>, even if <see cref="Lookup"/> knows it.
    /// </summary>
    public static WordInfo LookupStart(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > 16)
        {
            return default;
        }

        // No start word of this length begins (or has this second or last letter) with this ASCII letter: the hash
        // lookup would miss. Three bitmaps per length, so "the" (no three-letter start word has 'h' second) stops here.
        if (!StartLetters.MayContain(word))
        {
            return default;
        }

        return StartWords.TryGetValue(word, out WordInfo info) ? info : default;
    }

    /// <summary>Whether <paramref name="word"/> may start a spelled number: <see cref="LookupStart"/>'s class is not
    /// <see cref="WordClass.None"/>.</summary>
    public static bool MayStartNumber(ReadOnlySpan<char> word) => LookupStart(word).Class != WordClass.None;

    private static AsciiWordTable<WordInfo> Build()
    {
        var d = new Dictionary<string, WordInfo>(StringComparer.OrdinalIgnoreCase);
        void Add(string w, WordClass c, decimal n = 0)
        {
            d[w] = d.TryGetValue(w, out WordInfo old)
                ? new WordInfo(old.Class | c, n != 0 ? n : old.Number)
                : new WordInfo(c, n);
        }

        foreach ((string w, decimal v) in Cardinals)
        {
            Add(w, WordClass.Cardinal, v);
        }

        // Values of zero would be lost by the merge above; "zero" is set last so its 0 stands.
        d["zero"] = new WordInfo(WordClass.Cardinal, 0);
        d["nought"] = new WordInfo(WordClass.Cardinal, 0);
        d["naught"] = new WordInfo(WordClass.Cardinal, 0);
        foreach ((string w, decimal v) in Scales)
        {
            Add(w, WordClass.Scale, v);
        }

        foreach ((string w, decimal v) in Fractions)
        {
            Add(w, WordClass.Fraction, v);
        }

        foreach ((string w, decimal v) in VagueWords)
        {
            Add(w, WordClass.Vague, v);
        }

        AddAll(TimeUnits, WordClass.TimeUnit);
        AddAll(Months, WordClass.Month);
        AddAll(IdentifierNouns, WordClass.IdentifierNoun);
        AddAll(StreetSuffixes, WordClass.StreetSuffix);
        AddAll(FunctionWords, WordClass.Function);
        AddAll(IrregularPlurals, WordClass.IrregularPlural);
        AddAll(TallyWords, WordClass.Tally);
        AddAll(SportWords, WordClass.Sport);
        AddAll(TimesOfDay, WordClass.TimeOfDay);
        AddAll(NounExceptions, WordClass.NounException);
        AddAll(WeightWords, WordClass.Weight);
        AddAll(ChangeVerbs, WordClass.ChangeVerb);
        AddAll(ParticleVerbs, WordClass.ParticleVerb);
        AddAll(["poll", "polls", "polling", "pollster", "pollsters", "lead", "leads", "swing", "survey", "surveys", "approval",
            "trails", "trailing", "trailed", "ahead", "behind", "margin", "turnout", "vote"], WordClass.Poll);
        Add("a", WordClass.Article);
        Add("an", WordClass.Article);
        Add("few", WordClass.Some, 2);
        Add("several", WordClass.Some, 2); // "several thousand": at least 2,000, as "thousands"
        Add("twice", WordClass.Multiplier, 2);
        Add("thrice", WordClass.Multiplier, 3);
        Add("double", WordClass.Multiplier, 2); // "double that of the last election" (before "that of" only)
        Add("triple", WordClass.Multiplier, 3);
        Add("treble", WordClass.Multiplier, 3);
        Add("quadruple", WordClass.Multiplier, 4);
        foreach ((string w, decimal v) in FoldBases)
        {
            // "threefold", "five-fold", "a hundredfold": a multiple standing alone (no comparison needed).
            Add(w + "fold", WordClass.Multiplier, v);
            Add(w + "-fold", WordClass.Multiplier, v);
        }
        Add("dozen", WordClass.Dozen, 12);
        Add("minus", WordClass.Minus);
        Add("negative", WordClass.Minus);
        return d.ToAsciiWordTable();

        void AddAll(string[] words, WordClass c)
        {
            foreach (string w in words)
            {
                Add(w, c);
            }
        }
    }
}
