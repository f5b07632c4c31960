using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>
/// Marks of a performance rather than amounts (session 21): a rating in stars ("a rating of 4.5 stars", "four stars out of
/// five"), a golf round or its score against par ("shot a 69", "12 under par"), and a race time written as seconds with
/// hundredths after a verb of running or a best ("ran 9.79", "running 9.97", "her personal best is 19.46"); and cricket
/// scores, which are runs and wickets rather than counts ("bowled out for 287", "287 for 6", "won by six wickets").
/// </summary>
internal sealed partial class NonQuantityRules
{
    /// <summary>Whether the plain number is a rating, a golf score or a race time.</summary>
    private bool IsMark(in Draft n, int before, int after)
    {
        // Review 38 (finding 2): the neighbours' text is read once for the many words they are compared with.
        ReadOnlySpan<char> textBefore = TextIn(before), textAfter = TextIn(after);
        if (n.HasUnit || n.Vague || n.Ratio || n.Approximation != Approximation.Exact || n.First != n.CoreFirst || n.Negative)
        {
            return false;
        }

        // Ratings: "4.5 stars", "four stars out of five", "rated it three stars", a whole one to five stars given by someone
        // ("four stars from VisitEngland"); and the scale after: "… out of five".
        if (IsText(textAfter, "stars") || IsText(textAfter, "star"))
        {
            return n.Value != decimal.Truncate(n.Value) || Is(after + 1, "out") && Is(after + 2, "of")
                || IsText(textBefore, "of") && Is(before - 1, "rating") || IsText(textBefore, "rated") || Is(before - 1, "rated")
                || n.Value is >= 1 and <= 5 && Is(after + 1, "from"); // session 36 (quant36b, b24): "four stars from VisitEngland"
        }

        if (IsText(textBefore, "of") && Is(before - 1, "out") && (Is(before - 2, "stars") || Is(before - 2, "star")))
        {
            return true;
        }

        // Golf: "finished on 12 under par", "shot a 69", "carded a 65".
        if ((IsText(textAfter, "under") || IsText(textAfter, "over")) && Is(after + 1, "par"))
        {
            return true;
        }

        // "beating the US by 0.11 of a second": a fraction of a unit of time is a duration.
        if (!n.Spelled && n.Value < 1 && IsText(textAfter, "of") && Is(after + 1, "a") && Info(after + 2).Is(WordClass.TimeUnit))
        {
            return true;
        }

        if (n.Spelled || n.Last != n.CoreFirst)
        {
            return false;
        }

        if (IsText(textBefore, "a") && (Is(before - 1, "shot") || Is(before - 1, "carded") || Is(before - 1, "fired")) && n.Value is >= 55 and < 100)
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

        return OnList(before, WordLists.RaceTimeBefore)
            || (IsText(textBefore, "is") || IsText(textBefore, "was") || IsText(textBefore, "of")) && (Is(before - 1, "best") || Is(before - 1, "record"))
            || IsText(textBefore, "in") && (SentenceNamesEvent() || before - 1 >= FirstToken && OnList(before - 1, WordLists.RaceFinish)); // "won the 400m hurdles in 45.94", "won in 19.46"
    }

    /// <summary>Whether a word of the sentence names a race ([word-list] "event": "hurdles", "freestyle", "relay"); read
    /// once per sentence.</summary>
    private bool SentenceNamesEvent() => SentenceHasListWord(WordLists.Event);

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

    /// <summary>Whether the plain number is part of a cricket score: "bowled out for 287", "63 for two", "in reply to
    /// India's 401", a result's margin ("beat India by 36 runs") or runs for wickets ("287 for 6"); not "scored 120 runs".</summary>
    private bool IsCricketScore(in Draft n, int before, int after)
    {
        // Review 38 (finding 2): the neighbours' text is read once for the many words they are compared with.
        ReadOnlySpan<char> textBefore = TextIn(before), textAfter = TextIn(after);
        // Cricket scores: "bowled out for 287", "63 for two", "in reply to India's 401" (but "scored 120 runs" counts runs).
        // Only the shapes of a score ask for the sentence's cues: "for 287", "63 for", "287 all out", "India's 401".
        if ((n.Bare || n.Spelled && n.Last == n.CoreFirst)
            && (before >= FirstToken && (IsText(textBefore, "for") || IsText(textBefore, "'s") || IsText(textBefore, "’s")) || IsText(textAfter, "for") || IsText(textAfter, "all"))
            && !(IsWord(after) && (IsPlural(Text(after)) || Info(after).Is(WordClass.IrregularPlural))) && Cricket())
        {
            return true;
        }

        // A cricket result's margin is part of the score, like a scoreline: "beat India by 36 runs", "won by six wickets"
        // (not "scored 120 runs").
        if ((n.Bare || n.Spelled && n.Last == n.CoreFirst) && before >= FirstToken && IsText(textBefore, "by")
            && (IsText(textAfter, "runs") || IsText(textAfter, "wickets") || IsText(textAfter, "run") || IsText(textAfter, "wicket")) && (Sport() || Cricket()))
        {
            return true;
        }

        // A cricket score needs no cricket word: "Australia 287 for 6 (Smith 104) beat India", "reached 63 for two".
        if ((n.Bare || n.Spelled && n.Last == n.CoreFirst) && (RunsForWickets(n.Last + 1) || before > FirstToken && IsText(textBefore, "for") && RunsForWickets(before)))
        {
            return true;
        }

        return false;
    }

    /// <summary>Whether the sentence speaks of cricket ("innings", "wickets", "bowled out"): bare numbers are then runs
    /// and wickets of a score.</summary>
    public bool Cricket() => SentenceHasListWord(WordLists.Cricket);

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
}
