using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Tidings.Claims;
using Tidings.Dates;
using Tidings.Names;
using Tidings.Numbers;

namespace Tidings;

/// <summary>Everything a pipeline found in one text.</summary>
/// <remarks><threadsafety>Immutable; safe to share between threads.</threadsafety></remarks>
public sealed class ExtractionResult
{
    internal ExtractionResult(
        string text,
        DateOnly? referenceDate,
        ImmutableArray<Quantity> quantities,
        ImmutableArray<Claim> claims = default,
        ImmutableArray<DateMention> dates = default,
        ImmutableArray<OrganizationMention> organizations = default,
        ImmutableArray<PlaceMention> places = default,
        ImmutableArray<PersonMention> persons = default)
    {
        Text = text;
        ReferenceDate = referenceDate;
        Quantities = quantities.IsDefault ? [] : quantities;
        Claims = claims.IsDefault ? [] : claims;
        Dates = dates.IsDefault ? [] : dates;
        Organizations = organizations.IsDefault ? [] : organizations;
        Places = places.IsDefault ? [] : places;
        Persons = persons.IsDefault ? [] : persons;
    }

    /// <summary>The analysed text.</summary>
    public string Text { get; }

    /// <summary>The reference (publication) date the text was analysed with.</summary>
    public DateOnly? ReferenceDate { get; }

    /// <summary>The quantities, in text order.</summary>
    public ImmutableArray<Quantity> Quantities { get; }

    /// <summary>The numeric claims, in text order.</summary>
    public ImmutableArray<Claim> Claims { get; }

    /// <summary>The date expressions, in text order, resolved against <see cref="ReferenceDate"/>.</summary>
    public ImmutableArray<DateMention> Dates { get; }

    /// <summary>The organizations, in text order; acronyms the text defines carry their long form as name.</summary>
    public ImmutableArray<OrganizationMention> Organizations { get; }

    /// <summary>The places, in text order.</summary>
    public ImmutableArray<PlaceMention> Places { get; }

    /// <summary>The persons, in text order.</summary>
    public ImmutableArray<PersonMention> Persons { get; }

    /// <summary>Every mention of every kind, sorted by start, then by end descending.</summary>
    /// <remarks>
    /// <para>Built on first read, not with the result: the merge of the kinds is linear, but for a long document it is
    /// one array on the large-object heap that keeps every mention reachable until a full collection, which a caller
    /// who reads only the arrays of each kind need not pay. Every read returns the same array (also when threads race
    /// to read it first), so the value is the same as if it had been built with the result. A result with mentions of
    /// one kind only shares that kind's array.</para>
    /// </remarks>
    public ImmutableArray<Mention> Mentions
    {
        get
        {
            Mention[]? all = Volatile.Read(ref _mentions.Value);
            if (all is null)
            {
                all = ImmutableCollectionsMarshal.AsArray(Merge(
                    Quantities.CastArray<Mention>(),
                    Claims.CastArray<Mention>(),
                    Dates.CastArray<Mention>(),
                    Organizations.CastArray<Mention>(),
                    Places.CastArray<Mention>(),
                    Persons.CastArray<Mention>()))!;

                // The first merge published wins; a racing reader returns it and drops its own (equal) merge.
                all = Interlocked.CompareExchange(ref _mentions.Value, all, null) ?? all;
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(all);
        }
    }

    /// <summary>The merged <see cref="Mentions"/> once read (null before): a box, so that the result's own fields stay
    /// read-only; it is written once, with the only value the kinds give.</summary>
    private readonly StrongBox<Mention[]?> _mentions = new();

    /// <summary>
    /// Merges kinds that are each sorted by position into one sorted array: a k-way merge, linear in the total for a
    /// fixed number of kinds, and stable (on a tie, the earlier kind comes first).
    /// </summary>
    private static ImmutableArray<Mention> Merge(params ReadOnlySpan<ImmutableArray<Mention>> kinds)
    {
        int total = 0;
        foreach (ImmutableArray<Mention> kind in kinds)
        {
            total += kind.Length;
        }

        if (total == 0)
        {
            return [];
        }

        foreach (ImmutableArray<Mention> kind in kinds)
        {
            if (kind.Length == total && IsSorted(kind))
            {
                // One kind only (a quantities-only pipeline): already the answer, shared rather than copied.
                return kind;
            }
        }

        // Every extractor returns its kind sorted; a kind that is not (from a custom extractor) is sorted first, stably.
        ImmutableArray<Mention>[] sorted = kinds.ToArray();
        for (int k = 0; k < sorted.Length; k++)
        {
            if (!IsSorted(sorted[k]))
            {
                sorted[k] = [.. sorted[k].OrderBy(static m => m, Comparer<Mention>.Create(Mention.CompareByPosition))];
            }
        }

        kinds = sorted;
        var all = new Mention[total];
        Span<int> next = kinds.Length <= 16 ? stackalloc int[kinds.Length] : new int[kinds.Length];
        next.Clear();
        for (int n = 0; n < total; n++)
        {
            int best = -1;
            for (int k = 0; k < kinds.Length; k++)
            {
                if (next[k] < kinds[k].Length
                    && (best < 0 || Mention.CompareByPosition(kinds[k][next[k]], kinds[best][next[best]]) < 0))
                {
                    best = k;
                }
            }

            all[n] = kinds[best][next[best]++];
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(all);
    }

    private static bool IsSorted(ImmutableArray<Mention> kind)
    {
        for (int i = 1; i < kind.Length; i++)
        {
            if (Mention.CompareByPosition(kind[i - 1], kind[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }
}
