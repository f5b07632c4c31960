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
        foreach (ResolvedPlace r in resolved)
        {
            ReadOnlySpan<char> text = document.Text.AsSpan(r.Start, r.End - r.Start);
            string mentionText;
            string name;
            if (r.IsDemonym)
            {
                if (Overlaps(r.Start, r.End, organizations) || Overlaps(r.Start, r.End, persons))
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

    private static bool Overlaps<T>(int start, int end, ImmutableArray<T> names)
        where T : Mention
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
}
