using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>
/// Marks of a performance rather than amounts (session 21): a rating in stars ("a rating of 4.5 stars", "four stars out of
/// five"), a golf round or its score against par ("shot a 69", "12 under par"), and a race time written as seconds with
/// hundredths after a verb of running or a best ("ran 9.79", "running 9.97", "her personal best is 19.46").
/// </summary>
internal sealed partial class NonQuantityRules
{
    /// <summary>Whether the plain number is a rating, a golf score or a race time.</summary>
    private bool IsMark(in Draft n, int before, int after)
    {
        if (n.HasUnit || n.Vague || n.Ratio || n.Approximation != Approximation.Exact || n.First != n.CoreFirst || n.Negative)
        {
            return false;
        }

        // Ratings: "4.5 stars", "four stars out of five", "rated it three stars"; and the scale after: "… out of five".
        if (Is(after, "stars") || Is(after, "star"))
        {
            return n.Value != decimal.Truncate(n.Value) || Is(after + 1, "out") && Is(after + 2, "of")
                || Is(before, "of") && Is(before - 1, "rating") || Is(before, "rated") || Is(before - 1, "rated");
        }

        if (Is(before, "of") && Is(before - 1, "out") && (Is(before - 2, "stars") || Is(before - 2, "star")))
        {
            return true;
        }

        // Golf: "finished on 12 under par", "shot a 69", "carded a 65".
        if ((Is(after, "under") || Is(after, "over")) && Is(after + 1, "par"))
        {
            return true;
        }

        if (n.Spelled || n.Last != n.CoreFirst)
        {
            return false;
        }

        if (Is(before, "a") && (Is(before - 1, "shot") || Is(before - 1, "carded") || Is(before - 1, "fired")) && n.Value is >= 55 and < 100)
        {
            return true;
        }

        // "closed with a 5-under 67": a round's score after its score against par.
        if (n.Value is >= 55 and < 100 && before >= FirstToken && Is(before - 1, "a")
            && (Text(before).EndsWith("-under", StringComparison.OrdinalIgnoreCase) || Text(before).EndsWith("-over", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        // Race times: "ran 9.79", "running 9.97", "personal best is 19.46" — hundredths of a second after a verb of running
        // ([word-list] "race-time-before") or a best.
        if (!Hundredths(Text(n.CoreFirst)) || before < FirstToken || !IsWord(before))
        {
            return false;
        }

        return Units.InList("race-time-before", Text(before))
            || (Is(before, "is") || Is(before, "was") || Is(before, "of")) && (Is(before - 1, "best") || Is(before - 1, "record"))
            || Is(before, "in") && SentenceNamesEvent(); // "won the 400m hurdles in 45.94"
    }

    /// <summary>Whether a word of the sentence names a race ([word-list] "event": "hurdles", "freestyle", "relay"); read
    /// once per sentence.</summary>
    private bool SentenceNamesEvent() => SentenceHasListWord("event", ref _event);

    /// <summary>"9.79", "19.46": digits, a point and exactly two digits.</summary>
    private static bool Hundredths(ReadOnlySpan<char> s)
    {
        int dot = s.IndexOf('.');
        if (dot < 1 || dot != s.Length - 3 || dot > 3)
        {
            return false;
        }

        foreach (char c in s)
        {
            if (c != '.' && !CharClass.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
