using System.Collections.Frozen;
using Tidings.Text;

namespace Tidings.Claims;

/// <summary>The words the claim grammar reads, as one table: what each word can do in a claim.</summary>
internal static class ClaimWords
{
    /// <summary>What a word can do in a claim; a word can be several ("to" is a preposition and a change link).</summary>
    [Flags]
    internal enum Cls : uint
    {
        None = 0,

        /// <summary>A verb of speech, estimate, expectation or evidence: its subject is a source ("said", "expects", "showed").</summary>
        Reporting = 1,

        /// <summary>A verb of movement: the quantity after it is a change ("rose", "slowed to").</summary>
        ChangeVerb = 1 << 1,

        /// <summary>A function word or auxiliary: never the verb the predicate reader looks for after a quantity.</summary>
        Clause = 1 << 5,

        /// <summary>A verb that asserts a quantity ("detained", "allocated").</summary>
        Verb = 1 << 6,

        /// <summary>Looks like a past participle or verb but is not one here ("hundred", "expected").</summary>
        NotVerb = 1 << 7,

        /// <summary>A reporting verb whose subject must look like data or an agent ("The vaccine showed 94%" is no source).</summary>
        Evidence = 1 << 8,

        /// <summary>A noun naming a move, after its size: "a 1.2% drop", "a 5.4% gain".</summary>
        ChangeNoun = 1 << 9,

        /// <summary>A comparative after a quantity: "9% more than a year earlier", "7% higher than".</summary>
        Comparative = 1 << 10,

        /// <summary>Starts a new clause: two quantities on either side are not one claim.</summary>
        Breaker = 1 << 11,

        /// <summary>A preposition that may join the parts of a source ("Figures from the ministry", "Bank of Japan").</summary>
        Preposition = 1 << 12,

        /// <summary>A determiner or possessive pronoun.</summary>
        Determiner = 1 << 13,

        /// <summary>A noun naming data as a source: "figures", "survey", "poll".</summary>
        DataHead = 1 << 14,

        /// <summary>A noun naming people or bodies that assert numbers: "officials", "analysts", "ministry".</summary>
        AgentHead = 1 << 15,

        /// <summary>A verb revising a forecast: "cut its growth forecast … to 2.1%".</summary>
        Revise = 1 << 16,

        /// <summary>What a forecast is called: "forecast", "estimate", "outlook".</summary>
        ForecastNoun = 1 << 17,

        /// <summary>A word of a time phrase: "in the year to March", "a week ago".</summary>
        TimeWord = 1 << 18,

        /// <summary>Names the size of a move in value: "wiping $9 billion off".</summary>
        Wiping = 1 << 19,

        /// <summary>A verb that moves a share, not a level: "lost 0.9%", "adding 0.2%" ("lost $1.3 billion" is a level).</summary>
        ShareMove = 1 << 20,

        /// <summary>Opens an attribution before its source: "according (to)", "citing", "quoting", "in (line with)".</summary>
        Lead = 1 << 21,

        /// <summary>"put": "police put the crowd at 45,000".</summary>
        Put = 1 << 22,

        /// <summary>Set once a token's classes are cached.</summary>
        Known = 0x8000_0000,
    }

    /// <summary>The classes of the words that can open an attribution (the per-token test of the source finder).</summary>
    public const Cls SourceOpeners = Cls.Lead | Cls.Reporting | Cls.Put | Cls.Revise;

    private static readonly FrozenDictionary<string, Cls> Words = Build();

    /// <summary>The table, looked up by span.</summary>
    public static FrozenDictionary<string, Cls>.AlternateLookup<ReadOnlySpan<char>> Table { get; } = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The words with a <see cref="SourceOpeners"/> class, for the test before the look-up.</summary>
    private static readonly LetterFilter Openers = new(Words.Where(p => (p.Value & SourceOpeners) != 0).Select(p => p.Key));

    /// <summary>False when <paramref name="word"/> is surely no word of a <see cref="SourceOpeners"/> class, so most
    /// words skip the hash look-up.</summary>
    public static bool MayOpenSource(ReadOnlySpan<char> word) => Openers.MayContain(word);

    private static FrozenDictionary<string, Cls> Build()
    {
        var d = new Dictionary<string, Cls>(StringComparer.OrdinalIgnoreCase);
        void Add(Cls flag, params string[] words)
        {
            foreach (string w in words)
            {
                d[w] = d.GetValueOrDefault(w) | flag;
            }
        }

        Add(Cls.Reporting, "said", "says", "say", "reported", "reports", "estimated", "estimates", "estimate", "told", "warned", "found",
        "announced", "claimed", "claims", "claim", "added", "stated", "noted", "confirmed", "wrote", "writes", "predicted", "predicts", "predict",
        "forecast", "forecasts", "projected", "projects", "project", "insisted", "argued", "acknowledged", "disclosed", "revealed",
        "showed", "shows", "show", "expects", "expect", "calculated", "calculates", "anticipates", "anticipate", "alleged", "alleges",
        "cautioned", "cautions", "suggest", "suggests", "suggested", "indicate", "indicates", "indicated", "finds", "reckons", "reckoned",
        "sees", "give", "gives", "gave", "expected");

        Add(Cls.Evidence, "showed", "shows", "show", "found", "finds", "suggest", "suggests", "suggested", "indicate", "indicates",
        "indicated", "sees", "give", "gives", "gave", "put", "puts");

        Add(Cls.ChangeVerb, "rose", "rise", "rises", "risen", "rising", "fell", "fall", "falls", "fallen", "falling", "climbed", "climb", "climbs",
        "eased", "ease", "eases", "easing", "dropped", "drop", "drops", "increased", "increase", "increases", "decreased", "decrease",
        "jumped", "jump", "jumps", "slumped", "slump", "grew", "grow", "grows", "grown", "gained", "gain", "gains", "declined",
        "decline", "declines", "surged", "surge", "soared", "soar", "plunged", "plunge", "tumbled", "tumble", "slipped",
        "slip", "shrank", "shrink", "shrinks", "shrunk", "expanded", "expand", "expands", "doubled", "tripled", "halved", "widened", "widen",
        "narrowed", "narrow", "narrows", "dipped", "dip", "advanced", "retreated", "sank", "slid", "contracted",
        "rebounded", "slowed", "slow", "slows", "accelerated", "accelerate", "weakened", "weaken", "strengthened", "strengthen",
        "edged", "crept", "plummeted", "plummet", "skyrocketed", "spiked", "swelled", "swell", "cooled", "softened", "firmed",
        "dived", "sagged", "slowing", "climbing", "dropping", "sliding", "slipping", "gaining", "losing");

        Add(Cls.Clause, "that", "which", "who", "whom", "and", "but", "or", "while", "as", "after", "before", "when", "because", "since",
        "if", "although", "though", "whereas", "where", "than", "also", "has", "have", "had", "is", "are", "was", "were",
        "will", "would", "on", "in", "at", "by", "with", "to", "for", "of", "from", "said", "it", "they", "this");

        Add(Cls.Breaker, "that", "which", "who", "whom", "and", "but", "while", "whereas", "when", "after", "because", "although",
        "though", "if", "as", "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "might",
        "should", "must", "be", "been", "being", "it", "they", "he", "she", "we", "i", "you", "said", "says", "where", "also", "not",
        "did", "does", "do", "then", "so", "yet", "nor", "unless", "until", "whose");

        Add(Cls.Verb, "accounts", "account", "has", "have", "hit", "hits", "paid", "pays", "spent", "spends", "put", "puts", "cut", "cuts",
        "won", "wins", "drew", "draws", "took", "takes", "gave", "gives", "sold", "sells", "bought", "buys", "held", "holds",
        "met", "sent", "sends", "brought", "left", "leaves", "saw", "sees", "killed", "kill", "kills", "lost", "owns", "employs",
        "costs", "cost", "totalled", "totaled", "reached", "reaches", "numbered", "include", "includes", "received",
        "receives", "raised", "raises", "injured", "arrested", "detained", "allocated", "deployed", "evacuated", "fled",
        "marched", "rallied", "gathered", "attended", "voted", "approved", "earned", "earns", "made", "makes");

        Add(Cls.NotVerb, "need", "feed", "speed", "seed", "bed", "red", "hundred", "united", "limited", "based", "estimated", "alleged",
        "so-called", "armed", "detailed", "related", "elected", "reduced", "expected");

        Add(Cls.ChangeNoun, "drop", "fall", "rise", "gain", "increase", "decline", "jump", "slump", "decrease", "surge", "plunge", "dip",
        "rebound", "climb", "hike", "drops", "falls", "rises", "gains", "increases", "declines", "jumps", "decreases", "growth",
        "contraction", "hikes", "reduction", "reductions");

        Add(Cls.Comparative, "more", "fewer", "less", "higher", "lower", "worse", "better", "above", "below", "up", "down", "bigger",
        "smaller", "larger", "cheaper", "dearer");

        Add(Cls.Preposition, "of", "for", "at", "from", "by", "in", "on", "with");

        Add(Cls.Determiner, "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those");

        Add(Cls.DataHead, "data", "figures", "figure", "numbers", "statistics", "stats", "survey", "surveys", "poll", "polls", "polling",
        "study", "studies", "report", "reports", "results", "records", "images", "analysis", "tally", "count", "census", "estimates",
        "research", "index", "projections", "documents", "calculations", "models", "model", "audit", "review", "assessment", "tracker",
        "trackers", "filing", "filings", "estimate", "barometer", "indicator", "indicators", "readings");

        Add(Cls.AgentHead, "analysts", "analyst", "economists", "economist", "officials", "official", "researchers", "scientists", "doctors",
        "experts", "police", "authorities", "organizers", "organisers", "government", "ministry", "agency", "bank", "institute", "office",
        "union", "company", "commission", "spokesman", "spokeswoman", "spokesperson", "fund", "group", "team", "teams", "rescuers",
        "observers", "monitors", "investors", "traders", "forecasters", "board", "council", "department", "committee", "organization",
        "organisation", "association", "federation", "firm", "regulator", "watchdog", "rebels", "army", "military", "activists",
        "pollster", "pollsters", "campaigners", "unions", "ministries", "lenders", "banks");

        Add(Cls.Revise, "cut", "cuts", "raised", "raises", "lowered", "lowers", "trimmed", "trims", "revised", "revises", "upgraded",
        "downgraded", "lifted", "lifts", "hiked", "reduced", "boosted");

        Add(Cls.ForecastNoun, "forecast", "forecasts", "estimate", "estimates", "outlook", "projection", "projections", "guidance",
        "target", "view");

        Add(Cls.TimeWord, "year", "years", "month", "months", "week", "weeks", "quarter", "quarters", "half", "day", "days", "season",
        "period", "session", "sessions", "earlier", "ago", "before", "previous", "prior", "same", "last", "this", "next", "first",
        "second", "third", "fourth", "fiscal", "calendar", "annual", "straight", "consecutive", "year-on-year", "month-on-month",
        "quarter-on-quarter", "today", "yesterday", "morning", "afternoon", "evening", "night", "midday", "spring", "summer",
        "autumn", "winter", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "date", "so", "far");

        Add(Cls.Lead, "according", "citing", "quoting", "in");

        Add(Cls.Put, "put", "puts", "putting");

        Add(Cls.ShareMove, "lost", "loses", "losing", "shed", "sheds", "shedding", "added", "adds", "adding");

        Add(Cls.Wiping, "wiping", "erasing", "knocking", "shaving", "adding", "lopping", "wiped", "erased");

        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
