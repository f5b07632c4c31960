using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Tidings.Numbers;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Properties;

/// <summary>
/// Contract properties every extractor keeps (see <see cref="IExtractor{T}"/>): total, offset-exact, sorted,
/// deterministic and shift-invariant after a paragraph break (thread safety: <see cref="ConcurrencyProperties"/>).
/// </summary>
public sealed class ExtractorProperties
{
    private static ExtractionPipeline Pipeline => ExtractionPipeline.Default;

    private static QuantityExtractor Quantities => QuantityExtractor.Default;

    [Fact]
    public void Quantity_extractor_keeps_its_contract_on_arbitrary_strings() =>
        PropertySettings.Run(Prop.ForAll(TextGenerators.ArbitraryText, CheckQuantityExtractor), nameof(Quantity_extractor_keeps_its_contract_on_arbitrary_strings));

    [Fact]
    public void Quantity_extractor_keeps_its_contract_on_news_like_strings() =>
        PropertySettings.Run(Prop.ForAll(TextGenerators.NewsText, CheckQuantityExtractor), nameof(Quantity_extractor_keeps_its_contract_on_news_like_strings));

    [Fact]
    public void Pipeline_keeps_its_contract_on_arbitrary_strings() =>
        PropertySettings.Run(Prop.ForAll(TextGenerators.ArbitraryText, CheckPipeline), nameof(Pipeline_keeps_its_contract_on_arbitrary_strings));

    [Fact]
    public void Pipeline_keeps_its_contract_on_news_like_strings() =>
        PropertySettings.Run(Prop.ForAll(TextGenerators.NewsText, CheckPipeline), nameof(Pipeline_keeps_its_contract_on_news_like_strings));

    [Fact]
    public void Quantity_extractor_keeps_its_contract_on_extreme_numbers() =>
        PropertySettings.Run(Prop.ForAll(TextGenerators.ExtremeText, CheckQuantityExtractor), nameof(Quantity_extractor_keeps_its_contract_on_extreme_numbers));

    [Fact]
    public void Pipeline_keeps_its_contract_on_extreme_numbers_at_the_ends_of_the_calendar() =>
        PropertySettings.Run(Prop.ForAll(TextGenerators.ExtremeText, TextGenerators.ReferenceDates, (text, reference) =>
        {
            ExtractionResult result = News.Extract(text, reference);
            CheckMentions(text, result.Mentions);
            Assert.All(result.Quantities, CheckBounds);
            ExtractionResult again = Pipeline.Extract(Document.Create(text, reference));
            SameMentions(result.Mentions, again.Mentions);

            // The JSON contract can write every value the extractors produce.
            using var json = System.Text.Json.JsonDocument.Parse(Tidings.Serialization.ExtractionJson.Serialize(result));
            Assert.Equal(result.Mentions.Length, json.RootElement.GetProperty("mentions").GetArrayLength());
        }), nameof(Pipeline_keeps_its_contract_on_extreme_numbers_at_the_ends_of_the_calendar));

    [Fact]
    public void The_overflowing_range_of_the_hardening_issue_is_a_quantity_not_an_exception()
    {
        // Issue 19, defect 1: "(n.Low + n.Second) / 2" overflowed decimal in QuantityScanner.TryRange.
        const string max = "79228162514264337593543950335";
        foreach (string text in new[] { "9 to " + max, "between " + max + " and " + max + " people", max + "-" + max, max + " to " + max })
        {
            ExtractionResult result = News.Extract(text, DateOnly.MaxValue);
            CheckMentions(text, result.Mentions);
            Assert.All(result.Quantities, CheckBounds);
        }

        // The issue's contract: a value that cannot be represented (the numeral reader caps its arithmetic at 10^24)
        // makes a mention without a value, never an exception; a range it can represent keeps both bounds.
        Quantity range = Assert.Single(News.Quantities("9 to " + max));
        Assert.True(range.Low is null || (range.Low == 9m && range.High >= range.Low), $"{range.Low}..{range.High}");
        Quantity small = Assert.Single(News.Quantities("9 to 79228162514"));
        Assert.Equal(9m, small.Low);
        Assert.Equal(79228162514m, small.High);
    }

    [Fact]
    public void A_range_of_the_smallest_decimals_keeps_its_value_within_its_bounds()
    {
        // Session 27: an FsCheck find. Halving 1e-28 rounds to 0 at decimal's 28th place, so the midpoint fell below Low.
        const string text = "between .0000000000000000000000000001 and$0.0000000000000000000000000001";
        ExtractionResult result = News.Extract(text, DateOnly.MaxValue);
        CheckMentions(text, result.Mentions);
        Assert.NotEmpty(result.Quantities);
        Assert.All(result.Quantities, CheckBounds);
    }

    [Fact]
    public void Quantity_value_lies_within_its_bounds() =>
        PropertySettings.Run(Prop.ForAll(TextGenerators.AnyText, text =>
        {
            foreach (Quantity q in Quantities.Extract(text))
            {
                CheckBounds(q);
            }
        }), nameof(Quantity_value_lies_within_its_bounds));

    [Fact]
    public void Quantity_extractor_is_deterministic() =>
        PropertySettings.Run(Prop.ForAll(TextGenerators.AnyText, text =>
        {
            ImmutableArray<Quantity> first = Quantities.Extract(text);
            ImmutableArray<Quantity> second = Quantities.Extract(text);
            ImmutableArray<Quantity> fromDocument = Quantities.Extract(Document.Create(text));
            ImmutableArray<Quantity> fromPipeline = Pipeline.Extract(text).Quantities;
            SameMentions(first, second);
            SameMentions(first, fromDocument);
            SameMentions(first, fromPipeline);
        }), nameof(Quantity_extractor_is_deterministic));

    [Fact]
    public void Pipeline_is_deterministic() =>
        PropertySettings.Run(Prop.ForAll(TextGenerators.AnyText, text =>
        {
            ExtractionResult first = News.Extract(text);
            ExtractionResult second = Pipeline.Extract(text);
            ExtractionResult third = Pipeline.Extract(Document.Create(text));
            SameMentions(first.Mentions, second.Mentions);
            SameMentions(first.Mentions, third.Mentions);
            SameMentions(first.Quantities, second.Quantities);
        }), nameof(Pipeline_is_deterministic));

    [Fact]
    public void Paragraph_prefix_shifts_every_quantity() =>
        PropertySettings.Run(Prop.ForAll(TextGenerators.ParagraphPrefix, TextGenerators.AnyText, (prefix, text) =>
        {
            ImmutableArray<Quantity> plain = Quantities.Extract(text);
            ImmutableArray<Quantity> prefixed = Quantities.Extract(prefix + text);
            CheckShifted(prefix.Length, plain, prefixed);
        }), nameof(Paragraph_prefix_shifts_every_quantity));

    [Fact]
    public void Paragraph_prefix_shifts_every_pipeline_mention() =>
        PropertySettings.Run(Prop.ForAll(TextGenerators.ParagraphPrefix, TextGenerators.AnyText, (prefix, text) =>
        {
            ExtractionResult plain = News.Extract(text);
            ExtractionResult prefixed = News.Extract(prefix + text);
            CheckShifted(prefix.Length, plain.Quantities, prefixed.Quantities);
            CheckShifted(prefix.Length, plain.Dates, prefixed.Dates);

            // Names, and the claims whose sources they delimit, draw on the whole article (how a word is used
            // elsewhere, how much of it is tables), so a lead paragraph may change them: only their offsets and
            // the paragraph break are checked.
            CheckMentions(prefix + text, prefixed.Mentions);
            Assert.All(prefixed.Mentions, m => Assert.True(m.Start >= prefix.Length || m.End <= prefix.Length, $"\"{m.Text}\" straddles the paragraph break"));
        }), nameof(Paragraph_prefix_shifts_every_pipeline_mention));

    private static void CheckQuantityExtractor(string text)
    {
        ImmutableArray<Quantity> quantities = Quantities.Extract(text);
        CheckMentions(text, quantities);
        foreach (Quantity q in quantities)
        {
            CheckBounds(q);
        }
    }

    private static void CheckPipeline(string text)
    {
        ExtractionResult result = News.Extract(text);
        Assert.Same(text, result.Text);
        CheckMentions(text, result.Mentions);
        CheckMentions(text, result.Quantities);
        Assert.Equal(result.Quantities.Length, result.Mentions.OfType<Quantity>().Count());
        Assert.Equal(
            result.Quantities.OrderBy(q => q.Start).ThenByDescending(q => q.End),
            result.Mentions.OfType<Quantity>());
        Assert.All(result.Mentions, m => Assert.Contains(m.Kind, ExtractionPipeline.Default.Kinds));
    }

    /// <summary>Offset-exact, inside the text, and sorted by start then end descending.</summary>
    internal static void CheckMentions<T>(string text, ImmutableArray<T> mentions)
        where T : Mention
    {
        Assert.False(mentions.IsDefault, "default ImmutableArray");
        Mention? previous = null;
        foreach (T m in mentions)
        {
            Assert.NotNull(m);
            Assert.InRange(m.Start, 0, text.Length);
            Assert.InRange(m.End, m.Start, text.Length);
            Assert.Equal(text.Substring(m.Start, m.End - m.Start), m.Text);
            Assert.Equal(m.End - m.Start, m.Length);
            if (m is Quantity { Counted: TextSpan counted })
            {
                Assert.InRange(counted.Start, 0, text.Length);
                Assert.InRange(counted.End, counted.Start, text.Length);
                Assert.Equal(text.Substring(counted.Start, counted.End - counted.Start), counted.Text);
            }

            if (previous is not null)
            {
                Assert.True(
                    previous.Start < m.Start || (previous.Start == m.Start && previous.End >= m.End),
                    $"mentions out of order: [{previous.Start}, {previous.End}) before [{m.Start}, {m.End})");
                Assert.True(Mention.CompareByPosition(previous, m) <= 0, "CompareByPosition disagrees with the order");
            }

            previous = m;
        }
    }

    /// <summary>Equal element by element (record equality: offsets, text, value, bounds, unit, hedge, counted span).</summary>
    /// <remarks><see cref="ImmutableArray{T}"/>'s own equality compares array references, so compare the sequences.</remarks>
    internal static void SameMentions<T>(ImmutableArray<T> expected, ImmutableArray<T> actual)
        where T : Mention =>
        Assert.Equal<T>(expected.AsEnumerable(), actual.AsEnumerable());

    private static void CheckBounds(Quantity q)
    {
        if (q.Low is decimal low && q.High is decimal high)
        {
            Assert.True(low <= high, $"\"{q.Text}\": Low {low} > High {high}");
        }

        if (q.Value is decimal value)
        {
            if (q.Low is decimal lo)
            {
                Assert.True(lo <= value, $"\"{q.Text}\": Value {value} < Low {lo}");
            }

            if (q.High is decimal hi)
            {
                Assert.True(value <= hi, $"\"{q.Text}\": Value {value} > High {hi}");
            }
        }
    }

    /// <summary>The mentions after the prefix are the plain ones moved by <paramref name="shift"/>; none straddles the prefix.</summary>
    private static void CheckShifted<T>(int shift, ImmutableArray<T> plain, ImmutableArray<T> prefixed)
        where T : Mention
    {
        T[] inPrefix = [.. prefixed.Where(m => m.Start < shift)];
        T[] after = [.. prefixed.Where(m => m.Start >= shift)];
        Assert.All(inPrefix, m => Assert.True(m.End <= shift, $"\"{m.Text}\" straddles the paragraph break"));
        Assert.Equal(plain.Length, after.Length);
        for (int i = 0; i < plain.Length; i++)
        {
            T a = plain[i];
            T b = after[i];
            Assert.Equal(a.Start + shift, b.Start);
            Assert.Equal(a.End + shift, b.End);
            Assert.Equal(a.Text, b.Text);
            Assert.Equal(a.Kind, b.Kind);
            if (a is Quantity qa && b is Quantity qb)
            {
                Assert.Equal(qa.Value, qb.Value);
                Assert.Equal(qa.Low, qb.Low);
                Assert.Equal(qa.High, qb.High);
                Assert.Equal(qa.Unit, qb.Unit);
                Assert.Equal(qa.Approximation, qb.Approximation);
                Assert.Equal(
                    qa.Counted is TextSpan c ? new TextSpan(c.Start + shift, c.End + shift, c.Text) : null,
                    qb.Counted);
            }
        }
    }
}
