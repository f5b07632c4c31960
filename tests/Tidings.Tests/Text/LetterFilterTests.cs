using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Text;

/// <summary>The letter filter may let an absent word through, but never turns away a word of its set, in any case.</summary>
public sealed class LetterFilterTests
{
    private static readonly string[] Words = ["said", "says", "Told", "according", "put", "o'clock", "o’clock", "a.m.", "ın", "x", "AB", "estimated"];

    [Fact]
    public void Every_word_of_the_set_passes_in_any_case()
    {
        var filter = new LetterFilter(Words);
        foreach (string w in Words)
        {
            Assert.True(filter.MayContain(w), w);
            Assert.True(filter.MayContain(w.ToUpperInvariant()), w.ToUpperInvariant());
            Assert.True(filter.MayContain(w.ToLowerInvariant()), w.ToLowerInvariant());
            Assert.True(filter.MayContain(char.ToUpperInvariant(w[0]) + w[1..]), w);
        }
    }

    [Fact]
    public void Words_that_match_a_member_ignoring_case_pass()
    {
        // Whatever OrdinalIgnoreCase calls equal to a member must pass (random strings over letters and marks).
        var filter = new LetterFilter(Words);
        var random = new Random(16);
        const string alphabet = "aAbBdDeEiIıIkKlLmMnNoOpPsStTuUxXyY'’.-";
        for (int i = 0; i < 200_000; i++)
        {
            int length = random.Next(1, 10);
            var chars = new char[length];
            for (int j = 0; j < length; j++)
            {
                chars[j] = alphabet[random.Next(alphabet.Length)];
            }

            string word = new(chars);
            if (Words.Any(w => w.Equals(word, StringComparison.OrdinalIgnoreCase)))
            {
                Assert.True(filter.MayContain(word), word);
            }
        }
    }

    [Fact]
    public void Pairs_of_first_letters_turn_words_away()
    {
        var filter = new LetterFilter(["said", "told"]);
        Assert.False(filter.MayContain("sold")); // first letter 's', second 'o', last 'd': each letter is known, the pair "so" is not
        Assert.False(filter.MayContain("TALD")); // nor the pair "ta"
        Assert.True(filter.MayContain("toad")); // the pair "to" is known: the filter lets it through, the look-up decides
        Assert.True(filter.MayContain("SAID"));
        Assert.False(filter.MayContain("tail"));
    }
}
