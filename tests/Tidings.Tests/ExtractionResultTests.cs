using System.Collections.Immutable;
using Xunit;

namespace Tidings.Tests;

/// <summary>
/// <see cref="ExtractionResult.Mentions"/> is merged on first read: every read, from any thread, returns the one
/// array, holding every kind's mentions once in position order, and a result of one kind shares that kind's array.
/// </summary>
public sealed class ExtractionResultTests
{
    private const string Text =
        "Police estimated 8,000 to 10,000 protesters in Paris on Monday, the interior ministry said. "
        + "Unemployment rose to 4.1% in May from 3.9% in April, Eurostat said on 2 June.";

    private static readonly ExtractionPipeline QuantitiesAndClaims =
        new ExtractionPipelineBuilder().UseQuantities().UseClaims().UseDates().Build();

    [Fact]
    public void Mentions_are_every_kind_in_position_order_and_the_same_array_on_every_read()
    {
        ExtractionResult result = QuantitiesAndClaims.Extract(Text, new DateOnly(2024, 6, 3));
        ImmutableArray<Mention> first = result.Mentions;
        Assert.True(first == result.Mentions); // the same array, not an equal copy
        Mention[] expected = [.. result.Quantities, .. result.Claims, .. result.Dates];
        Assert.Equal(expected.Length, first.Length);
        Assert.Equal(expected.OrderBy(m => m, Comparer<Mention>.Create(Mention.CompareByPosition)), first);
        Assert.NotEmpty(result.Claims);
        Assert.NotEmpty(result.Dates);
    }

    [Fact]
    public void Threads_reading_a_fresh_result_at_once_get_one_array()
    {
        for (int round = 0; round < 20; round++)
        {
            ExtractionResult result = QuantitiesAndClaims.Extract(Text);
            var seen = new ImmutableArray<Mention>[8];
            using var start = new Barrier(seen.Length);
            Thread[] threads = [.. Enumerable.Range(0, seen.Length).Select(k => new Thread(() =>
            {
                start.SignalAndWait();
                seen[k] = result.Mentions;
            }))];
            foreach (Thread thread in threads)
            {
                thread.Start();
            }

            foreach (Thread thread in threads)
            {
                thread.Join();
            }

            Assert.All(seen, m => Assert.True(m == seen[0]));
            Assert.Equal(result.Quantities.Length + result.Claims.Length + result.Dates.Length, seen[0].Length);
        }
    }

    [Fact]
    public void A_result_of_one_kind_shares_its_array()
    {
        ExtractionResult result = new ExtractionPipelineBuilder().UseQuantities().Build().Extract(Text);
        Assert.NotEmpty(result.Quantities);
        Assert.True(result.Mentions == result.Quantities.CastArray<Mention>());
        Assert.Empty(new ExtractionPipelineBuilder().UseQuantities().Build().Extract("No numbers here.").Mentions);
    }
}
