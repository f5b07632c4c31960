using System.Globalization;
using System.Reflection;
using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>A unit phrase as the tables give it: the unit, the minor-unit divisor ("cents": 100) and, for a
/// currency word whose country the text must settle ("francs"), the word whose cues decide it.</summary>
internal readonly record struct UnitEntry(QuantityUnit Unit, decimal Divisor, string? Ambiguous)
{
    public bool IsCurrency => Unit.Kind == UnitKind.Currency || Ambiguous is not null;
}

/// <summary>A suffix glued to digits: a scale ("bn"), a unit ("km", "45C", "50p") or both readings of "m".</summary>
internal readonly record struct GluedEntry(decimal Scale, GluedScale When, UnitEntry? Unit);

/// <summary>When a glued scale applies.</summary>
internal enum GluedScale : byte
{
    /// <summary>No scale.</summary>
    None,
    /// <summary>Always ("bn", "k").</summary>
    Always,
    /// <summary>After a currency only ("$2b").</summary>
    Money,
    /// <summary>After a currency or before a plural, else the unit of the same spelling ("$5m", "5m people", but "100m").</summary>
    Either,
}

/// <summary>
/// The unit, currency and hedge tables of the quantity extractor, read once from the embedded
/// <c>Numbers/Data/units.txt</c> (see the format notes at its top).
/// </summary>
internal static class Units
{
    private const string ResourceName = "Tidings.Numbers.Data.units.txt";

    private static readonly Lazy<Tables> Loaded = new(Load);

    /// <summary>Unit phrases that follow a number: "per cent", "euros", "square kilometres", "barrels per day".</summary>
    public static PhraseTable<UnitEntry> After => Loaded.Value.After;

    /// <summary>Hedges before a number: "around", "as many as", "no fewer than".</summary>
    public static PhraseTable<Approximation> Hedges => Loaded.Value.Hedges;

    /// <summary>Hedges after a number: "or more", "or so".</summary>
    public static PhraseTable<Approximation> PostHedges => Loaded.Value.PostHedges;

    /// <summary>A one-word unit ("kilometre", "tonnes", "magnitude") as written inside a compound like "12-kilometre".</summary>
    public static bool TrySingleWord(ReadOnlySpan<char> word, out QuantityUnit unit)
    {
        bool found = Loaded.Value.SingleWords.TryGetValue(word, out UnitEntry entry) && entry.Ambiguous is null;
        unit = entry.Unit;
        return found;
    }

    /// <summary>A one-character currency sign ("$", "€", "¢" with divisor 100).</summary>
    public static bool TryCurrencySign(char c, out string code, out decimal divisor)
    {
        bool found = Loaded.Value.Signs.TryGetValue(c, out (string Code, decimal Divisor) s);
        code = s.Code;
        divisor = found ? s.Divisor : 1;
        return found;
    }

    /// <summary>A one-character currency sign before a number ("$", "€"); minor-unit signs ("¢") do not stand before numbers.</summary>
    public static bool TryCurrencySign(char c, out string code) => TryCurrencySign(c, out code, out decimal divisor) && divisor == 1;

    /// <summary>A word glued before (or after) a dollar sign: "US$", "HK$", "$US".</summary>
    public static bool TryDollarPrefix(ReadOnlySpan<char> word, out string code) =>
        Loaded.Value.DollarPrefixes.TryGetValue(word, out code!);

    /// <summary>A word standing for a currency before a number: "USD 5 million", "EUR 200", "Rs 50".</summary>
    public static bool TryCodeBefore(ReadOnlySpan<char> word, out string code) =>
        Loaded.Value.CodesBefore.TryGetValue(word, out code!);

    /// <summary>The unit entry of a currency code from the tables; "? rupees" is the ambiguous word "rupees".</summary>
    public static UnitEntry CurrencyEntry(string code) =>
        code.StartsWith("? ", StringComparison.Ordinal)
            ? new UnitEntry(QuantityUnit.Currency("XXX"), 1, code[2..])
            : new UnitEntry(QuantityUnit.Currency(code), 1, null);

    /// <summary>The code a document's cue word gives an ambiguous currency word ("francs" + "Geneva" → CHF).</summary>
    public static bool TryAmbiguousCue(string ambiguous, ReadOnlySpan<char> cue, out string code)
    {
        code = "";
        return Loaded.Value.Ambiguous.TryGetValue(ambiguous, out var cues) && cues.TryGet(cue, out code);
    }

    /// <summary>The cue words of an ambiguous currency word, to test many words against (one look-up of the word).</summary>
    public static AmbiguityCues? CuesOf(string ambiguous) =>
        Loaded.Value.Ambiguous.TryGetValue(ambiguous, out AmbiguityCues? cues) ? cues : null;

    /// <summary>Whether <paramref name="word"/> is a cue of any ambiguous currency word.</summary>
    public static bool IsAmbiguityCue(ReadOnlySpan<char> word) => Loaded.Value.AllCues.Contains(word);

    /// <summary>A suffix glued to digits ("bn", "km", "45C", "50p"); one-letter suffixes match only as written.</summary>
    public static bool TryGlued(ReadOnlySpan<char> suffix, out GluedEntry entry)
    {
        entry = default;
        if (suffix.Length == 0 || suffix.Length > 8)
        {
            return false;
        }

        Tables t = Loaded.Value;
        return t.GluedExact.TryGetValue(suffix, out entry) || t.Glued.TryGetValue(suffix, out entry);
    }

    internal sealed class Tables
    {
        public required PhraseTable<UnitEntry> After { get; init; }
        public required PhraseTable<Approximation> Hedges { get; init; }
        public required PhraseTable<Approximation> PostHedges { get; init; }
        public required AsciiWordTable<UnitEntry> SingleWords { get; init; }
        public required Dictionary<char, (string Code, decimal Divisor)> Signs { get; init; }
        public required AsciiWordTable<string> DollarPrefixes { get; init; }
        public required AsciiWordTable<string> CodesBefore { get; init; }
        public required AsciiWordTable<AmbiguityCues> Ambiguous { get; init; }
        public required AsciiWordTable<bool> AllCues { get; init; }
        public required AsciiWordTable<GluedEntry> GluedExact { get; init; }
        public required AsciiWordTable<GluedEntry> Glued { get; init; }
        public required AsciiWordTable<bool> SingularS { get; init; }
        public required AsciiWordTable<string> DurationCues { get; init; }

        /// <summary>Every [word-list] line by name, for the lists read only in rare places ("fraction-verb"); each line's
        /// table is built when it is first asked (session 38, speed38b: most of the 146 lines are never asked by name, and
        /// building them all cost the first document's quantity pass).</summary>
        public required AsciiWordTable<LazyWordSet> Lists { get; init; }

        /// <summary>Every word of every [word-list] line with one bit per line it is on (the lines in file order, at most
        /// 64): a neighbour of a number is looked up once for all the lines the rules ask of it.</summary>
        public required AsciiWordTable<ulong> ListBits { get; init; }

        /// <summary>The letters of the words of <see cref="ListBits"/>, tested before the hash look-up.</summary>
        public required LetterFilter ListLetters { get; init; }

        /// <summary>The bit of each [word-list] line in <see cref="ListBits"/>, by name.</summary>
        public required Dictionary<string, ulong> ListBit { get; init; }
    }

    /// <summary>The bits of the [word-list] lines <paramref name="word"/> (case-insensitive) is on (see
    /// <see cref="ListBitOf"/>); 0 when it is on none.</summary>
    public static ulong ListBitsOf(ReadOnlySpan<char> word)
    {
        Tables t = Loaded.Value;
        return word.Length > 0 && (word.Length > LetterFilter.MaxLength || t.ListLetters.MayContain(word))
            && t.ListBits.TryGetValue(word, out ulong bits) ? bits : 0;
    }

    /// <summary>The words of the [word-list] lines in <paramref name="mask"/>, each with its bits of those lines only.</summary>
    internal static AsciiWordTable<ulong> ListSubset(ulong mask)
    {
        AsciiWordTable<ulong> all = Loaded.Value.ListBits;
        var kept = new List<KeyValuePair<string, ulong>>();
        for (int i = 0; i < all.Count; i++)
        {
            if ((all.ValueAt(i) & mask) != 0)
            {
                kept.Add(new KeyValuePair<string, ulong>(all.Keys[i], all.ValueAt(i) & mask));
            }
        }

        return kept.ToAsciiWordTable();
    }

    /// <summary>The bit of the [word-list] line <paramref name="name"/> in <see cref="ListBitsOf"/>; 0 when there is no such
    /// line.</summary>
    internal static ulong ListBitOf(string name) => Loaded.Value.ListBit.GetValueOrDefault(name);

    /// <summary>Whether <paramref name="word"/> is on the [word-list] line named <paramref name="list"/> (a name known only
    /// at run time: the list is found by name on every call; the rules ask through <see cref="WordLists"/>).</summary>
    public static bool InList(string list, ReadOnlySpan<char> word) =>
        Loaded.Value.Lists.TryGetValue(list, out LazyWordSet? set) && set.Words.Contains(word);

    /// <summary>Whether <paramref name="word"/> is on the [word-list] line <paramref name="list"/> ("fraction-verb").</summary>
    public static bool InList(WordList list, ReadOnlySpan<char> word) => list.Contains(word);

    /// <summary>The words of the [word-list] line <paramref name="name"/>; an empty set when there is no such line.</summary>
    internal static AsciiWordTable<bool> ListWords(string name) =>
        Loaded.Value.Lists.TryGetValue(name, out LazyWordSet? set) ? set.Words : NoWords;

    private static readonly AsciiWordTable<bool> NoWords = AsciiWordTable.Of();

    private static AsciiWordTable<bool> WordSet(IEnumerable<string> words) => AsciiWordTable.Of(words);

    /// <summary>The words of one [word-list] line, made a table when first asked (by any thread; two threads asking at
    /// once may both build it, and either table answers alike).</summary>
    /// <param name="words">The line's words.</param>
    internal sealed class LazyWordSet(string[] words)
    {
        private AsciiWordTable<bool>? _table;

        /// <summary>The line's words as a case-insensitive set.</summary>
        public AsciiWordTable<bool> Words
        {
            get
            {
                AsciiWordTable<bool>? table = Volatile.Read(ref _table);
                if (table is null)
                {
                    table = WordSet(words);
                    Volatile.Write(ref _table, table);
                }

                return table;
            }
        }
    }

    /// <summary>Whether <paramref name="word"/> is on the [word-list] line "singular-s": a singular noun ending in s.</summary>
    public static bool IsSingularS(ReadOnlySpan<char> word) => Loaded.Value.SingularS.Contains(word);

    /// <summary>The [word-list] line ("duration-of", "duration-copula", "duration-by", "duration-not") that holds
    /// <paramref name="word"/>, or the measure code of a time unit ("time min" → "min"); null for neither.</summary>
    public static string? DurationCue(ReadOnlySpan<char> word) =>
        Loaded.Value.DurationCues.TryGetValue(word, out string? cue) ? cue : null;

    private static Tables Load()
    {
        using Stream stream = typeof(Units).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Parses the table text (internal for the tests that check the shipped file).</summary>
    internal static Tables Parse(string data)
    {
        var after = new List<(string, UnitEntry)>();
        var hedges = new List<(string, Approximation)>();
        var postHedges = new List<(string, Approximation)>();
        var signs = new Dictionary<char, (string, decimal)>();
        var dollar = new Dictionary<string, string>(StringComparer.Ordinal);
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        var ambiguous = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        var gluedExact = new Dictionary<string, GluedEntry>(StringComparer.Ordinal);
        var glued = new Dictionary<string, GluedEntry>(StringComparer.OrdinalIgnoreCase);
        var cues = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string section = "";
        // The lines are read as spans of the text (session 38, speed38b): only the keys and items the tables keep are
        // made strings, so the load allocates less and triggers fewer collections on the first document's thread.
        for (int start = 0; start <= data.Length;)
        {
            int newline = data.IndexOf('\n', start);
            int end = newline < 0 ? data.Length : newline;
            ReadOnlySpan<char> line = data.AsSpan(start, end - start).Trim();
            start = end + 1;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[')
            {
                section = line.Trim(['[', ']']).ToString();
                continue;
            }

            int colon = line.IndexOf(':');
            if (colon <= 0)
            {
                throw new InvalidDataException($"units.txt: no ':' in \"{line}\"");
            }

            string key = line[..colon].Trim().ToString();
            string[] items = Items(line[(colon + 1)..]);
            switch (section)
            {
                case "after":
                    UnitEntry entry = ParseUnitKey(key);
                    foreach (string p in items)
                    {
                        after.Add((p, entry));
                    }

                    break;
                case "ambiguous":
                    ambiguous[key] = items.Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);
                    break;
                case "signs":
                    foreach (string item in items)
                    {
                        string[] parts = item.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                        signs[parts[0][0]] = (key, parts.Length > 1 ? Divisor(parts[1]) : 1);
                    }

                    break;
                case "dollar-prefix":
                    foreach (string item in items)
                    {
                        dollar[item] = key;
                    }

                    break;
                case "word-list":
                    cues[key] = items;
                    break;
                case "code-before":
                    foreach (string item in items)
                    {
                        codes[item] = key;
                    }

                    break;
                case "glued":
                    GluedEntry g = ParseGluedKey(key);
                    foreach (string item in items)
                    {
                        // Every suffix matches as written; those of two letters or more also in any case ("5KM"), except
                        // those written "=Nm" (newton-metres, not nanometres: "800Nm", but "5nm" is a process node).
                        bool exactOnly = item.Length > 1 && item[0] == '=';
                        string suffix = exactOnly ? item[1..] : item;
                        gluedExact[suffix] = gluedExact.TryGetValue(suffix, out GluedEntry old) ? Merge(old, g) : g;
                        if (suffix.Length > 1 && !exactOnly)
                        {
                            glued[suffix] = glued.TryGetValue(suffix, out GluedEntry older) ? Merge(older, g) : g;
                        }
                    }

                    break;
                case "hedge":
                    foreach (string p in items)
                    {
                        hedges.Add((p, ParseApproximation(key)));
                    }

                    break;
                case "post-hedge":
                    foreach (string p in items)
                    {
                        postHedges.Add((p, ParseApproximation(key)));
                    }

                    break;
                default:
                    throw new InvalidDataException($"units.txt: unknown section [{section}]");
            }
        }

        (Dictionary<string, ulong> listBits, Dictionary<string, ulong> listBit) = ListBitTables(cues);
        return new Tables
        {
            After = new PhraseTable<UnitEntry>(after),
            Hedges = new PhraseTable<Approximation>(hedges),
            PostHedges = new PhraseTable<Approximation>(postHedges),
            SingleWords = SingleWordTable(after),
            Signs = signs,
            DollarPrefixes = dollar.ToAsciiWordTable(ignoreCase: false),
            CodesBefore = codes.ToAsciiWordTable(ignoreCase: false),
            Ambiguous = ambiguous.Select(p => new KeyValuePair<string, AmbiguityCues>(p.Key, new AmbiguityCues(p.Value))).ToAsciiWordTable(),
            AllCues = WordSet(ambiguous.Values.SelectMany(d => d.Keys)),
            GluedExact = gluedExact.ToAsciiWordTable(ignoreCase: false),
            Glued = glued.ToAsciiWordTable(),
            SingularS = WordSet(cues.GetValueOrDefault("singular-s", [])),
            DurationCues = DurationTable(cues),
            Lists = cues.Select(p => new KeyValuePair<string, LazyWordSet>(p.Key, new LazyWordSet(p.Value))).ToAsciiWordTable(ignoreCase: false),
            ListBits = listBits.ToAsciiWordTable(),
            ListLetters = new LetterFilter(listBits.Keys),
            ListBit = listBit,
        };
    }

    /// <summary>The items of a line after its key: split at '|', each trimmed, the empty ones left out (as
    /// <see cref="string.Split(char, StringSplitOptions)"/> with both options).</summary>
    private static string[] Items(ReadOnlySpan<char> rest)
    {
        int count = rest.Count('|') + 1;
        Span<Range> ranges = count <= 256 ? stackalloc Range[count] : new Range[count];
        int n = rest.Split(ranges, '|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var items = new string[n];
        for (int i = 0; i < n; i++)
        {
            items[i] = rest[ranges[i]].ToString();
        }

        return items;
    }

    /// <summary>One bit for each of the first 64 [word-list] lines, and every word of those lines with the bits of the lines
    /// it is on; a line past the 64th has no bit and is asked by its own table (<see cref="WordList.Contains"/>).</summary>
    private static (Dictionary<string, ulong> Words, Dictionary<string, ulong> Lines) ListBitTables(Dictionary<string, string[]> cues)
    {
        var words = new Dictionary<string, ulong>(StringComparer.OrdinalIgnoreCase);
        var lines = new Dictionary<string, ulong>(StringComparer.Ordinal);
        foreach ((string name, string[] items) in cues)
        {
            if (lines.Count == 64)
            {
                break;
            }

            ulong bit = 1UL << lines.Count;
            lines[name] = bit;
            foreach (string w in items)
            {
                words[w] = words.GetValueOrDefault(w) | bit;
            }
        }

        return (words, lines);
    }

    /// <summary>The one-word units, each word with the first entry given for it.</summary>
    private static AsciiWordTable<UnitEntry> SingleWordTable(List<(string, UnitEntry)> after)
    {
        var first = new Dictionary<string, UnitEntry>(StringComparer.OrdinalIgnoreCase);
        foreach ((string phrase, UnitEntry entry) in after)
        {
            if (!phrase.Contains(' ', StringComparison.Ordinal))
            {
                first.TryAdd(phrase, entry);
            }
        }

        return first.ToAsciiWordTable();
    }

    /// <summary>Word → its duration cue line, or → the measure code for the "time CODE" lines (a time unit is on one
    /// line only; a cue word that is also a unit, "average", keeps its cue).</summary>
    private static AsciiWordTable<string> DurationTable(Dictionary<string, string[]> cues)
    {
        var table = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach ((string key, string[] items) in cues)
        {
            string? value = key.StartsWith("time ", StringComparison.Ordinal) ? key[5..]
                : key.StartsWith("duration-", StringComparison.Ordinal) ? key : null;
            foreach (string item in value is null ? [] : items)
            {
                table.TryAdd(item, value!);
            }
        }

        return table.ToAsciiWordTable();
    }

    private static GluedEntry Merge(GluedEntry a, GluedEntry b) =>
        new(a.When != GluedScale.None ? a.Scale : b.Scale, a.When != GluedScale.None ? a.When : b.When, a.Unit ?? b.Unit);

    /// <summary>"percent", "pp", "currency USD", "currency USD /100", "currency USD /100 ?¢" (read as USD until the
    /// ambiguous word "¢" is settled), "currency ? francs", "currency ? grand *1000", "measure km".</summary>
    private static UnitEntry ParseUnitKey(string key)
    {
        string[] p = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return p[0] switch
        {
            "percent" => new UnitEntry(QuantityUnit.Percent, 1, null),
            "pp" => new UnitEntry(QuantityUnit.PercentagePoints, 1, null),
            "measure" => new UnitEntry(QuantityUnit.Measure(p[1]), p.Length > 2 ? Divisor(p[2]) : 1, null),
            "currency" when p[1] == "?" => new UnitEntry(QuantityUnit.Currency("XXX"), p.Length > 3 ? Divisor(p[3]) : 1, p[2]),
            "currency" => new UnitEntry(QuantityUnit.Currency(p[1]), p.Length > 2 ? Divisor(p[2]) : 1, p.Length > 3 && p[3][0] == '?' ? p[3][1..] : null),
            _ => throw new InvalidDataException($"units.txt: unknown unit \"{key}\""),
        };
    }

    /// <summary>"scale 1000", "scale 1000000000 money", "scale 1000000 either", or a unit key.</summary>
    private static GluedEntry ParseGluedKey(string key)
    {
        string[] p = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (p[0] != "scale")
        {
            return new GluedEntry(1, GluedScale.None, ParseUnitKey(key));
        }

        GluedScale when = p.Length < 3 ? GluedScale.Always : p[2] switch
        {
            "money" => GluedScale.Money,
            "either" => GluedScale.Either,
            _ => throw new InvalidDataException($"units.txt: unknown glued scale \"{key}\""),
        };
        return new GluedEntry(decimal.Parse(p[1], CultureInfo.InvariantCulture), when, null);
    }

    /// <summary>"/100" (a minor unit) or "*1000000000" (a multiple: the divisor is its inverse).</summary>
    private static decimal Divisor(string s) => s[0] == '*'
        ? 1 / decimal.Parse(s[1..], CultureInfo.InvariantCulture)
        : decimal.Parse(s.TrimStart('/'), CultureInfo.InvariantCulture);

    private static Approximation ParseApproximation(string key) =>
        Enum.TryParse(key, ignoreCase: true, out Approximation a) ? a : throw new InvalidDataException($"units.txt: unknown approximation \"{key}\"");
}

/// <summary>The cue words of one ambiguous currency word ("Geneva" → CHF for "francs"): a letter filter turns away most
/// words of a document without hashing them.</summary>
internal sealed class AmbiguityCues
{
    private readonly AsciiWordTable<string> _codes;
    private readonly LetterFilter _filter;

    public AmbiguityCues(IReadOnlyDictionary<string, string> codes)
    {
        _codes = codes.ToAsciiWordTable();
        _filter = new LetterFilter(codes.Keys);
    }

    /// <summary>The code cue word <paramref name="cue"/> gives, if it is one.</summary>
    public bool TryGet(ReadOnlySpan<char> cue, out string code)
    {
        code = "";
        return (cue.Length > LetterFilter.MaxLength || _filter.MayContain(cue)) && _codes.TryGetValue(cue, out code!);
    }
}
