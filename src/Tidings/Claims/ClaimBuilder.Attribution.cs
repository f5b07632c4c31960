using Tidings.Numbers;
using Tidings.Text;
using Cls = Tidings.Claims.ClaimWords.Cls;
using Guard = Tidings.Claims.ClaimGuards.Guard;
using LateGuard = Tidings.Claims.ClaimGuards.LateGuard;

namespace Tidings.Claims;

/// <summary>The attribution room: who asserts the claims of a sentence.</summary>
internal sealed partial class ClaimBuilder
{
    /// <summary>Widens the start of a source phrase ending before a reporting verb to take in a person: one whose name
    /// the phrase cut ("… Michael Lopez said" where the phrase began inside the name), or one named before an
    /// appositive ("Michael Lopez, a police spokesman, said").</summary>
    private int WithPerson(int npFirst, int first)
    {
        // Persons are in text order and do not overlap: binary search for the first that ends at npFirst - 2 or later.
        int lo = 0, hi = _persons.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (_persons[mid].Last < npFirst - 2)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (int i = lo; i < _persons.Length && _persons[i].First < npFirst; i++)
        {
            (int pf, int pl) = _persons[i];
            if (pf < npFirst && pl >= npFirst)
            {
                return Math.Max(pf, first);
            }

            // Only a name that opens its clause: not "ahead of Typhoon Kristine, the Office of Civil Defense estimated".
            if (pl == npFirst - 2 && pf >= first && Is(npFirst - 1, ",") && (Is(npFirst, "a") || Is(npFirst, "an") || Is(npFirst, "the"))
                && (pf == first || Tokens[pf - 1].Kind == TokenKind.Punctuation))
            {
                return pf;
            }
        }

        return npFirst;
    }

    /// <summary>Finds the sources of one sentence and the tokens each covers.</summary>
    /// <remarks>
    /// A source is a noun phrase attached to an attribution: after "according to", "citing", "in line with"; before a
    /// verb of speech, estimate, expectation or evidence ("the ministry said", "Economists expect", "figures from the
    /// ministry showed", "police put the crowd at"); after such a verb that follows a comma ("…, said Maria Santos, a
    /// spokeswoman"). The phrase is read by <see cref="SourcePhraseBefore"/> and <see cref="SourcePhraseAfter"/>: whole
    /// organisation names with their "of"/"for"/"and" ("the Bureau of Labor Statistics"), a bracketed acronym
    /// ("(Destatis)"), data with where it comes from ("Data from the Federal Aviation Administration"), and an
    /// appositive between commas ("Daniel Okafor, a police spokesman").
    /// </remarks>
    private List<SourceSpan> FindSources(int first, int end, ReadOnlySpan<(int First, int Last)> at)
    {
        List<SourceSpan> sources = _sources;
        sources.Clear();
        ReadOnlySpan<Token> tokens = _doc.Tokens; // read once for the per-token test; a step is still counted per token
        long scanned = 0;
        if (TranscriptSpeaker(first, end, out int speakerColon) is int speaker && speaker >= 0)
        {
            sources.Add(new SourceSpan(speaker, speakerColon - 1, speakerColon + 1, end)); // "Amy Chen, Chief Financial Officer: …"
        }
        else if (Is(first + 1 < end ? first + 1 : first, ":") || first + 2 < end && Is(first + 2, ":") || first + 3 < end && Is(first + 3, ":")
            || first + 4 < end && Is(first + 4, ":") && IsPossessiveMark(first + 2) // "The ministry's figures:"
            || AcronymColon(first, end) > first)
        {
            HeadlineSource(first, end, sources);
        }

        // The sentence's first ";" and the first one after the token read (a cursor that only moves forward).
        int firstSemicolon = SemicolonIn(first, end);
        int nextSemicolon = firstSemicolon;
        scanned += end - first;
        for (int k = first; k < end && sources.Count < MaxSources; k++)
        {
            // Most words open no attribution: the words passed over by the letter table are counted as steps, and the
            // candidate it stops at gets one cached look-up.
            int next = ClaimWords.NextOpener(tokens, _text, k, end);
            scanned += next - k;
            if (next >= end)
            {
                break;
            }

            k = next;
            scanned++;
            if (!Has(k, ClaimWords.SourceOpeners))
            {
                continue;
            }

            // "according to X", "in line with X", "citing X", "quoting X"
            // "said, without citing its sources, that": a lead denied names no source.
            int lead = Has(k, Cls.Lead | Cls.MeasureLead) && !(k > first && Is(k - 1, "without")) ? AttributionLead(k, end) : 0;
            if (lead > 0)
            {
                int x = k + lead;
                int xEnd = WithoutTimePhrase(x, SourcePhraseAfter(x, end, at)); // "according to data released by the ministry on Tuesday"
                if (xEnd > x && RelayedSubject(k, xEnd, first, end, at, sources, out int relayVerb)) // "Local media, citing police, said"
                {
                    k = relayVerb;
                    continue;
                }

                xEnd = WithRelayClause(xEnd, end, at); // "a report by Nikkei, which cited unnamed executives,"
                bool atStart = k == first || (k == first + 1 && Tokens[first].Kind == TokenKind.Word);
                xEnd = xEnd > x ? WithCoordinatedLead(xEnd, end, atStart, at) : xEnd; // "according to X, chief economist at Y, and the Commission"
                if (xEnd > x && !(lead == 3 && Consensus(x, xEnd))) // "in line with estimates": the consensus met, no one's report
                {
                    sources.Add(atStart ? new SourceSpan(x, xEnd - 1, xEnd, end) : new SourceSpan(x, xEnd - 1, first, k));
                    k = xEnd - 1;
                }

                continue;
            }

            // "Employers added 61,000 jobs": "added" before a number moves it, it does not report it.
            // "India added a record 24.5 gigawatts" as well.
            bool reporting = Has(k, Cls.Reporting) && !NounUse(k, end) && !NameWord(k, first)
                && !EnactedObject(k, end) // "The chancellor announced a 5p cut": an act
                && !(k + 1 < end && Is(k + 1, "up") && !(k + 2 < end && Is(k + 2, "to"))) // "gave up early gains", not "says up to 120 millimetres"
                && !(Has(k, Cls.ShareMove) && (QuantityStartsAt(k + 1, at)
                    || k + 2 < end && (Is(k + 1, "a") || Is(k + 1, "an")) && (QuantityStartsAt(k + 2, at) || QuantityStartsAt(k + 3, at))));
            // "posted on Truth Social that …", "testified before the committee that …", "was quoted by Interfax as saying":
            // a verb of publishing reports only with its venue and the clause it carries.
            if (Is(k, "saying") && SayingSubject(k, first, end, at) is >= 0 and int verbOfSubject)
            {
                // "Officials corrected the toll to 31 from 38, saying …": the subject of the clause the participle hangs from
                // reports the sentence; after a denial ("The port authority refuted claims that 40% …, saying the figure was
                // under 2%") only what follows it.
                sources.Add(new SourceSpan(first, verbOfSubject - 1, k + 1, end, Forward: Guarded(verbOfSubject, Guard.Denial)));
                continue;
            }

            if (!reporting && ActiveQuotedAs(k, first, end, at, sources, out int saying)) // "State television quoted the ministry as saying"
            {
                k = saying;
                continue;
            }

            bool channel = !reporting && Has(k, Cls.Channel) && ChannelVenue(k, first, end);
            reporting |= channel;
            bool evidence = Has(k, Cls.Evidence);
            // "The court heard that Jones had 37 previous convictions": a hearing body's "heard that" reports what follows.
            bool tally = !reporting && Has(k, Cls.Tally) && (Is(k, "ruled") || Is(k, "heard") ? ClosesAt(k, first, end) || Is(k, "heard") && k + 1 < end && Is(k + 1, "that") : QuantityAfter(k, at));
            reporting |= tally;
            bool put = !reporting && PutAt(k, end, at);
            int revisedNoun = reporting || put ? -1 : RevisedNoun(k, end);
            // "The death toll was later corrected to 14 by the regional authorities": a restating verb's passive, whose
            // agent is looked for below.
            bool restated = Guarded(k, Guard.Restate);
            int aux = k - 2 > first && Has(k - 1, Cls.SourceAdverb) ? k - 2 : k - 1;
            bool passive = aux > first && (Is(aux, "was") || Is(aux, "were") || Is(aux, "been") || Is(aux, "is") || Is(aux, "are"));
            bool restatedPassive = !reporting && !put && revisedNoun < 0 && restated && passive;
            if (!reporting && !put && revisedNoun < 0 && !restatedPassive)
            {
                // "the union, which claims 40,000 members" is handled with the reporting verbs below.
                continue;
            }

            // "…, said Michael Lopez, a police spokesman." / "…, said the Bureau of Economic Analysis."
            if (reporting && k > first && Tokens[k - 1].Kind == TokenKind.Punctuation && k + 1 < end && !Is(k, "told") // "…, told lawmakers": an audience
                && (Tokens[k + 1].Has(TokenTraits.Capitalized) || k + 2 < end && Is(k + 1, "the") && Tokens[k + 2].Has(TokenTraits.Capitalized)
                    || k + 2 < end && (Is(k + 1, "a") || Is(k + 1, "an") || Is(k + 1, "the")) && Has(k + 2, Cls.AgentHead) // "…, said a spokesman for …"
                    || BareAgentToEnd(k + 1, end))) // "death toll rises to 228, says interior ministry"
            {
                int xEnd = SourcePhraseAfter(k + 1, end, at);
                if (xEnd > k + 1 && xEnd - (k + 1) <= 24 && !ContainsQuantity(k + 1, xEnd - 1, at))
                {
                    sources.Add(new SourceSpan(k + 1, xEnd - 1, first, k));
                    k = xEnd - 1;
                    continue;
                }
            }

            // "A relief package of 2.5 billion shillings was announced by the Ministry of Agriculture": the passive's agent.
            // "The cost was estimated at £3.1 billion a year by the Institute for Fiscal Studies": the agent after the figure.
            // "The toll … was later corrected to 14 by the regional authorities": an adverb of time may stand after the auxiliary.
            int by = (reporting && !channel || Has(k, Cls.Put) || restated) && passive ? PassiveBy(k, end, restated) : -1;
            if (by > k)
            {
                int xEnd = PassiveAgentEnd(by + 1, SourcePhraseAfter(by + 1, end, at), at);
                if (xEnd > by + 1 && !ContainsQuantity(by + 1, xEnd - 1, at))
                {
                    // the agent's clause: what the passive puts before the agent and after it ("is projected by the
                    // industry association to reach 7 million units").
                    sources.Add(new SourceSpan(by + 1, xEnd - 1, first, ClauseEnd(k + 1, end)));
                    k = xEnd - 1;
                }

                continue;
            }

            if (restatedPassive)
            {
                continue; // "The toll was corrected to 14": a restated figure with no agent names no source
            }

            // "X said …" before the clause, or "…, X said." after it: X is the noun phrase just before the verb
            // (and its auxiliary: "Economists had forecast 220,000"; a time adverb: "Nordvolt Systems today reported", "Police
            // earlier said").
            int verb = k - 1 > first && (Is(k - 1, "had") || Is(k - 1, "have") || Is(k - 1, "has") || channel && QuotedAs(k)) ? k - 1 : k;
            if (verb - 1 > first && Has(verb - 1, Cls.SourceAdverb) && Tokens[verb - 2].Kind == TokenKind.Word
                && !Tokens[verb - 1].Has(TokenTraits.Capitalized)) // not "an exit poll for India Today projected"
            {
                verb--;
            }
            int npFirst = SourcePhraseBefore(verb, first, out bool appositive);

            // "…, previously reported as 1.1%", "(previously reported €6.21bn)": an adverb of time alone names no one.
            if (npFirst == verb - 1 && Has(npFirst, Cls.SourceAdverb) && !Tokens[npFirst].Has(TokenTraits.Capitalized))
            {
                continue;
            }

            bool pronoun = npFirst == verb && reporting && !tally && PronounSubject(verb - 1, verb, k, first, at); // "…, it said.", "She added that"
            npFirst = pronoun ? verb - 1 : npFirst;
            if (npFirst < verb && _persons.Length > 0 && !appositive && !pronoun)
            {
                npFirst = WithPerson(npFirst, first);
            }

            // "…, as markets had expected": an outcome set against what was expected, not a report of it.
            if (npFirst < verb && npFirst - 2 >= first && Is(npFirst - 1, "as") && Is(npFirst - 2, ",") && Expectation(k))
            {
                continue;
            }

            // "better than Wall Street had expected", "a larger margin than most forecasters had projected": the holder of
            // the expectation a result is measured against, no one's report of it.
            if (npFirst < verb && ExpectationHolder(npFirst, verb, k, first))
            {
                continue;
            }

            // "One of the protesters said": the one is part of the source, not a count.
            int one = npFirst - 2 >= first && Is(npFirst - 1, "of") ? npFirst - 2 : npFirst;
            if (npFirst < verb && one + 1 < verb && Is(one, "one") && Is(one + 1, "of") && ContainsQuantity(one, one, at))
            {
                sources.Add(new SourceSpan(one, verb - 1, k + 1, end));
                continue;
            }

            // "…, two people familiar with the matter said.": a small count of the people who report belongs to the source.
            int count = npFirst < verb && QuantityStartsAt(npFirst, at) ? npFirst : npFirst - 1;
            if (count > first && count + 1 < verb && Tokens[count].Kind == TokenKind.Word && QuantityStartsAt(count, at) && Tokens[count - 1].Kind == TokenKind.Punctuation
                && (Guarded(count + 1, Guard.CountedReporter) || Has(count + 1, Cls.AgentHead)) && !ContainsQuantity(count + 1, verb - 1, at))
            {
                sources.Add(new SourceSpan(count, appositive ? verb - 2 : verb - 1, first, count));
                continue;
            }

            // "Two US officials said Israel had struck about 20 targets": the same count opening the sentence.
            if (count == first && CountedReporters(count, appositive ? verb - 2 : verb - 1, at))
            {
                sources.Add(new SourceSpan(count, appositive ? verb - 2 : verb - 1, k + 1, end));
                continue;
            }

            if (npFirst < verb && (!ContainsQuantity(npFirst, verb - 1, at) || appositive && PostModifiedAt(npFirst, verb, at) || SampleOnly(npFirst, verb - 1, at))
                && !(npFirst > first && ContainsQuantity(npFirst - 1, npFirst - 1, at)) // "40% of the 1,800 households surveyed said"
                && !(npFirst - 2 >= first && Is(npFirst - 1, "of") && ContainsQuantity(npFirst - 2, npFirst - 2, at)) // "47% of likely voters said"
                && (!evidence || pronoun || SourceLike(npFirst, verb - 1)) && (!tally || Body(npFirst, verb - 1)))
            {
                bool trailing = npFirst > first && Tokens[npFirst - 1].Kind == TokenKind.Punctuation && !Is(npFirst - 1, ";") // "…; the ministry says there are none"
                    && (ClauseEnd(k + 1, end) == k + 1 || !QuantityAfter(k, at));
                int npLast = appositive ? verb - 2 : verb - 1; // "Daniel Okafor, a police spokesman" without the comma before "said"
                // "…, and officials said the project would cover 44 km": the source opens a clause of its own.
                // "Shares fell 9% after the chipmaker forecast revenue of $6.1 billion": a source inside a clause of time or
                // cause covers nothing before it either.
                // "Organisers put the turnout at 250,000; police estimated 80,000": a source opening the clause after a
                // semicolon covers nothing before it. One before a semicolon keeps covering the clauses after it ("Police
                // said 12 people were killed; 40 others were wounded"; a later source's own clause is cut off below), unless
                // the next clause restates or corrects the figure ("An earlier version … said 40 staff had been suspended;
                // the correct figure is 14": [CorrectionCue]).
                bool coordinated = !trailing && (npFirst - 2 > first && (Is(npFirst - 1, "and") || Is(npFirst - 1, "but")) && Is(npFirst - 2, ",")
                    || SubordinateOpener(npFirst, first) || firstSemicolon >= 0 && firstSemicolon < npFirst);
                while (nextSemicolon >= 0 && nextSemicolon <= k)
                {
                    nextSemicolon = SemicolonIn(nextSemicolon + 1, end); // each ";" is passed once per sentence
                }

                int semicolon = trailing || nextSemicolon < 0 || !CorrectionAfter(nextSemicolon, end) ? -1 : nextSemicolon;
                // "Since the government said in March it would cut the subsidy by half, applications have fallen 38%": a
                // source in a clause of time or cause opening the sentence covers that clause only.
                bool opening = !trailing && npFirst - 1 == first && Guarded(first, Guard.SubordinateOpener);
                // "The company, its chairman said, expects revenue to grow about 5%": a source set between commas before any
                // figure covers the clause it interrupts.
                bool parenthetical = trailing && k + 1 < end && Is(k + 1, ",") && QuantityAfter(k, at) && !ContainsQuantity(first, npFirst - 1, at);
                sources.Add(trailing ? new SourceSpan(npFirst, npLast, first, parenthetical ? end : npFirst)
                    : new SourceSpan(npFirst, npLast, k + 1, opening ? ClauseEnd(k + 1, end) : semicolon >= 0 ? semicolon : end, coordinated,
                        opening || semicolon >= 0));
                if ((reporting ? RevisedNoun(k, end) : revisedNoun) is >= 0 and int revised)
                {
                    k = revised; // past "its growth forecast", so "forecast" is not read as a verb of its own
                }

                continue;
            }

            // "the union, which claims 40,000 members": the phrase before ", which".
            if (k - 2 >= first && (Is(k - 1, "which") || Is(k - 1, "who")) && Is(k - 2, ","))
            {
                int np = WithSourceEndingAt(SourcePhraseBefore(k - 2, first, out _), k - 3, sources); // "…, said X, chief economist at Y, who added"
                if (np < k - 2 && !ContainsQuantity(np, k - 3, at))
                {
                    sources.Add(new SourceSpan(np, k - 3, k + 1, ClauseEnd(k + 1, end)));
                }
            }
        }

        Steps += scanned;
        if (sources.Count == 0)
        {
            TailDashSource(first, end, sources, at); // "Reserves at record $682 billion - central bank"
        }

        DropEchoingPronouns(sources, first);
        if (sources.Count == 0)
        {
            PostModifiedSubject(first, end, sources, at); // "A draft of the communique seen by Reuters commits …"
        }

        if (_organizations.Length > 0)
        {
            for (int i = 0; i < sources.Count; i++)
            {
                sources[i] = WithOrganization(sources[i], first, end, at);
            }
        }

        sources.Sort((a, b) => a.First.CompareTo(b.First));

        // A source named before its clause covers what follows it up to the next source; so does one set inside its clause
        // ("The company, its chairman said, expects … 5% this year, but analysts forecast 3%") when the next source opens a
        // clause of its own after it.
        for (int i = 0; i + 1 < sources.Count; i++)
        {
            SourceSpan s = sources[i];
            SourceSpan following = sources[i + 1];
            if ((s.ScopeFirst > s.Last || s.ScopeFirst < s.First && following.First > s.Last && following.ScopeFirst > following.Last)
                && s.ScopeEnd > following.First)
            {
                sources[i] = s with { ScopeEnd = sources[i + 1].First };
            }
        }

        // "Yemen has reported 176,000 cases since January, according to WHO figures, up from 94,000": a later "according
        // to" names what the whole clause rests on, its own reporter included, so it is the clause's one source.
        for (int i = 0; i + 1 < sources.Count; i++)
        {
            SourceSpan s = sources[i];
            SourceSpan next = sources[i + 1];
            if (s.ScopeFirst > s.Last && next.ScopeFirst == first && next.ScopeEnd > s.ScopeFirst && next.ScopeEnd < next.First
                && Is(next.ScopeEnd, "according"))
            {
                sources.RemoveAt(i--);
            }
        }

        // "Bangladesh has reported 71,500 dengue cases this year, …, the DGHS said.", "Traders now see a 68% chance …, CME
        // Group's FedWatch tool showed.": a reporter that closes the sentence frames all of it, the subject's own report
        // or expectation included, so it is the sentence's one source.
        for (int i = 0; i + 1 < sources.Count; i++)
        {
            SourceSpan s = sources[i];
            SourceSpan next = sources[i + 1];
            if (s.ScopeFirst > s.Last && next.ScopeFirst == first && next.ScopeEnd == next.First && s.Last < next.First
                && (ClosesSentence(next.Last + 1, end) || BridgesOn(next.Last + 1, end)))
            {
                sources.RemoveAt(i--);
            }
        }

        HolderSources(first, end, sources, at); // "the regulator's figure of 2,400": first in the list, over its own figure only
        return sources;
    }

    /// <summary>A capitalised reporting word inside a name: "Project" in "the Global Carbon Project projected".</summary>
    private bool NameWord(int k, int first) =>
        k > first && Tokens[k].Has(TokenTraits.Capitalized) && Tokens[k - 1].Kind == TokenKind.Word && Tokens[k - 1].Has(TokenTraits.Capitalized)
        && !Is(k, "says") && !Is(k, "said") && !Is(k, "say");

    /// <summary>"…, the court ruled.": a ruling that closes the sentence attributes what the sentence states ("The Supreme
    /// Court ruled 6-3 that …" is the court acting, its subject no source).</summary>
    private bool ClosesAt(int k, int first, int end) =>
        k - 2 > first && (k + 1 >= end || Tokens[k + 1].Has(TokenTraits.Terminal));

    /// <summary>A verb of expectation: "expected", "forecast", "predicted".</summary>
    private bool Expectation(int k) =>
        Is(k, "expected") || Is(k, "forecast") || Is(k, "predicted") || Is(k, "anticipated") || Is(k, "projected") || Is(k, "estimated");

    /// <summary>"estimates", "forecasts", "expectations", "the consensus" alone after "in line with": what was expected, no
    /// one's report ("in line with the records of the electoral commission" names one).</summary>
    private bool Consensus(int x, int xEnd)
    {
        int k = x < xEnd && Is(x, "the") ? x + 1 : x;
        return k == xEnd - 1 && (Has(k, Cls.ForecastNoun) || Is(k, "expectations") || Is(k, "consensus") || Is(k, "predictions"));
    }

    /// <summary>"…, the ministry said." / "…, Network Rail figures showed on Tuesday.": the reporting verb at
    /// <paramref name="k"/> (after an appositive's comma) ends the sentence, with at most a time phrase after it.</summary>
    private bool ClosesSentence(int k, int end)
    {
        if (k < end && Is(k, ","))
        {
            k++;
        }

        if (k >= end || !Has(k, Cls.Reporting))
        {
            return false;
        }

        // "…, sources familiar with the instruction told the newspaper.": the audience told closes it as well.
        if (Is(k, "told") && k + 1 < end && (Is(k + 1, "the") || Tokens[k + 1].Has(TokenTraits.Capitalized) || Is(k + 1, "reporters")))
        {
            int audience = Is(k + 1, "the") ? k + 2 : k + 1;
            while (audience < end && audience <= k + 4 && Tokens[audience].Kind == TokenKind.Word && !Has(audience, Cls.Breaker | Cls.Preposition | Cls.Determiner))
            {
                audience++;
            }

            k = audience - 1;
        }

        int limit = Math.Min(end, k + 4);
        for (k++; k < limit && Tokens[k].Kind == TokenKind.Word && (Has(k, Cls.TimeWord) || Is(k, "on") || Is(k, "late") || Is(k, "early")); k++)
        {
        }

        return k >= end || Tokens[k].Has(TokenTraits.Terminal);
    }

    /// <summary>"…, the Treasurer said, compared with A$15.8 billion the year before.": the reporting verb at
    /// <paramref name="k"/> sits inside the clause it frames, which goes on after a comma with the value it is set against.</summary>
    private bool BridgesOn(int k, int end)
    {
        if (k < end && Is(k, ","))
        {
            k++;
        }

        if (k + 2 >= end || !Has(k, Cls.Reporting) || !Is(k + 1, ","))
        {
            return false;
        }

        k += 2;
        return Is(k, "compared") || Is(k, "versus") || Is(k, "against") || Is(k, "from") || Is(k, "up") || Is(k, "down")
            || Is(k, "as") && k + 1 < end && Is(k + 1, "opposed");
    }

    /// <summary>Widens a source to the whole organization the recognizer found where the phrase cut it ("Labor
    /// Statistics" → "the Bureau of Labor Statistics"), with its "the", within the sentence and its scope, and never
    /// over a quantity.</summary>
    private SourceSpan WithOrganization(SourceSpan s, int first, int end, ReadOnlySpan<(int First, int Last)> at)
    {
        // Organizations are in text order and do not overlap: binary search for the first that ends at s.First or later.
        int lo = 0, hi = _organizations.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (_organizations[mid].Last < s.First)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        int newFirst = s.First, newLast = s.Last;
        for (int i = lo; i < _organizations.Length && _organizations[i].First <= s.Last; i++)
        {
            newFirst = Math.Min(newFirst, _organizations[i].First);
            newLast = Math.Max(newLast, _organizations[i].Last);
        }

        if (newFirst < s.First && newFirst - 1 >= first && Is(newFirst - 1, "the"))
        {
            newFirst--;
        }

        bool scopeBefore = s.ScopeEnd <= s.First;
        bool scopeAfter = s.ScopeFirst > s.Last;
        if ((newFirst == s.First && newLast == s.Last) || newFirst < first || newLast >= end
            || (scopeAfter && newLast >= s.ScopeFirst) || ContainsQuantity(newFirst, newLast, at))
        {
            return s;
        }

        return new SourceSpan(newFirst, newLast, s.ScopeFirst, scopeBefore ? Math.Min(s.ScopeEnd, newFirst) : s.ScopeEnd);
    }

    /// <summary>A reporting word used as a noun: "jobless claims declined", "The forecast is", "a report".</summary>
    private bool NounUse(int k, int end)
    {
        // "the forecast", "Eurostat's estimate"; "below estimates", "than forecast".
        // A capitalised comparative is part of a name: "the Department for Levelling Up said".
        if (k > _sentenceFirst && (Has(k - 1, Cls.Determiner) || Has(k - 1, Cls.Comparative) && !Tokens[k - 1].Has(TokenTraits.Capitalized)
            || IsPossessiveMark(k - 1) || IsLinkWord(k - 1)))
        {
            return true;
        }

        // "The garden bridge project spent £53 million", "Estimates put the toll at 400": a noun of a project, claim or cost
        // ([DataNoun]), or a forecast or data word opening the sentence, right before a verb that asserts a figure is that
        // verb's subject. A plural subject takes no verb in "-s" ("The Fed projects cuts of 75 basis points": a verb and its
        // object); a forecast word after its own subject is a verb ("Economists forecast cuts", "The company estimates lost
        // sales").
        if (k + 1 < end && Has(k + 1, Cls.Verb) && !Guarded(k + 1, Guard.Auxiliary) && !Guarded(k + 1, Guard.DataNoun)
            && (Guarded(k, Guard.DataNoun) || k == _sentenceFirst && Has(k, Cls.ForecastNoun | Cls.DataHead))
            && !(EndsWithS(k) && EndsWithS(k + 1)))
        {
            return true;
        }

        // "…, HMRC estimates show.", "ONS projections suggest": a plural data word right after a name, before a verb of
        // showing without "-s" (a plural subject's verb), is the noun the name's data are called.
        if (k + 1 < end && k > _sentenceFirst && Has(k, Cls.DataHead) && EndsWithS(k) && Has(k + 1, Cls.Reporting) && !EndsWithS(k + 1)
            && !Word(k + 1).EndsWith("ed", StringComparison.OrdinalIgnoreCase) && Tokens[k - 1].Kind == TokenKind.Word && Tokens[k - 1].Has(TokenTraits.Capitalized))
        {
            return true;
        }

        // "from a previously reported 142,000", "an officially estimated 3,000": a participle between a determiner and its
        // adverb and what it describes.
        if (k - 2 >= _sentenceFirst && Has(k - 2, Cls.Determiner) && !Is(k - 2, "that") && Tokens[k - 1].Kind == TokenKind.Word
            && (Has(k - 1, Cls.SourceAdverb) || !Tokens[k - 1].Has(TokenTraits.Capitalized) && Word(k - 1).EndsWith("ly", StringComparison.OrdinalIgnoreCase)
                && !Guarded(k - 1, Guard.LyNoun) && k + 1 < end && Tokens[k + 1].Kind == TokenKind.Number)) // not "the family reported" ([LyNoun])
        {
            return true;
        }

        // "its growth forecast", "their cash rate target": a forecast word after a possessive pronoun and its modifiers is a
        // noun ("its economists forecast" keeps the verb: an agent is who forecasts).
        if (Has(k, Cls.ForecastNoun))
        {
            for (int j = k - 1; j >= _sentenceFirst && j >= k - 3; j--)
            {
                if (Is(j, "its") || Is(j, "their") || Is(j, "his") || Is(j, "her") || Is(j, "our"))
                {
                    return j < k - 1;
                }

                if (Tokens[j].Kind != TokenKind.Word || Tokens[j].Has(TokenTraits.Capitalized) || Has(j, Cls.AgentHead | Cls.Breaker | Cls.Preposition | Cls.Determiner))
                {
                    break;
                }
            }
        }

        // "a consensus estimate of 3.2%", "Initial claims for state unemployment benefits": a noun with its complement;
        // "a flash estimate from Eurostat showed": a data noun with where it comes from.
        if (k + 1 < end && (Has(k, Cls.DataHead | Cls.ForecastNoun) || Is(k, "claims")) && (Is(k + 1, "of") || Is(k + 1, "for") || Is(k + 1, "from")))
        {
            return true;
        }

        // "missed delivery estimates": the object of a verb before it.
        if (k - 2 >= _sentenceFirst && (Has(k, Cls.DataHead | Cls.ForecastNoun) || Is(k, "claims")) && Tokens[k - 1].Kind == TokenKind.Word && !Tokens[k - 1].Has(TokenTraits.Capitalized)
            && Tokens[k - 2].Kind == TokenKind.Word && !Tokens[k - 2].Has(TokenTraits.Capitalized) && Word(k - 2).Length > 4
            && Word(k - 2).EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !Has(k - 2, Cls.NotVerb) && !Has(k - 1, Cls.Preposition))
        {
            return true;
        }

        // "matching forecasts", "beating estimates": the object of a verb in -ing right before it.
        if (Has(k, Cls.DataHead | Cls.ForecastNoun) && k - 1 >= _sentenceFirst && !Tokens[k - 1].Has(TokenTraits.Capitalized)
            && (Is(k - 1, "matching") || Is(k - 1, "beating") || Is(k - 1, "missing") || Is(k - 1, "topping") || Is(k - 1, "exceeding")
                || Is(k - 1, "meeting") || Is(k - 1, "defying") || Is(k - 1, "confounding") || Is(k - 1, "lagging")))
        {
            return true;
        }

        // "beat quarterly profit estimates", "met analysts' forecasts": the object of "beat"/"met"/"topped" after its modifiers.
        if (Has(k, Cls.DataHead | Cls.ForecastNoun))
        {
            for (int j = k - 1; j >= _sentenceFirst && j >= k - 4; j--)
            {
                if (Tokens[j].Kind != TokenKind.Word && !IsPossessiveMark(j) || Tokens[j].Has(TokenTraits.Capitalized) || Has(j, Cls.Preposition | Cls.Breaker))
                {
                    break;
                }

                if (j < k - 1 && (Is(j, "beat") || Is(j, "beats") || Is(j, "met") || Is(j, "meet") || Is(j, "meets") || Is(j, "topped") || Is(j, "tops")
                    || Is(j, "missed") || Is(j, "misses") || Is(j, "exceeded") || Is(j, "surpassed") || Is(j, "trailed")))
                {
                    return true;
                }
            }
        }

        if (k + 1 >= end || Tokens[k + 1].Kind != TokenKind.Word)
        {
            return false;
        }

        if (Has(k + 1, Cls.ChangeVerb) || Is(k + 1, "is") || Is(k + 1, "was") || Is(k + 1, "were") || Is(k + 1, "are") || Is(k + 1, "had") || Is(k + 1, "have"))
        {
            return true;
        }

        ReadOnlySpan<char> w = Word(k + 1);
        return !Tokens[k + 1].Has(TokenTraits.Capitalized) && w.Length > 4 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
            && !Has(k + 1, Cls.NotVerb);
    }

    /// <summary>"police put the crowd at 45,000", "organizers put the figure at 50,000".</summary>
    private bool PutAt(int k, int end, ReadOnlySpan<(int First, int Last)> at)
    {
        if (!Has(k, Cls.Put))
        {
            return false;
        }

        // "put the number of people in need of aid at 25 million": the object can be long.
        for (int j = k + 1; j < end && j <= k + 12; j++)
        {
            if (Tokens[j].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if ((Is(j, "at") || Is(j, "on")) && j + 1 < end && ContainsQuantity(j + 1, Math.Min(end - 1, j + 2), at))
            {
                return true;
            }
        }

        return false;
    }

    private static bool QuantityStartsAt(int k, ReadOnlySpan<(int First, int Last)> at)
    {
        foreach ((int f, int _) in at)
        {
            if (f == k)
            {
                return true;
            }
        }

        return false;
    }

    private static bool QuantityAfter(int k, ReadOnlySpan<(int First, int Last)> at)
    {
        foreach ((int f, int _) in at)
        {
            if (f > k)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a phrase before a verb of evidence names who or what asserts: data ("Hospital admission data"),
    /// people or bodies ("Local officials"), or a name ("The Bank for International Settlements") — not "The vaccine".</summary>
    private bool SourceLike(int firstToken, int lastToken)
    {
        for (int j = firstToken; j <= lastToken; j++)
        {
            if (Has(j, Cls.DataHead | Cls.AgentHead) || Tokens[j].Has(TokenTraits.AllCaps)
                || (Tokens[j].Has(TokenTraits.Capitalized) && j > _sentenceFirst && !Has(j, Cls.Determiner)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a phrase names a body that counts: "The agency", "the interior ministry", "The Met Office" (a head
    /// noun of <see cref="Cls.AgentHead"/> last), not "Ford's Cologne plant" or "Brazil".</summary>
    private bool Body(int firstToken, int lastToken) =>
        lastToken >= firstToken && Has(lastToken, Cls.AgentHead) && !Tokens[lastToken].Has(TokenTraits.AllCaps);

    private int AttributionLead(int k, int end)
    {
        if (Is(k, "according") && k + 1 < end && Is(k + 1, "to"))
        {
            return 2;
        }

        // "Capacity utilisation, as measured by the central bank's survey, slipped": the measure's source ("as calculated by
        // the Financial Times" as well: any [MeasureLead] verb).
        if (Has(k, Cls.MeasureLead) && k > _sentenceFirst && Is(k - 1, "as") && k + 2 < end && Is(k + 1, "by"))
        {
            return 2;
        }

        // "Brent crude rose 2.1% to $74.10 a barrel, per Bloomberg.", ", per LSEG data": "per" after a comma, before a name.
        // Not a rule or part of a document ("per Article 3 of the treaty", "per Section 12", "per FIFA rules"; [RuleUnit]).
        if (Is(k, "per") && k > _sentenceFirst && Is(k - 1, ",") && k + 1 < end && Tokens[k + 1].Has(TokenTraits.Capitalized)
            && !ClaimGuards.Is(Word(k + 1), LateGuard.RuleUnit)
            && !(k + 2 < end && Tokens[k + 2].Kind == TokenKind.Word && ClaimGuards.Is(Word(k + 2), LateGuard.RuleUnit)))
        {
            return 1;
        }

        if ((Is(k, "citing") || Is(k, "quoting")) && k + 1 < end)
        {
            return 1;
        }

        if (Is(k, "in") && k + 2 < end && Is(k + 1, "line") && Is(k + 2, "with"))
        {
            return 3;
        }

        // "was steady at 31% in the latest Infratest dimap survey", "51 to 49 in new Ipsos poll": a named poll that closes
        // the sentence.
        return Is(k, "in") && NamedPollToEnd(k + 1, end) ? 1 : 0;
    }

    private static bool ContainsQuantity(int firstToken, int lastToken, ReadOnlySpan<(int First, int Last)> at)
    {
        foreach ((int f, int l) in at)
        {
            if (f <= lastToken && l >= firstToken)
            {
                return true;
            }
        }

        return false;
    }

    private static bool InsideSource(int token, List<SourceSpan> sources)
    {
        foreach (SourceSpan s in sources)
        {
            if (token >= s.First && token <= s.Last)
            {
                return true;
            }
        }

        return false;
    }

    private static SourceSpan? SourceFor(int token, List<SourceSpan> sources) =>
        ScopeOf(token, sources) is SourceSpan s && Math.Max(s.First - token, token - s.Last) <= MaxSourceDistance ? s : null;

    private static SourceSpan? ScopeOf(int token, List<SourceSpan> sources)
    {
        if (sources.Count == 0)
        {
            return null;
        }

        if (sources.Count == 1)
        {
            SourceSpan only = sources[0];
            return only.Coordinated && token < only.First || only.Bounded && token >= only.ScopeEnd || only.Forward && token < only.ScopeFirst
                ? null : only;
        }

        foreach (SourceSpan s in sources)
        {
            if (token >= s.ScopeFirst && token < s.ScopeEnd)
            {
                return s;
            }
        }

        return null;
    }

    /// <summary>"…, says interior ministry": up to three lowercase words closing the sentence (a headline's source without
    /// its article), the last naming a body.</summary>
    private bool BareAgentToEnd(int k, int end)
    {
        int last = end - 1;
        while (last > k && Tokens[last].Kind == TokenKind.Punctuation)
        {
            last--;
        }

        if (last - k > 2 || !Has(last, Cls.AgentHead))
        {
            return false;
        }

        for (int j = k; j <= last; j++)
        {
            if (Tokens[j].Kind != TokenKind.Word || Tokens[j].Has(TokenTraits.Capitalized) || Has(j, Cls.Breaker | Cls.Determiner | Cls.Preposition))
            {
                return false;
            }
        }

        return true;
    }

}
