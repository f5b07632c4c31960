using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;

namespace Tidings.ML.Tool.Eval;

/// <summary>Precision, recall and F1 as written in the JSON report.</summary>
/// <param name="Precision">Correct over system.</param>
/// <param name="Recall">Correct over gold.</param>
/// <param name="F1">Their harmonic mean.</param>
internal sealed record PrfDto(double Precision, double Recall, double F1)
{
    /// <summary>Rounds <paramref name="prf"/> to four decimals.</summary>
    public static PrfDto From(PrecisionRecall prf) => new(Round(prf.Precision), Round(prf.Recall), Round(prf.F1));

    internal static double Round(double x) => Math.Round(x, 4, MidpointRounding.AwayFromZero);
}

/// <summary>The result of <c>tidings-ml eval timeml</c>, as one JSON object.</summary>
/// <param name="Documents">Documents scored.</param>
/// <param name="Skipped">Files that could not be read and were left out.</param>
/// <param name="Gold">Gold TIMEX3s.</param>
/// <param name="System">System TIMEX3s.</param>
/// <param name="StrictMatches">Pairs with identical spans.</param>
/// <param name="RelaxedMatches">Pairs with overlapping spans.</param>
/// <param name="Strict">Strict span match.</param>
/// <param name="Relaxed">Relaxed span match.</param>
/// <param name="TypeAccuracy">Share of relaxed matches with the right type.</param>
/// <param name="ValueAccuracy">Share of relaxed matches with the right value.</param>
/// <param name="ValueAccuracyExact">Share of relaxed matches whose values are the same string (before notation is made one).</param>
/// <param name="Value">TempEval-3's value F1: right values counted against all system and gold TIMEX3s.</param>
internal sealed record EvalReportDto(
    int Documents,
    int Skipped,
    int Gold,
    int System,
    int StrictMatches,
    int RelaxedMatches,
    PrfDto Strict,
    PrfDto Relaxed,
    double TypeAccuracy,
    double ValueAccuracy,
    double ValueAccuracyExact,
    PrfDto Value)
{
    /// <summary>Builds the report from summed counts.</summary>
    public static EvalReportDto From(TimexCounts counts, int skipped) => new(
        counts.Documents,
        skipped,
        counts.Gold,
        counts.System,
        counts.StrictMatches,
        counts.RelaxedMatches,
        PrfDto.From(counts.Strict),
        PrfDto.From(counts.Relaxed),
        PrfDto.Round(counts.TypeAccuracy),
        PrfDto.Round(counts.ValueAccuracy),
        PrfDto.Round(counts.ValueAccuracyExact),
        PrfDto.From(counts.Value));

    /// <summary>The report as a plain-text table (lines end with <c>\n</c>).</summary>
    public string ToTable()
    {
        var b = new StringBuilder();
        CultureInfo c = CultureInfo.InvariantCulture;
        b.Append(c, $"documents       {Documents,8}\n");
        b.Append(c, $"skipped         {Skipped,8}\n");
        b.Append(c, $"gold            {Gold,8}\n");
        b.Append(c, $"system          {System,8}\n");
        b.Append('\n');
        b.Append("                precision    recall        F1\n");
        Row(b, "strict", Strict);
        Row(b, "relaxed", Relaxed);
        Row(b, "value", Value);
        b.Append('\n');
        b.Append(c, $"type accuracy   {TypeAccuracy,8:0.0000}   (over {RelaxedMatches} relaxed matches)\n");
        b.Append(c, $"value accuracy  {ValueAccuracy,8:0.0000}   (over {RelaxedMatches} relaxed matches)\n");
        b.Append(c, $"  as written    {ValueAccuracyExact,8:0.0000}   (values compared as strings, no notation made one)\n");
        return b.ToString();
    }

    private static void Row(StringBuilder b, string label, PrfDto prf) =>
        b.Append(CultureInfo.InvariantCulture, $"{label,-15} {prf.Precision,10:0.0000}{prf.Recall,10:0.0000}{prf.F1,10:0.0000}\n");
}

/// <summary>Source-generated (reflection-free) JSON metadata for the evaluation report.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = false)]
[JsonSerializable(typeof(EvalReportDto))]
internal sealed partial class EvalJsonContext : JsonSerializerContext
{
}
