using Tidings.Places;
using Xunit;

namespace Tidings.Tests.Places;

/// <summary>The frozen 64-bit-hash table the gazetteer looks names up in.</summary>
public sealed class NameTableTests
{
    [Fact]
    public void Every_key_finds_its_own_candidates_and_nothing_else_is_found()
    {
        var index = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (int i = 0; i < 20_000; i++)
        {
            index[$"place {i}"] = [i, i + 1];
        }

        var table = new NameTable(index);
        foreach ((string key, int[] candidates) in index)
        {
            Assert.True(table.TryGetValue(key, out int[]? found), key);
            Assert.Same(candidates, found);
        }

        for (int i = 20_000; i < 40_000; i++)
        {
            Assert.False(table.TryGetValue($"place {i}", out _));
        }

        Assert.False(table.TryGetValue("", out _));
        Assert.False(table.TryGetValue("place", out _));
        Assert.False(table.TryGetValue("place 1 ", out _));
    }

    [Fact]
    public void An_empty_index_finds_nothing()
    {
        var table = new NameTable(new Dictionary<string, int[]>(StringComparer.Ordinal));
        Assert.False(table.TryGetValue("paris", out int[]? found));
        Assert.Null(found);
    }

    [Fact]
    public void The_gazetteer_finds_every_name_of_its_index_through_the_table()
    {
        Gazetteer gazetteer = Gazetteer.Default;
        int checkedKeys = 0;
        foreach ((string key, int[] candidates) in gazetteer.NameIndex)
        {
            Assert.Same(candidates, gazetteer.Lookup(key));
            checkedKeys++;
        }

        Assert.True(checkedKeys > 40_000);
    }
}
