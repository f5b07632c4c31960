using System.Collections.Immutable;
using Tidings.Text;

namespace Tidings;

/// <summary>Finds mentions of one kind in a tokenized <see cref="Document"/>.</summary>
/// <typeparam name="T">The mention type it produces.</typeparam>
/// <remarks>
/// <para>Implementations are total: they never throw on any text, they return mentions sorted by
/// <see cref="Mention.CompareByPosition"/>, and the same document always gives the same mentions.</para>
/// <threadsafety>Implementations are immutable and safe to call from many threads at once.</threadsafety>
/// </remarks>
public interface IExtractor<T> where T : Mention
{
    /// <summary>The kind of mention this extractor finds.</summary>
    MentionKind Kind { get; }

    /// <summary>Finds the mentions in <paramref name="document"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    ImmutableArray<T> Extract(Document document);
}

/// <summary>Conveniences over <see cref="IExtractor{T}"/>.</summary>
public static class ExtractorExtensions
{
    /// <summary>Tokenizes <paramref name="text"/> and runs <paramref name="extractor"/> over it.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ImmutableArray<T> Extract<T>(this IExtractor<T> extractor, string text, DateOnly? referenceDate = null)
        where T : Mention
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(text);
        using Document document = Document.Rent(text, referenceDate);
        return extractor.Extract(document);
    }
}
