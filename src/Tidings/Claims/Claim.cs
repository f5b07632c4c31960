using System.Collections.Immutable;
using Tidings.Numbers;

namespace Tidings.Claims;

/// <summary>How the quantities of a <see cref="Claim"/> relate to each other.</summary>
public enum ClaimRelation
{
    /// <summary>One quantity asserted on its own: "the police detained 13 people".</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Mirrors the JSON contract's relation name \"single\".")]
    Single,
    /// <summary>Quantities set against each other: "70 against around 3,000", "voted 68-32", "far short of the 500".</summary>
    Comparison,
    /// <summary>A span of values: "between 8,000 and 10,000".</summary>
    Range,
    /// <summary>A movement from one value to another: "rose 7.9% to $48.2 billion", "eased to 61.4% from 61.5%".</summary>
    Change,
    /// <summary>A part of a whole: "14 of 20 analysts", "one in five adults".</summary>
    Ratio,
}

/// <summary>
/// A numeric claim: one statement in a sentence that asserts one or more quantities, with who asserts it,
/// what it is about and the verb that asserts it.
/// </summary>
/// <remarks>
/// <para>The span runs from the first to the last of its parts (quantities, source, subject, predicate) and
/// never crosses a sentence boundary. Every quantity is a <see cref="Quantity"/> mention of the same document,
/// and belongs to at most one claim.</para>
/// <threadsafety>Instances are immutable and safe to share between threads.</threadsafety>
/// </remarks>
public sealed record Claim : Mention
{
    /// <summary>Creates a claim.</summary>
    /// <exception cref="ArgumentException"><paramref name="quantities"/> is empty.</exception>
    public Claim(
        int start,
        int end,
        string text,
        ImmutableArray<Quantity> quantities,
        ClaimRelation relation,
        TextSpan? source = null,
        TextSpan? subject = null,
        TextSpan? predicate = null)
        : base(start, end, text)
    {
        if (quantities.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A claim asserts at least one quantity.", nameof(quantities));
        }

        Quantities = quantities;
        Relation = relation;
        Source = source;
        Subject = subject;
        Predicate = predicate;
    }

    /// <inheritdoc/>
    public override MentionKind Kind => MentionKind.Claim;

    /// <summary>The quantities asserted, in text order.</summary>
    public ImmutableArray<Quantity> Quantities { get; }

    /// <summary>How the quantities relate.</summary>
    public ClaimRelation Relation { get; }

    /// <summary>Who asserts it ("one of the organizers …", "the Interior Ministry"), if the sentence says.</summary>
    public TextSpan? Source { get; }

    /// <summary>What the claim is about (the subject of the asserting clause), if found.</summary>
    public TextSpan? Subject { get; }

    /// <summary>The verb that asserts the quantities ("detained", "allocated"), if found.</summary>
    public TextSpan? Predicate { get; }

    /// <summary>Value equality, comparing the quantities element by element.</summary>
    public bool Equals(Claim? other) =>
        other is not null && base.Equals(other) && Relation == other.Relation && Source == other.Source
        && Subject == other.Subject && Predicate == other.Predicate && Quantities.AsSpan().SequenceEqual(other.Quantities.AsSpan());

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Relation, Source, Quantities.Length);
}
