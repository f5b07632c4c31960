using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>
/// Ages said without "years old" (session 20): a list after "aged" ("aged 4, 6 and 9", "aged from 6 to 81", "aged just
/// 19"), an age between commas after "now"/"both" ("Her grandmother, now 102, still lives"), the age at which a person
/// did something ("At 38, Modric became", "She left school at 16 and was running the farm by 19"), the value of an age
/// noun ("the youngest is 35", "The minimum age … will rise to 16") and "Smith was 14 when she …"; and the plain ages:
/// between commas ("Smith, 45, said"), after "aged"/"age of", "who turns 80", age limits ("children under five").
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
    /// small whole numbers and its joining words, "aged" (or "ages") is reached within ten tokens.</summary>
    /// <remarks>Review 38 (finding 2): every number of a list asks again, so the walk stops where the previous walk began and
    /// takes its end from there (<see cref="_listWalkFrom"/>): a run of numbers is read once, not ten times over.</remarks>
    private bool AgedList(int before)
    {
        int stop = NoListStop;
        for (int k = before; k >= FirstToken && k >= before - 10; k--)
        {
            if (k == _listWalkFrom)
            {
                stop = _listWalkStop;
                break;
            }

            Token t = Tok(k);
            ReadOnlySpan<char> w = Source.AsSpan(t.Start, t.Length);
            if (t.Kind == TokenKind.Number ? w.Length <= 3 && IsAsciiDigits(w) : t.Kind == TokenKind.Word ? ListJoiningWord(w) : w is ",")
            {
                continue;
            }

            stop = k;
            break;
        }

        _listWalkFrom = before;
        _listWalkStop = stop;
        if (stop == NoListStop || stop < before - 10 || stop < FirstToken)
        {
            return false;
        }

        Token end = Tok(stop);
        ReadOnlySpan<char> word = Source.AsSpan(end.Start, end.Length);
        return end.Kind == TokenKind.Word && (Eq(word, "aged") || Eq(word, "ages"));
    }

    /// <summary>No token ends the list within reach (see <see cref="AgedList"/>).</summary>
    private const int NoListStop = int.MinValue;

    /// <summary>The token the last list walk of <see cref="AgedList"/> began at, and the token that ended it
    /// (<see cref="NoListStop"/> when none did within reach).</summary>
    private int _listWalkFrom = -1;

    private int _listWalkStop = NoListStop;

    /// <summary>The words that join a list of ages: "and", "or", "to", "from", "between", "just", "only".</summary>
    private static bool ListJoiningWord(ReadOnlySpan<char> w) =>
        Eq(w, "and") || Eq(w, "or") || Eq(w, "to") || Eq(w, "from") || Eq(w, "between") || Eq(w, "just") || Eq(w, "only");

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
            && (Tok(after + 1).Has(TokenTraits.Capitalized) || IsPersonalPronoun(after + 1)
                || Info(after + 1).Is(WordClass.Article) && IsWord(after + 2) && !Info(after + 2).Is(WordClass.Function)))
        {
            return true; // "At 38, Modric became the oldest …"; session 36 (quant36, b24): "At 65, a healthy non-smoker can …"
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

        // Session 36 (quant36, b24): "The state pension age rises to 67 between 2026 and 2028, and to 68 later": a second "to"
        // after ", and", in a sentence whose first such value was read as an age, is the same age moving on.
        if (Is(before, "to") && _ageSentence == FirstToken && Is(before - 1, "and") && Is(before - 2, ","))
        {
            return true;
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

    /// <summary>An age: "Smith, 45, said", "The senator, 81, said", "aged 34", "at the age of 92".</summary>
    private bool IsAge(int before, int after)
    {
        // Review 38 (finding 2): the neighbours' text is read once for the many words they are compared with.
        ReadOnlySpan<char> textBefore = TextIn(before), textAfter = TextIn(after);
        if (AgeWordBefore(before))
        {
            return true;
        }

        // "The singer, who is 82, cancelled", "Three teenagers, all 16, were charged": an age said of the people just named.
        if (after < EndToken && (IsText(textAfter, ",") || IsText(textAfter, ".")) && before > FirstToken
            && ((IsText(textBefore, "is") || IsText(textBefore, "was") || IsText(textBefore, "turns") || IsText(textBefore, "turned")) && Is(before - 1, "who")
                || IsText(textBefore, "all") && Is(before - 1, ",")))
        {
            return true;
        }

        // "She was 14 when she first played": a bare number after "was"/"were" and before "when" is the age of the subject,
        // when the subject is a person ("Inflation was 9 when …", "Turnout was 40 when …" stay amounts).
        if (before > FirstToken && (IsText(textBefore, "was") || IsText(textBefore, "were")) && IsText(textAfter, "when") && IsPersonSubject(before - 1))
        {
            return true;
        }

        // "who turns 80 next month", "turned 18 in May": what a person turns is an age (not "turned 1,000 people away").
        if ((IsText(textBefore, "turns") || IsText(textBefore, "turned") || IsText(textBefore, "turning") || IsText(textBefore, "turn") && Is(before - 1, "will"))
            && (after >= EndToken || !IsWord(after) || Info(after).Is(WordClass.Function) || IsText(textAfter, "next") || IsText(textAfter, "last")))
        {
            return true;
        }

        // Between commas after a name or a noun, and followed by a comma, a full stop or a verb-like word.
        return before > FirstToken && IsText(textBefore, ",") && IsWord(before - 1) && !Info(before - 1).Is(WordClass.Function)
            && !Info(before - 1).Is(WordClass.Month) && after < EndToken && (IsText(textAfter, ",") || IsText(textAfter, ".") || IsText(textAfter, ")"))
            && Text(after - 1).Length <= 3;
    }

    /// <summary>
    /// Whether the word at <paramref name="k"/> names a person: a personal pronoun, or a capitalised word the sentence
    /// shows as a name — inside the sentence (where a capital marks a name), or at its opening (after a quote, a colon or a
    /// dash too, where every word is capitalised) only when it is a known given name ("Maria was 14 when").
    /// </summary>
    private bool IsPersonSubject(int k)
    {
        if (Is(k, "he") || Is(k, "she") || Is(k, "i") || Is(k, "we") || Is(k, "they") || Is(k, "you"))
        {
            return true;
        }

        if (!IsWord(k) || !Tok(k).Has(TokenTraits.Capitalized) || Info(k).Is(WordClass.Function))
        {
            return false;
        }

        bool opening = k == FirstToken || !IsWord(k - 1) && !Is(k - 1, ",");
        return !opening || Recognition.NameLexicon.Default.Contains(Text(k), Recognition.LexiconClass.GivenName);
    }

    /// <summary>"aged 34", "by age five", "at the age of 92".</summary>
    private bool AgeWordBefore(int before) =>
        before >= FirstToken && (Is(before, "aged") || Is(before, "age") || Is(before, "ages")
            || Is(before, "of") && before > FirstToken && Is(before - 1, "age"));

    /// <summary>An age limit after a word for people ([word-list] "age-of"): "children under five", "adults over 65" (before no noun).</summary>
    private bool IsAgeLimit(in Draft n, int after)
    {
        // "teenagers aged 13 to 17", "between the ages of 18 and 24"
        if (n.Approximation == Approximation.Range && !n.HasUnit && n.Second <= 120 && n.First > FirstToken
            && (Is(n.First - 1, "aged") || Is(n.First - 1, "ages") || Is(n.First - 1, "age") || Is(n.First - 1, "of") && Is(n.First - 2, "ages")))
        {
            return true;
        }

        if (n.Approximation is not (Approximation.LessThan or Approximation.MoreThan) || n.HasUnit || n.Scaled || n.Value > 120
            || n.Value != Math.Floor(n.Value) || n.First <= FirstToken || after < EndToken && IsWord(after) && !Info(after).Is(WordClass.Function))
        {
            return false;
        }

        // "children under five", "adults over 65"; "the ward's patients were over 70" (a copula between).
        int noun = n.First - 1;
        if (noun > FirstToken && (Is(noun, "were") || Is(noun, "are") || Is(noun, "was") || Is(noun, "is")))
        {
            noun--;
        }

        return IsWord(noun) && OnList(noun, WordLists.AgeOf);
    }
}
