using Microsoft.ML.Tokenizers;
using Tidings.Text;

namespace Tidings.ML.Tokenizers;

/// <summary>A piece of a longer text: its span in the text and how many model tokens it encodes to.</summary>
/// <param name="Start">Start offset in the text.</param>
/// <param name="End">End offset (exclusive).</param>
/// <param name="TokenCount">The tokenizer's <see cref="Tokenizer.CountTokens(string, bool, bool)"/> of the piece.</param>
public readonly record struct TextChunk(int Start, int End, int TokenCount)
{
    /// <summary>The chunk's length in characters.</summary>
    public int Length => End - Start;
}

/// <summary>Splits long articles into pieces that fit a model's context, along sentence boundaries.</summary>
public static class TextChunker
{
    /// <summary>
    /// Splits <paramref name="text"/> into consecutive pieces of at most <paramref name="maxTokens"/> model tokens each,
    /// cutting only between sentences. A sentence longer than <paramref name="maxTokens"/> on its own is cut between
    /// Tidings tokens, never inside a token or inside any of <paramref name="mentions"/>; a single mention or token
    /// longer than the limit becomes a chunk of its own, over the limit (nothing is dropped). The chunks cover the
    /// text's non-space content in order; whitespace between chunks belongs to neither.
    /// </summary>
    /// <param name="tokenizer">The model's tokenizer, whose <c>CountTokens</c> measures each piece.</param>
    /// <param name="text">The article.</param>
    /// <param name="maxTokens">The most model tokens a chunk may have (1 or more).</param>
    /// <param name="mentions">Mentions that must not be cut (for example <c>News.Extract(text).Mentions</c>); optional.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tokenizer"/> or <paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxTokens"/> is less than 1.</exception>
    public static IReadOnlyList<TextChunk> Chunk(this Tokenizer tokenizer, string text, int maxTokens, IEnumerable<Mention>? mentions = null)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTokens, 1);

        using Document document = Document.Create(text);
        ReadOnlySpan<Token> tokens = document.Tokens;
        if (tokens.IsEmpty)
        {
            return [];
        }

        // Token i may end a piece only if no mention spans the gap after it.
        bool[] cuttableAfter = CuttablePoints(tokens, mentions);
        var units = new List<(int First, int Last)>(); // token ranges that are never split: sentences, or parts of long ones
        foreach (Sentence sentence in document.Sentences)
        {
            if (sentence.EndToken <= sentence.FirstToken)
            {
                continue;
            }

            AddUnits(tokenizer, text, tokens, cuttableAfter, sentence.FirstToken, sentence.EndToken - 1, maxTokens, units);
        }

        // Greedily pack whole units into chunks, measuring each candidate chunk exactly.
        var chunks = new List<TextChunk>();
        int u = 0;
        while (u < units.Count)
        {
            int start = tokens[units[u].First].Start;
            int count = Count(tokenizer, text, start, tokens[units[u].Last].End);
            int last = u;
            while (last + 1 < units.Count)
            {
                int candidate = Count(tokenizer, text, start, tokens[units[last + 1].Last].End);
                if (candidate > maxTokens)
                {
                    break;
                }

                count = candidate;
                last++;
            }

            chunks.Add(new TextChunk(start, tokens[units[last].Last].End, count));
            u = last + 1;
        }

        return chunks;
    }

    private static bool[] CuttablePoints(ReadOnlySpan<Token> tokens, IEnumerable<Mention>? mentions)
    {
        var cuttable = new bool[tokens.Length];
        Array.Fill(cuttable, true);
        if (mentions is null)
        {
            return cuttable;
        }

        foreach (Mention m in mentions)
        {
            // Every gap strictly inside the mention is closed.
            int i = FirstTokenEndingAfter(tokens, m.Start);
            for (; i < tokens.Length && tokens[i].End < m.End; i++)
            {
                cuttable[i] = false;
            }
        }

        return cuttable;
    }

    private static int FirstTokenEndingAfter(ReadOnlySpan<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Adds tokens first..last as one unit if it fits, else as the fewest pieces cut at allowed points.</summary>
    private static void AddUnits(Tokenizer tokenizer, string text, ReadOnlySpan<Token> tokens, bool[] cuttableAfter, int first, int last, int maxTokens, List<(int, int)> units)
    {
        if (Count(tokenizer, text, tokens[first].Start, tokens[last].End) <= maxTokens)
        {
            units.Add((first, last));
            return;
        }

        int pieceFirst = first;
        int lastFit = -1; // the latest allowed cut point whose piece still fits
        for (int k = first; k <= last; k++)
        {
            bool canEnd = k == last || cuttableAfter[k];
            if (!canEnd)
            {
                continue;
            }

            if (Count(tokenizer, text, tokens[pieceFirst].Start, tokens[k].End) <= maxTokens)
            {
                lastFit = k;
                continue;
            }

            // k does not fit: close the piece at the last fitting cut, or at k if even the first cut is too long.
            int end = lastFit >= pieceFirst ? lastFit : k;
            units.Add((pieceFirst, end));
            pieceFirst = end + 1;
            lastFit = -1;
            if (end < k && pieceFirst <= k && Count(tokenizer, text, tokens[pieceFirst].Start, tokens[k].End) <= maxTokens)
            {
                lastFit = k;
            }
            else if (end < k)
            {
                k--; // re-examine k as the end of the new piece
            }
        }

        if (pieceFirst <= last)
        {
            units.Add((pieceFirst, last));
        }
    }

    private static int Count(Tokenizer tokenizer, string text, int start, int end) =>
        tokenizer.CountTokens(text.AsSpan(start, end - start));
}
