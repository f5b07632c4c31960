using Tidings.Text;
using Cls = Tidings.Claims.ClaimWords.Cls;

namespace Tidings.Claims;

/// <summary>
/// Articles before a word (split from ClaimBuilder.cs in session 38, mend-claims38: review claims38 finding 4, the file past
/// ~800 lines): whether the determiner before a word makes it a noun, so a verb reading of it is no predicate. One token's
/// look, linear.
/// </summary>
internal sealed partial class ClaimBuilder
{
    /// <summary>Whether the word before <paramref name="k"/> (at or after <paramref name="sentenceFirst"/>) is an article or
    /// possessive that makes <paramref name="k"/> a noun: a determiner that is no demonstrative ([demonstratives]) and no
    /// capital "A" standing as a label after a lower-case word inside the sentence ("passes at grade A climbed": the label ends its
    /// noun phrase, and the verb after it is the predicate; a headline's title-case "Hit A Record" keeps its article) (session 38, claims38).</summary>
    private bool ArticleBefore(int k, int sentenceFirst)
    {
        int d = k - 1;
        if (!Has(d, Cls.Determiner) || Demonstratives.Contains(Word(d)))
        {
            return false;
        }

        return !(Tokens[d].Length == 1 && _text[Tokens[d].Start] == 'A' && d > sentenceFirst && Tokens[d - 1].Kind == TokenKind.Word
            && !Tokens[d - 1].Has(TokenTraits.Capitalized));
    }

    /// <summary>Determiners that also stand alone as a subject or a relative word, so a verb may follow them ("the violence that
    /// killed 2,000 people", "That compared to 26-57") (claim-guards [demonstratives]; session 37, land37c).</summary>
    private static readonly AsciiWordTable<bool> Demonstratives = ClaimGuards.Set("demonstratives");
}
