using System.Collections.Immutable;
using System.Globalization;
using Tidings.Dates;
using Tidings.Text;
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

    /// <summary>The work of extracting the dates of <paramref name="text"/>: the reader's token look-ups and the characters the resolving
    /// pass's scans read (<see cref="DateWork"/>), for tests that prove linearity by counting operations instead of timing them.</summary>
    public static (long Tokens, long Characters, int Mentions) Work(string text, string reference)
    {
        Document document = Document.Create(text, DateOnly.Parse(reference, CultureInfo.InvariantCulture));
        DateWork.Characters = 0;
        ImmutableArray<DateMention> mentions = DateExtractor.Extract(document, out long steps);
        return (steps, DateWork.Characters, mentions.Length);
    }

    /// <summary>Fails unless the work of extracting <paramref name="large"/> is at most <paramref name="ratio"/> times that of
    /// <paramref name="small"/> (the texts' length ratio plus slack: a square would be the ratio squared), counted both ways.</summary>
    public static void AssertLinearWork(string small, string large, string reference, double ratio)
    {
        (long smallTokens, long smallCharacters, int smallMentions) = Work(small, reference);
        (long largeTokens, long largeCharacters, _) = Work(large, reference);
        Assert.True(smallMentions > 0, "no date read: the test no longer reaches the resolver");
        Assert.True(smallTokens > 0 && smallCharacters > 0, $"nothing counted ({smallTokens} token look-ups, {smallCharacters} characters)");
        Assert.True(largeTokens <= ratio * smallTokens, $"{smallTokens} token look-ups for {small.Length} characters, {largeTokens} for {large.Length}: more than linear");
        Assert.True(largeCharacters <= ratio * smallCharacters, $"{smallCharacters} characters scanned for {small.Length}, {largeCharacters} for {large.Length}: more than linear");
    }

    /// <summary>Fails if a mention whose text is <paramref name="mention"/> carries a value.</summary>
    public static void NoValue(string text, string reference, string mention) =>
        Assert.DoesNotContain(Read(text, reference), d => d.Text == mention && d.Value is not null);
}
