using Tidings.Text;

namespace Tidings.Cli;

/// <summary>The options of one <c>tidings extract</c> run, after parsing.</summary>
/// <param name="Input">The input path as given; <c>-</c> for standard input.</param>
/// <param name="Jsonl">True when the input is JSON Lines, one document per line.</param>
/// <param name="ReferenceDate">The reference date for plain text, and the default for JSONL lines without one.</param>
/// <param name="Output">The output path; null or <c>-</c> for standard output.</param>
/// <param name="Pretty">True to indent the output (single-document mode only).</param>
/// <param name="Quiet">True to suppress progress and the summary (errors are still reported).</param>
/// <param name="Parallel">The number of documents analysed at once in JSONL mode.</param>
/// <param name="Demonyms">True to report demonyms ("Armenian") as place mentions too.</param>
/// <param name="Kinds">The kinds of mention to extract (<c>--kinds</c>), or null for all of them.</param>
/// <param name="StderrIsTerminal">True when standard error is a terminal: progress and the summary are then shown
/// whatever the input (for a file they are shown anyway, unless <paramref name="Quiet"/>).</param>
/// <param name="MaxDocumentMegabytes">The largest document analysed, in MiB (<c>--max-document-mb</c>); a larger one is an error line.</param>
internal sealed record ExtractSettings(
    string Input,
    bool Jsonl,
    DateOnly? ReferenceDate,
    string? Output,
    bool Pretty,
    bool Quiet,
    int Parallel,
    bool Demonyms = false,
    IReadOnlySet<MentionKind>? Kinds = null,
    bool StderrIsTerminal = false,
    int MaxDocumentMegabytes = ExtractSettings.DefaultMaxDocumentMegabytes)
{
    /// <summary>The default of <c>--max-document-mb</c>: generous (a long news article is well under 1 MiB), yet it keeps
    /// one runaway line from taking gigabytes.</summary>
    public const int DefaultMaxDocumentMegabytes = 100;

    /// <summary>The largest value of <c>--max-document-mb</c> (1 GiB).</summary>
    public const int MaxMaxDocumentMegabytes = 1024;

    /// <summary>The largest value of <c>--parallel</c>.</summary>
    public const int MaxParallel = 256;

    /// <summary>Bytes in the unit of <c>--max-document-mb</c> (MiB).</summary>
    public const int BytesPerMegabyte = 1024 * 1024;

    /// <summary>The largest document analysed, in bytes.</summary>
    public int MaxDocumentBytes => MaxDocumentMegabytes * BytesPerMegabyte;

    private static readonly ExtractionPipeline WithDemonyms = new ExtractionPipelineBuilder().UseAll().IncludeDemonyms().Build();

    /// <summary>The pipeline these settings ask for: the default one, or with demonyms as places.</summary>
    public ExtractionPipeline Pipeline => Kinds is null
        ? (Demonyms ? WithDemonyms : ExtractionPipeline.Default)
        : BuildPipeline(Kinds, Demonyms);

    /// <summary>True when progress lines and the summary go to standard error.</summary>
    public bool ShowProgress => !Quiet && (!InputIsStdin || StderrIsTerminal);

    /// <summary>A pipeline that runs only <paramref name="kinds"/> (the names recognizer runs once for any of
    /// organizations, places and persons).</summary>
    internal static ExtractionPipeline BuildPipeline(IReadOnlySet<MentionKind> kinds, bool demonyms)
    {
        var builder = new ExtractionPipelineBuilder();
        if (kinds.Contains(MentionKind.Quantity))
        {
            builder.UseQuantities();
        }

        if (kinds.Contains(MentionKind.Claim))
        {
            builder.UseClaims();
        }

        if (kinds.Contains(MentionKind.Date))
        {
            builder.UseDates();
        }

        if (kinds.Contains(MentionKind.Organization))
        {
            builder.UseOrganizations();
        }

        if (kinds.Contains(MentionKind.Place))
        {
            builder.UsePlaces();
            if (demonyms)
            {
                builder.IncludeDemonyms();
            }
        }

        if (kinds.Contains(MentionKind.Person))
        {
            builder.UsePersons();
        }

        return builder.Build();
    }

    /// <summary>True when the input is standard input.</summary>
    public bool InputIsStdin => Input == "-";

    /// <summary>The input as messages name it: <c>'path'</c>, or <c>standard input</c>.</summary>
    public string InputName => InputIsStdin ? "standard input" : Messages.Quote(Input);

    /// <summary>True when the output is standard output.</summary>
    public bool OutputIsStdout => Output is null or "-";
}
