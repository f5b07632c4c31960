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
    }

    public Document Doc { get; }

    public string Source { get; }

    /// <summary>The first token of the sentence.</summary>
    public int FirstToken { get; private set; }

    /// <summary>The token after the sentence.</summary>
    public int EndToken { get; private set; }

    public long Steps { get; set; }

    /// <summary>Enters the tokens [<paramref name="first"/>, <paramref name="end"/>).</summary>
    public void Enter(int first, int end)
    {
        FirstToken = first;
        EndToken = end;
    }
}

/// <summary>A room of the quantity scan: reads tokens of the current sentence through one shared cursor.</summary>
internal abstract class SentenceRoom
{
    protected SentenceRoom(SentenceCursor cursor)
    {
        Cursor = cursor;
    }

    protected SentenceCursor Cursor { get; }

    protected Document Doc => Cursor.Doc;

    protected string Source => Cursor.Source;

    protected int FirstToken => Cursor.FirstToken;

    protected int EndToken => Cursor.EndToken;

    protected long Steps
    {
        get => Cursor.Steps;
        set => Cursor.Steps = value;
    }

    protected Token Tok(int k)
    {
        Cursor.Steps++;
        return Doc.Tokens[k];
    }

    protected ReadOnlySpan<char> Text(int k)
    {
        Cursor.Steps++;
        Token t = Doc.Tokens[k];
        return Source.AsSpan(t.Start, t.Length);
    }

    protected WordInfo Info(int k) =>
        k >= FirstToken && k < EndToken && Doc.Tokens[k].Kind == TokenKind.Word ? Lexicon.Lookup(Text(k)) : default;

    protected bool Is(int k, string word) =>
        k >= FirstToken && k < EndToken && Text(k).Equals(word, StringComparison.OrdinalIgnoreCase);

    protected bool IsWord(int k) => k >= FirstToken && k < EndToken && Tok(k).Kind == TokenKind.Word;

    /// <summary>Whether tokens <paramref name="k"/> - 1 and <paramref name="k"/> touch (no white space between).</summary>
    protected bool Glued(int k) => k > FirstToken && k < EndToken && !Tok(k).Has(TokenTraits.SpaceBefore);

    protected static bool IsPlural(ReadOnlySpan<char> word) =>
        word.Length > 3 && (word[^1] | 0x20) == 's' && (word[^2] | 0x20) != 's' && (word[^2] | 0x20) != 'u'
        && !((word[^2] | 0x20) == 'i' && word.Length < 6);

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
