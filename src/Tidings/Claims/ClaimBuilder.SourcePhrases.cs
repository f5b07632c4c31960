using Tidings.Text;
using Cls = Tidings.Claims.ClaimWords.Cls;
using Guard = Tidings.Claims.ClaimGuards.Guard;

namespace Tidings.Claims;

/// <summary>The source-phrase room: where the noun phrase of a source starts and ends around its attribution — a name
/// with its "of"/"for"/"and", a bracketed acronym, an appositive between commas, data with where it comes from.</summary>
internal sealed partial class ClaimBuilder
{
    /// <summary>The first token of the source phrase that ends just before <paramref name="verb"/>, or
    /// <paramref name="verb"/> when there is none. With a comma just before the verb, the phrase is a name and its
    /// appositive: "Daniel Okafor, a police spokesman, said" (<paramref name="appositive"/> is then true).</summary>
    private int SourcePhraseBefore(int verb, int first, out bool appositive)
    {
        appositive = false;
        int comma = verb - 1;
        if (comma > first && Is(comma, ","))
        {
            int name = AppositiveBefore(comma, first);
            appositive = name >= 0;
            return name >= 0 ? name : verb;
        }

        return PhraseBefore(verb, first);
    }

    /// <summary>"Daniel Okafor, a police spokesman," before a verb: the name's first token, or -1.</summary>
    private int AppositiveBefore(int comma, int first)
    {
        int floor = Math.Max(first, comma - MaxPostModifier - 1);
        int c = comma - 1;
        bool number = false;
        while (c >= floor && !Is(c, ","))
        {
            Token t = Tokens[c];
            // "a spokesman for the UN refugee agency (UNHCR)": a bracketed acronym stays inside the appositive.
            if (t.Has(TokenTraits.Terminal)
                || (t.Kind == TokenKind.Punctuation && !IsPossessiveMark(c) && !Is(c, "-") && !Is(c, "(") && !Is(c, ")")))
            {
                return -1;
            }

            number |= t.Kind == TokenKind.Number;
            c--;
        }

        if (c < floor || c + 1 >= comma)
        {
            return -1;
        }

        // "Eurostat, which publishes the figures for all 27 member states,", "The figures, obtained under freedom of
        // information rules,", "A senior Western official, speaking on condition of anonymity,": a post-modifier between
        // commas stays inside the source, however long.
        if (PostModifierStart(c + 1) && PostModifiedHead(c, first) is int head && head >= 0)
        {
            return head;
        }

        if (number || comma - c > 16 || !AppositiveStart(c + 1))
        {
            return -1;
        }

        int name = PhraseBefore(c, first);
        if (name >= c || !(name == first || Tokens[name - 1].Kind == TokenKind.Punctuation))
        {
            return -1;
        }

        // A name, not a clause ("Sales rose, the company, …"): capitalised words with their "the", "of" and "and"; or a
        // role before a person's name ("The coach, Elena Petrova,", "the company's chief executive, Tom Rivera,"); or a
        // body named by its role ("the RMT union, which represents them,").
        bool personAfter = true;
        for (int j = c + 1; j < comma; j++)
        {
            personAfter &= Tokens[j].Kind == TokenKind.Word && Tokens[j].Has(TokenTraits.Capitalized);
        }

        bool role = (Has(name, Cls.Determiner) || Tokens[name].Has(TokenTraits.Capitalized)) && (personAfter || Has(c - 1, Cls.AgentHead));
        for (int j = name; j < c && !role; j++)
        {
            if (Tokens[j].Kind == TokenKind.Word && !Tokens[j].Has(TokenTraits.Capitalized) && !Has(j, Cls.Preposition) && !Is(j, "and")
                && !(j == name && Has(j, Cls.Determiner)))
            {
                return -1;
            }
        }

        return name;
    }

    /// <summary>Whether an appositive can start at token <paramref name="k"/>: "a police spokesman", "the mayor", "its
    /// commercial director", "who heads …", "Kenya's health minister", "chief economist at Nordea", "head of …".</summary>
    private bool AppositiveStart(int k)
    {
        Token t = Tokens[k];
        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        if (Has(k, Cls.Determiner) || Is(k, "who") || Is(k, "which") || Is(k, "part"))
        {
            return true;
        }

        // "Detective Superintendent Fiona McAllister, of the organised crime squad,": where a named person works.
        if (Is(k, "of") && k >= 2 && Is(k - 1, ",") && Tokens[k - 2].Has(TokenTraits.Capitalized) && k + 1 < Tokens.Length
            && (Has(k + 1, Cls.Determiner) || Tokens[k + 1].Has(TokenTraits.Capitalized)))
        {
            return true;
        }

        if (t.Has(TokenTraits.Capitalized))
        {
            return k + 1 < Tokens.Length && (IsPossessiveMark(k + 1) || Tokens[k + 1].Has(TokenTraits.Capitalized)); // "Kenya's", "Deputy Mayor"
        }

        ReadOnlySpan<char> w = Word(k);
        return !Has(k, Cls.Breaker | Cls.Reporting | Cls.ChangeVerb | Cls.Preposition) && !w.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The first token of the noun phrase that ends just before <paramref name="endToken"/> (exclusive): a
    /// name with its "of"/"for"/"and" ("The National Bureau of Statistics of China", "the Ministry of Energy and
    /// Mines"), a bracketed acronym ("the Federal Statistical Office (Destatis)"), a possessor ("The rebels'
    /// commander"), a head with where it comes from ("Figures from the ministry", "Analysts at Nordbank", "Shipping
    /// data compiled by Kpler"). <paramref name="endToken"/> when there is none.</summary>
    private int PhraseBefore(int endToken, int first)
    {
        int floor = Math.Max(first, endToken - 16);
        int k = endToken - 1;
        int start = endToken;

        // "(Destatis)" just before the verb.
        if (k - 2 >= floor && Tokens[k].Has(TokenTraits.CloseBracket))
        {
            int open = k - 1;
            while (open > k - 5 && open >= floor && !Tokens[open].Has(TokenTraits.OpenBracket))
            {
                open--;
            }

            if (open < floor || !Tokens[open].Has(TokenTraits.OpenBracket) || open == k - 1)
            {
                return endToken;
            }

            start = open;
            k = open - 1;
        }

        // "a senior official who asked not to be named told AFP": who told it, with the relative clause that hides the name.
        if (start == endToken && RelativeBefore(k, floor) is int who && who > floor && NounLike(who - 1))
        {
            start = who;
            k = who - 1;
        }

        while (k >= floor)
        {
            Token t = Tokens[k];
            if (IsPossessiveMark(k) && k - 1 >= floor && Tokens[k - 1].Kind == TokenKind.Word)
            {
                start = k--;
                continue;
            }

            // "Folha de S.Paulo", "a Reuters/Ipsos poll": a dot or slash glued inside a name.
            if ((Is(k, ".") || Is(k, "/")) && start < endToken && start == k + 1 && !t.Has(TokenTraits.SpaceBefore) && !Tokens[start].Has(TokenTraits.SpaceBefore)
                && Tokens[start].Has(TokenTraits.Capitalized) && k - 1 >= floor && Tokens[k - 1].Kind == TokenKind.Word && Tokens[k - 1].Has(TokenTraits.Capitalized))
            {
                start = k--;
                continue;
            }

            // "S&P Global", "AT&T": an ampersand inside a name.
            if (Is(k, "&") && start < endToken && Tokens[start].Has(TokenTraits.Capitalized) && k - 1 >= floor && Tokens[k - 1].Has(TokenTraits.Capitalized))
            {
                start = k--;
                continue;
            }

            // "UK Health Security Agency (UKHSA) data", "the World Health Organization (WHO) and UNICEF": a name's bracketed
            // acronym inside the phrase.
            if (t.Has(TokenTraits.CloseBracket) && start < endToken && k - 3 >= floor)
            {
                int open = k - 1;
                while (open > k - 4 && open > floor && !Tokens[open].Has(TokenTraits.OpenBracket))
                {
                    open--;
                }

                if (!Tokens[open].Has(TokenTraits.OpenBracket) || open == k - 1 || open - 1 < floor || !Tokens[open - 1].Has(TokenTraits.Capitalized))
                {
                    break;
                }

                start = open;
                k = open - 1;
                continue;
            }

            // "The 2021 census data": a year between the determiner and the noun.
            if (t.Kind == TokenKind.Number && t.Length == 4 && start < endToken && k - 1 >= floor && Has(k - 1, Cls.Determiner) && !Is(k - 1, "that"))
            {
                start = k--;
                continue;
            }

            // "the CIPD survey of 2,000 firms found", "The study of 2,400 adults found": a study's sample inside its name.
            if (t.Kind == TokenKind.Number && start < endToken && SampleAt(k, floor))
            {
                start = k - 1;
                k -= 2;
                continue;
            }

            if (t.Kind != TokenKind.Word)
            {
                break;
            }

            if (Has(k, Cls.Determiner) && !Is(k, "that"))
            {
                start = k--;

                // The phrase goes on only across a preposition after a noun: "Figures from the ministry"; "astronomers
                // using the James Webb Space Telescope" (who, with what they observed through).
                // "sources close to the talks", "people close to the matter": who is near what they told of.
                if (k - 2 >= floor && Is(k, "to") && Is(k - 1, "close") && NounLike(k - 2))
                {
                    start = k - 1;
                    k -= 2;
                    continue;
                }

                // "a report to the council's transport committee": data with whom it was made for.
                if (k - 1 >= floor && (Has(k, Cls.Preposition) || Is(k, "using") && Has(k - 1, Cls.AgentHead) || Is(k, "to") && Has(k - 1, Cls.DataHead)) && NounLike(k - 1))
                {
                    start = k--;
                    continue;
                }

                // "documents passed to the Washington Post", "Figures released to the Press Association", "data obtained by
                // the Times of India": the document with the participle that says how it reached the outlet (session 37,
                // claims37b, b25); the participle itself is taken below.
                if (k - 2 >= floor && RouteWord(k) && Guarded(k - 1, Guard.SourceParticiple) && NounLike(k - 2)
                    || k - 1 >= floor && (Is(k, "under") || Is(k, "through")) && NounLike(k - 1) && ParticipleWithin(k, floor))
                {
                    start = k--; // "data obtained by the Times of India under the RTI Act": the route after the agent as well
                    continue;
                }

                // "UNICEF and the World Health Organization": two bodies named together, the second with its article.
                if (k - 1 >= floor && Is(k, "and") && start + 1 < endToken && Tokens[start + 1].Has(TokenTraits.Capitalized) && k - 1 > _sentenceFirst
                    && Tokens[k - 1].Kind == TokenKind.Word && Tokens[k - 1].Has(TokenTraits.Capitalized) && !Has(k - 1, Cls.Determiner | Cls.Preposition))
                {
                    start = k--;
                    continue;
                }

                // "…, the UN refugee agency and the International Organization for Migration said", "…, rights groups and a
                // lawyer representing some of the families said": two sources named together after the clause's comma.
                if (k - 1 >= floor && Is(k, "and") && CoordinatedBefore(k, floor) is >= 0 and int left)
                {
                    start = left;
                    break;
                }

                // "motoring group the RAC": a description before a name with its article.
                if (k >= floor && Has(k, Cls.AgentHead) && !Tokens[k].Has(TokenTraits.Capitalized) && Is(start, "the")
                    && start + 1 < endToken && Tokens[start + 1].Has(TokenTraits.Capitalized))
                {
                    start = k--;
                    while (k >= floor && Tokens[k].Kind == TokenKind.Word && !Tokens[k].Has(TokenTraits.Capitalized) && NounLike(k) && k >= start - 2)
                    {
                        start = k--;
                    }
                }

                break;
            }

            // "sources close to the talks", "people close to the matter": who is near what they told of.
            if (Is(k, "to") && start < endToken && k - 2 >= floor && Is(k - 1, "close") && NounLike(k - 2))
            {
                start = k - 1;
                k -= 2;
                continue;
            }

            // "a report to councillors"
            if (Is(k, "to") && start < endToken && k - 1 >= floor && Has(k - 1, Cls.DataHead))
            {
                start = k--;
                continue;
            }

            if (Has(k, Cls.Preposition))
            {
                if (start == endToken || k - 1 < floor || !NounLike(k - 1))
                {
                    break;
                }

                start = k--;
                continue;
            }

            if (Is(k, "and"))
            {
                // "the Ministry of Energy and Mines", "Centers for Disease Control and Prevention"
                if (start < endToken && Tokens[start].Has(TokenTraits.Capitalized) && k - 1 >= floor
                    && (Tokens[k - 1].Has(TokenTraits.Capitalized) || Tokens[k - 1].Has(TokenTraits.CloseBracket)))
                {
                    start = k--;
                    continue;
                }

                // "residents and medics said": two plain plural nouns naming who told it.
                if (start + 1 == endToken && k - 1 >= floor && PluralNoun(start) && PluralNoun(k - 1)
                    && (k - 2 < _sentenceFirst || Tokens[k - 2].Kind == TokenKind.Punctuation || Has(k - 2, Cls.Determiner)))
                {
                    start = k - 1;
                    k -= 2;
                }

                break;
            }

            // "Board papers published ahead of Thursday's meeting", "Documents provided by a whistleblower to Der Spiegel": a
            // participle of reporting between the document and its phrase of route or agent (session 37, claims37b, b25).
            if (Guarded(k, Guard.SourceParticiple) && start < endToken && (RouteWord(start) || Is(start, "ahead"))
                && k - 1 >= floor && NounLike(k - 1))
            {
                start = k--;
                continue;
            }

            // "by a whistleblower to Der Spiegel": the outlet a document was handed to, after its agent.
            if (Is(k, "to") && start < endToken && k - 1 >= floor && NounLike(k - 1) && ParticipleWithin(k, floor))
            {
                start = k--;
                continue;
            }

            if (!NounLike(k))
            {
                break;
            }

            start = k--;
        }

        while (start < endToken && (Has(start, Cls.Preposition) || Is(start, "and")))
        {
            start++;
        }

        return start;
    }

    /// <summary>The first token of a plain noun phrase ending right before the "and" at <paramref name="and"/> and opening
    /// right after a comma ("…, the UN refugee agency and …", "…, rights groups and …"): a first source named together with
    /// the one after "and" (session 33, claims33b, b21); -1 if there is none. Bounded look.</summary>
    private int CoordinatedBefore(int and, int floor)
    {
        int limit = Math.Max(floor, and - 7);
        int j = and - 1;
        while (j >= limit && Tokens[j].Kind == TokenKind.Word && !Is(j, "and") && !Has(j, Cls.Reporting | Cls.Breaker | Cls.Preposition)
            && (Has(j, Cls.Determiner) ? j == and - 1 || !Has(j + 1, Cls.Determiner) : NounLike(j)))
        {
            j--;
        }

        int left = j + 1;
        return left < and && j >= floor && j > _sentenceFirst && Is(j, ",")
            && (Has(left, Cls.Determiner) && left + 1 < and || Tokens[left].Has(TokenTraits.Capitalized) || PluralNoun(and - 1))
            ? left : -1;
    }

    /// <summary>Whether token <paramref name="k"/> can stand in a source phrase: a noun, adjective or name, or a
    /// participle followed by "by"/"in" ("compiled by", "published in") after a noun.</summary>
    private bool NounLike(int k)
    {
        Token t = Tokens[k];
        if (t.Kind == TokenKind.Word && Has(k, Cls.DataHead | Cls.ForecastNoun) && k + 1 < Tokens.Length
            && Has(k + 1, Cls.Reporting | Cls.Put | Cls.Preposition) && !Has(k, Cls.Determiner))
        {
            return true; // "Eurostat's flash estimate showed", "Estimates by the Syrian Observatory … put"
        }

        // "the Global Carbon Project", "Reuters Says": a capitalised word inside a sentence is a name, whatever it spells.
        bool name = t.Has(TokenTraits.Capitalized) && k > _sentenceFirst && Tokens[k - 1].Has(TokenTraits.Capitalized) && Has(k, Cls.Reporting);
        if (t.Kind != TokenKind.Word || Has(k, Cls.Determiner | Cls.Preposition | Cls.Breaker) || Has(k, Cls.Reporting) && !name || Is(k, "to") || Is(k, "and") || Is(k, "or"))
        {
            return false;
        }

        ReadOnlySpan<char> w = Word(k);
        bool participle = !t.Has(TokenTraits.Capitalized) && w.Length > 4 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !Has(k, Cls.NotVerb);
        // "the Met Office", "Rose Gottemoeller": a capitalised verb before another capitalised word is a name's first word.
        bool nameFirst = t.Has(TokenTraits.Capitalized) && k + 1 < Tokens.Length && Tokens[k + 1].Kind == TokenKind.Word
            && Tokens[k + 1].Has(TokenTraits.Capitalized) && !Has(k + 1, Cls.Reporting);
        if ((participle || Has(k, Cls.ChangeVerb) || (Has(k, Cls.Verb) && !Has(k, Cls.NotVerb))) && !nameFirst)
        {
            // "compiled by", "published in", "released on Monday" after a noun; "(closely) watched employment report",
            // "revised figures" before one.
            return participle && k + 1 < Tokens.Length
                && ((Is(k + 1, "by") || Is(k + 1, "in") || Is(k + 1, "on") || Is(k + 1, "under")) && k > _sentenceFirst && !Has(k - 1, Cls.Breaker) && Tokens[k - 1].Kind == TokenKind.Word
                    || (k == _sentenceFirst || Has(k - 1, Cls.Determiner) || IsPossessiveMark(k - 1)
                        || Word(k - 1).EndsWith("ly", StringComparison.OrdinalIgnoreCase)) && PrenominalNoun(k + 1));
        }

        return true;
    }

    /// <summary>A plain noun after a modifier: "employment" in "closely watched employment report".</summary>
    private bool PrenominalNoun(int k) =>
        k < Tokens.Length && Tokens[k].Kind == TokenKind.Word && !Has(k, Cls.Determiner | Cls.Preposition | Cls.Breaker | Cls.Reporting | Cls.ChangeVerb | Cls.Verb)
        && !Word(k).EndsWith("ed", StringComparison.OrdinalIgnoreCase);

    /// <summary>The token just past the source phrase that starts at <paramref name="x"/>: the phrase up to the next
    /// comma or clause word, with a bracketed acronym ("the Organisation for Economic Co-operation and Development
    /// (OECD)") and an appositive between commas ("Maria Santos, a spokeswoman for the civil defence agency").</summary>
    private int SourcePhraseAfter(int x, int end, ReadOnlySpan<(int First, int Last)> at)
    {
        int xEnd = ClauseEnd(x, end);
        if (xEnd == x)
        {
            return x;
        }

        // "Africa: The Big Deal, a database that tracks …": a title whose colon is glued to a short capitalised name.
        if (xEnd + 1 < end && xEnd - x <= 3 && Is(xEnd, ":") && !Tokens[xEnd].Has(TokenTraits.SpaceBefore) && Tokens[xEnd + 1].Has(TokenTraits.Capitalized)
            && Capitalised(x, xEnd - 1))
        {
            xEnd = ClauseEnd(xEnd + 1, end);
        }

        xEnd = WithAcronym(xEnd, end);

        // ", a spokeswoman for the civil defence agency"
        if (xEnd + 1 < end && Is(xEnd, ",") && AppositiveStart(xEnd + 1))
        {
            int aEnd = ClauseEnd(xEnd + 1, end);

            // "…, said Juan Pablo Rojas, who grows avocados near Uruapan." — a relative clause only where the sentence ends.
            if ((Is(xEnd + 1, "who") || Is(xEnd + 1, "which")) && !Tokens[xEnd + 1].Has(TokenTraits.AllCaps) // not "WHO's regional director"
                && !(aEnd + 1 >= end || Tokens[aEnd].Has(TokenTraits.Terminal)))
            {
                return xEnd;
            }

            if (aEnd > xEnd + 1 && aEnd - xEnd <= 14 && !ContainsClaimedQuantity(xEnd + 1, aEnd - 1, at))
            {
                // "…, chief economist of the Canada Mortgage and Housing Corporation (CMHC)": the body's acronym as well.
                xEnd = WithAcronym(aEnd, end);
            }
        }

        return xEnd;
    }

    /// <summary>Whether every token in [<paramref name="from"/>, <paramref name="last"/>] is a capitalised word.</summary>
    private bool Capitalised(int from, int last)
    {
        for (int j = from; j <= last; j++)
        {
            if (Tokens[j].Kind != TokenKind.Word || !Tokens[j].Has(TokenTraits.Capitalized))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether an appositive holds a quantity it states, not one naming who it is: "a report by five UN agencies"
    /// (a number word before a name or a body) is part of the source.</summary>
    private bool ContainsClaimedQuantity(int from, int last, ReadOnlySpan<(int First, int Last)> at)
    {
        foreach ((int f, int l) in at)
        {
            if (f <= last && l >= from
                && !(f == l && l + 1 <= last && Tokens[f].Kind == TokenKind.Word && f - 1 >= from && Is(f - 1, "by")
                    && (Tokens[l + 1].Has(TokenTraits.AllCaps) || Has(l + 1, Cls.AgentHead) || Tokens[l + 1].Has(TokenTraits.Capitalized))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word that joins a document's participle to the outlet or agent after it: a [Preposition] or "to"
    /// ("passed to", "shared with", "seen by").</summary>
    private bool RouteWord(int k) => Has(k, Cls.Preposition) || Is(k, "to");

    /// <summary>Whether a [SourceParticiple] ("obtained", "passed", "provided") sits within six words before
    /// <paramref name="k"/> in a source phrase: the phrase then goes on across the route words after it.</summary>
    private bool ParticipleWithin(int k, int floor)
    {
        for (int j = k - 1; j >= floor && j >= k - 6; j--)
        {
            if (Guarded(j, Guard.SourceParticiple))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The end of a source phrase without the time phrase it runs into: "the finance minister on Tuesday".</summary>
    private int WithoutTimePhrase(int x, int xEnd)
    {
        for (int j = x + 1; j < xEnd; j++)
        {
            if ((Is(j, "today") || Is(j, "yesterday")) && !Tokens[j].Has(TokenTraits.Capitalized) // not "India Today"
                || (Is(j, "on") || Is(j, "in") || Is(j, "at") || Is(j, "last") || Is(j, "this") || Is(j, "earlier")) && j + 1 < xEnd && Has(j + 1, Cls.TimeWord))
            {
                // "a note from Goldman Sachs published on Sunday": a participle with no agent keeps its time.
                if (j - 1 > x && Guarded(j - 1, Guard.SourceParticiple) && (j + 1 >= xEnd || !Has(j + 1, Cls.Determiner)))
                {
                    return xEnd;
                }

                return AgentAfterTime(j, xEnd) ? xEnd : j;
            }
        }

        return xEnd;
    }

    /// <summary>"figures released on Tuesday by the Census Bureau": the time phrase at <paramref name="j"/> sits between
    /// a participle and its agent, so the phrase goes on past it.</summary>
    private bool AgentAfterTime(int j, int xEnd)
    {
        int k = j + 1;
        while (k < xEnd && k <= j + 4 && (Has(k, Cls.TimeWord) || Tokens[k].Kind == TokenKind.Number || Is(k, "the")))
        {
            k++;
        }

        return k + 1 < xEnd && Is(k, "by") && j - 1 > _sentenceFirst && Word(j - 1).EndsWith("ed", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The token just past the clause that starts at <paramref name="k"/>: the next comma, semicolon, colon, dash or terminal.</summary>
    private int ClauseEnd(int k, int end)
    {
        int limit = Math.Min(end, k + 24);
        for (; k < limit; k++)
        {
            Token t = Tokens[k];
            if (t.Kind == TokenKind.Punctuation && !t.Has(TokenTraits.Quote) && !Is(k, "’") && !(Is(k, "-") && !t.Has(TokenTraits.SpaceBefore))
                && !WebDot(k, end))
            {
                return k;
            }

            if (Is(k, "while") || Is(k, "but") || Is(k, "whereas") || Is(k, "and") && k + 1 < end && Tokens[k + 1].Kind == TokenKind.Word && ReportingAhead(k + 1, end))
            {
                return k;
            }
        }

        return k;
    }

    /// <summary>The dot of a web name ("PowerOutage.us", "Booking.com"): glued to a word on both sides, a lowercase one after.</summary>
    private bool WebDot(int k, int end) =>
        Is(k, ".") && !Tokens[k].Has(TokenTraits.SpaceBefore) && k + 1 < end && k > _sentenceFirst && Tokens[k - 1].Kind == TokenKind.Word
        && Tokens[k + 1].Kind == TokenKind.Word && !Tokens[k + 1].Has(TokenTraits.SpaceBefore) && !Tokens[k + 1].Has(TokenTraits.Capitalized);

    private bool ReportingAhead(int k, int end)
    {
        for (int j = k; j < end && j < k + 4; j++)
        {
            if (Has(j, Cls.Reporting))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A lowercase plural noun ("residents", "medics", "witnesses").</summary>
    private bool PluralNoun(int k) =>
        Tokens[k].Kind == TokenKind.Word && !Tokens[k].Has(TokenTraits.Capitalized) && Word(k).Length > 3
        && Word(k).EndsWith("s", StringComparison.OrdinalIgnoreCase) && NounLike(k) && !Has(k, Cls.Reporting | Cls.Verb | Cls.ChangeVerb | Cls.TimeWord);
}
