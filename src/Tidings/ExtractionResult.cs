using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Tidings.Numbers;

namespace Tidings;

/// <summary>Everything a pipeline found in one text.</summary>
/// <remarks><threadsafety>Immutable; safe to share between threads.</threadsafety></remarks>
public sealed class ExtractionResult
{
    internal ExtractionResult(string text, DateOnly? referenceDate, ImmutableArray<Quantity> quantities)
    {
        Text = text;
        ReferenceDate = referenceDate;
        Quantities = quantities;
        Mentions = Merge(quantities);
    }

    /// <summary>The analysed text.</summary>
    public string Text { get; }

    /// <summary>The reference (publication) date the text was analysed with.</summary>
    public DateOnly? ReferenceDate { get; }

    /// <summary>The quantities, in text order.</summary>
    public ImmutableArray<Quantity> Quantities { get; }

    /// <summary>Every mention of every kind, sorted by start, then by end descending.</summary>
    public ImmutableArray<Mention> Mentions { get; }

    private static ImmutableArray<Mention> Merge(params ReadOnlySpan<ImmutableArray<Quantity>> kinds)
    {
        int total = 0;
        foreach (ImmutableArray<Quantity> kind in kinds)
        {
            total += kind.Length;
        }

        var all = new Mention[total];
        int n = 0;
        foreach (ImmutableArray<Quantity> kind in kinds)
        {
            foreach (Quantity m in kind)
            {
                all[n++] = m;
            }
        }

        // Stable: each kind is already sorted, and ties keep kind order.
        Array.Sort(all, Mention.CompareByPosition);
        return ImmutableCollectionsMarshal.AsImmutableArray(all);
    }
}
