using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>
/// What reads as a number but is not a quantity: years, dates, times of day, identifiers ("Boeing 737",
/// "FTSE 100"), phone numbers, street numbers, ages ("Smith, 45, said"), numbers in URLs and e-mail addresses.
/// Also knows, per sentence, whether it speaks of sport (scores) or votes (tallies) or weight (pounds).
/// </summary>
/// <remarks>
/// This file holds the sentence cues and <see cref="Reject"/>, which asks the rooms in a fixed order (the first that
/// says no wins, and some widen the draft over what they name): identifiers and codes (<c>.Identifiers.cs</c>), dates,
/// years and times (<c>.Dates.cs</c>), ages (<c>.Ages.cs</c>), labels, spelled names and "one" (<c>.Labels.cs</c>),
/// marks and scores (<c>.Marks.cs</c>).
/// </remarks>
internal sealed partial class NonQuantityRules : SentenceRoom
{
    private const WordClass SentenceCues = Lexicon.SentenceCues;

    /// <summary>The [word-list] lines a rule asks of a whole sentence (<see cref="SentenceLists"/>).</summary>
    private static readonly WordListSet SentenceWide =
        new(WordLists.Temperature, WordLists.Event, WordLists.TallyList, WordLists.Cricket, WordLists.Golf);

    private WordClass _cues;
    private bool _cuesRead;
    private bool? _clock;
    private int _listsSentence = -1; // the sentence (first token) whose words' lines _lists holds
    private ulong _lists;
    private bool _golfEnding;

    public NonQuantityRules(SentenceCursor cursor)
        : base(cursor)
    {
    }

    /// <summary>Forgets what it knew of the previous sentence.</summary>
    public void Reset()
    {
        _cues = WordClass.None;
        _cuesRead = false;
        _clock = null;
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
            if (InSentenceOnList(k, WordLists.WeightChange))
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

    /// <summary>Whether the sentence speaks of the weather or of heat ([word-list] "temperature": "heatwave", "mercury"):
    /// bare "degrees" are then a temperature. Read once per sentence, on first asking.</summary>
    public bool Temperature() => SentenceHasListWord(WordLists.Temperature);

    /// <summary>Whether a word of the sentence is on the [word-list] line <paramref name="list"/>: the lines of all the
    /// sentence's words are read in one pass, on the first asking of any line (<see cref="SentenceLists"/>).</summary>
    private bool SentenceHasListWord(WordList list)
    {
        System.Diagnostics.Debug.Assert((list.Bit & SentenceWide.Mask) == list.Bit, "a line of SentenceWide");
        return (SentenceLists() & list.Bit) != 0;
    }

    /// <summary>The lines of <see cref="SentenceWide"/> the words of the sentence are on, and whether a
    /// token ends in "-par" or "-hole" (<see cref="Golf"/>); one pass, on first asking, for the sentence-wide cues (weather,
    /// events, tally lists, cricket, golf), each of which once scanned the sentence for itself.</summary>
    private ulong SentenceLists()
    {
        if (_listsSentence != FirstToken)
        {
            _listsSentence = FirstToken;
            ulong found = 0;
            bool golfEnding = false;
            for (int k = FirstToken; k < EndToken; k++)
            {
                ReadOnlySpan<char> w = Text(k);
                if (Tok(k).Kind == TokenKind.Word)
                {
                    found |= SentenceWide.BitsOf(w);
                }

                golfEnding = golfEnding || w.Length > 3 && (w[^4] == '-' && w.EndsWith("-par", StringComparison.OrdinalIgnoreCase)
                    || w.Length > 4 && w[^5] == '-' && w.EndsWith("-hole", StringComparison.OrdinalIgnoreCase));
            }

            _lists = found;
            _golfEnding = golfEnding;
        }

        return _lists;
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

    /// <summary>"(n=1,204)", "n = 87": the size of a study's sample, after a lone "n" and "=".</summary>
    private bool SampleSize(int eq) =>
        Tok(eq).Length == 1 && Source[Tok(eq).Start] == '=' && eq - 1 >= FirstToken && Tok(eq - 1).Length == 1 && (Source[Tok(eq - 1).Start] | 0x20) == 'n';

    /// <summary>Whether the number reads as something other than a quantity.</summary>
    public bool Reject(ref Draft n)
    {
        Token coreToken = Tok(n.CoreFirst); // review 38 (finding 2): the number's own token, read once
        ReadOnlySpan<char> coreText = Source.AsSpan(coreToken.Start, coreToken.Length);
        bool plain = !n.HasUnit && !n.Scaled && !n.Vague && !n.Ratio && n.Approximation == Approximation.Exact && !n.Negative;
        int before = n.CoreFirst - 1;
        int after = n.Last + 1;
        // Review 38 (finding 2): the neighbours' text is read once for the many words they are compared with.
        ReadOnlySpan<char> textBefore = TextIn(before), textAfter = TextIn(after);

        // "NY 215 072", "SK 123 456": digits grouped by a space after two capitals (a map's grid square) are a grid
        // reference, not one amount (session 30).
        if (n.Grouped && !n.HasUnit && IsWord(before) && Tok(before).Has(TokenTraits.AllCaps) && Tok(before).Length == 2
            && !Units.TryCodeBefore(Text(before), out _) && !Units.After.MatchForward(Doc, before, before + 1, out _, out _))
        {
            return true;
        }

        // Session 36 (quant36, b18): "Flight QR 817": two capitals and a number after a capitalised identifier noun are an
        // airline's code and a flight number, not an amount in the currency of the same letters (QR, the Qatari riyal).
        if (n.HasUnit && n.Unit.Kind == UnitKind.Currency && !n.Scaled && n.First < n.CoreFirst && IsWord(before) && Tok(before).Has(TokenTraits.AllCaps)
            && Tok(before).Length == 2 && before - 1 >= FirstToken && IsWord(before - 1) && Tok(before - 1).Has(TokenTraits.Capitalized)
            && Info(before - 1).Is(WordClass.IdentifierNoun) && !Info(before - 1).Is(WordClass.Function))
        {
            return true;
        }

        if (n.YearLike && !n.HasUnit && !n.Scaled && !CountsInYearBand(n, before, after))
        {
            return true; // "in 2008", "the 2020 election"
        }

        // Session 34 (quant34, b22): "in 1990 dollars", "In constant 2015 dollars", "in 2022 pounds", "2010 US dollars": a
        // year before a currency's name after "in" or "constant" is the base year the money is told in, not a sum.
        if (n.HasUnit && n.Unit.Kind == UnitKind.Currency && !n.Scaled && n.First == n.CoreFirst && coreToken.Kind == TokenKind.Number
            && coreToken.Length == 4 && n.Value is >= 1900 and <= 2100 && n.Value == decimal.Truncate(n.Value)
            && before >= FirstToken && (IsText(textBefore, "in") || IsText(textBefore, "constant")))
        {
            return true;
        }

        // Session 34 (quant34, b22): "a 7.1 surround system", "5.1 mixes": a channel layout ([word-list] "channel-layout-after"),
        // a label.
        if (plain && !n.Spelled && n.First == n.CoreFirst && n.Last == n.CoreFirst && coreText is { Length: 3 } layout
            && layout[1] == '.' && layout[2] == '1' && layout[0] is >= '2' and <= '9' && IsWord(after) && OnNamedList(after, "channel-layout-after"))
        {
            return true;
        }

        // Session 34 (quant34, b22): "a call to 999", "dial 911": a three-digit number after a verb of calling ([word-list]
        // "call-verb") with no noun after it is a phone number.
        if (plain && !n.Spelled && n.First == n.CoreFirst && n.Last == n.CoreFirst && coreToken.Kind == TokenKind.Number
            && coreToken.Length == 3 && before >= FirstToken
            && (OnNamedList(before, "call-verb") || IsText(textBefore, "to") && before - 1 >= FirstToken && OnNamedList(before - 1, "call-verb"))
            && (after >= EndToken || !IsWord(after) || Info(after).Is(WordClass.Function)))
        {
            return true;
        }

        // Session 37 (quant37, b25): "call 999 immediately", "a 999 call", "Call 111 …, 101 for non-emergency police matters and 999
        // only in an emergency": the number of an emergency or public service ([word-list] "service-number") in a sentence with
        // a word of calling ([word-list] "call-verb"), before no plural noun but "calls", is a phone number.
        if (plain && !n.Spelled && n.First == n.CoreFirst && n.Last == n.CoreFirst && coreToken.Kind == TokenKind.Number
            && Units.InList("service-number", coreText)
            && !(IsWord(after) && !Info(after).Is(WordClass.Function) && IsPlural(Text(after)) && !OnNamedList(after, "call-verb"))
            && SentenceHasNamed("call-verb"))
        {
            return true;
        }

        // Session 37 (quant37, b23): "Not one of the 650 MPs voted against", "Not one penny of the fund has arrived": "not one"
        // says none, emphatically; it counts nothing.
        if (n.Spelled && n.First == n.CoreFirst && !n.Scaled && !n.Ratio && !n.Vague && IsText(textBefore, "not")
            && (n.Last == n.CoreFirst || n.HasUnit && n.Last == n.CoreFirst + 1) && Is(n.CoreFirst, "one"))
        {
            return true;
        }

        // Session 37 (quant37, b25): "dated to around 3,500 BC", "AD 122": a figure beside an era word in capitals ([word-list]
        // "era-after" before no content word, "era-before") is a year, hedged or not.
        if (!n.HasUnit && !n.Scaled && !n.Spelled && !n.Ratio && !n.Vague && n.Last == n.CoreFirst && coreToken.Kind == TokenKind.Number
            && (IsWord(after) && Tok(after).Has(TokenTraits.AllCaps) && OnNamedList(after, "era-after")
                    && (after + 1 >= EndToken || !IsWord(after + 1) || Info(after + 1).Is(WordClass.Function)) // not "120,000 BC Hydro customers"
                || n.First == n.CoreFirst && IsWord(before) && Tok(before).Has(TokenTraits.AllCaps) && OnNamedList(before, "era-before")))
        {
            return true;
        }

        if (n.Spelled && !n.HasUnit && !n.Vague && !n.Ratio && n.Approximation == Approximation.Exact && IsSpelledYear(ref n, before))
        {
            return true; // "in nineteen hundred and five", "twenty twenty-two"
        }

        // Session 31 (quant31b, b19): a note mark in square brackets glued to the text before it ("6.1%[12]", "in 2021.[3]",
        // "grew 5.9%[note 4]") refers to a note; it is no amount.
        if (plain && !n.Spelled && n.First == n.CoreFirst && n.Last == n.CoreFirst && IsText(textAfter, "]") && before > FirstToken
            && (IsText(textBefore, "[") && !Tok(before).Has(TokenTraits.SpaceBefore)
                || IsText(textBefore, "note") && Is(before - 1, "[") && !Tok(before - 1).Has(TokenTraits.SpaceBefore)))
        {
            return true;
        }

        // "Temperatures dropped below zero", "rates above zero": zero after a bound is the point crossed, not an amount.
        if (n.Spelled && n.Value == 0 && !n.HasUnit && !n.Negative && n.Approximation is Approximation.LessThan or Approximation.MoreThan)
        {
            return true;
        }

        // "went from zero to a million-plus followers": the starting point of a climb, not an amount.
        if (plain && n.Spelled && n.Value == 0 && n.Last == n.CoreFirst && before >= FirstToken && IsText(textBefore, "from") && IsText(textAfter, "to"))
        {
            return true;
        }

        // "3.2 million twenty-foot equivalent units": the measure names the unit counted (TEU), not an amount.
        if (n.HasUnit && n.Unit.Kind == UnitKind.Measure && n.Last == n.CoreFirst && Tok(n.Last).Has(TokenTraits.HasHyphen) && IsText(textAfter, "equivalent"))
        {
            return true;
        }

        // "the same one used last year": "one" standing for a thing named before.
        if (plain && n.Spelled && n.Value == 1 && n.Last == n.CoreFirst && before >= FirstToken && IsText(textBefore, "same"))
        {
            return true;
        }

        // "under 18 U.S.C. § 1030": a number before a code of law ([word-list] "code-after") is its title, hedge or not.
        if (!n.HasUnit && !n.Spelled && IsWord(after) && OnList(after, WordLists.CodeAfter))
        {
            return true;
        }

        // Labels, events, scores, frequencies and rate bases of session 25 (NonQuantityRules.Tags.cs).
        if (IsTag(ref n, before, after))
        {
            return true;
        }

        // Versions, model sizes, shirt numbers and "two seasons ago" of session 38 (NonQuantityRules.Versions.cs).
        if (IsVersionOrTime(ref n, before, after))
        {
            return true;
        }

        // "28 deaths per 100,000 people", "22 per 1,000 live births", "12.4 for each 100,000 people": the base of a rate is
        // no amount of its own.
        if (plain && !n.Spelled && before >= FirstToken && (IsText(textBefore, "per") || IsText(textBefore, "each") && before - 1 >= FirstToken && Is(before - 1, "for")))
        {
            return true;
        }

        // "1.e4 c5 2.Nf3", "24.Rxd4": a move number of chess notation, its point glued to the move, not an amount.
        if (plain && !n.Spelled && n.Last == n.CoreFirst && IsText(textAfter, ".") && Glued(after) && Glued(after + 1)
            && Tok(after + 1).Kind == TokenKind.Word && Tok(after + 1).Has(TokenTraits.HasDigit))
        {
            return true;
        }

        // "ranks in the top 5 African cities", "finished in the top 10", "among the top 10 most expensive" (session 38): a band
        // of a ranking, not a count
        // (but "The top five exporters accounted for 62%" counts five).
        if (plain && before - 2 >= FirstToken && IsText(textBefore, "top") && Is(before - 1, "the")
            && (Is(before - 2, "in") || Is(before - 2, "into") || Is(before - 2, "outside") || Is(before - 2, "within") || Is(before - 2, "among")))
        {
            return true;
        }

        // "buy one get one free": an offer's name.
        if (plain && n.Spelled && (IsText(textBefore, "buy") && IsText(textAfter, "get") || IsText(textBefore, "get") && before - 2 >= FirstToken && Is(before - 2, "buy")))
        {
            return true;
        }

        // "India chased down 281", "Pakistan chased 345": the target of a run chase is a score.
        if (plain && n.Bare && before >= FirstToken && (IsText(textBefore, "chased") || IsText(textBefore, "chasing") || IsText(textBefore, "down") && before - 1 >= FirstToken && Is(before - 1, "chased"))
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
            && OnList(after, WordLists.Event))
        {
            return true;
        }

        // Glued to what precedes: "PM2.5" → ".5", "#1", "+1 202…", "No.10".
        if (n.First == n.CoreFirst && before >= FirstToken && !coreToken.Has(TokenTraits.SpaceBefore))
        {
            Token b = Tok(before);
            if ((b.Kind is TokenKind.Word or TokenKind.Number || Source[b.Start] is '.' or ',' or '#' or '+' or '@' or '/' or '\\' or ':' or '=' or '?' or '&' or '_')
                && !SampleSize(before))
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
        if (n.Bare && plain && before - 2 >= FirstToken && (IsText(textBefore, "and") || IsText(textBefore, "or") || IsText(textBefore, "to") || IsText(textBefore, ","))
            && Tok(before - 1).Kind == TokenKind.Number && IsBareDigits(before - 1) && Info(before - 2).Is(WordClass.IdentifierNoun)
            && !Info(before - 2).Is(WordClass.Function))
        {
            return true;
        }

        // Times of day: "7 a.m.", "10 pm", "0800 GMT", "9 o'clock".
        if (after < EndToken && !n.HasUnit && Info(after).Is(WordClass.TimeOfDay) && !IsText(textAfter, "h") && !(n.Spelled && !IsText(textAfter, "o'clock") && !IsText(textAfter, "o’clock")))
        {
            return true;
        }

        // "leaves at 06:45 and arrives at 10.20": hours and minutes with a dot, after a preposition of time, in a sentence that
        // tells a time of day elsewhere.
        if (plain && !n.Spelled && n.First == n.CoreFirst && n.Last == n.CoreFirst && before >= FirstToken
            && (IsText(textBefore, "at") || IsText(textBefore, "by") || IsText(textBefore, "until") || IsText(textBefore, "till") || IsText(textBefore, "from"))
            && IsDottedClock(coreText) && SentenceTellsTime())
        {
            return true;
        }

        // A spelled number naming a thing, a step or an age: "Formula One", "on day two", "by age five", "ground zero".
        if (plain && n.Spelled && IsSpelledName(n, before, after))
        {
            return true;
        }

        // Cricket scores: "bowled out for 287", "63 for two", "beat India by 36 runs", "287 for 6".
        if (plain && IsCricketScore(n, before, after))
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
        if (!n.Spelled && IsDayOfMonth(n, before, after))
        {
            return true;
        }

        // A grade or a dial name: "91 octane", "95 unleaded", "88.5 FM".
        if (plain && IsWord(after) && OnList(after, WordLists.GradeAfter))
        {
            return true;
        }

        // Identifiers, codes and digit groups: "Boeing 737", "Call 911", "(212) 555-0147", "202 555 0100".
        if (n.Bare && IsIdentifier(ref n, before, after))
        {
            return true;
        }

        // Street numbers: "10 Downing Street".
        if (StreetNumber(after))
        {
            return true;
        }

        // "one" that is not a count: "no one", "one another", "one by one", "the one who".
        return n.OneWord && OneIsNoCount(before, after);
    }
}
