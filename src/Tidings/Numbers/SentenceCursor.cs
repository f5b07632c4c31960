using System.Runtime.CompilerServices;
using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>
/// The tokens of the sentence a quantity scan is in, shared by the rooms of the scan (numeral reader, assembler,
/// rules, counted noun); every token inspection is counted in <see cref="Steps"/> for the linear-work tests.
/// </summary>
internal sealed class SentenceCursor
{
    public SentenceCursor(Document doc)
    {
        Doc = doc;
        Source = doc.Text;
        for (int i = 0; i < InfoCache.Size; i++)
        {
            _infos[i].Token = -1;
            _lists[i].Token = -1;
        }
    }

    public Document Doc { get; }

    public string Source { get; }

    /// <summary>The first token of the sentence.</summary>
    public int FirstToken { get; private set; }

    /// <summary>The token after the sentence.</summary>
    public int EndToken { get; private set; }

    public long Steps { get; set; }

    /// <summary>The last few words looked up in the lexicon, by token (a direct-mapped cache): the rules ask about the
    /// same neighbours of a number many times ("Info(before)" in one rule after another).</summary>
    private InfoCache _infos;

    /// <summary>The cache slot of token <paramref name="k"/>; its token is -1 (none) until filled.</summary>
    public ref (int Token, WordInfo Info) InfoSlot(int k) => ref _infos[k & (InfoCache.Size - 1)];

    /// <summary>The [word-list] lines of the last few tokens asked (<see cref="Units.ListBitsOf"/>), by token, as
    /// <see cref="_infos"/>: the rules ask one neighbour of a number for line after line ("code-after", "event",
    /// "grade-after", "model-suffix" of the word after it), and one look-up answers them all.</summary>
    private ListBitsCache _lists;

    /// <summary>The list cache slot of token <paramref name="k"/>; its token is -1 (none) until filled.</summary>
    public ref (int Token, ulong Lists) ListSlot(int k) => ref _lists[k & (InfoCache.Size - 1)];

    /// <summary>Enters the tokens [<paramref name="first"/>, <paramref name="end"/>).</summary>
    public void Enter(int first, int end)
    {
        FirstToken = first;
        EndToken = end;
    }
}

/// <summary>Eight (token, lexicon entry) pairs, inline in the cursor.</summary>
[System.Runtime.CompilerServices.InlineArray(Size)]
internal struct InfoCache
{
    public const int Size = 8;

    private (int Token, WordInfo Info) _first;
}

/// <summary>Eight (token, [word-list] bits) pairs, inline in the cursor.</summary>
[System.Runtime.CompilerServices.InlineArray(InfoCache.Size)]
internal struct ListBitsCache
{
    private (int Token, ulong Lists) _first;
}

/// <summary>A room of the quantity scan: reads tokens of the current sentence through one shared cursor.</summary>
internal abstract class SentenceRoom
{
    // The document's tokens and text, kept in the room: every rule reads tokens, and a read through the cursor and the
    // document's span cost more than the test it served.
    private readonly Token[] _tokens;
    private readonly int _tokenCount;
    private readonly string _source;

    protected SentenceRoom(SentenceCursor cursor)
    {
        Cursor = cursor;
        _tokens = cursor.Doc.TokenArray;
        _tokenCount = cursor.Doc.TokenCount;
        _source = cursor.Source;
    }

    protected SentenceCursor Cursor { get; }

    protected Document Doc => Cursor.Doc;

    protected string Source => _source;

    protected int FirstToken => Cursor.FirstToken;

    protected int EndToken => Cursor.EndToken;

    protected long Steps
    {
        get => Cursor.Steps;
        set => Cursor.Steps = value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected Token Tok(int k)
    {
        if (StepCounting.PerRead)
        {
            Cursor.Steps++;
        }

        return TokenAt(k);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected ReadOnlySpan<char> Text(int k)
    {
        if (StepCounting.PerRead)
        {
            Cursor.Steps++;
        }

        Token t = TokenAt(k);
        return _source.AsSpan(t.Start, t.Length);
    }

    /// <summary>Token <paramref name="k"/> of the document (not counted as a step); outside the document it throws, as
    /// the document's span would.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Token TokenAt(int k)
    {
        if ((uint)k >= (uint)_tokenCount)
        {
            Outside();
        }

        return _tokens[k];
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void Outside() => throw new ArgumentOutOfRangeException("k", "The token is outside the document.");

    protected WordInfo Info(int k)
    {
        if (k < FirstToken || k >= EndToken || TokenAt(k).Kind != TokenKind.Word)
        {
            return default;
        }

        ref (int Token, WordInfo Info) slot = ref Cursor.InfoSlot(k);
        if (slot.Token != k)
        {
            slot = (k, Lexicon.Lookup(Text(k)));
        }

        return slot.Info;
    }

    /// <summary>Whether token <paramref name="k"/> is a word on the [word-list] line named <paramref name="name"/>: for the
    /// lines past the 64 that have a bit, asked only on rare paths.</summary>
    protected bool OnNamedList(int k, string name) => IsWord(k) && Units.InList(name, Text(k));

    /// <summary>Whether a word of the [word-list] line <paramref name="name"/> stands anywhere in the sentence (a scan of the
    /// sentence: for rare paths only, each counted in <see cref="Steps"/>).</summary>
    protected bool SentenceHasNamed(string name)
    {
        for (int k = FirstToken; k < EndToken; k++)
        {
            Steps++;
            if (OnNamedList(k, name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the text of token <paramref name="k"/> is on the [word-list] line <paramref name="list"/> (as
    /// <c>list.Contains(Text(k))</c>): the token's lines are looked up once, in one table, and kept for the next asking.</summary>
    protected bool OnList(int k, WordList list)
    {
        ulong bit = list.Bit;
        if (bit == 0)
        {
            return list.Contains(Text(k)); // a line past the 64 that have a bit, or none by that name
        }

        ref (int Token, ulong Lists) slot = ref Cursor.ListSlot(k);
        if (slot.Token != k)
        {
            slot = (k, Units.ListBitsOf(Text(k)));
        }

        return (slot.Lists & bit) != 0;
    }

    /// <summary>Whether token <paramref name="k"/> is in the sentence and on the [word-list] line <paramref name="list"/>
    /// (as a chain of <see cref="Is"/> tests of the line's words).</summary>
    protected bool InSentenceOnList(int k, WordList list) => k >= FirstToken && k < EndToken && OnList(k, list);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected bool Is(int k, string word)
    {
        if (k < FirstToken || k >= EndToken)
        {
            return false;
        }

        // EqualsWord checks the lengths and first characters first: most tokens are turned away without a comparison.
        Token t = Tok(k);
        return CharClass.EqualsWord(_source.AsSpan(t.Start, t.Length), word);
    }

    /// <summary>The text of token <paramref name="k"/>, or nothing outside the sentence: read once for a neighbour that many
    /// words are compared with (<see cref="IsText"/>), where a chain of <see cref="Is"/> would read it at each word.</summary>
    protected ReadOnlySpan<char> TextIn(int k) => k >= FirstToken && k < EndToken ? Text(k) : default;

    /// <summary>As <see cref="Is"/>, on a token's text read before (<see cref="TextIn"/>).</summary>
    protected static bool IsText(ReadOnlySpan<char> text, string word) => CharClass.EqualsWord(text, word);

    protected bool IsWord(int k) => k >= FirstToken && k < EndToken && Tok(k).Kind == TokenKind.Word;

    /// <summary>Whether tokens <paramref name="k"/> - 1 and <paramref name="k"/> touch (no white space between).</summary>
    protected bool Glued(int k) => k > FirstToken && k < EndToken && !Tok(k).Has(TokenTraits.SpaceBefore);

    protected static bool IsPlural(ReadOnlySpan<char> word) =>
        word.Length > 3 && (word[^1] | 0x20) == 's' && (word[^2] | 0x20) != 's' && (word[^2] | 0x20) != 'u'
        && !((word[^2] | 0x20) == 'i' && word.Length < 6);

    /// <summary>How far back (in tokens) a verb of a move may stand before the "to", "by" or "from" it governs.</summary>
    protected const int MoveReach = 8;

    /// <summary>
    /// Whether the word at <paramref name="before"/>, just before the number, is "to", "by" or "from" with a verb or adverb
    /// of a measure's move (the "duration-move" line of units.txt: "rose", "fell", "down") earlier in its clause, within
    /// <see cref="MoveReach"/> tokens; numbers and words may stand between, any mark ends the clause. "up to" is a hedge
    /// ("up to 18 weeks"), not a move; a verb of cutting a time ("duration-by": "cut the journey to 80 minutes") keeps a
    /// duration after "to" (its "by" is read where durations are).
    /// </summary>
    protected bool MovedToOrFrom(int before)
    {
        bool to = Is(before, "to");
        if (!(to || Is(before, "by") || Is(before, "from")) || to && Is(before - 1, "up"))
        {
            return false;
        }

        for (int k = before - 1; k >= FirstToken && k >= before - MoveReach; k--)
        {
            if (Tok(k).Kind == TokenKind.Number)
            {
                continue; // "fell by 0.3 years to …"
            }

            if (!IsWord(k))
            {
                return false;
            }

            if (DurationCue(k) == "duration-move")
            {
                return true;
            }

            if (DurationCue(k) == "duration-by")
            {
                return false; // "will cut the 350-mile journey to 80 minutes": a journey's time, a duration
            }
        }

        return false;
    }

    /// <summary>The duration cue of word <paramref name="k"/> (units.txt "duration-…" lines), or null.</summary>
    protected string? DurationCue(int k) => IsWord(k) ? Units.DurationCue(Text(k)) : null;

    protected static int IndexOfJoiningHyphen(ReadOnlySpan<char> s)
    {
        for (int k = 1; k < s.Length; k++)
        {
            if (CharClass.IsJoiningHyphen(s[k]))
            {
                return k;
            }
        }

        return -1;
    }
}
