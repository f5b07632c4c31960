using System.Globalization;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;

namespace Tidings.ML.Transforms;

/// <summary>The input row of Tidings 0.1's mapping (<see cref="NewsFactsMappingFactory"/>): one article's text.</summary>
public sealed class NewsArticleInput
{
    /// <summary>The article text (the <c>Text</c> column).</summary>
    public string Text { get; set; } = string.Empty;
}

/// <summary>The input row with a publication date, which relative dates ("on Tuesday", "a year earlier") resolve against.</summary>
public sealed class DatedNewsArticleInput
{
    /// <summary>The article text.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>The publication date as <c>yyyy-MM-dd</c> (the <c>ReferenceDate</c> column); empty or invalid means unknown.</summary>
    public string ReferenceDate { get; set; } = string.Empty;
}

/// <summary>The columns the transform adds (without a prefix), ready for <c>MapValueToKey</c>,
/// <c>FeaturizeText</c>, <c>Concatenate</c> or a trainer.</summary>
public sealed class NewsFactsOutput
{
    /// <summary>Organization names (the long form where the text defines an acronym).</summary>
    public string[] Organizations { get; set; } = [];

    /// <summary>Place names as written or, where resolved, canonical.</summary>
    public string[] Places { get; set; } = [];

    /// <summary>ISO 3166-1 alpha-2 codes of the resolved places (one per resolved place).</summary>
    public string[] PlaceCountryCodes { get; set; } = [];

    /// <summary>Person names.</summary>
    public string[] Persons { get; set; } = [];

    /// <summary>The resolved TIMEX3 values of the dates ("2020-07-24", "2018"); unresolved ones are left out.</summary>
    public string[] Dates { get; set; } = [];

    /// <summary>The point values of the quantities (percentages as written: 3.5 for "3.5%").</summary>
    public float[] QuantityValues { get; set; } = [];

    /// <summary>How many numeric claims the text makes.</summary>
    public float ClaimCount { get; set; }

    /// <summary>Empty when the row was analysed as given; otherwise why not (e.g. an invalid publication date).</summary>
    public string Diagnostics { get; set; } = string.Empty;
}

/// <summary>
/// The named mapping of Tidings 0.1's transform, kept so that models saved with it still load; new pipelines use
/// <see cref="NewsFactsCatalog.ExtractNewsFacts(TransformsCatalog, string, string?, string)"/>. Because it has a contract name, a model
/// that contains it can be saved with <c>mlContext.Model.Save</c> and loaded again (register this assembly first:
/// <c>mlContext.ComponentCatalog.RegisterAssembly(typeof(NewsFactsMappingFactory).Assembly)</c>).
/// </summary>
[CustomMappingFactoryAttribute(ContractName)]
public sealed class NewsFactsMappingFactory : CustomMappingFactory<NewsArticleInput, NewsFactsOutput>
{
    /// <summary>The contract name saved in models.</summary>
    public const string ContractName = "Tidings.NewsFacts.v1";

    /// <inheritdoc/>
    public override Action<NewsArticleInput, NewsFactsOutput> GetMapping() => Map;

    /// <summary>Extracts the facts of one row with <see cref="ExtractionPipeline.Default"/> (thread-safe, so ML.NET may call it in parallel).</summary>
    public static void Map(NewsArticleInput input, NewsFactsOutput output)
    {
        ArgumentNullException.ThrowIfNull(input);
        NewsFactsColumns.FillSafely(() => ExtractionPipeline.Default.Extract(input.Text ?? string.Empty), output);
    }
}

/// <summary>The named mapping of Tidings 0.1 for articles with a string publication date, kept so that models saved with it still load.</summary>
[CustomMappingFactoryAttribute(ContractName)]
public sealed class DatedNewsFactsMappingFactory : CustomMappingFactory<DatedNewsArticleInput, NewsFactsOutput>
{
    /// <summary>The contract name saved in models.</summary>
    public const string ContractName = "Tidings.DatedNewsFacts.v1";

    /// <inheritdoc/>
    public override Action<DatedNewsArticleInput, NewsFactsOutput> GetMapping() => Map;

    /// <summary>Extracts the facts of one row, resolving dates against its <see cref="DatedNewsArticleInput.ReferenceDate"/>.</summary>
    public static void Map(DatedNewsArticleInput input, NewsFactsOutput output)
    {
        ArgumentNullException.ThrowIfNull(input);
        DateOnly? reference = DateOnly.TryParseExact(input.ReferenceDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d)
            ? d
            : null;
        NewsFactsColumns.FillSafely(() => ExtractionPipeline.Default.Extract(input.Text ?? string.Empty, reference), output);
    }
}

/// <summary>Extensions that put Tidings into ML.NET pipelines.</summary>
public static class NewsFactsCatalog
{
    /// <summary>
    /// Adds the facts of each article as columns: <c>Organizations</c>, <c>Places</c>, <c>PlaceCountryCodes</c>,
    /// <c>Persons</c>, <c>Dates</c> (string vectors), <c>QuantityValues</c> (float vector), <c>ClaimCount</c> (float)
    /// and <c>Diagnostics</c> (string, empty unless the row's publication date was invalid), each name after
    /// <paramref name="outputColumnPrefix"/>. Your columns are never replaced or hidden: fitting fails, naming the
    /// column, when an output name is already taken. Models that contain the transform save and load (register this
    /// assembly first: <c>mlContext.ComponentCatalog.RegisterAssembly(typeof(NewsFactsCatalog).Assembly)</c>).
    /// </summary>
    /// <param name="catalog">The transforms catalog (<c>mlContext.Transforms</c>).</param>
    /// <param name="inputColumnName">The text column (read, never replaced).</param>
    /// <param name="referenceDateColumnName">The publication-date column, which relative dates resolve against: a
    /// <see cref="DateTime"/>, <see cref="DateTimeOffset"/> or string (<c>yyyy-MM-dd</c>) column; null for none (then
    /// only absolute dates such as "July 24, 2020" get values).</param>
    /// <param name="outputColumnPrefix">Put before every output column's name (e.g. <c>"News"</c>: <c>NewsDates</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static IEstimator<ITransformer> ExtractNewsFacts(
        this TransformsCatalog catalog,
        string inputColumnName = nameof(NewsArticleInput.Text),
        string? referenceDateColumnName = null,
        string outputColumnPrefix = "") =>
        catalog.ExtractNewsFacts(new NewsFactsOptions
        {
            InputColumnName = inputColumnName,
            ReferenceDateColumnName = referenceDateColumnName,
            OutputColumnPrefix = outputColumnPrefix,
        });

    /// <summary>Adds the facts of each article as columns, as <see cref="NewsFactsOptions"/> says.</summary>
    /// <param name="catalog">The transforms catalog (<c>mlContext.Transforms</c>).</param>
    /// <param name="options">The input columns and the output prefix.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="options"/> is null.</exception>
    public static IEstimator<ITransformer> ExtractNewsFacts(this TransformsCatalog catalog, NewsFactsOptions options)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(options.InputColumnName);
        ArgumentNullException.ThrowIfNull(options.OutputColumnPrefix);
        return new NewsFactsEstimator(catalog, options);
    }
}

/// <summary>Fills the output columns of the 0.1 mappings through <see cref="NewsFactsRow"/>, so both versions
/// analyse a row, and contain its failure, the same way.</summary>
internal static class NewsFactsColumns
{
    /// <summary>Fills <paramref name="output"/> from <paramref name="extract"/>; if that throws, the row gets empty
    /// columns and the reason in <see cref="NewsFactsOutput.Diagnostics"/> instead of failing the whole batch.</summary>
    public static void FillSafely(Func<ExtractionResult> extract, NewsFactsOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var row = new NewsFactsRow();
        row.Fill(extract, string.Empty);
        output.Organizations = row.Organizations;
        output.Places = row.Places;
        output.PlaceCountryCodes = row.PlaceCountryCodes;
        output.Persons = row.Persons;
        output.Dates = row.Dates;
        output.QuantityValues = row.QuantityValues;
        output.ClaimCount = row.ClaimCount;
        output.Diagnostics = row.Diagnostics;
    }
}
