using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>
/// Numbers that tell a date or a time rather than an amount: days of a month ("July 24"), years in digits beside a count
/// ("the 2020 election", but "handed out 1500 blankets") and in words ("nineteen ninety-five"), and times of day with a
/// dot ("leaves at 06:45 and arrives at 10.20").
/// </summary>
internal sealed partial class NonQuantityRules
{
    /// <summary>A day of a month: "July 24", "24 July", "24 of July", "Jul. 22" (a whole number from 1 to 31 beside a
    /// capitalised month).</summary>
    private bool IsDayOfMonth(in Draft n, int before, int after)
    {
        if (n.Value is < 1 or > 31 || n.Value != Math.Floor(n.Value))
        {
            return false;
        }

        // Review 38 (finding 2): the neighbours' text is read once for the many words they are compared with.
        ReadOnlySpan<char> textBefore = TextIn(before), textAfter = TextIn(after);

        return before >= FirstToken && IsMonth(before) || after < EndToken && IsMonth(after) || IsText(textAfter, "of") && after + 1 < EndToken && IsMonth(after + 1)
            || before - 2 >= FirstToken && (IsText(textBefore, "and") || IsText(textBefore, "to") || Tok(before).Has(TokenTraits.Dash)) && Tok(before - 1).Kind == TokenKind.Number
                && IsMonth(before - 2) && n.First == n.CoreFirst // "between March 3 and 9": the second day of the month
            || DayListBeforeMonth(after);
    }

    /// <summary>Session 38 (quant38, b26): whether a list of days runs from token <paramref name="after"/> to a capitalised month
    /// ("strikes on 5, 7 and 9 June": the 5 and the 7 are days of June too), with at most six more days.</summary>
    /// <remarks>Review 38 (finding 2): each day of a list asks again, so the walk to the list's end is remembered
    /// (<see cref="_dayListFrom"/>) and a later day of the same list takes it from there: a list is read once.</remarks>
    private bool DayListBeforeMonth(int after)
    {
        int end;
        bool broken;
        if (after > _dayListFrom && after <= _dayListEnd && (after - _dayListFrom) % 2 == 0)
        {
            end = _dayListEnd;
            broken = _dayListBroken;
        }
        else
        {
            end = after;
            broken = false;
            while (end + 1 < EndToken && DayListJoin(end))
            {
                if (Tok(end + 1).Kind != TokenKind.Number || Tok(end + 1).Length > 2 || !IsBareDigits(end + 1))
                {
                    broken = true;
                    break;
                }

                end += 2;
            }

            (_dayListFrom, _dayListEnd, _dayListBroken) = (after, end, broken);
        }

        return !broken && end > after && end - after <= 12 && IsMonth(end);
    }

    /// <summary>A comma or a joining word of a list of days: one read for any other token.</summary>
    private bool DayListJoin(int k) =>
        Tok(k).Kind != TokenKind.Number && (Is(k, ",") || Is(k, "and") || Is(k, "or") || Is(k, "&"));

    /// <summary>The last list of days walked by <see cref="DayListBeforeMonth"/>: where the walk began, where the list ended
    /// and whether a non-day broke it.</summary>
    private int _dayListFrom = -1;

    private int _dayListEnd = -1;

    private bool _dayListBroken;

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
        if (first.Is(WordClass.Cardinal) && first.Number == 2 && Is(n.CoreFirst + 1, "thousand") && n.Value is >= 2000 and < 2100
            && n.Value == Math.Floor(n.Value) && n.Last > n.CoreFirst + 1 && YearPreposition(before))
        {
            return true; // "opened in two thousand and nineteen"
        }

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
            && YearPreposition(before)
            && (after >= EndToken || !IsWord(after) || Info(after).Is(WordClass.Function));
    }

    private bool YearPreposition(int before) =>
        before >= FirstToken && (Is(before, "in") || Is(before, "since") || Is(before, "until") || Is(before, "till") || Is(before, "from"));

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

    private bool IsMonth(int k) => IsWord(k) && Tok(k).Has(TokenTraits.Capitalized) && Info(k).Is(WordClass.Month);
}
