using System.Collections.Immutable;
using Tidings.Claims;
using Tidings.Dates;
using Tidings.Names;
using Tidings.Numbers;
using Tidings.Places;
using Tidings.Text;

namespace Tidings;

/// <summary>
/// An immutable set of extractors run over one tokenization of each text. Build one with
/// <see cref="ExtractionPipelineBuilder"/>, or use <see cref="Default"/>.
/// </summary>
/// <remarks><threadsafety>Immutable; build once and share it between threads.</threadsafety></remarks>
public sealed class ExtractionPipeline
{
    private static readonly Lazy<ExtractionPipeline> DefaultPipeline =
        new(() => new ExtractionPipelineBuilder().UseAll().Build());

    private readonly IExtractor<Quantity>? _quantities;
    private readonly ClaimExtractor? _claims;
    private readonly IExtractor<DateMention>? _dates;
    private readonly NameExtractor? _names;
    private readonly NameKinds _nameKinds;
    private readonly PlaceResolver? _resolver;
    private readonly bool _demonyms;

    /// <summary>Resolves the linker's places as they become mentions (null: no resolver, or no places wanted).</summary>
    private readonly PlaceMentionMaker? _makePlaces;

    internal ExtractionPipeline(
        IExtractor<Quantity>? quantities,
        ClaimExtractor? claims,
        IExtractor<DateMention>? dates,
        NameExtractor? names = null,
        NameKinds nameKinds = NameKinds.None,
        PlaceResolver? resolver = null,
        bool demonyms = false)
    {
        _resolver = resolver;
        _demonyms = demonyms;
        _dates = dates;
        _names = nameKinds == NameKinds.None ? null : names;
        _nameKinds = _names is null ? NameKinds.None : nameKinds;
        _makePlaces = resolver is not null && (_nameKinds & NameKinds.Places) != 0 ? ResolvePlaces : null;
        _quantities = quantities ?? claims?.Quantities;
        _claims = claims;
        var kinds = ImmutableArray.CreateBuilder<MentionKind>();
        if (_quantities is not null)
        {
            kinds.Add(MentionKind.Quantity);
        }

        if (claims is not null)
        {
            kinds.Add(MentionKind.Claim);
        }

        if (dates is not null)
        {
            kinds.Add(MentionKind.Date);
        }

        if ((_nameKinds & NameKinds.Organizations) != 0)
        {
            kinds.Add(MentionKind.Organization);
        }

        if ((_nameKinds & NameKinds.Places) != 0)
        {
            kinds.Add(MentionKind.Place);
        }

        if ((_nameKinds & NameKinds.Persons) != 0)
        {
            kinds.Add(MentionKind.Person);
        }

        Kinds = kinds.ToImmutable();
    }

    /// <summary>A pipeline with every extractor this version has, in its default configuration.</summary>
    public static ExtractionPipeline Default => DefaultPipeline.Value;

    /// <summary>The kinds of mention this pipeline finds.</summary>
    public ImmutableArray<MentionKind> Kinds { get; }

    /// <summary>Finds every enabled kind of mention in <paramref name="text"/>.</summary>
    /// <param name="text">Any string; nothing is rejected.</param>
    /// <param name="referenceDate">The publication date that relative dates resolve against.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ExtractionResult Extract(string text, DateOnly? referenceDate = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        using Document document = Document.Rent(text, referenceDate);
        return Extract(document);
    }

    /// <summary>Finds every enabled kind of mention in an already tokenized <paramref name="document"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public ExtractionResult Extract(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        ImmutableArray<Quantity> quantities = _quantities?.Extract(document) ?? [];
        NameMentions names = _names?.Extract(document, _makePlaces) ?? default;
        ImmutableArray<Claim> claims = _claims?.Extract(
            document, quantities, names.Persons.IsDefault ? [] : names.Persons, names.Organizations.IsDefault ? [] : names.Organizations) ?? [];
        ImmutableArray<DateMention> dates = _dates?.Extract(document) ?? [];
        return new ExtractionResult(
            document.Text,
            document.ReferenceDate,
            quantities,
            claims,
            dates,
            (_nameKinds & NameKinds.Organizations) != 0 ? names.Organizations : default,
            (_nameKinds & NameKinds.Places) != 0 ? names.Places : default,
            (_nameKinds & NameKinds.Persons) != 0 ? names.Persons : default);
    }

    /// <summary>
    /// Resolves the recognized places against the gazetteer, in the context of the whole document, and adds the
    /// demonyms ("Armenian") when asked — except those overlapping an organization's or a person's name ("Armenian
    /// National Committee", "Bak Armenian"), so that names never overlap. Each place mention is made once, here.
    /// </summary>
    private ImmutableArray<PlaceMention> ResolvePlaces(
        Document document,
        ReadOnlySpan<PlaceName> places,
        ImmutableArray<OrganizationMention> organizations,
        ImmutableArray<PersonMention> persons)
    {
        if (places.IsEmpty && !_demonyms)
        {
            return [];
        }

        var spans = new PlaceCandidate[places.Length];
        for (int i = 0; i < places.Length; i++)
        {
            spans[i] = new PlaceCandidate(places[i].Start, places[i].End);
        }

        ResolvedPlace[] resolved = _resolver!.ResolvePlaces(document, spans, _demonyms);
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

/// <summary>Chooses the extractors of an <see cref="ExtractionPipeline"/>. Mutable; <see cref="Build"/> freezes it.</summary>
/// <remarks><threadsafety>Not thread-safe; the pipelines it builds are.</threadsafety></remarks>
public sealed class ExtractionPipelineBuilder
{
    private IExtractor<Quantity>? _quantities;
    private ClaimExtractor? _claims;
    private IExtractor<DateMention>? _dates;
    private NameExtractor? _names;
    private NameKinds _nameKinds;
    private PlaceResolver? _resolver = PlaceResolver.Default;
    private bool _demonyms;

    /// <summary>Enables every extractor in its default configuration.</summary>
    public ExtractionPipelineBuilder UseAll() => UseQuantities().UseClaims().UseDates().UseNames();

    /// <summary>Enables organizations, places and persons with the default <see cref="NameExtractor"/> (one
    /// recognizer pass finds all three).</summary>
    public ExtractionPipelineBuilder UseNames() => UseNames(NameExtractor.Default);

    /// <summary>Enables organizations, places and persons with <paramref name="extractor"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="extractor"/> is null.</exception>
    public ExtractionPipelineBuilder UseNames(NameExtractor extractor) => UseNameKinds(extractor, NameKinds.All);

    /// <summary>Enables organizations (the names extractor runs once whatever kinds of name are enabled).</summary>
    public ExtractionPipelineBuilder UseOrganizations() => UseNameKinds(_names ?? NameExtractor.Default, NameKinds.Organizations);

    /// <summary>Enables places.</summary>
    public ExtractionPipelineBuilder UsePlaces() => UseNameKinds(_names ?? NameExtractor.Default, NameKinds.Places);

    /// <summary>Resolves places with <paramref name="resolver"/> (a custom gazetteer: <c>new PlaceResolver(Gazetteer.Load(stream))</c>);
    /// null keeps the recognizer's places unresolved.</summary>
    public ExtractionPipelineBuilder ResolvePlacesWith(PlaceResolver? resolver)
    {
        _resolver = resolver;
        return this;
    }

    /// <summary>Also reports demonyms and place adjectives ("Armenian", "Moldovan") as place mentions, flagged
    /// <see cref="PlaceMention.IsDemonym"/>, and enables places.</summary>
    public ExtractionPipelineBuilder IncludeDemonyms()
    {
        _demonyms = true;
        return UsePlaces();
    }

    /// <summary>Enables persons.</summary>
    public ExtractionPipelineBuilder UsePersons() => UseNameKinds(_names ?? NameExtractor.Default, NameKinds.Persons);

    private ExtractionPipelineBuilder UseNameKinds(NameExtractor extractor, NameKinds kinds)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        _names = extractor;
        _nameKinds |= kinds;
        return this;
    }

    /// <summary>Enables dates with the default <see cref="DateExtractor"/>.</summary>
    public ExtractionPipelineBuilder UseDates() => UseDates(DateExtractor.Default);

    /// <summary>Enables dates with <paramref name="extractor"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="extractor"/> is null.</exception>
    public ExtractionPipelineBuilder UseDates(IExtractor<DateMention> extractor)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        _dates = extractor;
        return this;
    }

    /// <summary>Enables numeric claims (and the quantities they are built from) with the default <see cref="ClaimExtractor"/>.</summary>
    public ExtractionPipelineBuilder UseClaims() => UseClaims(ClaimExtractor.Default);

    /// <summary>Enables numeric claims with <paramref name="extractor"/>; quantities come from the pipeline's quantity
    /// extractor when one is enabled, else from <see cref="ClaimExtractor.Quantities"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="extractor"/> is null.</exception>
    public ExtractionPipelineBuilder UseClaims(ClaimExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        _claims = extractor;
        return this;
    }

    /// <summary>Enables quantities with the default <see cref="QuantityExtractor"/>.</summary>
    public ExtractionPipelineBuilder UseQuantities() => UseQuantities(QuantityExtractor.Default);

    /// <summary>Enables quantities with <paramref name="extractor"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="extractor"/> is null.</exception>
    public ExtractionPipelineBuilder UseQuantities(IExtractor<Quantity> extractor)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        _quantities = extractor;
        return this;
    }

    /// <summary>Builds an immutable pipeline from the current choices.</summary>
    public ExtractionPipeline Build() => new(_quantities, _claims, _dates, _names, _nameKinds, _resolver, _demonyms);
}

/// <summary>Which kinds of name a pipeline reports.</summary>
[Flags]
internal enum NameKinds
{
    None = 0,
    Organizations = 1,
    Places = 2,
    Persons = 4,
    All = Organizations | Places | Persons,
}
