using System.Collections.Immutable;
using Tidings.Text;

namespace Tidings.Places;

/// <summary>A demonym or place adjective found in a text ("Armenian", "Azerbaijanis", "Californian").</summary>
/// <param name="Start">The UTF-16 offset of its first character.</param>
/// <param name="End">The offset just past its last character.</param>
/// <param name="Place">The place it most likely names, before document context (see <see cref="PlaceResolver"/> for that).</param>
/// <param name="IsPlural">Whether it is a plural noun ("Armenians").</param>
/// <remarks><threadsafety>Immutable value; safe to share between threads.</threadsafety></remarks>
public readonly record struct DemonymMention(int Start, int End, GazetteerEntry Place, bool IsPlural);

/// <summary>
/// Finds demonyms and place adjectives in a tokenized <see cref="Document"/>: capitalised words (or runs of up to
/// three: "South Korean", "New Yorker") that the gazetteer's <see cref="Demonyms"/> know, including the parts of
/// hyphenated compounds ("Armenian-American") and possessives ("Armenian's").
/// </summary>
/// <remarks>
/// <para>One pass over the tokens; the work is linear in the length of the text.</para>
/// <threadsafety>Immutable; one instance may serve many threads at once.</threadsafety>
/// </remarks>
public sealed class DemonymScanner
{
    /// <summary>The longest demonym in tokens ("Papua New Guinean").</summary>
    private const int MaxTokens = 3;

    private readonly Demonyms _demonyms;

    /// <summary>Creates a scanner over the demonyms of <paramref name="gazetteer"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="gazetteer"/> is null.</exception>
    public DemonymScanner(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        Gazetteer = gazetteer;
        _demonyms = gazetteer.Demonyms;
    }

    /// <summary>A scanner over <see cref="Gazetteer.Default"/> (which it loads on first use).</summary>
    public static DemonymScanner Default => DefaultHolder.Instance;

    /// <summary>The gazetteer whose demonyms it finds.</summary>
    public Gazetteer Gazetteer { get; }

    /// <summary>The demonyms of <paramref name="document"/>, in text order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public ImmutableArray<DemonymMention> Scan(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var found = new List<Found>();
        Scan(document, found, memo: null);
        var mentions = ImmutableArray.CreateBuilder<DemonymMention>(found.Count);
        foreach (Found f in found)
        {
            mentions.Add(new DemonymMention(f.Start, f.End, Gazetteer[f.Places[0]], f.IsPlural));
        }

        return mentions.MoveToImmutable();
    }

    /// <summary>Appends the demonyms of <paramref name="document"/> to <paramref name="found"/>, with every place each may name.</summary>
    /// <param name="document">The document.</param>
    /// <param name="found">Where to add them.</param>
    /// <param name="memo">Remembers each text looked up in this document, so that a repeated word is looked up once (empty at the start).</param>
    internal void Scan(Document document, List<Found> found, SpanMemo<(int[] Places, bool IsPlural)>? memo)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        string text = document.Text;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!IsCandidate(tokens[i], text))
            {
                continue;
            }

            // Most capitalised words start with three letters that start no demonym.
            if (!_demonyms.MayStartWith(text.AsSpan(tokens[i].Start, tokens[i].Length)))
            {
                if (tokens[i].Has(TokenTraits.HasHyphen))
                {
                    ScanHyphenated(text, tokens[i], found);
                }

                continue;
            }

            // Every run starting here begins with this word (alone, without a possessive): most capitalised words
            // start no demonym, and nearly all that do start no demonym of two words or more.
            int matched = 0;
            int first = tokens[i].Start;
            int longest = NextIsCapitalised(tokens, i, text) && _demonyms.MayStartLonger(text.AsSpan(first, tokens[i].Length)) ? Math.Min(MaxTokens, tokens.Length - i)
                : _demonyms.MayStart(text.AsSpan(first, WithoutPossessive(text, first, tokens[i].End) - first)) ? 1 : 0;
            for (int n = longest; n >= 1 && matched == 0; n--)
            {
                if (!IsRun(tokens, i, n, text))
                {
                    continue;
                }

                int start = tokens[i].Start;
                int end = WithoutPossessive(text, start, tokens[i + n - 1].End);
                (int[] places, bool plural) = Lookup(text, start, end, memo);
                if (places.Length > 0)
                {
                    found.Add(new Found(start, end, places, plural));
                    matched = n;
                }
            }

            if (matched > 0)
            {
                i += matched - 1;
            }
            else if (tokens[i].Has(TokenTraits.HasHyphen))
            {
                ScanHyphenated(text, tokens[i], found);
            }
        }
    }

    /// <summary>The places the text of [<paramref name="start"/>, <paramref name="end"/>) names as a demonym, looked up once per document with a <paramref name="memo"/>.</summary>
    private (int[] Places, bool IsPlural) Lookup(string text, int start, int end, SpanMemo<(int[] Places, bool IsPlural)>? memo)
    {
        if (memo is null)
        {
            return (_demonyms.Lookup(text.AsSpan(start, end - start), out bool isPlural), isPlural);
        }

        if (!memo.TryGet(text, start, end - start, out (int[] Places, bool IsPlural) found, out int hash))
        {
            int[] places = _demonyms.Lookup(text.AsSpan(start, end - start), out bool isPlural);
            found = (places, isPlural);
            memo.Add(start, end - start, hash, found);
        }

        return found;
    }

    /// <summary>Whether a capitalised word follows token <paramref name="i"/> after one space (a longer demonym may start here).</summary>
    private static bool NextIsCapitalised(ReadOnlySpan<Token> tokens, int i, string text) =>
        i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[i + 1].Start])
        && tokens[i + 1].Start - tokens[i].End == 1;

    /// <summary>"Armenian-American", "Russian-speaking": each capitalised part on its own.</summary>
    private void ScanHyphenated(string text, Token token, List<Found> found)
    {
        int partStart = token.Start;
        for (int at = token.Start; at <= token.End; at++)
        {
            if (at < token.End && text[at] is not ('-' or '\u2010' or '\u2011'))
            {
                continue;
            }

            int end = WithoutPossessive(text, partStart, at);
            if (at > partStart && char.IsUpper(text[partStart]) && _demonyms.MayStart(text.AsSpan(partStart, end - partStart)))
            {
                int[] places = _demonyms.Lookup(text.AsSpan(partStart, end - partStart), out bool plural);
                if (places.Length > 0)
                {
                    found.Add(new Found(partStart, end, places, plural));
                }
            }

            partStart = at + 1;
        }
    }

    /// <summary>A capitalised word of three letters or more that is not "The" (which the name folding would drop).</summary>
    private static bool IsCandidate(Token token, string text) =>
        (token.Traits & TokenTraits.Capitalized) != 0 && token.Kind == TokenKind.Word && token.Length >= 3 && char.IsUpper(text[token.Start])
        && !text.AsSpan(token.Start, token.Length).Equals("The", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether tokens i..i+n-1 are capitalised words separated by single spaces on one line.</summary>
    private static bool IsRun(ReadOnlySpan<Token> tokens, int i, int n, string text)
    {
        for (int k = 1; k < n; k++)
        {
            Token t = tokens[i + k];
            if (t.Kind != TokenKind.Word || !char.IsUpper(text[t.Start]) || t.Has(TokenTraits.LineBreakBefore)
                || t.Start - tokens[i + k - 1].End != 1)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The end of the span without a trailing "'s", "’s" or lone apostrophe.</summary>
    private static int WithoutPossessive(string text, int start, int end)
    {
        if (end - start > 3 && (text[end - 1] is 's' or 'S') && text[end - 2] is '\'' or '\u2019')
        {
            return end - 2;
        }

        if (end - start > 2 && text[end - 1] is '\'' or '\u2019')
        {
            return end - 1;
        }

        return end;
    }

    /// <summary>A demonym found: its span, the places it may name (most likely first), and whether it is plural.</summary>
    internal readonly record struct Found(int Start, int End, int[] Places, bool IsPlural);

    private static class DefaultHolder
    {
        public static readonly DemonymScanner Instance = new(Gazetteer.Default);
    }
}
