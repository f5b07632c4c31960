namespace Tidings.Places;

/// <summary>What sort of place a <see cref="GazetteerEntry"/> is.</summary>
public enum PlaceKind : byte
{
    /// <summary>A country or territory with an ISO 3166-1 code ("Armenia", "United States").</summary>
    Country,
    /// <summary>A region: a first-level division ("California", "Tovuz") or another named region ("Nagorno-Karabakh").</summary>
    Region,
    /// <summary>A populated place ("Moscow", "Chisinau", "Los Angeles").</summary>
    City,
    /// <summary>A part of a city ("Brentwood" in Los Angeles, "Manhattan").</summary>
    District,
    /// <summary>A continent ("Europe").</summary>
    Continent,
    /// <summary>A geographic feature: a river, sea, mountain range, desert ("Amazon", "High Atlas", "Niger Delta").</summary>
    Feature,
}
