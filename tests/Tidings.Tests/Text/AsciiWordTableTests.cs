using System.Collections.Frozen;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Text;

/// <summary>The ASCII word table answers every look-up as the case-insensitive frozen dictionary it is built from.</summary>
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

    private static void Check(string[] words)
    {
        FrozenDictionary<string, int> dictionary = words.Select((w, i) => (w, i)).ToFrozenDictionary(p => p.w, p => p.i + 1, StringComparer.OrdinalIgnoreCase);
        var table = new AsciiWordTable<int>(dictionary);
        FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup = dictionary.GetAlternateLookup<ReadOnlySpan<char>>();
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

        foreach (string p in probes)
        {
            bool expected = lookup.TryGetValue(p, out int want);
            Assert.Equal(expected, table.TryGetValue(p, out int got));
            Assert.Equal(want, got);
        }
    }
}
