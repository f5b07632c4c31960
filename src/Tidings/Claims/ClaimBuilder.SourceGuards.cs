using Tidings.Text;
using Cls = Tidings.Claims.ClaimWords.Cls;
using Guard = Tidings.Claims.ClaimGuards.Guard;

namespace Tidings.Claims;

/// <summary>
/// Guards of the source finder: reporting verbs whose subject is no source of the sentence's figures ("than analysts had
/// expected"), sources confined to a subordinate clause ("after the chipmaker forecast …"), and a count of reporters
/// opening a sentence ("Two US officials said"); and the tests that let a phrase be a source: a forecaster revising its own
/// forecast, a study's sample inside its name, a semicolon closing a source's clause. Their word lists are data:
/// Claims/Data/claim-guards.txt.
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

    /// <summary>"Reserves at record $682 billion - central bank", "Inflation to fall below 3% by June — minister", "Half of
    /// Britons back a four-day week – poll", "UK economy shrank 0.3% in March: ONS", "Unemployment falls to 4.2% (ONS)",
    /// "Cocoa futures plunge 9% in a day (via Bloomberg)": a headline closed by a spaced dash, a colon or a bracket and the
    /// body, person or data it quotes (a few words, no quantity among them), added as the source of everything before it.
    /// After a dash the words end in an agent noun, a noun of data or reporters ("poll", "filing", "sources") or a name;
    /// after a colon or inside a bracket, in an agent noun, a noun of data or a name the recognizer found (not "(CPI)").</summary>
    private void TailDashSource(int first, int end, List<SourceSpan> sources, ReadOnlySpan<(int First, int Last)> at)
    {
        int last = end - 1;
        if (last > first && Tokens[last].Kind == TokenKind.Punctuation && Tokens[last].Has(TokenTraits.Terminal))
        {
            last--; // a closing full stop
        }

        // "(ONS)", "(via Bloomberg)": a bracketed source closing the headline.
        if (last - 2 > first && Is(last, ")"))
        {
            for (int open = last - 2; open > first && open >= last - 5; open--)
            {
                if (Tokens[open].Kind == TokenKind.Word)
                {
                    continue;
                }

                int from = Is(open + 1, "via") ? open + 2 : open + 1;
                if (Is(open, "(") && from < last && NamedTail(from, last - 1, anyName: false)
                    && !ContainsQuantity(open + 1, last - 1, at) && ContainsQuantity(first, open - 1, at))
                {
                    sources.Add(new SourceSpan(from, last - 1, first, open));
                }

                return;
            }

            return;
        }

        if (last - 2 < first || Tokens[last].Kind != TokenKind.Word)
        {
            return;
        }

        for (int dash = last - 1; dash > first + 1 && dash >= last - 4; dash--)
        {
            if (Tokens[dash].Kind != TokenKind.Word)
            {
                bool spacedDash = (Is(dash, "-") || Is(dash, "—") || Is(dash, "–")) && Tokens[dash].Has(TokenTraits.SpaceBefore);
                if ((spacedDash && NamedTail(dash + 1, last, anyName: true) || Is(dash, ":") && NamedTail(dash + 1, last, anyName: false))
                    && !ContainsQuantity(dash + 1, last, at) && ContainsQuantity(first, dash - 1, at))
                {
                    sources.Add(new SourceSpan(dash + 1, last, first, dash));
                }

                return;
            }
        }
    }

    /// <summary>Whether the words from <paramref name="from"/> to <paramref name="last"/> closing a headline name whom it
    /// quotes: a name the recognizer found, or words ending in an agent noun ("commerce ministry"), a noun of data
    /// ("Reuters poll", "filing", "results") or of reporters ("sources"); with <paramref name="anyName"/>, any capitalized
    /// last word ("- Kremlin").</summary>
    private bool NamedTail(int from, int last, bool anyName) =>
        Has(last, Cls.AgentHead | Cls.DataHead) || Guarded(last, Guard.CountedReporter)
        || anyName && Tokens[last].Has(TokenTraits.Capitalized)
        || Spans(_organizations, from, last) || Spans(_persons, from, last);

    /// <summary>Whether the [Enact] verb at <paramref name="k"/> enacts its object: "a"/"an" and, before the first
    /// preposition, comma or clause word, a noun of an act ([EnactObject]: "The chancellor announced a 5p cut in fuel duty",
    /// "announced a £500 million share buyback"). A result announced ("Tesco announced a 5% rise in like-for-like sales",
    /// "Apple announced a record profit of $36 billion") is reported. Bounded look.</summary>
    private bool EnactedObject(int k, int end)
    {
        if (!Guarded(k, Guard.Enact) || k + 2 >= end || !(Is(k + 1, "a") || Is(k + 1, "an")))
        {
            return false;
        }

        for (int j = k + 2; j < end && j <= k + 8; j++)
        {
            if (Guarded(j, Guard.EnactObject))
            {
                return true;
            }

            if (Is(j, ",") || Tokens[j].Has(TokenTraits.Terminal) || Has(j, Cls.Preposition | Cls.Breaker))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Words before or right after "target" that make it a forecast of a market level (claim-guards
    /// [forecast-target-modifiers]: "price", "year-end", "12-month", "gold", "Brent").</summary>
    private static readonly AsciiWordTable<bool> ForecastTargetModifiers = ClaimGuards.Set("forecast-target-modifiers");

    /// <summary>Subjects whose trade is forecasting (claim-guards [forecaster-subjects]: "analysts", "strategists",
    /// "brokers"): any target they revise is a forecast.</summary>
    private static readonly AsciiWordTable<bool> ForecasterSubjects = ClaimGuards.Set("forecaster-subjects");

    /// <summary>Whether the "target" at <paramref name="j"/>, revised by the verb at <paramref name="k"/> with its
    /// possessive at <paramref name="d"/>, forecasts a level rather than sets one. Decided from the subject and the
    /// target's modifiers, not from word order alone: a forecaster subject ("Goldman Sachs analysts raised their target"); a
    /// market-level modifier anywhere in the noun chain or right after it ("its target price on Apple", "its 12-month gold
    /// target", "its Brent target", "their year-end target"); or a target for or on a named market or stock or a market level
    /// ("target for the S&amp;P 500", "target on Apple", "target for the index"). An actor's own operating target ("its traffic
    /// target for the year", "its target for new homes", "its margin target") is none of these, and keeps its subject and
    /// verb as the claim's frame.</summary>
    private bool ForecastTarget(int k, int d, int j, int end)
    {
        int subject = k - 1 >= _sentenceFirst && Has(k - 1, Cls.SourceAdverb) ? k - 2 : k - 1;
        if (subject >= _sentenceFirst && Tokens[subject].Kind == TokenKind.Word && ForecasterSubjects.Contains(Word(subject)))
        {
            return true;
        }

        for (int m = d + 1; m <= j + 1 && m < end; m++)
        {
            if (m != j && Tokens[m].Kind == TokenKind.Word && ForecastTargetModifiers.Contains(Word(m)))
            {
                return true;
            }
        }

        int f = j + 1;
        if (!(f < end && (Is(f, "for") || Is(f, "on"))))
        {
            return false;
        }

        // "its target for the S&P 500", "its target on Apple", "for the blue-chip index", "for the company's shares", "for
        // aluminium": a target for a named market or stock or a market instrument forecasts it; a target for the year, for new
        // homes or for Christmas sales growth is the actor's own. Decided on the head of the phrase (its last word before
        // "to", a figure or a preposition), not its first word (session 36, mend36c: review 36c F1, F2): a head in
        // [forecast-target-heads], or a capitalised head with no lower-case noun after it ("Brent", "the FTSE 100").
        // The level the target is carried to is read as well (session 38, claims38: review 37c G4): a price or index level
        // forecasts ("Goldman cut its target for copper to $9,000 a tonne"), while an amount of the thing produced is the
        // actor's own plan ("Rio Tinto cut its target for copper to 650,000 tonnes", "for oil to 1.5 million barrels a day").
        int head = ForTargetHead(f + 1, end);
        return head >= 0 && !Has(head, Cls.TimeWord)
            && (ForecastTargetHeads.Contains(Word(head)) || Tokens[head].Has(TokenTraits.Capitalized) && !CalendarNames.Contains(Word(head)))
            && !OutputLevel(head, end);
    }

    /// <summary>Whether the level after the "to" that follows the target's head at <paramref name="head"/> (within a few
    /// words) is an amount produced: a number, its magnitude words, then an [output-units] word ("to 650,000 tonnes", "to 1.5
    /// million barrels"). A figure with a currency sign or any other noun is not. Bounded look.</summary>
    private bool OutputLevel(int head, int end)
    {
        int m = head + 1;
        while (m < end && m <= head + 3 && !Is(m, "to"))
        {
            m++;
        }

        if (m >= end || !Is(m, "to") || m + 1 >= end || Tokens[m + 1].Kind != TokenKind.Number)
        {
            return false;
        }

        for (m += 2; m < end && m <= head + 8; m++)
        {
            if (Tokens[m].Kind == TokenKind.Word && OutputUnits.Contains(Word(m)))
            {
                return true;
            }

            if (Tokens[m].Kind != TokenKind.Number && !(Tokens[m].Kind == TokenKind.Word && Magnitudes.Contains(Word(m))))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Units that count an amount produced or shipped (claim-guards [output-units]: "tonnes", "barrels", "ounces").</summary>
    private static readonly AsciiWordTable<bool> OutputUnits = ClaimGuards.Set("output-units");

    /// <summary>Magnitude words inside a figure (claim-guards [figure-magnitudes]: "million", "bn").</summary>
    private static readonly AsciiWordTable<bool> Magnitudes = ClaimGuards.Set("figure-magnitudes");

    /// <summary>Market and instrument nouns (claim-guards [forecast-target-heads]: "shares", "index", "yield", "pound",
    /// "aluminium"): a revised target for one of them forecasts its level.</summary>
    private static readonly AsciiWordTable<bool> ForecastTargetHeads = ClaimGuards.Set("forecast-target-heads");

    /// <summary>The head of the noun phrase a target is "for"/"on", from <paramref name="f"/>: its last word before "to", a
    /// preposition, a punctuation mark or the phrase's bound (determiners, possessive marks, hyphens and numbers such as the
    /// "500" of "the S&amp;P 500" are no head), or -1.</summary>
    private int ForTargetHead(int f, int end)
    {
        int head = -1;
        for (int m = f; m < end && m <= f + 6; m++)
        {
            if (IsPossessiveMark(m) || Is(m, "-") || Tokens[m].Kind == TokenKind.Number)
            {
                continue;
            }

            if (Tokens[m].Kind != TokenKind.Word || Is(m, "to") || Has(m, Cls.Preposition))
            {
                break;
            }

            if (!Has(m, Cls.Determiner))
            {
                head = m;
            }
        }

        return head;
    }

    /// <summary>The forecast's noun when <paramref name="k"/> is a forecaster revising its forecast ("The Korea Development
    /// Institute cut its growth forecast … to 2.1%", "The statistics agency revised down its estimate …": a particle of
    /// direction may stand before the possessive), or a restating verb ([Restate]) revising a count or figure it keeps ("the
    /// number of injured", "the figure"; not "Ryanair cut the number of flights", an act); -1 when <paramref name="k"/>
    /// revises no forecast, tally or count of its subject's own.</summary>
    private int RevisedNoun(int k, int end)
    {
        if (!Has(k, Cls.Revise) || k + 1 >= end)
        {
            return -1;
        }

        int d = k + 1;
        if (d + 1 < end && Guarded(d, Guard.RevisionParticle))
        {
            d++; // "revised down its estimate"
        }

        // "revised the number of injured down to 86", "corrected the figure to 121": a count the subject keeps is its own too,
        // but only a restating verb revises it; "cut the number of flights", "raised the number of visas" act on the world.
        bool definite = Is(d, "the") && Guarded(k, Guard.Restate);
        if (!(Is(d, "its") || Is(d, "their") || definite))
        {
            return -1;
        }

        if (definite)
        {
            return d + 1 < end && (Is(d + 1, "number") || Guarded(d + 1, Guard.HolderNoun)) ? d + 1 : -1;
        }

        // "cut its full-year sales growth forecast": the forecast's noun a few words on (a hyphenated word is three tokens).
        for (int j = d + 1; j < end && j <= d + 6 && (Tokens[j].Kind is TokenKind.Word or TokenKind.Number || Is(j, "-")); j++)
        {
            if (Guarded(j, Guard.HolderNoun))
            {
                return j; // "revised its tally down to 54"
            }

            // "raised its cash rate target to 4.35%", "trimmed its traffic target for the year", "raised its margin target": a
            // target is set by an actor, not forecast (session 35, claims35: b11 and b21 give such a subject no source); a
            // forecaster's target, a market-level one ("target price", "12-month gold target") or one for something else
            // ("their year-end target for the index") is a forecast (session 35, mend35c: review 35c F1).
            if (Has(j, Cls.ForecastNoun))
            {
                return !(Is(j, "target") || Is(j, "targets")) || ForecastTarget(k, d, j, end) ? j : -1;
            }
        }

        return -1;
    }

    /// <summary>Whether the clause after the ";" at <paramref name="semicolon"/> (up to the next ";") restates or corrects
    /// the figure before it ("; the correct figure is 14"): a [CorrectionCue] word in it.</summary>
    private bool CorrectionAfter(int semicolon, int end)
    {
        for (int j = semicolon + 1; j < end && !Is(j, ";"); j++)
        {
            if (Tokens[j].Kind == TokenKind.Word && Guarded(j, Guard.CorrectionCue))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the word at <paramref name="k"/> ends in "s" ("projects", "costs"): a plural noun or a verb of the
    /// third person, which do not stand together as subject and verb.</summary>
    private bool EndsWithS(int k) =>
        Tokens[k].Kind == TokenKind.Word && Word(k).EndsWith("s", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the quantity whose first token is <paramref name="firstOfQuantity"/> is the sample of a study named
    /// just before it ("the CIPD survey of 2,000 firms"), with the study's noun at or after <paramref name="floor"/>.</summary>
    private bool SampleAt(int firstOfQuantity, int floor) =>
        firstOfQuantity - 2 >= floor && Is(firstOfQuantity - 1, "of") && Guarded(firstOfQuantity - 2, Guard.SampleStudy);

    /// <summary>The first ";" from <paramref name="from"/> up to <paramref name="to"/> (exclusive), or -1.</summary>
    private int SemicolonIn(int from, int to)
    {
        for (int j = from; j < to; j++)
        {
            if (Is(j, ";"))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>Whether every quantity from <paramref name="firstToken"/> to <paramref name="lastToken"/> is the sample of a
    /// study named there ("the CIPD survey of 2,000 firms", "The study of 2,400 adults"), and there is at least one.</summary>
    private bool SampleOnly(int firstToken, int lastToken, ReadOnlySpan<(int First, int Last)> at)
    {
        bool any = false;
        foreach ((int f, int l) in at)
        {
            if (l < firstToken || f > lastToken)
            {
                continue;
            }

            if (l >= lastToken || !SampleAt(f, firstToken))
            {
                return false;
            }

            any = true;
        }

        return any;
    }
}
