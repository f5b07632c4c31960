using Tidings.Places;
namespace Tidings.Names;

/// <summary>
/// An organization: a company, agency, party, committee, team ("Federal Election Commission", "CSTO").
/// </summary>
/// <remarks><threadsafety>Instances are immutable and safe to share between threads.</threadsafety></remarks>
public sealed record OrganizationMention : Mention
{
    /// <summary>Creates an organization mention.</summary>
    /// <param name="start">The offset of the first character.</param>
    /// <param name="end">The offset just past the last character.</param>
    /// <param name="text">The mention as it stands in the text.</param>
    /// <param name="name">The canonical name: the long form where the text defines an acronym, else the text with white space folded.</param>
    /// <param name="acronym">The short form, where the text gives one ("ANCA").</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="name"/> is null.</exception>
    public OrganizationMention(int start, int end, string text, string name, string? acronym = null)
        : base(start, end, text)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Acronym = acronym;
    }

    /// <inheritdoc/>
    public override MentionKind Kind => MentionKind.Organization;

    /// <summary>The canonical name: "Armenian National Committee of America" for every "ANCA" of a text that
    /// defines it as "Armenian National Committee of America (ANCA)".</summary>
    public string Name { get; }

    /// <summary>The short form, where the text gives one; null otherwise.</summary>
    public string? Acronym { get; }
}

/// <summary>A person ("Nikol Pashinyan").</summary>
/// <remarks><threadsafety>Instances are immutable and safe to share between threads.</threadsafety></remarks>
public sealed record PersonMention : Mention
{
    /// <summary>Creates a person mention.</summary>
    /// <param name="start">The offset of the first character.</param>
    /// <param name="end">The offset just past the last character.</param>
    /// <param name="text">The mention as it stands in the text.</param>
    /// <param name="name">The canonical name: the full name where the text gave it earlier, else the text with white space folded.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="name"/> is null.</exception>
    public PersonMention(int start, int end, string text, string name)
        : base(start, end, text)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
    }

    /// <inheritdoc/>
    public override MentionKind Kind => MentionKind.Person;

    /// <summary>The canonical name: "Nikol Pashinyan" for a later "Pashinyan" of the same text.</summary>
    public string Name { get; }
}

/// <summary>A place: a country, region, city, district or geographic feature ("Nagorno Karabakh", "Brentwood").</summary>
/// <remarks>
/// <para>The recognizer finds places; the pipeline resolves each against the gazetteer
/// (<see cref="Places.PlaceResolver"/>), which sets <see cref="Name"/> to the canonical English name and fills
/// <see cref="PlaceKind"/>, <see cref="CountryCode"/>, <see cref="GeonameId"/>, <see cref="Latitude"/> and
/// <see cref="Longitude"/> where it knows them; an unresolved place keeps its text as name and nulls.</para>
/// <threadsafety>Instances are immutable and safe to share between threads.</threadsafety>
/// </remarks>
public sealed record PlaceMention : Mention
{
    /// <summary>Creates a place mention.</summary>
    /// <param name="start">The offset of the first character.</param>
    /// <param name="end">The offset just past the last character.</param>
    /// <param name="text">The mention as it stands in the text.</param>
    /// <param name="name">The canonical name (the text with white space folded).</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="name"/> is null.</exception>
    public PlaceMention(int start, int end, string text, string name)
        : base(start, end, text)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
    }

    /// <inheritdoc/>
    public override MentionKind Kind => MentionKind.Place;

    /// <summary>The canonical name: the gazetteer's English name when resolved ("Chișinău" for "Chisinau"), else the text.</summary>
    public string Name { get; init; }

    /// <summary>Whether the mention is a demonym or adjective ("Armenian", "Moldovan") naming the place; these are
    /// reported only when the pipeline asks for them (<see cref="ExtractionPipelineBuilder.IncludeDemonyms"/>).</summary>
    public bool IsDemonym { get; init; }

    /// <summary>Country, region, city, …; null when unresolved.</summary>
    public PlaceKind? PlaceKind { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code of the country the place lies in; null when unresolved.</summary>
    public string? CountryCode { get; init; }

    /// <summary>The GeoNames id of the resolved place; null when unresolved.</summary>
    public long? GeonameId { get; init; }

    /// <summary>Latitude in degrees (WGS 84); null when unresolved.</summary>
    public double? Latitude { get; init; }

    /// <summary>Longitude in degrees (WGS 84); null when unresolved.</summary>
    public double? Longitude { get; init; }
}
