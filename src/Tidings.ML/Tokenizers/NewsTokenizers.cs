using System.Buffers.Text;
using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.ML.Tokenizers;

namespace Tidings.ML.Tokenizers;

/// <summary>Tokenizers for named models with Tidings' news pre-tokenizer, in one call.</summary>
public static class NewsTokenizers
{
    /// <summary>
    /// A Tiktoken tokenizer for <paramref name="modelName"/> ("gpt-4o", "gpt-4", "o1", …) that pre-tokenizes with
    /// <see cref="NewsPreTokenizer.WithSpaces"/>: the model's own vocabulary and special tokens, so every id means what
    /// it means to the model, and no character is lost (leading spaces stay with their words). On text whose
    /// Tidings tokens are the model's own pre-tokens ("The talks were postponed until next week.") the ids are
    /// exactly the model's; where Tidings keeps a news token whole ("$1.2bn", "U.S.", "COVID-19", "3.5%") or splits
    /// what the model joins ("(ANCA" with its bracket, "Kenya's", a full stop with the line break after it), the
    /// ids differ there, and the text still decodes
    /// to itself.
    /// </summary>
    /// <param name="modelName">A model name that <see cref="TiktokenTokenizer.CreateForModel(string, IReadOnlyDictionary{string, int}?, Normalizer?)"/>
    /// knows. Its vocabulary comes from the matching data package, which the application references
    /// (Microsoft.ML.Tokenizers.Data.O200kBase for gpt-4o, .Cl100kBase for gpt-4, …).</param>
    /// <param name="normalizer">A normalizer to run before pre-tokenizing, or null for none (the model's default).</param>
    /// <returns>A new tokenizer; build it once and share it (it is thread-safe).</returns>
    /// <exception cref="ArgumentException"><paramref name="modelName"/> is empty.</exception>
    /// <exception cref="NotSupportedException">The model is not a Tiktoken model.</exception>
    /// <exception cref="InvalidOperationException">The model's data package is not referenced (Microsoft.ML.Tokenizers' message names it).</exception>
    public static TiktokenTokenizer CreateTiktokenForModel(string modelName, Normalizer? normalizer = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(modelName);
        TiktokenTokenizer model = TiktokenTokenizer.CreateForModel(modelName);
        IEnumerable<KeyValuePair<ReadOnlyMemory<byte>, int>> encoder = EncoderOf(model);

        // The model's vocabulary in the .tiktoken format (base64 bytes, space, rank), rebuilt from the tokenizer, so
        // no data package's resource name has to be known.
        using var vocabulary = new MemoryStream();
        using (var writer = new StreamWriter(vocabulary, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true))
        {
            byte[] base64 = new byte[256];
            foreach (KeyValuePair<ReadOnlyMemory<byte>, int> entry in encoder)
            {
                int length = Base64.GetMaxEncodedToUtf8Length(entry.Key.Length);
                if (length > base64.Length)
                {
                    base64 = new byte[length];
                }

                Base64.EncodeToUtf8(entry.Key.Span, base64, out _, out int written);
                writer.Write(Encoding.ASCII.GetString(base64, 0, written));
                writer.Write(' ');
                writer.Write(entry.Value.ToString(CultureInfo.InvariantCulture));
                writer.Write('\n');
            }
        }

        vocabulary.Position = 0;
        return TiktokenTokenizer.Create(vocabulary, NewsPreTokenizer.WithSpaces, normalizer, model.SpecialTokens);
    }

    /// <summary>The byte-sequence-to-rank table of a Tiktoken tokenizer. Microsoft.ML.Tokenizers 2.0 keeps it in a
    /// non-public <c>Encoder</c> property (its public <c>Vocabulary</c> leaves out the byte sequences that are not
    /// whole UTF-8 text), so it is read by name; a version without it gets a clear error.</summary>
    private static IEnumerable<KeyValuePair<ReadOnlyMemory<byte>, int>> EncoderOf(TiktokenTokenizer model)
    {
        const BindingFlags Flags = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        return typeof(TiktokenTokenizer).GetProperty("Encoder", Flags)?.GetValue(model) as IEnumerable<KeyValuePair<ReadOnlyMemory<byte>, int>>
            ?? throw new NotSupportedException(
                $"This version of Microsoft.ML.Tokenizers ({typeof(TiktokenTokenizer).Assembly.GetName().Version}) does not expose a Tiktoken "
                + "tokenizer's byte-level vocabulary; build one with TiktokenTokenizer.Create(vocabularyStream, NewsPreTokenizer.WithSpaces, …).");
    }
}
