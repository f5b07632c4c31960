using Microsoft.ML.Tokenizers;

namespace Tidings.ML.Tokenizers;

/// <summary>One model token with its span in the caller's text and its BIO label.</summary>
/// <param name="Id">The token's id in the model's vocabulary.</param>
/// <param name="Value">The token as the model writes it ("##ing", "Ġthe").</param>
/// <param name="Start">Start offset in the original (not normalized) text.</param>
/// <param name="End">End offset (exclusive) in the original text.</param>
/// <param name="Label">"O", or "B-" / "I-" and the mention's label ("B-ORG", "I-DATE").</param>
public readonly record struct TokenLabel(int Id, string Value, int Start, int End, string Label);

/// <summary>
/// Aligns Tidings mentions with the sub-word tokens of any Microsoft.ML.Tokenizers <see cref="Tokenizer"/>, to build
/// training data for transformer taggers from Tidings output.
/// </summary>
public static class TokenAlignment
{
    /// <summary>
    /// Encodes <paramref name="text"/> with <paramref name="tokenizer"/> and labels each token B-, I- or O by the
    /// <paramref name="mentions"/> it falls in. Offsets are mapped back through the tokenizer's normalizer, so they
    /// index <paramref name="text"/> itself. Where mentions overlap (a claim and its quantities) the earlier one in
    /// text order — the longer at the same start — labels the tokens; pass only the kinds you want.
    /// </summary>
    /// <param name="tokenizer">Any tokenizer: WordPiece, BPE, Tiktoken…</param>
    /// <param name="text">The text the mentions were found in.</param>
    /// <param name="mentions">Mentions of <paramref name="text"/> (from any Tidings extractor).</param>
    /// <param name="label">The label of a mention; by default <see cref="DefaultLabel"/> ("ORG", "LOC", "PER", "DATE"…).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="NotSupportedException">The tokenizer's normalizer is not character-local (see <see cref="NormalizationMap"/>).</exception>
    public static IReadOnlyList<TokenLabel> ToTokenLabels(
        this Tokenizer tokenizer, string text, IEnumerable<Mention> mentions, Func<Mention, string>? label = null)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        label ??= DefaultLabel;

        IReadOnlyList<EncodedToken> tokens = tokenizer.EncodeToTokens(text, out string? normalized);
        NormalizationMap map = NormalizationMap.Create(tokenizer.Normalizer, text, normalized);
        Mention[] sorted = [.. mentions.Where(m => m.Start < m.End && m.End <= text.Length).OrderBy(m => m, Comparer<Mention>.Create(Mention.CompareByPosition))];

        var result = new TokenLabel[tokens.Count];
        int next = 0; // the first mention that may still cover a token (tokens come in text order)
        Mention? previous = null;
        for (int i = 0; i < tokens.Count; i++)
        {
            EncodedToken token = tokens[i];
            (int start, int end) = map.ToOriginal(token.Offset);
            while (next < sorted.Length && sorted[next].End <= start)
            {
                next++;
            }

            Mention? covering = null;
            for (int m = next; m < sorted.Length && sorted[m].Start < Math.Max(end, start + 1); m++)
            {
                if (sorted[m].End > start)
                {
                    covering = sorted[m];
                    break;
                }
            }

            string tag = covering is null ? "O" : (ReferenceEquals(covering, previous) ? "I-" : "B-") + label(covering);
            previous = covering;
            result[i] = new TokenLabel(token.Id, token.Value, start, end, tag);
        }

        return result;
    }

    /// <summary>The CoNLL-style label of a mention's kind: ORG, LOC, PER, DATE, QUANTITY, CLAIM.</summary>
    public static string DefaultLabel(Mention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return mention.Kind switch
        {
            MentionKind.Organization => "ORG",
            MentionKind.Place => "LOC",
            MentionKind.Person => "PER",
            MentionKind.Date => "DATE",
            MentionKind.Quantity => "QUANTITY",
            MentionKind.Claim => "CLAIM",
            _ => mention.Kind.ToString().ToUpperInvariant(),
        };
    }
}
