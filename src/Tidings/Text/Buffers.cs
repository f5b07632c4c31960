namespace Tidings.Text;

/// <summary>A growable array of tokens, pooled or not.</summary>
internal struct TokenBuffer
{
    private readonly bool _pooled;
    public Token[] Array;
    public int Count;

    public TokenBuffer(bool pooled, int textLength)
    {
        _pooled = pooled;
        // News averages one token per five or six characters; start near that and grow by doubling.
        int initial = Math.Max(16, textLength / 5);
        Array = pooled ? SpareArrays<Token>.Rent(initial) : new Token[initial];
        Count = 0;
    }

    public readonly Span<Token> Span => Array.AsSpan(0, Count);

    public void Add(Token token)
    {
        if (Count == Array.Length)
        {
            Grow();
        }

        Array[Count++] = token;
    }

    /// <summary>Doubles the array, keeping the <see cref="Count"/> tokens it holds.</summary>
    public void Grow()
    {
        Token[] bigger = _pooled ? SpareArrays<Token>.Rent(Array.Length * 2) : new Token[Array.Length * 2];
        Array.AsSpan(0, Count).CopyTo(bigger);
        if (_pooled)
        {
            SpareArrays<Token>.Return(Array);
        }

        Array = bigger;
    }

    public readonly Token[] ToArrayExact() => Count == Array.Length ? Array : Array.AsSpan(0, Count).ToArray();
}

/// <summary>A growable array of sentences, pooled or not.</summary>
internal struct SentenceBuffer
{
    private readonly bool _pooled;
    public Sentence[] Array;
    public int Count;

    public SentenceBuffer(bool pooled, int tokenCount)
    {
        _pooled = pooled;
        int initial = Math.Max(4, tokenCount / 16);
        Array = pooled ? SpareArrays<Sentence>.Rent(initial) : new Sentence[initial];
        Count = 0;
    }

    public void Add(Sentence sentence)
    {
        if (Count == Array.Length)
        {
            Sentence[] bigger = _pooled ? SpareArrays<Sentence>.Rent(Array.Length * 2) : new Sentence[Array.Length * 2];
            Array.AsSpan(0, Count).CopyTo(bigger);
            if (_pooled)
            {
                SpareArrays<Sentence>.Return(Array);
            }

            Array = bigger;
        }

        Array[Count++] = sentence;
    }

    public readonly Sentence[] ToArrayExact() => Count == Array.Length ? Array : Array.AsSpan(0, Count).ToArray();
}
