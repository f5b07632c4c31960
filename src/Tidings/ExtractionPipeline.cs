using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Tidings.Claims;
using Tidings.Dates;
using Tidings.Names;
using Tidings.Numbers;
using Tidings.Places;
using Tidings.Recognition;
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

    /// <summary>Whether places resolve with <see cref="PlaceResolver.Default"/>, read when a document first has a
    /// place to resolve (so a pipeline is built, and a document without places analysed, before the gazetteer loads).</summary>
    private readonly bool _defaultResolver;

    /// <summary>The embedded data whose loading has started, once per process (<see cref="Preload"/>): 1 the name
    /// model, 2 the gazetteer, 4 the claim grammar's word tables.</summary>
    private static int s_loading;
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
        bool demonyms = false,
        bool defaultResolver = false)
    {
        _resolver = resolver;
        _defaultResolver = resolver is null && defaultResolver;
        _demonyms = demonyms;
        _dates = dates;
        _names = nameKinds == NameKinds.None ? null : names;
        _nameKinds = _names is null ? NameKinds.None : nameKinds;
        _makePlaces = (resolver is not null || _defaultResolver) && (_nameKinds & NameKinds.Places) != 0 ? ResolvePlaces : null;
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
        Preload();
        // With claims and the built-in quantity extractor, the quantity pass hands the claim pass each quantity's tokens.
        List<(int First, int Last)>? ranges = _claims is not null && _quantities is QuantityExtractor ? ResultList<(int First, int Last)>.Take() : null;
        ImmutableArray<Quantity> quantities = ranges is not null ? ((QuantityExtractor)_quantities!).Extract(document, ranges, out _) : _quantities?.Extract(document) ?? [];
        NameMentions names = _names?.Extract(document, _makePlaces) ?? default;
        ImmutableArray<Claim> claims = [];
        if (_claims is not null)
        {
            claims = ClaimExtractor.Extract(
                document,
                quantities,
                ranges is not null ? CollectionsMarshal.AsSpan(ranges) : default,
                names.Persons.IsDefault ? [] : names.Persons,
                names.Organizations.IsDefault ? [] : names.Organizations,
                out _);
        }

        if (ranges is not null)
        {
            ResultList<(int First, int Last)>.Return(ranges);
        }

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
    /// Starts loading, on thread-pool threads, the embedded data this pipeline's documents need — the name model (then
    /// tagging a short sentence with it, which compiles the tagger), the recognizer's lexicon, word classes and name
    /// lists, and the gazetteer — and returns at once; the first call to <see cref="Extract(Document)"/> does this too.
    /// </summary>
    /// <remarks>The loads are independent (the claim tables read no other type's tables), so on a machine with two or more cores the first document waits for the
    /// longest of them rather than for all, and tokenizing, quantities and dates run meanwhile. A load that
    /// fails fails again, in the same way, when the document that needs it reads it. Each load starts once per
    /// process; a pipeline with its own recognizer or resolver starts neither.</remarks>
    internal void Preload()
    {
        int wanted = (_names is { UsesDefaultRecognizer: true } ? 1 : 0) | (_defaultResolver && (_nameKinds & NameKinds.Places) != 0 ? 2 : 0)
            | (_claims is not null ? 4 : 0);
        if ((Volatile.Read(ref s_loading) & wanted) == wanted)
        {
            return;
        }

        int start = wanted & ~Interlocked.Or(ref s_loading, wanted);
        if ((start & 2) != 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static _ => Touch(() => PlaceResolver.Default), null);
        }

        if ((start & 4) != 0)
        {
            // The claim grammar's word tables (claim-words.txt, claim-guards.txt): claims run after quantities and names,
            // so on a second core they are read while the first document's quantities and names are found (session 38).
            ThreadPool.UnsafeQueueUserWorkItem(static _ => Touch(ClaimGuards.Warm), null);
        }

        if ((start & 1) != 0)
        {
            // The recognizer's word classes and name lists load beside its model; the model's thread then tags a
            // short sentence, so that the tagging code is compiled before the first document reaches it.
            ThreadPool.UnsafeQueueUserWorkItem(static _ => Touch(() => NameTables.Default), null);
            ThreadPool.UnsafeQueueUserWorkItem(static _ => Touch(() => NameLexicon.Default), null);
            ThreadPool.UnsafeQueueUserWorkItem(static _ => Touch(() => NameRecognizer.Default.Recognize(WarmUp.Value)), null);
        }
    }

    /// <summary>The sentence the recognizer tags while the first document is tokenized (see <see cref="Preload"/>).</summary>
    private static readonly Lazy<Document> WarmUp = new(() => Document.Create("Officials of the European Union met in Paris on Monday, Reuters said."));

    /// <summary>Reads a lazily loaded value on a background thread; its failure is left for the reader who needs it.</summary>
    private static void Touch<T>(Func<T> load)
    {
        try
        {
            _ = load();
        }
#pragma warning disable CA1031 // Background warm-up only: the document that needs the value sees the same failure.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
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
        ImmutableArray<PersonMention> persons) =>
        PlaceMentions.Make(_resolver ?? PlaceResolver.Default, _demonyms, document, places, organizations, persons);
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
    private PlaceResolver? _resolver;
    private bool _defaultResolver = true;
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
        _defaultResolver = false;
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
    public ExtractionPipeline Build() => new(_quantities, _claims, _dates, _names, _nameKinds, _resolver, _demonyms, _defaultResolver);
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
