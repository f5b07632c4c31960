using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Tidings.Places;
using Tidings.Text;

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

/// <summary>A place name the linker found, before it becomes a <see cref="PlaceMention"/>.</summary>
/// <param name="Start">The UTF-16 offset of its first character.</param>
/// <param name="End">The offset just past its last character.</param>
/// <param name="Text">The span as it stands in the text.</param>
/// <param name="Name">The name the linker gives it (white space folded).</param>
internal readonly record struct PlaceName(int Start, int End, string Text, string Name)
{
    /// <summary>The place mentions of <paramref name="places"/>, unresolved.</summary>
    public static ImmutableArray<PlaceMention> Mentions(ReadOnlySpan<PlaceName> places)
    {
        var mentions = new PlaceMention[places.Length];
        for (int i = 0; i < places.Length; i++)
        {
            mentions[i] = new PlaceMention(places[i].Start, places[i].End, places[i].Text, places[i].Name);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(mentions);
    }
}

/// <summary>
/// Makes the place mentions of a document from the place names the linker found (the pipeline resolves them
/// against the gazetteer first, so that each place mention is made once).
/// </summary>
internal delegate ImmutableArray<PlaceMention> PlaceMentionMaker(
    Document document,
    ReadOnlySpan<PlaceName> places,
    ImmutableArray<OrganizationMention> organizations,
    ImmutableArray<PersonMention> persons);
