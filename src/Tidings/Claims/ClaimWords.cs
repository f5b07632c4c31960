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

        /// <summary>A verb of outdoing or falling short: the figure after it is what the first was set against ("beating",
        /// "missed the consensus forecast of", "beat the 12.6 billion euros forecast").</summary>
        Outdo = 1 << 2,

        /// <summary>A verb of publishing, testifying or being quoted: its subject is a source only with the venue it names
        /// and the clause it reports ("posted on Truth Social that", "testified before the committee that", "was quoted
        /// by Interfax as saying").</summary>
        Channel = 1 << 3,

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

        /// <summary>What a body holds and a verb of share moves: "shed 1,200 jobs", "lose 48 seats".</summary>
        Headcount = 1 << 23,

        /// <summary>"highest", "lowest": two superlatives, each with its number, compare ("highest in X at 6.1% and lowest in Y at 3.2%").</summary>
        Superlative = 1 << 24,

        /// <summary>A verb of counting ("counted", "recorded"): its subject is a source only when it names a body ("The
        /// agency counted 1,850 arrivals"), not a place or a firm whose own figure it is ("Brazil has recorded …").</summary>
        Tally = 1 << 25,

        /// <summary>A verb that carries a measure to a new level after a move: "…, taking the Band D charge to £1,958".</summary>
        Carry = 1 << 26,

        /// <summary>A noun of a carried measure other than the moved quantity's level: "pushing the annual rate to 4.2%".</summary>
        OtherMeasure = 1 << 27,

        /// <summary>An adverb of time between a source and its verb, outside the source: "Police earlier said".</summary>
        SourceAdverb = 1 << 28,

        /// <summary>A verb of surpassing only ("beat", "breaking", "surpasses"; no verb of falling short): a standing best
        /// after one is the measure's past.</summary>
        Surpass = 1 << 29,

        /// <summary>"(as) measured (by)": a word that opens an attribution only between "as" and "by" ("as measured by the
        /// central bank's survey"); not a <see cref="Lead"/>, so it stops no scan of a measure's verb.</summary>
        MeasureLead = 1 << 30,

        /// <summary>Set once a token's classes are cached.</summary>
        Known = 0x8000_0000,
    }

    /// <summary>The classes of the words that can open an attribution (the per-token test of the source finder).</summary>
    public const Cls SourceOpeners = Cls.Lead | Cls.MeasureLead | Cls.Reporting | Cls.Put | Cls.Revise | Cls.Tally | Cls.Channel;

    private static readonly AsciiWordTable<Cls> Words = Build();

    /// <summary>How many words the table holds (reading it, if not read yet: the pipeline's start-up asks it on another
    /// thread).</summary>
    internal static int Count => Words.Count + OpenerEnds.Length + (KeysStartWithLetter ? 1 : 0);

    /// <summary>The classes of <paramref name="word"/> (case-insensitive), if it is in the table.</summary>
    public static bool TryFind(ReadOnlySpan<char> word, out Cls classes) => Words.TryGetValue(word, out classes);

    /// <summary>The letters of every word of the table, tested before the hash look-up.</summary>
    private static readonly LetterFilter AllWords = new(Words.Keys);

    /// <summary>Whether every word of the table starts with an ASCII letter (it does; read from the data, not assumed).</summary>
    private static readonly bool KeysStartWithLetter = Words.Keys.All(k => k.Length > 0 && char.IsAsciiLetter(k[0]));

    /// <summary>False when <paramref name="word"/> is surely no word of the table (its length and letters say so without
    /// hashing: most words of a sentence, names and numbers among them). A word that starts with an ASCII character
    /// other than a letter (a number, a comma, a sign) is no word of the table: the letter filter lets such characters
    /// pass, so they are turned away first (a character past ASCII still goes on: "ı" folds to "I").</summary>
    public static bool MayBeWord(ReadOnlySpan<char> word) =>
        word.Length > 0 && (word[0] >= 0x80 || char.IsAsciiLetter(word[0]) || !KeysStartWithLetter) && AllWords.MayContain(word);

    /// <summary>The last letters (bits 0–25) of the <see cref="SourceOpeners"/> words, by length (1–16) and first letter:
    /// <c>OpenerEnds[length * 26 + first]</c>. A length with a word whose first or last character is no ASCII letter
    /// lets every pair of letters through (the hash look-up decides).</summary>
    private static readonly uint[] OpenerEnds = BuildOpenerEnds();

    /// <summary>
    /// The first token from <paramref name="k"/> up to <paramref name="end"/> that may be a word of a
    /// <see cref="SourceOpeners"/> class (<paramref name="end"/> if none): a word of at most 16 characters whose
    /// length, first and last letter some such word has (a word starting or ending in anything but an ASCII letter
    /// is let through). Words past 16 characters are never candidates. One tight loop over the sentence's tokens,
    /// one table read per word: most words of a sentence open no attribution, and the look-up decides for the rest.
    /// </summary>
    public static int NextOpener(ReadOnlySpan<Token> tokens, string text, int k, int end)
    {
        uint[] ends = OpenerEnds;
        for (; k < end; k++)
        {
            Token t = tokens[k];
            int length = t.Length;
            if (t.Kind != TokenKind.Word || (uint)(length - 1) >= LetterFilter.MaxLength)
            {
                continue;
            }

            uint first = (uint)((text[t.Start] | 0x20) - 'a');
            uint last = (uint)((text[t.Start + length - 1] | 0x20) - 'a');
            if (first >= 26 || last >= 26 || (ends[(length * 26) + (int)first] & (1u << (int)last)) != 0)
            {
                return k;
            }
        }

        return end;
    }

    private static uint[] BuildOpenerEnds()
    {
        const uint AnyLetter = (1u << 26) - 1;
        var ends = new uint[(LetterFilter.MaxLength + 1) * 26];
        for (int i = 0; i < Words.Count; i++)
        {
            string w = Words.Keys[i];
            if ((Words.ValueAt(i) & SourceOpeners) == 0 || w.Length is 0 or > LetterFilter.MaxLength)
            {
                continue;
            }

            uint first = (uint)((w[0] | 0x20) - 'a');
            uint last = (uint)((w[^1] | 0x20) - 'a');
            if (first < 26 && last < 26)
            {
                ends[(w.Length * 26) + (int)first] |= 1u << (int)last;
            }
            else
            {
                ends.AsSpan(w.Length * 26, 26).Fill(AnyLetter); // "ı…" equals "I…" ignoring case: let the look-up decide
            }
        }

        return ends;
    }

    /// <summary>The name of the embedded word table (Claims/Data/claim-words.txt).</summary>
    private const string ResourceName = "Tidings.Claims.Data.claim-words.txt";

    private static AsciiWordTable<Cls> Build() => Parse(Resource(ResourceName));

    /// <summary>The text of the embedded word file <paramref name="name"/> (of this assembly).</summary>
    internal static string Resource(string name)
    {
        using Stream stream = typeof(ClaimWords).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Parses the word table: "[Class]" section lines, then words separated by spaces; '#' starts a comment line.</summary>
    internal static AsciiWordTable<Cls> Parse(string data) =>
        Sections(data, "claim-words.txt", ClassNamed, static (a, b) => a | b).ToAsciiWordTable();

    /// <summary>Reads a sectioned word file (<paramref name="file"/> names it in errors): "[Name]" lines choose the flag
    /// <paramref name="named"/> gives, every other non-blank line not starting with '#' holds words separated by spaces; a
    /// word in several sections gets the <paramref name="union"/> of their flags.</summary>
    internal static Dictionary<string, T> Sections<T>(string data, string file, Func<string, T> named, Func<T, T, T> union)
        where T : struct
    {
        var d = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        T? flag = null;
        foreach (string raw in data.Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[')
            {
                flag = named(line.Trim('[', ']'));
                continue;
            }

            if (flag is not T f)
            {
                throw new InvalidDataException($"{file}: words before any [Class] line: \"{line}\"");
            }

            foreach (string w in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                d[w] = d.TryGetValue(w, out T old) ? union(old, f) : f;
            }
        }

        return d;
    }

    /// <summary>The flag a section of the word table names (no reflection, so the table reads the same under AOT).</summary>
    private static Cls ClassNamed(string name) => name switch
    {
        nameof(Cls.Reporting) => Cls.Reporting,
        nameof(Cls.ChangeVerb) => Cls.ChangeVerb,
        nameof(Cls.Outdo) => Cls.Outdo,
        nameof(Cls.Channel) => Cls.Channel,
        nameof(Cls.Clause) => Cls.Clause,
        nameof(Cls.Verb) => Cls.Verb,
        nameof(Cls.NotVerb) => Cls.NotVerb,
        nameof(Cls.Evidence) => Cls.Evidence,
        nameof(Cls.ChangeNoun) => Cls.ChangeNoun,
        nameof(Cls.Comparative) => Cls.Comparative,
        nameof(Cls.Breaker) => Cls.Breaker,
        nameof(Cls.Preposition) => Cls.Preposition,
        nameof(Cls.Determiner) => Cls.Determiner,
        nameof(Cls.DataHead) => Cls.DataHead,
        nameof(Cls.AgentHead) => Cls.AgentHead,
        nameof(Cls.Revise) => Cls.Revise,
        nameof(Cls.ForecastNoun) => Cls.ForecastNoun,
        nameof(Cls.TimeWord) => Cls.TimeWord,
        nameof(Cls.Wiping) => Cls.Wiping,
        nameof(Cls.ShareMove) => Cls.ShareMove,
        nameof(Cls.Lead) => Cls.Lead,
        nameof(Cls.Put) => Cls.Put,
        nameof(Cls.Headcount) => Cls.Headcount,
        nameof(Cls.Superlative) => Cls.Superlative,
        nameof(Cls.Tally) => Cls.Tally,
        nameof(Cls.Carry) => Cls.Carry,
        nameof(Cls.OtherMeasure) => Cls.OtherMeasure,
        nameof(Cls.SourceAdverb) => Cls.SourceAdverb,
        nameof(Cls.Surpass) => Cls.Surpass,
        nameof(Cls.MeasureLead) => Cls.MeasureLead,
        _ => throw new InvalidDataException($"claim-words.txt: unknown class [{name}]"),
    };
}
