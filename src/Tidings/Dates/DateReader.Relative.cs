using Tidings.Text;

namespace Tidings.Dates;

/// <summary>
/// The date reader's relative words: "today", "now", "last week", "next month", "that year" — a unit shifted from the
/// publication or the story.
/// </summary>
internal sealed partial class DateReader
{
    /// <summary>
    /// "These days the light is automatic", "He is 77, and these days he makes four a month", "runs on a diesel engine these days.":
    /// the present, as "nowadays" is, where "these days" heads its clause or ends it; not "these days of austerity", "in these days",
    /// "these days before the vote".
    /// </summary>
    private int? TheseDaysAt(int i)
    {
        if (!Is(i, "these") || !Is(i + 1, "days"))
        {
            return null;
        }

        bool heads = i == _first || Is(i - 1, "and") || Is(i - 1, "but") || Is(i - 1, ",");
        bool ends = i + 2 >= _end || (Tokens[i + 2].Kind == TokenKind.Punctuation && !Is(i + 2, "'") && !Is(i + 2, "’"));
        if (!(heads || ends) || Is(i + 2, "of") || Is(i + 2, "before") || Is(i + 2, "after") || Is(i + 2, "when") || Is(i + 2, "that") || Is(i + 2, "since")
            || Is(i + 2, "ago") || Is(i + 2, "later") || Is(i + 2, "earlier"))
        {
            return null;
        }

        return Lit(i, i + 1, TemporalType.Date, "PRESENT_REF", DatePrecision.Reference);
    }

    private int TryRelativeWord(int i, ReadOnlySpan<char> w)
    {
        if (w.Equals("present", StringComparison.OrdinalIgnoreCase))
        {
            return Is(i - 1, "at") ? Lit(i - 1, i, TemporalType.Date, "PRESENT_REF", DatePrecision.Reference) : i;
        }

        if (w.Equals("now", StringComparison.OrdinalIgnoreCase) || w.Equals("currently", StringComparison.OrdinalIgnoreCase)
            || w.Equals("nowadays", StringComparison.OrdinalIgnoreCase))
        {
            // "the Poetry Now award", "Apocalypse Now was": a capitalised "Now" after a capitalised word, in running text, ends a name.
            if (Cap(i) && i > _first && IsWord(i - 1) && Cap(i - 1) && Lookup(W(i - 1), out _) == WordKind.None && IsWord(i + 1) && !Cap(i + 1))
            {
                return i + 1;
            }

            // "the yard is now a museum", "profits are now expected", "and now face": a lower-case "now" inside its clause is the
            // clause's adverb, no time the text names; one that opens the sentence ("Now the bank is bidding", "And now it has
            // shifted") or follows a preposition ("from now until Christmas", "for now", "right now") is (TimeML tags every one).
            if (!_timeML && i > _first && !Cap(i) && w.Equals("now", StringComparison.OrdinalIgnoreCase) && !NowHeadsClause(i))
            {
                return i + 1;
            }

            return Lit(i, i, TemporalType.Date, "PRESENT_REF", DatePrecision.Reference);
        }

        if (w.Equals("recently", StringComparison.OrdinalIgnoreCase) || w.Equals("previously", StringComparison.OrdinalIgnoreCase))
        {
            return Lit(i, i, TemporalType.Date, "PAST_REF", DatePrecision.Reference);
        }

        if (w.Equals("overnight", StringComparison.OrdinalIgnoreCase))
        {
            return TryOvernight(i);
        }

        int offset = w.Equals("yesterday", StringComparison.OrdinalIgnoreCase) ? -1
            : w.Equals("tomorrow", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        DateParse day = DateParse.Offset(TimeUnit.Day, offset);
        if (w.Equals("tonight", StringComparison.OrdinalIgnoreCase))
        {
            return Emit(i, i, day with { Part = 3, Grain = DatePrecision.PartOfDay });
        }

        // "yesterday morning"
        if (i + 1 < _end && IsWord(i + 1) && Lookup(W(i + 1), out int p) == WordKind.PartOfDay)
        {
            return Emit(i, i + 1, day with { Part = p, Grain = DatePrecision.PartOfDay });
        }

        // "mid-afternoon yesterday", "late morning today": the part of the day written first.
        if (PartOfDayBefore(i) is (int partStart, int part))
        {
            return Emit(partStart, i, day with { Part = part, Grain = DatePrecision.PartOfDay });
        }

        return Emit(i, i, day);
    }

    /// <summary>Whether the lower-case "now" at <paramref name="i"/> is a time of its own: after a word of <c>[now-lead]</c> ("until
    /// now", "right now"), after a conjunction or a quote that opens the sentence ("And now it has shifted"), or after a colon or a dash.</summary>
    private bool NowHeadsClause(int i)
    {
        int k = i - 1;
        if (Tokens[k].Kind == TokenKind.Punctuation)
        {
            return !Is(k, ",");
        }

        return (IsWord(k) && DateVocabulary.NowLeads.Contains(W(k)))
            || ((k == _first || (Tokens[k - 1].Kind == TokenKind.Punctuation && !Is(k - 1, ","))) && (Is(k, "and") || Is(k, "but") || Is(k, "so")))
            || NowComparedWithTime(i);
    }

    /// <summary>How many tokens after a mid-clause "now" its comparison may start ("now 30% higher than"), and how many tokens after
    /// the comparison's word the other time may (" than at any time since 1975").</summary>
    private const int NowComparisonReach = 12, ComparedTimeReach = 6;

    /// <summary>Whether the clause of the "now" at <paramref name="i"/> sets it against another time: "than", "compared with", "compared
    /// to", "versus" or ", up from" / ", down from" and then, a few words on, a time ("Rents are now 30% higher than two years ago", "now
    /// worth $3bn, up from $1bn a decade ago"). That "now" is what the other time is measured against.</summary>
    private bool NowComparedWithTime(int i)
    {
        int ceiling = Math.Min(_end, i + 1 + NowComparisonReach);
        for (int m = i + 1; m < ceiling; m++)
        {
            if (Tokens[m].Kind == TokenKind.Punctuation)
            {
                if (Is(m, ",") && (Is(m + 1, "up") || Is(m + 1, "down")) && Is(m + 2, "from"))
                {
                    return TimeFollows(m + 3);
                }

                return false;
            }

            // "now more than two years": a count's "more than", no comparison of times.
            if ((Is(m, "than") && !Is(m - 1, "more") && !Is(m - 1, "less") && !Is(m - 1, "fewer") && !Is(m - 1, "rather")) || Is(m, "versus") || Is(m, "vs") || ((Is(m, "compared") || Is(m, "relative")) && (Is(m + 1, "with") || Is(m + 1, "to")))
                || ((Is(m, "up") || Is(m, "down")) && Is(m + 1, "from")))
            {
                return TimeFollows(m + 1);
            }
        }

        return false;
    }

    /// <summary>Whether a time word stands within a few tokens from <paramref name="k"/> in the clause: a unit ("two years ago"), a month,
    /// a weekday, a season, "last"/"next"/"this", a relative day ("yesterday") or a year ("in 2019").</summary>
    private bool TimeFollows(int k)
    {
        int ceiling = Math.Min(_end, k + ComparedTimeReach);
        for (int m = k; m < ceiling; m++)
        {
            if (Tokens[m].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (Tokens[m].Kind == TokenKind.Number && Tokens[m].Length == 4 && IsYear(m, out _))
            {
                return true;
            }

            if (IsWord(m) && Lookup(W(m), out _) is WordKind.Unit or WordKind.Month or WordKind.Weekday or WordKind.Season or WordKind.Shift or WordKind.Relative)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"last week", "next month", "this year", "past weekend", "last November", "last Friday".</summary>
    private int TryShift(int i, int direction)
    {
        int u = i + 1;

        // "On this day in 1969": the day of writing's month and day in that year.
        // Not "unsolved to this day in 2025", "until this day": "this day" there is "now", and the year a comment on it.
        if (Is(i, "this") && Is(u, "day") && Is(u + 1, "in") && !Is(i - 1, "to") && !Is(i - 1, "until") && IsYear(u + 2, out int dayYear))
        {
            return Emit(i, u + 2, DateParse.Calendar(dayYear, 0, 0) with { Grain = DatePrecision.Day, KeepDay = true, Anchor = AnchorUse.Publication });
        }

        if (Is(i, "that") && Is(u, "same"))
        {
            u++; // "that same month": the story's month
        }

        // "this time last year": the writing's month a year back; "this time last week": its day a week back (session 36, dates36b).
        if (Is(i, "this") && Is(u, "time") && Is(u + 1, "last") && (Is(u + 2, "year") || Is(u + 2, "week")))
        {
            return Emit(i, u + 2, Is(u + 2, "year") ? DateParse.Offset(TimeUnit.Month, -12) : DateParse.Offset(TimeUnit.Day, -7));
        }

        // "this coming weekend" said on a weekday: the weekend of the writing's week, not the one after.
        if (Is(i, "coming") && Is(i - 1, "this") && Is(u, "weekend"))
        {
            return Emit(i - 1, u, DateParse.Offset(TimeUnit.Weekend, 0));
        }

        if (!IsWord(u))
        {
            return i;
        }

        WordKind kind = Lookup(W(u), out int code);

        // "That Christmas": the story's.
        if (Is(i, "that") && Cap(u))
        {
            int count = _parses.Count;
            if (TryHoliday(u) is int holidayEnd)
            {
                if (_parses.Count == count + 1)
                {
                    _parses[^1] = _parses[^1] with { Start = Tokens[i].Start, Anchor = AnchorUse.Story };
                }

                return holidayEnd;
            }
        }
        // "last Christmas", "next Easter": the one before (after) the time of writing, whatever the story's year; "This Christmas, it
        // expects …": the writing's, in the clause's tense.
        if ((direction != 0 || Is(i, "this")) && !Is(i, "that") && Cap(u) && DateVocabulary.MayStartNamedDay(W(u)))
        {
            int count = _parses.Count;
            if (TryHoliday(u) is int shiftedEnd)
            {
                if (_parses.Count == count + 1 && _parses[^1].Kind == ParseKind.NamedDay && _parses[^1].Year is null)
                {
                    _parses[^1] = _parses[^1] with { Start = Tokens[i].Start, Anchor = AnchorUse.Publication, Tense = direction < 0 ? Tense.Past : direction > 0 ? Tense.Future : _parses[^1].Tense };
                }

                return shiftedEnd;
            }
        }

        if (kind == WordKind.Month && Cap(u))
        {
            int before = _parses.Count;
            int next = TryMonth(u, u, code, null);
            if (Is(i, "that") && _parses.Count == before + 1 && _parses[^1].Grain == DatePrecision.Month && _parses[^1].Year is null)
            {
                _parses[^1] = _parses[^1] with { Start = Tokens[i].Start, Anchor = AnchorUse.Story }; // "That March": the story's
            }

            return next;
        }

        if (kind == WordKind.Weekday && Cap(u) && W(u).Length > 4)
        {
            return TryWeekday(u, u, code);
        }

        // "that evening", "that day": the story's day.
        if (Is(i, "that") && (kind == WordKind.PartOfDay || Is(u, "day")))
        {
            DateParse day = DateParse.Offset(TimeUnit.Day, 0, AnchorUse.Story);
            return Emit(i, u, kind == WordKind.PartOfDay ? day with { Type = TemporalType.Time, Part = code, Grain = DatePrecision.PartOfDay } : day);
        }

        // "this morning", "last night"
        if (kind == WordKind.PartOfDay && direction <= 0 && (direction == 0 || Is(u, "night") || Is(u, "evening")))
        {
            if (!Is(i, "this") && !Is(i, "last"))
            {
                return i;
            }

            return Emit(i, u, DateParse.Offset(TimeUnit.Day, direction) with { Type = TemporalType.Time, Part = code, Grain = DatePrecision.PartOfDay });
        }

        if (kind == WordKind.Season)
        {
            // "that winter" is the story's; "last fall", "this spring" the publication's.
            bool that = Is(i, "that");
            return Emit(i, u, Season(code) with { Count = direction, Shifted = !that, Anchor = that ? AnchorUse.Story : AnchorUse.Publication });
        }

        // "Earlier that decade": the decade of the story's year.
        if (Is(i, "that") && Is(u, "decade"))
        {
            return Emit(i, u, DateParse.Offset(TimeUnit.Decade, 0, AnchorUse.Story) with { Grain = DatePrecision.Decade });
        }

        // "this fiscal year", "next fiscal year": a year of the accounts.
        if ((Is(u, "fiscal") || Is(u, "financial")) && Is(u + 1, "year") && !Is(i, "that"))
        {
            return Emit(i, u + 1, DateParse.Offset(TimeUnit.Year, direction) with { Fiscal = true, FiscalStart = FiscalStartMonth() });
        }

        // "in coming months", "in the coming weeks": a vague amount of time ahead.
        if (kind == WordKind.Unit && Is(i, "coming") && W(u).EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            return Lit(Is(i - 1, "the") ? i - 1 : i, u, TemporalType.Duration, Duration((TimeUnit)code, -1), DatePrecision.Unknown);
        }

        if (kind != WordKind.Unit || W(u).EndsWith("s", StringComparison.OrdinalIgnoreCase)) // not "will last hours", "the last days of"
        {
            return i;
        }

        // "this year's third quarter", "last year's quarter"
        if ((TimeUnit)code == TimeUnit.Year && (Is(u + 1, "'s") || Is(u + 1, "’s")) && QuarterAfter(u + 2) is (int qLast, int q))
        {
            return Emit(i, qLast, Quarter(q) with { YearShift = direction, Report = q == 0 && direction < 0 ? ReportUse.YearBackQuarter : ReportUse.None });
        }

        // "that year", "that day": the story's; "this year", "last week": the publication's.
        if (Is(i, "that") && (TimeUnit)code is not (TimeUnit.Year or TimeUnit.Month or TimeUnit.Week or TimeUnit.Weekend or TimeUnit.Quarter))
        {
            return i;
        }

        return Emit(i, u, DateParse.Offset((TimeUnit)code, direction, Is(i, "that") ? AnchorUse.Story : AnchorUse.Publication));
    }

    /// <summary>A part of the day just before token <paramref name="i"/> ("afternoon", "mid-afternoon", "late morning"): its first token and code.</summary>
    private (int Start, int Part)? PartOfDayBefore(int i)
    {
        int k = i - 1;
        if (k < _first || !IsWord(k) || (_parses.Count > 0 && _parses[^1].End > Tokens[k].Start))
        {
            return null;
        }

        ReadOnlySpan<char> w = W(k);
        int hyphen = w.IndexOf('-');
        if (hyphen > 0)
        {
            // "mid-afternoon", "late-morning": one hyphenated word.
            ReadOnlySpan<char> head = w[..hyphen];
            bool modifier = head.Equals("mid", StringComparison.OrdinalIgnoreCase) || head.Equals("late", StringComparison.OrdinalIgnoreCase)
                || head.Equals("early", StringComparison.OrdinalIgnoreCase);
            return modifier && Lookup(w[(hyphen + 1)..], out int hyphenPart) == WordKind.PartOfDay ? (k, hyphenPart) : null;
        }

        if (Lookup(w, out int part) != WordKind.PartOfDay)
        {
            return null;
        }

        return (Is(k - 1, "late") || Is(k - 1, "early")) && k - 1 >= _first ? (k - 1, part) : (k, part);
    }
}
