using System.Collections.Immutable;
using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>
/// Finds quantities in news text: digits and spelled-out numbers, scales, fractions, hedges, ranges,
/// currencies, percentages and measures, with the noun they count.
/// </summary>
/// <remarks>
/// <para>One left-to-right pass over the tokens of each sentence; every look-ahead and look-behind is
/// bounded, so the work is linear in the length of the text. Years, dates, times of day, ordinals,
/// durations, identifiers ("Boeing 737", "COVID-19"), phone numbers, street numbers and sports scores are
/// not quantities.</para>
/// <threadsafety>Immutable; one instance may serve many threads at once.</threadsafety>
/// </remarks>
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
    internal ImmutableArray<Quantity> Extract(Document document, out long steps) => Extract(document, null, out steps);

    /// <summary>Extracts; when <paramref name="ranges"/> is not null, adds to it the first and last token of each
    /// quantity, in the results' order (what the claim pass needs, handed over instead of found again).</summary>
    internal ImmutableArray<Quantity> Extract(Document document, List<(int First, int Last)>? ranges, out long steps)
    {
        var scanner = new QuantityAssembler(document, _findCounted, ranges);
        foreach (Sentence sentence in document.Sentences)
        {
            scanner.ScanSentence(sentence);
        }

        steps = scanner.TokenSteps;
        return scanner.ToResults();
    }
}
