using System.Collections.Immutable;
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
        Mentions = Merge(
            [.. Quantities.CastArray<Mention>()],
            [.. Claims.CastArray<Mention>()],
            [.. Dates.CastArray<Mention>()],
            [.. Organizations.CastArray<Mention>()],
            [.. Places.CastArray<Mention>()],
            [.. Persons.CastArray<Mention>()]);
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
    public ImmutableArray<Mention> Mentions { get; }

    private static ImmutableArray<Mention> Merge(params ReadOnlySpan<ImmutableArray<Mention>> kinds)
    {
        int total = 0;
        foreach (ImmutableArray<Mention> kind in kinds)
        {
            total += kind.Length;
        }

        var all = new Mention[total];
        int n = 0;
        foreach (ImmutableArray<Mention> kind in kinds)
        {
            foreach (Mention m in kind)
            {
                all[n++] = m;
            }
        }

        // Each kind is already sorted: a stable sort (kinds that tie keep their order) that is linear when the
        // kinds do not interleave much. Insertion from the end is cheap for nearly sorted input.
        for (int i = 1; i < all.Length; i++)
        {
            Mention m = all[i];
            int j = i - 1;
            while (j >= 0 && Mention.CompareByPosition(all[j], m) > 0)
            {
                all[j + 1] = all[j];
                j--;
            }

            all[j + 1] = m;
        }

        return ImmutableArray.Create(all);
    }
}
