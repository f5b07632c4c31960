using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>
/// What reads as a number but is not a quantity: years, dates, times of day, identifiers ("Boeing 737",
/// "FTSE 100"), phone numbers, street numbers, ages ("Smith, 45, said"), numbers in URLs and e-mail addresses.
/// Also knows, per sentence, whether it speaks of sport (scores) or votes (tallies) or weight (pounds).
/// </summary>
internal sealed partial class NonQuantityRules : SentenceRoom
{
    private const WordClass SentenceCues = Lexicon.SentenceCues;

    private WordClass _cues;
    private bool _cuesRead;
    private bool? _cricket;
    private bool? _temperature;
    private bool? _event;
    private bool? _clock;
    private bool? _tallyList;

    public NonQuantityRules(SentenceCursor cursor)
        : base(cursor)
    {
    }

    /// <summary>Forgets what it knew of the previous sentence.</summary>
    public void Reset()
    {
        _cues = WordClass.None;
        _cuesRead = false;
        _cricket = null;
        _temperature = null;
        _event = null;
        _clock = null;
        _tallyList = null;
    }

    /// <summary>Whether the sentence speaks of polls ("lead", "poll", "swing"): "points" are then percentage points.</summary>
    public bool Poll() => SentenceHas(WordClass.Poll);

    /// <summary>Whether the sentence speaks of weight ("weighed 190 pounds"): "pounds" are then lb, not GBP.</summary>
    public bool Weight() => SentenceHas(WordClass.Weight);

    /// <summary>"lost an average of 22 pounds over 68 weeks", "gained 30 pounds": pounds a body loses or gains, without a
    /// pound sign and without a scale, are weight.</summary>
    public bool BodyWeightLost(in Draft n)
    {
        if (n.Scaled || n.HasUnit || n.Value >= 1000)
        {
            return false;
        }

        for (int k = n.First - 1; k >= FirstToken && k >= n.First - 5; k--)
        {
            if (Is(k, "lost") || Is(k, "lose") || Is(k, "losing") || Is(k, "gained") || Is(k, "gain") || Is(k, "shed"))
            {
                return true;
            }

            if (Tok(k).Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return false;
    }

    public bool Sport() => SentenceHas(WordClass.Sport);

    public bool Tally() => SentenceHas(WordClass.Tally);

    /// <summary>Whether the sentence speaks of cricket ("innings", "wickets", "bowled out"): bare numbers are then runs
    /// and wickets of a score.</summary>
    public bool Cricket()
    {
        if (_cricket is null)
        {
            bool found = false;
            for (int k = FirstToken; k < EndToken && !found; k++)
            {
                found = Tok(k).Kind == TokenKind.Word && Units.IsCricketWord(Text(k));
            }

            _cricket = found;
        }

        return _cricket.Value;
    }

    /// <summary>Whether the sentence speaks of the weather or of heat ([word-list] "temperature": "heatwave", "mercury"):
    /// bare "degrees" are then a temperature. Read once per sentence, on first asking.</summary>
    public bool Temperature() => SentenceHasListWord("temperature", ref _temperature);

    /// <summary>Whether a word of the sentence is on the [word-list] line <paramref name="list"/>; read once per sentence,
    /// on first asking, into <paramref name="cache"/>.</summary>
    private bool SentenceHasListWord(string list, ref bool? cache)
    {
        if (cache is null)
        {
            bool found = false;
            for (int k = FirstToken; k < EndToken && !found; k++)
            {
                found = IsWord(k) && Units.InList(list, Text(k));
            }

            cache = found;
        }

        return cache.Value;
    }

    /// <summary>Whether a word of the sentence has class <paramref name="c"/>; one pass over the sentence
    /// finds all the sentence cues at once, on first asking.</summary>
    private bool SentenceHas(WordClass c)
    {
        if (!_cuesRead)
        {
            _cuesRead = true;
            WordClass found = WordClass.None;
            for (int k = FirstToken; k < EndToken && found != SentenceCues; k++)
            {
                if (Tok(k).Kind == TokenKind.Word)
                {
                    found |= Lexicon.CueClass(Text(k)); // the same classes as Info(k), without filling its cache
                }
            }

            _cues = found;
        }

        return (_cues & c) != 0;
    }

    /// <summary>Whether the number reads as something other than a quantity.</summary>
    public bool Reject(ref Draft n)
    {
        bool plain = !n.HasUnit && !n.Scaled && !n.Vague && !n.Ratio && n.Approximation == Approximation.Exact && !n.Negative;
        int before = n.CoreFirst - 1;
        int after = n.Last + 1;
        if (n.YearLike && !n.HasUnit && !n.Scaled && !CountsInYearBand(n, before, after))
        {
            return true; // "in 2008", "the 2020 election"
        }

        if (n.Spelled && !n.HasUnit && !n.Vague && !n.Ratio && n.Approximation == Approximation.Exact && IsSpelledYear(ref n, before))
        {
            return true; // "in nineteen hundred and five", "twenty twenty-two"
        }

        // "under 18 U.S.C. § 1030": a number before a code of law ([word-list] "code-after") is its title, hedge or not.
        if (!n.HasUnit && !n.Spelled && IsWord(after) && Units.InList("code-after", Text(after)))
        {
            return true;
        }

        // "28 deaths per 100,000 people", "22 per 1,000 live births": the base of a rate is no amount of its own.
        if (plain && !n.Spelled && before >= FirstToken && Is(before, "per"))
        {
            return true;
        }

        // "ranks in the top 5 African cities", "finished in the top 10": a band of a ranking, not a count
        // (but "The top five exporters accounted for 62%" counts five).
        if (plain && before - 2 >= FirstToken && Is(before, "top") && Is(before - 1, "the")
            && (Is(before - 2, "in") || Is(before - 2, "into") || Is(before - 2, "outside") || Is(before - 2, "within")))
        {
            return true;
        }

        // "buy one get one free": an offer's name.
        if (plain && n.Spelled && (Is(before, "buy") && Is(after, "get") || Is(before, "get") && before - 2 >= FirstToken && Is(before - 2, "buy")))
        {
            return true;
        }

        // "India chased down 281", "Pakistan chased 345": the target of a run chase is a score.
        if (plain && n.Bare && before >= FirstToken && (Is(before, "chased") || Is(before, "chasing") || Is(before, "down") && before - 1 >= FirstToken && Is(before - 1, "chased"))
            && !(IsWord(after) && (IsPlural(Text(after)) || Info(after).Is(WordClass.IrregularPlural))) && Cricket())
        {
            return true;
        }

        if (IsAgeLimit(n, after) || HedgedAgeAfterAged(n) || IsLabel(ref n, before, after) || IsMark(n, before, after))
        {
            return true; // "children under five", "adults over 65", "ran 9.79"
        }

        // "the 200m freestyle", "the 400 metres hurdles": a length before an event's word names the event.
        if (n.HasUnit && n.Unit.Kind == UnitKind.Measure && n.Unit.Code is "m" or "km" or "mi" or "yd" && IsWord(after)
            && Units.InList("event", Text(after)))
        {
            return true;
        }

        // Glued to what precedes: "PM2.5" → ".5", "#1", "+1 202…", "No.10".
        if (n.First == n.CoreFirst && before >= FirstToken && !Tok(n.CoreFirst).Has(TokenTraits.SpaceBefore))
        {
            Token b = Tok(before);
            if (b.Kind is TokenKind.Word or TokenKind.Number || Source[b.Start] is '.' or ',' or '#' or '+' or '@' or '/' or '\\' or ':' or '=' or '?' or '&' or '_')
            {
                return true;
            }
        }

        if (n.First == n.CoreFirst && before >= FirstToken && Tok(before).Length == 1 && Source[Tok(before).Start] is '+' or '#')
        {
            return true;
        }

        // "grade 7 or above", "tier 1": an identifier noun names the number even with a hedge after it.
        if (n.Bare && !n.HasUnit && n.First == n.CoreFirst && before >= FirstToken && Info(before).Is(WordClass.IdentifierNoun)
            && !Info(before).Is(WordClass.Function))
        {
            return true;
        }

        // "junctions 10 and 11", "Articles 5 and 6": the second of a list of identifiers.
        if (n.Bare && plain && before - 2 >= FirstToken && (Is(before, "and") || Is(before, "or") || Is(before, "to") || Is(before, ","))
            && Tok(before - 1).Kind == TokenKind.Number && IsBareDigits(before - 1) && Info(before - 2).Is(WordClass.IdentifierNoun)
            && !Info(before - 2).Is(WordClass.Function))
        {
            return true;
        }

        // Times of day: "7 a.m.", "10 pm", "0800 GMT", "9 o'clock".
        if (after < EndToken && !n.HasUnit && Info(after).Is(WordClass.TimeOfDay) && !Is(after, "h") && !(n.Spelled && !Is(after, "o'clock") && !Is(after, "o’clock")))
        {
            return true;
        }

        // "leaves at 06:45 and arrives at 10.20": hours and minutes with a dot, after a preposition of time, in a sentence that
        // tells a time of day elsewhere.
        if (plain && !n.Spelled && n.First == n.CoreFirst && n.Last == n.CoreFirst && before >= FirstToken
            && (Is(before, "at") || Is(before, "by") || Is(before, "until") || Is(before, "till") || Is(before, "from"))
            && IsDottedClock(Text(n.CoreFirst)) && SentenceTellsTime())
        {
            return true;
        }

        // "Formula One", "Apollo Eleven": a capitalised number word naming a thing.
        if (n.Spelled && plain && before >= FirstToken && n.Last == n.CoreFirst && Tok(n.CoreFirst).Has(TokenTraits.Capitalized)
            && Info(before).Is(WordClass.IdentifierNoun) && Tok(before).Has(TokenTraits.Capitalized))
        {
            return true;
        }

        if (plain && n.Spelled && n.Last == n.CoreFirst && AgeWordBefore(before))
        {
            return true; // "by age five"
        }

        // "on day two", "phase three of the plan": a spelled number after an identifier noun, before no noun, names a step.
        if (plain && n.Spelled && n.Last == n.CoreFirst && before >= FirstToken && Info(before).Is(WordClass.IdentifierNoun)
            && !Info(before).Is(WordClass.Function) && (after >= EndToken || !IsWord(after) || Info(after).Is(WordClass.Function)))
        {
            return true;
        }

        // "absolute zero", "ground zero", "patient zero": a name, not an amount.
        if (plain && n.Spelled && n.Value == 0 && before >= FirstToken && IsWord(before) && Units.InList("number-name", Text(before)))
        {
            return true;
        }

        // Cricket scores: "bowled out for 287", "63 for two", "in reply to India's 401" (but "scored 120 runs" counts runs).
        // Only the shapes of a score ask for the sentence's cues: "for 287", "63 for", "287 all out", "India's 401".
        if (plain && (n.Bare || n.Spelled && n.Last == n.CoreFirst)
            && (before >= FirstToken && (Is(before, "for") || Is(before, "'s") || Is(before, "’s")) || Is(after, "for") || Is(after, "all"))
            && !(IsWord(after) && (IsPlural(Text(after)) || Info(after).Is(WordClass.IrregularPlural))) && Cricket())
        {
            return true;
        }

        // A cricket result's margin is part of the score, like a scoreline: "beat India by 36 runs", "won by six wickets"
        // (not "scored 120 runs").
        if (plain && (n.Bare || n.Spelled && n.Last == n.CoreFirst) && before >= FirstToken && Is(before, "by")
            && (Is(after, "runs") || Is(after, "wickets") || Is(after, "run") || Is(after, "wicket")) && (Sport() || Cricket()))
        {
            return true;
        }

        // A cricket score needs no cricket word: "Australia 287 for 6 (Smith 104) beat India", "reached 63 for two".
        if (plain && (n.Bare || n.Spelled && n.Last == n.CoreFirst) && (RunsForWickets(n.Last + 1) || before > FirstToken && Is(before, "for") && RunsForWickets(before)))
        {
            return true;
        }

        if (!plain || n.Spelled && !n.OneWord)
        {
            return false;
        }

        if (!n.Spelled && (IsAge(before, after) || n.Bare && IsAgeOfPerson(n, before, after)))
        {
            return true; // "aged 34", "At 38, Modric became"
        }

        // Dates: "July 24", "24 July", "Jul. 22".
        if (!n.Spelled && n.Value is >= 1 and <= 31 && n.Value == Math.Floor(n.Value))
        {
            if (before >= FirstToken && IsMonth(before) || after < EndToken && IsMonth(after) || Is(after, "of") && after + 1 < EndToken && IsMonth(after + 1))
            {
                return true;
            }
        }

        // A grade or a dial name: "91 octane", "95 unleaded", "88.5 FM".
        if (plain && IsWord(after) && Units.InList("grade-after", Text(after)))
        {
            return true;
        }

        if (n.Bare)
        {

            // Part of a model's name: "the 737 Max fell", "the 15 Pro".
            if (IsWord(after) && Tok(after).Has(TokenTraits.Capitalized) && Units.InList("model-suffix", Text(after)))
            {
                return true;
            }

            // A long bare digit string is an ISBN, account or reference number: "9780306406157".
            if (Tok(n.CoreFirst).Length >= 10)
            {
                return true;
            }

            // "the 90210 zip code"
            if (Is(after, "zip") || Is(after, "postcode") || Is(after, "zipcode"))
            {
                return true;
            }

            // "the Group of 20", "G-20"
            if (before > FirstToken && Is(before, "of") && Is(before - 1, "Group"))
            {
                return true;
            }

            // A results line: "Liverpool 4 Everton 0".
            if (before >= FirstToken && Tok(before).Has(TokenTraits.Capitalized) && after + 1 < EndToken && IsWord(after)
                && Tok(after).Has(TokenTraits.Capitalized) && Tok(after + 1).Kind == TokenKind.Number && IsBareDigits(after + 1)
                && Text(after + 1).Length <= 2 && Text(n.CoreFirst).Length <= 2)
            {
                n.Last = after + 1;
                return true;
            }

            // Identifiers: "Boeing 737", "Article 5", "Flight 370", "No. 10" (not a table's cell: "South      865   12").
            bool cell = WideGap(n.CoreFirst);
            if (before >= FirstToken && n.First == n.CoreFirst && !cell)
            {
                WordInfo prev = Info(before);
                if (prev.Is(WordClass.IdentifierNoun) && !prev.Is(WordClass.Function) || Is(before, "No.") || Is(before, "No"))
                {
                    return true;
                }

                // An acronym names the thing the number belongs to: "FTSE 100", "MH 17", "A 4", "737 MAX 9 jets".
                if (Tok(before).Kind == TokenKind.Word && Tok(before).Has(TokenTraits.AllCaps) && !Units.TryCodeBefore(Text(before), out _)
                    && (after >= EndToken || !IsWord(after) || !IsPlural(Text(after))
                        || before > FirstToken && Tok(before - 1).Kind == TokenKind.Number)
                    && !TallyListItem(after))
                {
                    return true;
                }

                // A product name with an inner capital: "PlayStation 5", "iPhone 15"; "S&P 500".
                if (Tok(before).Kind == TokenKind.Word && HasInnerCapital(Text(before)) && !Tok(before).Has(TokenTraits.AllCaps)
                    || Tok(before).Kind == TokenKind.Word && Tok(before).Length == 1 && char.IsUpper(Text(before)[0])
                        && before > FirstToken && Glued(before) && Is(before - 1, "&"))
                {
                    return true;
                }

                // A number inside a model name after a count: "134 Falcon 9 rockets", "171 Boeing 737 Max 9 jets".
                if (Tok(before).Kind == TokenKind.Word && Tok(before).Has(TokenTraits.Capitalized) && before > FirstToken
                    && Tok(before - 1).Kind == TokenKind.Number && !prev.Is(WordClass.Function) && !prev.Is(WordClass.Month)
                    && !Tok(before).Has(TokenTraits.Abbreviation) && IsWord(after) && !Tok(after).Has(TokenTraits.Capitalized))
                {
                    return true;
                }

                // A bare number right after a capitalised name and before no noun: "Windows 10 update", "Mazda 3".
                Token pt = Tok(before);
                if (pt.Kind == TokenKind.Word && pt.Has(TokenTraits.Capitalized) && before > FirstToken && !prev.Is(WordClass.Function)
                    && !prev.Is(WordClass.Month) && !pt.Has(TokenTraits.Abbreviation)
                    && (after >= EndToken || Tok(after).Kind != TokenKind.Word
                        || Tok(after).Has(TokenTraits.Capitalized) && !(IsPlural(Text(after)) && !Tok(after).Has(TokenTraits.AllCaps)))
                    && !IsSignedChangeInBrackets(after) && !ListOfCounts(before) && !TallyListItem(after))
                {
                    return true;
                }
            }

            // Numbers to call: "Call 911", "text 741741", "call police on 101"; not "call 10 witnesses".
            if (IsNumberToCall(before, after))
            {
                return true;
            }

            // A US phone number with its area code in brackets: "(212) 555-0147".
            if (before >= FirstToken && Is(before, "(") && Is(after, ")") && Text(n.CoreFirst).Length == 3 && after + 1 < EndToken
                && Tok(after + 1).Kind == TokenKind.Number && Text(after + 1).Length == 8 && Text(after + 1)[3] == '-')
            {
                n.Last = after + 1;
                return true;
            }

            // Phone numbers and other digit groups: "202 555 0100".
            if (after < EndToken && Tok(after).Kind == TokenKind.Number && Tok(after).Has(TokenTraits.SpaceBefore) && IsBareDigits(after)
                && !(IsWord(after + 1) && Tok(after + 1).Has(TokenTraits.AllCaps)) // "44 737 MAX jets": a count and a model
                && !WideGap(after))
            {
                n.Last = after;
                return true;
            }

            if (before >= FirstToken && Tok(before).Kind == TokenKind.Number && IsBareDigits(before) && !cell)
            {
                return true;
            }

        }

        // Street numbers: "10 Downing Street".
        for (int k = after; k < EndToken && k <= after + 3; k++)
        {
            Token w = Tok(k);
            if (w.Kind != TokenKind.Word || !w.Has(TokenTraits.Capitalized))
            {
                break;
            }

            if (k > after && Info(k).Is(WordClass.StreetSuffix))
            {
                return true;
            }
        }

        // "one" that is not a count: "no one", "one another", "one by one", "the one who".
        if (n.OneWord)
        {
            WordInfo prev = before >= FirstToken ? Info(before) : default;
            if (before > FirstToken && Is(before, "by") && Is(before - 1, "one") || OneNotCounted(before, after))
            {
                return true; // "one by one", "one of only 14 survivors", "one commuter said"
            }

            if (before >= FirstToken && (Is(before, "no") || Is(before, "any") || Is(before, "every") || Is(before, "each")
                || Is(before, "this") || Is(before, "that") || Is(before, "the") || Is(before, "which") || Is(before, "no-one")
                || prev.Is(WordClass.Article)))
            {
                return true;
            }

            if (after < EndToken && (Is(after, "another") || Is(after, "by") || Is(after, "hand") || Is(after, "way")
                || Is(after, "time") || Is(after, "point") || Is(after, "could") || Is(after, "would") || Is(after, "should")
                || Is(after, "must") || Is(after, "can") || Is(after, "may") || Is(after, "might") || Is(after, "another's")
                || Is(after, "day") || Is(after, "or") || Is(after, "thing") || Is(after, "side") && Is(before, "on")
                || Is(after, "go") && Is(before, "in"))) // "in one go"
            {
                return true;
            }

            // "one of the smallest vertebrates", "one of its best years": a member of a superlative class, not a count.
            if (after + 2 < EndToken && Is(after, "of") && (Is(after + 1, "the") || Is(after + 1, "its") || Is(after + 1, "their") || Is(after + 1, "his")
                || Is(after + 1, "her") || Is(after + 1, "our") || Is(after + 1, "my") || Is(after + 1, "your")) && IsSuperlative(after + 2))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"10.20", "9.45": one or two digits of hours up to 23, a dot, two digits of minutes up to 59.</summary>
    private static bool IsDottedClock(ReadOnlySpan<char> w)
    {
        int dot = w.IndexOf('.');
        if (dot is < 1 or > 2 || w.Length != dot + 3)
        {
            return false;
        }

        int hours = 0;
        for (int i = 0; i < dot; i++)
        {
            if (!CharClass.IsAsciiDigit(w[i]))
            {
                return false;
            }

            hours = (hours * 10) + (w[i] - '0');
        }

        return hours <= 23 && w[dot + 1] is >= '0' and <= '5' && CharClass.IsAsciiDigit(w[dot + 2]);
    }

    /// <summary>Whether the sentence tells a time of day with a colon or a time word ("06:45", "7 a.m.", "0800 GMT"); read
    /// once per sentence, on first asking, so many dotted numbers in one sentence still cost one pass.</summary>
    private bool SentenceTellsTime()
    {
        if (_clock is null)
        {
            bool found = false;
            for (int k = FirstToken; k < EndToken && !found; k++)
            {
                if (Tok(k).Kind != TokenKind.Number)
                {
                    continue;
                }

                ReadOnlySpan<char> w = Text(k);
                int colon = w.IndexOf(':');
                found = colon is 1 or 2 && w.Length == colon + 3 && CharClass.IsAsciiDigit(w[colon + 1]) && CharClass.IsAsciiDigit(w[colon + 2])
                    || k + 1 < EndToken && IsWord(k + 1) && Info(k + 1).Is(WordClass.TimeOfDay) && !Is(k + 1, "h");
            }

            _clock = found;
        }

        return _clock.Value;
    }

    /// <summary>"smallest", "biggest", "most", "best": a superlative, after which "one of the" names a member, not a count.</summary>
    private bool IsSuperlative(int k)
    {
        if (!IsWord(k))
        {
            return false;
        }

        ReadOnlySpan<char> w = Text(k);
        return Is(k, "most") || Is(k, "best") || Is(k, "worst") || Is(k, "least") || Is(k, "first") || Is(k, "last")
            || w.Length >= 6 && w.EndsWith("est", StringComparison.OrdinalIgnoreCase) && !Info(k).Is(WordClass.Function)
                && !Is(k, "interest") && !Is(k, "forest") && !Is(k, "protest") && !Is(k, "request") && !Is(k, "harvest") && !Is(k, "contest");
    }

    /// <summary>An age: "Smith, 45, said", "The senator, 81, said", "aged 34", "at the age of 92".</summary>
    private bool IsAge(int before, int after)
    {
        if (AgeWordBefore(before))
        {
            return true;
        }

        // "The singer, who is 82, cancelled", "Three teenagers, all 16, were charged": an age said of the people just named.
        if (after < EndToken && (Is(after, ",") || Is(after, ".")) && before > FirstToken
            && ((Is(before, "is") || Is(before, "was") || Is(before, "turns") || Is(before, "turned")) && Is(before - 1, "who")
                || Is(before, "all") && Is(before - 1, ",")))
        {
            return true;
        }

        // "She was 14 when she first played": a bare number after "was"/"were" and before "when" is the age of the subject,
        // when the subject is a person ("Inflation was 9 when …", "Turnout was 40 when …" stay amounts).
        if (before > FirstToken && (Is(before, "was") || Is(before, "were")) && Is(after, "when") && IsPersonSubject(before - 1))
        {
            return true;
        }

        // "who turns 80 next month", "turned 18 in May": what a person turns is an age (not "turned 1,000 people away").
        if ((Is(before, "turns") || Is(before, "turned") || Is(before, "turning") || Is(before, "turn") && Is(before - 1, "will"))
            && (after >= EndToken || !IsWord(after) || Info(after).Is(WordClass.Function) || Is(after, "next") || Is(after, "last")))
        {
            return true;
        }

        // Between commas after a name or a noun, and followed by a comma, a full stop or a verb-like word.
        return before > FirstToken && Is(before, ",") && IsWord(before - 1) && !Info(before - 1).Is(WordClass.Function)
            && !Info(before - 1).Is(WordClass.Month) && after < EndToken && (Is(after, ",") || Is(after, ".") || Is(after, ")"))
            && Text(after - 1).Length <= 3;
    }

    /// <summary>
    /// Whether the word at <paramref name="k"/> names a person: a personal pronoun, or a capitalised word the sentence
    /// shows as a name — inside the sentence (where a capital marks a name), or at its opening (after a quote, a colon or a
    /// dash too, where every word is capitalised) only when it is a known given name ("Maria was 14 when").
    /// </summary>
    private bool IsPersonSubject(int k)
    {
        if (Is(k, "he") || Is(k, "she") || Is(k, "i") || Is(k, "we") || Is(k, "they") || Is(k, "you"))
        {
            return true;
        }

        if (!IsWord(k) || !Tok(k).Has(TokenTraits.Capitalized) || Info(k).Is(WordClass.Function))
        {
            return false;
        }

        bool opening = k == FirstToken || !IsWord(k - 1) && !Is(k - 1, ",");
        return !opening || Recognition.NameLexicon.Default.Contains(Text(k), Recognition.LexiconClass.GivenName);
    }

    /// <summary>"aged 34", "by age five", "at the age of 92".</summary>
    private bool AgeWordBefore(int before) =>
        before >= FirstToken && (Is(before, "aged") || Is(before, "age") || Is(before, "ages")
            || Is(before, "of") && before > FirstToken && Is(before - 1, "age"));

    /// <summary>
    /// A four-digit count outside the years news speaks of, before a plural noun: "handed out 1500 blankets"
    /// (but "the 1848 revolutions", "in 2020 elections" stay years).
    /// </summary>
    private bool CountsInYearBand(in Draft n, int before, int after) =>
        (n.Value < 1900 || n.Value >= 2100) && IsWord(after) && !Tok(after).Has(TokenTraits.Capitalized)
        && (IsPlural(Text(after)) || Info(after).Is(WordClass.IrregularPlural)) && !Info(after).Is(WordClass.TimeUnit)
        && !(before >= FirstToken && (Info(before).Is(WordClass.Function) && !Is(before, "out") || Info(before).Is(WordClass.Month)));

    /// <summary>
    /// A year in words: "in nineteen hundred and five" (after a preposition of time, before no noun), or two
    /// two-digit words in a row, which no cardinal is: "twenty twenty-two", "nineteen ninety-five".
    /// </summary>
    private bool IsSpelledYear(ref Draft n, int before)
    {
        WordInfo first = Info(n.CoreFirst);
        if (!first.Is(WordClass.Cardinal) || first.Number < 10)
        {
            return false;
        }

        int after = n.Last + 1;
        if (n.Last == n.CoreFirst && IsTwoDigitWord(after))
        {
            n.Last = after;
            return true;
        }

        return first.Number > 10 && Is(n.CoreFirst + 1, "hundred") && n.Value is >= 1100 and < 2100 && n.Value == Math.Floor(n.Value)
            && before >= FirstToken && (Is(before, "in") || Is(before, "since") || Is(before, "until") || Is(before, "till") || Is(before, "from"))
            && (after >= EndToken || !IsWord(after) || Info(after).Is(WordClass.Function));
    }

    /// <summary>"twenty", "fifteen", "ninety-five": a number from 10 to 99 in one word.</summary>
    private bool IsTwoDigitWord(int k)
    {
        if (!IsWord(k))
        {
            return false;
        }

        ReadOnlySpan<char> w = Text(k);
        int h = IndexOfJoiningHyphen(w);
        if (h < 0)
        {
            return Lexicon.Lookup(w) is { } one && one.Is(WordClass.Cardinal) && one.Number >= 10;
        }

        return Lexicon.Lookup(w[..h]) is { } tens && tens.Is(WordClass.Cardinal) && tens.Number >= 20
            && Lexicon.Lookup(w[(h + 1)..]) is { } unit && unit.Is(WordClass.Cardinal) && unit.Number is > 0 and < 10;
    }

    /// <summary>An age limit after a word for people ([word-list] "age-of"): "children under five", "adults over 65" (before no noun).</summary>
    private bool IsAgeLimit(in Draft n, int after)
    {
        // "teenagers aged 13 to 17", "between the ages of 18 and 24"
        if (n.Approximation == Approximation.Range && !n.HasUnit && n.Second <= 120 && n.First > FirstToken
            && (Is(n.First - 1, "aged") || Is(n.First - 1, "ages") || Is(n.First - 1, "age") || Is(n.First - 1, "of") && Is(n.First - 2, "ages")))
        {
            return true;
        }

        if (n.Approximation is not (Approximation.LessThan or Approximation.MoreThan) || n.HasUnit || n.Scaled || n.Value > 120
            || n.Value != Math.Floor(n.Value) || n.First <= FirstToken || after < EndToken && IsWord(after) && !Info(after).Is(WordClass.Function))
        {
            return false;
        }

        // "children under five", "adults over 65"; "the ward's patients were over 70" (a copula between).
        int noun = n.First - 1;
        if (noun > FirstToken && (Is(noun, "were") || Is(noun, "are") || Is(noun, "was") || Is(noun, "is")))
        {
            noun--;
        }

        return IsWord(noun) && Units.InList("age-of", Text(noun));
    }

    /// <summary>A number to call: after "call", "dial", "text", "ring" (or "call police on"), before no noun.</summary>
    private bool IsNumberToCall(int before, int after)
    {
        if (after < EndToken && IsWord(after) && !Info(after).Is(WordClass.Function))
        {
            return false;
        }

        // "ring 0800 555 0163 or 101": the second of two numbers to call.
        if (before > FirstToken && Is(before, "or") && Tok(before - 1).Kind == TokenKind.Number && IsBareDigits(before - 1))
        {
            before--;
            while (before > FirstToken && Tok(before - 1).Kind == TokenKind.Number && IsBareDigits(before - 1))
            {
                before--;
            }

            before--;
        }

        for (int k = before; k >= FirstToken && k >= before - 2; k--)
        {
            if (Is(k, "call") || Is(k, "dial") || Is(k, "dialled") || Is(k, "dialed") || Is(k, "dialling") || Is(k, "text")
                || Is(k, "ring") || Is(k, "phone") || Is(k, "hotline") || Is(k, "helpline"))
            {
                return true;
            }

            if (k == before && !Is(k, "on"))
            {
                return false; // only "call police on 101" reaches further back
            }
        }

        return false;
    }

    /// <summary>"Conservatives 121 (−251)": a tally row, where a count is followed by its signed change in brackets.</summary>
    private bool IsSignedChangeInBrackets(int k) =>
        k + 2 < EndToken && Tok(k).Has(TokenTraits.OpenBracket) && (Tok(k + 1).Has(TokenTraits.Dash) || Is(k + 1, "+"))
        && Tok(k + 2).Kind == TokenKind.Number;

    private static bool HasInnerCapital(ReadOnlySpan<char> word)
    {
        for (int k = 1; k < word.Length; k++)
        {
            if (char.IsUpper(word[k]) && char.IsLower(word[k - 1]))
            {
                return true;
            }
        }

        return word.Length > 1 && char.IsLower(word[0]) && char.IsUpper(word[1]); // "iPhone"
    }

    /// <summary>A name and its number in a list whose earlier item counted something: "Labour 410 seats, Conservatives
    /// 131" (a headline's results), not "Windows 10, Windows 11".</summary>
    private bool ListOfCounts(int name) =>
        name - 4 >= FirstToken && Is(name - 1, ",") && IsWord(name - 2) && !Tok(name - 2).Has(TokenTraits.Capitalized) && IsPlural(Text(name - 2))
        && Tok(name - 3).Kind == TokenKind.Number && IsWord(name - 4) && Tok(name - 4).Has(TokenTraits.Capitalized);

    /// <summary>
    /// "Final tally: Conservatives 169, Liberals 153, NDP 25": a number closing an item of a list of names (a comma, a
    /// full stop, a semicolon or the end after it) in a sentence that speaks of seats or votes ([word-list] "tally-list"),
    /// even beside a word of sport ("Seats won: …"), is a count of seats or votes, not part of a name ("Windows 10, Windows 11" and "Final score:
    /// Lakers 118, Nuggets 109" stay out). The sentence is read once, on first asking.
    /// </summary>
    private bool TallyListItem(int after) =>
        (after >= EndToken || Is(after, ",") || Is(after, ".") || Is(after, ";")) && SentenceHasListWord("tally-list", ref _tallyList);

    /// <summary>
    /// Whether the "for" at <paramref name="forToken"/> joins runs to wickets: a whole number of at least 10 before it, a whole
    /// number from 0 to 10 (in digits or one word) after it, and then no noun it could count ("287 for 6 (Smith 104)",
    /// "198 for 3 at lunch"; not "voted 287 for 6 candidates", "three for two offers").
    /// </summary>
    private bool RunsForWickets(int forToken)
    {
        if (forToken <= FirstToken || forToken + 1 >= EndToken || !Is(forToken, "for") || Tok(forToken - 1).Kind != TokenKind.Number
            || !IsBareDigits(forToken - 1) || Text(forToken - 1).Length < 2)
        {
            return false;
        }

        int w = forToken + 1;
        bool wickets = Tok(w).Kind == TokenKind.Number ? IsBareDigits(w) && (Text(w).Length == 1 || Text(w).SequenceEqual("10"))
            : IsWord(w) && Info(w).Is(WordClass.Cardinal) && Info(w).Number <= 10;
        int next = w + 1;
        return wickets && (next >= EndToken || !IsWord(next) || Info(next).Is(WordClass.Function) && !Is(next, "against") || Tok(next).Has(TokenTraits.Capitalized))
            && !Tally(); // "voted 12 for 3 against", "The committee voted 12 for 3"
    }

    /// <summary>Two or more characters of white space before token <paramref name="k"/>: the gap between a table's columns
    /// ("North       1,204   37"), never inside a name's number or a phone number.</summary>
    private bool WideGap(int k) => k > FirstToken && Tok(k).Start - Tok(k - 1).End >= 2;

    private bool IsMonth(int k) => IsWord(k) && Tok(k).Has(TokenTraits.Capitalized) && Info(k).Is(WordClass.Month);

    private bool IsBareDigits(int k)
    {
        foreach (char c in Text(k))
        {
            if (!CharClass.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
