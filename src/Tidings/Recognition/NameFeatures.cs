using System.Runtime.CompilerServices;
using Tidings.Text;

namespace Tidings.Recognition;

/// <summary>
/// Computes the recognizer's features for every token of a document: word forms, shapes and affixes,
/// neighbouring words, capitalisation in context (sentence starts, lines in capitals), document-level case
/// evidence and lexicon membership. Training and tagging share this code, so both see the same features.
/// </summary>
/// <remarks>
/// <para>Call <see cref="Prepare"/> once per document, then <see cref="Extract"/> per token. Buffers are rented and
/// reused between documents; <see cref="Dispose"/> returns them.</para>
/// <threadsafety>Not thread-safe: one instance per thread.</threadsafety>
/// </remarks>
internal sealed partial class NameFeatures : IDisposable
{
    /// <summary>The most features one token can have (<see cref="Extract"/> and <see cref="ExtractEvidence"/> together).</summary>
    public const int MaxFeatures = 256;

    /// <summary>Distinct neighbouring words kept per name word and side for the document-level context features.</summary>
    private const int Contexts = 6;

    /// <summary>Distinct heads of longer names kept per name word for the document-level run features.</summary>
    private const int Heads = 3;

    private const uint Boundary = 0xB0B0B0B1;

    [Flags]
    private enum Info : ushort
    {
        None = 0,
        Initial = 1 << 0,
        CapsLine = 1 << 1,
        Letters = 1 << 2,
        Upper = 1 << 3,
        HasLower = 1 << 4,
        LowerSeen = 1 << 5,
        TitleSeen = 1 << 6,
        AllLower = 1 << 7,
        TitleCase = 1 << 8,
    }

    private struct TokenInfo
    {
        public uint Exact;
        /// <summary>The word's key (<see cref="WordKey"/>), computed once when its sentence is prepared: the tagger asks for it
        /// at every token and twice more for each new word.</summary>
        public uint Key;
        public uint Lower;
        public uint Shape;
        public Info Info;
        public ushort LexBegin;
        public ushort LexInside;
        public int SentenceStart;
        public int SentenceEnd;
        public int RunStart;
        public int RunEnd;
        public uint Own;
        public uint Majority;
        public uint Prev;
        public uint Next;
        public int Slot;
        /// <summary>The token's lower-cased word in the document's table of distinct words (<see cref="_words"/>),
        /// or -1 for a token without letters.</summary>
        public int Word;
        public byte Pronoun;
        public byte Table;
        public ushort ListKinds;
        public byte ListPos;
        public byte ListWhole;
        public ushort WordKinds;
    }

    private readonly NameLexicon _lexicon;
    private readonly NameTables _tables = NameTables.Default;
    private TokenInfo[] _tokens = [];
    /// <summary>The document's distinct lower-cased words (tokens with letters), numbered once when their sentence is
    /// prepared: each word's case evidence and name-context slot are kept by that number, so a token finds them
    /// without probing a table again.</summary>
    private readonly WordSlots _words = new();

    /// <summary>Per word of <see cref="_words"/>: the case evidence seen for it anywhere in the document.</summary>
    private Info[] _docValues = [];

    /// <summary>Per word of <see cref="_words"/>: its slot in the name-context arrays, or -1 while it was never seen
    /// as a name word.</summary>
    private int[] _nameSlots = [];

    /// <summary>The number of name-context slots given out in the document.</summary>
    private int _nameCount;
    private uint[] _contexts = [];
    private byte[] _contextCounts = [];
    private ushort[] _contextClasses = [];
    private byte[] _pronouns = [];
    private byte[] _runRoles = [];
    private uint[] _runHeads = [];
    private byte[] _runHeadCounts = [];
    private ushort[] _runHeadClasses = [];
    private ushort[] _listKinds = [];
    private uint _docTable;
    private Document? _document;

    private static readonly uint PronounIt = FeatureHash.OfTextBothCases("it").Lower;
    private static readonly uint PronounIts = FeatureHash.OfTextBothCases("its").Lower;
    private static readonly uint PronounHe = FeatureHash.OfTextBothCases("he").Lower;
    private static readonly uint PronounHis = FeatureHash.OfTextBothCases("his").Lower;
    private static readonly uint PronounShe = FeatureHash.OfTextBothCases("she").Lower;
    private static readonly uint PronounHer = FeatureHash.OfTextBothCases("her").Lower;
    private static readonly uint PronounThey = FeatureHash.OfTextBothCases("they").Lower;
    private static readonly uint PronounTheir = FeatureHash.OfTextBothCases("their").Lower;

    /// <summary>Creates a feature extractor consulting <paramref name="lexicon"/>.</summary>
    public NameFeatures(NameLexicon lexicon) => _lexicon = lexicon;

    /// <summary>The lists this extractor consults.</summary>
    public NameLexicon Lexicon => _lexicon;

    /// <summary>Forgets the prepared document (keeping the buffers for the next one).</summary>
    public void Release() => _document = null;

    /// <summary>Sets what an earlier stage said of a token: its own tag (plus one) and the type most often given to
    /// the same word elsewhere in the document (plus one, with a count); zero for nothing. Later stages add these
    /// as features, for document-level consistency.</summary>
    public void SetStageEvidence(int token, uint own, uint majority)
    {
        At(token).Own = own;
        At(token).Majority = majority;
    }

    /// <summary>The hash of token <paramref name="i"/> lower-cased.</summary>
    public uint LowerHash(int i) => At(i).Lower;

    /// <summary>Where each token's lower-cased hash (<see cref="LowerHash"/>) is also written, by document token index, as
    /// its sentence is prepared (null: nowhere). The name linker asks the lists about tokens by this same hash
    /// (<see cref="FeatureHash.OfText"/> lower-cased with digits folded), and reads it from here instead of hashing each
    /// token's text again.</summary>
    internal uint[]? LowerSink { get; set; }

    /// <summary>Whether token <paramref name="i"/> has letters.</summary>
    public bool HasLetters(int i) => (At(i).Info & Info.Letters) != 0;

    private void PrepareSentence(int first, int end)
    {
        Document document = _document!;
        ReadOnlySpan<Token> tokens = document.Tokens;
        bool anyLower = false;
        bool anyCapsWord = false;
        bool seenWord = false;
        uint[]? lowerSink = LowerSink;
        for (int i = first; i < end; i++)
        {
            ReadOnlySpan<char> text = document.TokenText(i);
            ref TokenInfo t = ref At(i);
            t = default;
            t.SentenceStart = first;
            t.SentenceEnd = end;
            t.Shape = HashesAndShape(text, out t.Exact, out t.Lower, out bool letters, out bool upper, out bool lower, out bool firstUpper);
            if (lowerSink is not null)
            {
                lowerSink[i] = t.Lower;
            }

            t.Key = FeatureHash.Combine(0x3A11u, t.Exact, (uint)text.Length);
            Info info = Info.None;
            t.Word = -1;
            if (letters)
            {
                t.Word = WordOf(t.Lower);
                info |= Info.Letters;
                if (!upper)
                {
                    info |= Info.AllLower;
                }

                if (firstUpper && lower)
                {
                    info |= Info.TitleCase;
                }
            }

            if (upper)
            {
                info |= Info.Upper;
            }

            if (lower)
            {
                info |= Info.HasLower;
                anyLower = true;
            }

            if (!seenWord && letters && tokens[i].Kind == TokenKind.Word)
            {
                info |= Info.Initial;
                seenWord = true;
            }

            if (tokens[i].Has(TokenTraits.AllCaps) && text.Length >= 2)
            {
                anyCapsWord = true;
            }

            t.Info = info;
        }

        bool capsLine = !anyLower && anyCapsWord;
        int numbers = 0, words = 0;
        byte pronoun = 0;
        int pronounAt = int.MaxValue;
        for (int i = end - 1; i >= first; i--)
        {
            ref TokenInfo t = ref At(i);
            numbers += tokens[i].Kind == TokenKind.Number ? 1 : 0;
            words += tokens[i].Kind == TokenKind.Word ? 1 : 0;
            t.Prev = i > first ? At(i - 1).Lower : Boundary;
            t.Next = i + 1 < end ? At(i + 1).Lower : Boundary + 1;

            // The nearest pronoun in the next eight tokens: "Comelf said it", "Pirelli ... its", "Lopez said he".
            t.Pronoun = pronounAt - i <= 8 ? pronoun : (byte)0;
            byte here = PronounClass(t.Lower);
            if (here != 0)
            {
                pronoun = here;
                pronounAt = i;
            }
        }

        byte table = numbers * 20 < (numbers + words) * 3 ? (byte)0 : numbers * 20 < (numbers + words) * 7 ? (byte)1 : (byte)2;
        for (int i = first; i < end; i++)
        {
            At(i).Table = table;
        }

        int runStart = -1;
        for (int i = first; i < end; i++)
        {
            ref TokenInfo t = ref At(i);
            if (capsLine)
            {
                t.Info |= Info.CapsLine;
            }

            bool capital = (t.Info & Info.Upper) != 0 && (t.Info & Info.Letters) != 0 && tokens[i].Has(TokenTraits.Capitalized);
            if (capital)
            {
                if (runStart < 0)
                {
                    runStart = i;
                }
            }
            else if (runStart >= 0)
            {
                SetRun(runStart, i);
                runStart = -1;
            }

            // Lexicon phrases starting here; the prefix marks let the search stop at the first miss.
            uint h = 0;
            for (int n = 0; n < NameLexicon.MaxTokens && i + n < end; n++)
            {
                h = NameLexicon.Extend(h, At(i + n).Lower);
                if (!_lexicon.TryGet(h, out ushort classes))
                {
                    break;
                }

                classes &= unchecked((ushort)~NameLexicon.PrefixOnly);
                if (classes != 0)
                {
                    t.LexBegin |= classes;
                    for (int k = i + 1; k <= i + n; k++)
                    {
                        At(k).LexInside |= classes;
                    }
                }
            }
        }

        if (runStart >= 0)
        {
            SetRun(runStart, end);
        }

        MatchLists(first, end);
    }

    private static byte PronounClass(uint lower) =>
        lower == PronounIt || lower == PronounIts ? (byte)1
        : lower == PronounHe || lower == PronounHis || lower == PronounShe || lower == PronounHer ? (byte)2
        : lower == PronounThey || lower == PronounTheir ? (byte)3
        : (byte)0;

    /// <summary>Whether token <paramref name="i"/> may be (part of) a name: a word with a capital letter.</summary>
    private bool IsNameWord(int i) =>
        (At(i).Info & (Info.Letters | Info.Upper)) == (Info.Letters | Info.Upper) && _document!.Tokens[i].Kind == TokenKind.Word;

    private void SetRun(int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            At(k).RunStart = start;
            At(k).RunEnd = end;
        }
    }

    /// <summary>Writes the feature hashes of token <paramref name="i"/> to <paramref name="features"/> (at least
    /// <see cref="MaxFeatures"/> long) and returns how many there are: <see cref="ExtractWord"/> then
    /// <see cref="ExtractContext"/>.</summary>
    public int Extract(int i, Span<uint> features)
    {
        int n = ExtractWord(i, features);
        n = ExtractNeighbours(i, features, n);
        return ExtractContext(i, features, n);
    }

    /// <summary>A hash of the word of token <paramref name="i"/> (its exact text and length): tokens with one key have
    /// the same <see cref="ExtractWord"/> features, so a tagger may score them once per document. Like every feature
    /// here it is a 32-bit hash; two words sharing one would already share their word features' buckets.</summary>
    public uint WordKey(int i) => At(i).Key;

    /// <summary>Writes the features that depend on the token's word alone (the bias, the word, its lower case,
    /// shape and affixes, and for a capitalised word its contexts elsewhere in the document) and returns how many
    /// there are.</summary>
    public int ExtractWord(int i, Span<uint> features)
    {
        int n = ExtractWordOwn(i, features);
        return ExtractWordInDocument(i, features, n);
    }

    /// <summary>The part of <see cref="ExtractWord"/> that depends on the document: for a capitalised word, its contexts
    /// elsewhere in the document (written after the <paramref name="n"/> already in <paramref name="features"/>;
    /// returns the new count).</summary>
    public int ExtractWordInDocument(int i, Span<uint> features, int n)
    {
        int slot = At(i).Slot;
        return slot >= 0 ? WordContextFeatures(slot, features, n) : n;
    }

    /// <summary>The part of <see cref="ExtractWord"/> that depends on the token's text and kind alone (the same in
    /// every document): the bias, the word, its lower case, shape, affixes, word classes and name lists.</summary>
    public int ExtractWordOwn(int i, Span<uint> features)
    {
        ref TokenInfo t = ref At(i);
        int n = 0;
        features[n++] = FeatureHash.Combine(1, 0);
        features[n++] = FeatureHash.Combine(2, t.Exact);
        features[n++] = FeatureHash.Combine(3, t.Lower);
        features[n++] = FeatureHash.Combine(4, t.Shape);
        n = Affixes(_document!.TokenText(i), features, n);

        // Word classes from unlabelled text (GloVe clusters at four granularities), as Brown clusters in Ratinov &
        // Roth (2009); a word without a class is a rare one, which says something too.
        uint capital = (uint)((t.Info & Info.TitleCase) != 0 ? 1 : 0) | (uint)((t.Info & Info.HasLower) == 0 && (t.Info & Info.Upper) != 0 ? 2 : 0);
        ulong classes = _tables.Classes(t.Lower);
        if (classes != 0)
        {
            features[n++] = FeatureHash.Combine(70, (uint)(classes & 0xFF));
            features[n++] = FeatureHash.Combine(71, (uint)(classes >> 8) & 0xFFF);
            features[n++] = FeatureHash.Combine(72, (uint)(classes >> 20) & 0xFFF);
            features[n++] = FeatureHash.Combine(73, (uint)(classes >> 32) & 0xFFF);
            features[n++] = FeatureHash.Combine(74, (uint)(classes >> 20) & 0xFFF, capital);
        }
        else if ((t.Info & Info.Letters) != 0)
        {
            features[n++] = FeatureHash.Combine(75, capital);
        }

        // The word's own name lists (a capitalised word: companies, clubs, given names, surnames…).
        return LexiconFeatures(t.WordKinds, 101, 0, features, n);
    }

    /// <summary>The text of token <paramref name="i"/> of the prepared document.</summary>
    public ReadOnlySpan<char> TokenText(int i) => _document!.TokenText(i);

    /// <summary>The kind of token <paramref name="i"/> of the prepared document.</summary>
    public TokenKind KindOf(int i) => _document!.Tokens[i].Kind;

    /// <summary>Writes the features of token <paramref name="i"/> in its context (neighbours, position, document
    /// evidence, lists) after the <paramref name="n"/> already in <paramref name="features"/>; returns the new count.</summary>
    public int ExtractContext(int i, Span<uint> features, int n)
    {
        ref TokenInfo t = ref At(i);
        uint pos = (uint)((t.Info & Info.Initial) != 0 ? 1 : 0) | (uint)((t.Info & Info.CapsLine) != 0 ? 2 : 0);
        uint prev1 = Neighbour(i, -1, out uint prevShape, out uint prevExact);
        uint next1 = Neighbour(i, 1, out uint nextShape, out _);
        features[n++] = FeatureHash.Combine(19, prev1, t.Lower);
        features[n++] = FeatureHash.Combine(20, t.Lower, next1);
        features[n++] = FeatureHash.Combine(21, prevShape, t.Shape, nextShape);
        features[n++] = FeatureHash.Combine(22, t.Shape, pos);
        features[n++] = FeatureHash.Combine(26, prev1, t.Shape);
        features[n++] = FeatureHash.Combine(27, t.Shape, next1);
        features[n++] = FeatureHash.Combine(29, prevExact, t.Exact);
        if ((t.Info & Info.Letters) != 0)
        {
            uint doc = (uint)(t.Info & (Info.LowerSeen | Info.TitleSeen | Info.AllLower | Info.Upper));
            features[n++] = FeatureHash.Combine(23, doc, pos);
            features[n++] = FeatureHash.Combine(30, doc, prev1);
        }

        if (pos != 0)
        {
            features[n++] = FeatureHash.Combine(25, t.Lower, pos);
        }

        if (t.RunEnd > t.RunStart)
        {
            uint length = (uint)Math.Min(t.RunEnd - t.RunStart, 5);
            uint at = (uint)Math.Min(i - t.RunStart, 4);
            uint fromEnd = (uint)Math.Min(t.RunEnd - 1 - i, 4);
            features[n++] = FeatureHash.Combine(32, length, at, fromEnd);
            if (length > 1)
            {
                // The run as a whole: its head (last word, and its word lists), its first word and the words
                // just outside it ("Kansai Electric Power", "shares of Boatmen's Bancshares Inc.").
                ref TokenInfo last = ref At(t.RunEnd - 1);
                n = LexiconFeatures(last.WordKinds, 102, i == t.RunEnd - 1 ? 1u : 0u, features, n);
                features[n++] = FeatureHash.Combine(59, last.Lower);
                features[n++] = FeatureHash.Combine(60, (uint)(last.LexBegin | last.LexInside));
                features[n++] = FeatureHash.Combine(61, At(t.RunStart).Lower);
                features[n++] = FeatureHash.Combine(62, Neighbour(t.RunStart, -1, out _, out _), Neighbour(t.RunEnd - 1, 1, out _, out _));
            }
        }

        if (t.Table != 0 || _docTable != 0)
        {
            features[n++] = FeatureHash.Combine(56, t.Table, _docTable, t.Shape);
            if (t.Slot >= 0)
            {
                // Results tables: "Bath 56 Sale 31 Wasps 33".
                uint numbers = (uint)(IsNumber(i - 1, t) ? 1 : 0) | (uint)(IsNumber(i + 1, t) ? 2 : 0) | (uint)(IsNumber(i + 2, t) ? 4 : 0);
                features[n++] = FeatureHash.Combine(57, t.Table, numbers, t.Shape);
            }
        }

        if (t.Slot >= 0)
        {
            n = NameContextFeatures(ref t, features, n);
        }

        if (t.ListKinds != 0)
        {
            // The longest name-list entry this token is part of, with where it sits in it and whether the entry is
            // the whole capitalised run: evidence the model weighs, never the answer alone.
            n = LexiconFeatures(t.ListKinds, 100, (uint)(t.ListPos * 2 + t.ListWhole), features, n);
        }

        n = LexiconFeatures(t.LexBegin, 24, 0, features, n);
        n = LexiconFeatures(t.LexInside, 24, 1, features, n);
        if (i > t.SentenceStart)
        {
            ref TokenInfo p = ref At(i - 1);
            n = LexiconFeatures((ushort)(p.LexBegin | p.LexInside), 28, 0, features, n);
        }

        if (i + 1 < t.SentenceEnd)
        {
            ref TokenInfo q = ref At(i + 1);
            n = LexiconFeatures((ushort)(q.LexBegin | q.LexInside), 28, 1, features, n);
        }

        return n;
    }

    private bool IsNumber(int j, in TokenInfo t) => j >= t.SentenceStart && j < t.SentenceEnd && _document!.Tokens[j].Kind == TokenKind.Number;

    /// <summary>The lower-case hash of the token at offset <paramref name="d"/> from <paramref name="i"/> in its sentence, or a boundary marker.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint Neighbour(int i, int d, out uint shape, out uint exact)
    {
        ref TokenInfo t = ref At(i);
        int j = i + d;
        if (j < t.SentenceStart || j >= t.SentenceEnd)
        {
            shape = Boundary + (uint)d;
            exact = shape;
            return shape;
        }

        ref TokenInfo u = ref At(j);
        shape = u.Shape;
        exact = u.Exact;
        return u.Lower;
    }

    /// <summary>Returns the rented buffers.</summary>
    public void Dispose()
    {
        Return();
        _words.Dispose();

        _document = null;
    }

    private void Return()
    {
        if (_tokens.Length > 0)
        {
            SpareArrays<TokenInfo>.Return(_tokens);
            _tokens = [];
        }
    }
}
