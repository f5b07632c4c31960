using System.Globalization;
using Tidings.Text;

namespace Tidings.Dates;

/// <summary>
/// Generic months and seasons (session 38, b24's generic-months): a month, a season or a fixed named day without a year, told in a
/// clause about what happens every year rather than once, is any year's — "the swifts usually arrive in May" <c>XXXX-05</c>, "Sow
/// broad beans in late February" <c>XXXX-02</c>, "every spring" aside, "in winter it sails only on Saturdays" <c>XXXX-WI</c>, "The
/// museum opens daily except on Christmas Day" <c>XXXX-12-25</c>. A clause is generic by a cue (<see cref="GenericEligible"/>); a clause
/// of a paragraph that told one is generic too when nothing ties it to one time ("The river is high from July to September …
/// November is the month to go").
/// </summary>
internal sealed partial class DateReader
{
    /// <summary>How many tokens either side of a date its clause is read for cues (bounded: linear).</summary>
    private const int GenericReach = 40;

    /// <summary>The paragraph whose clauses have been told as generic, or -1.</summary>
    private int _genericParagraph = -1;

    /// <summary>Parses (indexes into <see cref="_parses"/>) of the current paragraph that could be any year's, waiting for a cue.</summary>
    private readonly List<int> _genericPending = [];

    /// <summary>The last paragraph that named a year: its months are the story's unless their own clause tells of every year.</summary>
    private int _yearParagraph = -1;

    /// <summary>The paragraph <see cref="_genericPending"/> belongs to.</summary>
    private int _genericPendingParagraph = -1;

    /// <summary>
    /// Emits <paramref name="parse"/> (at tokens <paramref name="first"/>..<paramref name="last"/>), made any year's when its clause is
    /// generic; pending when only the rest of its paragraph can tell.
    /// </summary>
    private void AddGeneric(DateParse parse, int first, int last)
    {
        if (parse.Year is not null && parse.Type == TemporalType.Date)
        {
            _yearParagraph = _paragraph; // "In 1665 plague returns to London. By September …": the story's year, not any year
            _genericPending.Clear();
        }

        if (GenericValue(parse) is not string value || !GenericEligible(parse, first, last, out bool cued))
        {
            _parses.Add(parse);
            return;
        }

        if (_genericPendingParagraph != _paragraph)
        {
            _genericPending.Clear();
            _genericPendingParagraph = _paragraph;
        }

        if (!cued && (_genericParagraph != _paragraph || _yearParagraph == _paragraph))
        {
            if (_yearParagraph == _paragraph)
            {
                _parses.Add(parse);
                return;
            }

            _genericPending.Add(_parses.Count);
            _parses.Add(parse);
            return;
        }

        _genericParagraph = _paragraph;
        foreach (int pending in _genericPending)
        {
            if (GenericValue(_parses[pending]) is string earlier)
            {
                _parses[pending] = AnyYear(_parses[pending], earlier);
            }
        }

        _genericPending.Clear();
        _parses.Add(AnyYear(parse, value));
    }

    /// <summary>Whether token <paramref name="k"/> is a superlative ("wettest", "best"), which tells of every year only before its date.</summary>
    private bool Superlative(int k) => W(k).EndsWith("est", StringComparison.OrdinalIgnoreCase);

    /// <summary><paramref name="parse"/> as a literal of any year.</summary>
    private static DateParse AnyYear(in DateParse parse, string value) =>
        parse with { Kind = ParseKind.Literal, Literal = value, SetsFocus = false, Planned = false, RangeFrom = 0 };

    /// <summary>The value <paramref name="parse"/> takes in any year — a month <c>XXXX-05</c>, a season <c>XXXX-WI</c>, a fixed named day
    /// <c>XXXX-12-25</c> — or null when it has a year, is counted, or is no such date.</summary>
    private static string? GenericValue(in DateParse parse)
    {
        if (parse.Type != TemporalType.Date || parse.Year is not null || parse.YearShift is not null || parse.Shifted || parse.Anchor == AnchorUse.Story
            || parse.Tense is Tense.Past or Tense.Future || parse.FutureInPast || parse.MonthOrdinal != 0 || parse.IsoWeek != 0 || parse.Hour >= 0 || parse.Part >= 0)
        {
            return null;
        }

        return parse.Kind switch
        {
            ParseKind.Calendar when parse.Month > 0 && parse.Day == 0 => string.Create(CultureInfo.InvariantCulture, $"XXXX-{parse.Month:D2}"),
            ParseKind.Season when !parse.Southern && parse.Ordinal is >= 0 and < 4 => "XXXX-" + DateVocabulary.SeasonCodes[parse.Ordinal],
            ParseKind.NamedDay when parse.Ordinal >= 0 && parse.Ordinal < DateVocabulary.NamedDays.Length
                && DateVocabulary.NamedDays[parse.Ordinal] is { Easter: false, Nth: 0, Offset: 0, Year: null, TableName: null, WeekdayStep: 0, Month: > 0, Day: > 0 } day
                => string.Create(CultureInfo.InvariantCulture, $"XXXX-{day.Month:D2}-{day.Day:D2}"),
            _ => null,
        };
    }

    /// <summary>Whether the clause of tokens <paramref name="first"/>..<paramref name="last"/> (within its sentence, up to a semicolon, at
    /// most <see cref="GenericReach"/> tokens either side) has nothing that ties it to one time — no deictic or anaphoric word, no past
    /// or future auxiliary, no year — and whether it has a cue of its own that it tells of every year (<paramref name="cued"/>).</summary>
    private bool GenericEligible(in DateParse parse, int first, int last, out bool cued)
    {
        cued = false;
        // The clause ends at a semicolon and at a word that opens another clause ("…, which takes effect in March", "… and the review
        // starts in May"): a cue of one clause tells nothing of a date in the next (session 38, review 38d findings 1 and 4).
        int lo = first;
        for (int stop = Math.Max(_first, first - GenericReach); lo > stop && !Is(lo - 1, ";") && !In(lo - 1, DateVocabulary.GenericClauseOpeners); lo--)
        {
        }

        int hi = last + 1;
        for (int stop = Math.Min(_end, last + 1 + GenericReach); hi < stop && !Is(hi, ";") && !In(hi, DateVocabulary.GenericClauseOpeners); hi++)
        {
        }

        bool copula = false, superlative = false;
        for (int k = lo; k < hi; k++)
        {
            Token t = Tokens[k];
            if (t.Kind == TokenKind.Number && t.Length == 4 && int.TryParse(W(k), NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year is >= 1000 and < 3000)
            {
                return false; // "in 2023"
            }

            if (t.Kind != TokenKind.Word)
            {
                continue;
            }

            if (In(k, DateVocabulary.GenericBlockers))
            {
                return false; // (the date's own words too: "This February")
            }

            if (k >= first && k <= last)
            {
                continue;
            }

            // A superlative tells of every year when a present copula comes before the date ("Crete is quietest in April", "The best
            // time to see them is between September and March"), not as an object's epithet ("expect the coldest spell … from late
            // December") nor of the date itself ("its wettest February", "the warmest July night": one month's record).
            copula = copula || (k < first && (Is(k, "is") || Is(k, "are")));

            // A habitual adverb anywhere in the clause but right before the date; a superlative after a copula; "in most years", "on
            // most farms"; "in a normal year"; "you should".
            bool cue = In(k, DateVocabulary.GenericCues);
            superlative = superlative || (cue && k < first - 1 && Superlative(k));
            cued = cued || (cue && !Superlative(k) && (k < first - 1 || k > last))
                || (Is(k, "most") && (Is(k - 1, "in") || Is(k - 1, "on")))
                || (Is(k, "year") && (Is(k - 1, "typical") || Is(k - 1, "normal") || Is(k - 1, "average"))) // "in a normal year"
                || (Is(k, "you") && (Is(k + 1, "should") || Is(k + 1, "can") || Is(k + 1, "must") || Is(k + 1, "need"))); // "By June you should be eating"
        }

        // "In a typical January": any year's.
        cued = cued || (superlative && copula) || Is(first - 1, "typical") || Is(first - 1, "normal") || (Is(first - 1, "average") && Is(first - 2, "an"));

        // "Sow broad beans in late February", "In Canterbury, plant garlic in June": an instruction.
        int opening = lo;
        if (lo == _first && !In(lo, DateVocabulary.ImperativeVerbs))
        {
            for (int k = lo; k < first && k < lo + 8; k++)
            {
                if (Is(k, ","))
                {
                    opening = k + 1;
                    break;
                }
            }
        }

        cued = cued || (opening < first && (opening == _first ? In(opening, DateVocabulary.ImperativeVerbs) : In(opening, DateVocabulary.LowercaseImperativeVerbs) && !Cap(opening)))
            // "January is for planning", "November is the wettest month": a month that is the subject of a present copula.
            // The copula must say what the month is like every year: "for" a season's work or a superlative ("the wettest month"), not
            // a role it has once ("June is the deadline for the deal"; review 38d finding 4).
            || (first == lo && parse.Kind == ParseKind.Calendar && (Is(last + 1, "is") || Is(last + 1, "are"))
                && (Is(last + 2, "for") || Superlative(last + 2)
                    || (Is(last + 2, "the") && (Superlative(last + 3) || Is(last + 3, "month") || Is(last + 3, "time") || Is(last + 3, "season")))
                    || (Is(last + 2, "a") && (Is(last + 3, "good") || Is(last + 3, "great") || Is(last + 3, "bad") || Is(last + 3, "busy")))));
        return true;
    }
}
