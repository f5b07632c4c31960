using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>
/// Numbers that tag rather than measure (session 25): benchmark labels ("0-60mph in 3.2 seconds"), display resolutions
/// ("4K pictures"), plan and station names ("401(k)", "Heart FM on 106.2", "Radio 4", "Studio 54"), numbered rules with a
/// decimal ("Rule 4.2"), golf and snooker scores ("a three-under-par 68", "a 147 break"), a run chase's target, track
/// events ("the 100m champion"), frequencies ("three times a week"), a duration whose unit was said before ("from six
/// years to four"), age limits ("if they are 50 or older"), the base of a rate that carries a unit ("₹78,000 per 10
/// grams") and a group named by its share ("the richest 1%").
/// </summary>
/// <remarks>Asked once per number read (not per token); each test looks at most a few tokens around the number, and the
/// golf cue is read with the sentence's other word-list cues, once per sentence, on first asking.</remarks>
internal sealed partial class NonQuantityRules
{
    /// <summary>Whether the number tags a thing, an event or a score rather than stating an amount. May widen the draft
    /// over what it names ("401(k)").</summary>
    private bool IsTag(ref Draft n, int before, int after)
    {
        Token coreToken = Tok(n.CoreFirst); // review 38 (finding 2): the number's own token, read once
        ReadOnlySpan<char> coreText = Source.AsSpan(coreToken.Start, coreToken.Length);
        // Review 38 (finding 2): the neighbours' text is read once for the many words they are compared with.
        ReadOnlySpan<char> textBefore = TextIn(before), textAfter = TextIn(after);
        bool noUnit = !n.HasUnit;
        bool alone = n.First == n.CoreFirst;

        if (n.Approximation == Approximation.Range && Benchmark(n))
        {
            return true;
        }

        // "the 100m champion", "Her 1,500m winning time": a track distance glued to "m" after "the" or a possessive.
        if (alone && n.Last == n.CoreFirst && (n.Scaled && noUnit || n.HasUnit && n.Unit.Code == "m") && TrackEvent(n, before, after))
        {
            return true;
        }

        // Session 36 (quant36, b24): "She ran a 5k in 19 minutes", "the 10K in 44:05": a road race named by its distance.
        if (alone && n.Last == n.CoreFirst && n.Scaled && noUnit && RoadRace(n, before, after))
        {
            return true;
        }

        // "₹78,000 per 10 grams": the base of a rate is no amount of its own, unit or not.
        if (alone && n.HasUnit && n.Unit.Kind == UnitKind.Measure && n.Approximation == Approximation.Exact && IsText(textBefore, "per")
            && !Tok(n.Last).Has(TokenTraits.HasHyphen)) // but "$4,480 per forty-foot container": a measure modifying the thing priced
        {
            return true;
        }

        // "the richest 1%": a group named by its share.
        if (alone && n.HasUnit && n.Unit.Kind == UnitKind.Percent && before - 1 >= FirstToken && Is(before - 1, "the")
            && InSentenceOnList(before, WordLists.ShareGroup) && !IsText(textAfter, "of")) // but "the richest 10% of households" is a share
        {
            return true;
        }

        // Session 37 (quant37, b25): "limited to 1080p", "running at 720p in some regions": a video format's name ([word-list]
        // "resolution-name") in a sentence of video ([word-list] "resolution-after" or "video-cue") and not of money ("money-
        // sentence-cue": "Shares in the broadcaster closed at 720p" is a price in pence).
        // Any whole figure of lines glued to "p" right before such a word is one too ("records 1536p video").
        if (alone && n.Last == n.CoreFirst && !n.Scaled
            && (Units.InList("resolution-name", coreText) && VideoSentence() && !SentenceHasNamed("money-sentence-cue") || VideoLines(coreText) && IsWord(after) && OnList(after, WordLists.ResolutionAfter)))
        {
            return true;
        }

        if (!noUnit)
        {
            return false;
        }

        // Session 33 (quant33, b21): "The Chiefs are -3.5", "trading at 1.44", "+150 on the moneyline": a price in betting.
        if ((alone || n.CoreFirst == n.First + 1 && Tok(n.First).Length == 1 && Source[Tok(n.First).Start] is '+' or '-' or '\u2212')
            && !n.Scaled && !n.Spelled && !n.Vague && !n.Ratio && n.Approximation == Approximation.Exact && n.Last == n.CoreFirst
            && (n.Negative || Source[Tok(n.First).Start] is '+' or '-' or '\u2212' || coreText.Contains('.'))
            && (after >= EndToken || !IsWord(after) || Info(after).Is(WordClass.Function)) && BettingSentence())
        {
            return true;
        }

        // "4K pictures", "8K video", "streaming in 4K": a display resolution.
        if (alone && n.Scaled && n.Last == n.CoreFirst && Resolution(before, after, n))
        {
            return true;
        }

        // "zones 1 to 3", "junctions 10 to 12": a range of numbered things.
        if (alone && n.Approximation == Approximation.Range && IsWord(before) && Info(before).Is(WordClass.IdentifierNoun)
            && !Info(before).Is(WordClass.Function) && IsBareDigits(n.CoreFirst))
        {
            return true;
        }

        bool plainDecimal = PlainDecimal(n);
        if (!n.Bare && !n.Spelled && !plainDecimal)
        {
            return false;
        }

        // "ran the 40-yard dash in 4.3": a race time after its event ([word-list] "event").
        if (plainDecimal && IsText(textBefore, "in") && before - 1 >= FirstToken && IsWord(before - 1) && OnList(before - 1, WordLists.Event))
        {
            return true;
        }

        // "a 401(k)": a retirement plan named by the tax code's section.
        if (n.Bare && IsText(textAfter, "(") && !Tok(after).Has(TokenTraits.SpaceBefore) && Is(after + 1, "k") && Is(after + 2, ")"))
        {
            n.Last = after + 2;
            return true;
        }

        // "if they are 50 or older": an age limit ([word-list] "age-limit-after").
        if (IsText(textAfter, "or") && InSentenceOnList(after + 1, WordLists.AgeLimitAfter))
        {
            return true;
        }

        // "three times a week", "twice a day" is read elsewhere: a frequency is no amount.
        if (IsText(textAfter, "times") && InSentenceOnList(after + 1, WordLists.FrequencyPer)
            && IsWord(after + 2) && Info(after + 2).Is(WordClass.TimeUnit))
        {
            return true;
        }

        // "cut her sentence from six years to four": the second end of a span of time whose unit was said with the first
        // (not when a measure moves from that amount: "waits fell from 18 weeks to 12").
        if (IsText(textBefore, "to") && before - 3 >= FirstToken && IsWord(before - 1) && Info(before - 1).Is(WordClass.TimeUnit)
            && Is(before - 3, "from") && (Tok(before - 2).Kind == TokenKind.Number || Info(before - 2).Is(WordClass.Cardinal))
            && !MovedToOrFrom(before - 3))
        {
            return true;
        }

        // Session 33 (quant33, b21): "BBC One", "Ocean's Eleven", "The Hateful Eight", "The Six Nations", "World War One".
        if (n.Spelled && alone && n.Last == n.CoreFirst && CapitalisedNumberName(n.CoreFirst, before))
        {
            return true;
        }

        if (n.Spelled || !alone)
        {
            return false;
        }

        // "Heart FM on 106.2": a station's dial ([word-list] "dial-band").
        if (IsText(textBefore, "on") && InSentenceOnList(before - 1, WordLists.DialBand))
        {
            return true;
        }

        // "Radio 4", "Studio 54", "Speedbird 15": a number after a capitalised name head ([word-list] "name-head"); session 36
        // (quant36, b24): a station's dial after its band ("Cool FM 96.9").
        if ((n.Bare || PlainDecimal(n) && !n.HasUnit) && IsWord(before) && Tok(before).Has(TokenTraits.Capitalized) && OnList(before, WordLists.NameHead))
        {
            return true;
        }

        // "Op. 67", "K. 550": the same after the head's abbreviating point (session 30).
        if (n.Bare && IsText(textBefore, ".") && before - 1 >= FirstToken && IsWord(before - 1) && Tok(before - 1).Has(TokenTraits.Capitalized)
            && Glued(before) && OnList(before - 1, WordLists.NameHead))
        {
            return true;
        }

        // "Under Rule 4.2", "Section 3.1": a numbered part with a decimal after its capitalised noun.
        // Not "Euro 1.0834" (a rate: a unit word, four decimals) nor "DAX 18,412.1" (an index level).
        if (!n.Bare && n.Value < 100 && DecimalPlaces(coreText) is 1 or 2 && IsWord(before) && Tok(before).Has(TokenTraits.Capitalized)
            && Info(before).Is(WordClass.IdentifierNoun) && !Info(before).Is(WordClass.Function) && !Units.TrySingleWord(Text(before), out _))
        {
            return true;
        }

        // "made a 147 break": a snooker break.
        if (n.Bare && IsText(textAfter, "break") && (IsText(textBefore, "a") || IsText(textBefore, "of")))
        {
            return true;
        }

        // "chased down a target of 241": the target of a run chase.
        if (IsText(textBefore, "of") && before - 1 >= FirstToken && Is(before - 1, "target") && Cricket())
        {
            return true;
        }

        // "carded a three-under-par 68", "a 72-hole total of 268": a golf score.
        return n.Bare && (n.Value is >= 55 and <= 90 && !(IsWord(after) && IsPlural(Text(after)))
                || IsText(textBefore, "of") && before - 1 >= FirstToken && Is(before - 1, "total"))
            && Golf();
    }

    private int _bettingSentence = -1;
    private bool _betting;

    /// <summary>Session 33 (quant33, b21): whether a word of the sentence (or its possessive: "Betfair's") is on [word-list]
    /// "betting-cue"; read once per sentence, on the rare first asking.</summary>
    private bool BettingSentence()
    {
        if (_bettingSentence != FirstToken)
        {
            _bettingSentence = FirstToken;
            _betting = false;
            for (int k = FirstToken; k < EndToken && !_betting; k++)
            {
                Steps++;
                ReadOnlySpan<char> w = Text(k);
                if (w.Length > 2 && (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("\u2019s", StringComparison.Ordinal)))
                {
                    w = w[..^2];
                }

                _betting = Tok(k).Kind == TokenKind.Word && WordListsByName.BettingCue.Contains(w);
            }
        }

        return _betting;
    }

    /// <summary>Session 33 (quant33, b21): a spelled number written with a capital inside a sentence, right after a capitalised
    /// word or its possessive, is part of a name ("BBC One", "Capital One", "Ocean's Eleven", "The Magnificent Seven", "the Six
    /// Nations") — unless the sentence is a headline in Title Case, which capitalises every word ("Storm Kills Six"): a lower-case
    /// word of four letters or more near it tells prose.</summary>
    private bool CapitalisedNumberName(int k, int before)
    {
        Token t = Tok(k);
        if (k <= FirstToken || before < FirstToken || !t.Has(TokenTraits.Capitalized) || t.Has(TokenTraits.AllCaps) || !IsWord(before))
        {
            return false;
        }

        bool afterName = Tok(before).Has(TokenTraits.Capitalized)
            || Is(before, "the") && k + 1 < EndToken && IsWord(k + 1) && Tok(k + 1).Has(TokenTraits.Capitalized) // "win the Six Nations"
            || (Is(before, "'s") || Is(before, "\u2019s")) && before - 1 >= FirstToken && Tok(before - 1).Has(TokenTraits.Capitalized);
        if (!afterName)
        {
            return false;
        }

        for (int j = Math.Max(FirstToken, k - 12); j < EndToken && j <= k + 12; j++)
        {
            Steps++;
            if (IsWord(j) && Tok(j).Length >= 4 && char.IsLower(Source[Tok(j).Start]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The digits after the decimal point of a plain number ("4.2": 1), or -1 with a comma or no point.</summary>
    private static int DecimalPlaces(ReadOnlySpan<char> t)
    {
        int dot = t.IndexOf('.');
        return dot < 0 || t.IndexOf(',') >= 0 ? -1 : t.Length - dot - 1;
    }

    /// <summary>"0-60mph in 3.2 seconds", "0-100km/h in 2.9": a benchmark's label, then its time.</summary>
    public bool Benchmark(in Draft n) =>
        (n.Pair ? n.Value == 0 : n.Low == 0) && n.HasUnit && n.Unit.Code is "mph" or "km/h" && Is(n.Last + 1, "in");

    /// <summary>A number with a decimal point and nothing else: "4.2", "106.2".</summary>
    private bool PlainDecimal(in Draft n) =>
        !n.Scaled && !n.Vague && !n.Ratio && !n.Negative && n.Approximation == Approximation.Exact && n.Last == n.CoreFirst
        && Tok(n.CoreFirst).Kind == TokenKind.Number && Text(n.CoreFirst).IndexOf('.') > 0;

    /// <summary>"4K", "8K" (a digit or two and a capital K) after "in" or before a word of video ([word-list] "resolution-after");
    /// session 37 (quant37, b25): "4K" and "8K", the names of the two video formats, wherever no plural noun they could count
    /// follows ("streams 4K at 60fps", "the 4K Premium plan", "A 4K film", "35Mbps for 4K"; not "4K jobs").</summary>
    private bool Resolution(int before, int after, in Draft n)
    {
        ReadOnlySpan<char> t = Text(n.CoreFirst);
        return t.Length is 2 or 3 && t[^1] == 'K' && n.Mantissa is 2 or 4 or 5 or 6 or 8 or 10 or 12 or 16
            && (Is(before, "in") || IsWord(after) && OnList(after, WordLists.ResolutionAfter)
                || t.Length == 2 && n.Mantissa is 4 or 8 && !(IsWord(after) && !Info(after).Is(WordClass.Function) && IsPlural(Text(after))));
    }

    /// <summary>"1536p": three or four digits, the first not 0, and a glued "p".</summary>
    private static bool VideoLines(ReadOnlySpan<char> t)
    {
        if (t.Length is < 4 or > 5 || t[^1] != 'p' || t[0] == '0')
        {
            return false;
        }

        foreach (char c in t[..^1])
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private int _videoSentence = -1;
    private bool _video;

    /// <summary>Session 37 (quant37, b25): whether the sentence speaks of video: a word of [word-list] "resolution-after" or
    /// "video-cue", or a figure "4K"/"8K"; read once per sentence, on the rare first asking (a token on "resolution-name").</summary>
    private bool VideoSentence()
    {
        if (_videoSentence != FirstToken)
        {
            _videoSentence = FirstToken;
            _video = false;
            for (int k = FirstToken; k < EndToken && !_video; k++)
            {
                Steps++;
                ReadOnlySpan<char> w = Text(k);
                _video = IsWord(k) && (OnList(k, WordLists.ResolutionAfter) || Units.InList("video-cue", w))
                    || Tok(k).Kind == TokenKind.Number && w.Length == 2 && w[0] is '4' or '8' && w[1] == 'K';
            }
        }

        return _video;
    }

    /// <summary>A track distance ([word-list] "track-distance") glued to "m", after "the" or a possessive, before a word that
    /// is no plural noun: "the 100m champion", "Her 1,500m winning time".</summary>
    private bool TrackEvent(in Draft n, int before, int after)
    {
        ReadOnlySpan<char> t = Text(n.CoreFirst);
        if (t.Length < 3 || t[^1] != 'm' || !Units.InList(WordLists.TrackDistance, t[..^1]))
        {
            return false;
        }

        return InSentenceOnList(before, WordLists.Owner) && IsWord(after) && !IsPlural(Text(after)) && !Is(after, "of") && !OnList(after, WordLists.MetreAfter);
    }

    /// <summary>Session 36 (quant36, b24): a road race's distance glued to "k" ([word-list] "road-race": "5k", "10K") after an
    /// article, "the" or a possessive, before no plural noun: "a 5k in 19 minutes", "the 10K in 44:05" (not "10k marchers",
    /// "hit 10k in under a day").</summary>
    private bool RoadRace(in Draft n, int before, int after) =>
        Units.InList("road-race", Text(n.CoreFirst))
        && before >= FirstToken && (Info(before).Is(WordClass.Article) || InSentenceOnList(before, WordLists.Owner))
        && (after >= EndToken || !IsWord(after) || Info(after).Is(WordClass.Function) || !IsPlural(Text(after)));

    /// <summary>Whether the sentence speaks of golf ([word-list] "golf", or a word ending "-par" or "-hole"); read once per sentence.</summary>
    private bool Golf() => (SentenceLists() & WordLists.Golf.Bit) != 0 || _golfEnding;
}
