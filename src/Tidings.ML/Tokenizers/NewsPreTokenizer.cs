using Microsoft.ML.Tokenizers;
using Tidings.Text;

namespace Tidings.ML.Tokenizers;

/// <summary>
/// A Microsoft.ML.Tokenizers <see cref="PreTokenizer"/> backed by Tidings' news tokenizer, so that any model
/// (BPE, WordPiece, Tiktoken) splits news text without breaking "$1.2bn", "3.5%", "U.S.", "7,412.3" or "COVID-19":
/// each pre-token is one Tidings token (whitespace is dropped, as the built-in word pre-tokenizers drop it).
/// </summary>
/// <remarks><threadsafety>Stateless; share <see cref="Instance"/> freely.</threadsafety></remarks>
public sealed class NewsPreTokenizer : PreTokenizer
{
    /// <summary>The one instance (the pre-tokenizer has no settings).</summary>
    public static NewsPreTokenizer Instance { get; } = new();

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

            result.Add((tokens[i].Start, tokens[last].End - tokens[i].Start));
            i = last + 1;
        }

        return result;
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
