namespace Tidings.Places;

/// <summary>One place of the <see cref="Gazetteer"/>: its canonical English name, kind, country and position.</summary>
/// <param name="GeonameId">The GeoNames id; null for places of the hand-kept supplement that GeoNames does not list
/// as such (districts, non-first-level regions, features). <see langword="long"/>, as on <see cref="Names.PlaceMention.GeonameId"/>.</param>
/// <param name="Name">The canonical English name ("The Hague", "Chisinau", "Nagorno-Karabakh").</param>
/// <param name="Kind">Country, region, city, district, continent or feature.</param>
/// <param name="CountryCode">The ISO 3166-1 alpha-2 code of the country it lies in (its own for a country); null for
/// continents and places spanning several countries.</param>
/// <param name="AdminCode">The GeoNames first-level division code within the country ("CA" for California, "58" for
/// Tovuz); null when unknown or not applicable.</param>
/// <param name="Latitude">Degrees north; <see cref="double.NaN"/> when unknown.</param>
/// <param name="Longitude">Degrees east; <see cref="double.NaN"/> when unknown.</param>
/// <param name="Population">The population GeoNames gives (for a region, that of its listed places); 0 when unknown.</param>
/// <param name="IsCapital">Whether it is a national capital or seat of government ("Washington, D.C.", "The Hague").</param>
/// <remarks><threadsafety>Immutable; safe to share between threads.</threadsafety></remarks>
public sealed record GazetteerEntry(
    long? GeonameId,
    string Name,
    PlaceKind Kind,
    string? CountryCode,
    string? AdminCode,
    double Latitude,
    double Longitude,
    long Population,
    bool IsCapital)
{
    /// <summary>Whether <see cref="Latitude"/> and <see cref="Longitude"/> are known.</summary>
    public bool HasCoordinates => !double.IsNaN(Latitude) && !double.IsNaN(Longitude);

    /// <summary>The great-circle distance to <paramref name="other"/> in kilometres; NaN when either position is unknown.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public double DistanceKm(GazetteerEntry other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return DistanceKm(Latitude, Longitude, other.Latitude, other.Longitude);
    }

    /// <summary>Degrees to radians.</summary>
    internal const double Radians = Math.PI / 180;

    /// <summary>The great-circle distance in kilometres between two positions (degrees); NaN when any is NaN.</summary>
    internal static double DistanceKm(double latitude, double longitude, double otherLatitude, double otherLongitude) =>
        DistanceKm(latitude, longitude, Math.Cos(latitude * Radians), otherLatitude, otherLongitude, Math.Cos(otherLatitude * Radians));

    /// <summary>The same, given the cosine of each latitude (<c>Math.Cos(latitude * Radians)</c>, as <see cref="PlaceFacts"/> keeps it).</summary>
    internal static double DistanceKm(double latitude, double longitude, double cosLatitude, double otherLatitude, double otherLongitude, double otherCosLatitude)
    {
        const double EarthRadiusKm = 6371.0;
        double dLat = (otherLatitude - latitude) * Radians;
        double dLon = (otherLongitude - longitude) * Radians;
        double sinLatitude = Math.Sin(dLat / 2);
        double sinLongitude = Math.Sin(dLon / 2);
        double a = (sinLatitude * sinLatitude) + (cosLatitude * otherCosLatitude * sinLongitude * sinLongitude);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
