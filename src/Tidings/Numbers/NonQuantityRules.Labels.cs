using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>
/// Numbers that label rather than count (session 20): versions ("iOS 18.2", "Android 15", "Wi-Fi 7"; [word-list]
/// "version-name"), seeds and ranks ("seeded 9"), "the Big 4", a cricket total ("all out for 188"), a train named by its
/// time ("The 7.15 from Brighton"), a numbered list's marker ("1. Rodri's understudy"), a field position ("their own
/// 20-yard line") and a race named by its distance ("won the 1500m").
/// </summary>
internal sealed partial class NonQuantityRules
{
    /// <summary>Race distances that, glued to "m" after "the", name the event ("won the 1500m in 3:49").</summary>
    private static readonly decimal[] RaceDistances = [60, 100, 110, 200, 400, 800, 1500, 1600, 3000, 5000, 10000];

    /// <summary>Whether the number labels a thing or an event rather than counting or measuring.</summary>
    private bool IsLabel(ref Draft n, int before, int after)
    {
        bool unhedged = n.Approximation == Approximation.Exact && !n.Vague && !n.Ratio && !n.Negative;
        if (!unhedged || n.First != n.CoreFirst)
        {
            return false;
        }

        if (n.HasUnit)
        {
            // "punted from their own 20-yard line": a position on the field.
            // "a 3-nanometre process": a chip's process named by its feature size.
            return n.Unit.Kind == UnitKind.Measure && n.Unit.Code == "yd" && Is(after, "line") && n.Last == n.CoreFirst
                || n.Unit.Kind == UnitKind.Measure && n.Unit.Code == "nm" && n.Last == n.CoreFirst && Tok(n.CoreFirst).Has(TokenTraits.HasHyphen)
                || RaceByDistance(n, before, after)
                || RaceByName(n, before);
        }

        if (n.Scaled)
        {
            return RaceByDistance(n, before, after);
        }

        if (n.Spelled || before < FirstToken)
        {
            return ListMarker(n, after);
        }

        // The word before is read once; each shape below needs a particular one.
        Token bt = Tok(before);
        if (bt.Kind != TokenKind.Word)
        {
            return ListMarker(n, after);
        }

        ReadOnlySpan<char> w = Source.AsSpan(bt.Start, bt.Length);

        // "Android 15 arrives", "iOS 18.2 with", "Python 3.13 drops", "Wi-Fi 7 and USB4".
        if (Units.InList(WordLists.VersionName, w))
        {
            return true;
        }

        // "was seeded 9", "ranked 3 in the world", "entries graded 9" (session 33: a grade awarded).
        if ((Eq(w, "seeded") || Eq(w, "ranked") || Eq(w, "graded")) && !(IsWord(after) && IsPlural(Text(after))))
        {
            return true;
        }

        // "The Big 4 accounting firms", "the Big 12".
        if (w is "Big")
        {
            return true;
        }

        // "Australia were all out for 188": a cricket total, with or without a word of cricket.
        if (Eq(w, "for") && Is(before - 1, "out") && Is(before - 2, "all"))
        {
            return true;
        }

        // "The 7.15 from Brighton was cancelled": a train named by its time.
        if (Eq(w, "the") && (Is(after, "from") || Is(after, "to")) && IsWord(after + 1) && Tok(after + 1).Has(TokenTraits.Capitalized)
            && IsDottedClock(Text(n.CoreFirst)))
        {
            return true;
        }

        return ListMarker(n, after);
    }

    /// <summary>"deals:\n 1. Rodri's understudy – £42m": a small whole number opening its line (after any line or paragraph break) or the text, a full stop or a
    /// bracket glued after it, then a space: the marker of a numbered list's item.</summary>
    private bool ListMarker(in Draft n, int after)
    {
        Token t = Tok(n.CoreFirst);
        if (n.Last != n.CoreFirst || t.Kind != TokenKind.Number || t.Length > 2 || !IsBareDigits(n.CoreFirst) || t.End + 1 >= Source.Length
            || Source[t.End] is not ('.' or ')') || Source[t.End + 1] is not (' ' or '\t'))
        {
            return false;
        }

        for (int c = Tok(n.CoreFirst).Start - 1; c >= 0; c--)
        {
            char ch = Source[c];
            if (CharClass.LineBreaks(Source, c) > 0)
            {
                return true; // any line or paragraph break ("\n", U+2028, U+2029 …) opens the line
            }

            if (ch is not (' ' or '\t' or '\r'))
            {
                return false;
            }
        }

        return true; // the text's first line: a paragraph before it must not change the reading
    }

    /// <summary>"She won the 1500m in 3 minutes": a standard race distance glued to "m" after "the", before no noun.</summary>
    private bool RaceByDistance(in Draft n, int before, int after)
    {
        if (!Is(before, "the") || n.Last != n.CoreFirst || after < EndToken && IsWord(after) && !Info(after).Is(WordClass.Function))
        {
            return false;
        }

        ReadOnlySpan<char> w = Text(n.CoreFirst);
        if (w.Length < 2 || w[^1] != 'm' || !decimal.TryParse(w[..^1], System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture, out decimal metres))
        {
            return false;
        }

        return Array.IndexOf(RaceDistances, metres) >= 0;
    }

    /// <summary>"case No. 22-451": a number pair after "No." is a reference, not a range.</summary>
    public bool NumberedPair(in Draft n) =>
        n.First == n.CoreFirst && (Is(n.First - 1, "No.") || Is(n.First - 1, "No") && Tok(n.First - 1).Has(TokenTraits.Capitalized));

    /// <summary>
    /// "one" that names no count: "one of only 14 survivors" (one of a counted group), and the unnamed speaker of a quote
    /// ("… to work," one commuter said; said one caller).
    /// </summary>
    private bool OneNotCounted(int before, int after)
    {
        if (Is(after, "of") && (Is(after + 1, "only") || Is(after + 1, "just")) && after + 2 < EndToken && Tok(after + 2).Kind == TokenKind.Number)
        {
            return true;
        }

        bool speaker = IsWord(after) && !Info(after).Is(WordClass.Function) && !IsPlural(Text(after));
        return speaker && (Is(after + 1, "said") || Is(after + 1, "says") || Is(after + 1, "told") || Is(after + 1, "added"))
            || speaker && (Is(before, "said") || Is(before, "says") || Is(before, "added")) && SpeakerEnds(after);
    }

    /// <summary>"said one trader.", "said one Swiss bond trader, adding", "said one caller to a phone-in": after "said", the
    /// words from <paramref name="k"/> name the speaker when a mark or a preposition ends them (not "said one policeman was killed").</summary>
    private bool SpeakerEnds(int k)
    {
        for (int end = k + 4; k < EndToken && k <= end; k++)
        {
            if (!IsWord(k))
            {
                return true;
            }

            if (Info(k).Is(WordClass.Function))
            {
                return Is(k, "to") || Is(k, "at") || Is(k, "in") || Is(k, "from") || Is(k, "with") || Is(k, "on") || Is(k, "who");
            }
        }

        return k >= EndToken;
    }

    /// <summary>Whether "one" counts nothing: "one by one", "no one", "the one who", "one another", "one of the smallest".</summary>
    private bool OneIsNoCount(int before, int after)
    {
        WordInfo prev = before >= FirstToken ? Info(before) : default;
        if (before > FirstToken && Is(before, "by") && Is(before - 1, "one") || OneNotCounted(before, after))
        {
            return true; // "one by one", "one of only 14 survivors", "one commuter said"
        }

        if (before >= FirstToken && (Is(before, "no") || Is(before, "any") || Is(before, "every") || Is(before, "each")
            || Is(before, "this") || Is(before, "that") || Is(before, "the") || Is(before, "which") || Is(before, "no-one")
            || prev.Is(WordClass.Article)))
        {
            return true;
        }

        if (after < EndToken && (Is(after, "another") || Is(after, "by") || Is(after, "hand") || Is(after, "way")
            || Is(after, "time") || Is(after, "point") || Is(after, "could") || Is(after, "would") || Is(after, "should")
            || Is(after, "must") || Is(after, "can") || Is(after, "may") || Is(after, "might") || Is(after, "another's")
            || Is(after, "day") || Is(after, "or") || Is(after, "thing") || Is(after, "side") && Is(before, "on")
            || Is(after, "go") && Is(before, "in"))) // "in one go"
        {
            return true;
        }

        // "one of the smallest vertebrates", "one of its best years": a member of a superlative class, not a count.
        if (after + 2 < EndToken && Is(after, "of") && (Is(after + 1, "the") || Is(after + 1, "its") || Is(after + 1, "their") || Is(after + 1, "his")
            || Is(after + 1, "her") || Is(after + 1, "our") || Is(after + 1, "my") || Is(after + 1, "your")) && IsSuperlative(after + 2))
        {
            return true;
        }

        return false;
    }

    /// <summary>"smallest", "biggest", "most", "best": a superlative, after which "one of the" names a member, not a count.</summary>
    private bool IsSuperlative(int k)
    {
        if (!IsWord(k))
        {
            return false;
        }

        ReadOnlySpan<char> w = Text(k);
        return Is(k, "most") || Is(k, "best") || Is(k, "worst") || Is(k, "least") || Is(k, "first") || Is(k, "last")
            || w.Length >= 6 && w.EndsWith("est", StringComparison.OrdinalIgnoreCase) && !Info(k).Is(WordClass.Function)
                && !Is(k, "interest") && !Is(k, "forest") && !Is(k, "protest") && !Is(k, "request") && !Is(k, "harvest") && !Is(k, "contest");
    }

    /// <summary>Whether the plain spelled number names rather than counts: "Formula One", "Apollo Eleven" (capitalised after
    /// an identifier noun), "by age five", "on day two", "phase three of the plan", "absolute zero".</summary>
    private bool IsSpelledName(in Draft n, int before, int after)
    {
        // "Formula One", "Apollo Eleven": a capitalised number word naming a thing.
        if (before >= FirstToken && n.Last == n.CoreFirst && Tok(n.CoreFirst).Has(TokenTraits.Capitalized)
            && Info(before).Is(WordClass.IdentifierNoun) && Tok(before).Has(TokenTraits.Capitalized))
        {
            return true;
        }

        if (n.Last == n.CoreFirst && AgeWordBefore(before))
        {
            return true; // "by age five"
        }

        // "on day two", "phase three of the plan": a spelled number after an identifier noun, before no noun, names a step.
        if (n.Last == n.CoreFirst && before >= FirstToken && Info(before).Is(WordClass.IdentifierNoun)
            && !Info(before).Is(WordClass.Function) && !IdentifierNounIsVerb(before) && (after >= EndToken || !IsWord(after) || Info(after).Is(WordClass.Function)))
        {
            return true;
        }

        // "absolute zero", "ground zero", "patient zero": a name, not an amount.
        if (n.Value == 0 && before >= FirstToken && IsWord(before) && OnList(before, WordLists.NumberName))
        {
            return true;
        }

        return false;
    }
}
