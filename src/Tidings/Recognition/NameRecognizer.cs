using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Tidings.Text;

namespace Tidings.Recognition;

/// <summary>
/// The statistical name recognizer: finds persons, organizations, places and other names (the CoNLL-2003 types)
/// in a tokenized document with a trained linear-chain tagger (a conditional random field over hashed features)
/// decoded by Viterbi. The default model ships inside the library and is loaded once, on first use.
/// </summary>
/// <remarks>
/// <para>Names never cross sentences. Results are sorted by start. The model was trained on Reuters news of
/// 1996 (CoNLL-2003, see NOTICE) with <c>tidings-ml train ner</c>.</para>
/// <threadsafety>Immutable; one instance may serve many threads at once (each thread reuses its own buffers).</threadsafety>
/// </remarks>
public sealed class NameRecognizer
{
    private static readonly Lazy<NameRecognizer> DefaultRecognizer = new(LoadEmbedded);

    [ThreadStatic]
    private static NameTagger? t_tagger;

    private readonly NameModel _model;
    private readonly NameLexicon _lexicon;

    internal NameRecognizer(NameModel model, NameLexicon lexicon)
    {
        _model = model;
        _lexicon = lexicon;
    }

    /// <summary>The recognizer with the model embedded in the library.</summary>
    public static NameRecognizer Default => DefaultRecognizer.Value;

    internal NameModel Model => _model;

    /// <summary>Loads a recognizer from a model file written by <c>tidings-ml train ner</c>.</summary>
    /// <remarks>Each loaded model keeps one word cache, shared by every thread that recognizes with it: what each
    /// word's own features score, growing with the tokens recognized to up to about 14 MB per model stage (32,768
    /// words at 424 bytes a word and stage). It is released with the model: load a model once and reuse the
    /// recognizer rather than loading it again for each document.</remarks>
    /// <param name="model">The model, as written by the trainer.</param>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="InvalidDataException">The stream is not a model of this library's format.</exception>
    public static NameRecognizer Load(Stream model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new NameRecognizer(NameModel.Read(model), NameLexicon.Default);
    }

    /// <summary>Finds the names in <paramref name="document"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public ImmutableArray<RecognizedName> Recognize(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Recognize(document, lowerHashes: null);
    }

    /// <summary><see cref="Recognize(Document)"/>, writing each token's lower-cased hash (<see cref="FeatureHash.OfText"/>
    /// lower-cased with digits folded, as the features compute it) to <paramref name="lowerHashes"/> (at least as long as
    /// the document's tokens; null: nowhere), for the name linker.</summary>
    internal ImmutableArray<RecognizedName> Recognize(Document document, uint[]? lowerHashes)
    {
        int count = document.Tokens.Length;
        if (count == 0)
        {
            return [];
        }

        byte[] tags = ArrayPool<byte>.Shared.Rent(count);
        try
        {
            Tag(document, tags.AsSpan(0, count), lowerHashes);
            NameConsistency.ShortFormsOfPersons(document, tags.AsSpan(0, count));
            return ToNames(document, tags.AsSpan(0, count));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(tags);
        }
    }

    /// <summary>Writes one BIO tag per token of <paramref name="document"/> to <paramref name="tags"/>.</summary>
    internal void Tag(Document document, Span<byte> tags, uint[]? lowerHashes = null)
    {
        NameTagger tagger = t_tagger ??= new NameTagger(_lexicon);
        if (!ReferenceEquals(tagger.Features.Lexicon, _lexicon))
        {
            tagger = t_tagger = new NameTagger(_lexicon);
        }

        try
        {
            tagger.Features.LowerSink = lowerHashes;
            tagger.Tag(_model, document, tags);
        }
        finally
        {
            tagger.Features.LowerSink = null;
            tagger.Features.Release();
        }
    }

    /// <summary>Turns BIO tags into names (an I- tag that does not continue a name of its type starts one).</summary>
    internal static ImmutableArray<RecognizedName> ToNames(Document document, ReadOnlySpan<byte> tags)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;

        // Counted first, so that the names go straight into an array of their size (a long document's names no
        // longer grow a builder through large-object-heap copies).
        // Most tokens are outside names: their tags (0) are skipped a vector at a time.
        int starts = 0;
        for (int k = NextTagged(tags, 0); k < tags.Length; k = NextTagged(tags, k + 1))
        {
            int t = NameTagger.TypeOf(tags[k]);
            starts += !(k > 0 && NameTagger.IsInside(tags[k]) && NameTagger.TypeOf(tags[k - 1]) == t) ? 1 : 0;
        }

        if (starts == 0)
        {
            return [];
        }

        var names = new RecognizedName[starts];
        int n = 0;
        int i = NextTagged(tags, 0);
        while (i < tags.Length)
        {
            int type = NameTagger.TypeOf(tags[i]);

            int j = i + 1;
            while (j < tags.Length && NameTagger.IsInside(tags[j]) && NameTagger.TypeOf(tags[j]) == type)
            {
                j++;
            }

            names[n++] = new RecognizedName(tokens[i].Start, tokens[j - 1].End, (NameType)type, i, j - i);
            i = NextTagged(tags, j);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(names);
    }

    /// <summary>The first token from <paramref name="i"/> on with a name tag, or the length of <paramref name="tags"/>:
    /// most tokens have none, and their tags are skipped a vector at a time.</summary>
    internal static int NextTagged(ReadOnlySpan<byte> tags, int i)
    {
        int k = tags[i..].IndexOfAnyExcept((byte)0);
        return k < 0 ? tags.Length : i + k;
    }

    private static NameRecognizer LoadEmbedded()
    {
        using Stream stream = TidingsData.Open(NameModel.ResourceName)
            ?? throw new InvalidOperationException("The embedded name model is missing from the Tidings.Data assembly.");
        return new NameRecognizer(NameModel.Read(stream), NameLexicon.Default);
    }
}
