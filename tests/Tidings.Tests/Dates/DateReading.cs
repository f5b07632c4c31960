using System.Collections.Immutable;
using System.Globalization;
using Tidings.Dates;
using Xunit;

namespace Tidings.Tests.Dates;

/// <summary>The readings the dates test files share: the default extractor's mentions of a text on a reference date, and
/// the value of one of them (imported with <c>using static</c>).</summary>
internal static class DateReading
{
    /// <summary>The mentions of <paramref name="text"/> with <paramref name="reference"/> ("yyyy-MM-dd") as the publication date.</summary>
    public static ImmutableArray<DateMention> Read(string text, string reference) =>
        DateExtractor.Default.Extract(text, DateOnly.Parse(reference, CultureInfo.InvariantCulture));

    /// <summary>The value of the one mention whose text is <paramref name="mention"/> (fails unless exactly one).</summary>
    public static string? ValueOf(string text, string reference, string mention) =>
        Assert.Single(Read(text, reference), d => d.Text == mention).Value;

    /// <summary>Fails if a mention whose text is <paramref name="mention"/> carries a value.</summary>
    public static void NoValue(string text, string reference, string mention) =>
        Assert.DoesNotContain(Read(text, reference), d => d.Text == mention && d.Value is not null);
}
