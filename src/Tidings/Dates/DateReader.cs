using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Tidings.Text;

namespace Tidings.Dates;

/// <summary>
/// The date reader: one pass over one document that, at each token, tries the patterns longest first and yields a
/// typed <see cref="DateParse"/> of each expression (fields, offsets, grain, modifiers, what it counts from). It
/// never looks at the reference date: <see cref="DateResolver"/> does that.
/// </summary>
internal sealed partial class DateReader
{
    private readonly Document _doc;
    private readonly string _text;
    /// <summary>The document's tokens (<see cref="Document.TokenArray"/>, at least <see cref="_tokenCount"/> long), kept so
    /// that a token read does not ask the document for its span.</summary>
    private readonly Token[] _tokenArray;
    private readonly int _tokenCount;
    /// <summary>The thread's spare list (<see cref="ResultList{T}"/>): the extractor gives it back when it has read it.</summary>
    private readonly List<DateParse> _parses = ResultList<DateParse>.Take();
    private int _first;
    /// <summary>The named days (<see cref="DateVocabulary.NamedDays"/> indexes) this text used inside a longer name ("the Prague Spring Festival").</summary>
    private List<int>? _namedDaysInNames;
    private int _end;
    /// <summary>Whether to tag as TimeML does where it differs from reading news (<see cref="DateExtractor.TimeML"/>): every "now",
    /// "the quarter" and "the fiscal year" before "ended" or "ending", no set in "a quarterly dividend".</summary>
    private readonly bool _timeML;

    public DateReader(Document doc, bool timeML = false)
    {
        _doc = doc;
        _text = doc.Text;
        _tokenArray = doc.TokenArray;
        _tokenCount = doc.TokenCount;
        _timeML = timeML;
    }

    /// <summary>The document being read.</summary>
    public Document Document => _doc;

    /// <summary>The parses read so far, in text order.</summary>
    public List<DateParse> Parses => _parses;

    /// <summary>Token look-ups made so far (for the linear-work property tests): every <see cref="Tokens"/> access counts one
    /// when <see cref="StepCounting.PerRead"/> is on (the test project turns it on), the per-document counts always.</summary>
    public long Steps { get; private set; }

    private ReadOnlySpan<Token> Tokens
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if (StepCounting.PerRead)
            {
                Steps++; // a write to memory at every read otherwise, on the reader's hottest path (session 33)
            }

            // The document's span without its checks (the array holds at least the count), as ClaimBuilder reads it: the
            // reader's hottest look-up (Is, IsWord, Cap, W at every token).
            return MemoryMarshal.CreateReadOnlySpan(ref MemoryMarshal.GetArrayDataReference(_tokenArray), _tokenCount);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<char> W(int k)
    {
        Token t = Tokens[k];
        return _text.AsSpan(t.Start, t.Length);
    }

    /// <summary>Whether token <paramref name="k"/> of the sentence is <paramref name="word"/> (ignoring case): the lengths
    /// first, read from the token before any span of the text is made, which turns most tokens away without comparing a
    /// character (the reader's most called check: about 12 calls a token).</summary>
    /// <remarks>Inlined at its call sites (session 33), where the word is a literal and its length a constant: a token of
    /// another length costs a few instructions and no call; only a token of the word's length calls the comparison.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Is(int k, string word)
    {
        if (k < _first || k >= _end)
        {
            return false;
        }

        Token t = Tokens[k];
        return t.Length == word.Length && TextIs(t.Start, word);
    }

    /// <summary>Whether the text at <paramref name="start"/>, as long as <paramref name="word"/>, is that word ignoring case:
    /// <see cref="Is"/>'s comparison, kept out of its call sites.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TextIs(int start, string word) => CharClass.EqualsWord(_text.AsSpan(start, word.Length), word);

    /// <summary>Whether token <paramref name="k"/> of the sentence is a word of <paramref name="table"/>, and its number there.</summary>
    private bool In(int k, AsciiWordTable<int> table, out int n)
    {
        n = 0;
        return k >= _first && k < _end && table.TryGetValue(W(k), out n);
    }

    /// <summary>Whether token <paramref name="k"/> of the sentence is a word of <paramref name="table"/>.</summary>
    private bool In(int k, AsciiWordTable<int> table) => In(k, table, out _);

    /// <summary>Whether token <paramref name="k"/> of the sentence is a word of <paramref name="table"/>.</summary>
    private bool In(int k, AsciiWordTable<bool> table) => k >= _first && k < _end && table.Contains(W(k));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsWord(int k) => k >= _first && k < _end && Tokens[k].Kind == TokenKind.Word;

    /// <summary>Whether token <paramref name="k"/> is capitalised (inlined: asked of most words in <see cref="TryAt"/>, where a call
    /// cost three times the test).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Cap(int k) => Tokens[k].Has(TokenTraits.Capitalized);

    public void ReadSentence(Sentence sentence)
    {
        _first = sentence.FirstToken;
        _end = sentence.EndToken;
        if (_first < _end)
        {
            // A line break between sentences starts a new paragraph (each gap is looked at once).
            int from = _first > 0 ? Tokens[_first - 1].End : 0;
            if (_text.AsSpan(from, Math.Max(0, Tokens[_first].Start - from)).Contains('\n'))
            {
                _paragraph++;
            }
        }

        _eventNounsRead = false;
        int i = _first;
        while (i < _end)
        {
            int next = TryAt(i);
            i = next > i ? next : i + 1;
        }
    }

    /// <summary>Tries every pattern at token <paramref name="i"/>; returns the token after a match, or <paramref name="i"/>.</summary>
    private int TryAt(int i)
    {
        Token t = Tokens[i];
        if (t.Kind == TokenKind.Number)
        {
            return TryNumberStart(i);
        }

        if (t.Kind != TokenKind.Word)
        {
            // "the '08 crash", "a '90s staple", "the Class of '99" (DateReader.Wraps.cs).
            return t.Kind == TokenKind.Punctuation && t.Length == 1 && _text[t.Start] is '\'' or '’' ? TryApostropheYear(i) ?? i : i;
        }

        ReadOnlySpan<char> w = W(i);
        if (w.Length > 24)
        {
            return i;
        }

        if (Cap(i) && w.Length >= 7 && TryMonthRange(i) is int monthRangeEnd)
        {
            return monthRangeEnd; // "December-January"
        }

        // "14 April 1971, the Tamil New Year": another calendar's new year, not 1 January (a known one, "Lunar New Year", is read
        // from its first word).
        if (Is(i, "New") && Is(i + 1, "Year") && !Is(i + 2, "'s") && !Is(i + 2, "’s") && i - 1 > _first && IsWord(i - 1) && Cap(i - 1)
            && Lookup(W(i - 1), out _) == WordKind.None && !IsPreposition(i - 1) && !Is(i - 1, "Happy"))
        {
            return i + 2;
        }

        // "Michaelmas term", "Hilary term 2026", "Trinity term of 1963": a university term named by a feast, the season it falls in.
        if (Cap(i) && Is(i + 1, "term") && DateVocabulary.NamedTerms.TryGetValue(w, out int namedTerm))
        {
            return AcademicTerm(Is(i - 1, "this") ? i - 1 : i, i + 1, namedTerm);
        }

        if (Cap(i) && DateVocabulary.MayStartNamedDay(w) && TryHoliday(i) is int holidayEnd)
        {
            return holidayEnd;
        }

        // "at first light tomorrow", "by first light", "went out again at first light.": dawn. (Not "at first light the next day"
        // nor "at first light on Sunday", which the earlier sets leave untagged.)
        if (Is(i + 1, "light") && !Cap(i) && DateVocabulary.LightWords.TryGetValue(w, out int light)
            && (Is(i - 1, "by") || Is(i - 1, "until") || Is(i - 1, "till") || RelativeDay(i + 2)
                || (Is(i - 1, "at") && !Is(i + 2, "the") && !DayAfterOn(i + 2))))
        {
            return EmitClock(i, i + 1, -1, 0, light);
        }

        // "half past nine", "a quarter to six", "twenty-five to ten", "seven-thirty", "at three in the morning" (DateReader.SpokenClocks.cs).
        // (Only from a number's word, "a", "half", "quarter" or a hyphened word: the look-up made anyway settles most words without
        // asking their neighbours.)
        WordKind kind = Lookup(w, out int n);
        if ((kind is WordKind.Cardinal or WordKind.Century or WordKind.Article || t.Has(TokenTraits.HasHyphen) || Is(i, "half") || Is(i, "quarter"))
            && MayBeSpokenClock(i) && SpokenClockAt(i) is int spokenEnd)
        {
            return spokenEnd;
        }

        if (kind == WordKind.None && w.Length > 6 && (w[0] is 'N' or 'T' or 'F' or 'S' or 'E') && TryPremodifyingDecade(i) is int decadeEnd)
        {
            return decadeEnd; // "Nineties nostalgia", "a Seventies classic" (DateReader.Words.cs)
        }

        if (kind == WordKind.None && i + 1 < _end && Tokens[i + 1].Kind == TokenKind.Number && TryJapaneseEraYear(i) is int eraEnd)
        {
            return eraEnd; // "Reiwa 8", "Heisei 31" (DateReader.Calendars.cs)
        }

        if (kind == WordKind.None && !MayReadPlainWord(i, w))
        {
            // Most words of a text: of no date kind, and none of TryWord's patterns for such a word can start here. What its
            // last arm gives them, without its frame (1,632 bytes of it cleared at every call before: session 33).
            return t.Has(TokenTraits.HasHyphen) ? TryHyphenated(i, w) : i;
        }

        return TryWord(i, t, w, kind, n);
    }

    /// <summary>Whether TryWord's arms for a word of no date kind may match at <paramref name="i"/>: "weekdays", "weekends",
    /// "midweek", or a guard of the last patterns (below). False answers as TryWord would: no arm but its last.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayReadPlainWord(int i, ReadOnlySpan<char> w) =>
        CharClass.EqualsWord(w, "weekdays") || CharClass.EqualsWord(w, "weekends") || CharClass.EqualsWord(w, "midweek") || CharClass.EqualsWord(w, "weeknights")
        || MayBeTheseDays(i) || MayBeBareQuarter(i) || MayBeFrequency(i) || MayBeAlternate(w) || MayBePeriodCode(w);

    /// <summary>TryAt's patterns for word token <paramref name="i"/> (<paramref name="t"/>, text <paramref name="w"/>) by its
    /// kind in the date vocabulary (<paramref name="kind"/>, its number <paramref name="n"/>).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int TryWord(int i, Token t, ReadOnlySpan<char> w, WordKind kind, int n)
    {
        return kind switch
        {
            // "on weekdays", "at weekends": a set of days.
            _ when (CharClass.EqualsWord(w, "weekdays") || CharClass.EqualsWord(w, "weekends"))
                && (Is(i - 1, "on") || Is(i - 1, "at") || Is(i - 1, "during"))
                => Lit(i, i, TemporalType.Set, CharClass.EqualsWord(w, "weekdays") ? "XXXX-WXX-WD" : "XXXX-WXX-WE", DatePrecision.Unknown),
            // "ran weeknights at 6pm", "moves to weeknights": the nights of the working week (XXXX-WXX-WDTNI, b25), with its clock when joined.
            _ when CharClass.EqualsWord(w, "weeknights") && !Cap(i)
                => SetClockAfter(i) is (int nightsLast, string nightsClock) ? Lit(i, nightsLast, TemporalType.Set, "XXXX-WXX-WD" + nightsClock, DatePrecision.Unknown)
                    : Lit(i, i, TemporalType.Set, "XXXX-WXX-WDTNI", DatePrecision.Unknown),
            // "tomorrow week", "a week yesterday", "a week last Tuesday", "this day next year", "the weekend of 7 February" (DateReader.Chains.cs).
            WordKind.Relative or WordKind.Article or WordKind.Cardinal or WordKind.Shift or WordKind.The when TryDayChain(i, kind, n) is int chainEnd => chainEnd,
            WordKind.NamedPart when LightPartAt(i, i + 1) => EmitClock(i, i, -1, 0, n), // "at dawn on Saturday", "just after sunrise"
            WordKind.Month when Cap(i) && TryMonthTheDay(i, n) is int monthTheDay => monthTheDay, // "December the sixth"
            WordKind.Weekday when Cap(i) && TrySpelledDay(i, i + 1, i + 2) is int spelledDay => spelledDay, // "Thursday the seventh of May"
            WordKind.Month when (Cap(i) || !IsAmbiguousMonth(w)) && !MonthIsName(i) && (!IsBareAbbreviation(w) || NumberBeside(i)) => TryMonth(i, i, n, null),
            // "Sun, 12 March" and "Tue 14 Mar 2017", not "Sun, a maker of workstations".
            WordKind.Weekday when Cap(i) && !WeekdayIsName(i) && (w.Length > 4 || (Is(i + 1, ",") && (w.Length > 3 || NumberOrMonth(i + 2))) || DayFollows(i)) => TryWeekday(i, i, n),
            WordKind.Season when IsYear(i + 1, out int sy) => Emit(i, i + 1, Season(n) with { Year = sy }),
            // "their driest southern winter", "a good northern summer", "over the Australian summer": a season of one hemisphere, the
            // one of the writing (Data/dateline-regions.txt, [southern-adjective]); "the" kept before a country's adjective.
            WordKind.Season when !Cap(i) && (Is(i - 1, "northern") || In(i - 1, DateVocabulary.SouthernAdjectives)) && !ModifiesNoun(i + 1)
                => Emit(Cap(i - 1) && Is(i - 2, "the") ? i - 2 : i - 1, i, Season(n) with { Southern = !Is(i - 1, "northern"), Tense = TenseBefore(i - 1) }),
            WordKind.Season when Is(i + 1, "of") && IsYear(i + 2, out int ofYear) => Emit(i, i + 2, Season(n) with { Year = ofYear }), // "Summer of 1940"
            WordKind.Season when !Cap(i) && Is(i - 1, "all") && !Is(i, "fall") && !ModifiesNoun(i + 1) => Emit(i - 1, i, Season(n) with { Tense = TenseBefore(i - 1) }), // "open all summer"
            WordKind.Season when SeasonRange(i) => Emit(i, i, Season(n) with { Tense = TenseBefore(i) }),
            WordKind.Season when Cap(i) && RowHead(i) => Emit(i, i, Season(n)), // a timeline's row: "Spring — Planning consent granted." 
            WordKind.Clock when Is(i - 1, "at") || Is(i - 1, "by") || Is(i - 1, "until") || Is(i - 1, "before") || Is(i - 1, "after")
                || Is(i - 1, "around") || Is(i - 1, "from") || Is(i - 1, "till") || Is(i - 1, "since") || Is(i - 1, "about")
                || (Is(i - 1, "of") && DayAfterClock(i + 1)) // "a deadline of midnight Friday"
                || (!Cap(i) && RelativeDay(i + 1)) // "The deadline was noon today"
                => Hedged(i, EmitClock(i, i, n, 0)),
            // "by nightfall", "until dawn", "at dawn today": a part of the day named by the light.
            WordKind.NamedPart when !Cap(i) && (Is(i - 1, "by") || Is(i - 1, "until") || Is(i - 1, "till") || RelativeDay(i + 1)) => EmitClock(i, i, -1, 0, n),
            // "at teatime", "around teatime on Sunday": a part of the day named by a meal, read as "at lunchtime" is.
            WordKind.NamedPart when !Cap(i) && DateVocabulary.MealParts.Contains(w) && (Is(i - 1, "at") || Is(i - 1, "around") || Is(i - 1, "about"))
                => Hedged(i, EmitClock(i, i, -1, 0, n)),
            WordKind.Vague => TryCountedUnit(i, -1),
            WordKind.Century when SpelledYear(i) is int spelled => Emit(i, i + 1, DateParse.Calendar(spelled, 0, 0)),
            WordKind.Century => TryCountedUnit(i, 19), // "Nineteen years later"
            WordKind.Unit when ((TimeUnit)n == TimeUnit.Day && w.Length == 3 || (TimeUnit)n == TimeUnit.Week && w.Length == 4) && TryCountHeading(i, (TimeUnit)n) is int heading => heading, // "Day 1, Saturday 14 March:"
            WordKind.Unit when (TimeUnit)n == TimeUnit.Day && w.Length == 3 && TryStoryDayCount(i) is int storyDay => storyDay, // "on day three"
            WordKind.Unit when (TimeUnit)n == TimeUnit.Week && w.Length == 4 && TryWeekNumber(i) is int weekNumber => weekNumber, // "in week 49", "ISO week 2026-W49"
            WordKind.Unit when (TimeUnit)n == TimeUnit.Year && (TryYearEnd(i) ?? TryYearToDate(i)) is int yearEnd => yearEnd,
            // "recent years", "in recent days", "in recent weeks" are a time in the past; "in recent months", "recent quarters" an
            // amount of time up to now, as TimeBank has them most often; "for years" an amount of time.
            WordKind.Unit when w.EndsWith("s", StringComparison.OrdinalIgnoreCase) && Is(i - 1, "recent")
                => (TimeUnit)n is TimeUnit.Year or TimeUnit.Day or TimeUnit.Week ? Lit(i - 1, i, TemporalType.Date, "PAST_REF", DatePrecision.Reference)
                : Lit(i - 1, i, TemporalType.Duration, Duration((TimeUnit)n, -1), DatePrecision.Unknown),
            // "two Saturdays ago", "three Sundays from now": that weekday counted back or on from the time of writing.
            WordKind.WeekdayPlural when Cap(i) && WeekdaysCounted(i, n) is int countedEnd => countedEnd,
            WordKind.WeekdayPlural when Cap(i) => SetAtClock(i, i, string.Create(CultureInfo.InvariantCulture, $"XXXX-WXX-{(n == 0 ? 7 : n)}")), // "Sundays at 9pm"
            // "in the weeks before the shooting", "minutes after he was sworn in": a vague amount of time.
            WordKind.Unit when w.EndsWith("s", StringComparison.OrdinalIgnoreCase) && (VagueUnitsAfter(i - 1) || UnitsOfSomething(i) || ((Is(i + 1, "before") || Is(i + 1, "after"))
                && (Is(i - 1, "the") || !IsWord(i - 1) || IsPreposition(i - 1) || Cap(i - 1)))) && !Is(i + 1, "ago")
                => Lit(i, OrUnits(i), TemporalType.Duration, Duration((TimeUnit)n, -1), DatePrecision.Unknown),
            WordKind.Relative => TryRelativeWord(i, w),
            WordKind.Shift => TryShift(i, n),
            WordKind.The => TryThe(i),
            // "clearing Norfolk by late afternoon": a part of the day of the clause's time ("late" stays in the span, out of the value).
            WordKind.PartOfDay when !Cap(i) && Is(i - 1, "late") && (Is(i - 2, "by") || Is(i - 2, "until") || Is(i - 2, "till")) && !Is(i + 1, "of")
                => TryLatePart(i, n),
            WordKind.PartOfDay => TryPartOfDayOf(i, i, n),
            WordKind.Every => TrySet(i),
            // "Apple Daily", "the Sunday Weekly Review": inside a capitalised name.
            WordKind.Adverbial when Cap(i) && IsWord(i - 1) && Cap(i - 1) => i + 1,
            // "founded the monthly in Accra", "a weekly of the left": with an article and no noun after it, a publication.
            WordKind.Adverbial when (Is(i - 1, "the") || Is(i - 1, "a")) && (!IsWord(i + 1) || IsPreposition(i + 1)) => i + 1,
            // "published daily", not "quarterly earnings"; "daily" is a set either way ("a daily tally").
            // "held yearly in the old port", but "pays quarterly to holders" and "rises annually by 3%" qualify an amount.
            // "weekly briefings", "nightly patrols", "the regulator's monthly review": a thing done every week, night, month.
            // "awarded annually since 1969": a set too after a participle (not "doubling its profits annually since 1980").
            WordKind.Adverbial when !IsWord(i + 1) || Is(i + 1, "rather") || Is(i + 1, "instead") || (IsPreposition(i + 1) && ((!w.Equals("quarterly", StringComparison.OrdinalIgnoreCase)
                && !w.Equals("annually", StringComparison.OrdinalIgnoreCase)) || (IsWord(i - 1) && !Cap(i - 1) && (W(i - 1).EndsWith("ed", StringComparison.Ordinal) || IrregularPast(i - 1))))) || (w.Equals("daily", StringComparison.OrdinalIgnoreCase) && !AudienceMeasure(i + 1)) || RecurringThing(i, w)
                => Lit(i, i, TemporalType.Set, AdverbialValue(w), DatePrecision.Unknown),
            WordKind.Modifier => TryModifiedYear(i),
            // (Not "the One O'Clock News", a programme's name.)
            WordKind.Cardinal when n is >= 1 and <= 12 && OClockEnd(i + 1) is int oClockEnd && !(Cap(i) && Cap(oClockEnd)) => SpokenOClock(i, oClockEnd, n), // "seven o'clock", "two o'clock" in the afternoon
            WordKind.Cardinal when TryFrequency(i) is int frequencyEnd => frequencyEnd,
            WordKind.Article or WordKind.Cardinal when WeekOnWeekday(i) is int weekOn => TryWeekday(i + 3, i + 3, weekOn), // "a week on Friday"
            WordKind.Cardinal or WordKind.Article => TryCountedUnit(i, n),
            WordKind.None when CharClass.EqualsWord(w, "midweek") && TryMidweek(i) is int midweekEnd => midweekEnd, // "by midweek"
            _ when TryTheseDays(i) is int theseDaysEnd => theseDaysEnd,
            _ when TryBareQuarter(i) is int quarterEnd => quarterEnd,
            _ when TryFrequency(i) is int onceEnd => onceEnd,
            _ when TryAlternate(i, w) is int alternateEnd => alternateEnd, // "alternate weekends", "biannually"
            _ when TryPeriodCode(i, w) is int codeEnd => codeEnd,
            // A word token holds a '-' only where the tokenizer joined hyphenated parts (and marked it so): no other word has a head and a rest.
            _ => t.Has(TokenTraits.HasHyphen) ? TryHyphenated(i, w) : i,
        };
    }

    // The last patterns TryAt tries at a word, which about one word in two of a news text reaches: each is asked through a
    // guard inlined into TryAt, a necessary condition of its match read from the word or the one after it, so that a word
    // that cannot start it costs a few instructions instead of a call whose frame is cleared for the dates it might build
    // (session 33). Each body asks its guard again.

    /// <summary>"these days" (<see cref="TheseDaysAt"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int? TryTheseDays(int i) => MayBeTheseDays(i) ? TheseDaysAt(i) : null;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayBeTheseDays(int i) => Is(i, "these");

    /// <summary>"fourth quarter" (<see cref="BareQuarterAt"/>): the word after it is "quarter".</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int? TryBareQuarter(int i) => MayBeBareQuarter(i) ? BareQuarterAt(i) : null;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayBeBareQuarter(int i) => Is(i + 1, "quarter");

    /// <summary>"twice a year", "once a week", "three times a day" (<see cref="FrequencyAt"/>): "twice" or "once" here, or
    /// "times" after.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int? TryFrequency(int i) => MayBeFrequency(i) ? FrequencyAt(i) : null;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayBeFrequency(int i) => Is(i, "twice") || Is(i, "once") || Is(i + 1, "times");

    /// <summary>"alternate weekends" and the one-word sets (<see cref="AlternateAt"/>): a word of
    /// <see cref="DateVocabulary.SetWords"/> or "alternate".</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int? TryAlternate(int i, ReadOnlySpan<char> w) => MayBeAlternate(w) ? AlternateAt(i, w) : null;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayBeAlternate(ReadOnlySpan<char> w) => CharClass.EqualsWord(w, "alternate") || DateVocabulary.SetWords.Contains(w);

    /// <summary>"Q3 2024", "FY2025", "YTD", "wk 32" (<see cref="PeriodCodeAt"/>): every code read there is "w" (of "w/c"), a word
    /// of two characters starting with F ("FY" before a number), w ("wk"), Q or H ("Q3", "H1"), one of three whose last two are
    /// "TD" ("YTD", "MTD", "WTD", "QTD"), or a longer one that starts with "FY" or "CY" (<see cref="FiscalCode"/>,
    /// <see cref="CalendarCode"/>). Before session 34 the guard let every word of up to three characters through ("the", "of",
    /// "to"), and each paid <see cref="TryWord"/>'s frame and <see cref="PeriodCodeAt"/>'s tests.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int? TryPeriodCode(int i, ReadOnlySpan<char> w) => MayBePeriodCode(w) ? PeriodCodeAt(i, w) : null;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayBePeriodCode(ReadOnlySpan<char> w) => w.Length switch
    {
        0 => false,
        1 => w[0] is 'w' or 'W',
        2 => w[0] is 'F' or 'w' or 'W' or 'Q' or 'H',
        3 => w[1] == 'T' && w[2] == 'D',
        _ => (w[0] is 'F' or 'C') && w[1] == 'Y',
    };

    // ---------------------------------------------------------------- names and document facts

    /// <summary>Whether the month word at <paramref name="i"/> is a name: "Theresa May", "April Ryan", "Mr. March", "May the best team win",
    /// "the March on Washington".</summary>
    private bool MonthIsName(int i)
    {
        bool afterName = i > _first && IsWord(i - 1) && Cap(i - 1) && Lookup(W(i - 1), out _) is WordKind.None
            && !IsPreposition(i - 1) && !(i + 1 < _end && Tokens[i + 1].Kind == TokenKind.Number && IsDay(W(i + 1), out _) && !IsAmbiguousMonth(W(i)));
        // "Theresa May and April Ryan spoke": after "and" between two names (not "between March and April Britain").
        bool beforeName = IsWord(i + 1) && Cap(i + 1) && Lookup(W(i + 1), out _) is WordKind.None
            && (!IsPreposition(i - 1) || (Is(i - 1, "and") && IsWord(i - 2) && Cap(i - 2) && IsWord(i - 3) && Cap(i - 3) && !IsPreposition(i - 3)));
        // (Not a timeline's row under its year line, "March: First round of funding", "May — The driest on record": session 34;
        // a speaker's label "May:" with no year line above is: review 34d, finding 4.)
        bool ambiguousAtStart = IsAmbiguousMonth(W(i)) && (i == _first || Tokens[i - 1].Has(TokenTraits.Quote))
            && !(i + 1 < _end && (Tokens[i + 1].Kind == TokenKind.Number || Is(i + 1, ","))) && !(RowHead(i) && UnderTimeline());
        // "the March on Washington", "the March on Rome": a march on a place, an event's name.
        bool marchOn = Is(i - 1, "the") && Is(i + 1, "on") && IsWord(i + 2) && Cap(i + 2) && Lookup(W(i + 2), out _) is WordKind.None;
        return afterName || beforeName || ambiguousAtStart || marchOn;
    }

    /// <summary>The last token of "o'clock" written from <paramref name="k"/> (one token, or "o", an apostrophe and "clock"), or null.</summary>
    private int? OClockEnd(int k) =>
        Is(k, "o'clock") || Is(k, "o’clock") ? k
        : Is(k, "o") && k + 2 < _end && W(k + 1) is "'" or "’" && Is(k + 2, "clock") && Tokens[k + 2].Start == Tokens[k + 1].End ? k + 2 : null;

    /// <summary>
    /// "around midnight", "around teatime": the hedge before a clock word read at <paramref name="i"/> is the time's own (the later
    /// sets), but not after "at" ("at around noon JST Friday", "at about noon", as the earlier sets have it). Returns <paramref name="next"/>.
    /// </summary>
    private int Hedged(int i, int next)
    {
        if ((Is(i - 1, "around") || Is(i - 1, "about")) && !Is(i - 2, "at"))
        {
            for (int k = _parses.Count - 1; k >= Math.Max(0, _parses.Count - 3); k--)
            {
                if (_parses[k].Start == Tokens[i].Start)
                {
                    _parses[k] = _parses[k] with { Start = Tokens[i - 1].Start }; // "around midnight on Friday": the clock, not the day after it
                    break;
                }
            }
        }

        return next;
    }

    /// <summary>"today", "tomorrow", "yesterday", "tonight" at <paramref name="k"/>: a day a clock or a part of the day is told with.</summary>
    private bool RelativeDay(int k) => Is(k, "today") || Is(k, "tomorrow") || Is(k, "yesterday") || Is(k, "tonight");

    /// <summary>A day right after a clock word at <paramref name="k"/>: a weekday ("midnight Friday"), "on" and a weekday, or a relative day.</summary>
    private bool DayAfterClock(int k) =>
        RelativeDay(k) || (IsWord(k) && Cap(k) && Lookup(W(k), out _) == WordKind.Weekday)
        || (Is(k, "on") && IsWord(k + 1) && Cap(k + 1) && Lookup(W(k + 1), out _) == WordKind.Weekday);

    /// <summary>"a week on Friday", "a fortnight on Monday": the weekday (0–6 from Sunday) at <paramref name="i"/> + 3, or null.</summary>
    private int? WeekOnWeekday(int i) =>
        WeeksOnBefore(i + 3) > 0 && IsWord(i + 3) && Cap(i + 3) && W(i + 3).Length > 4 && Lookup(W(i + 3), out int weekday) == WordKind.Weekday ? weekday : null;

    /// <summary>How many words back from the count of "a week come Monday" a duration's lead may stand ("have been missing a week",
    /// "for almost a week").</summary>
    private const int ComeDurationReach = 3;

    /// <summary>Whether a lead of a duration (<see cref="DateVocabulary.ComeDurationLeads"/>: "for", "be", "been") stands at token
    /// <paramref name="k"/> or a few words before it in the clause ("searching for a week come Monday", "have been missing a week
    /// come Monday", "for almost a week come Monday"): the week then ends on the day (review 32b, finding 7). A participle after
    /// "been" is a state lasting up to the day ("will have been detained a fortnight come Monday": review 34d, finding 3); after
    /// "be" or "being" only a state or a hedge (<see cref="DateVocabulary.ComeDurationStates"/>) or a word that is no participle
    /// keeps the duration: "will be delisted a week come Monday" is a passive of a happening a week past Monday (review 33d, finding 10).</summary>
    private bool ComeDuration(int k)
    {
        bool participle = false;
        for (int j = k; j >= _first && j > k - ComeDurationReach; j--)
        {
            if (!IsWord(j))
            {
                return false;
            }

            if (In(j, DateVocabulary.ComeDurationLeads))
            {
                return !participle || Is(j, "been") || Is(j, "for");
            }

            ReadOnlySpan<char> w = W(j);
            participle |= !In(j, DateVocabulary.ComeDurationStates) && w.Length >= 4
                && (w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || w.EndsWith("en", StringComparison.OrdinalIgnoreCase)); // "be delisted", "being reopened", "be taken"
        }

        return false;
    }

    /// <summary>The weeks "a week on" (1), "a fortnight on" (2) or "three weeks on" (3) puts before the weekday at <paramref name="first"/>; else 0.
    /// "a week come Monday" likewise (session 31), but not after "for", "be" or "been" a few words back ("searching for a week come Monday",
    /// "have been missing a week come Monday": the week ends on Monday, which is the date; <see cref="ComeDuration"/>, session 32).
    /// Not when "since" follows within three words ("It will be three weeks on Monday since the flood": the weeks count back from
    /// that Monday, which is the date).</summary>
    private int WeeksOnBefore(int first)
    {
        if (!(Is(first - 1, "on") || Is(first - 1, "come")) || !IsWord(first - 3) || Is(first + 1, "since") || Is(first + 2, "since") || Is(first + 3, "since"))
        {
            return 0;
        }

        if (Is(first - 1, "come") && ComeDuration(first - 4))
        {
            return 0;
        }

        int count = Is(first - 3, "a") || Is(first - 3, "one") ? 1 : Lookup(W(first - 3), out int n) == WordKind.Cardinal && n is >= 2 and <= 12 ? n : 0;
        bool plural = count > 1;
        return count == 0 ? 0
            : Is(first - 2, plural ? "weeks" : "week") ? count
            : Is(first - 2, plural ? "fortnights" : "fortnight") ? 2 * count : 0;
    }

    /// <summary>"weekly briefings", "nightly patrols", "monthly review": "weekly", "nightly", "monthly" or "fortnightly" before a
    /// lower-case noun (not "hourly wage" or "annual rate": a pay rate, a rate). "a quarterly" only before a thing that comes round
    /// every quarter (<see cref="DateVocabulary.RecurringThings"/>: "declared a quarterly dividend", "a quarterly newsletter"), not
    /// one quarter's result ("reported a quarterly loss") nor "its quarterly statement"; <see cref="DateExtractor.TimeML"/> reads
    /// no set in "a quarterly dividend", which TimeBank leaves untagged.</summary>
    private bool RecurringThing(int i, ReadOnlySpan<char> w) =>
        ((w.Equals("weekly", StringComparison.OrdinalIgnoreCase) || w.Equals("nightly", StringComparison.OrdinalIgnoreCase) || w.Equals("monthly", StringComparison.OrdinalIgnoreCase)
            || w.Equals("fortnightly", StringComparison.OrdinalIgnoreCase) || w.Equals("biweekly", StringComparison.OrdinalIgnoreCase)
            || (!_timeML && w.Equals("quarterly", StringComparison.OrdinalIgnoreCase) && (Is(i - 1, "a") || Is(i - 1, "an")) && In(i + 1, DateVocabulary.RecurringThings)))
        && IsWord(i + 1) && !Cap(i + 1) && !IsPreposition(i + 1) && Lookup(W(i + 1), out _) == WordKind.None && !AudienceMeasure(i + 1))
        || QuarterlyAfterObject(i, w);

    /// <summary>"pays dividends quarterly and has raised them", "pays its dividend quarterly, and": an adverb after the thing paid,
    /// before a clause's "and" or comma (not "quarterly and annual reports").</summary>
    private bool QuarterlyAfterObject(int i, ReadOnlySpan<char> w) =>
        (w.Equals("quarterly", StringComparison.OrdinalIgnoreCase) || w.Equals("annually", StringComparison.OrdinalIgnoreCase))
        && (Is(i + 1, "and") || Is(i + 1, ",")) && !Is(i + 2, "annual") && !Is(i + 2, "monthly") && !Is(i + 2, "yearly") && !Is(i + 2, "half-yearly")
        && IsWord(i - 1) && !Cap(i - 1) && !IsPreposition(i - 1) && Lookup(W(i - 1), out _) == WordKind.None && !DateVocabulary.Determiners.Contains(W(i - 1));

    /// <summary>"ending months of speculation", "set off weeks of pressure": a plural unit, with no count or article before it,
    /// of a lower-case thing.</summary>
    private bool UnitsOfSomething(int i) =>
        Is(i + 1, "of") && IsWord(i + 2) && !Cap(i + 2) && Lookup(W(i + 2), out _) == WordKind.None && IsWord(i - 1) && !Cap(i - 1)
        && Lookup(W(i - 1), out _) == WordKind.None && !Is(i - 1, "the") && !Is(i - 1, "those") && !Is(i - 1, "these") && !Is(i - 1, "of")
        && !Is(i - 1, "many") && !Is(i - 1, "its") && !Is(i - 1, "their") && !Is(i - 1, "his") && !Is(i - 1, "her");

    /// <summary>"held annually since 1947": an irregular past form (a participle) before the adverb.</summary>
    private bool IrregularPast(int k) => Lookup(W(k), out int marker) == WordKind.TenseMarker && (Tense)marker == Tense.Past && !Is(k, "was") && !Is(k, "were");

    /// <summary>"moved from spring to autumn": each end of a range of seasons, bare.</summary>
    private bool SeasonRange(int i) =>
        !Cap(i) && !Is(i, "fall") && ((Is(i - 1, "from") && Is(i + 1, "to") && IsWord(i + 2) && Lookup(W(i + 2), out _) == WordKind.Season && !Is(i + 2, "fall"))
            || (Is(i - 1, "to") && IsWord(i - 2) && Lookup(W(i - 2), out _) == WordKind.Season && Is(i - 3, "from")));

    /// <summary>"a fall in daily users", "monthly active users": an audience measured over a period, not a thing done every day.</summary>
    private bool AudienceMeasure(int k) => Is(k, "users") || Is(k, "active") || Is(k, "visitors");

    /// <summary>"The Sunday Times", "the Sunday Telegraph": a weekday inside a capitalised name.</summary>
    private bool WeekdayIsName(int i) =>
        (Is(i - 1, "the") && IsWord(i + 1) && Cap(i + 1) && Lookup(W(i + 1), out _) is WordKind.None)
        || (IsWord(i + 1) && Cap(i + 1) && Lookup(W(i + 1), out _) is WordKind.PartOfDay && IsWord(i + 2) && Cap(i + 2) && Lookup(W(i + 2), out _) is WordKind.None); // "Saturday Night Live"

    /// <summary>
    /// A number that names a thing after a capitalised word ("Flight 1549", "Room 1812", "Vision 2030"), after a lower-case noun of
    /// numbering ("on page 1975") or before a statute's word ("the 1975 Act"): the words are data (<c>Data/calendar-phrases.txt</c>).
    /// </summary>
    private bool NamedNumber(int i) =>
        (i > _first && IsWord(i - 1) && Cap(i - 1) && Lookup(W(i - 1), out _) is WordKind.None && !IsPreposition(i - 1) && !CitationYear(i) && !EventYear(i))
        || (i > _first && IsWord(i - 1) && !Cap(i - 1) && DateVocabulary.NumberedNouns.Contains(W(i - 1)))
        || (IsWord(i + 1) && Cap(i + 1) && DateVocabulary.StatuteWords.Contains(W(i + 1)) && Is(i - 1, "the"))
        || LegalCitationYear(i);

    /// <summary>How many years past the time of writing an event's year may lie ("Brisbane 2032" told in 2025); further on it
    /// names a thing ("Blade Runner 2049").</summary>
    private const int EventYearReach = 10;

    /// <summary>The first year an event's name may carry ("London 1908"); a smaller number after a name is a model or a count.</summary>
    private const int FirstEventYear = 1800;

    /// <summary>
    /// Whether the four-digit number at <paramref name="i"/> after a capitalised word is the year of an event named by its place
    /// or its title (session 34, dates34b): "Euro 2028", "Paris 2024", "Tokyo 2020", "Census 2021", "the Rugby World Cup 2027",
    /// "Budget 2025" are the year the event is held in. Not after a word that numbers a thing, a plan or a product ("Flight 1549",
    /// "Vision 2030", "Windows 2000", "the Peugeot 2008": <see cref="DateVocabulary.NumberedNames"/>) or a statute's word ("the
    /// Companies Act 2006"), nor a year far past the time of writing ("Blade Runner 2049"); without a time of writing, never.
    /// </summary>
    private bool EventYear(int i) =>
        W(i).Length == 4 && AllDigits(W(i)) && Parse(W(i)) is int year && year >= FirstEventYear
        && _doc.ReferenceDate is DateOnly written && year <= written.Year + EventYearReach
        && !DateVocabulary.NumberedNames.Contains(W(i - 1)) && !DateVocabulary.StatuteWords.Contains(W(i - 1)) && LettersOnly(W(i - 1))
        && !NamedAfterVerb(i - 1);

    /// <summary>Whether every character of <paramref name="w"/> is a letter ("Euro", not "No." nor "A320").</summary>
    private static bool LettersOnly(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the capitalised words ending at <paramref name="k"/> follow a verb that gives a name ("a joint venture
    /// called Orion 1980", "a fund named Horizon Europe 2027"): the year is then the name's (<c>[naming-verb]</c>).</summary>
    private bool NamedAfterVerb(int k)
    {
        for (int j = k; j >= _first && j > k - EventNameWords && IsWord(j) && Cap(j); j--)
        {
            if (In(j - 1, DateVocabulary.NamingVerbs))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many capitalised words a name given by a verb may have before its year.</summary>
    private const int EventNameWords = 4;

    /// <summary>How many capitalised words may stand between a year and the statute's word it names ("the 1998 Human Rights Act").</summary>
    private const int StatuteNameWords = 4;

    /// <summary>
    /// Whether the year at <paramref name="i"/> belongs to the title or citation of a law (session 33, dates33b): a statute's
    /// year after its name ("the Act of 1875", "the Civil Rights Act of 1964", "the Right to Information Act, 2005", "the Indian
    /// Penal Code, 1860"), before a name that ends in a statute's word ("the 1998 Human Rights Act", "The 1832 Reform Act"), an
    /// act's number of its year ("No. 34 of 2024"), a law report's bracketed year ("[2019] UKSC 41", "[1990] 2 AC 605") and a
    /// numbered instrument's or reporter's year in brackets ("Resolution 2334 (2016)", "347 U.S. 483 (1954)"). A treaty's or an
    /// agreement's year is its making and stays a date ("the Treaty of Utrecht of 1713").
    /// </summary>
    private bool LegalCitationYear(int i)
    {
        if ((Is(i - 1, "of") || Is(i - 1, ",")) && IsWord(i - 2) && Cap(i - 2) && DateVocabulary.StatuteWords.Contains(W(i - 2)))
        {
            return true;
        }

        if (Is(i - 1, "of") && i - 2 >= _first && Tokens[i - 2].Kind == TokenKind.Number && (Is(i - 3, "No") || Is(i - 3, "No.") || (Is(i - 3, ".") && Is(i - 4, "No"))))
        {
            return true;
        }

        if (Is(i - 1, "[") && Is(i + 1, "]") && i + 2 < _end && (Tokens[i + 2].Kind == TokenKind.Number || (IsWord(i + 2) && Cap(i + 2))))
        {
            return true;
        }

        if (Is(i - 1, "(") && Is(i + 1, ")") && i - 2 >= _first && Tokens[i - 2].Kind == TokenKind.Number && i - 3 >= _first
            && ((IsWord(i - 3) && Cap(i - 3)) || Is(i - 3, ".")))
        {
            return true;
        }

        if (Is(i - 1, "the"))
        {
            for (int k = i + 1; k < _end && k <= i + StatuteNameWords + 1 && IsWord(k) && Cap(k); k++)
            {
                if (k > i + 1 && DateVocabulary.StatuteWords.Contains(W(k)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the four-digit number at <paramref name="i"/> after a capitalised word is an author-year citation's year
    /// (session 31): "(Mwangi 2008; Otieno and Kamau 2013)", "(Rahman 2017)" — inside a bracket opened a few author words
    /// before it ("and", "&amp;", "et al.", commas between), closed or continued right after it; or a journal's year before
    /// its volume, "Lancet 2020; 395: 497–506". Not a year after a word that numbers a thing (session 31, mend31e: "(Flight 1549)",
    /// "(Vision 2030)", <see cref="DateVocabulary.NumberedNames"/>), nor a year after the time of writing (a cited work is written).</summary>
    private bool CitationYear(int i)
    {
        if (W(i).Length != 4 || !(Is(i + 1, ")") || Is(i + 1, ";")) || (IsWord(i - 1) && DateVocabulary.NumberedNames.Contains(W(i - 1))))
        {
            return false;
        }

        if (_doc.ReferenceDate is DateOnly written && int.TryParse(W(i), NumberStyles.None, CultureInfo.InvariantCulture, out int cited) && cited > written.Year)
        {
            return false;
        }

        if (Is(i + 1, ";") && i + 2 < _end && Tokens[i + 2].Kind == TokenKind.Number && Is(i + 3, ":"))
        {
            return true;
        }

        for (int k = i - 1; k >= _first && k >= i - 8; k--)
        {
            if (Is(k, "(") || Is(k, ";"))
            {
                return k < i - 1;
            }

            if (!(IsWord(k) && (Cap(k) || Is(k, "and") || Is(k, "et") || Is(k, "al"))) && !Is(k, ",") && !Is(k, ".") && !Is(k, "&"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the document speaks of quarters ("third-quarter profit"): a quarterly report. Computed once per document.</summary>
    private bool QuarterlyReport => DocumentHas(ref _quarterly, static (r, k) =>
        r._doc.Tokens[k].Kind == TokenKind.Word && r.TokenText(k).EndsWith("quarter", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether any token of the document passes <paramref name="test"/>: worked out once per document into <paramref name="known"/>.</summary>
    private bool DocumentHas(ref bool? known, Func<DateReader, int, bool> test)
    {
        if (known is null)
        {
            int count = _doc.Tokens.Length;
            Steps += count; // once per document
            bool found = false;
            for (int k = 0; k < count && !found; k++)
            {
                found = test(this, k);
            }

            known = found;
        }

        return known.Value;
    }

    /// <summary>The text of token <paramref name="k"/> of the document (not counted as a step: for the once-per-document scans).</summary>
    private ReadOnlySpan<char> TokenText(int k) => _text.AsSpan(_doc.Tokens[k].Start, _doc.Tokens[k].Length);

    private bool? _quarterly;

    /// <summary>The paragraph the sentence being read is in (counted by line breaks between sentences).</summary>
    private int _paragraph;

    /// <summary>Where the last day count read ("day four") starts in the text, and its number.</summary>
    private int _dayCountStart = -1;

    /// <summary>The token of the noun the day count last named names ("Day 100 of the war": "war"), or -1 (<see cref="CountNoun"/>).</summary>
    private int _dayCountNoun = -1;

    private int _dayCountNumber;

    /// <summary>The paragraph of the last day of a count named ("Day 1, Monday", "on day four"); far back when none.</summary>
    private int _dayCountParagraph = -2;

    private bool IsPreposition(int k) =>
        Is(k, "in") || Is(k, "on") || Is(k, "by") || Is(k, "since") || Is(k, "until") || Is(k, "from") || Is(k, "through")
        || Is(k, "before") || Is(k, "after") || Is(k, "during") || Is(k, "of") || Is(k, "and") || Is(k, "or") || Is(k, "between")
        || Is(k, "to") || Is(k, "till") || Is(k, "as") || Is(k, "at") || Is(k, "for") || Is(k, "than") || Is(k, "around")
        || Is(k, "late") || Is(k, "early") || Is(k, "mid") || Is(k, "that") || Is(k, "when") || Is(k, "while") || Is(k, "then")
        || Is(k, "but") || Is(k, "so") || Is(k, "if") || Is(k, "also") || Is(k, "only") || Is(k, "about");

    // ---------------------------------------------------------------- words

    private static bool IsAmbiguousMonth(ReadOnlySpan<char> w) => DateVocabulary.IsAmbiguousMonth(w);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static WordKind Lookup(ReadOnlySpan<char> w, out int n) => DateVocabulary.Lookup(w, out n);

    private static AsciiWordTable<bool> TheFollowers => DateVocabulary.TheFollowers;

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return s.Length > 0;
    }

    private static int Parse(ReadOnlySpan<char> s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
}
