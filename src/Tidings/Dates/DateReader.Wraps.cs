using System.Globalization;
using Tidings.Text;

namespace Tidings.Dates;

/// <summary>
/// Phrases that wrap a date the reader already knows how to read: "the back end of the year", "the tail end of August",
/// "the whole of 2024", "the month of July", "the better part of a decade", "the back half of the year" (H2), "the first
/// half of FY26" (FY2026-H1), "the fourth quarter of fiscal 2026" (FY2026-Q4) — the words are data
/// (<c>Data/period-wraps.txt</c>); and days told with spelled ordinals: "the sixth of December", "December the sixth",
/// "Thursday the seventh of May", "the ninth of November, 1989", "the eighteenth of June, nineteen sixty-six".
/// </summary>
internal sealed partial class DateReader
{
    /// <summary>How many years past the writing a clipped year may name ("open by ’28" in 2026 is 2028, "'45" is 1945).</summary>
    private const int ClippedFutureReach = 5;

    /// <summary>
    /// "the [lead] head of period" from the "the" at <paramref name="i"/>: the period read where it starts, then widened to the
    /// whole phrase (and made a half or a quarter where the lead says so). Null when the phrase is not one, or wraps nothing read.
    /// Costs one word look-up per "the" that is not followed by a head word or a lead word.
    /// </summary>
    private int? TryWrap(int i)
    {
        int k = i + 1;
        if (!IsWord(k))
        {
            return null;
        }

        int lead = -1;
        int head = k;
        if (In(k, DateVocabulary.WrapLeads, out int leadNumber))
        {
            lead = leadNumber;
            head = k + 1;
        }
        else if (!In(k, DateVocabulary.BareWrapHeads))
        {
            return null;
        }

        // "the month of July", not "the first month of fiscal 2025" (the month that opens the year is not the year).
        if (!In(head, DateVocabulary.WrapHeads, out int headKind) || !Is(head + 1, "of") || head + 2 >= _end || (lead >= 0 && In(head, DateVocabulary.BareWrapHeads)))
        {
            return null;
        }

        int inner = head + 2;
        bool fiscal = Is(inner, "fiscal") || (IsWord(inner) && W(inner).StartsWith("FY", StringComparison.Ordinal));
        bool era = Is(inner, "the") && (Is(inner + 2, "century") || Is(inner + 1, "decade"));
        int part = headKind switch
        {
            // "the back half of the year", "the first half of FY26": a half (the first and second of a calendar year are read already).
            1 when lead is 1 or 2 && (fiscal || Is(k, "back") || Is(k, "front")) => lead,
            // "the latter half of the decade", "the first half of the century": the decade or century itself, as TimeML writes it.
            1 when lead is 1 or 2 && era => 0,
            // "the fourth quarter of fiscal 2026" (a fiscal quarter), "the last quarter of the 20th century" (the century).
            2 when lead is >= 1 and <= 4 && (fiscal || era) => era ? 0 : lead,
            0 => 0,
            _ => -1,
        };
        if (part < 0)
        {
            return null;
        }

        int before = _parses.Count;
        int next = TryAt(inner);
        if (_parses.Count == before && Is(inner, "fiscal"))
        {
            next = TryAt(inner + 1); // "fiscal 2027": the year carries the word before it
        }

        // "the dying days of the year", "the latter half of the decade": a bare "the year" or "the decade", which alone the reader
        // leaves untagged in most clauses, is the story's current one (or the writing's) once a wrap names a part of it.
        if (_parses.Count == before && Is(inner, "the") && IsWord(inner + 1) && Lookup(W(inner + 1), out int unitNumber) == WordKind.Unit
            && (TimeUnit)unitNumber is TimeUnit.Year or TimeUnit.Decade or TimeUnit.Month && !W(inner + 1).EndsWith('s')
            && !Is(inner + 2, "'s") && !Is(inner + 2, "’s") && !Is(inner + 2, "before") && !Is(inner + 2, "after"))
        {
            // (The story's: "joined in March 2019 and left in the last days of the month" is March 2019's.)
            DateParse current = DateParse.Offset((TimeUnit)unitNumber, 0, AnchorUse.Story);
            next = Emit(inner, inner + 1, (TimeUnit)unitNumber == TimeUnit.Decade ? current with { Grain = DatePrecision.Decade } : current);
        }

        if (_parses.Count != before + 1 || _parses[^1].Start != Tokens[inner].Start)
        {
            return _parses.Count == before ? null : next;
        }

        DateParse wrapped = _parses[^1];
        int start = Tokens[i].Start;
        if (part == 0)
        {
            _parses[^1] = wrapped with { Start = start };
            return next;
        }

        bool half = headKind == 1;
        if (FiscalYearOf(wrapped) is int fiscalYear)
        {
            string code = string.Create(CultureInfo.InvariantCulture, $"FY{fiscalYear:D4}-{(half ? 'H' : 'Q')}{part}");
            _parses[^1] = wrapped with
            {
                Start = start, Kind = ParseKind.Literal, Literal = code, Fiscal = false, Type = TemporalType.Date,
                Grain = half ? DatePrecision.Half : DatePrecision.Quarter,
            };
        }
        else if (half && wrapped is { Kind: ParseKind.Calendar, Year: int year, Month: 0 })
        {
            _parses[^1] = wrapped with { Start = start, Kind = ParseKind.Period, Unit = TimeUnit.Half, Ordinal = part, Grain = DatePrecision.Half, Year = year };
        }
        else if (half && wrapped is { Kind: ParseKind.Offset, Unit: TimeUnit.Year, Shifted: false })
        {
            _parses[^1] = wrapped with
            {
                Start = start, Kind = ParseKind.Period, Unit = TimeUnit.Half, Ordinal = part, Grain = DatePrecision.Half, YearShift = wrapped.Count, Count = 0,
            };
        }
        else
        {
            _parses[^1] = wrapped with { Start = start };
        }

        return next;
    }

    /// <summary>The fiscal year a parse names ("fiscal 2026", "FY26"), or null.</summary>
    private static int? FiscalYearOf(DateParse p) =>
        p.Fiscal && p is { Kind: ParseKind.Calendar, Year: int year, Month: 0 } ? year
        : p is { Kind: ParseKind.Literal, Literal: { Length: 6 } code } && code.StartsWith("FY", StringComparison.Ordinal)
            && int.TryParse(code.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out int coded) ? coded : null;

    /// <summary>
    /// "the sixth of December", "the ninth of November, 1989", "the eighteenth of June, nineteen sixty-six" from the "the" at
    /// <paramref name="i"/> (its ordinal at <paramref name="k"/>); <paramref name="first"/> is where the span starts (a weekday
    /// before it: "Thursday the seventh of May"). Null when the words are not such a day.
    /// </summary>
    private int? TrySpelledDay(int first, int i, int k)
    {
        if (!Is(i, "the") || !In(k, DateVocabulary.DayOrdinals, out int day) || !Is(k + 1, "of") || !IsWord(k + 2) || !Cap(k + 2)
            || Lookup(W(k + 2), out int month) != WordKind.Month || day > DateTime.DaysInMonth(2000, month))
        {
            return null;
        }

        (int last, int? year) = YearAfterDay(k + 2, spelled: true);
        return EmitDay(first, last, year, month, day);
    }

    /// <summary>"December the sixth", "May the first" from the month at <paramref name="i"/>: the day; null otherwise.</summary>
    private int? TryMonthTheDay(int i, int month)
    {
        if (!Is(i + 1, "the") || !In(i + 2, DateVocabulary.DayOrdinals, out int day) || day > DateTime.DaysInMonth(2000, month) || Is(i + 3, "of"))
        {
            return null;
        }

        (int last, int? year) = YearAfterDay(i + 2, spelled: false);
        return EmitDay(i, last, year, month, day);
    }

    /// <summary>The year after a day that ends at <paramref name="last"/> (after a comma or not; in words when <paramref name="spelled"/>:
    /// "nineteen sixty-six"), with the span's new last token; or <paramref name="last"/> and no year.</summary>
    private (int Last, int? Year) YearAfterDay(int last, bool spelled)
    {
        int yearAt = Is(last + 1, ",") ? last + 2 : last + 1;
        return IsYear(yearAt, out int y) ? (yearAt, y)
            : spelled && YearInWords(yearAt) is (int spelledLast, int spelledYear) and (> 0, > 0) ? (spelledLast, spelledYear)
            : (last, null);
    }

    /// <summary>
    /// "'08", "Class of '99": a year written with its last two digits after an apostrophe (the latest such year not after the
    /// writing); "'90s", "'nineties": a decade. At the apostrophe <paramref name="i"/>; null when it is a quote mark.
    /// </summary>
    private int? TryApostropheYear(int i)
    {
        int k = i + 1;
        if (k >= _end || Tokens[k].Start != Tokens[i].End)
        {
            return null;
        }

        // "Post-’08": glued on after "post-" only.
        if (i > _first && Tokens[i - 1].End == Tokens[i].Start && !(Is(i - 1, "-") && Is(i - 2, "post") && Glued(i - 1)))
        {
            return null;
        }

        int refYear = _doc.ReferenceDate?.Year ?? 2000;
        if (Tokens[k].Kind == TokenKind.Number)
        {
            ReadOnlySpan<char> d = W(k);
            if (d.Length == 3 && d[2] == 's')
            {
                return TryDecade(i, i); // "'90s", "a '70s staple"
            }

            if (d.Length != 2 || !AllDigits(d) || Is(k + 1, "'") || Is(k + 1, "’"))
            {
                return null;
            }

            int yy = Parse(d);
            int year = 2000 + yy <= refYear + ClippedFutureReach ? 2000 + yy : 1900 + yy;

            // "Jan '24", "April ’86", "Summer ’25", "Boxing Day ’62": a month, a season or a named day with its year clipped is one
            // mention (dates35b).
            if (IsWord(i - 1) && _parses.Count > 0 && _parses[^1].End == Tokens[i - 1].End && _parses[^1].Year is null
                && (_parses[^1].Kind is ParseKind.Calendar or ParseKind.NamedDay or ParseKind.Season)
                && _parses[^1].Grain is DatePrecision.Month or DatePrecision.Day or DatePrecision.Season)
            {
                _parses[^1] = _parses[^1] with { End = Tokens[k].End, Year = year, YearShift = null };
                return k + 1;
            }

            if (IsWord(i - 1) && Lookup(W(i - 1), out int month) == WordKind.Month && (Cap(i - 1) || !IsAmbiguousMonth(W(i - 1))))
            {
                return Emit(i - 1, k, DateParse.Calendar(year, month, 0)); // "Dec '26", "Apr '25": an abbreviation read for its year
            }

            // "the '08 crash", "the Class of '99", "between '22 and '24", "open by ’28", "Italia '90": after a word that takes a year or
            // an event's name, not a closing quote's digits.
            if (In(i - 1, DateVocabulary.ClippedYearLeads) || (IsWord(i - 1) && Cap(i - 1) && i - 1 > _first && Lookup(W(i - 1), out _) == WordKind.None))
            {
                return Emit(i, k, DateParse.Calendar(year, 0, 0));
            }

            return null;
        }

        // "the 'nineties rave scene": a decade word after the apostrophe.
        if (IsWord(k) && DecadeWord(W(k)) is int tens && Is(i - 1, "the"))
        {
            int decadeYear = tens == 0 ? 2000 : 1900 + tens;
            return Lit(i, k, TemporalType.Date, Decade(decadeYear), DatePrecision.Decade);
        }

        return null;
    }
}
