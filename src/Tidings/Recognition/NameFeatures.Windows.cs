using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Tidings.Text;

namespace Tidings.Recognition;

// The lifetime of the per-token facts: a document is read in windows of whole sentences, so a long document holds
// the facts of one window at a time, and its document-level evidence as tables of distinct words.
internal sealed partial class NameFeatures
{
    /// <summary>The most tokens <see cref="Begin"/> keeps per-token facts for at once when tagging: a longer document
    /// is prepared one window of whole sentences at a time (<see cref="PrepareWindow"/>), and a longer sentence is
    /// cut into pieces of this many tokens (the only thing windows change: a sentence of 524,288 tokens is not news).
    /// Below it everything is exactly as with <see cref="Prepare"/>, at the same speed: a document of several windows
    /// prepares its tokens and caches their features again for every model stage (about a quarter more time for the
    /// recognizer), so the window is as large as the memory bound allows — 2.5 MB or more of news text, about 100 MB
    /// of per-token state at most, which is what bounds one-character tokens to under 100 bytes a character from a
    /// few megabytes on.</summary>
    public const int WindowSize = 1 << 19;

    /// <summary>The sentences of the document (cut at the window size), as token ranges.</summary>
    private readonly List<(int First, int End)> _pieces = [];

    /// <summary>The windows of the document, as ranges of <see cref="_pieces"/>.</summary>
    private readonly List<(int FirstPiece, int EndPiece)> _windows = [];

    /// <summary>The first token of the prepared window: the per-token facts of token i are at <c>i − _base</c>.</summary>
    private int _base;

    /// <summary>The prepared window, or -1.</summary>
    private int _window = -1;

    /// <summary>The number of tokens of the prepared document.</summary>
    public int Count { get; private set; }

    /// <summary>How many tokens' facts the extractor holds at once (the capacity of its per-token buffer).</summary>
    internal int TokenCapacity => _tokens.Length;

    /// <summary>The number of windows of the prepared document (1 for any document of at most <see cref="WindowSize"/>
    /// tokens; 0 for one without sentences).</summary>
    public int Windows => _windows.Count;

    /// <summary>Computes the per-token facts of <paramref name="document"/> that features are built from, for the whole
    /// document at once (as the trainer reads it).</summary>
    public void Prepare(Document document) => Begin(document, int.MaxValue);

    /// <summary>Computes the document-level evidence of <paramref name="document"/> (word case, name contexts, tables),
    /// reading it in windows of at most <paramref name="windowSize"/> tokens; with a single window its per-token facts
    /// stay prepared, otherwise call <see cref="PrepareWindow"/> before reading a window's tokens.</summary>
    public void Begin(Document document, int windowSize)
    {
        _document = document;
        Count = document.Tokens.Length;
        Cut(document, windowSize);
        _words.Reset(Count);
        _nameCount = 0;
        int tables = 0;
        for (int w = 0; w < _windows.Count; w++)
        {
            tables += PreparePieces(w);
            (int first, int end) = WindowRange(w);
            CollectDocument(first, end);
        }

        int sentences = _pieces.Count;
        _docTable = sentences == 0 ? 0u : tables * 10 < sentences ? 0u : tables * 10 < sentences * 4 ? 1u : 2u;
        _window = -1;
        if (_windows.Count == 1)
        {
            // Name contexts never read the document's case evidence, so it may be given to the tokens last.
            (int first, int end) = WindowRange(0);
            ApplyDocumentCase(first, end);
            _window = 0;
        }
    }

    /// <summary>Prepares the per-token facts of window <paramref name="w"/> (with the document-level evidence), so its
    /// tokens may be read.</summary>
    public void PrepareWindow(int w)
    {
        if (w == _window)
        {
            return;
        }

        PreparePieces(w);
        (int first, int end) = WindowRange(w);
        ApplyDocumentCase(first, end);
        for (int i = first; i < end; i++)
        {
            ref TokenInfo t = ref At(i);
            t.Slot = IsNameWord(i) ? _nameSlots[t.Word] : -1;
        }

        _window = w;
    }

    /// <summary>The tokens of window <paramref name="w"/>.</summary>
    public (int First, int End) WindowRange(int w)
    {
        (int firstPiece, int endPiece) = _windows[w];
        return (_pieces[firstPiece].First, _pieces[endPiece - 1].End);
    }

    /// <summary>The sentences of window <paramref name="w"/> (a sentence longer than the window size in pieces), as
    /// token ranges.</summary>
    public ReadOnlySpan<(int First, int End)> Sentences(int w)
    {
        (int firstPiece, int endPiece) = _windows[w];
        return CollectionsMarshal.AsSpan(_pieces)[firstPiece..endPiece];
    }

    /// <summary>The per-token facts of token <paramref name="i"/> of the prepared window.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref TokenInfo At(int i) => ref _tokens[i - _base];

    /// <summary>Splits the document into sentences (cut into pieces of at most <paramref name="windowSize"/> tokens) and
    /// groups them into windows of at most <paramref name="windowSize"/> tokens.</summary>
    private void Cut(Document document, int windowSize)
    {
        _pieces.Clear();
        _windows.Clear();
        int windowStart = 0, windowTokens = 0;
        foreach (Sentence sentence in document.Sentences)
        {
            int first = sentence.FirstToken;
            do
            {
                int end = sentence.EndToken - first <= windowSize ? sentence.EndToken : first + windowSize;
                if (windowTokens > 0 && end - first > windowSize - windowTokens)
                {
                    _windows.Add((windowStart, _pieces.Count));
                    windowStart = _pieces.Count;
                    windowTokens = 0;
                }

                _pieces.Add((first, end));
                windowTokens += end - first;
                first = end;
            }
            while (first < sentence.EndToken);
        }

        if (_pieces.Count > windowStart)
        {
            _windows.Add((windowStart, _pieces.Count));
        }
    }

    /// <summary>Computes the per-token facts of the sentences of window <paramref name="w"/>; returns how many of them
    /// look like lines of a results table.</summary>
    private int PreparePieces(int w)
    {
        (int first, int end) = WindowRange(w);
        _base = first;
        _window = -1;
        if (_tokens.Length < end - first)
        {
            Return();
            _tokens = SpareArrays<TokenInfo>.Rent(Math.Max(end - first, 256));
        }

        int tables = 0;
        foreach ((int from, int to) in Sentences(w))
        {
            PrepareSentence(from, to);
            tables += to > from && At(from).Table == 2 ? 1 : 0;
        }

        return tables;
    }

    /// <summary>Makes the per-word arrays of the name contexts hold at least <paramref name="words"/> words.</summary>
    private void FitNameWords(int words)
    {
        if (_pronouns.Length >= words)
        {
            return;
        }

        int capacity = Math.Max(words, Math.Max(64, _pronouns.Length * 2));
        Array.Resize(ref _contexts, capacity * 2 * Contexts);
        Array.Resize(ref _contextCounts, capacity * 2);
        Array.Resize(ref _contextClasses, capacity * 2);
        Array.Resize(ref _pronouns, capacity);
        Array.Resize(ref _runRoles, capacity);
        Array.Resize(ref _runHeads, capacity * Heads);
        Array.Resize(ref _runHeadCounts, capacity);
        Array.Resize(ref _runHeadClasses, capacity);
        Array.Resize(ref _listKinds, capacity);
    }
}
