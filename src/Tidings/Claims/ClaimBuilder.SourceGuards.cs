using Tidings.Text;
using Cls = Tidings.Claims.ClaimWords.Cls;
using Guard = Tidings.Claims.ClaimGuards.Guard;

namespace Tidings.Claims;

/// <summary>
/// Guards of the source finder: reporting verbs whose subject is no source of the sentence's figures ("than analysts had
/// expected"), sources confined to a subordinate clause ("after the chipmaker forecast …"), and a count of reporters
/// opening a sentence ("Two US officials said"). Their word lists are data: Claims/Data/claim-guards.txt.
/// </summary>
internal sealed partial class ClaimBuilder
{
    /// <summary>Whether token <paramref name="k"/> is a word of any of <paramref name="guards"/> (Claims/Data/claim-guards.txt).</summary>
    private bool Guarded(int k, Guard guards) => Tokens[k].Kind == TokenKind.Word && ClaimGuards.Is(Word(k), guards);

    /// <summary>"than Wall Street had expected", "than most forecasters had projected": the phrase from
    /// <paramref name="npFirst"/> to the verb <paramref name="k"/> holds an expectation after "than".</summary>
    private bool ExpectationHolder(int npFirst, int verb, int k, int first)
    {
        if (!Expectation(k) || verb - npFirst > 8)
        {
            return false;
        }

        // "than" before the phrase, or inside it ("better than Wall Street" read as one phrase).
        for (int j = Math.Max(first, npFirst - 1); j < verb; j++)
        {
            if (Guarded(j, Guard.ExpectationMark))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"after the chipmaker forecast", "because analysts expect": a source phrase opened by a word of time or cause.</summary>
    private bool SubordinateOpener(int npFirst, int first) =>
        npFirst - 1 > first && Guarded(npFirst - 1, Guard.SubordinateOpener);

    /// <summary>"Two US officials", "Three people familiar with the talks": a count word, then words ending in a noun of
    /// reporters ("officials", "people", "sources", an agent), with no other quantity.</summary>
    private bool CountedReporters(int count, int last, ReadOnlySpan<(int First, int Last)> at)
    {
        if (last <= count || last - count > 6 || Tokens[count].Kind != TokenKind.Word || !QuantityStartsAt(count, at)
            || ContainsQuantity(count + 1, last, at))
        {
            return false;
        }

        for (int j = count + 1; j <= last; j++)
        {
            if (Guarded(j, Guard.CountedReporter) || Has(j, Cls.AgentHead))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Reserves at record $682 billion - central bank", "Inflation to fall below 3% by June — minister": a
    /// headline closed by a spaced dash and the body or person it quotes (a few words ending in an agent noun or a name,
    /// no quantity among them), added as the source of everything before the dash.</summary>
    private void TailDashSource(int first, int end, List<SourceSpan> sources, ReadOnlySpan<(int First, int Last)> at)
    {
        int last = end - 1;
        if (last > first && Tokens[last].Kind == TokenKind.Punctuation && Tokens[last].Has(TokenTraits.Terminal))
        {
            last--; // a closing full stop
        }

        if (last - 2 < first || Tokens[last].Kind != TokenKind.Word
            || !(Has(last, Cls.AgentHead) || Tokens[last].Has(TokenTraits.Capitalized)))
        {
            return;
        }

        for (int dash = last - 1; dash > first + 1 && dash >= last - 4; dash--)
        {
            if (Tokens[dash].Kind != TokenKind.Word)
            {
                if ((Is(dash, "-") || Is(dash, "—") || Is(dash, "–")) && Tokens[dash].Has(TokenTraits.SpaceBefore)
                    && !ContainsQuantity(dash + 1, last, at) && ContainsQuantity(first, dash - 1, at))
                {
                    sources.Add(new SourceSpan(dash + 1, last, first, dash));
                }

                return;
            }
        }
    }
}
