using System.Runtime.CompilerServices;
using Tidings.Text;

namespace Tidings.Recognition;

/// <summary>The word lists the recognizer consults as features (countries, cities, organisation keywords, …).</summary>
internal enum LexiconClass
{
    /// <summary>Countries and their common short forms.</summary>
    Country,
    /// <summary>Cities and towns.</summary>
    City,
    /// <summary>States, provinces, regions, continents and geographic features.</summary>
    Region,
    /// <summary>Nationalities, demonyms and languages ("Armenian", "French").</summary>
    Nationality,
    /// <summary>Words that head organisation names ("Committee", "Ministry", "Bank", "University").</summary>
    OrganizationWord,
    /// <summary>Legal-form suffixes of companies ("Inc", "Ltd", "Corp", "plc").</summary>
    CompanySuffix,
    /// <summary>Titles and roles before a person's name ("Mr", "President", "Minister").</summary>
    PersonTitle,
    /// <summary>Given names.</summary>
    GivenName,
    /// <summary>Words that head place names ("River", "Mount", "Province").</summary>
    PlaceWord,
    /// <summary>Months, weekdays and other capitalised common words that are seldom names.</summary>
    CommonCapitalized,
}

/// <summary>
/// Multi-word lists matched over token sequences by the hashes of their lower-cased tokens. Loaded once from the
/// embedded <c>NameLexicon.txt</c> (one line per class: <c>class: entry|entry|…</c>).
/// </summary>
/// <remarks><threadsafety>Immutable once built; safe to share between threads.</threadsafety></remarks>
internal sealed class NameLexicon
{
    /// <summary>Set on a phrase hash that only begins a longer entry.</summary>
    public const ushort PrefixOnly = 0x8000;

    /// <summary>The longest entry, in tokens.</summary>
    public const int MaxTokens = 6;

    private static readonly Lazy<NameLexicon> DefaultLexicon = new(LoadEmbedded);

    /// <summary>The phrase hashes (never 0: <see cref="Extend"/> sets bit 0), in an open-addressing table with linear
    /// probing, 0 in an empty slot: at least twice as many slots as phrases, a power of two. A look-up is made for
    /// every token of every document, most of them misses, which end at the first empty slot.</summary>
    private readonly uint[] _keys;

    /// <summary>The classes of the phrase in the same slot of <see cref="_keys"/>.</summary>
    private readonly ushort[] _values;

    /// <summary>32 less the table's size in bits: a phrase's first slot is the top bits of its hash times a constant.</summary>
    private readonly int _shift;

    private NameLexicon(Dictionary<uint, ushort> phrases)
    {
        int bits = 4;
        while (1 << bits < phrases.Count * 2)
        {
            bits++;
        }

        _keys = new uint[1 << bits];
        _values = new ushort[1 << bits];
        _shift = 32 - bits;
        foreach ((uint phrase, ushort classes) in phrases)
        {
            int slot = SlotOf(phrase);
            while (_keys[slot] != 0)
            {
                slot = (slot + 1) & (_keys.Length - 1);
            }

            _keys[slot] = phrase;
            _values[slot] = classes;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SlotOf(uint phrase) => (int)((phrase * 0x9E3779B9u) >> _shift);

    /// <summary>The lists shipped with the library.</summary>
    public static NameLexicon Default => DefaultLexicon.Value;

    /// <summary>The hash of a phrase one token longer than <paramref name="phrase"/> (0 for none).</summary>
    public static uint Extend(uint phrase, uint tokenLowerHash) => FeatureHash.Combine(0x51ED27u, phrase, tokenLowerHash) | 1;

    /// <summary>The classes of the phrase (bits of <see cref="LexiconClass"/>, with <see cref="PrefixOnly"/> when it only
    /// begins longer entries); false when no entry begins with it.</summary>
    public bool TryGet(uint phrase, out ushort classes)
    {
        uint[] keys = _keys;
        int mask = keys.Length - 1;
        int slot = SlotOf(phrase);
        while (phrase != 0)
        {
            uint key = keys[slot];
            if (key == phrase)
            {
                classes = _values[slot];
                return true;
            }

            if (key == 0)
            {
                break;
            }

            slot = (slot + 1) & mask;
        }

        classes = 0;
        return false;
    }

    /// <summary>Whether the single word <paramref name="word"/> is an entry of class <paramref name="class"/>.</summary>
    public bool Contains(ReadOnlySpan<char> word, LexiconClass @class) =>
        TryGet(Extend(0, FeatureHash.OfText(word, lower: true, foldDigits: true)), out ushort classes) && (classes & (1 << (int)@class)) != 0;

    /// <summary>Whether the single word <paramref name="word"/> is an entry of any of <paramref name="classes"/>: one hash
    /// and one look-up for a question the linker asks of several lists at once (the same answer as asking
    /// <see cref="Contains"/> of each).</summary>
    public bool ContainsAny(ReadOnlySpan<char> word, params ReadOnlySpan<LexiconClass> classes)
    {
        int mask = 0;
        foreach (LexiconClass @class in classes)
        {
            mask |= 1 << (int)@class;
        }

        return TryGet(Extend(0, FeatureHash.OfText(word, lower: true, foldDigits: true)), out ushort found) && (found & mask) != 0;
    }

    /// <summary>Builds a lexicon from its text form.</summary>
    public static NameLexicon Parse(TextReader reader)
    {
        var phrases = new Dictionary<uint, ushort>();
        while (reader.ReadLine() is string line)
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (line.Length == 0 || line[0] == '#' || colon < 0 || !Enum.TryParse(line.AsSpan(0, colon).Trim(), ignoreCase: true, out LexiconClass cls))
            {
                continue;
            }

            ushort bit = (ushort)(1 << (int)cls);
            foreach (string entry in line[(colon + 1)..].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                Add(phrases, entry, bit);
            }
        }

        return new NameLexicon(phrases);
    }

    private static void Add(Dictionary<uint, ushort> phrases, string entry, ushort bit)
    {
        Document doc = Document.Create(entry);
        ReadOnlySpan<Token> tokens = doc.Tokens;
        if (tokens.Length == 0 || tokens.Length > MaxTokens)
        {
            return;
        }

        uint h = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            h = Extend(h, FeatureHash.OfText(doc.TokenText(i), lower: true, foldDigits: true));
            ushort mark = i == tokens.Length - 1 ? bit : PrefixOnly;
            phrases[h] = phrases.TryGetValue(h, out ushort old) ? (ushort)(old | mark) : mark;
        }
    }

    private static NameLexicon LoadEmbedded()
    {
        using Stream? stream = typeof(NameLexicon).Assembly.GetManifestResourceStream("Tidings.Recognition.NameLexicon.txt");
        if (stream is null)
        {
            return new NameLexicon(new Dictionary<uint, ushort>());
        }

        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
