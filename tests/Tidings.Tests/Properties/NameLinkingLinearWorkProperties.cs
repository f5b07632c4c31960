using System.Collections.Immutable;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Tidings.Names;
using Tidings.Recognition;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Properties;

/// <summary>
/// Name linking (acronyms and their uses, long forms written out again, organisation heads, "X of Place", surnames)
/// does linear work: the linker's own count of the tokens and names it visits stays within
/// <c>C × (tokens + 1)</c>, and doubling a repetitive input at most doubles the count (plus a constant), never by a
/// clock. One acronym defined and then used 100,000 times was quadratic: every use scanned every definition and
/// re-inserted itself into the list of names from its start.
/// </summary>
public sealed class NameLinkingLinearWorkProperties
{
    /// <summary>Steps per token allowed to the linker; the inputs below take at most about 45.</summary>
    private const long StepsPerToken = 64;

    public static TheoryData<string, string, string> Repetitions => new()
    {
        // The case: one definition, then the acronym over and over.
        { "acronym-uses", "Members of the Armenian National Committee of America (ANCA) said. ", "ANCA said ANCA " },
        // A definition in every sentence, each with its uses and its long form written out again.
        { "definitions", "", "The World Health Organization (WHO) said WHO and the World Health Organization agreed. " },
        // Many different acronyms.
        { "many-acronyms", "", "Alpha Beta (AB) met Gamma Delta (GD) and AB GD. " },
        // Capitalised runs ending in an organisation word, and "organization of place" joins.
        { "organization-heads", "", "the Armenian Political Action Committees of Moldova and Central Bank of Russia said " },
        // Persons named in full, then by surname.
        { "surnames", "", "Nikol Pashinyan met Pashinyan and Ilham Aliyev. " },
        // Brackets without acronyms, and lone capitals.
        { "brackets", "", "( ( A ) B ( C D ) " },
        // Bodies completed by "of" and capitalised words, with a person inside the run and no full stop: a complement
        // given up was read again by the next body, to the end of the sentence (the cap on a complement's length).
        { "complements", "", "Committee of Health of Nikol Pashinyan Council for Finance to Alpha " },
    };

    [Theory]
    [MemberData(nameof(Repetitions))]
    public void Linking_work_is_linear_on_repetitions(string name, string prefix, string unit)
    {
        (long small, int smallTokens) = Steps(Repeat(prefix, unit, 50 * 1024));
        (long large, int largeTokens) = Steps(Repeat(prefix, unit, 200 * 1024));
        Assert.True(large <= StepsPerToken * (largeTokens + 1), $"{name}: {large} steps for {largeTokens} tokens");

        // Four times the input, at most about four times the work (the prefix and rounding allow a little more).
        double ratio = (double)large / Math.Max(1, small);
        double tokens = (double)largeTokens / Math.Max(1, smallTokens);
        Assert.True(ratio <= tokens * 1.1 + 0.1, $"{name}: steps grew {ratio:F2}× for {tokens:F2}× the tokens ({small} → {large})");
    }

    /// <summary>One organization after a comma, a long run of capitalised words and then many "and"s: whether it closes a
    /// list of organizations is read once per name, not once per "and" (each of which re-read the long run before it:
    /// quadratic in the name's length).</summary>
    [Fact]
    public void A_list_tail_is_read_once_per_name()
    {
        (long small, int smallTokens) = ListTailSteps(1024);
        (long large, int largeTokens) = ListTailSteps(4096);
        Assert.True(large <= StepsPerToken * (largeTokens + 1), $"{large} steps for {largeTokens} tokens");
        double ratio = (double)large / Math.Max(1, small);
        double tokens = (double)largeTokens / Math.Max(1, smallTokens);
        Assert.True(ratio <= tokens * 1.1 + 0.1, $"steps grew {ratio:F2}× for {tokens:F2}× the tokens ({small} → {large})");

        static (long Steps, int Tokens) ListTailSteps(int pairs)
        {
            var text = new StringBuilder("Acme, Alpha");
            text.Insert(text.Length, " Alpha", pairs);
            text.Insert(text.Length, " and Beta", pairs);

            string s = text.ToString();
            Document document = Document.Create(s);
            var names = ImmutableArray.Create(
                new RecognizedName(0, 4, NameType.Organization, 0, 1),
                new RecognizedName(6, s.Length, NameType.Organization, 2, document.Tokens.Length - 2));
            NameLinker.Link(document, names, null, out long steps);
            return (steps, document.Tokens.Length);
        }
    }

    [Fact]
    public void Every_use_of_a_defined_acronym_is_linked_at_any_length()
    {
        string text = Repeat("Members of the Armenian National Committee of America (ANCA) said. ", "ANCA said ANCA ", 100 * 1024);
        Document document = Document.Create(text);
        NameMentions names = NameLinker.Link(document, NameRecognizer.Default.Recognize(document));
        int uses = CountOf(text, "ANCA"); // the bracketed acronym of the definition is named too
        Assert.True(uses > 10_000);
        Assert.Equal(uses, names.Organizations.Count(o => o.Text == "ANCA" && o.Name == "Armenian National Committee of America"));
    }

    [Fact]
    public void Linking_work_is_linear_on_generated_names()
    {
        // Names laid over every capitalised run of generated news text, of random types, repeated to ~16 KB.
        PropertySettings.Run(Prop.ForAll(TextGenerators.NewsText, Arb.From(Gen.Choose(0, 3)), (text, seed) =>
        {
            if (text.Length == 0)
            {
                return;
            }

            string repeated = Repeat("", text + " (AB) AB ", 16 * 1024);
            Document document = Document.Create(repeated);
            ImmutableArray<RecognizedName> names = CapitalRuns(document, seed);
            NameLinker.Link(document, names, null, out long steps);
            int tokens = document.Tokens.Length;
            Assert.True(steps <= StepsPerToken * (tokens + 1), $"{steps} steps for {tokens} tokens");
        }), nameof(Linking_work_is_linear_on_generated_names));
    }

    private static (long Steps, int Tokens) Steps(string text)
    {
        Document document = Document.Create(text);
        ImmutableArray<RecognizedName> recognized = NameRecognizer.Default.Recognize(document);

        // The recognizer's names, and then names laid over every capitalised run (the linker's worst case: as many
        // names as it can be given).
        NameLinker.Link(document, recognized, null, out long steps);
        NameLinker.Link(document, CapitalRuns(document, 1), null, out long dense);
        return (Math.Max(steps, dense), document.Tokens.Length);
    }

    /// <summary>A name over each run of capitalised words, its type chosen by position and <paramref name="seed"/>.</summary>
    private static ImmutableArray<RecognizedName> CapitalRuns(Document document, int seed)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        var names = ImmutableArray.CreateBuilder<RecognizedName>();
        int i = 0;
        while (i < tokens.Length)
        {
            if (!tokens[i].Has(TokenTraits.Capitalized))
            {
                i++;
                continue;
            }

            int end = i + 1;
            while (end < tokens.Length && tokens[end].Has(TokenTraits.Capitalized))
            {
                end++;
            }

            var type = (NameType)((i + seed) % 4);
            names.Add(new RecognizedName(tokens[i].Start, tokens[end - 1].End, type, i, end - i));
            i = end;
        }

        return names.ToImmutable();
    }

    private static int CountOf(string text, string word)
    {
        int count = 0;
        for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static string Repeat(string prefix, string unit, int atLeast)
    {
        var sb = new StringBuilder(prefix, atLeast + unit.Length + prefix.Length);
        while (sb.Length < atLeast)
        {
            sb.Append(unit);
        }

        return sb.ToString();
    }
}
