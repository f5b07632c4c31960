using System.Collections.Frozen;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Text;

/// <summary>The ASCII word table answers every look-up as the case-insensitive frozen dictionary it is built from would
/// (and, built not to ignore case, as an ordinal dictionary).</summary>
public sealed class AsciiWordTableTests
{
    private static readonly string[] AsciiWords = ["said", "says", "Told", "according", "put", "o'clock", "a.m.", "x", "AB", "estimated", "@home", "[z]"];

    [Fact]
    public void Answers_as_the_dictionary_for_ascii_keys()
    {
        Check(AsciiWords);
    }

    [Fact]
    public void Answers_as_the_dictionary_when_a_key_is_not_ascii()
    {
        Check([.. AsciiWords, "o’clock", "ın", "naïve"]);
    }

    [Fact]
    public void Answers_as_the_dictionary_when_no_ascii_word_can_equal_a_key_outside_ascii()
    {
        // The lexicon's case: "o’clock" and "’s" beside ASCII words; ASCII words still use the array.
        Check([.. AsciiWords, "o’clock", "’s", "naïve", "Ωmega"]);
    }

    [Fact]
    public void Answers_as_the_dictionary_when_a_key_outside_ascii_upper_cases_to_ascii()
    {
        // The long s upper-cases to "S", so "poſt" equals "POST" and "post" ignoring case: every word goes to the dictionary.
        Check([.. AsciiWords, "ſo", "poſt"]);
    }

    [Fact]
    public void Answers_as_an_ordinal_dictionary_when_built_not_to_ignore_case()
    {
        CheckOrdinal([.. AsciiWords, "o’clock", "ın", "naïve", "ſo", "ET", "Et"]);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(700)]
    [InlineData(3000)]
    public void Answers_as_the_dictionary_for_many_keys(int count)
    {
        // Tables of more keys have wider shape filters (and none past 2,048 keys); keys outside ASCII in the middle and at the ends.
        Check([.. Words(count, seed: count).Append("o’clock").Append("’s").Append("naïve").Append("Ωmega").Distinct(StringComparer.OrdinalIgnoreCase)]);
    }

    [Fact]
    public void Answers_as_an_ordinal_dictionary_for_many_keys()
    {
        CheckOrdinal([.. Words(500, seed: 5), "o’clock", "naïve"]);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(200)]
    public void A_word_set_answers_as_an_ordinal_set(int count)
    {
        string[] words = [.. Words(count, seed: count + 1), "o’clock", "’s"];
        var expected = new HashSet<string>(words, StringComparer.Ordinal);
        var set = new Tidings.Names.WordSet(words);
        foreach (string p in Probes(words))
        {
            Assert.Equal(expected.Contains(p), set.Contains(p));
        }

        Assert.False(set.Contains(""));
    }

    /// <summary>Random words of one to eight characters, mostly letters of both cases, some marks.</summary>
    private static List<string> Words(int count, int seed)
    {
        var random = new Random(seed);
        const string alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'-.@`[{";
        var words = new List<string>(count);
        for (int n = 0; n < count; n++)
        {
            char[] chars = new char[random.Next(1, 9)];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            words.Add(new string(chars));
        }

        return words;
    }

    [Fact]
    public void A_later_equal_key_replaces_the_value_and_keys_keep_their_first_order()
    {
        var table = new AsciiWordTable<int>(
            [new("Said", 1), new("told", 2), new("SAID", 3), new("naïve", 4), new("NAÏVE", 5)]);
        Assert.Equal(["Said", "told", "naïve"], table.Keys);
        Assert.True(table.TryGetValue("said", out int said));
        Assert.Equal(3, said);
        Assert.True(table.TryGetValue("Naïve", out int naive));
        Assert.Equal(5, naive);
        Assert.Equal(3, table.Count);
        Assert.Equal(2, table["TOLD"]);
        Assert.Throws<KeyNotFoundException>(() => table["asked"]);
    }

    private static void CheckOrdinal(string[] words)
    {
        var dictionary = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < words.Length; i++)
        {
            dictionary[words[i]] = i + 1;
        }

        var table = dictionary.ToAsciiWordTable(ignoreCase: false);
        foreach (string p in Probes(words))
        {
            bool expected = dictionary.TryGetValue(p, out int want);
            Assert.Equal(expected, table.TryGetValue(p, out int got));
            Assert.Equal(want, got);
        }
    }

    private static void Check(string[] words)
    {
        FrozenDictionary<string, int> dictionary = words.Select((w, i) => (w, i)).ToFrozenDictionary(p => p.w, p => p.i + 1, StringComparer.OrdinalIgnoreCase);
        var table = new AsciiWordTable<int>(dictionary);
        FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup = dictionary.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (string p in Probes(words))
        {
            bool expected = lookup.TryGetValue(p, out int want);
            Assert.Equal(expected, table.TryGetValue(p, out int got));
            Assert.Equal(want, got);
        }
    }

    /// <summary>The words in several cases and cut, and random strings over letters whose case folding is easy to get wrong.</summary>
    private static List<string> Probes(string[] words)
    {
        var probes = new List<string>();
        foreach (string w in words)
        {
            probes.AddRange([w, w.ToUpperInvariant(), w.ToLowerInvariant(), w + "s", w[..^1], "`" + w[1..], w.Replace('a', 'A')]);
        }

        // Random strings over letters and marks whose case folding is easy to get wrong ('@' and '`', '[' and '{', 'ı').
        var random = new Random(18);
        const string alphabet = "aAbBdDeEiIıklLmMoOpPsStTxXzZ'’.@`[{ſΩω";
        for (int n = 0; n < 20_000; n++)
        {
            char[] chars = new char[random.Next(1, 6)];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            probes.Add(new string(chars));
        }

        return probes;
    }
}
