using Tidings.Text;
using Cls = Tidings.Claims.ClaimWords.Cls;
using Guard = Tidings.Claims.ClaimGuards.Guard;

namespace Tidings.Claims;

/// <summary>
/// The gapping room: a conjunct that states only its subject and its number, the verb said once in the first clause
/// ("Exports rose 5.2% in October and imports 3.1%", "Germany grew 0.2%, France 0.1%", "Shell's profit fell to $6.3
/// billion and BP's to $2.8 billion", "Home prices rose 3.4% in the North West, 2.9% in Yorkshire").
/// </summary>
/// <remarks>
/// The grammar, read from B backwards: the verb's own preposition ("to", "at", "by"; [GapPreposition]), a comma after
/// the subject ("the Hang Seng, 2.3%"), the gapped subject — a short noun phrase with no verb of its own — and a joiner
/// ("and", "but", "while", a comma or semicolon; [GapJoiner]). Between A and the joiner only A's own tail (its noun,
/// place and time phrases); after B no verb of its own ("while 55% disapprove" is a clause). A number-only conjunct
/// counts as gapped where the same place preposition follows both numbers ([PlacePreposition]). The conjunct copies the
/// first clause's relation: after a move it is a move of its own (a change claim inheriting the verb's direction);
/// after a level the levels of the subjects are compared in one claim. Every look is bounded by a few tokens.
/// </remarks>
internal sealed partial class ClaimBuilder
{
    /// <summary>The most words a gapped subject holds ("the index excluding energy", "Seoul's Kospi").</summary>
    private const int MaxGappedSubject = 5;

    /// <summary>The most tokens of A's own tail between A and the joiner ("vehicles in the US in the quarter").</summary>
    private const int MaxGappedTail = 9;

    /// <summary>Set by the sentence loop: the quantity <see cref="Group"/> is asked about opens a gapped conjunct of a
    /// move, so it is a move too ("and imports 3.1%").</summary>
    private bool _gappedMove;

    /// <summary>Set by <see cref="Group"/>: the last quantity of a list of moves shared out over their subjects ("rose 9%,
    /// 11% and 6% respectively") or periods ("rose 9% in 2022, 12% in 2023 and 7% last year"), each a move of its own;
    /// -1 when none is open.</summary>
    private int _respectivelyLast = -1;

    /// <summary>Whether quantity B (<paramref name="firstOfB"/>..<paramref name="lastOfB"/>) opens a conjunct that shares
    /// the verb of the clause A (ending at <paramref name="lastOfA"/>) stands in.</summary>
    /// <remarks>When A is a move whose verb B would share (<paramref name="move"/>), a B with its own copula ("; in
    /// France, the deficit is 5.8%") shares none.</remarks>
    private bool GappedConjunct(int lastOfA, int firstOfB, int lastOfB, int end, bool move = false) =>
        GappedConjunct(lastOfA, firstOfB, lastOfB, end, move, out _);

    /// <summary><see cref="GappedConjunct(int, int, int, int, bool)"/>, saying whether B's conjunct opened with a place
    /// phrase parallel to one of A's (<see cref="ParallelPlaceConjunct"/>), so the caller need not read it again.</summary>
    private bool GappedConjunct(int lastOfA, int firstOfB, int lastOfB, int end, bool move, out bool parallelPlace)
    {
        parallelPlace = false;
        int k = firstOfB - 1;
        if (k <= lastOfA || Between(lastOfA, firstOfB) > MaxGappedSubject + MaxGappedTail + 6)
        {
            return false;
        }

        if (ParallelPlaceConjunct(lastOfA, firstOfB, lastOfB, end, move))
        {
            parallelPlace = true;
            return true;
        }

        if (Between(lastOfA, firstOfB) > MaxGappedSubject + MaxGappedTail + 4)
        {
            return false;
        }

        bool preposition = Guarded(k, Guard.GapPreposition);
        if (preposition)
        {
            k--;
        }

        bool comma = k > lastOfA && Is(k, ",") && !preposition;
        if (comma)
        {
            k--;
        }
        else if (!preposition && k > lastOfA && Guarded(k, Guard.Restrictive))
        {
            k--; // "but corn only 1%"
        }

        int words = 0;
        while (k > lastOfA && words <= MaxGappedSubject && SubjectWord(k, lastOfA, firstOfB))
        {
            k--;
            words++;
        }

        if (k <= lastOfA || words > MaxGappedSubject || words == 0 && !preposition)
        {
            return !preposition && ParallelPlace(lastOfA, firstOfB, lastOfB, end);
        }

        // Not a link or a clause of its own: ", or 1.9%", ", from 906,000", ", adding about £99", ", at a depth of 10 km".
        if (words > 0 && (Has(k + 1, Cls.Preposition) || Has(k + words, Cls.Preposition | Cls.Determiner)
            || !preposition && IngWithin(k + 1, k + words)))
        {
            return false;
        }

        // The joiner: "and", ", and", "; and", "but", "while", "," or ";".
        int joiner = k;
        if (Guarded(joiner, Guard.GapJoiner))
        {
            if (joiner - 1 > lastOfA && (Is(joiner - 1, ",") || Is(joiner - 1, ";")))
            {
                joiner--;
            }
        }
        else if (!(Is(joiner, ",") || Is(joiner, ";")) || words == 0)
        {
            return false;
        }

        return TailOfA(lastOfA, joiner) && !VerbAfter(lastOfB, end);
    }

    /// <summary>"In Lisbon, average rents rose 9%; in Porto, 7%", "In Sweden, the policy rate is 2.25%; in Norway, 4.5%",
    /// "In France, 31% of adults have a degree; in Germany, the share is 27%", "The homicide rate in Mexico is about 24 …;
    /// in Chile it is about 4.5", "In Spain, unemployment fell to 11%, and in Italy to 6%": B's conjunct opens with a place
    /// phrase (a [PlacePreposition] and a capitalised name, not a month) in parallel with one in A's clause, then at most
    /// the verb's preposition or a short restated subject and its copula ("the share is", "it is").</summary>
    /// <remarks>A restated subject names A's measure: a pronoun, a [GenericMeasure] noun ("the share", "the figure") or
    /// a noun of A's own clause ("the jobless rate is 4.1%; in Ohio, the rate is"), not another measure ("in Ohio, the
    /// sales tax is 5.75%", "in Italy, the turnout was 27%"); and when A is a move (<paramref name="move"/>), B with its
    /// own copula does not share A's verb.</remarks>
    /// <remarks>Asked only by <see cref="GappedConjunct(int, int, int, int, bool, out bool)"/>, which has bounded the
    /// bridge.</remarks>
    private bool ParallelPlaceConjunct(int lastOfA, int firstOfB, int lastOfB, int end, bool move)
    {
        int k = firstOfB - 1;
        if (Guarded(k, Guard.GapPreposition))
        {
            k--; // "and in Italy to 6%"
        }
        else if (Guarded(k, Guard.Auxiliary))
        {
            // "the share is", "it is": a restated subject and its copula.
            k--;
            int words = 0;
            while (k > lastOfA && words < 3 && Tokens[k].Kind == TokenKind.Word && !Tokens[k].Has(TokenTraits.Capitalized)
                && !Has(k, Cls.Verb | Cls.ChangeVerb | Cls.Reporting) && !Guarded(k, Guard.PlacePreposition))
            {
                k--;
                words++;
            }

            int head = firstOfB - 2;
            if (words == 0 || move || !(Guarded(head, Guard.SubjectPronoun | Guard.GenericMeasure) || SameWordIn(head, _sentenceFirst, k)))
            {
                return false;
            }
        }

        if (k > lastOfA && Is(k, ","))
        {
            k--;
        }

        int name = 0;
        while (k > lastOfA && name < 3 && Tokens[k].Kind == TokenKind.Word && Tokens[k].Has(TokenTraits.Capitalized))
        {
            k--;
            name++;
        }

        if (name == 0 || k <= lastOfA + 1 || !Guarded(k, Guard.PlacePreposition) || IsMonth(k + 1))
        {
            return false;
        }

        // The joiner before the place phrase: "; in", ", and in", "; and in".
        int p = k;
        k--;
        if (Guarded(k, Guard.GapJoiner) && k - 1 > lastOfA)
        {
            k--;
        }

        if (!(Is(k, ";") || Is(k, ",")) || VerbAfter(lastOfB, end))
        {
            return false;
        }

        // The same preposition before a capitalised name in A's clause ("In Lisbon,", "The homicide rate in Mexico is").
        for (int j = lastOfA - 1; j >= _sentenceFirst && j >= lastOfA - MaxBridge; j--)
        {
            if (Is(j, ";"))
            {
                return false;
            }

            if (Word(j).Equals(Word(p), StringComparison.OrdinalIgnoreCase) && Tokens[j + 1].Kind == TokenKind.Word
                && Tokens[j + 1].Has(TokenTraits.Capitalized) && !IsMonth(j + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"A decade ago, 41% of teenagers said they read for pleasure; today the figure is 23%", "In 2013 the average
    /// home cost 5.1 times average earnings; last year it was 8.3 times": A's clause opens with a time phrase, and after
    /// one semicolon B's opens with another, then restates A's measure (a pronoun or a [GenericMeasure] noun) and its
    /// copula right before B. The measure at two times is one change.</summary>
    private bool ParallelTimeRestated(int lastOfA, int firstOfB)
    {
        if (Between(lastOfA, firstOfB) > MaxBridge)
        {
            return false;
        }

        int semicolon = -1;
        for (int k = lastOfA + 1; k < firstOfB; k++)
        {
            if (Is(k, ";"))
            {
                if (semicolon >= 0)
                {
                    return false;
                }

                semicolon = k;
            }
        }

        // B's side: the time phrase (one to three words), the restated measure ("the figure", "it") and its copula.
        if (semicolon < 0 || firstOfB - semicolon > 7 || !Guarded(firstOfB - 1, Guard.Auxiliary)
            || !Guarded(firstOfB - 2, Guard.SubjectPronoun | Guard.GenericMeasure) || !TimeOpener(semicolon + 1))
        {
            return false;
        }

        // A's side: the sentence opens with a time phrase ("In 2013", "Last year"), or its first few words before a comma
        // hold "ago" or a year ("A decade ago,", "Just five years ago,", "Back in 2013,").
        if (lastOfA - _sentenceFirst <= 1)
        {
            return false;
        }

        if (TimeOpener(_sentenceFirst))
        {
            return true;
        }

        for (int k = _sentenceFirst; k < lastOfA && k < _sentenceFirst + MaxTimeOpener && !Is(k, ","); k++)
        {
            if (Is(k, "ago") || Year(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One measure before and after a change, or in two places, across one semicolon (session 37, claims37b, b25):
    /// "Before the hardship fund opened, 41% of tenants were behind on rent; a year later the figure was 29%", "Before the
    /// lane was built, counters logged about 900 cyclists a day; now they log about 2,600" (a change: A's clause holds
    /// "before" or opens with a time, B's holds a word of later time) and "In the north-east, four in 10 pubs have closed;
    /// in London the figure is one in four" (a comparison: B's clause opens with a place). B's clause restates the measure
    /// ("the figure was", "it was") or repeats the verb with a pronoun ("they log", "it recorded") right before B. Returns
    /// the relation, or <see cref="ClaimRelation.Single"/> when the two are no sequel.</summary>
    private ClaimRelation SemicolonSequel(int lastOfA, int firstOfB)
    {
        if (Between(lastOfA, firstOfB) > MaxBridge + 4 || firstOfB - 2 <= lastOfA)
        {
            return ClaimRelation.Single;
        }

        int semicolon = -1;
        for (int k = lastOfA + 1; k < firstOfB; k++)
        {
            if (Is(k, ";"))
            {
                if (semicolon >= 0)
                {
                    return ClaimRelation.Single;
                }

                semicolon = k;
            }
        }

        bool restated = Guarded(firstOfB - 1, Guard.Auxiliary) && Guarded(firstOfB - 2, Guard.SubjectPronoun | Guard.GenericMeasure);
        bool pronounVerb = Guarded(firstOfB - 2, Guard.SubjectPronoun) && Tokens[firstOfB - 1].Kind == TokenKind.Word
            && !Tokens[firstOfB - 1].Has(TokenTraits.Capitalized) && !Has(firstOfB - 1, Cls.Determiner | Cls.Preposition | Cls.Reporting);
        if (semicolon < 0 || firstOfB - semicolon > 10 || !(restated || pronounVerb))
        {
            return ClaimRelation.Single;
        }

        // B's side: a word of later time ("a year later", "now", "in the five years after"), or a place ("in London").
        bool later = TimeOpener(semicolon + 1);
        for (int k = semicolon + 1; k < firstOfB - 2 && !later; k++)
        {
            later = SequelTimeWords.Contains(Word(k));
        }

        if (!later)
        {
            return restated && Guarded(semicolon + 1, Guard.PlacePreposition) && Tokens[semicolon + 2].Has(TokenTraits.Capitalized)
                ? ClaimRelation.Comparison : ClaimRelation.Single;
        }

        // A's side: "before" in its clause, or a time opening the sentence; read back from A over its own clause only (at
        // most MaxBridge + 8 tokens, to the semicolon or colon before it), so a long list of sequels stays linear.
        if (TimeOpener(_sentenceFirst))
        {
            return ClaimRelation.Change;
        }

        for (int k = lastOfA - 1; k >= _sentenceFirst && k >= lastOfA - MaxBridge - 8 && !Is(k, ";") && !Is(k, ":"); k--)
        {
            if (Is(k, "before") || Is(k, "ago") || k < _sentenceFirst + MaxTimeOpener && Year(k))
            {
                return ClaimRelation.Change;
            }
        }

        return ClaimRelation.Single;
    }

    /// <summary>Words of a later time in the clause after a semicolon (claim-guards [sequel-time-words]: "later", "now").</summary>
    private static readonly AsciiWordTable<bool> SequelTimeWords = ClaimGuards.Set("sequel-time-words");

    /// <summary>The most tokens read from a sentence's start for the "ago" or year of its time phrase ("A few years ago").</summary>
    private const int MaxTimeOpener = 4;

    /// <summary>Whether a time phrase opens at <paramref name="k"/>: a [TimeOpener] ("today", "now"), a [PastPeriod] or
    /// [PresentPeriod] word before a word of time ("last year", "this spring"; not a bare "This group"), a preposition and a
    /// year ("in 2024"), or a year.</summary>
    private bool TimeOpener(int k) =>
        Guarded(k, Guard.TimeOpener) || Guarded(k, Guard.PastPeriod | Guard.PresentPeriod) && k + 1 < _tokenCount && Has(k + 1, Cls.TimeWord)
        || Guarded(k, Guard.PlacePreposition) && k + 1 < _tokenCount && Year(k + 1) || Year(k);

    /// <summary>Whether the word at <paramref name="k"/> also stands (ignoring case) in <paramref name="from"/> up to (not
    /// including) <paramref name="to"/>.</summary>
    private bool SameWordIn(int k, int from, int to)
    {
        for (int j = from; j < to; j++)
        {
            if (Tokens[j].Kind == TokenKind.Word && Word(j).Equals(Word(k), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"3.4% in the North West, 2.9% in Yorkshire": both numbers followed by the same place preposition, only A's
    /// place between them and a joiner ("," / "and" / ", and").</summary>
    private bool ParallelPlace(int lastOfA, int firstOfB, int lastOfB, int end)
    {
        int p = lastOfA + 1;
        if (lastOfB + 1 >= end || !Guarded(p, Guard.PlacePreposition) || !Word(p).Equals(Word(lastOfB + 1), StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        int j = firstOfB - 1;
        if (Is(j, "and"))
        {
            j--;
        }

        if (j > p && Is(j, ","))
        {
            j--;
        }

        if (j == firstOfB - 1 || j <= p || j - p > MaxGappedTail)
        {
            return false;
        }

        for (int i = p + 1; i <= j; i++)
        {
            if (!(Tokens[i].Kind == TokenKind.Word || IsPossessiveMark(i)) || Has(i, Cls.Verb | Cls.ChangeVerb | Cls.Reporting) || Has(i, Cls.Breaker) && !Is(i, "and"))
            {
                return false;
            }
        }

        return !VerbAfter(lastOfB, end);
    }

    /// <summary>Whether token <paramref name="k"/> can stand in a gapped subject: a word or possessive mark with no verb,
    /// clause word or report in it ("imports", "the second", "Italy's", "those for remortgaging", "from Japan").</summary>
    private bool SubjectWord(int k, int lastOfA, int firstOfB)
    {
        Token t = Tokens[k];
        if (IsPossessiveMark(k))
        {
            return k - 1 > lastOfA && Tokens[k - 1].Kind == TokenKind.Word;
        }

        if (t.Kind != TokenKind.Word || Has(k, Cls.Breaker | Cls.Verb | Cls.ChangeVerb | Cls.Reporting | Cls.Comparative | Cls.Outdo | Cls.Wiping | Cls.Carry | Cls.ShareMove)
            || Guarded(k, Guard.StateVerb) || IsLinkWord(k) || Is(k + 1, "by") && k + 2 < firstOfB) // "led by the big four banks": a passive's agent
        {
            return false;
        }

        return !Participle(k);
    }

    /// <summary>Whether the tokens after A up to <paramref name="joiner"/> are A's own tail: its noun and its place and
    /// time phrases, no verb, clause or punctuation.</summary>
    private bool TailOfA(int lastOfA, int joiner)
    {
        if (joiner - lastOfA - 1 > MaxGappedTail)
        {
            return false;
        }

        for (int j = lastOfA + 1; j < joiner; j++)
        {
            Token t = Tokens[j];
            if (t.Kind == TokenKind.Number || IsPossessiveMark(j))
            {
                continue;
            }

            if (t.Kind != TokenKind.Word || Has(j, Cls.Breaker | Cls.Verb | Cls.ChangeVerb | Cls.Reporting) && !Is(j, "and"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a verb of B's own follows it in its clause ("and 12 were injured", "while 55% disapprove").</summary>
    private bool VerbAfter(int lastOfB, int end)
    {
        for (int j = lastOfB + 1; j < end && j <= lastOfB + 4; j++)
        {
            if (Tokens[j].Kind == TokenKind.Punctuation || Has(j, Cls.Breaker) && !Guarded(j, Guard.Auxiliary))
            {
                return false; // "… in Wales but rose to 4.9%": the next clause's verb is not B's
            }

            if (Has(j, Cls.Verb | Cls.ChangeVerb | Cls.Reporting) || Guarded(j, Guard.Auxiliary | Guard.StateVerb) || Participle(j))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last of the levels that the level at <paramref name="q"/> and its gapped conjuncts state for their
    /// subjects ("Toyota sold 214,000 vehicles …, Honda 132,000 and Nissan 98,000"; "Spain's jobless rate stood at 11.2%,
    /// Greece's at 9.4% and Italy's at 6.1%"), or <paramref name="q"/> when none follows.</summary>
    private int GappedLevels(ReadOnlySpan<Numbers.Quantity> qs, ReadOnlySpan<(int First, int Last)> at, int q, int end)
    {
        int last = q;
        while (CanJoin(at, last, last + 1) && SameMeasure(qs[last], qs[last + 1])
            && GappedConjunct(at[last].Last, at[last + 1].First, at[last + 1].Last, end, move: false, out bool parallelPlace)
            && (parallelPlace || NamedSubjectBefore(at[last].Last, at[last + 1].First) || ParallelPlace(at[last].Last, at[last + 1].First, at[last + 1].Last, end))
            && !(TimeAfter(at[last].Last, end) && TimeAfter(at[last + 1].Last, end)))
        {
            last++;
        }

        return last;
    }

    /// <summary>Whether the words just before B name a subject of their own — a name, a possessive, a determiner or a
    /// plural noun ("Honda", "Greece's at", "her challenger", "bitcoin funds") — or B repeats the verb's preposition
    /// ("and at 49.8"); not a verb the word lists do not know ("…, broke $2,000").</summary>
    private bool NamedSubjectBefore(int lastOfA, int firstOfB)
    {
        for (int k = firstOfB - 1; k > lastOfA && k >= firstOfB - MaxGappedSubject - 2; k--)
        {
            if (Guarded(k, Guard.GapPreposition) && k == firstOfB - 1)
            {
                return true;
            }

            if (Is(k, ",") || Guarded(k, Guard.GapJoiner))
            {
                return false;
            }

            ReadOnlySpan<char> w = Word(k);
            if (Tokens[k].Has(TokenTraits.Capitalized) || IsPossessiveMark(k) || Has(k, Cls.Determiner)
                || w.Length > 3 && w.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !w.EndsWith("ss", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word in -ing stands in [<paramref name="from"/>, <paramref name="last"/>]: ", having shed", ",
    /// releasing about": a participle clause, no gapped subject.</summary>
    private bool IngWithin(int from, int last)
    {
        for (int k = from; k <= last; k++)
        {
            if (Word(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a verb of movement stands before the quantity starting at <paramref name="first"/> in its clause
    /// ("fell to", "lost", "retreated by an average of"): only a verb is said once for a gapped conjunct ("revenue
    /// €8.9bn, up 6%; EBIT margin 11.2%" lists levels).</summary>
    private bool MoveVerbBefore(int first)
    {
        for (int k = first - 1; k >= _sentenceFirst && k >= first - Window - 2; k--)
        {
            if (Tokens[k].Kind == TokenKind.Punctuation && !IsPossessiveMark(k))
            {
                return false;
            }

            if (Has(k, Cls.ChangeVerb | Cls.ShareMove | Cls.Revise))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of the previous claim's <paramref name="previous"/> quantities is of <paramref name="b"/>'s kind of
    /// unit: a gapped conjunct restates the measure ("rose 5.2% … and imports 3.1%").</summary>
    private static bool SameKindIn(ReadOnlySpan<Numbers.Quantity> previous, Numbers.Quantity b)
    {
        foreach (Numbers.Quantity a in previous)
        {
            if (a.Unit.Kind == b.Unit.Kind)
            {
                return true;
            }
        }

        return false;
    }
}
