using Tidings.Text;

namespace Tidings.Dates;

/// <summary>The date reader's named words: decades, holidays and other named days, spelled years, centuries, count words and the sports sentences they are read in.</summary>
internal sealed partial class DateReader
{
    /// <summary>"early 1990s" / "the late 1970s" (modifier at <paramref name="k"/>), "the '80s" (apostrophe at <paramref name="k"/>).</summary>
    private int? TryDecade(int first, int k)
    {
        if (k + 1 >= _end)
        {
            return null;
        }

        bool modifier = IsWord(k) && Lookup(W(k), out _) == WordKind.Modifier;
        if (modifier && Tokens[k + 1].Kind == TokenKind.Number)
        {
            ReadOnlySpan<char> d = W(k + 1);
            if (d.Length == 5 && d[4] == 's' && d[3] == '0' && AllDigits(d[..4]))
            {
                return RoundYears(first, k + 1, Parse(d[..4]));
            }
        }

        // "the early Eighties", "the late Sixties": a decade word after its modifier, the modifier inside (b25); not an age ("in her
        // early twenties", "a man in his late forties": no article, and written small).
        if (modifier && IsWord(k + 1) && (Cap(k + 1) || Is(first, "the")) && !Is(first - 1, "his") && !Is(first - 1, "her") && !Is(first - 1, "their")
            && DecadeWord(W(k + 1)) is int modifiedTens)
        {
            return Lit(first, k + 1, TemporalType.Date, Decade(DecadeWordYear(modifiedTens)), DatePrecision.Decade);
        }

        // "the Swinging Sixties", "the Roaring Twenties": a decade's epithet (Data/date-words.txt, [decade-epithet]) names a decade of the
        // last century whatever the writing's year, and is part of the expression like "early" (b25).
        if (IsWord(k) && Cap(k) && DateVocabulary.DecadeEpithets.Contains(W(k)) && IsWord(k + 1) && Cap(k + 1) && DecadeWord(W(k + 1)) is int epithetTens and > 0)
        {
            return Lit(first, k + 1, TemporalType.Date, Decade(1900 + epithetTens), DatePrecision.Decade);
        }

        // "'80s", "the early '90s", "the mid-'70s": the century is the latest one that does not put the decade after the reference year.
        int a = !modifier ? k : k + 2 < _end && W(k + 1) is "-" ? k + 2 : k + 1;
        if (a + 1 < _end && Tokens[a].Kind == TokenKind.Punctuation && W(a) is "'" or "’" && Tokens[a + 1].Kind == TokenKind.Number)
        {
            ReadOnlySpan<char> d = W(a + 1);
            if (d.Length == 3 && d[2] == 's' && d[1] == '0' && AllDigits(d[..2]))
            {
                int tens = Parse(d[..2]);
                int refYear = _doc.ReferenceDate?.Year ?? 2000;
                int year = 2000 + tens <= refYear ? 2000 + tens : 1900 + tens;
                return Lit(first, a + 1, TemporalType.Date, Decade(year), DatePrecision.Decade);
            }
        }

        return null;
    }

    /// <summary>The first year of the decade a decade word names ("the Nineties", "the noughties", <paramref name="tens"/> 90 or 0):
    /// the latest such decade that does not begin after the writing's year.</summary>
    private int DecadeWordYear(int tens)
    {
        int refYear = _doc.ReferenceDate?.Year ?? 2000;
        return 2000 + tens <= refYear ? 2000 + tens : 1900 + tens;
    }

    /// <summary>
    /// Whether the decade "The" at <paramref name="the"/> … <paramref name="last"/> opens its sentence as a noun's modifier ("The
    /// Sixties pop star", "The 1960s generation of tower blocks"): the decade is an adjective there and is tagged without the article
    /// (b25, as b18 had "reissued the 1990s kit"). The word after it must read as a noun (<see cref="NounAfter"/>): not a verb of the
    /// tables, an "-ed" or "-ing" form, a present verb's "-s" form or an adverb ("The 1970s brought strikes", "The Nineties also saw").
    /// </summary>
    private bool DecadePremodifies(int the, int last)
    {
        int k = last + 1;
        if (the != _first || !NounAfter(k))
        {
            return false;
        }

        ReadOnlySpan<char> w = W(k);
        return !w.EndsWith("ing", StringComparison.Ordinal) && !w.EndsWith("ly", StringComparison.Ordinal) && !ThirdPersonForm(w)
            && !DateVocabulary.PresentVerbs.Contains(w) && !Is(k, "also") && !Is(k, "then") && !Is(k, "still") && !Is(k, "never");
    }

    /// <summary>
    /// "Nineties nostalgia", "a Seventies classic": a capitalised decade word with no article, before a noun it modifies, at the start
    /// of its sentence or after "a"/"an" (b25). <paramref name="i"/> at the decade word; null when it is none.
    /// </summary>
    private int? TryPremodifyingDecade(int i)
    {
        if (!Cap(i) || DecadeWord(W(i)) is not int tens || !(i == _first || Is(i - 1, "a") || Is(i - 1, "an")) || !DecadePremodifies(_first, i))
        {
            return null;
        }

        return Lit(i, i, TemporalType.Date, Decade(DecadeWordYear(tens)), DatePrecision.Decade);
    }

    /// <summary>"the 1970s" (a decade) or "the 1800s" (before 1900 a round hundred names the century) over tokens <paramref name="first"/>..<paramref name="last"/>.</summary>
    private int RoundYears(int first, int last, int year) =>
        year % 100 == 0 && year < 1900
            ? Lit(first, last, TemporalType.Date, (year / 100).ToString("D2", System.Globalization.CultureInfo.InvariantCulture), DatePrecision.Century)
            : Lit(first, last, TemporalType.Date, Decade(year), DatePrecision.Decade);

    /// <summary>
    /// "'94" at <paramref name="k"/> (an apostrophe against two digits): a year with its century clipped, the latest one not
    /// after the reference year.
    /// </summary>
    private int? ClippedYear(int k)
    {
        if (k + 1 >= _end || Tokens[k].Kind != TokenKind.Punctuation || W(k) is not ("'" or "’") || Tokens[k + 1].Kind != TokenKind.Number
            || Tokens[k].End != Tokens[k + 1].Start || W(k + 1).Length != 2 || !AllDigits(W(k + 1)))
        {
            return null;
        }

        int two = Parse(W(k + 1));
        int refYear = _doc.ReferenceDate?.Year ?? 2000;
        return 2000 + two <= refYear ? 2000 + two : 1900 + two;
    }

    /// <summary>
    /// A named day at capitalised token <paramref name="i"/> ("Thanksgiving", "Christmas Eve", "Boxing Day", "V-E Day",
    /// "Easter Monday", "Black Friday", "Election Day", "Black Wednesday"): the longest phrase of
    /// <see cref="DateVocabulary.NamedDays"/> written there, with a year when one follows ("Christmas 2019"). Null when none.
    /// </summary>
    private int? TryHoliday(int i)
    {
        foreach (int index in DateVocabulary.NamedDaysStartingWith(W(i)))
        {
            NamedDay named = DateVocabulary.NamedDays[index];
            int last = MatchPhrase(i, named.Phrase);
            if (last < 0)
            {
                continue;
            }

            // "Christmas Island", "Easter Island", "New Year Honours", "the Good Friday Agreement": a name, read past whole (its
            // "Friday" is no weekday); "the Boxing Day Test" is still played on the day.
            if (IsWord(last + 1) && Cap(last + 1) && Lookup(W(last + 1), out _) is not (WordKind.Month or WordKind.Weekday)
                && !(Is(last + 1, "Test") || Is(last + 1, "Parade") || Is(last + 1, "Sale") || Is(last + 1, "Sales")))
            {
                return last > i ? last + 1 : null;
            }

            // "Michaelmas term": an academic term, not the day; "The Prague Spring Festival opens … This year the Spring Festival
            // runs": a phrase ending in such a head after another capitalised word is a longer name, and so is its later mention.
            bool headed = DateVocabulary.NameHeads.Contains(W(last));
            if ((IsWord(last + 1) && DateVocabulary.NameHeads.Contains(W(last + 1)))
                || (headed && i - 1 >= _first && IsWord(i - 1) && Cap(i - 1) && Lookup(W(i - 1), out _) == WordKind.None)
                || (headed && _namedDaysInNames is not null && _namedDaysInNames.Contains(index)))
            {
                if (headed && !(_namedDaysInNames?.Contains(index) ?? false))
                {
                    (_namedDaysInNames ??= []).Add(index);
                }

                return last > i ? last + 1 : null;
            }

            // "The Port of Corpus Christi said", "in Corpus Christi, Texas": a day whose words also name a place is the place unless a
            // cue makes it the day ("on Corpus Christi", "the feast of Corpus Christi", "Corpus Christi 2027").
            if (named.PlaceToo && !FeastCue(i, last))
            {
                return last + 1;
            }

            // "during Ramadan": a festival of several days as a frame, no date; "on 6 October 1973, Yom Kippur": a name in apposition
            // to the date just told whose day the calendar cannot give that year ("on April 15, 2013, Patriots' Day" is still tagged).
            if ((named.TableName == "days" && Is(i - 1, "during")) || (ApposedToDate(i) && named.On(_parses[^1].Year ?? 0) is null))
            {
                return last + 1;
            }

            DateParse parse = DateParse.Create(TemporalType.Date, DatePrecision.Day, ParseKind.NamedDay) with
            {
                Ordinal = index, Tense = TenseBefore(i), Deadline = IsDeadline(i - 1), Anchor = named.Year is null ? AnchorUse.Narrative : AnchorUse.Publication,
            };

            // "KARACHI - … to mark Independence Day", "KUALA LUMPUR - The National Day parade": the dateline's country's day.
            // "India marked its 75th Republic Day with a parade in Delhi": else a country or a city of the table named in the sentence.
            // "TORONTO - … over Thanksgiving", "Stores across Ontario closed for Thanksgiving": a day a rule gives, that place's rule.
            (NamedDay Day, int Ordinal)? national = DatelinePlace is string place && DateVocabulary.NationalDays.TryGetValue(place + "\t" + named.Phrase, out (NamedDay Day, int Ordinal) kept)
                ? kept : SentencePlaceDay(named.Phrase);
            if (national is (_, int placeOrdinal) && placeOrdinal >= 0)
            {
                parse = parse with { Ordinal = placeOrdinal };
            }
            else if (national is ({ } fixedDay, _))
            {
                parse = DateParse.Calendar(null, fixedDay.Month, fixedDay.Day) with { Tense = parse.Tense, Deadline = parse.Deadline };
            }
            else if (named.TableName == "dateline")
            {
                return null; // "National Day" with no country to give it a day
            }

            // "Christmas Eve", "New Year's Eve": a day of the calendar, resolved as "24 December" would be.
            if (named.Year is null && !named.Easter && named.Nth == 0 && named.Phrase.EndsWith(" Eve", StringComparison.Ordinal))
            {
                parse = DateParse.Calendar(null, named.Month, named.Day) with { Tense = parse.Tense, Deadline = parse.Deadline };
            }

            // "Easter week", "Thanksgiving week": the week that holds the day.
            if (Is(last + 1, "week") && !Cap(last + 1))
            {
                return Emit(i, last + 1, parse with { WeekOfDay = true, Grain = DatePrecision.Week });
            }

            int y = Is(last + 1, ",") ? last + 2 : last + 1;
            if (named.Year is null && IsYear(y, out int year))
            {
                parse = parse with { Year = year };
                last = y;
            }
            else if (named.Year is null && parse.Kind == ParseKind.NamedDay && Is(last + 1, ",") && ApposedYear(last + 2) is int apposed)
            {
                parse = parse with { Year = apposed }; // "on Easter Sunday, 21 April 2019", "Labor Day, September 2, 1935": that year's
            }

            // "the Easter weekend", "over the Labor Day weekend": the weekend the day falls on or closes.
            if (Is(last + 1, "weekend") && !Cap(last + 1) && parse.Kind == ParseKind.NamedDay)
            {
                return Emit(Is(i - 1, "the") ? i - 1 : i, last + 1, parse with { WeekendOfDay = true, Grain = DatePrecision.Weekend });
            }

            // "Good Friday afternoon", "Christmas night": a part of the named day (not "Christmas night of 1758"'s "of" phrase, read
            // by the day's part).
            if (IsWord(last + 1) && !Cap(last + 1) && Lookup(W(last + 1), out int dayPart) == WordKind.PartOfDay && !Is(last + 2, "of")
                && parse.Kind == ParseKind.NamedDay)
            {
                return Emit(i, last + 1, parse with { Part = dayPart, Grain = DatePrecision.PartOfDay });
            }

            return Emit(i, last, parse);
        }

        return null;
    }

    /// <summary>Whether the named day from <paramref name="i"/> to <paramref name="last"/>, whose words also name a place, is told as
    /// the day: after a word of <see cref="DateVocabulary.FeastCues"/> ("on", "until") or "feast of", or before a year; never
    /// before a possessive ("Corpus Christi's port").</summary>
    private bool FeastCue(int i, int last)
    {
        if (Is(last + 1, "'s") || Is(last + 1, "’s"))
        {
            return false;
        }

        int y = Is(last + 1, ",") ? last + 2 : last + 1;
        return (i - 1 >= _first && IsWord(i - 1) && DateVocabulary.FeastCues.Contains(W(i - 1)))
            || (Is(i - 1, "of") && Is(i - 2, "feast"))
            || IsYear(y, out _);
    }

    /// <summary>Whether the named day at <paramref name="i"/> follows a comma after a full date just read ("on 6 October 1973, Yom Kippur").</summary>
    private bool ApposedToDate(int i) =>
        Is(i - 1, ",") && i - 2 >= _first && _parses.Count > 0 && _parses[^1].End == Tokens[i - 2].End && _parses[^1].Year is not null && _parses[^1].Day > 0;

    /// <summary>The year of a full date set beside a named day after a comma ("Easter Sunday, 21 April 2019"), or null.</summary>
    private int? ApposedYear(int k)
    {
        bool month = false;
        for (int j = k; j < Math.Min(_end, k + 5); j++)
        {
            if (IsWord(j))
            {
                if (!Cap(j) || Lookup(W(j), out _) != WordKind.Month)
                {
                    return null;
                }

                month = true;
            }
            else if (month && IsYear(j, out int year))
            {
                return year;
            }
            else if (!(Tokens[j].Kind == TokenKind.Number && IsDay(W(j), out _)) && !Is(j, ","))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The day a named day of <c>Data/national-days.txt</c> falls on in the country or city the sentence names, or null.</summary>
    private (NamedDay Day, int Ordinal)? SentencePlaceDay(string phrase)
    {
        for (int k = _first; k < _end; k++)
        {
            if (!IsWord(k) || !Cap(k) || W(k).Length < 4)
            {
                continue;
            }

            string one = W(k).ToString().ToUpperInvariant();
            if (DateVocabulary.NationalDays.TryGetValue(one + "\t" + phrase, out (NamedDay Day, int Ordinal) day)
                || (IsWord(k + 1) && Cap(k + 1) && DateVocabulary.NationalDays.TryGetValue(one + " " + W(k + 1).ToString().ToUpperInvariant() + "\t" + phrase, out day)))
            {
                return day;
            }
        }

        return null;
    }

    /// <summary>The last token of <paramref name="phrase"/> written from token <paramref name="i"/> (a space matching any gap, case aside), or -1.</summary>
    private int MatchPhrase(int i, string phrase)
    {
        int pos = 0;
        for (int k = i; k < _end; k++)
        {
            ReadOnlySpan<char> w = W(k);
            if (pos + w.Length > phrase.Length)
            {
                return -1;
            }

            for (int c = 0; c < w.Length; c++)
            {
                char a = w[c] == '’' ? '\'' : w[c];
                if (char.ToLowerInvariant(a) != char.ToLowerInvariant(phrase[pos + c]))
                {
                    return -1;
                }
            }

            pos += w.Length;
            if (pos == phrase.Length)
            {
                return k;
            }

            bool space = phrase[pos] == ' ';
            bool gap = k + 1 < _end && Tokens[k + 1].Start > Tokens[k].End;
            if (space != gap)
            {
                return -1;
            }

            pos += space ? 1 : 0;
        }

        return -1;
    }

    /// <summary>A year read out, as in broadcast transcripts: "nineteen ninety-six" starting at <paramref name="k"/>.</summary>
    /// <summary>
    /// A year in words where only a year can stand ("the year two thousand", "the year two thousand and one", "the year
    /// nineteen ninety-eight"): its last token and value, or (0, 0).
    /// </summary>
    private (int Last, int Year) YearInWords(int k)
    {
        if (SpelledYear(k) is int nineteen)
        {
            return (k + 1, nineteen);
        }

        if (!Is(k, "two") || !Is(k + 1, "thousand"))
        {
            return (0, 0);
        }

        // "two thousand and one", "two thousand ten"
        int j = Is(k + 2, "and") ? k + 3 : k + 2;
        return IsWord(j) && Lookup(W(j), out int units) == WordKind.Cardinal && units is >= 1 and <= 99 ? (j, 2000 + units) : (k + 1, 2000);
    }

    private int? SpelledYear(int k)
    {
        if (!Is(k, "nineteen") || !IsWord(k + 1))
        {
            return null;
        }

        ReadOnlySpan<char> w = W(k + 1);
        int h = w.IndexOf('-');
        ReadOnlySpan<char> tensWord = h < 0 ? w : w[..h];
        int tens = TensWord(tensWord);
        if (tens == 0)
        {
            return null;
        }

        int units = 0;
        if (h >= 0 && (Lookup(w[(h + 1)..], out int u) != WordKind.Cardinal || u is < 1 or > 9 || (units = u) == 0))
        {
            return null;
        }

        return 1900 + tens + units;
    }

    /// <summary>"nineties" → 90, "twenties" → 20 … for "the nineties", "noughties" → 0 (the decade from 2000); null otherwise.</summary>
    private static int? DecadeWord(ReadOnlySpan<char> w) =>
        w.Equals("noughties", StringComparison.OrdinalIgnoreCase) || w.Equals("naughties", StringComparison.OrdinalIgnoreCase) ? 0
        : w.Length > 6 && w.EndsWith("ies", StringComparison.OrdinalIgnoreCase) && TensWord(string.Concat(w[..^3], "y")) is int tens and > 0 ? tens : null;

    private static int TensWord(ReadOnlySpan<char> w) =>
        w.Equals("twenty", StringComparison.OrdinalIgnoreCase) ? 20 : w.Equals("thirty", StringComparison.OrdinalIgnoreCase) ? 30
        : w.Equals("forty", StringComparison.OrdinalIgnoreCase) ? 40 : w.Equals("fifty", StringComparison.OrdinalIgnoreCase) ? 50
        : w.Equals("sixty", StringComparison.OrdinalIgnoreCase) ? 60 : w.Equals("seventy", StringComparison.OrdinalIgnoreCase) ? 70
        : w.Equals("eighty", StringComparison.OrdinalIgnoreCase) ? 80 : w.Equals("ninety", StringComparison.OrdinalIgnoreCase) ? 90 : 0;

    /// <summary>"20th" or "twentieth" at <paramref name="k"/>: the century's number, or null.</summary>
    private int? CenturyOrdinal(int k)
    {
        if (k >= _end)
        {
            return null;
        }

        ReadOnlySpan<char> w = W(k);
        if (Tokens[k].Kind == TokenKind.Number && w.Length is 3 or 4 && char.IsAsciiLetter(w[^1]) && AllDigits(w[..^2]))
        {
            return Parse(w[..^2]);
        }

        // "the fifth century", "the twenty-first century": the ordinal words of the days of a month serve (up to the 31st).
        return DateVocabulary.DayOrdinals.TryGetValue(w, out int spelled) ? spelled : null;
    }

    /// <summary>A count before a unit: a cardinal word or small number, or -1 for "few" / "several" / "many"; 0 when none.</summary>
    /// <summary>Whether the current sentence reports a game ("scored", "goals", "half-time", "touchdown"): computed once per sentence.</summary>
    private bool SportsSentence()
    {
        if (_sportsSentence != _first)
        {
            _sportsSentence = _first;
            _sports = false;
            for (int k = _first; k < _end && !_sports; k++)
            {
                _sports = Is(k, "scored") || Is(k, "goals") || Is(k, "half-time") || Is(k, "halftime") || Is(k, "touchdown")
                    || Is(k, "touchdowns") || Is(k, "rebounds") || Is(k, "innings") || Is(k, "scoring") || Is(k, "goal") || Is(k, "kick-off")
                    || (Tokens[k].Kind == TokenKind.Number && IsScore(W(k))); // "led 31-19 after the first quarter"
            }
        }

        return _sports;
    }

    /// <summary>The dateline's place: the capitalised words that open the document ("KUALA LUMPUR -", "NEW DELHI (PTI) -"), or null. Read once per document.</summary>
    private string? DatelinePlace
    {
        get
        {
            if (!_datelineRead)
            {
                _datelineRead = true;
                ReadOnlySpan<Token> tokens = Tokens;
                int k = 0;
                while (k < tokens.Length && k < 4 && tokens[k].Kind == TokenKind.Word && tokens[k].Length >= 2 && AllUpper(_text.AsSpan(tokens[k].Start, tokens[k].Length)))
                {
                    k++;
                }

                _dateline = k > 0 ? _text[tokens[0].Start..tokens[k - 1].End] : null;
            }

            return _dateline;
        }
    }

    /// <summary>Whether the dateline names a place of the southern hemisphere ("MELBOURNE —", "CAPE TOWN —", "PERTH, Australia —";
    /// not "PERTH, Scotland —": a region after the comma decides). Read once per document.</summary>
    private bool SouthernDateline => _southern ??= ReadSouthern();

    private bool ReadSouthern()
    {
        if (DatelinePlace is not string place)
        {
            return false;
        }

        int at = _text.IndexOf(place, StringComparison.Ordinal);
        int k = at + place.Length;
        if (at >= 0 && k < _text.Length && _text[k] == ',')
        {
            // "PERTH, Australia —", "NELSON, New Zealand —": the region's last word before the dash.
            int end = k + 1;
            while (end < _text.Length && end - k < 40 && (char.IsAsciiLetter(_text[end]) || _text[end] == ' '))
            {
                end++;
            }

            string[] words = _text[(k + 1)..end].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 0)
            {
                return DateVocabulary.SouthernPlaces.Contains(words[^1]);
            }
        }

        return DateVocabulary.SouthernPlaces.Contains(place);
    }

    private bool? _southern;
    private bool _datelineRead;
    private string? _dateline;
    private int? _fiscalStart;

    /// <summary>
    /// The month the document's fiscal year begins in when it says so ("HCLTech's financial year began on April 1", "this fiscal
    /// year, which began on July 1"), else 0. One pass over the document's tokens, made once, when a fiscal year is read.
    /// </summary>
    private int FiscalStartMonth()
    {
        if (_fiscalStart is int known)
        {
            return known;
        }

        ReadOnlySpan<Token> tokens = Tokens;
        Steps += tokens.Length; // once per document
        int month = 0;
        for (int k = 0; k + 2 < tokens.Length && month == 0; k++)
        {
            ReadOnlySpan<char> w = _text.AsSpan(tokens[k].Start, tokens[k].Length);
            if (!(w.Equals("fiscal", StringComparison.OrdinalIgnoreCase) || w.Equals("financial", StringComparison.OrdinalIgnoreCase))
                || !_text.AsSpan(tokens[k + 1].Start, tokens[k + 1].Length).Equals("year", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            for (int j = k + 2; j < Math.Min(tokens.Length - 1, k + 8); j++)
            {
                ReadOnlySpan<char> v = _text.AsSpan(tokens[j].Start, tokens[j].Length);
                if (v is "began" or "begins" or "begin" or "starts" or "started" or "start")
                {
                    int m = j + 1;
                    if (m + 1 < tokens.Length && _text.AsSpan(tokens[m].Start, tokens[m].Length) is "on" or "in")
                    {
                        m++;
                    }

                    month = tokens[m].Kind == TokenKind.Word && tokens[m].Has(TokenTraits.Capitalized)
                        && Lookup(_text.AsSpan(tokens[m].Start, tokens[m].Length), out int named) == WordKind.Month ? named : 0;
                    break;
                }

                if (tokens[j].Kind == TokenKind.Punctuation && v is not ",")
                {
                    break;
                }
            }
        }

        _fiscalStart = month;
        return month;
    }

    /// <summary>A score or a tally: two numbers of up to three digits joined by a hyphen or a dash ("31-19", "108–97").</summary>
    private static bool IsScore(ReadOnlySpan<char> w)
    {
        int dash = w.IndexOfAny('-', '–');
        return dash is >= 1 and <= 3 && w.Length - dash - 1 is >= 1 and <= 3 && AllDigits(w[..dash]) && AllDigits(w[(dash + 1)..]);
    }

    private int _sportsSentence = -1;
    private bool _sports;

    private int CountWord(int k)
    {
        if (k >= _end || k < _first)
        {
            return 0;
        }

        if (Tokens[k].Kind == TokenKind.Number)
        {
            ReadOnlySpan<char> d = W(k);
            return AllDigits(d) && d.Length <= 3 ? Parse(d) : 0;
        }

        WordKind kind = Lookup(W(k), out int n);
        return kind == WordKind.Cardinal ? n : kind == WordKind.Vague ? -1 : 0;
    }
}
