using System.Collections.Immutable;
using Tidings.Numbers;
using Tidings.Text;

namespace Tidings.Claims;

/// <summary>
/// Groups the quantities of each sentence into numeric claims: which numbers are asserted together
/// (comparison, change, range, ratio or single), by whom (the source), and with which verb.
/// </summary>
/// <remarks>
/// <para>Works on the quantity mentions of the same document, so a pipeline finds quantities once and both
/// extractors share them. Every look-around is bounded by a few tokens inside one sentence, so the work is
/// linear in the length of the text.</para>
/// <threadsafety>Immutable; one instance may serve many threads at once.</threadsafety>
/// </remarks>
public sealed class ClaimExtractor : IExtractor<Claim>
{
    private readonly IExtractor<Quantity> _quantities;

    /// <summary>Creates a claim extractor over the quantities <paramref name="quantities"/> finds.</summary>
    /// <param name="quantities">The quantity extractor; <see cref="QuantityExtractor.Default"/> when null.</param>
    public ClaimExtractor(IExtractor<Quantity>? quantities = null)
    {
        _quantities = quantities ?? QuantityExtractor.Default;
    }

    /// <summary>The shared default instance.</summary>
    public static ClaimExtractor Default { get; } = new();

    /// <inheritdoc/>
    public MentionKind Kind => MentionKind.Claim;

    /// <summary>The quantity extractor whose mentions the claims are built from.</summary>
    public IExtractor<Quantity> Quantities => _quantities;

    /// <inheritdoc/>
    public ImmutableArray<Claim> Extract(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Extract(document, _quantities.Extract(document));
    }

    /// <summary>Builds the claims of <paramref name="document"/> from its already extracted <paramref name="quantities"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Instance API, so options can be added without breaking callers.")]
    public ImmutableArray<Claim> Extract(Document document, ImmutableArray<Quantity> quantities) => Extract(document, quantities, []);

    /// <summary>Builds the claims of <paramref name="document"/> from its already extracted <paramref name="quantities"/>,
    /// using the <paramref name="persons"/> found in it to delimit sources: a person's whole name, and a person named
    /// before an appositive ("Michael Lopez, a police spokesman, said"), belong to the source.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Instance API, so options can be added without breaking callers.")]
    public ImmutableArray<Claim> Extract(Document document, ImmutableArray<Quantity> quantities, ImmutableArray<Names.PersonMention> persons)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Extract(document, quantities, persons, out _);
    }

    /// <summary>Builds the claims of <paramref name="document"/> from its already extracted <paramref name="quantities"/>,
    /// using the <paramref name="persons"/> and <paramref name="organizations"/> found in it to delimit sources: a
    /// person's whole name, a person named before an appositive, and the whole organization the recognizer found
    /// ("the Bureau of Labor Statistics", never "Labor Statistics") belong to the source.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Instance API, so options can be added without breaking callers.")]
    public ImmutableArray<Claim> Extract(
        Document document,
        ImmutableArray<Quantity> quantities,
        ImmutableArray<Names.PersonMention> persons,
        ImmutableArray<Names.OrganizationMention> organizations)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Extract(document, quantities, persons, organizations, out _);
    }

    /// <summary>Builds the claims, and counts the token look-ups made (for the linear-time property tests).</summary>
    internal static ImmutableArray<Claim> Extract(Document document, ImmutableArray<Quantity> quantities, out long steps) =>
        Extract(document, quantities, [], out steps);

    /// <summary>Builds the claims with the document's persons, and counts the token look-ups made.</summary>
    internal static ImmutableArray<Claim> Extract(Document document, ImmutableArray<Quantity> quantities, ImmutableArray<Names.PersonMention> persons, out long steps) =>
        Extract(document, quantities, persons, [], out steps);

    /// <summary>Builds the claims with the document's persons and organizations, and counts the token look-ups made.</summary>
    internal static ImmutableArray<Claim> Extract(
        Document document,
        ImmutableArray<Quantity> quantities,
        ImmutableArray<Names.PersonMention> persons,
        ImmutableArray<Names.OrganizationMention> organizations,
        out long steps) =>
        Extract(document, quantities, default, persons, organizations, out steps);

    /// <summary>Builds the claims, with the first and last token of each quantity as the quantity pass found them
    /// (<paramref name="ranges"/>, in the quantities' order; empty: found again from the offsets), and counts the token
    /// look-ups made.</summary>
    internal static ImmutableArray<Claim> Extract(
        Document document,
        ImmutableArray<Quantity> quantities,
        ReadOnlySpan<(int First, int Last)> ranges,
        ImmutableArray<Names.PersonMention> persons,
        ImmutableArray<Names.OrganizationMention> organizations,
        out long steps)
    {
        steps = 0;
        if (quantities.IsDefaultOrEmpty)
        {
            return [];
        }

        var builder = new ClaimBuilder(document, persons.IsDefault ? [] : persons, organizations.IsDefault ? [] : organizations);
        ReadOnlySpan<Sentence> sentences = document.Sentences;
        int q = 0;
        int s = 0;
        while (q < quantities.Length)
        {
            // The sentences before the next quantity's hold none: found by halving, not read one by one (most
            // sentences of a long text have no number).
            s = FirstEndingAfter(sentences, s, quantities[q].Start);
            if (s >= sentences.Length)
            {
                break;
            }

            Sentence sentence = sentences[s];
            int first = q;
            while (q < quantities.Length && quantities[q].Start < sentence.End)
            {
                q++;
            }

            builder.Sentence(sentence, quantities.AsSpan(first, q - first), ranges.Length == quantities.Length ? ranges.Slice(first, q - first) : default);
            s++;
        }

        ImmutableArray<Claim> claims = builder.ToResults();
        steps = builder.Steps;
        return claims;
    }

    /// <summary>The first sentence at or after <paramref name="from"/> that ends after <paramref name="offset"/>
    /// (<paramref name="sentences"/>' length if none): the sentences are in text order, so their ends rise. Gallops
    /// forward from <paramref name="from"/>, then halves, so the cost grows with the log of the sentences passed over
    /// and the whole walk stays linear.</summary>
    private static int FirstEndingAfter(ReadOnlySpan<Sentence> sentences, int from, int offset)
    {
        int lo = from;
        int hi = from;
        for (int step = 1; hi < sentences.Length && sentences[hi].End <= offset; step <<= 1)
        {
            lo = hi + 1;
            hi = (int)Math.Min((long)hi + step, sentences.Length);
        }

        // Now every sentence before lo ends at or before offset, and hi is past the end or ends after it.
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (sentences[mid].End > offset)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }
}
