using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>
/// A number of time units is a duration, which is a date, not a quantity ("searched for 24 hours", "32 minutes later")
/// — except where the sentence states it as an amount a claim can hold: after a noun of amount and "of" ("an average of
/// 32 minutes", "a target of 18 minutes"), right after a copula ("Life expectancy was 78.4 years"), or after "by" in a
/// clause whose verb is a move ("lowered her world record by 0.67 seconds"), or compared with such an amount ("…, as
/// opposed to 79.0 years"). The cue words are the "duration-…" lines
/// of units.txt; a word after the unit that makes it a date or an age ("later", "ago", "old") keeps it a duration.
/// </summary>
internal sealed class DurationAmount : SentenceRoom
{
    /// <summary>How far back (in tokens) from a word of comparison the amount it compares with may stand.</summary>
    private const int CompareReach = 16;

    public DurationAmount(SentenceCursor cursor)
        : base(cursor)
    {
    }

    /// <summary>Whether the bare number <paramref name="n"/>, followed right away by a time unit, states an amount;
    /// if so, <paramref name="unitToken"/> is the unit's token and <paramref name="unit"/> its measure.</summary>
    public bool Read(in Draft n, out int unitToken, out QuantityUnit unit)
    {
        unitToken = n.Last + 1;
        unit = default;
        if (!IsWord(unitToken) || DurationCue(unitToken) is not { } code || code.StartsWith("duration-", StringComparison.Ordinal))
        {
            return false;
        }

        if (IsWord(unitToken + 1) && DurationCue(unitToken + 1) == "duration-not" || Glued(unitToken + 1) && Is(unitToken + 1, "-")
            || Glued(unitToken + 1) && (Is(unitToken + 1, "'") || Is(unitToken + 1, "’")))
        {
            return false; // "32 minutes later", "25 years old", "five-year-old", "five weeks' rent"
        }

        int before = n.First - 1;
        if (!IsWord(before))
        {
            return false;
        }

        bool amount = StatedAsAmount(before) || ComparedWithAmount(before, code);
        if (amount)
        {
            unit = QuantityUnit.Measure(code);
        }

        return amount;
    }

    /// <summary>Whether the word at <paramref name="before"/>, just before the number, makes it an amount: a copula, a noun of
    /// amount and "of", or "by" after a move verb.</summary>
    private bool StatedAsAmount(int before) => DurationCue(before) switch
    {
        "duration-copula" => true,
        _ => Is(before, "of") ? DurationCue(before - 1) == "duration-of" : Is(before, "by") && MoveBefore(before) || MovedToOrFrom(before),
    };

    /// <summary>
    /// "Life expectancy is 73.1 years for men, as opposed to 79.0 years in …": after a word of comparison ("than", "versus",
    /// "as opposed to", "compared with"; the "duration-compare" line), a number of the same time unit as an amount stated
    /// earlier in the sentence (within <see cref="CompareReach"/> tokens) is an amount too.
    /// </summary>
    private bool ComparedWithAmount(int before, string code)
    {
        int cue = (Is(before, "to") || Is(before, "with")) && IsWord(before - 1) ? before - 1 : before;
        if (DurationCue(cue) != "duration-compare" || cue == before && (Is(before, "opposed") || Is(before, "compared")))
        {
            return false;
        }

        for (int k = cue - 1; k > FirstToken && k >= cue - CompareReach; k--)
        {
            if (Tok(k).Kind == TokenKind.Number && IsWord(k + 1) && Units.DurationCue(Text(k + 1)) == code && IsWord(k - 1) && StatedAsAmount(k - 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A move verb ("lowered", "cut") in the clause before the "by" at <paramref name="by"/>.</summary>
    private bool MoveBefore(int by)
    {
        for (int k = by - 1; k >= FirstToken && k >= by - MoveReach; k--)
        {
            if (!IsWord(k))
            {
                return false; // a comma or a number: another clause
            }

            if (DurationCue(k) == "duration-by")
            {
                return true;
            }
        }

        return false;
    }

}
