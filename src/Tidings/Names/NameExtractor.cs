using System.Collections.Immutable;
using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>The organizations, places and persons of one document, each sorted by position.</summary>
/// <param name="Organizations">Organizations, with acronyms linked to their long forms.</param>
/// <param name="Places">Places.</param>
/// <param name="Persons">Persons, later surname-only mentions named by the full name.</param>
/// <remarks><threadsafety>Immutable; safe to share between threads.</threadsafety></remarks>
public readonly record struct NameMentions(
    ImmutableArray<OrganizationMention> Organizations,
    ImmutableArray<PlaceMention> Places,
    ImmutableArray<PersonMention> Persons);

/// <summary>
/// Finds organizations, places and persons: runs the statistical <see cref="NameRecognizer"/> and then links
/// names within the document — an acronym the text defines ("Armenian National Committee of America (ANCA)")
/// names every use of that acronym by its long form, and a later surname alone ("Pashinyan") is named by the
/// full name given earlier ("Nikol Pashinyan").
/// </summary>
/// <remarks><threadsafety>Immutable; one instance may serve many threads at once.</threadsafety></remarks>
public sealed class NameExtractor
{
    private readonly NameRecognizer? _recognizer;

    private NameExtractor()
    {
    }

    /// <summary>Creates an extractor over <paramref name="recognizer"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="recognizer"/> is null.</exception>
    public NameExtractor(NameRecognizer recognizer)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        _recognizer = recognizer;
    }

    /// <summary>The extractor over the embedded model.</summary>
    /// <remarks>The model loads on first use, not when this property is read.</remarks>
    public static NameExtractor Default { get; } = new();

    /// <summary>The recognizer it runs.</summary>
    public NameRecognizer Recognizer => _recognizer ?? NameRecognizer.Default;

    /// <summary>Whether it runs <see cref="NameRecognizer.Default"/> (loaded on first use), read without loading it.</summary>
    internal bool UsesDefaultRecognizer => _recognizer is null;

    /// <summary>Finds the organizations, places and persons of <paramref name="document"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public NameMentions Extract(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Extract(document, makePlaces: null);
    }

    /// <summary>The same, with <paramref name="makePlaces"/> making the place mentions (null: unresolved).</summary>
    internal NameMentions Extract(Document document, PlaceMentionMaker? makePlaces)
    {
        // The recognizer hashes every token lower-cased; the linker asks the name lists by that same hash, so it is
        // handed over rather than computed again (some 350,000 list questions on 2 MB of news).
        uint[] lowerHashes = System.Buffers.ArrayPool<uint>.Shared.Rent(Math.Max(1, document.Tokens.Length));
        try
        {
            ImmutableArray<RecognizedName> names = Recognizer.Recognize(document, lowerHashes);
            return NameLinker.Link(document, names, makePlaces, lowerHashes);
        }
        finally
        {
            System.Buffers.ArrayPool<uint>.Shared.Return(lowerHashes);
        }
    }
}
