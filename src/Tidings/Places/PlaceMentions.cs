using System.Collections.Immutable;
using Tidings.Names;
using Tidings.Text;

namespace Tidings.Places;

/// <summary>
/// Makes the place mentions of a document from the recognizer's places: resolves them against the gazetteer,
/// adds demonyms when asked (never over an organization's or a person's name), and leaves compass words ("the
/// West") unresolved. The pipeline only orders the passes; what a place mention is lives here.
/// </summary>
internal static class PlaceMentions
{
    /// <summary>
    /// Resolves the recognized places against the gazetteer, in the context of the whole document, and adds the
    /// demonyms ("Armenian") when asked — except those overlapping an organization's or a person's name ("Armenian
    /// National Committee", "Bak Armenian"), so that names never overlap. Each place mention is made once, here.
    /// </summary>
    public static ImmutableArray<PlaceMention> Make(
        PlaceResolver resolver,
        bool demonyms,
        Document document,
        ReadOnlySpan<PlaceName> places,
        ImmutableArray<OrganizationMention> organizations,
        ImmutableArray<PersonMention> persons)
    {
        if (places.IsEmpty && !demonyms)
        {
            return [];
        }

        var spans = new PlaceCandidate[places.Length];
        for (int i = 0; i < places.Length; i++)
        {
            spans[i] = new PlaceCandidate(places[i].Start, places[i].End);
        }

        ResolvedPlace[] resolved = resolver.ResolvePlaces(document, spans, demonyms);
        var result = ImmutableArray.CreateBuilder<PlaceMention>(resolved.Length);
        int p = 0;
        int ordered = 0; // whether the organizations and persons lie in text order (0: not asked yet, 1 yes, -1 no)
        foreach (ResolvedPlace r in resolved)
        {
            ReadOnlySpan<char> text = document.Text.AsSpan(r.Start, r.End - r.Start);
            string mentionText;
            string name;
            if (r.IsDemonym)
            {
                if (ordered == 0)
                {
                    ordered = InTextOrder(organizations) && InTextOrder(persons) ? 1 : -1;
                }

                if (Overlaps(r.Start, r.End, organizations, ordered > 0) || Overlaps(r.Start, r.End, persons, ordered > 0))
                {
                    continue;
                }

                mentionText = text.ToString();
                name = r.Place?.Name ?? mentionText;
            }
            else
            {
                // Non-demonym resolutions come in the order of the spans given, interleaved with demonyms by position.
                while (p < places.Length && (places[p].Start != r.Start || places[p].End != r.End))
                {
                    p++;
                }

                if (p < places.Length)
                {
                    (mentionText, name) = (places[p].Text, places[p].Name);
                    p++;
                }
                else
                {
                    mentionText = name = text.ToString();
                }
            }

            // "the West", "the East": geopolitical, not the Cameroonian region or any other place a gazetteer holds.
            result.Add(r.Place is GazetteerEntry e && !IsCompassPoint(text)
                ? new PlaceMention(r.Start, r.End, mentionText, e.Name)
                {
                    PlaceKind = e.Kind,
                    CountryCode = e.CountryCode,
                    GeonameId = e.GeonameId,
                    Latitude = e.HasCoordinates ? e.Latitude : null,
                    Longitude = e.HasCoordinates ? e.Longitude : null,
                    IsDemonym = r.IsDemonym,
                }
                : new PlaceMention(r.Start, r.End, mentionText, name) { IsDemonym = r.IsDemonym });
        }

        return result.DrainToImmutable();
    }

    private static bool IsCompassPoint(ReadOnlySpan<char> text) =>
        text is "West" or "East" or "North" or "South" or "Midwest" or "Northwest" or "Northeast" or "Southwest" or "Southeast";

    /// <summary>Whether a name of <paramref name="names"/> overlaps <paramref name="start"/>..<paramref name="end"/>:
    /// when <paramref name="ordered"/> (<see cref="InTextOrder"/>), by a binary search for the first name ending after
    /// <paramref name="start"/>, the only one that can start first among those; else by a scan. A scan for each demonym
    /// made a document of many demonyms and names quadratic.</summary>
    private static bool Overlaps<T>(int start, int end, ImmutableArray<T> names, bool ordered)
        where T : Mention
    {
        if (!ordered)
        {
            foreach (T n in names)
            {
                if (n.Start < end && start < n.End)
                {
                    return true;
                }
            }

            return false;
        }

        int lo = 0, hi = names.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (names[mid].End <= start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < names.Length && names[lo].Start < end;
    }

    /// <summary>Whether the starts and the ends of <paramref name="names"/> both never decrease (a kind's names, in text
    /// order and never overlapping, do), so that <see cref="Overlaps"/> may search them.</summary>
    private static bool InTextOrder<T>(ImmutableArray<T> names)
        where T : Mention
    {
        for (int i = 1; i < names.Length; i++)
        {
            if (names[i].Start < names[i - 1].Start || names[i].End < names[i - 1].End)
            {
                return false;
            }
        }

        return true;
    }
}
