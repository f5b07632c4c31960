using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>A number of time units after "to", "by" or "from" in a clause whose verb is a move: a level or a change the
/// sentence states ("The median wait rose to 41 weeks in June from 33 weeks", "fell by 0.3 years to 78.6 years",
/// "an average of 38 days, down from 45 days").</summary>
internal sealed partial class DurationAmount
{
    /// <summary>
    /// Whether the word at <paramref name="before"/>, just before the number, is "to", "by" or "from" with a verb or adverb
    /// of a measure's move (the "duration-move" line of units.txt: "rose", "fell", "down") earlier in its clause, within
    /// <see cref="ByReach"/> tokens; numbers and words may stand between, any mark ends the clause. "up to" is a hedge
    /// ("up to 18 weeks"), not a move; a verb of cutting a time ("duration-by": "cut the journey to 80 minutes") keeps a
    /// duration after "to" (its "by" is read in <see cref="StatedAsAmount"/>).
    /// </summary>
    private bool MovedToOrFrom(int before)
    {
        bool to = Is(before, "to");
        if (!(to || Is(before, "by") || Is(before, "from")) || to && Is(before - 1, "up"))
        {
            return false;
        }

        for (int k = before - 1; k >= FirstToken && k >= before - ByReach; k--)
        {
            if (Tok(k).Kind == TokenKind.Number)
            {
                continue; // "fell by 0.3 years to …"
            }

            if (!IsWord(k))
            {
                return false;
            }

            if (Cue(k) == "duration-move")
            {
                return true;
            }

            if (Cue(k) == "duration-by")
            {
                return false; // "will cut the 350-mile journey to 80 minutes": a journey's time, a duration
            }
        }

        return false;
    }
}
