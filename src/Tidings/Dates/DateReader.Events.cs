using Tidings.Text;

namespace Tidings.Dates;

/// <summary>
/// The date reader's events: the event nouns of each sentence (<see cref="DateVocabulary.DayEvents"/>), which event a day is told
/// with (<see cref="DateParse.EventGroup"/>), whether it is a saying's day or a coming event's place in the calendar.
/// </summary>
internal sealed partial class DateReader
{
    /// <summary>The event nouns of the sentence being read (<see cref="DateVocabulary.DayEvents"/>): token, group, and whether the noun
    /// ends a day-from-an-event phrase ("the day after the election"), or is placed away from the sentence's days ("ahead of the
    /// election": <see cref="EventElsewhere"/>, a tail too), and the clause of a noun whose event is told in its own clause only
    /// ("killed in an explosion": <see cref="DateVocabulary.EventElsewhereClauseLeads"/>), else -1. Read once per sentence, before its dates.</summary>
    private readonly List<(int Token, int Group, bool Tail, bool Elsewhere, int Clause)> _eventNouns = [];

    /// <summary>The tokens of the sentence that start a new clause (<see cref="ClauseBreak"/>), read only when a noun is bound to its
    /// clause (review 34d, finding 1).</summary>
    private readonly List<int> _clauseBreaks = [];

    /// <summary>For each clause of the sentence, the event groups of the nouns bound to it (<see cref="_eventNouns"/>' Clause).</summary>
    private readonly List<ulong> _clauseEventGroups = [];

    /// <summary>For each of <see cref="_eventNouns"/>, the index of the last event noun up to it that is no tail, or -1 (review 33d
    /// finding 1: <see cref="EventOf"/> looks up instead of walking the sentence's nouns for every day).</summary>
    private readonly List<int> _eventNounsBefore = [];

    /// <summary>For each of <see cref="_eventNouns"/>, the index of the first event noun from it on that is no tail, or the count.</summary>
    private readonly List<int> _eventNounsAfter = [];

    /// <summary>The event groups of every event noun of the sentence that is no tail.</summary>
    private ulong _sentenceEventGroups;

    /// <summary>Whether <see cref="_eventNouns"/> and the lists beside it hold the current sentence's (read when a day first asks).</summary>
    private bool _eventNounsRead;

    /// <summary>The number of event nouns of the current sentence, read on first use: only a day date asks for them
    /// (<see cref="EventOf"/>), so a sentence without one never looks its words up (session 34: the look-up of every word
    /// of every sentence was about 45 M instructions of the date reader's 522 M on 2 MB of news).</summary>
    private int SentenceEventNouns()
    {
        if (!_eventNounsRead)
        {
            ReadEventNouns();
            _eventNounsRead = true;
        }

        return _eventNouns.Count;
    }

    /// <summary>Reads the event nouns of the sentence (<see cref="_eventNouns"/>), once, when its first day date asks (<see cref="SentenceEventNouns"/>).</summary>
    private void ReadEventNouns()
    {
        _eventNouns.Clear();
        _eventNounsBefore.Clear();
        _clauseBreaks.Clear();
        _clauseEventGroups.Clear();
        _sentenceEventGroups = 0;
        int lastNoun = -1;
        bool clauseBound = false;
        for (int j = _first; j < _end; j++)
        {
            if (Tokens[j].Kind == TokenKind.Word && Tokens[j].Length <= 24 && In(j, DateVocabulary.DayEvents, out int group) && EventNounForm(j))
            {
                bool isTail = EventTail(j);
                bool elsewhere = !isTail && EventElsewhere(j, DateVocabulary.EventElsewhereLeads);
                bool own = !isTail && !elsewhere && EventElsewhere(j, DateVocabulary.EventElsewhereClauseLeads);
                if (own && (Is(j - 1, "'s") || Is(j - 1, "’s") || Is(j - 2, "'s") || Is(j - 2, "’s")))
                {
                    (elsewhere, own) = (true, false); // "killed in Saturday's crash will be held on Friday": the crash has its day
                }

                bool tail = elsewhere || isTail;
                _eventNouns.Add((j, group, tail, elsewhere, own ? 0 : -1));
                if (!tail)
                {
                    lastNoun = _eventNouns.Count - 1;
                    if (!own)
                    {
                        _sentenceEventGroups |= GroupBit(group);
                    }
                }

                clauseBound |= own;
                _eventNounsBefore.Add(lastNoun);
            }
        }

        if (clauseBound)
        {
            ReadClauses();
        }

        _eventNounsAfter.Clear();
        int nextNoun = _eventNouns.Count;
        for (int k = _eventNouns.Count - 1; k >= 0; k--)
        {
            if (!_eventNouns[k].Tail)
            {
                nextNoun = k;
            }

            _eventNounsAfter.Add(nextNoun); // reversed below
        }

        _eventNounsAfter.Reverse();
    }

    /// <summary>Reads the clauses of the sentence (<see cref="_clauseBreaks"/>) and binds each clause-bound event noun's group to its
    /// clause (<see cref="_clauseEventGroups"/>): "a man died in the crash, and his funeral will be on Friday" — review 34d, finding 1.</summary>
    private void ReadClauses()
    {
        for (int j = _first + 1; j < _end; j++)
        {
            if (ClauseBreak(j))
            {
                _clauseBreaks.Add(j);
            }
        }

        for (int c = 0; c <= _clauseBreaks.Count; c++)
        {
            _clauseEventGroups.Add(0UL);
        }

        for (int k = 0; k < _eventNouns.Count; k++)
        {
            if (_eventNouns[k].Clause >= 0)
            {
                int clause = ClauseOf(_eventNouns[k].Token);
                var noun = _eventNouns[k];
                noun.Clause = clause;
                _eventNouns[k] = noun;
                _clauseEventGroups[clause] |= GroupBit(noun.Group);
            }
        }
    }

    /// <summary>Whether token <paramref name="j"/> starts a new clause of its sentence: a semicolon, or "and", "but", "while" or
    /// "whereas" before a determiner or a pronoun that opens a new subject ("…, and his funeral will be on Friday").</summary>
    private bool ClauseBreak(int j) =>
        Is(j, ";")
        || ((Is(j, "and") || Is(j, "but") || Is(j, "while") || Is(j, "whereas"))
            && (In(j + 1, DateVocabulary.Determiners) || Is(j + 1, "he") || Is(j + 1, "she") || Is(j + 1, "they") || Is(j + 1, "it") || Is(j + 1, "we")));

    /// <summary>The clause of the sentence token <paramref name="token"/> stands in (0 for the first; <see cref="_clauseBreaks"/>).</summary>
    private int ClauseOf(int token)
    {
        int at = _clauseBreaks.BinarySearch(token);
        return at >= 0 ? at + 1 : ~at;
    }

    /// <summary>Whether the event noun at token <paramref name="j"/> is written as an event: a noun of
    /// <see cref="DateVocabulary.CapitalEvents"/> only with a capital ("the Games", not "six games"), one of
    /// <see cref="DateVocabulary.DeterminedEvents"/> only after a determiner or a possessive, next to it or one word before it ("the
    /// talks", "a strike", "the general strike", "Monday's hearing"; not "Kane will strike") — review 34d, finding 6.</summary>
    private bool EventNounForm(int j)
    {
        if (In(j, DateVocabulary.CapitalEvents))
        {
            return Cap(j);
        }

        if (!In(j, DateVocabulary.DeterminedEvents))
        {
            return true;
        }

        return Determined(j - 1) || (IsWord(j - 1) && !In(j - 1, DateVocabulary.DayEvents) && Determined(j - 2));
    }

    /// <summary>Whether token <paramref name="k"/> is a determiner or a possessive ("the", "a", "its", "'s").</summary>
    private bool Determined(int k) => In(k, DateVocabulary.Determiners) || Is(k, "'s") || Is(k, "’s") || Is(k, "'") || Is(k, "’");

    /// <summary>Whether the event noun at token <paramref name="j"/> ends a day-from-an-event phrase: a day word ("day", "eve",
    /// "week", "weekend", a part of a day, a weekday), "after", "before" or "of", "the", at most one word, the noun.</summary>
    private bool EventTail(int j)
    {
        int the = Is(j - 1, "the") ? j - 1 : Is(j - 2, "the") ? j - 2 : -1;
        if (the < 0 || !(Is(the - 1, "after") || Is(the - 1, "before") || Is(the - 1, "of")) || !IsWord(the - 2))
        {
            return false;
        }

        int d = the - 2;
        return Is(d, "day") || Is(d, "eve") || Is(d, "week") || Is(d, "weekend") || Lookup(W(d), out _) is WordKind.PartOfDay or WordKind.Weekday;
    }

    /// <summary>How many tokens after a day-from-an-event phrase a date may stand and be its event's ("the vote on 5 March", "the
    /// election, scheduled for 3 November", "the vote, which is due on 5 March").</summary>
    private const int EventGlue = 6;

    /// <summary>The event a day at tokens <paramref name="first"/>..<paramref name="last"/> is told with (<see cref="DateParse.EventGroup"/>):
    /// a day-from-an-event phrase's noun just before it (then <c>After</c>), else the nearest event noun of its sentence that ends no
    /// such phrase ("The summit opens on 10 December"; not "Ministers meet on 8 December, on the eve of the summit"); 0 for none.</summary>
    private (int Group, bool After, ulong Groups, bool Own) EventOf(int first, int last, bool ownDay)
    {
        // "killed in Saturday's crash": a day owned by the event noun right after it is that event's.
        int owner = Is(last + 1, "'s") || Is(last + 1, "’s") ? last + 2 : -1;
        if (owner >= 0 && (In(owner, DateVocabulary.DayEvents, out int owned) || In(++owner, DateVocabulary.DayEvents, out owned)))
        {
            return (owned, false, GroupBit(owned), false);
        }

        // The first event noun at or after the day (the nouns are in token order): a binary search, so a sentence of many days
        // costs n log n, not days × nouns (review 33d finding 1).
        int lo = 0;
        int hi = _eventNouns.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (_eventNouns[mid].Token < first)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        // "the week before the vote on 5 March": the earliest tail noun within reach before the day is its event.
        int tailAt = -1;
        for (int k = lo - 1; k >= 0 && first - _eventNouns[k].Token <= EventGlue; k--)
        {
            // A noun placed elsewhere only with a day right after it ("ahead of the election on 5 March", "after the storm, on 4
            // December"; not "killed in the crash will be held on Friday").
            if (_eventNouns[k].Tail && !(_eventNouns[k].Elsewhere && first - _eventNouns[k].Token > 3))
            {
                tailAt = k;
            }
        }

        if (tailAt >= 0)
        {
            // "marched on the eve of the summit on Tuesday": a weekday or a deictic day just after an "on the eve of" or "on the day
            // after" phrase is the phrase's own day, not its event's (review 33d, finding 4); a full date stays the event's.
            int noun = _eventNouns[tailAt].Token;
            if (ownDay && Is(first - 1, "on") && first - 2 == noun && EventPhraseAfterOn(noun))
            {
                return (0, false, 0UL, true);
            }

            return (_eventNouns[tailAt].Group, true, GroupBit(_eventNouns[tailAt].Group), false);
        }

        // Else the nearest noun that is no tail (the earlier one on a tie), with every event of the sentence (session 33) but those
        // bound to another clause ("died in the crash, and his funeral will be on Friday": review 34d, finding 1).
        int before = lo > 0 ? _eventNounsBefore[lo - 1] : -1;
        int after = lo < _eventNouns.Count ? _eventNounsAfter[lo] : lo;
        ulong groups = _sentenceEventGroups;
        if (_clauseEventGroups.Count > 0)
        {
            int clause = ClauseOf(first);
            groups |= _clauseEventGroups[clause];
            if (before >= 0 && _eventNouns[before].Clause >= 0 && _eventNouns[before].Clause != clause)
            {
                before = -1;
            }

            if (after < _eventNouns.Count && _eventNouns[after].Clause >= 0 && _eventNouns[after].Clause != clause)
            {
                after = _eventNouns.Count;
            }
        }

        int best = 0;
        int distance = int.MaxValue;
        if (before >= 0)
        {
            best = _eventNouns[before].Group;
            distance = first - _eventNouns[before].Token;
        }

        if (after < _eventNouns.Count)
        {
            int token = _eventNouns[after].Token;
            int d = token > last ? token - last : 0;
            if (d < distance)
            {
                best = _eventNouns[after].Group;
            }
        }

        return (best, false, groups, false);
    }

    /// <summary>Whether the event noun at token <paramref name="noun"/> ends a day or part-of-a-day phrase told after "on" ("on the
    /// eve of the summit", "on the day after the election", "on the morning after the crash"; not "the week before the vote").</summary>
    private bool EventPhraseAfterOn(int noun)
    {
        int the = Is(noun - 1, "the") ? noun - 1 : Is(noun - 2, "the") ? noun - 2 : -1;
        int d = the - 2;
        return the > 0 && EventTail(noun) && Is(d - 1, "the") && Is(d - 2, "on")
            && (Is(d, "day") || Is(d, "eve") || (IsWord(d) && !Cap(d) && Lookup(W(d), out _) == WordKind.PartOfDay));
    }

    /// <summary>Whether a lead of <paramref name="leads"/> (<see cref="DateVocabulary.EventElsewhereLeads"/>,
    /// <see cref="DateVocabulary.EventElsewhereClauseLeads"/>) stands before the event noun at token
    /// <paramref name="j"/>, its article, possessive or one more word between ("ahead of the election", "killed in Saturday's crash",
    /// "after the general election"): the event is placed away from the days of its sentence (review 33d, finding 6).</summary>
    private bool EventElsewhere(int j, string[][] leads)
    {
        for (int e = j - 1; e >= _first && e >= j - 4; e--)
        {
            foreach (string[] lead in leads)
            {
                int start = e - lead.Length + 1;
                int w = 0;
                while (w < lead.Length && Is(start + w, lead[w]))
                {
                    w++;
                }

                if (w == lead.Length)
                {
                    return true;
                }
            }

            if (Tokens[e].Kind == TokenKind.Punctuation && !Is(e, "'s") && !Is(e, "’s") && !Is(e, "'") && !Is(e, "’"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the day at token <paramref name="first"/> is told as a coming event's place in the calendar: "on" or "for"
    /// after a <see cref="DateVocabulary.ScheduledLeads"/> word ("The chancellor's statement is on Wednesday", "is due on 5 March",
    /// "is set for Monday"), or "on" a few words after a gathering's verb (<see cref="DateVocabulary.ScheduledVerbs"/>: "Nato leaders
    /// meet in The Hague on 24 June"); not any day of a present or future clause ("will resume trading on Thursday": review 33d,
    /// finding 5).</summary>
    private bool ScheduledLeadBefore(int first)
    {
        int j = first - 1;
        if (IsWord(j) && Lookup(W(j), out _) == WordKind.Weekday)
        {
            j--; // "on Thursday 10 December", read from its day
        }

        if (Is(j, ","))
        {
            j--;
        }

        if (!Is(j, "on") && !Is(j, "for"))
        {
            return In(j, DateVocabulary.ScheduledLeads);
        }

        if (In(j - 1, DateVocabulary.ScheduledLeads))
        {
            return true;
        }

        // "Nato leaders meet in The Hague on 24 June": a gathering's verb a few words back in the clause.
        for (int k = j - 1; k >= _first && k >= j - ScheduledVerbReach && IsWord(k); k--)
        {
            if (In(k, DateVocabulary.ScheduledVerbs))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words back from "on" a gathering's verb may stand ("meet in The Hague on 24 June").</summary>
    private const int ScheduledVerbReach = 6;

    /// <summary>The bit of event group <paramref name="group"/> in <see cref="DateParse.EventGroups"/> (none past the 63rd).</summary>
    internal static ulong GroupBit(int group) => group is > 0 and < 64 ? 1UL << group : 0UL;

    /// <summary>How many words back from a day a word of a saying may stand ("answered a written question on 3 March").</summary>
    private const int SayingFrameReach = 5;

    /// <summary>Whether the day read at token <paramref name="read"/> is a saying's (<see cref="DateParse.SayingDay"/>): a
    /// <see cref="DateVocabulary.SayingFrames"/> word a few words back in its clause with no other past verb between ("said on
    /// Tuesday", "told reporters on Monday", "in a written answer on 3 March 1998"; not "said the plant opened on 3 March"), nor a
    /// verb of tense ("The chancellor's statement is on Wednesday": the statement's own day, session 33).</summary>
    private bool SayingFrameBefore(int read)
    {
        for (int j = read - 1; j >= _first && j >= read - SayingFrameReach; j--)
        {
            if (!IsWord(j) || Is(j, "that"))
            {
                return false;
            }

            if (In(j, DateVocabulary.SayingFrames))
            {
                return true;
            }

            if (In(j, DateVocabulary.DayEvents, out _))
            {
                return false; // "announced the match on Saturday 12 December": the day is the match's, the saying's object (review 33d, finding 2)
            }

            if ((W(j).Length > 4 && W(j).EndsWith("ed", StringComparison.Ordinal)) || Lookup(W(j), out _) == WordKind.TenseMarker)
            {
                return false; // "said the factory opened on 3 March": the day is the opening's; "the statement is on Wednesday"
            }
        }

        return false;
    }
}
