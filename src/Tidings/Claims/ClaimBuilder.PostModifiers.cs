using Tidings.Text;
using Cls = Tidings.Claims.ClaimWords.Cls;
using Guard = Tidings.Claims.ClaimGuards.Guard;

namespace Tidings.Claims;

/// <summary>
/// The post-modifier room of attribution: anonymous and indirect sources are noun phrases headed by an agent or data
/// noun with a post-modifier that says how the figure reached the reporter — a relative clause or participle between
/// commas ("Eurostat, which publishes the figures for all 27 member states, said"; "The figures, obtained under freedom
/// of information rules, show"; "A senior Western official, speaking on condition of anonymity, estimated") or a
/// participle and its agent ("A draft of the communique seen by Reuters commits …", "Fund managers surveyed by Bank of
/// America held …"). The participles are data ([SourceParticiple] in claim-guards.txt).
/// </summary>
internal sealed partial class ClaimBuilder
{
    /// <summary>The longest post-modifier read between the commas of a source ("who has run the hospital trust since 2019
    /// and previously led an NHS review of maternity services").</summary>
    private const int MaxPostModifier = 24;

    /// <summary>Whether a post-modifier can open at token <paramref name="k"/>: a relative pronoun ("which", "who", "whose"), a
    /// participle with its preposition ("obtained under", "commissioned by", "speaking on"), or "in" and a determiner ("in
    /// a separate report").</summary>
    private bool PostModifierStart(int k)
    {
        if (k + 1 >= Tokens.Length || Tokens[k].Kind != TokenKind.Word || Tokens[k].Has(TokenTraits.Capitalized))
        {
            return false;
        }

        if (Is(k, "which") || Is(k, "who") || Is(k, "whose")) // "The RMT, whose 40,000 members work across the network,"
        {
            return true;
        }

        // "The draft report, a copy of which was reviewed by Reuters,": a relative clause opened by a part "of which"
        // (session 37, claims37b, b25).
        if ((Is(k, "a") || Is(k, "an")) && k + 3 < Tokens.Length && Tokens[k + 1].Kind == TokenKind.Word && Is(k + 2, "of")
            && (Is(k + 3, "which") || Is(k + 3, "whom")))
        {
            return true;
        }

        if (Is(k, "in"))
        {
            return Has(k + 1, Cls.Determiner) && !Is(k + 1, "the"); // "in a separate report", "in its statement"
        }

        // "obtained under freedom of information rules", "obtained through a records request": a participle of
        // reporting takes any preposition.
        if (Guarded(k, Guard.SourceParticiple | Guard.CommaParticiple))
        {
            return Tokens[k + 1].Kind == TokenKind.Word && !Tokens[k + 1].Has(TokenTraits.Capitalized) && !Has(k + 1, Cls.Breaker);
        }

        return (Participle(k) || Word(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && Word(k).Length > 5) && Has(k + 1, Cls.Preposition);
    }

    /// <summary>The first token of the source that a post-modifier after the comma at <paramref name="comma"/> belongs to:
    /// a phrase headed by an agent or data noun or a name, opening its clause ("while the central bank, in a separate
    /// report,"); -1 if none.</summary>
    private int PostModifiedHead(int comma, int first)
    {
        int name = PhraseBefore(comma, first);
        int head = comma - 1;
        if (name >= comma || !(name == first || Tokens[name - 1].Kind == TokenKind.Punctuation || Guarded(name - 1, Guard.GapJoiner)))
        {
            return -1;
        }

        // "Minutes of the meeting, published on Wednesday,": the head before its "of" phrase.
        for (int j = name; j + 1 < head; j++)
        {
            if (Is(j + 1, "of"))
            {
                head = Has(j, Cls.AgentHead | Cls.DataHead) ? j : head;
                break;
            }
        }

        return Has(head, Cls.AgentHead | Cls.DataHead) || Tokens[head].Has(TokenTraits.Capitalized) && !Has(head, Cls.Determiner) ? name : -1;
    }

    /// <summary>A lowercase past participle: "obtained", "commissioned" (also the verb shape the gapping grammar stops at).</summary>
    private bool Participle(int k)
    {
        ReadOnlySpan<char> w = Word(k);
        return !Tokens[k].Has(TokenTraits.Capitalized) && w.Length > 4 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !Has(k, Cls.NotVerb);
    }

    /// <summary>"A draft of the communique seen by Reuters commits members to …", "Fund managers surveyed by Bank of
    /// America held 4.3%": the sentence's subject, post-modified by a participle of reporting and its agent, is the
    /// source whatever its verb. Read only when the sentence has no other source, over its first few tokens.</summary>
    private void PostModifiedSubject(int first, int end, List<SourceSpan> sources, ReadOnlySpan<(int First, int Last)> at)
    {
        int limit = Math.Min(end - 2, first + 12);
        for (int k = first + 1; k < limit; k++)
        {
            if (Tokens[k].Kind == TokenKind.Punctuation && !IsPossessiveMark(k) || Has(k, Cls.Breaker))
            {
                return;
            }

            if (!Guarded(k, Guard.SourceParticiple) || !Is(k + 1, "by"))
            {
                continue;
            }

            int name = PhraseBefore(k, first);
            int agentEnd = AgentEnd(k + 2, end);
            if (name != first || agentEnd <= k + 2 || agentEnd >= end || Tokens[agentEnd].Kind != TokenKind.Word
                || Tokens[agentEnd].Has(TokenTraits.Capitalized) || ContainsQuantity(first, agentEnd - 1, at))
            {
                return;
            }

            sources.Add(new SourceSpan(first, agentEnd - 1, agentEnd, end));
            return;
        }
    }

    /// <summary>The token just past the agent after "by" at <paramref name="j"/>: a name ("Reuters", "Bank of America",
    /// "the BBC") or a body ("the company", "the regulator").</summary>
    private int AgentEnd(int j, int end)
    {
        if (j < end && (Is(j, "the") || Is(j, "a") || Is(j, "an")))
        {
            j++;
        }

        int start = j;
        while (j < end && Tokens[j].Kind == TokenKind.Word
            && (Tokens[j].Has(TokenTraits.Capitalized) || j > start && j + 1 < end && (Is(j, "of") || Is(j, "&")) && Tokens[j + 1].Has(TokenTraits.Capitalized)))
        {
            j++;
        }

        if (j > start)
        {
            return j;
        }

        // "the company", "the polling firm": up to three lowercase words ending in a body.
        for (int k = start; k < end && k < start + 3 && Tokens[k].Kind == TokenKind.Word && !Has(k, Cls.Breaker | Cls.Preposition); k++)
        {
            if (Has(k, Cls.AgentHead))
            {
                return k + 1;
            }
        }

        return start;
    }

    /// <summary>Whether the source phrase from <paramref name="npFirst"/> to the comma before <paramref name="verb"/> is a
    /// head, a comma and a post-modifier ("Eurostat, which publishes the figures for all 27 member states,"), with no
    /// quantity in the head: a number in the post-modifier describes the source and is no claim of its own.</summary>
    private bool PostModifiedAt(int npFirst, int verb, ReadOnlySpan<(int First, int Last)> at)
    {
        for (int c = npFirst + 1; c < verb - 2; c++)
        {
            if (Is(c, ","))
            {
                // "One diplomat, speaking on condition of anonymity,": the count of the reporters is part of the source.
                int from = QuantityStartsAt(npFirst, at) && Tokens[npFirst].Kind == TokenKind.Word && npFirst + 1 < c ? npFirst + 1 : npFirst;
                return PostModifierStart(c + 1) && !ContainsQuantity(from, c - 1, at);
            }
        }

        return false;
    }
}
