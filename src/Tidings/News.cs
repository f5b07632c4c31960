using System.Collections.Immutable;
using Tidings.Claims;
using Tidings.Dates;
using Tidings.Names;
using Tidings.Numbers;

namespace Tidings;

/// <summary>
/// The common case in one call: <c>News.Extract(article, publicationDate)</c> runs
/// <see cref="ExtractionPipeline.Default"/> over a text.
/// </summary>
/// <remarks><threadsafety>All members are safe to call from many threads at once.</threadsafety></remarks>
public static class News
{
    /// <summary>Finds every kind of mention in <paramref name="text"/>.</summary>
    /// <param name="text">Any string.</param>
    /// <param name="referenceDate">The publication date, for relative dates ("two years ago").</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ExtractionResult Extract(string text, DateOnly? referenceDate = null) =>
        ExtractionPipeline.Default.Extract(text, referenceDate);

    /// <summary>Finds the quantities in <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ImmutableArray<Quantity> Quantities(string text) => QuantityExtractor.Default.Extract(text);

    /// <summary>Finds the date expressions in <paramref name="text"/>, resolved against <paramref name="referenceDate"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ImmutableArray<DateMention> Dates(string text, DateOnly? referenceDate) => DateExtractor.Default.Extract(text, referenceDate);

    /// <summary>Finds the numeric claims in <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ImmutableArray<Claim> Claims(string text) => ClaimExtractor.Default.Extract(text);

    /// <summary>Finds the organizations, places and persons in <paramref name="text"/>, with the places resolved
    /// against the embedded gazetteer as <see cref="Extract"/> resolves them (name, kind, country, GeoNames id,
    /// coordinates).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static NameMentions Names(string text)
    {
        ExtractionResult result = NamesOnly.Value.Extract(text);
        return new NameMentions(result.Organizations, result.Places, result.Persons);
    }

    private static readonly Lazy<ExtractionPipeline> NamesOnly = new(() => new ExtractionPipelineBuilder().UseNames().Build());
}
