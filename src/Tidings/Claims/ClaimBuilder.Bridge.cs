using Tidings.Text;
using Cls = Tidings.Claims.ClaimWords.Cls;
using Guard = Tidings.Claims.ClaimGuards.Guard;

namespace Tidings.Claims;

/// <summary>
/// The bridge room: how the quantity after a stretch of words relates to the one before it.
/// </summary>
/// <remarks>
/// The bridge is read from B backwards: first what belongs to B's noun phrase (a determiner, a possessor: "the country's",
/// "Remain's"), then the link head that says how B relates to A ("to", "from", "up from", "compared with", "as opposed
/// to", "below the", "of", ", or", "including", "wiping"), and what is left between A and the head must be skippable: A's
/// counted noun and time phrases ("in the year to March", "on Tuesday", "a year earlier"), never a new clause. The
/// grouping room (<see cref="Group"/>) chooses the relation from the link and the context of A. Every look is bounded by
/// a few tokens, so the reading is linear.
/// </remarks>
internal sealed partial class ClaimBuilder
{
    /// <summary>Nouns of a collection whose size is told with "a … of" (claim-guards [collection-nouns]: "fleet", "pool").</summary>
    private static readonly AsciiWordTable<bool> CollectionNouns = ClaimGuards.Set("collection-nouns");

    /// <summary>The longest bridge read between two quantities of one claim.</summary>
    private const int MaxBridge = 16;

    /// <summary>How the quantity after a bridge relates to the one before it.</summary>
    private enum Link
    {
        None,

        /// <summary>"to", "from", "by", "up", "down", "wiping": one move.</summary>
        Change,

        /// <summary>"at": one move only when the first quantity is already a move ("up 1.8% at $9,870").</summary>
        ChangeInContext,

        /// <summary>", or": the same thing restated ("$2.10, or 2.6%", "4,000 roles, or about 8%").</summary>
        Restate,

        /// <summary>A bare comma: an appositive ("5.6 million people, one in six adults") or a change against a period.</summary>
        Appositive,

        /// <summary>"against", "versus", "compared with", "as opposed to", "below the", "to Remain's".</summary>
        Comparison,

        /// <summary>"of its", "including", "of which", "equivalent to": a part and its whole.</summary>
        Ratio,

        /// <summary>"7 to 2" after a vote.</summary>
        Tally,
    }

    /// <summary>Whether token <paramref name="k"/> is a hyphen glued to the words on both sides, or a word glued to a hyphen
    /// after it ("CBSE" and "-" in "a CBSE-wide 87.98%"), or a hyphenated word read as one token.</summary>
    private bool HyphenJoint(int k) =>
        Is(k, "-") && !Tokens[k].Has(TokenTraits.SpaceBefore) && k + 1 < _tokenCount && !Tokens[k + 1].Has(TokenTraits.SpaceBefore)
        || Tokens[k].Kind == TokenKind.Word && k + 1 < _tokenCount && Is(k + 1, "-") && !Tokens[k + 1].Has(TokenTraits.SpaceBefore)
        || Tokens[k].Kind == TokenKind.Word && Word(k).Contains('-') && !Has(k, Cls.Determiner);

    /// <summary>Reads the bridge between quantity A (ending at <paramref name="lastOfA"/>) and B (starting at
    /// <paramref name="firstOfB"/>): its link head, then whether the rest can be skipped.</summary>
    /// <remarks><paramref name="levelMove"/>: B may be the move that reached level A (<see cref="LevelAndMove"/>).</remarks>
    private Link Bridge(int lastOfA, int firstOfB, bool moving, bool sameUnit, bool levelMove = false)
    {
        int gap = Between(lastOfA, firstOfB);
        if (gap < 1 || gap > MaxBridge + 12)
        {
            return Link.None;
        }

        int k = firstOfB - 1;

        // B's own noun phrase: a possessor ("Remain's 48.1%", "the visitors' 9", "the country's 4,400") and a determiner.
        bool possessive = false;
        if (k - 1 > lastOfA && IsPossessiveMark(k))
        {
            possessive = true;
            k -= 2;

            // "the central bank's 2% target": the possessor's other words, back to its determiner.
            for (int steps = 0; steps < 2 && k - 1 > lastOfA && Tokens[k].Kind == TokenKind.Word
                && !Has(k, Cls.Determiner | Cls.Breaker | Cls.Preposition | Cls.Comparative) && !IsLinkWord(k) && !ComparedVerb(k); steps++)
            {
                k--;
            }
        }

        // "to a record £661.8 million", "to a seasonally adjusted 212,000": modifiers between B and its determiner.
        if (k - 1 > lastOfA && Tokens[k].Kind == TokenKind.Word && !Has(k, Cls.Determiner))
        {
            int j = k;
            // "compared with a CBSE-wide 87.98%": a hyphenated modifier, its parts glued.
            while (j > lastOfA + 1 && j > k - 4 && (Tokens[j].Kind == TokenKind.Word && !Tokens[j].Has(TokenTraits.Capitalized)
                && !Has(j, Cls.Determiner | Cls.Breaker | Cls.Preposition | Cls.Comparative) && !IsLinkWord(j) && !Is(j, "of")
                || HyphenJoint(j)))
            {
                j--;
            }

            if (j < k && j > lastOfA && Has(j, Cls.Determiner) && !Is(j, "that") && j - 1 > lastOfA
                && (IsLinkWord(j - 1) || Is(j - 1, "from") || Is(j - 1, "at") || Is(j - 1, "above") || Is(j - 1, "below") // "well above the usual 4.99% cap"
                    || Is(j - 1, "of") && k - j <= 2 && (Has(j + 1, Cls.TimeWord) || Is(j + 1, "past")) // "eight of their last 10", "in four of the past seven winters"
                    || Is(j - 1, "with") && j - 2 > lastOfA && Is(j - 2, "compared")))
            {
                k = j;
            }
        }

        if (k > lastOfA && Has(k, Cls.Determiner) && !Is(k, "that"))
        {
            k--;
        }

        // "more than double the 10.9 gigawatts installed a year earlier", "twice the 2% target": a multiple of B.
        bool multiple = k > lastOfA && Has(k + 1, Cls.Determiner) && (Is(k, "double") || Is(k, "twice") || Is(k, "triple") || Is(k, "treble"));

        // "Coal 18% vs renewables 45%": B's own noun after the comparison word.
        if (k - 1 > lastOfA && Tokens[k].Kind == TokenKind.Word && !Has(k, Cls.Determiner | Cls.Breaker | Cls.Preposition)
            && (Is(k - 1, "vs") || Is(k - 1, "vs.") || Is(k - 1, "versus")))
        {
            k--;
        }

        // "just 3,000", "well below", "far above"
        while (k > lastOfA && Guarded(k, Guard.DegreeAdverb))
        {
            k--;
        }

        // "to an average of £1,290", "from a peak of 2,300", "against a safe level of 50": the link comes before "a … of".
        if (k - 2 > lastOfA && Is(k, "of"))
        {
            int j = k - 1;
            while (j > lastOfA + 1 && j >= k - 8 && (Tokens[j].Kind == TokenKind.Word || Tokens[j].Kind == TokenKind.Number || Is(j, "-") || IsPossessiveMark(j))
                && !Has(j, Cls.Determiner | Cls.Breaker | Cls.Preposition) && !Is(j, "to"))
            {
                j--;
            }

            // Not "logged 2.4 million rides … from a fleet of 1,800 scooters": the size of a collection the figure came from
            // (claim-guards [collection-nouns], session 37, claims37b, b25).
            if (j > lastOfA + 1 && j < k - 1 && Has(j, Cls.Determiner) && !(Is(j - 1, "from") && CollectionNouns.Contains(Word(k - 1)))
                && (Is(j - 1, "to") || Is(j - 1, "from") || Is(j - 1, "against")
                || Is(j - 1, "vs") || Is(j - 1, "vs.") || Is(j - 1, "versus") || Is(j - 1, "with") || Is(j - 1, "below") || Is(j - 1, "above")
                || Is(j - 1, "behind") || Is(j - 1, "than") || ComparedVerb(j - 1)
                || Is(j - 1, "of") && j - 2 > lastOfA && (Is(j - 2, "short") || Is(j - 2, "ahead") || Is(j - 2, "shy"))))
            {
                k = j - 1;
            }
            else if (k - 2 > lastOfA && (BareNoun(k - 1) || ExpectationNoun(k - 1)) && ReferenceHead(k - 1, lastOfA) is int v && v > lastOfA)
            {
                k = v; // "against expectations of a 0.3% rise", "beating forecasts of 0.9%", "compared with market expectations of"
            }
            else if (j - 3 > lastOfA && j < k - 1 && Has(j, Cls.Determiner) && Is(j - 1, "for") && ExpectationNoun(j - 2))
            {
                k = j - 3; // "compared with forecasts for a gain of 25,000": the head before the forecast
            }
        }

        // "1.6 million tonnes in the crop year, an increase of 11%", "64,000 arrivals, a rise of 59%": a level and its move.
        bool changeApposition = false;
        if (k - 3 > lastOfA && Is(k, "of"))
        {
            int j = k - 1;
            bool changeNoun = false;
            while (j > lastOfA + 1 && j >= k - 3 && Tokens[j].Kind == TokenKind.Word && !Has(j, Cls.Determiner | Cls.Breaker))
            {
                changeNoun |= Has(j, Cls.ChangeNoun);
                j--;
            }

            if (changeNoun && (Is(j, "a") || Is(j, "an")) && j - 1 > lastOfA && Is(j - 1, ","))
            {
                k = j - 1;
                changeApposition = true;
            }
        }

        if (k <= lastOfA)
        {
            return Link.None;
        }

        Link link;
        int headFirst = k;
        bool verbsInRest = false;
        ReadOnlySpan<char> w = Word(k);
        if (changeApposition)
        {
            link = Link.Change;

            // "Some 5.9 million travellers passed through Schiphol during July, an increase of 4% on the same month of last
            // year": a move against a period is plain enough to pass the level's verb.
            verbsInRest = AgainstPeriodAfter(firstOfB, _sentenceFirst + _sentenceLength);
        }
        else if (multiple)
        {
            link = Link.Comparison;
            headFirst = k - 2 > lastOfA && (Is(k - 2, "more") || Is(k - 2, "less")) && Is(k - 1, "than") ? k - 2 : k;
        }
        else if (w.Equals("worth", StringComparison.OrdinalIgnoreCase))
        {
            link = Link.ChangeInContext; // "rose 0.3% in March, leaving the average home worth £263,770"

            // "a 3% pay rise, worth £1.2bn": the value of a move named by its noun, in an aside right after it.
            verbsInRest = k - 2 > lastOfA && Is(k - 1, ",") && Has(k - 2, Cls.ChangeNoun);
        }
        else if (k - 2 > lastOfA && HavingMoved(k + 1))
        {
            link = Link.Change; // "slumped to $57,800 on Monday, having shed more than 15% in a week"
            headFirst = k - 2;
        }
        else if (!moving && levelMove && k - 2 > lastOfA && k + 1 == firstOfB && MovedLevel(k))
        {
            link = Link.Change; // "stood at 4.1% in November after rising 0.3 percentage points", "touched 19.4 before recovering to 18.9"
            headFirst = Is(k, "to") ? k - 2 : k - 1;
        }
        else if (BracketedExpectation(k, lastOfA) is int open && open > lastOfA)
        {
            link = Link.Comparison; // "grew 0.4% quarter-on-quarter (consensus: 0.2%)"
            headFirst = open;
        }
        else if (LabelledBracket(k, lastOfA, sameUnit, out bool expectedLabel) is int labelled && labelled > lastOfA)
        {
            link = expectedLabel ? Link.Comparison : Link.Change; // "$0.84 (est. $0.79)", "18.5p (2024: 17.0p)"
            headFirst = labelled;
        }
        else if (CorrectionLink(k, lastOfA, sameUnit))
        {
            link = Link.Comparison; // "34%, not 40% as previously reported"
            headFirst = k - 1;
        }
        else if (EarlierReadingAfterComma(k, lastOfA, sameUnit) is int earlier && earlier > lastOfA)
        {
            link = Link.Change; // "after a revised 0.9% gain in May, previously reported as 1.1%"
            headFirst = earlier;
        }
        else if (Tokens[k].Kind == TokenKind.Punctuation)
        {
            // "down 41.3 (0.5%)": the same move in brackets; "Revenue £4.21bn (£3.96bn)", "Euro $1.0412 (-0.3%)": a figure
            // with its earlier value or its move in brackets, a change.
            link = Is(k, ",") ? Link.Appositive : moving && gap == 1 && Is(k, "(") ? Link.Restate
                : Is(k, "(") && BracketedPrior(lastOfA, k, firstOfB, sameUnit) ? Link.Change : Link.None;
        }
        else if (w.Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            if (k - 1 > lastOfA && (Is(k - 1, "opposed") || Is(k - 1, "compared")))
            {
                link = Link.Comparison;
                headFirst = k - 1 - (k - 2 > lastOfA && Is(k - 2, "as") ? 1 : 0);
                verbsInRest = true;
            }
            else if (k - 1 > lastOfA && (Is(k - 1, "equivalent") || Is(k - 1, "equal")))
            {
                link = Link.Ratio;
                headFirst = k - 1;
            }
            else if (possessive)
            {
                link = Link.Comparison;
            }
            else if (TallyBefore(lastOfA) || k - 1 > lastOfA && (Is(k - 1, "votes") || Is(k - 1, "seats"))
                || (!moving && ByBefore(lastOfA)))
            {
                link = Link.Tally;
            }
            else if (!moving && sameUnit && !FromBefore(lastOfA) && !MoveWordIn(lastOfA + 1, k) && !ShareMoveBefore(lastOfA))
            {
                link = Link.Comparison; // "outspent Democrats $410 million to $260 million": two sides, no move
            }
            else
            {
                link = Link.Change;
            }
        }
        else if (w.Equals("by", StringComparison.OrdinalIgnoreCase) && k - 1 > lastOfA && (Is(k - 1, "dwarfed") || ComparedIn(lastOfA + 1, k) >= 0))
        {
            // "about 2,000, dwarfed by the 6,000 police officers"; "outselling its nearest rival by almost 300,000": the
            // margin over a rival, no move.
            link = Link.Comparison;
            headFirst = Is(k - 1, "dwarfed") ? k - 1 : ComparedIn(lastOfA + 1, k);
        }
        else if (w.Equals("from", StringComparison.OrdinalIgnoreCase) || w.Equals("by", StringComparison.OrdinalIgnoreCase)
            || w.Equals("up", StringComparison.OrdinalIgnoreCase) || w.Equals("down", StringComparison.OrdinalIgnoreCase))
        {
            link = Link.Change;

            // "4,800 people applied for asylum in March, up from 3,900": "up from" is plain enough to pass a verb.
            // ", slowing from 6.7% in the previous quarter": a move in -ing after a comma, as plain.
            // "down slightly from 67.8%": an adverb between as well.
            verbsInRest = w.Equals("from", StringComparison.OrdinalIgnoreCase) && k - 1 > lastOfA && (Is(k - 1, "up") || Is(k - 1, "down")
                || k - 2 > lastOfA && (Is(k - 2, "up") || Is(k - 2, "down")) && Word(k - 1).EndsWith("ly", StringComparison.OrdinalIgnoreCase)
                || k - 2 > lastOfA && Is(k - 2, ",") && Has(k - 1, Cls.ChangeVerb) && Word(k - 1).EndsWith("ing", StringComparison.OrdinalIgnoreCase));

            // "Only 62.8% of trains arrived on time in the quarter, down 3.1 percentage points": a level's clause, then its
            // move after a comma, in points or percent.
            verbsInRest |= (w.Equals("up", StringComparison.OrdinalIgnoreCase) || w.Equals("down", StringComparison.OrdinalIgnoreCase))
                && k - 1 > lastOfA && Is(k - 1, ",") && k + 1 == firstOfB && (LevelThenPoints(lastOfA, firstOfB) || AgainstPeriodAfter(firstOfB, _sentenceFirst + _sentenceLength));

            // "The MCG crowd of 72,814 was down 8%": the level, then its move as the predicate.
            verbsInRest |= (w.Equals("up", StringComparison.OrdinalIgnoreCase) || w.Equals("down", StringComparison.OrdinalIgnoreCase))
                && k - 1 == lastOfA + 1 && (Is(k - 1, "was") || Is(k - 1, "were") || Is(k - 1, "is") || Is(k - 1, "are"));
        }
        else if (w.Equals("was", StringComparison.OrdinalIgnoreCase) || w.Equals("were", StringComparison.OrdinalIgnoreCase)
            || w.Equals("is", StringComparison.OrdinalIgnoreCase) || w.Equals("are", StringComparison.OrdinalIgnoreCase))
        {
            link = Link.Appositive; // "Revenue of $12.4 billion was 7% higher than …"
        }
        else if (w.Equals("at", StringComparison.OrdinalIgnoreCase))
        {
            // "30% of the EU's electricity, overtaking fossil fuels at 27%": a rival with its own figure.
            int rival = RivalBefore(k, lastOfA);
            link = rival >= 0 ? Link.Comparison : Link.ChangeInContext;
            headFirst = rival >= 0 ? rival : k;

            // "slipped to 88.4 in December, having peaked at 100.7 in June": the level the move came down from.
            if (rival < 0 && moving && k - 2 > lastOfA && (Is(k - 1, "peaked") || Is(k - 1, "bottomed")) && Is(k - 2, "having"))
            {
                link = Link.Change;
                headFirst = k - 2;
            }
        }
        else if (w.Equals("with", StringComparison.OrdinalIgnoreCase))
        {
            // "gained 14 seats overnight to finish with 86": the level the move ended at.
            link = k - 1 > lastOfA && (Is(k - 1, "compared") || Is(k - 1, "compares") || Is(k - 1, "contrasts") || Is(k - 1, "compare"))
                ? Link.Comparison
                : k - 2 > lastOfA && (Is(k - 1, "finish") || Is(k - 1, "end")) && Is(k - 2, "to") ? Link.ChangeInContext : Link.None;
            headFirst = k - 1;
            verbsInRest = true;
        }
        else if (w.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            // "one short of the 77 needed", "slightly ahead of the 30% Wall Street expected", "just shy of the 50% mark"
            if (k - 1 > lastOfA && (Is(k - 1, "short") || Is(k - 1, "ahead") || Is(k - 1, "shy")))
            {
                link = Link.Comparison;
                headFirst = k - 1;
            }
            else if (k - 2 > lastOfA && Is(k - 1, "sight") && Is(k - 2, "within"))
            {
                // "rose to 86,500 overnight, within sight of the 100,000 that triggers a debate" (session 37, b25)
                link = Link.Comparison;
                headFirst = k - 2;
            }
            else if (k - 1 > lastOfA && Is(k - 1, "out"))
            {
                // "received £1.1bn in compensation so far, out of an estimated £3.8bn bill": a part and its whole after a
                // clause (session 37, b25); the comma before "out" is the aside's, not a new phrase's.
                link = Link.Ratio;
                headFirst = k - 1;
                verbsInRest = true;
            }
            else if (k - 2 > lastOfA && Is(k - 1, "fraction"))
            {
                link = Link.Comparison;
                headFirst = k - 2;
            }
            else
            {
                link = Link.Ratio;
            }
        }
        else if (w.Equals("which", StringComparison.OrdinalIgnoreCase) || w.Equals("whom", StringComparison.OrdinalIgnoreCase))
        {
            link = k - 1 > lastOfA && Is(k - 1, "of") ? Link.Ratio : Link.None;
            headFirst = k - 1;
        }
        else if (w.Equals("or", StringComparison.OrdinalIgnoreCase))
        {
            link = k - 1 > lastOfA && Is(k - 1, ",") ? Link.Restate : Link.None;
            headFirst = k - 1;
        }
        else if (w.Equals("including", StringComparison.OrdinalIgnoreCase) || w.Equals("include", StringComparison.OrdinalIgnoreCase)
            || w.Equals("includes", StringComparison.OrdinalIgnoreCase))
        {
            link = Link.Ratio;
            verbsInRest = Is(k - 1, ","); // "At least 42 people were killed, including 15 children"
        }
        else if (w.Equals("against", StringComparison.OrdinalIgnoreCase) || w.Equals("versus", StringComparison.OrdinalIgnoreCase)
            || w.Equals("vs", StringComparison.OrdinalIgnoreCase) || w.Equals("vs.", StringComparison.OrdinalIgnoreCase))
        {
            link = Link.Comparison;
            verbsInRest = true;
            headFirst = k - 1 > lastOfA && (Is(k - 1, "as") || Tokens[k - 1].Has(TokenTraits.OpenBracket)) ? k - 1 : k; // "as against", "(vs"
        }
        else if (w.Equals("past", StringComparison.OrdinalIgnoreCase) && k - 1 > lastOfA && Is(k - 1, ",") && Has(k + 1, Cls.Determiner))
        {
            // "took the museum's appeal to $10.4m, past its $10m goal": a result carried beyond a reference (session 37, b25);
            // only after a comma and before a determiner ("over the past 12 months" is a time phrase).
            link = Link.Comparison;
        }
        else if (w.Equals("below", StringComparison.OrdinalIgnoreCase) || w.Equals("above", StringComparison.OrdinalIgnoreCase)
            || w.Equals("beyond", StringComparison.OrdinalIgnoreCase) || w.Equals("exceeding", StringComparison.OrdinalIgnoreCase)
            || w.Equals("surpassing", StringComparison.OrdinalIgnoreCase) || w.Equals("topping", StringComparison.OrdinalIgnoreCase)
            || w.Equals("beating", StringComparison.OrdinalIgnoreCase) || w.Equals("trailing", StringComparison.OrdinalIgnoreCase)
            || w.Equals("behind", StringComparison.OrdinalIgnoreCase) || w.Equals("than", StringComparison.OrdinalIgnoreCase)
            || ComparedVerb(k))
        {
            link = Link.Comparison;
        }
        else if (w.Equals("for", StringComparison.OrdinalIgnoreCase))
        {
            // "13 hostages for 39 prisoners", "in exchange for"
            bool exchange = k - 2 > lastOfA && Is(k - 1, "exchange") && Is(k - 2, "in");
            link = gap <= 4 || exchange ? Link.Comparison : Link.None;
            headFirst = exchange ? k - 2 : k;
        }
        else if (Has(k, Cls.Wiping))
        {
            // "tumbled 31% … after it cut its profit outlook, knocking €1.2 billion off its market value": the size of
            // the move in value follows whatever explains the move.
            link = moving && OffAfter(firstOfB) ? Link.Change : Link.None;
            if (link == Link.Change && Is(k - 1, ","))
            {
                return link;
            }
        }
        else
        {
            link = Link.None;
        }

        if (link == Link.None)
        {
            return Link.None;
        }

        // A comparison word is plain enough to pass the first quantity's verb: "25 people turned up, far short of the 500".
        verbsInRest |= link == Link.Comparison;

        // ", compared with 64% of men" after a whole clause: "61% of women described their health as good, compared with …".
        bool clauseThenCompared = link == Link.Comparison && headFirst - 1 > lastOfA && Is(headFirst - 1, ",") && Is(headFirst, "compared");

        // ", as opposed to 44% for the governor" after a whole clause as well.
        clauseThenCompared |= link == Link.Comparison && headFirst - 1 > lastOfA && Is(headFirst - 1, ",") && Is(headFirst, "as")
            && headFirst + 1 < firstOfB && Is(headFirst + 1, "opposed");

        // ", against one in five nationally", ", against about a third of male nurses" after a whole clause as well (session
        // 37, claims37b, b25: a share for one group, then the same share for another).
        clauseThenCompared |= link == Link.Comparison && headFirst - 1 > lastOfA && Is(headFirst - 1, ",") && Is(headFirst, "against");

        // "Only 61.4% of trains … arrived on time in the four weeks to 12 October, well below the 85% target": a whole
        // clause, then the reference it falls short of or exceeds.
        clauseThenCompared |= link == Link.Comparison && ClauseThenReference(lastOfA, headFirst, firstOfB);

        // A source between the two ("rose to 61,100 in March, Bank of England data showed on Tuesday, from 60,500") is
        // passed over with its attribution words, and does not count towards the bridge's length.
        int sourceTokens = SourceTokensIn(lastOfA + 1, headFirst);

        // "68.1% of A&E patients were seen within four hours in the week ending 8 December, up from 66.4%": a whole clause,
        // then its move against the level before, after a comma (a few tokens longer than other bridges).
        bool clauseThenUpFrom = link == Link.Change && verbsInRest && w.Equals("from", StringComparison.OrdinalIgnoreCase) && k - 2 > lastOfA
            && (Is(k - 1, "up") || Is(k - 1, "down")) && Is(k - 2, ",") && gap - sourceTokens <= MaxBridge + 6;
        if (gap - sourceTokens > MaxBridge && !clauseThenCompared && !clauseThenUpFrom)
        {
            return Link.None;
        }

        // ", taking the annual rate to 2.4% from 3.2%", ", with airfares up 8.9%": B with a move of its own, in a clause
        // of its own, is a claim of its own (", taking a Band D bill to £2,171" only gives the level A's move led to).
        bool ownMove = w.Equals("up", StringComparison.OrdinalIgnoreCase) || w.Equals("down", StringComparison.OrdinalIgnoreCase) || FromAfter(firstOfB);

        // "fell 3.1% in the three months to September, the steepest drop since 2020, to 412,000": an aside between commas.
        int aside = link == Link.Change && moving ? AsideBefore(lastOfA, headFirst) : -1;

        // "and 35 abstentions" never; what lies between A and the head must be A's noun and time phrases.
        for (int j = lastOfA + 1; j < headFirst && j != aside && !clauseThenCompared; j++)
        {
            if (!Skippable(j, lastOfA, verbsInRest) && !(sourceTokens > 0 && AttributionWord(j))
                || (ownMove || link == Link.ChangeInContext && Is(j, "with") && !MoveOrIngIn(j + 1, headFirst)) && NewClauseAfterComma(j))
            {
                return Link.None;
            }
        }

        // "of" joins a part to its whole only right after the part's noun ("23 of its 60", "8% of its staff of 50,000"),
        // not after a new phrase ("3,000 troops face a force of about 10,000").
        if (link == Link.Ratio && w.Equals("of", StringComparison.OrdinalIgnoreCase) && !Is(headFirst, "out"))
        {
            for (int j = lastOfA + 1; j < headFirst; j++)
            {
                if (Is(j, "a") || Is(j, "an") || Is(j, ","))
                {
                    return Link.None;
                }
            }
        }

        return link == Link.ChangeInContext && !moving ? Link.None : link;
    }
}
