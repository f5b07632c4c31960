using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Tidings.Text;

/// <summary>
/// A text tokenized once, split into sentences, with the reference (publication) date that relative
/// expressions resolve against. Every extractor scans the same tokens.
/// </summary>
/// <remarks>
/// <para>Create one with <see cref="Create(string, DateOnly?)"/>. Tokens and sentences are exact spans of
/// <see cref="Text"/>; nothing is normalised or copied.</para>
/// <threadsafety>A document is immutable once created and may be read from several threads.
/// Documents created internally by a pipeline use pooled buffers and are never handed out.</threadsafety>
/// </remarks>
public sealed class Document : IDisposable
{
    private Token[] _tokens;
    private Sentence[] _sentences;
    private readonly int _tokenCount;
    private readonly int _sentenceCount;
    private readonly bool _pooled;

    private Document(string text, DateOnly? referenceDate, Token[] tokens, int tokenCount, Sentence[] sentences, int sentenceCount, bool pooled)
    {
        Text = text;
        ReferenceDate = referenceDate;
        _tokens = tokens;
        _tokenCount = tokenCount;
        _sentences = sentences;
        _sentenceCount = sentenceCount;
        _pooled = pooled;
    }

    /// <summary>The analysed text, exactly as the caller gave it.</summary>
    public string Text { get; }

    /// <summary>The publication date relative dates resolve against; null when unknown.</summary>
    public DateOnly? ReferenceDate { get; }

    /// <summary>The tokens in text order. White space is not a token.</summary>
    public ReadOnlySpan<Token> Tokens => _tokens.AsSpan(0, _tokenCount);

    /// <summary>The array behind <see cref="Tokens"/> (pooled documents: longer than <see cref="TokenCount"/>), for scans
    /// that keep it in a field instead of asking for the span at every read.</summary>
    internal Token[] TokenArray => _tokens;

    /// <summary>How many tokens <see cref="TokenArray"/> holds.</summary>
    internal int TokenCount => _tokenCount;

    /// <summary>The sentences in text order; together they hold every token once.</summary>
    public ReadOnlySpan<Sentence> Sentences => _sentences.AsSpan(0, _sentenceCount);

    /// <summary>The characters of token <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> TokenText(int index)
    {
        // The hottest read of every extractor: the index is checked, the text is not (the tokenizer made every
        // token inside it).
        Token t = Tokens[index];
        return MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref MemoryMarshal.GetReference(Text.AsSpan()), t.Start), t.Length);
    }

    /// <summary>The characters of <paramref name="token"/>.</summary>
    public ReadOnlySpan<char> TokenText(Token token) => Text.AsSpan(token.Start, token.Length);

    /// <summary>Tokenizes <paramref name="text"/> and splits it into sentences.</summary>
    /// <param name="text">Any string; nothing is rejected.</param>
    /// <param name="referenceDate">The publication date, for relative dates.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static Document Create(string text, DateOnly? referenceDate = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new TokenBuffer(pooled: false, text.Length);
        NewsTokenizer.Tokenize(text, ref tokens);
        var sentences = new SentenceBuffer(pooled: false, tokens.Count);
        SentenceSplitter.Split(text, tokens.Span, ref sentences);
        return new Document(text, referenceDate, tokens.ToArrayExact(), tokens.Count, sentences.ToArrayExact(), sentences.Count, pooled: false);
    }

    /// <summary>Like <see cref="Create"/>, with buffers rented from the shared pools; the caller must dispose it.</summary>
    internal static Document Rent(string text, DateOnly? referenceDate)
    {
        var tokens = new TokenBuffer(pooled: true, text.Length);
        NewsTokenizer.Tokenize(text, ref tokens);
        var sentences = new SentenceBuffer(pooled: true, tokens.Count);
        SentenceSplitter.Split(text, tokens.Span, ref sentences);
        return new Document(text, referenceDate, tokens.Array, tokens.Count, sentences.Array, sentences.Count, pooled: true);
    }

    /// <summary>Returns pooled buffers, if this document used any. Documents from <see cref="Create"/> need no disposal.</summary>
    public void Dispose()
    {
        if (_pooled && _tokens.Length > 0)
        {
            SpareArrays<Token>.Return(_tokens);
            SpareArrays<Sentence>.Return(_sentences);
            _tokens = [];
            _sentences = [];
        }
    }
}
