namespace Tidings.Places;

/// <summary>
/// What resolution reads of a place, packed by <see cref="Gazetteer"/> when it is built so that scoring touches one
/// small value per place: its prior, position, kind, and its country and first-level division as small integers.
/// </summary>
/// <param name="Prior">The prior (see <see cref="Gazetteer.Prior"/>).</param>
/// <param name="Latitude">As <see cref="GazetteerEntry.Latitude"/>.</param>
/// <param name="Longitude">As <see cref="GazetteerEntry.Longitude"/>.</param>
/// <param name="Country">The country code as an id (equal ids, equal codes); -1 when the place has none.</param>
/// <param name="Admin">The first-level division code as an id (equal ids, equal codes, whatever the country); -1 when none.</param>
/// <param name="Kind">As <see cref="GazetteerEntry.Kind"/>.</param>
/// <param name="CosLatitude">The cosine of the latitude, for <see cref="GazetteerEntry.DistanceKm(double, double, double, double, double, double)"/>.</param>
internal readonly record struct PlaceFacts(double Prior, double Latitude, double Longitude, int Country, int Admin, PlaceKind Kind, double CosLatitude)
{
    /// <summary>Whether the position is known.</summary>
    public bool HasCoordinates => !double.IsNaN(Latitude) && !double.IsNaN(Longitude);
}
