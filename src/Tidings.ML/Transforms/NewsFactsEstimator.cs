using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;
using Tidings.Serialization;

namespace Tidings.ML.Transforms;

/// <summary>The options of <see cref="NewsFactsCatalog.ExtractNewsFacts(TransformsCatalog, NewsFactsOptions)"/>.</summary>
public sealed record NewsFactsOptions
{
    /// <summary>The text column (a string column). It is read, never replaced.</summary>
    public string InputColumnName { get; init; } = "Text";

    /// <summary>
    /// The publication-date column, which relative dates ("on Tuesday", "a year earlier") resolve against, or null for
    /// none. It may be a <see cref="DateTime"/> column (its date part), a <see cref="DateTimeOffset"/> column (the date
    /// in its own offset, as published) or a string column (<c>yyyy-MM-dd</c>, or an ISO date-time whose date part is
    /// used). An empty string or <see cref="DateTime.MinValue"/> means "unknown"; any other value that is not a date
    /// is reported in the <c>Diagnostics</c> column.
    /// </summary>
    public string? ReferenceDateColumnName { get; init; }

    /// <summary>
    /// Put before every output column's name: <c>"News"</c> gives <c>NewsOrganizations</c>, <c>NewsDates</c>, …
    /// Empty by default (<c>Organizations</c>, <c>Dates</c>, …). Fitting fails, naming the column, when an output
    /// column would hide a column the input already has: the transform never shadows a column of yours.
    /// </summary>
    public string OutputColumnPrefix { get; init; } = "";
}

/// <summary>
/// Fits the extraction step for an input schema: it picks the mapping for the publication-date column's type and
/// refuses output names that would shadow an input column. The fitted transformer is a plain ML.NET chain (copy,
/// named custom mapping, copy, drop), so models that contain it save and load.
/// </summary>
internal sealed class NewsFactsEstimator(TransformsCatalog catalog, NewsFactsOptions options) : IEstimator<ITransformer>
{
    /// <summary>The names of the output columns, before the prefix.</summary>
    internal static readonly string[] OutputNames =
        ["Organizations", "Places", "PlaceCountryCodes", "Persons", "Dates", "QuantityValues", "ClaimCount", "Diagnostics"];

    public ITransformer Fit(IDataView input)
    {
        ArgumentNullException.ThrowIfNull(input);
        DateKind kind = Check(
            name => input.Schema.GetColumnOrNull(name) is DataViewSchema.Column c ? c.Type : null);
        return Build(kind).Fit(input);
    }

    public SchemaShape GetOutputSchema(SchemaShape inputSchema)
    {
        DateKind kind = Check(name => inputSchema.Where(c => c.Name == name).Select(c => (DataViewType?)c.ItemType).LastOrDefault());
        return Build(kind).GetOutputSchema(inputSchema);
    }

    /// <summary>Checks the input columns and the output names; returns the kind of the date column.</summary>
    private DateKind Check(Func<string, DataViewType?> typeOf)
    {
        if (typeOf(options.InputColumnName) is not DataViewType textType)
        {
            throw new InvalidOperationException($"ExtractNewsFacts: the input has no column '{options.InputColumnName}' (the text column).");
        }

        if (textType is not TextDataViewType)
        {
            throw new InvalidOperationException($"ExtractNewsFacts: the text column '{options.InputColumnName}' is {textType}, not a string column.");
        }

        foreach (string name in OutputNames)
        {
            string output = options.OutputColumnPrefix + name;
            if (typeOf(output) is not null)
            {
                throw new InvalidOperationException(
                    $"ExtractNewsFacts: the input already has a column '{output}', which the output column of that name would hide. "
                    + "Set OutputColumnPrefix (e.g. \"News\") or rename your column.");
            }
        }

        foreach (string name in NewsFactsColumnNames.Temporary)
        {
            if (typeOf(name) is not null)
            {
                throw new InvalidOperationException($"ExtractNewsFacts: the input has a column '{name}', a name the transform reserves for itself.");
            }
        }

        if (options.ReferenceDateColumnName is not string dateColumn)
        {
            return DateKind.None;
        }

        return typeOf(dateColumn) switch
        {
            null => throw new InvalidOperationException($"ExtractNewsFacts: the input has no column '{dateColumn}' (the publication date)."),
            TextDataViewType => DateKind.Text,
            DateTimeDataViewType => DateKind.DateTime,
            DateTimeOffsetDataViewType => DateKind.DateTimeOffset,
            DataViewType other => throw new InvalidOperationException(
                $"ExtractNewsFacts: the publication-date column '{dateColumn}' is {other}; expected DateTime, DateTimeOffset or a string (yyyy-MM-dd)."),
        };
    }

    private EstimatorChain<ColumnSelectingTransformer> Build(DateKind kind)
    {
        IEstimator<ITransformer> chain = catalog.CopyColumns(NewsFactsColumnNames.Text, options.InputColumnName);
        if (kind != DateKind.None)
        {
            chain = chain.Append(catalog.CopyColumns(NewsFactsColumnNames.ReferenceDate, options.ReferenceDateColumnName!));
        }

        chain = kind switch
        {
            DateKind.Text => chain.Append(catalog.CustomMapping<TextDatedRow, NewsFactsRow>(TextDatedNewsFactsFactory.Map, TextDatedNewsFactsFactory.ContractName)),
            DateKind.DateTime => chain.Append(catalog.CustomMapping<DateTimeDatedRow, NewsFactsRow>(DateTimeDatedNewsFactsFactory.Map, DateTimeDatedNewsFactsFactory.ContractName)),
            DateKind.DateTimeOffset => chain.Append(catalog.CustomMapping<DateTimeOffsetDatedRow, NewsFactsRow>(DateTimeOffsetDatedNewsFactsFactory.Map, DateTimeOffsetDatedNewsFactsFactory.ContractName)),
            _ => chain.Append(catalog.CustomMapping<UndatedRow, NewsFactsRow>(UndatedNewsFactsFactory.Map, UndatedNewsFactsFactory.ContractName)),
        };

        foreach (string name in OutputNames)
        {
            chain = chain.Append(catalog.CopyColumns(options.OutputColumnPrefix + name, NewsFactsColumnNames.Output + name));
        }

        string[] drop = kind == DateKind.None
            ? [.. NewsFactsColumnNames.Temporary.Where(n => n != NewsFactsColumnNames.ReferenceDate)]
            : NewsFactsColumnNames.Temporary;
        return chain.Append(catalog.DropColumns(drop));
    }

    private enum DateKind
    {
        None,
        Text,
        DateTime,
        DateTimeOffset,
    }
}

/// <summary>The transform's own column names, which it drops again before returning.</summary>
internal static class NewsFactsColumnNames
{
    public const string Text = "Tidings.In.Text";
    public const string ReferenceDate = "Tidings.In.ReferenceDate";
    public const string Output = "Tidings.Out.";

    public static readonly string[] Temporary = [Text, ReferenceDate, .. NewsFactsEstimator.OutputNames.Select(n => Output + n)];
}

/// <summary>A row without a publication date, as the mapping reads it.</summary>
public sealed class UndatedRow
{
    /// <summary>The article text.</summary>
    [ColumnName(NewsFactsColumnNames.Text)]
    public string Text { get; set; } = string.Empty;
}

/// <summary>A row with its publication date as a string.</summary>
public sealed class TextDatedRow
{
    /// <summary>The article text.</summary>
    [ColumnName(NewsFactsColumnNames.Text)]
    public string Text { get; set; } = string.Empty;

    /// <summary>The publication date: <c>yyyy-MM-dd</c> or an ISO date-time; empty means unknown.</summary>
    [ColumnName(NewsFactsColumnNames.ReferenceDate)]
    public string ReferenceDate { get; set; } = string.Empty;
}

/// <summary>A row with its publication date as a <see cref="DateTime"/>.</summary>
public sealed class DateTimeDatedRow
{
    /// <summary>The article text.</summary>
    [ColumnName(NewsFactsColumnNames.Text)]
    public string Text { get; set; } = string.Empty;

    /// <summary>The publication date (its date part); <see cref="DateTime.MinValue"/> means unknown.</summary>
    [ColumnName(NewsFactsColumnNames.ReferenceDate)]
    public DateTime ReferenceDate { get; set; }
}

/// <summary>A row with its publication date as a <see cref="DateTimeOffset"/>.</summary>
public sealed class DateTimeOffsetDatedRow
{
    /// <summary>The article text.</summary>
    [ColumnName(NewsFactsColumnNames.Text)]
    public string Text { get; set; } = string.Empty;

    /// <summary>The publication time; its date in its own offset is used. <see cref="DateTimeOffset.MinValue"/> means unknown.</summary>
    [ColumnName(NewsFactsColumnNames.ReferenceDate)]
    public DateTimeOffset ReferenceDate { get; set; }
}

/// <summary>The columns one row gets, under the transform's own names (renamed, with the prefix, afterwards).</summary>
public sealed class NewsFactsRow
{
    /// <summary>Organization names (the long form where the text defines an acronym).</summary>
    [ColumnName(NewsFactsColumnNames.Output + "Organizations")]
    public string[] Organizations { get; set; } = [];

    /// <summary>Place names as written or, where resolved, canonical.</summary>
    [ColumnName(NewsFactsColumnNames.Output + "Places")]
    public string[] Places { get; set; } = [];

    /// <summary>ISO 3166-1 alpha-2 codes of the resolved places.</summary>
    [ColumnName(NewsFactsColumnNames.Output + "PlaceCountryCodes")]
    public string[] PlaceCountryCodes { get; set; } = [];

    /// <summary>Person names.</summary>
    [ColumnName(NewsFactsColumnNames.Output + "Persons")]
    public string[] Persons { get; set; } = [];

    /// <summary>The resolved TIMEX3 values of the dates; unresolved ones are left out.</summary>
    [ColumnName(NewsFactsColumnNames.Output + "Dates")]
    public string[] Dates { get; set; } = [];

    /// <summary>The point values of the quantities.</summary>
    [ColumnName(NewsFactsColumnNames.Output + "QuantityValues")]
    public float[] QuantityValues { get; set; } = [];

    /// <summary>How many numeric claims the text makes.</summary>
    [ColumnName(NewsFactsColumnNames.Output + "ClaimCount")]
    public float ClaimCount { get; set; }

    /// <summary>Empty when the row was read as given; otherwise what went wrong (an invalid publication date).</summary>
    [ColumnName(NewsFactsColumnNames.Output + "Diagnostics")]
    public string Diagnostics { get; set; } = string.Empty;

    /// <summary>Analyses one row: every extractor of <see cref="ExtractionPipeline.Default"/>, dates against <paramref name="reference"/>.</summary>
    /// <remarks>A row that cannot be analysed gets empty outputs and the reason in <see cref="Diagnostics"/>, so one
    /// bad row never stops a whole <c>Fit</c> or <c>Transform</c>.</remarks>
    internal void Fill(string? text, DateOnly? reference, string diagnostics) =>
        Fill(() => ExtractionPipeline.Default.Extract(text ?? string.Empty, reference), diagnostics);

    /// <summary>Fills the outputs from <paramref name="extract"/>; if it throws, the outputs are empty and the reason
    /// is in <see cref="Diagnostics"/>.</summary>
    internal void Fill(Func<ExtractionResult> extract, string diagnostics)
    {
        ExtractionResult r;
        try
        {
            r = extract();
        }
#pragma warning disable CA1031 // One row's failure is reported in its Diagnostics column instead of failing the pipeline.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Organizations = Places = PlaceCountryCodes = Persons = Dates = [];
            QuantityValues = [];
            ClaimCount = 0;
            Diagnostics = $"the row could not be analysed: {e.GetType().Name}: {e.Message}";
            return;
        }

        Organizations = [.. r.Organizations.Select(o => o.Name)];
        Places = [.. r.Places.Select(p => p.Name)];
        PlaceCountryCodes = [.. r.Places.Where(p => p.CountryCode is not null).Select(p => p.CountryCode!)];
        Persons = [.. r.Persons.Select(p => p.Name)];
        Dates = [.. r.Dates.Where(d => d.Value is not null).Select(d => d.Value!)];
        QuantityValues = [.. r.Quantities.Where(q => q.Value is not null).Select(q => (float)q.Value!.Value)];
        ClaimCount = r.Claims.Length;
        Diagnostics = diagnostics;
    }
}

/// <summary>The named mapping for rows without a publication date (so saved models load: register this assembly).</summary>
[CustomMappingFactoryAttribute(ContractName)]
public sealed class UndatedNewsFactsFactory : CustomMappingFactory<UndatedRow, NewsFactsRow>
{
    /// <summary>The contract name saved in models.</summary>
    public const string ContractName = "Tidings.NewsFacts.v2";

    /// <inheritdoc/>
    public override Action<UndatedRow, NewsFactsRow> GetMapping() => Map;

    /// <summary>Extracts the facts of one row.</summary>
    public static void Map(UndatedRow input, NewsFactsRow output)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        output.Fill(input.Text, null, string.Empty);
    }
}

/// <summary>The named mapping for rows with a string publication date.</summary>
[CustomMappingFactoryAttribute(ContractName)]
public sealed class TextDatedNewsFactsFactory : CustomMappingFactory<TextDatedRow, NewsFactsRow>
{
    /// <summary>The contract name saved in models.</summary>
    public const string ContractName = "Tidings.TextDatedNewsFacts.v2";

    /// <inheritdoc/>
    public override Action<TextDatedRow, NewsFactsRow> GetMapping() => Map;

    /// <summary>Extracts the facts of one row; a publication date that is not empty and not a date is reported in <c>Diagnostics</c>.</summary>
    public static void Map(TextDatedRow input, NewsFactsRow output)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        string value = input.ReferenceDate ?? string.Empty;
        if (value.AsSpan().Trim().IsEmpty)
        {
            output.Fill(input.Text, null, string.Empty);
        }
        else if (ExtractionRequest.TryParseReferenceDate(value, out DateOnly date))
        {
            output.Fill(input.Text, date, string.Empty);
        }
        else
        {
            output.Fill(input.Text, null, $"invalid publication date \"{value}\": expected yyyy-MM-dd or an ISO date-time; relative dates are unresolved");
        }
    }
}

/// <summary>The named mapping for rows with a <see cref="DateTime"/> publication date.</summary>
[CustomMappingFactoryAttribute(ContractName)]
public sealed class DateTimeDatedNewsFactsFactory : CustomMappingFactory<DateTimeDatedRow, NewsFactsRow>
{
    /// <summary>The contract name saved in models.</summary>
    public const string ContractName = "Tidings.DateTimeDatedNewsFacts.v2";

    /// <inheritdoc/>
    public override Action<DateTimeDatedRow, NewsFactsRow> GetMapping() => Map;

    /// <summary>Extracts the facts of one row, dates resolved against the date part of its publication time.</summary>
    public static void Map(DateTimeDatedRow input, NewsFactsRow output)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        DateOnly? reference = input.ReferenceDate == DateTime.MinValue ? null : DateOnly.FromDateTime(input.ReferenceDate);
        output.Fill(input.Text, reference, string.Empty);
    }
}

/// <summary>The named mapping for rows with a <see cref="DateTimeOffset"/> publication time.</summary>
[CustomMappingFactoryAttribute(ContractName)]
public sealed class DateTimeOffsetDatedNewsFactsFactory : CustomMappingFactory<DateTimeOffsetDatedRow, NewsFactsRow>
{
    /// <summary>The contract name saved in models.</summary>
    public const string ContractName = "Tidings.DateTimeOffsetDatedNewsFacts.v2";

    /// <inheritdoc/>
    public override Action<DateTimeOffsetDatedRow, NewsFactsRow> GetMapping() => Map;

    /// <summary>Extracts the facts of one row, dates resolved against its publication date in its own offset.</summary>
    public static void Map(DateTimeOffsetDatedRow input, NewsFactsRow output)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        DateOnly? reference = input.ReferenceDate == DateTimeOffset.MinValue ? null : DateOnly.FromDateTime(input.ReferenceDate.DateTime);
        output.Fill(input.Text, reference, string.Empty);
    }
}
