using Microsoft.ML.Tokenizers;
using Tidings.Text;

namespace Tidings.ML.Tokenizers;

/// <summary>
/// A Microsoft.ML.Tokenizers <see cref="PreTokenizer"/> backed by Tidings' news tokenizer, so that any model
/// (BPE, WordPiece, Tiktoken) splits news text without breaking "$1.2bn", "3.5%", "U.S.", "7,412.3" or "COVID-19":
/// each pre-token is one Tidings token. <see cref="Instance"/> drops whitespace, as the built-in word pre-tokenizers
/// (and WordPiece models) do; <see cref="WithSpaces"/> keeps every character, as byte-level BPE models (GPT's
/// Tiktoken encodings) need.
/// </summary>
/// <remarks><threadsafety>Stateless; share <see cref="Instance"/> and <see cref="WithSpaces"/> freely.</threadsafety></remarks>
public sealed class NewsPreTokenizer : PreTokenizer
{
    private readonly bool _keepSpaces;

    private NewsPreTokenizer(bool keepSpaces) => _keepSpaces = keepSpaces;

    /// <summary>The pre-tokenizer that drops whitespace (for WordPiece and word-level models).</summary>
    public static NewsPreTokenizer Instance { get; } = new(keepSpaces: false);

    /// <summary>
    /// The pre-tokenizer that keeps every character, for byte-level BPE vocabularies whose words carry their leading
    /// space (" talks"): one space before a word or a punctuation mark joins it, as GPT's own pre-tokenizers join it;
    /// any other whitespace (a space before a number, runs of spaces, line breaks) is a pre-token of its own. On text
    /// where Tidings' tokens are the model's own pre-tokens, the ids are the model's own (see
    /// <see cref="NewsTokenizers.CreateTiktokenForModel"/>).
    /// </summary>
    public static NewsPreTokenizer WithSpaces { get; } = new(keepSpaces: true);

    /// <summary>The Tidings tokens of <paramref name="text"/> as (offset, length) pairs; none for a null or empty text.</summary>
    public override IEnumerable<(int Offset, int Length)> PreTokenize(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        using Document document = Document.Create(text);
        ReadOnlySpan<Token> tokens = document.Tokens;
        var result = new List<(int Offset, int Length)>(tokens.Length);
        int i = 0;
        while (i < tokens.Length)
        {
            // Tidings keeps a currency symbol and a percent sign as tokens of their own (the quantity extractor reads
            // them); for a sub-word model, "$1.2bn", "US$5" and "3.5%" are one pre-token each.
            int last = i;
            while (last + 1 < tokens.Length && Joins(text, tokens[last], tokens[last + 1]))
            {
                last++;
            }

            int start = tokens[i].Start;
            if (_keepSpaces)
            {
                start = AddSpacesBefore(text, result, start);
            }

            result.Add((start, tokens[last].End - start));
            i = last + 1;
        }

        if (_keepSpaces)
        {
            AddSpacesBefore(text, result, text.Length);
        }

        return result;
    }

    /// <summary>Adds the whitespace between the previous pre-token and <paramref name="start"/> as a pre-token, keeping a
    /// single space before a word or punctuation mark for the token itself; returns where the token's pre-token starts.</summary>
    private static int AddSpacesBefore(string text, List<(int Offset, int Length)> result, int start)
    {
        int previousEnd = result.Count > 0 ? result[^1].Offset + result[^1].Length : 0;
        if (previousEnd >= start)
        {
            return start;
        }

        int joined = start;
        if (start < text.Length && text[start - 1] == ' ' && !char.IsDigit(text[start]))
        {
            joined = start - 1;
        }

        if (joined > previousEnd)
        {
            result.Add((previousEnd, joined - previousEnd));
        }

        return joined;
    }

    private static bool Joins(string text, Token left, Token right)
    {
        if (right.Has(TokenTraits.SpaceBefore) || left.End != right.Start)
        {
            return false;
        }

        return (left.Has(TokenTraits.Currency) && right.Kind == TokenKind.Number)
            || (right.Has(TokenTraits.Currency) && left.Kind == TokenKind.Word && left.Has(TokenTraits.AllCaps) && left.Length <= 3)
            || (left.Kind == TokenKind.Number && right.Length == 1 && text[right.Start] is '%' or '‰');
    }

    /// <inheritdoc cref="PreTokenize(string)"/>
    public override IEnumerable<(int Offset, int Length)> PreTokenize(ReadOnlySpan<char> text) =>
        text.IsEmpty ? [] : PreTokenize(text.ToString());
}
