using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>
/// Ages said without "years old" (session 20): a list after "aged" ("aged 4, 6 and 9", "aged from 6 to 81", "aged just
/// 19"), an age between commas after "now"/"both" ("Her grandmother, now 102, still lives"), the age at which a person
/// did something ("At 38, Modric became", "She left school at 16 and was running the farm by 19"), the value of an age
/// noun ("the youngest is 35", "The minimum age … will rise to 16") and "Smith was 14 when she …".
/// </summary>
internal sealed partial class NonQuantityRules
{
    private int _ageSentence = -1; // the sentence (first token) in which an age was last read by these rules

    /// <summary>Whether the plain bare number (whole, up to 120) between <paramref name="before"/> and
    /// <paramref name="after"/> is a person's age.</summary>
    private bool IsAgeOfPerson(in Draft n, int before, int after)
    {
        if (n.Value is < 1 or > 120 || n.Value != Math.Floor(n.Value) || before < FirstToken)
        {
            return false;
        }

        // The word before picks the one rule that can apply, so a number costs a few reads (a list of numbers is read once).
        ReadOnlySpan<char> w = Text(before);
        bool age = w.Length switch
        {
            2 => (Eq(w, "at") || Eq(w, "by")) && AgeAtWhichDone(before, after) || (Eq(w, "is") || Eq(w, "to") || Eq(w, "be")) && AgeNounValue(before, after),
            3 => (Eq(w, "now") || Eq(w, "was") || Eq(w, "are")) && (AgeBetweenCommas(before, after) || AgeNounValue(before, after) || WasAgeWhen(before, after)),
            4 => (Eq(w, "both") || Eq(w, "were")) && (AgeBetweenCommas(before, after) || AgeNounValue(before, after)),
            _ => false,
        };
        age = age || AgedList(before) && !(after < EndToken && IsWord(after) && !Info(after).Is(WordClass.Function));
        if (age)
        {
            _ageSentence = FirstToken;
        }

        return age;
    }

    /// <summary>"aged 4, 6 and 9", "aged from 6 to 81", "aged just 19", "aged between 18 and 24": going back over a list of
    /// small whole numbers and its joining words, "aged" (or "ages") is reached.</summary>
    private bool AgedList(int before)
    {
        // Each token is read once (a list of numbers may be long; the walk is bounded by ten tokens).
        for (int k = before; k >= FirstToken && k >= before - 10; k--)
        {
            Token t = Tok(k);
            ReadOnlySpan<char> w = Source.AsSpan(t.Start, t.Length);
            if (t.Kind == TokenKind.Number)
            {
                if (w.Length > 3 || !IsAsciiDigits(w))
                {
                    return false;
                }

                continue;
            }

            if (t.Kind != TokenKind.Word)
            {
                if (w is not ",")
                {
                    return false;
                }

                continue;
            }

            if (w.Equals("aged", StringComparison.OrdinalIgnoreCase) || w.Equals("ages", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (!(w.Equals("and", StringComparison.OrdinalIgnoreCase) || w.Equals("or", StringComparison.OrdinalIgnoreCase)
                || w.Equals("to", StringComparison.OrdinalIgnoreCase) || w.Equals("from", StringComparison.OrdinalIgnoreCase)
                || w.Equals("between", StringComparison.OrdinalIgnoreCase) || w.Equals("just", StringComparison.OrdinalIgnoreCase)
                || w.Equals("only", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }

        return false;
    }

    private static bool Eq(ReadOnlySpan<char> w, string word) => w.Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool IsAsciiDigits(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
        {
            if (!CharClass.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Her grandmother, now 102, still lives …", "The teenagers, both 17, were arrested".</summary>
    private bool AgeBetweenCommas(int before, int after) =>
        (Is(before, "now") || Is(before, "both")) && Is(before - 1, ",") && IsWord(before - 2) && (Is(after, ",") || Is(after, "."));

    /// <summary>
    /// The age at which someone did something: "At 38, Modric became …" (the sentence's opening, a comma, then a name or a
    /// pronoun); "She left school at 16 and …" (a sentence whose subject is a personal pronoun, "at" a two-digit number
    /// and then no noun); "… and was running the farm by 19" (after such an age in the same sentence).
    /// </summary>
    private bool AgeAtWhichDone(int before, int after)
    {
        bool end = after >= EndToken || Is(after, ",") || Is(after, ".") || Is(after, "and") || Is(after, "when") || Is(after, ";");
        if (!end || !(Is(before, "at") || Is(before, "by")))
        {
            return false;
        }

        if (Is(before, "at") && Opening(before) && Is(after, ",") && IsWord(after + 1)
            && (Tok(after + 1).Has(TokenTraits.Capitalized) || IsPersonalPronoun(after + 1)))
        {
            return true; // "At 38, Modric became the oldest …"
        }

        if (Text(before + 1).Length != 2 || !IsPersonalPronoun(FirstOfClause()))
        {
            return false;
        }

        return Is(before, "at") || _ageSentence == FirstToken; // "by 19" only after an age read in the sentence
    }

    /// <summary>"the youngest is 35", "The average age of a Kenyan farmer is 60", "The minimum age … will rise to 16": a
    /// copula or "to" before the number, an age noun or a superlative of age earlier in its clause, and no noun (nor "from",
    /// which makes it a change) after.</summary>
    private bool AgeNounValue(int before, int after)
    {
        if (!(Is(before, "is") || Is(before, "was") || Is(before, "are") || Is(before, "were") || Is(before, "be") || Is(before, "to"))
            || after < EndToken && IsWord(after) && !Info(after).Is(WordClass.Function)
            || Is(after, "from")) // "The median age of buyers rose to 34 from 31": a statistic that moved is an amount
        {
            return false;
        }

        for (int k = before - 1; k >= FirstToken && k >= before - 10; k--)
        {
            if (!IsWord(k))
            {
                return false; // a comma or a number ends the clause
            }

            if (Is(k, "age") || Is(k, "youngest") || Is(k, "oldest") || Is(k, "eldest"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Smith was 14 when she first competed": a capitalised subject, "was", the number, "when" and a personal
    /// pronoun that takes the subject up again (not "Inflation was 9 when the war began").</summary>
    private bool WasAgeWhen(int before, int after) =>
        Is(before, "was") && Is(after, "when") && (Is(after + 1, "she") || Is(after + 1, "he"))
        && IsWord(before - 1) && Tok(before - 1).Has(TokenTraits.Capitalized) && !Info(before - 1).Is(WordClass.Function)
        && (!AbstractNoun(Text(before - 1)) || Recognition.NameLexicon.Default.Contains(Text(before - 1), Recognition.LexiconClass.GivenName));

    /// <summary>"Inflation", "Unemployment", "Turnout" …: a word with the ending of an abstract noun names no person.</summary>
    private static bool AbstractNoun(ReadOnlySpan<char> w) =>
        w.EndsWith("tion", StringComparison.OrdinalIgnoreCase) || w.EndsWith("ment", StringComparison.OrdinalIgnoreCase)
        || w.EndsWith("ity", StringComparison.OrdinalIgnoreCase) || w.EndsWith("ness", StringComparison.OrdinalIgnoreCase)
        || w.EndsWith("ance", StringComparison.OrdinalIgnoreCase) || w.EndsWith("ence", StringComparison.OrdinalIgnoreCase)
        || w.EndsWith("out", StringComparison.OrdinalIgnoreCase) || w.EndsWith("rate", StringComparison.OrdinalIgnoreCase)
        || w.EndsWith("ism", StringComparison.OrdinalIgnoreCase);

    /// <summary>A hedged age after "aged" or an age noun: "voters aged over 60", "40 of them over 105" ([word-list] "age-of").</summary>
    private bool HedgedAgeAfterAged(in Draft n) =>
        n.Approximation is (Approximation.MoreThan or Approximation.LessThan or Approximation.AtLeast) && !n.HasUnit && !n.Scaled
        && n.Value <= 120 && n.Value == Math.Floor(n.Value) && n.First > FirstToken && Is(n.First - 1, "aged");

    private bool IsPersonalPronoun(int k) =>
        Is(k, "he") || Is(k, "she") || Is(k, "i") || Is(k, "we") || Is(k, "they");

    /// <summary>Whether token <paramref name="k"/> opens its sentence (after a quote, a colon or a dash too).</summary>
    private bool Opening(int k) => k == FirstToken || !IsWord(k - 1) && !Is(k - 1, ",") && Tok(k - 1).Kind != TokenKind.Number;

    /// <summary>The first word of the sentence, after an opening quote or bracket.</summary>
    private int FirstOfClause()
    {
        int k = FirstToken;
        while (k < EndToken && k < FirstToken + 3 && !IsWord(k))
        {
            k++;
        }

        return k;
    }
}
