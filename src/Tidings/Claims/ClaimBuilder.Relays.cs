using Tidings.Text;
using Cls = Tidings.Claims.ClaimWords.Cls;

namespace Tidings.Claims;

/// <summary>
/// Relayed and passive attribution: a report passed on by another ("State television quoted the emergencies ministry as
/// saying …" → the ministry; "Local media, citing police, said …" → the whole phrase between its commas; "a report by
/// Nikkei, which cited unnamed executives"), the agent of a passive report ("was put at 412,000 by utility officials",
/// "are projected by the industry association to reach …", "It is estimated by the FAO that …"), a relative "who added"
/// that goes on with the source just named, and a wire tag glued before a headline's source ("BRIEF-Anglo American says").
/// </summary>
internal sealed partial class ClaimBuilder
{
    /// <summary>The most tokens between "quoted" and its "as saying" ("the health ministry in Gaza").</summary>
    private const int MaxQuotedTokens = 10;

    /// <summary>"A quoted B as saying …": the active "quoted" at <paramref name="k"/> with "as saying"/"as telling" after
    /// a short phrase; B (the one quoted) is the source of the clause B's words carry. Adds the source and gives the
    /// token of "saying" in <paramref name="past"/>.</summary>
    private bool ActiveQuotedAs(int k, int first, int end, ReadOnlySpan<(int First, int Last)> at, List<SourceSpan> sources, out int past)
    {
        past = k;
        if (!Is(k, "quoted") || k == first || Is(k - 1, "was") || Is(k - 1, "were") || Is(k - 1, "is") || Is(k - 1, "are") || Is(k - 1, "been")
            || k + 3 >= end)
        {
            return false;
        }

        for (int j = k + 2; j + 1 < end && j <= k + 1 + MaxQuotedTokens; j++)
        {
            if (Is(j, "as") && (Is(j + 1, "saying") || Is(j + 1, "telling")))
            {
                if (ContainsQuantity(k + 1, j - 1, at))
                {
                    return false;
                }

                sources.Add(new SourceSpan(k + 1, j - 1, j + 2, end));
                past = j + 1;
                return true;
            }

            if (Tokens[j].Kind != TokenKind.Word && !IsPossessiveMark(j) && !Is(j, "-"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"Local media, citing police, said …", "The Kyiv Independent, quoting an air force spokesman, said …": a
    /// lead between two commas after a noun phrase and before a reporting verb is part of that phrase, which is the source
    /// of what the verb reports. <paramref name="k"/> is the lead ("citing"), <paramref name="xEnd"/> the end of the phrase
    /// it leads; adds the source and gives the reporting verb's token in <paramref name="past"/>.</summary>
    private bool RelayedSubject(int k, int xEnd, int first, int end, ReadOnlySpan<(int First, int Last)> at, List<SourceSpan> sources, out int past)
    {
        past = k;
        if (!(Is(k, "citing") || Is(k, "quoting")) || k - 2 < first || !Is(k - 1, ",") || xEnd + 1 >= end || !Is(xEnd, ",")
            || !Has(xEnd + 1, Cls.Reporting) || Has(xEnd + 1, Cls.Evidence))
        {
            return false;
        }

        int np = PhraseBefore(k - 1, first);
        if (np >= k - 1 || ContainsQuantity(np, xEnd - 1, at))
        {
            return false;
        }

        sources.Add(new SourceSpan(np, xEnd - 1, xEnd + 2, end));
        past = xEnd + 1;
        return true;
    }

    /// <summary>"a report by Nikkei, which cited unnamed executives,": a relative clause of relay after a lead's source
    /// belongs to it. The end of the source phrase, past such a clause when one follows <paramref name="xEnd"/>.</summary>
    private int WithRelayClause(int xEnd, int end, ReadOnlySpan<(int First, int Last)> at)
    {
        if (xEnd + 3 >= end || !Is(xEnd, ",") || !Is(xEnd + 1, "which") || !(Is(xEnd + 2, "cited") || Is(xEnd + 2, "quoted")))
        {
            return xEnd;
        }

        int close = ClauseEnd(xEnd + 3, end);
        return close > xEnd + 3 && close < end && Is(close, ",") && !ContainsQuantity(xEnd + 3, close - 1, at) ? close : xEnd;
    }

    /// <summary>"according to Holger Schmieding, chief economist at Berenberg, and the European Commission", "according to
    /// data from CoreLogic, a property analytics firm, and the Real Estate Institute of New South Wales": a second source
    /// joined by "and" after a lead's source belongs to it when it closes the sentence (or, after a lead opening the
    /// sentence, the lead's comma). The end of the source phrase, past the second source when one follows
    /// <paramref name="xEnd"/> (session 33, claims33b, b21).</summary>
    private int WithCoordinatedLead(int xEnd, int end, bool atStart, ReadOnlySpan<(int First, int Last)> at)
    {
        int and = xEnd < end && Is(xEnd, ",") ? xEnd + 1 : xEnd;
        if (and + 1 >= end || !Is(and, "and") || !(Has(and + 1, Cls.Determiner) || Tokens[and + 1].Has(TokenTraits.Capitalized)))
        {
            return xEnd;
        }

        int second = SourcePhraseAfter(and + 1, end, at);
        if (second <= and + 1 || ContainsQuantity(and + 1, second - 1, at))
        {
            return xEnd;
        }

        return second >= end || Tokens[second].Has(TokenTraits.Terminal) || atStart && Is(second, ",") ? second : xEnd;
    }

    /// <summary>The end of a passive report's agent that starts at <paramref name="x"/> ("by utility officials late on
    /// Sunday", "by the industry association to reach 7 million", "by the FAO that 38% …", "by organisers and at 60,000
    /// by police"): the phrase stops at a "that", an infinitive, a quantity, a coordinated preposition, or a time phrase
    /// with its "late"/"early".</summary>
    private int PassiveAgentEnd(int x, int xEnd, ReadOnlySpan<(int First, int Last)> at)
    {
        for (int j = x + 1; j < xEnd; j++)
        {
            if (Is(j, "that") || QuantityStartsAt(j, at)
                || Is(j, "to") && j + 1 < xEnd && Tokens[j + 1].Kind == TokenKind.Word && !Tokens[j + 1].Has(TokenTraits.Capitalized) && !Has(j + 1, Cls.Determiner)
                || (Is(j, "and") || Is(j, "or")) && j + 1 < xEnd && Has(j + 1, Cls.Preposition))
            {
                xEnd = j;
                break;
            }
        }

        xEnd = WithoutTimePhrase(x, xEnd);
        return xEnd - 1 > x && (Is(xEnd - 1, "late") || Is(xEnd - 1, "early")) ? xEnd - 1 : xEnd;
    }

    /// <summary>"…, said Maria Lindqvist, chief economist at Nordea, who added that …": the relative "who" before a verb
    /// of speech goes on with the source that ends just before its comma; the first token of that source, or
    /// <paramref name="np"/> when none ends there.</summary>
    private static int WithSourceEndingAt(int np, int last, List<SourceSpan> sources)
    {
        foreach (SourceSpan s in sources)
        {
            if (s.Last == last && s.First < np)
            {
                return s.First;
            }
        }

        return np;
    }

    /// <summary>"BRIEF-Anglo American says", "UPDATE 2-Nestle cuts": a wire tag in capitals (with its number) glued by a
    /// hyphen before a headline's first word is no part of the source. The source's character span without the tag.</summary>
    private (int Start, int End) WithoutWireTag((int Start, int End) span)
    {
        int i = span.Start;
        while (i < span.End && char.IsAsciiLetterUpper(_text[i]))
        {
            i++;
        }

        if (i - span.Start < 4)
        {
            return span;
        }

        int j = i < span.End && _text[i] == ' ' ? i + 1 : i;
        int digits = j;
        while (digits < span.End && char.IsAsciiDigit(_text[digits]))
        {
            digits++;
        }

        j = digits > j ? digits : i;
        return j + 1 < span.End && _text[j] == '-' && char.IsUpper(_text[j + 1]) ? (j + 1, span.End) : span;
    }

    /// <summary>"27% more likely to develop dementia", "40% less likely": a share before a comparative of likelihood sets one
    /// group against another (a comparison, not a level). A "27% higher risk" stays single (b5 and b16 disagree on it).</summary>
    private bool GroupRisk(int last, int end)
    {
        if (last + 2 >= end || !(Is(last + 1, "more") || Is(last + 1, "less")))
        {
            return false;
        }

        return Is(last + 2, "likely");
    }
}
