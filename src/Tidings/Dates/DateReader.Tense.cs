using Tidings.Text;

namespace Tidings.Dates;

/// <summary>The reader's tense: the clause a date stands in says whether a bare "July 19" or "Tuesday" lies behind or ahead.</summary>
internal sealed partial class DateReader
{
    /// <summary>
    /// The tense a weekday is told in: a day something is set for ("a hearing for Thursday", "until noon Friday",
    /// "by Tuesday") lies ahead unless an auxiliary puts it in the past ("was closed until Tuesday"); a weekday that
    /// opens its clause takes the verb after it ("On Thursday the bank is expected to …", "On Tuesday, the council voted").
    /// </summary>
    private Tense WeekdayTense(int first, int last)
    {
        // "her 23rd on Saturday, if she beats her sister": a condition on the day looks ahead.
        if (Is(last + 1, "if") || (Is(last + 1, ",") && Is(last + 2, "if")))
        {
            return Tense.Future;
        }

        // "after Wednesday's attempt was called off": what the day's event did decides.
        if ((Is(last + 1, "'s") || Is(last + 1, "’s")) && TenseAfter(last + 2) is Tense.Past and var possessive)
        {
            return possessive;
        }

        // "A memorial service planned for Saturday was canceled": the verb the day's event takes decides.
        if ((Is(last + 1, "was") || Is(last + 1, "were")) && ScheduledFor(first))
        {
            return Tense.Past;
        }

        if (CalledFor(first))
        {
            return Tense.Future;
        }

        Tense tense = TenseBefore(first);
        // "Tuesday: The war enters its fifth year." closing a timeline's lines: a weekday heading its line is told in the historic
        // present; unless its line tells the past ("Tuesday: Police said …") no tense is read (it is the nearest such day).
        if (first == _first && Is(last + 1, ":"))
        {
            // "Wednesday: The Fed will announce its rate decision": a line that says "will" is a week ahead's schedule.
            Tense line = TenseAfter(last + 2);
            return line is Tense.Past or Tense.Future ? line : Tense.Unknown;
        }

        // "On Thursday the bank is expected to", "Kick-off on Saturday is at 3pm": with no verb before it, the verb after it decides.
        Tense after = (tense == Tense.Unknown || ScheduledFor(first)) && (OpensClause(first) || Is(last + 1, "is") || Is(last + 1, "are") || Is(last + 1, "will"))
            ? TenseAfter(last + 1) : Tense.Unknown;
        // ("Temperatures passed 40C by 11am on Sunday": what a past verb had done by the day was done, not due.)
        if (ScheduledFor(first) && !PastAuxiliaryBefore(first) && after != Tense.Past && !(tense == Tense.Past && CompletedBy(first)))
        {
            return Tense.Future;
        }

        tense = tense == Tense.Unknown ? after : tense;

        // "The family celebrates 115 years with free rolls on Saturday", "The firm opens its tenth shop, in Edinburgh, on Saturday":
        // a sentence told in the simple present, with no past in it, tells of a day to come (b25, session 37).
        return tense == Tense.Unknown && SimplePresentBefore(first) ? Tense.Present : tense;
    }

    /// <summary>How many tokens of its sentence may stand before a weekday <see cref="SimplePresentBefore"/> reads.</summary>
    private const int PresentReach = 24;

    /// <summary>How many tokens before the weekday its simple-present verb may be: further off, the weekday is as often inside a noun
    /// phrase of the object ("values the company at 640p a share, a 38 per cent premium to its price at the close on Friday").</summary>
    private const int PresentVerbReach = 12;

    /// <summary>
    /// Whether the sentence of a weekday at <paramref name="first"/> is told in the simple present: before the weekday (across
    /// commas) it has a verb's "-s" form after a singular subject and before its object ("celebrates its", "unveils a bench", "marks
    /// its 76th year"), and nowhere a past or perfect verb ("was", "agreed", "opened", "has fallen"), a colon or a semicolon (a
    /// timeline's "2025: A court convicts …" is the historic present); and it ends with a full stop (a headline's present tells the
    /// past). A plural noun is no such verb: it follows an article, or comes before a verb or a preposition ("the talks on Monday",
    /// "screening arches on Sunday", "Heavy rains hit the town").
    /// </summary>
    private bool SimplePresentBefore(int first)
    {
        if (!SentenceEndsWithStop(first) || first - _first > PresentReach)
        {
            return false;
        }

        bool present = false;
        for (int j = _first; j < _end; j++)
        {
            if (Tokens[j].Kind == TokenKind.Punctuation)
            {
                if (Is(j, ":") || Is(j, ";"))
                {
                    return false;
                }

                continue;
            }

            if (!IsWord(j))
            {
                continue;
            }

            ReadOnlySpan<char> w = W(j);
            if ((Lookup(w, out int marker) == WordKind.TenseMarker && (Tense)marker == Tense.Past) || RegularPast(w) || Is(j, "said")
                || Is(j, "would") || Is(j, "has") || Is(j, "have") || Is(j, "had"))
            {
                return false;
            }

            present |= j < first && first - j <= PresentVerbReach && PresentForm(j);
        }

        return present;
    }

    /// <summary>Whether token <paramref name="j"/> reads as a verb's third-person "-s" form with its subject and object about it (see
    /// <see cref="SimplePresentBefore"/>): lower-case, after a capitalised name or a lower-case singular word that is no determiner
    /// or preposition, and before a determiner, a possessive or a number.</summary>
    private bool PresentForm(int j)
    {
        ReadOnlySpan<char> w = W(j);
        if (w.Length < 4 || Cap(j) || w[^1] != 's' || w[^2] is 's' or 'u' or 'i' or '\'' || j - 1 < _first || !IsWord(j - 1) || j + 1 >= _end
            || (Lookup(w, out int marker) != WordKind.None && !(Lookup(w, out _) == WordKind.TenseMarker && (Tense)marker == Tense.Present))
            || DateVocabulary.Determiners.Contains(w))
        {
            return false;
        }

        ReadOnlySpan<char> subject = W(j - 1);
        bool subjectOk = Cap(j - 1) ? Lookup(subject, out _) == WordKind.None
            : subject.Length > 2 && subject[^1] != 's' && !DateVocabulary.Determiners.Contains(subject) && !IsPreposition(j - 1)
                && Lookup(subject, out _) == WordKind.None && !subject.EndsWith("ly", StringComparison.Ordinal) && !subject.EndsWith("ing", StringComparison.Ordinal);
        return subjectOk && ((IsWord(j + 1) && DateVocabulary.Determiners.Contains(W(j + 1))) || Tokens[j + 1].Kind == TokenKind.Number);
    }

    /// <summary>Whether the sentence holding token <paramref name="k"/> ends with a full stop, a question or an exclamation mark.</summary>
    private bool SentenceEndsWithStop(int k) => _end - 1 > k && (Is(_end - 1, ".") || Is(_end - 1, "!") || Is(_end - 1, "?"));

    /// <summary>Whether the date at token <paramref name="first"/> opens its clause ("On Thursday the bank …", ", and on Saturday the shop …").</summary>
    private bool OpensClause(int first)
    {
        int k = first - 1;
        while (k >= Math.Max(_first, first - 5) && (Is(k, "on") || Is(k, "in") || Is(k, "until") || Is(k, "by") || Is(k, "early") || Is(k, "late") || Is(k, "till")
            || Is(k, "at") || ClockWord(k)))
        {
            k--;
        }

        return k < _first || Tokens[k].Kind == TokenKind.Punctuation || Is(k, "and") || Is(k, "but");
    }

    /// <summary>
    /// "has called for fresh protests on Wednesday", "urged a general strike on Monday": an event a call is for (a noun of the
    /// <c>[event]</c> list just before the date, a verb of the <c>[call]</c> list a few words before it) lies ahead of the call.
    /// </summary>
    private bool CalledFor(int first)
    {
        int k = first - 1;
        if (Is(k, "on"))
        {
            k--;
        }

        if (!IsWord(k) || !DateVocabulary.EventNouns.Contains(W(k)))
        {
            return false;
        }

        for (int j = k - 1; j >= Math.Max(_first, k - 5); j--)
        {
            if (!IsWord(j))
            {
                return false;
            }

            if (DateVocabulary.CallVerbs.Contains(W(j)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether "for", "until", "till" or "by" comes just before token <paramref name="k"/>, across a clock time ("until 11pm on Friday").</summary>
    private bool ScheduledFor(int k)
    {
        for (int j = k - 1; j >= Math.Max(_first, k - 4); j--)
        {
            if (Is(j, "for") || Is(j, "until") || Is(j, "till") || Is(j, "by"))
            {
                return true;
            }

            if (!Is(j, "on") && !ClockWord(j))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether "by" comes just before token <paramref name="k"/>, across a clock time ("by 11am on Sunday").</summary>
    private bool CompletedBy(int k)
    {
        for (int j = k - 1; j >= Math.Max(_first, k - 4); j--)
        {
            if (Is(j, "by"))
            {
                return true;
            }

            if (!Is(j, "on") && !ClockWord(j))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A token of a clock time: "11pm", "9", "a.m.", "noon", "GMT".</summary>
    private bool ClockWord(int j) =>
        Tokens[j].Kind == TokenKind.Number || Is(j, "noon") || Is(j, "midnight") || Is(j, "a.m.") || Is(j, "p.m.") || Is(j, "am") || Is(j, "pm")
        || IsZoneAbbreviation(j);

    /// <summary>Whether a past perfect's "had" stands in the clause before <paramref name="k"/> ("had been missing a week come Monday").</summary>
    private bool HadBefore(int k)
    {
        for (int j = k - 1; j >= Math.Max(_first, k - 10) && Tokens[j].Kind != TokenKind.Punctuation; j--)
        {
            if (Is(j, "had") || Is(j, "'d") || Is(j, "’d"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the clause before token <paramref name="k"/> is put in the past by "was", "were", "had" or "did".</summary>
    private bool PastAuxiliaryBefore(int k)
    {
        for (int j = k - 1; j >= Math.Max(_first, k - 10); j--)
        {
            if (Tokens[j].Kind == TokenKind.Punctuation || Is(j, "and") || (Is(j, "but") && !Is(j - 1, "all"))) // ("had reconnected all but 9,000 homes by Sunday")
            {
                return false;
            }

            if (Is(j, "was") || Is(j, "were") || Is(j, "had") || Is(j, "did"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The tense of the verb after token <paramref name="k"/> in the same clause (one comma allowed right after the date).</summary>
    private Tense TenseAfter(int k)
    {
        int ceiling = Math.Min(_end, k + 8);
        bool aside = false;
        for (int j = k; j < ceiling; j++)
        {
            if (Tokens[j].Kind == TokenKind.Punctuation)
            {
                if (j == k && Is(j, ","))
                {
                    // "In January, a week after the 25th anniversary of Roe v. Wade, a clinic bombing … killed": the verb after a
                    // count of time that places the date.
                    if (PlacingAside(j + 1) is int close)
                    {
                        j = close;
                        ceiling = Math.Min(_end, close + 9);
                    }

                    continue;
                }

                // "On October 8, the anniversary night, the original house band will play": a short aside naming the date, with no
                // verb in it, closes at its comma and the clause's verb follows (one aside).
                if (Is(j, ",") && Is(k, ",") && !aside && j - k <= AppositionReach)
                {
                    aside = true;
                    ceiling = Math.Min(_end, j + 9);
                    continue;
                }

                return Tense.Unknown;
            }

            // "On Tuesday, the National Abortion and Reproductive Rights Action League plans to": a name's words (and an "and"
            // inside it) do not count against the reach.
            if ((Is(j, "and") && AndContinues(j) && Cap(j - 1)) || (IsWord(j) && Cap(j) && j > k))
            {
                ceiling = Math.Min(Math.Min(_end, k + 16), ceiling + 1);
                continue;
            }

            if (Tokens[j].Kind != TokenKind.Word || Is(j, "and") || Is(j, "but"))
            {
                if (Is(j, "and") || Is(j, "but"))
                {
                    return Tense.Unknown;
                }

                continue;
            }

            ReadOnlySpan<char> w = W(j);
            if (w.Length >= 5 && w.EndsWith("ed", StringComparison.Ordinal) && !Cap(j))
            {
                return Tense.Past; // "On Friday, the government planned to pay"
            }

            // Only an auxiliary or a reporting verb: "plans", "due" after the date may be nouns.
            if (Is(j, "will") || Is(j, "would") || Is(j, "'ll") || Is(j, "’ll") || Is(j, "shall"))
            {
                return Tense.Future;
            }

            if (Is(j, "is") || Is(j, "are") || Is(j, "can") || Is(j, "must") || Is(j, "should"))
            {
                return Tense.Present;
            }

            // "A century later, the council meets in the same hall": a scheduled event's verb in the third person, not a noun after
            // a determiner ("On Monday, the visits began").
            if (ThirdPersonForm(w) && j - 1 >= _first && IsWord(j - 1) && !Cap(j - 1) && Lookup(W(j - 1), out _) is not (WordKind.Article or WordKind.The)
                && !Is(j - 1, "its") && !Is(j - 1, "their") && !Is(j - 1, "his") && !Is(j - 1, "her") && !Is(j - 1, "our") && !Is(j - 1, "the"))
            {
                return Tense.Present;
            }

            if (Is(j, "was") || Is(j, "were") || Is(j, "had") || Is(j, "has") || Is(j, "have") || Is(j, "did") || Is(j, "said") || Is(j, "told"))
            {
                return Tense.Past;
            }

            // "In January, American Medical brought in …": an irregular past form; "… League plans to hold": ahead.
            if (Lookup(w, out int marker) == WordKind.TenseMarker && (((Tense)marker == Tense.Past && !Is(j, "ago"))
                || ((Tense)marker == Tense.Future && Is(j + 1, "to"))))
            {
                return (Tense)marker;
            }
        }

        return Tense.Unknown;
    }

    /// <summary>How many tokens after the comma that follows a date an aside naming it may run ("On October 8, the anniversary night,").</summary>
    private const int AppositionReach = 8;

    /// <summary>How far (in tokens) an aside that places a date may run before its closing comma.</summary>
    private const int AsideReach = 16;

    /// <summary>
    /// An aside after a date that places it by a count of time ("a week after the 25th anniversary of the decision,", "two days
    /// before the vote,"): the closing comma's token, or null.
    /// </summary>
    private int? PlacingAside(int k)
    {
        int c = Is(k, "a") || Is(k, "an") ? 1 : CountWord(k);
        if (c == 0 || !IsWord(k + 1) || Lookup(W(k + 1), out _) != WordKind.Unit || !(Is(k + 2, "after") || Is(k + 2, "before")))
        {
            return null;
        }

        int ceiling = Math.Min(_end, k + AsideReach);
        for (int j = k + 3; j < ceiling; j++)
        {
            if (Tokens[j].Kind == TokenKind.Punctuation)
            {
                return Is(j, ",") ? j : null;
            }
        }

        return null;
    }

    /// <summary>Whether the clause before token <paramref name="k"/> speaks of the future ("will", "'ll", "is due to", "plans to").</summary>
    private bool Future(int k) => TenseBefore(k) == Tense.Future;

    /// <summary>The tense of the clause before token <paramref name="k"/>: its nearest marker decides.</summary>
    private Tense TenseBefore(int k) => TenseBefore(k, withHop: false);

    /// <summary>The tense of the clause before <paramref name="k"/>; <paramref name="withHop"/> says a ", with …-ing" clause
    /// has already been stepped over (one hop at most, and two parentheses, so the scan stays a few steps per date however
    /// the sentence runs on).</summary>
    private Tense TenseBefore(int k, bool withHop)
    {
        int floor = Math.Max(_first, k - 10);
        int parentheses = 0;
        for (int j = k - 1; j >= floor; j--)
        {
            // "will leave at 4 in the morning (4 a.m. EDT Thursday)": a date in parentheses glosses the clause around it,
            // whose words are counted from the parenthesis.
            if (Is(j, "("))
            {
                if (++parentheses <= 2)
                {
                    floor = Math.Max(_first, j - 10);
                }

                continue;
            }

            // "it said two flights would leave from March 30, with the third departing each Thursday from August 6": a clause
            // of "with" and a participle has no tense of its own; a future before the comma reaches it, a past does not ("were
            // published on Wednesday, with Liverpool hosting Bournemouth on Aug. 16").
            if (!withHop && Is(j, ",") && WithParticiple(j + 1, k))
            {
                Tense before = TenseBefore(j, withHop: true);
                return before is Tense.Future or Tense.Present ? before : Tense.Unknown;
            }

            if (Tokens[j].Kind == TokenKind.Punctuation && !Tokens[j].Has(TokenTraits.Quote) || (Is(j, "and") && !AndContinues(j)) || Is(j, "but"))
            {
                return Tense.Unknown;
            }

            if (Tokens[j].Kind != TokenKind.Word)
            {
                continue;
            }

            // "Appointed in October to turn the company around, the chief executive has …", "Arriving in Jakarta on Sunday, the
            // delegation will meet …": a participle opening the sentence is past, or takes the tense of the clause it leads to.
            if (j == _first && OpeningParticiple(j, k) is Tense participle)
            {
                return participle;
            }

            // "will be named commander of the Space Shuttle Columbia for a mission in December": a name's words do not
            // count against the reach (as after the date).
            if (Cap(j) && j < k - 1 && Lookup(W(j), out _) == WordKind.None)
            {
                floor = Math.Min(floor, Math.Max(Math.Max(_first, k - 16), floor - 1)); // never raised past a reset
                continue;
            }

            // "made landfall near New Hope on Tuesday", "published its forecasts on Wednesday": a tense word written with a capital
            // inside a name, or after a determiner (not a participle: "the planned strike"), is no verb.
            if (NameWord(j) || TenseNoun(j))
            {
                continue;
            }

            // Reported speech: "said" tells nothing of the reported clause's time, but "said Friday", "said on Friday" is the saying's.
            if (Is(j, "said") || Is(j, "says") || Is(j, "told"))
            {
                return j >= k - 2 && !Is(j, "says") ? Tense.Past : Tense.Unknown;
            }

            // "crisscrossed Iowa today ahead of the caucuses on Monday night": what a clause is ahead of is still to come.
            if (Is(j, "of") && Is(j - 1, "ahead"))
            {
                return Tense.Future;
            }

            // "The new ferry is scheduled to enter service on December 3": what is scheduled now lies ahead.
            if (Is(j, "to") && (Is(j - 1, "scheduled") || Is(j - 1, "slated")) && (Is(j - 2, "is") || Is(j - 2, "are")))
            {
                return Tense.Future;
            }

            // "agreed to meet again in June", "promised to finish by March": what was agreed lies ahead.
            if (Is(j, "to") && IsWord(j - 1) && DateVocabulary.IntentVerbs.Contains(W(j - 1)))
            {
                return Tense.Future;
            }

            // "plan to vote", "aim to finish", "want to leave", "set to resume": ahead.
            if ((Is(j, "plan") || Is(j, "aim") || Is(j, "want") || Is(j, "set")) && Is(j + 1, "to"))
            {
                return Tense.Future;
            }

            // "Polls close at 14:30 GMT Friday", "Tickets go on sale": a plural subject's present-tense verb.
            if (IsPluralPresent(j) || IsSingularPresent(j))
            {
                return Tense.Present;
            }

            // "have until Friday", "has to leave by Monday": a time still ahead.
            if ((Is(j, "have") || Is(j, "has")) && (Is(j + 1, "until") || Is(j + 1, "to")))
            {
                return Tense.Future;
            }

            // "could not be reached Wednesday", "Neither he nor his parents could be located Wednesday": a "could" denied is the past's.
            if ((Is(j, "could") && NegatedModal(j)) || Is(j, "couldn't") || Is(j, "couldn’t"))
            {
                return Tense.Past;
            }

            // "The Home Office promised in February to stop …", "pledged on Monday that …": the promise's own time, told in the past
            // (what was promised lies ahead: "promised to finish by March").
            if (j >= k - 2 && DateVocabulary.PromiseVerbs.Contains(W(j)))
            {
                return Tense.Past;
            }

            if (Lookup(W(j), out int marker) == WordKind.TenseMarker)
            {
                if ((Tense)marker == Tense.Present && j - 1 >= _first && ((Tokens[j - 1].Kind == TokenKind.Number && Tokens[j - 1].Length != 4) || CountWord(j - 1) != 0))
                {
                    continue; // "won by two runs on 7 August": after a count it is a noun ("fiscal 2012 begins" is a verb)
                }

                // "another payment fell due on Wednesday", "the bill came due": "due" without "to" takes the tense of its verb.
                if (Is(j, "due") && !Is(j + 1, "to") && j - 1 >= _first && IsWord(j - 1) && Lookup(W(j - 1), out int verb) == WordKind.TenseMarker
                    && (Tense)verb == Tense.Past && !Is(j - 1, "had") && !Is(j - 1, "has") && !Is(j - 1, "have"))
                {
                    return Tense.Past;
                }

                // "will be paid", "is held", "would still be held": a participle after an auxiliary; the auxiliary decides.
                if ((Tense)marker == Tense.Future && Is(j - 1, "been") && Is(j - 2, "had"))
                {
                    return Tense.Past; // "It had been due to expire Friday evening": a plan the past overtook
                }

                if ((Tense)marker != Tense.Past || !IsParticiple(j))
                {
                    return (Tense)marker;
                }

                continue;
            }

            // "guidelines to be published in early November", "expected to be completed by March": what is still to be done lies ahead.
            if (Is(j, "be") && Is(j - 1, "to"))
            {
                return Tense.Future;
            }

            ReadOnlySpan<char> w = W(j);

            // "retook Seoul", "rebuilt it", "overran the airfield": an irregular past with a prefix is past like its stem.
            if (PrefixedPast(w) && !Cap(j) && !IsParticiple(j))
            {
                return Tense.Past;
            }

            if (w.SequenceEqual("may") || w.SequenceEqual("might"))
            {
                // the modal verb (the month is capitalised): "may be cut again before May" looks ahead, "may have met" back.
                return Is(j + 1, "have") ? Tense.Past : Tense.Future;
            }

            // "arrested", "announced"; in "will be announced" or "was arrested" the auxiliary decides.
            if (w.Length >= 5 && w.EndsWith("ed", StringComparison.Ordinal) && !Cap(j) && !(Is(j - 1, "be") || Is(j - 1, "been")
                || Is(j - 1, "being") || Lookup(W(Math.Max(j - 1, 0)), out _) == WordKind.TenseMarker) && !Adjectival(j))
            {
                return Tense.Past;
            }
        }

        return Tense.Unknown;
    }

    /// <summary>
    /// The tense of a clause whose verb an "and" a few words before <paramref name="k"/> leaves out: "He reached Amritsar the next day
    /// and Delhi by the end of the month" is told in the verb of the clause before the "and".
    /// </summary>
    private Tense EllipsisTense(int k)
    {
        for (int j = k - 1; j >= Math.Max(_first, k - EllipsisReach); j--)
        {
            if (Tokens[j].Kind == TokenKind.Punctuation || (IsWord(j) && Lookup(W(j), out _) == WordKind.TenseMarker))
            {
                return Tense.Unknown;
            }

            if (Is(j, "and"))
            {
                return TenseBefore(j);
            }
        }

        return Tense.Unknown;
    }

    /// <summary>How many words back from a date the "and" of a clause without its own verb may stand.</summary>
    private const int EllipsisReach = 5;

    /// <summary>
    /// "Australia and India", "in June and in Europe", "last at least six months and be reviewed": an "and" that joins names,
    /// phrases or a second verb of the same subject, not two clauses.
    /// </summary>
    private bool AndContinues(int j) =>
        (j > _first && IsWord(j - 1) && Cap(j - 1) && IsWord(j + 1) && Cap(j + 1))
        || Is(j + 1, "in") || Is(j + 1, "on") || Is(j + 1, "at") || Is(j + 1, "be");

    /// <summary>How many words back from a date its clause's future-in-the-past auxiliary may stand.</summary>
    private const int FutureInPastReach = 10;

    /// <summary>
    /// Whether the clause before <paramref name="k"/> tells the future from a past time: 2 for a plan told in the past ("was due to
    /// fly", "were expected to sign", "was supposed to retire", "had been scheduled for"), 1 for "would" ("would take office in
    /// January"), 0 otherwise (a present or future auxiliary nearer the date decides: "says it will").
    /// </summary>
    private int FutureInPastBefore(int k)
    {
        ReadOnlySpan<Token> tokens = Tokens; // one look-up for the scan (linear work: a few steps per date)
        int floor = Math.Max(_first, k - FutureInPastReach);
        bool extended = false;
        for (int j = k - 1; j >= floor; j--)
        {
            if (tokens[j].Kind == TokenKind.Punctuation && !tokens[j].Has(TokenTraits.Quote))
            {
                if (!extended && Is(j, ",") && WithParticiple(j + 1, k))
                {
                    extended = true; // one clause of "with" at most: the scan stays a few steps per date
                    floor = Math.Max(_first, j - FutureInPastReach - 4); // "would leave Bombay on Monday and Tuesday nights from March 30, with the third departing from August 6"
                    continue;
                }

                return 0;
            }

            if (tokens[j].Kind != TokenKind.Word || tokens[j].Length > 5)
            {
                continue; // every trigger word is short
            }

            ReadOnlySpan<char> w = _text.AsSpan(tokens[j].Start, tokens[j].Length);
            if (w.Equals("would", StringComparison.OrdinalIgnoreCase))
            {
                return 1;
            }

            if (w.Equals("was", StringComparison.OrdinalIgnoreCase) || w.Equals("were", StringComparison.OrdinalIgnoreCase))
            {
                if (Is(j + 1, "due") || Is(j + 1, "expected") || Is(j + 1, "supposed") || Is(j + 1, "scheduled") || Is(j + 1, "meant") || Is(j + 1, "set") || Is(j + 1, "to"))
                {
                    return 2;
                }
            }
            else if (w.Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                // "voted to strike on January 22", "agreed to meet again in June": what was agreed in the past lies ahead of that past.
                if (j - 1 >= _first && IsWord(j - 1) && W(j - 1).EndsWith("ed", StringComparison.Ordinal) && DateVocabulary.IntentVerbs.Contains(W(j - 1)))
                {
                    return 1;
                }
            }
            else if (w.Equals("due", StringComparison.OrdinalIgnoreCase))
            {
                // "a category 3 storm, due to make landfall on the Monday", "The general election, due in May,": a plan in apposition.
                if (j - 1 >= _first && Is(j - 1, ","))
                {
                    return 2;
                }
            }
            else if (w.Equals("had", StringComparison.OrdinalIgnoreCase))
            {
                if (Is(j + 1, "been") && (Is(j + 2, "due") || Is(j + 2, "scheduled") || Is(j + 2, "expected") || Is(j + 2, "set") || Is(j + 2, "planned")))
                {
                    return 2;
                }
            }
            else if (w.Equals("will", StringComparison.OrdinalIgnoreCase) || w.Equals("is", StringComparison.OrdinalIgnoreCase) || w.Equals("are", StringComparison.OrdinalIgnoreCase)
                || w.Equals("has", StringComparison.OrdinalIgnoreCase) || w.Equals("have", StringComparison.OrdinalIgnoreCase) || w.Equals("'ll", StringComparison.Ordinal)
                || w.Equals("’ll", StringComparison.Ordinal))
            {
                return 0;
            }
        }

        return 0;
    }
}
