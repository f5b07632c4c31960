using System.Buffers;
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
    private readonly WordSlots _docWords = new();
    private Info[] _docValues = [];
    private readonly WordSlots _nameWords = new();
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

    /// <summary>Whether token <paramref name="i"/> has letters.</summary>
    public bool HasLetters(int i) => (At(i).Info & Info.Letters) != 0;

    private void PrepareSentence(int first, int end)
    {
        Document document = _document!;
        ReadOnlySpan<Token> tokens = document.Tokens;
        bool anyLower = false;
        bool anyCapsWord = false;
        bool seenWord = false;
        for (int i = first; i < end; i++)
        {
            ReadOnlySpan<char> text = document.TokenText(i);
            ref TokenInfo t = ref At(i);
            t = default;
            t.SentenceStart = first;
            t.SentenceEnd = end;
            t.Shape = HashesAndShape(text, out t.Exact, out t.Lower, out bool letters, out bool upper, out bool lower, out bool firstUpper);
            Info info = Info.None;
            if (letters)
            {
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

    /// <summary>Whether token <paramref name="i"/> is a word with a capital (or a number), where list entries may begin and end.</summary>
    private bool MayBoundList(int i) =>
        (At(i).Info & (Info.Letters | Info.Upper)) == (Info.Letters | Info.Upper) || _document!.Tokens[i].Kind == TokenKind.Number;

    /// <summary>Name-list membership: for each token its own kinds as a single word (capitalised words only), and the
    /// kinds of the leftmost longest list entry covering it ("Bank of America", "Wagner Group"); entries begin and end
    /// at capitalised words and may hold short words between ("of", "&amp;", "de").</summary>
    private void MatchLists(int first, int end)
    {
        int coveredUntil = first;
        for (int i = first; i < end; i++)
        {
            if (!MayBoundList(i))
            {
                continue;
            }

            uint h = 0;
            int best = -1;
            ushort bestKinds = 0;
            for (int n = 0; n < NameLexicon.MaxTokens && i + n < end; n++)
            {
                int j = i + n;
                if (n > 0 && !MayBoundList(j) && _document!.Tokens[j].Length > 3)
                {
                    break;
                }

                h = NameLexicon.Extend(h, At(j).Lower);
                if (!MayBoundList(j))
                {
                    continue;
                }

                ushort kinds = _tables.Kinds(h);
                if (n == 0)
                {
                    At(i).WordKinds = kinds;
                }

                if (kinds != 0)
                {
                    best = j;
                    bestKinds = kinds;
                }
            }

            if (best < 0 || i < coveredUntil)
            {
                continue;
            }

            bool whole = At(i).RunStart == i && At(i).RunEnd == best + 1;
            for (int k = i; k <= best; k++)
            {
                ref TokenInfo u = ref At(k);
                u.ListKinds = bestKinds;
                u.ListPos = (byte)(best == i ? 4 : k == i ? 1 : k == best ? 3 : 2);
                u.ListWhole = (byte)(whole ? 1 : 0);
            }

            coveredUntil = best + 1;
        }
    }

    private static byte PronounClass(uint lower) =>
        lower == PronounIt || lower == PronounIts ? (byte)1
        : lower == PronounHe || lower == PronounHis || lower == PronounShe || lower == PronounHer ? (byte)2
        : lower == PronounThey || lower == PronounTheir ? (byte)3
        : (byte)0;

    /// <summary>Whether token <paramref name="i"/> may be (part of) a name: a word with a capital letter.</summary>
    private bool IsNameWord(int i) =>
        (At(i).Info & (Info.Letters | Info.Upper)) == (Info.Letters | Info.Upper) && _document!.Tokens[i].Kind == TokenKind.Word;

    /// <summary>Document-level context aggregation: for each capitalised word, the distinct words seen next to it
    /// anywhere in the document, the word lists its neighbours belong to, and the pronouns that follow it. A
    /// name's type then draws on every context it appears in ("Pirelli SpA" in one sentence, "shares of Pirelli"
    /// in another).</summary>
    private void CollectNameContexts(int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            ref TokenInfo t = ref At(i);
            if (!IsNameWord(i))
            {
                t.Slot = -1;
                continue;
            }

            int slot = _nameWords.Add(t.Lower, out bool added);
            t.Slot = slot;
            if (added)
            {
                FitNameWords(slot + 1);
                _contextCounts[slot * 2] = 0;
                _contextCounts[slot * 2 + 1] = 0;
                _contextClasses[slot * 2] = 0;
                _contextClasses[slot * 2 + 1] = 0;
                _pronouns[slot] = 0;
                _runRoles[slot] = 0;
                _runHeadCounts[slot] = 0;
                _runHeadClasses[slot] = 0;
                _listKinds[slot] = 0;
            }

            AddContext(slot * 2, t.Prev);
            AddContext(slot * 2 + 1, t.Next);
            if (i > t.SentenceStart)
            {
                _contextClasses[slot * 2] |= (ushort)(At(i - 1).LexBegin | At(i - 1).LexInside);
            }

            if (i + 1 < t.SentenceEnd)
            {
                _contextClasses[slot * 2 + 1] |= (ushort)(At(i + 1).LexBegin | At(i + 1).LexInside);
            }

            _pronouns[slot] |= (byte)(t.Pronoun == 0 ? 0 : 1 << (t.Pronoun - 1));
            _listKinds[slot] |= t.ListKinds;
            _runRoles[slot] |= RunRole(i, in t);
            if (t.RunEnd - t.RunStart > 1 && i < t.RunEnd - 1 && (t.Info & Info.CapsLine) == 0)
            {
                // The head of a longer name this word is part of ("Magna" in "Magna International Inc").
                ref TokenInfo head = ref At(t.RunEnd - 1);
                _runHeadClasses[slot] |= (ushort)(head.LexBegin | head.LexInside);
                int count = _runHeadCounts[slot];
                if (count < Heads && !_runHeads.AsSpan(slot * Heads, count).Contains(head.Lower))
                {
                    _runHeads[slot * Heads + count] = head.Lower;
                    _runHeadCounts[slot] = (byte)(count + 1);
                }
            }
        }
    }

    /// <summary>Where token <paramref name="i"/> sits in its run of capitalised words, as a bit: alone, first, inside
    /// or last, plus a bit for a run opening its sentence; nothing in a line of capitals. Collected over a word's
    /// occurrences, it tells a word always used alone ("Magna said") from the surname of a full name or the head
    /// of a longer one.</summary>
    private static byte RunRole(int i, in TokenInfo t)
    {
        if ((t.Info & Info.CapsLine) != 0 || t.RunEnd <= t.RunStart)
        {
            return 0;
        }

        int role = t.RunEnd - t.RunStart == 1 ? 0 : i == t.RunStart ? 1 : i == t.RunEnd - 1 ? 3 : 2;
        return (byte)(1 << role | (t.RunStart == t.SentenceStart ? 16 : 0));
    }

    private void AddContext(int side, uint word)
    {
        int count = _contextCounts[side];
        Span<uint> seen = _contexts.AsSpan(side * Contexts, count);
        if (count < Contexts && !seen.Contains(word))
        {
            _contexts[side * Contexts + count] = word;
            _contextCounts[side] = (byte)(count + 1);
        }
    }

    private void SetRun(int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            At(k).RunStart = start;
            At(k).RunEnd = end;
        }
    }

    /// <summary>Document-level case evidence: whether a word also occurs in lower case, and whether it occurs
    /// capitalised where capitals are informative (not sentence-initial, not in a line of capitals).</summary>
    private void CollectDocumentCase(int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            ref TokenInfo t = ref At(i);
            Info evidence = Info.None;
            if ((t.Info & Info.AllLower) != 0)
            {
                evidence = Info.LowerSeen;
            }
            else if ((t.Info & (Info.TitleCase | Info.Initial | Info.CapsLine)) == Info.TitleCase)
            {
                evidence = Info.TitleSeen;
            }

            if (evidence != Info.None)
            {
                int slot = _docWords.Add(t.Lower, out bool added);
                if (added)
                {
                    WordSlots.Fit(ref _docValues, slot + 1);
                }

                _docValues[slot] = added ? evidence : _docValues[slot] | evidence;
            }
        }
    }

    /// <summary>Gives the tokens from <paramref name="first"/> to <paramref name="end"/> the case evidence of their
    /// word in the whole document (<see cref="CollectDocumentCase"/>).</summary>
    private void ApplyDocumentCase(int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            ref TokenInfo t = ref At(i);
            if ((t.Info & Info.Letters) != 0)
            {
                int slot = _docWords.Find(t.Lower);
                if (slot >= 0)
                {
                    t.Info |= _docValues[slot];
                }
            }
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

    /// <summary>The roles a word plays for the tokens near it: <see cref="NeighbourFeatures"/> writes the features
    /// a word gives the token one after it (it is that token's previous word), one before it, two after, two before.</summary>
    public const int Roles = 4;

    /// <summary>Writes the features of token <paramref name="i"/> that come from its neighbours' words (one and two
    /// either side) after the <paramref name="n"/> already in <paramref name="features"/>; returns the new count.</summary>
    public int ExtractNeighbours(int i, Span<uint> features, int n)
    {
        uint prev1 = Neighbour(i, -1, out uint prevShape, out _);
        uint next1 = Neighbour(i, 1, out uint nextShape, out _);
        uint prev2 = Neighbour(i, -2, out uint prevShape2, out _);
        uint next2 = Neighbour(i, 2, out uint nextShape2, out _);
        n += NeighbourFeatures(prev1, prevShape, 0, features[n..]);
        n += NeighbourFeatures(next1, nextShape, 1, features[n..]);
        n += NeighbourFeatures(prev2, prevShape2, 2, features[n..]);
        n += NeighbourFeatures(next2, nextShape2, 3, features[n..]);
        return n;
    }

    /// <summary>The most features <see cref="NeighbourFeatures"/> writes.</summary>
    public const int MaxNeighbourFeatures = 8;

    /// <summary>Writes the features that a word gives a token near it in role <paramref name="role"/> (0: for the
    /// token after it, 1: before it, 2: two after, 3: two before): those of <see cref="ExtractNeighbours"/> that
    /// depend on this word only (for a place outside the sentence, pass <see cref="BoundaryHash"/> as both hashes).</summary>
    public static int NeighbourFeatures(uint lower, uint shape, int role, Span<uint> features)
    {
        // The neighbour's word classes (GloVe clusters): all four granularities one away, the middle one two away.
        ulong classes = NameTables.Default.Classes(lower);
        switch (role)
        {
            case 0:
            case 1:
                features[0] = FeatureHash.Combine(13 + (uint)role, lower);
                features[1] = FeatureHash.Combine(17 + (uint)role, shape);
                if (classes == 0)
                {
                    return 2;
                }

                features[2] = FeatureHash.Combine(80 + (uint)role, (uint)(classes & 0xFF));
                features[3] = FeatureHash.Combine(82 + (uint)role, (uint)(classes >> 8) & 0xFFF);
                features[4] = FeatureHash.Combine(84 + (uint)role, (uint)(classes >> 20) & 0xFFF);
                features[5] = FeatureHash.Combine(86 + (uint)role, (uint)(classes >> 32) & 0xFFF);
                return 6;
            default:
                features[0] = FeatureHash.Combine(13 + (uint)role, lower);
                if (classes == 0)
                {
                    return 1;
                }

                features[1] = FeatureHash.Combine(88 + (uint)role, (uint)(classes >> 8) & 0xFFF);
                return 2;
        }
    }

    /// <summary>The lower-case hash and shape hash of token <paramref name="i"/>.</summary>
    public (uint Lower, uint Shape) WordHashes(int i) => (At(i).Lower, At(i).Shape);

    /// <summary>What <see cref="Neighbour"/> gives for a place outside the sentence at offset <paramref name="d"/>.</summary>
    public static uint BoundaryHash(int d) => Boundary + (uint)d;


    /// <summary>A hash of the word of token <paramref name="i"/> (its exact text and length): tokens with one key have
    /// the same <see cref="ExtractWord"/> features, so a tagger may score them once per document. Like every feature
    /// here it is a 32-bit hash; two words sharing one would already share their word features' buckets.</summary>
    public uint WordKey(int i) => FeatureHash.Combine(0x3A11u, At(i).Exact, (uint)_document!.Tokens[i].Length);

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

    /// <summary>The document-level contexts of the capitalised word in <paramref name="slot"/>: the words and word lists
    /// seen beside it anywhere in the document. The same for every occurrence of the word, so they belong to the
    /// word's own features (<see cref="ExtractWord"/>).</summary>
    private int WordContextFeatures(int slot, Span<uint> features, int n)
    {
        for (int side = 0; side < 2; side++)
        {
            int s = slot * 2 + side;
            foreach (uint w in _contexts.AsSpan(s * Contexts, _contextCounts[s]))
            {
                features[n++] = FeatureHash.Combine(50 + (uint)side, w);
            }

            n = LexiconFeatures(_contextClasses[s], 52, (uint)side, features, n);
        }

        features[n++] = FeatureHash.Combine(58, _runRoles[slot]);
        foreach (uint head in _runHeads.AsSpan(slot * Heads, _runHeadCounts[slot]))
        {
            features[n++] = FeatureHash.Combine(63, head);
        }

        n = LexiconFeatures(_runHeadClasses[slot], 64, 0, features, n);

        // The name lists of the longer entries the word is part of anywhere in the document ("Rivian Automotive").
        n = LexiconFeatures(_listKinds[slot], 103, 0, features, n);

        // The classes of the words seen beside it anywhere in the document: "shares of X", "stake in X" generalise to
        // the words that share those contexts' clusters.
        for (int side = 0; side < 2; side++)
        {
            int s = slot * 2 + side;
            foreach (uint w in _contexts.AsSpan(s * Contexts, _contextCounts[s]))
            {
                ulong classes = _tables.Classes(w);
                if (classes != 0)
                {
                    features[n++] = FeatureHash.Combine(104 + (uint)side, (uint)(classes >> 8) & 0xFFF);
                }
            }
        }

        return n;
    }

    /// <summary>The document-level context features of a capitalised word (see <see cref="CollectNameContexts"/>).</summary>
    private int NameContextFeatures(ref TokenInfo t, Span<uint> features, int n)
    {
        features[n++] = FeatureHash.Combine(53, _pronouns[t.Slot], t.Pronoun);
        uint places = (uint)((t.LexBegin | t.LexInside) & ((1 << (int)LexiconClass.Country) | (1 << (int)LexiconClass.City) | (1 << (int)LexiconClass.Region)));
        features[n++] = FeatureHash.Combine(55, t.Table, _docTable, places);
        return n;
    }

    /// <summary>Writes the document-level features of token <paramref name="i"/> (what the earlier stage said, see
    /// <see cref="SetStageEvidence"/>) after the <paramref name="n"/> features already in <paramref name="features"/>,
    /// and returns the new count.</summary>
    public int ExtractEvidence(int i, Span<uint> features, int n)
    {
        ref TokenInfo t = ref At(i);
        uint pos = (uint)((t.Info & Info.Initial) != 0 ? 1 : 0) | (uint)((t.Info & Info.CapsLine) != 0 ? 2 : 0);
        features[n++] = FeatureHash.Combine(40, t.Own);
        features[n++] = FeatureHash.Combine(41, t.Majority);
        features[n++] = FeatureHash.Combine(42, t.Own, t.Majority);
        features[n++] = FeatureHash.Combine(43, t.Majority, t.Shape, pos);
        uint prevOwn = i > t.SentenceStart ? At(i - 1).Own : 0xFFu;
        uint nextOwn = i + 1 < t.SentenceEnd ? At(i + 1).Own : 0xFFu;
        features[n++] = FeatureHash.Combine(44, prevOwn, t.Own, nextOwn);
        return n;
    }

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

    private static int LexiconFeatures(ushort classes, uint template, uint where, Span<uint> features, int n)
    {
        while (classes != 0)
        {
            int bit = System.Numerics.BitOperations.TrailingZeroCount(classes);
            classes &= (ushort)(classes - 1);
            features[n++] = FeatureHash.Combine(template, (uint)bit, where);
        }

        return n;
    }

    private static int Affixes(ReadOnlySpan<char> text, Span<uint> features, int n)
    {
        const uint Prime = 16777619;
        int max = Math.Min(4, text.Length - 1);
        uint h = 2166136261;
        for (int k = 0; k < max; k++)
        {
            h = (h ^ FeatureHash.Lower(text[k])) * Prime;
            features[n++] = FeatureHash.Combine(5 + (uint)k, h);
        }

        h = 2166136261;
        for (int k = 0; k < max; k++)
        {
            h = (h ^ FeatureHash.Lower(text[text.Length - 1 - k])) * Prime;
            features[n++] = FeatureHash.Combine(9 + (uint)k, h);
        }

        return n;
    }

    /// <summary>The hash of the word's shape: X upper, x lower, d digit, other characters as themselves, runs
    /// collapsed ("McDonald" → XxXx, "U.S." → X.X., "1996-08-22" → d-d-d).</summary>
    internal static uint ShapeOf(ReadOnlySpan<char> text, out bool letters, out bool upper, out bool lower, out bool firstUpper)
    {
        const uint Prime = 16777619;
        uint h = 2166136261;
        char last = '\0';
        letters = upper = lower = firstUpper = false;
        int length = 0;
        for (int k = 0; k < text.Length; k++)
        {
            char c = text[k];
            char cls;
            bool isLetter = c < 0x80 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c);
            if (isLetter)
            {
                letters = true;
                if (c < 0x80 ? (uint)(c - 'A') <= 'Z' - 'A' : char.IsUpper(c))
                {
                    upper = true;
                    firstUpper |= k == 0;
                    cls = 'X';
                }
                else
                {
                    lower = true;
                    cls = 'x';
                }
            }
            else if (c < 0x80 ? (uint)(c - '0') <= 9 : char.IsDigit(c))
            {
                cls = 'd';
            }
            else
            {
                cls = c;
            }

            if (cls != last && length < 12)
            {
                h = (h ^ cls) * Prime;
                last = cls;
                length++;
            }
        }

        // Long and short words of one shape behave differently ("A" vs "Ab" vs "Abcdef").
        uint size = (uint)Math.Min(text.Length, 4);
        return FeatureHash.Finish(h ^ (size << 24));
    }

    /// <summary>Returns the rented buffers.</summary>
    public void Dispose()
    {
        Return();
        _docWords.Dispose();
        _nameWords.Dispose();

        _document = null;
    }

    private void Return()
    {
        if (_tokens.Length > 0)
        {
            ArrayPool<TokenInfo>.Shared.Return(_tokens);
            _tokens = [];
        }
    }
}
