using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>What the search for a counted noun found.</summary>
internal enum CountedVerdict
{
    /// <summary>No counted noun.</summary>
    None,
    /// <summary>A counted noun.</summary>
    Found,
    /// <summary>A time unit follows ("two years"): the number is a duration, not a quantity.</summary>
    Duration,
}

/// <summary>The counted noun of a quantity: "13 [people]", "around 3,000 [Armenians]", "one of the [officers]".</summary>
internal sealed class CountedNoun : SentenceRoom
{
    private readonly bool _findCounted;

    public CountedNoun(SentenceCursor cursor, bool findCounted)
        : base(cursor)
    {
        _findCounted = findCounted;
    }

    /// <summary>The noun phrase a count counts: "13 [people]", "3,000 [Armenians]", "one of the [officers]", "70 of [them]".</summary>
    public CountedVerdict Find(ref Draft n, out TextSpan? counted)
    {
        counted = null;
        int k = n.Last + 1;
        if (k >= EndToken)
        {
            return CountedVerdict.None;
        }

        // "one of the officers", "70 of them", "dozens of Armenian community representatives"
        bool partOf = Is(k, "of") || n.Ratio && n.Fraction; // "a fifth of the wheat crop", "half the roof"
        if (partOf)
        {
            k += Is(k, "of") ? 1 : 0;
            if (k < EndToken && IsWord(k) && (Is(k, "them") || Is(k, "us") || Is(k, "those") || Is(k, "these") || Is(k, "you") || Is(k, "whom")))
            {
                counted = Span(k, k);
                return _findCounted ? CountedVerdict.Found : CountedVerdict.None;
            }

            while (k < EndToken && (Is(k, "the") || Is(k, "their") || Is(k, "its") || Is(k, "his") || Is(k, "her") || Is(k, "our") || Is(k, "all")
                || Is(k, "these") || Is(k, "those") || Is(k, "your") || Is(k, "my")))
            {
                k++;
            }
        }

        // "leaving thousands homeless", "Thousands Flee": a vague amount names what it counts with "of" only.
        if (!partOf && n.Vague && Info(n.CoreFirst).Is(WordClass.Vague))
        {
            return CountedVerdict.None;
        }

        // "We need 12 more points": "more"/"fewer" before the noun leaves it out of what is counted.
        if (!partOf && (Is(k, "more") || Is(k, "fewer")) && NextIsNoun(k + 1))
        {
            k++;
        }

        int start = k;
        int last = -1;
        int firstNoun = -1;
        bool plural = false;
        for (int w = 0; w < 4 && k < EndToken; w++, k++)
        {
            Token t = Tok(k);
            if (ModelName(k))
            {
                continue; // "40 AK-47 rifles", "24 F-16 jets", "67 A320neo jets": a model name before the noun
            }

            if (t.Kind != TokenKind.Word || t.Has(TokenTraits.HasDigit) || t.Has(TokenTraits.Abbreviation))
            {
                break;
            }

            WordInfo info = Info(k);
            if (IsTimeDeterminer(k) && (Info(k + 1).Is(WordClass.TimeUnit) || Is(k + 1, "quarter") || Is(k + 1, "season") || Is(k + 1, "term")))
            {
                break; // "shrank by 512,000 last year", "2.5 next month": a time phrase, not what is counted
            }

            if (info.Is(WordClass.TimeUnit))
            {
                // "two years ago", "six months", "24 hours": a duration, which is a date, not a quantity.
                return n.Unit.Kind == UnitKind.Count && !n.Ratio ? CountedVerdict.Duration : CountedVerdict.None;
            }

            if (info.Is(WordClass.Function) || info.Is(WordClass.Month) || info.Is(WordClass.Cardinal) || info.Is(WordClass.Scale)
                || info.Is(WordClass.TimeOfDay) || info.Is(WordClass.Vague))
            {
                break;
            }

            ReadOnlySpan<char> word = Text(k);
            bool modifierOnly = !info.Is(WordClass.NounException) && (EndsWith(word, "ly") || EndsWith(word, "ing") || EndsWith(word, "ed"));
            if (modifierOnly)
            {
                // "13 injured people" keeps "injured" as a modifier; "13 arrested" and "17 people detained" stop here.
                if (!NextIsNoun(k + 1))
                {
                    break;
                }

                continue;
            }

            last = k;
            if (firstNoun < 0)
            {
                firstNoun = k;
            }

            // "police officers": an s-less plural used as a modifier goes on to the regular plural after it.
            if (info.Is(WordClass.IrregularPlural) && !(NextIsNoun(k + 1) && (IsPlural(Text(k + 1)) || Info(k + 1).Is(WordClass.IrregularPlural))))
            {
                plural = true;
                break;
            }

            // "1,274 measles cases": a plural-looking word before a lowercase plural noun is its modifier.
            // So is a capitalised name ending in s before a lowercase plural: "8.5 million Windows machines".
            if (IsPlural(word) && !(NextIsNoun(k + 1) && (Units.IsSingularS(word) || NameBeforePlural(k))))
            {
                plural = true;
                break;
            }

            if (!NextIsNoun(k + 1) && !ModelName(k + 1))
            {
                break; // "24 Apache AH-64E helicopters" goes on through the model's name
            }
        }

        if (last < 0)
        {
            return CountedVerdict.None;
        }

        // Without a plural head the phrase is its first noun: "a 6.4 earthquake struck" counts "earthquake";
        // but a part of something is the whole phrase: "a fifth of the wheat crop".
        if (!plural && !(partOf && n.Ratio))
        {
            last = firstNoun;
        }

        // A possessive after the phrase means it was a determiner: "of the country's 45 million people".
        if (last + 1 < EndToken && Tok(last + 1).Kind == TokenKind.Word && Text(last + 1).Length == 2 && CharClass.IsApostrophe(Text(last + 1)[0]))
        {
            return CountedVerdict.None;
        }

        if (_findCounted)
        {
            counted = Span(start, last);
            return CountedVerdict.Found;
        }

        return CountedVerdict.None;
    }

    private bool IsTimeDeterminer(int k) =>
        Is(k, "last") || Is(k, "next") || Is(k, "previous") || Is(k, "past") || Is(k, "coming") || Is(k, "following");

    /// <summary>A model's name with a digit, capitalised, before a noun: "AK-47", "F-16", "A320neo", "AH-64E".</summary>
    private bool ModelName(int k) =>
        k < EndToken && Tok(k).Kind == TokenKind.Word && Tok(k).Has(TokenTraits.HasDigit) && char.IsUpper(Text(k)[0]) && NextIsNoun(k + 1);

    /// <summary>"Windows machines": a capitalised word ending in s before a lowercase plural noun is a name modifying it.</summary>
    private bool NameBeforePlural(int k) =>
        Tok(k).Has(TokenTraits.Capitalized) && k + 1 < EndToken && !Tok(k + 1).Has(TokenTraits.Capitalized) && IsPlural(Text(k + 1));

    private bool NextIsNoun(int k)
    {
        if (k >= EndToken)
        {
            return false;
        }

        Token t = Tok(k);
        if (t.Kind != TokenKind.Word || t.Has(TokenTraits.HasDigit))
        {
            return false;
        }

        WordInfo info = Info(k);
        if (info.Is(WordClass.Function) || info.Is(WordClass.Month) || info.Is(WordClass.Cardinal) || info.Is(WordClass.TimeOfDay))
        {
            return false;
        }

        ReadOnlySpan<char> word = Text(k);
        return info.Is(WordClass.NounException) || !(EndsWith(word, "ly") || EndsWith(word, "ing") || EndsWith(word, "ed"));
    }

    private static bool EndsWith(ReadOnlySpan<char> word, string suffix) =>
        word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);

    private TextSpan Span(int firstToken, int lastToken)
    {
        int start = Doc.Tokens[firstToken].Start;
        int end = Doc.Tokens[lastToken].End;
        return new TextSpan(start, end, Source[start..end]);
    }
}
