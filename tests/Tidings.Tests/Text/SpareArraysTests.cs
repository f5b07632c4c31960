using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Text;

/// <summary>The library's per-thread spare arrays: long enough, handed out once, cleared of references, of the shared pool's lengths, bounded.</summary>
public sealed class SpareArraysTests
{
    [Fact]
    public void A_returned_array_is_handed_out_again_once_and_cleared_of_references()
    {
        Item[] first = SpareArrays<Item>.Rent(100);
        Assert.Equal(128, first.Length);
        first[3] = new Item(7, "seven");
        SpareArrays<Item>.Return(first);

        Item[] again = SpareArrays<Item>.Rent(120);
        Assert.Same(first, again);
        Assert.Equal(default, again[3]);

        // Rented and not yet returned: the next array of that length is another one.
        Item[] other = SpareArrays<Item>.Rent(100);
        Assert.NotSame(again, other);
        SpareArrays<Item>.Return(other);
        SpareArrays<Item>.Return(again); // one spare per length: replaces the other
        Assert.Same(again, SpareArrays<Item>.Rent(100));
        Assert.NotSame(again, SpareArrays<Item>.Rent(100));
    }

    [Fact]
    public void Lengths_are_the_request_rounded_up_to_a_power_of_two_and_a_longer_spare_is_not_handed_out()
    {
        Assert.Equal(16, SpareArrays<int>.Rent(1).Length);
        Assert.Equal(128, SpareArrays<int>.Rent(100).Length);
        Assert.Equal(128, SpareArrays<int>.Rent(128).Length);

        int[] large = SpareArrays<int>.Rent(4_000);
        Assert.Equal(4_096, large.Length);
        SpareArrays<int>.Return(large);
        int[] small = SpareArrays<int>.Rent(100); // a short document does not get a long one's buffer
        Assert.NotSame(large, small);
        Assert.Equal(128, small.Length);
        Assert.Same(large, SpareArrays<int>.Rent(3_000));

        SpareArrays<int>.Return(new int[100]); // not a length it hands out: dropped
        Assert.Equal(128, SpareArrays<int>.Rent(100).Length);
    }

    [Fact]
    public void Very_large_arrays_are_left_to_the_collector()
    {
        long[] huge = SpareArrays<long>.Rent((1 << 20) + 1);
        Assert.Equal(1 << 21, huge.Length);
        SpareArrays<long>.Return(huge);
        Assert.NotSame(huge, SpareArrays<long>.Rent((1 << 20) + 1));
    }

    private readonly record struct Item(int Number, string Name);
}
