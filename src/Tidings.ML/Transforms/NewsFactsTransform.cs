using System.Globalization;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;

namespace Tidings.ML.Transforms;

/// <summary>The input row of <see cref="NewsFactsCatalog.ExtractNewsFacts"/>: one article's text.</summary>
public sealed class NewsArticleInput
{
    /// <summary>The article text (the <c>Text</c> column; see the extension's <c>inputColumnName</c>).</summary>
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

/// <summary>The columns <see cref="NewsFactsCatalog.ExtractNewsFacts"/> adds, ready for <c>MapValueToKey</c>,
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

    /// <summary>Empty when the row was analysed; otherwise why it could not be (the other columns are then empty):
    /// one row that cannot be analysed never fails the batch.</summary>
    public string ExtractionError { get; set; } = string.Empty;
}

/// <summary>
/// The named mapping behind <see cref="NewsFactsCatalog.ExtractNewsFacts"/>: because it has a contract name, a model
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

/// <summary>The named mapping for articles with a publication date (see <see cref="NewsFactsMappingFactory"/>).</summary>
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
    /// <c>Persons</c>, <c>Dates</c> (string vectors), <c>QuantityValues</c> (float vector) and <c>ClaimCount</c>.
    /// Saveable and loadable (see <see cref="NewsFactsMappingFactory"/>).
    /// </summary>
    /// <param name="catalog">The transforms catalog (<c>mlContext.Transforms</c>).</param>
    /// <param name="inputColumnName">The text column; copied to <c>Text</c> first when it has another name.</param>
    /// <param name="referenceDateColumnName">A text column with each article's publication date (<c>yyyy-MM-dd</c>), which
    /// relative dates resolve against; without one, only absolute dates ("July 24, 2020", "in 2008") get values.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static IEstimator<ITransformer> ExtractNewsFacts(
        this TransformsCatalog catalog, string inputColumnName = nameof(NewsArticleInput.Text), string? referenceDateColumnName = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentException.ThrowIfNullOrEmpty(inputColumnName);
        var steps = new List<IEstimator<ITransformer>>();
        if (inputColumnName != nameof(NewsArticleInput.Text))
        {
            steps.Add(catalog.CopyColumns(nameof(NewsArticleInput.Text), inputColumnName));
        }

        if (referenceDateColumnName is null)
        {
            steps.Add(catalog.CustomMapping<NewsArticleInput, NewsFactsOutput>(NewsFactsMappingFactory.Map, NewsFactsMappingFactory.ContractName));
            return Chain(steps);
        }

        if (referenceDateColumnName != nameof(DatedNewsArticleInput.ReferenceDate))
        {
            steps.Add(catalog.CopyColumns(nameof(DatedNewsArticleInput.ReferenceDate), referenceDateColumnName));
        }

        steps.Add(catalog.CustomMapping<DatedNewsArticleInput, NewsFactsOutput>(DatedNewsFactsMappingFactory.Map, DatedNewsFactsMappingFactory.ContractName));
        return Chain(steps);
    }

    private static IEstimator<ITransformer> Chain(List<IEstimator<ITransformer>> steps)
    {
        IEstimator<ITransformer> result = steps[0];
        for (int i = 1; i < steps.Count; i++)
        {
            result = result.Append(steps[i]);
        }

        return result;
    }
}

/// <summary>Copies one extraction result into the output columns.</summary>
internal static class NewsFactsColumns
{
    /// <summary>Fills <paramref name="output"/> from <paramref name="extract"/>; if that throws, the row gets empty
    /// columns and the reason in <see cref="NewsFactsOutput.ExtractionError"/> instead of failing the whole batch.</summary>
    public static void FillSafely(Func<ExtractionResult> extract, NewsFactsOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        try
        {
            Fill(extract(), output);
        }
#pragma warning disable CA1031 // One row that cannot be analysed must not fail the batch (out of memory included: the row's garbage is freed).
        catch (Exception e)
#pragma warning restore CA1031
        {
            Empty(output, $"{e.GetType().Name}: {e.Message}");
        }
    }

    public static void Fill(ExtractionResult r, NewsFactsOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.ExtractionError = string.Empty;
        output.Organizations = [.. r.Organizations.Select(o => o.Name)];
        output.Places = [.. r.Places.Select(p => p.Name)];
        output.PlaceCountryCodes = [.. r.Places.Where(p => p.CountryCode is not null).Select(p => p.CountryCode!)];
        output.Persons = [.. r.Persons.Select(p => p.Name)];
        output.Dates = [.. r.Dates.Where(d => d.Value is not null).Select(d => d.Value!)];
        output.QuantityValues = [.. r.Quantities.Where(q => q.Value is not null).Select(q => (float)q.Value!.Value)];
        output.ClaimCount = r.Claims.Length;
    }

    private static void Empty(NewsFactsOutput output, string error)
    {
        output.Organizations = [];
        output.Places = [];
        output.PlaceCountryCodes = [];
        output.Persons = [];
        output.Dates = [];
        output.QuantityValues = [];
        output.ClaimCount = 0;
        output.ExtractionError = error;
    }
}
