using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>
/// The numeral reader's fractions: what follows "two thirds", "a quarter" or "half" ("of a percentage point", "of a
/// million", "of voters", "a point"), and when a fraction alone reads as a number.
/// </summary>
internal sealed partial class NumeralReader
{
    /// <summary>
    /// What follows a fraction ending before token <paramref name="k"/>: "of a percentage point" (0.75 pp), "of a
    /// million" (a scale), "of" (a ratio: "two thirds of voters"), or nothing ("by two thirds": a ratio where the
    /// fraction word is plural).
    /// </summary>
    private bool FractionTail(int k, decimal fraction, bool plural, ref Draft n)
    {
        n.Last = k - 1;
        if ((Is(k, "point") || Is(k, "percentage") && Is(k + 1, "point")) && FractionUnit(k, out int direct, out UnitEntry pp))
        {
            n.Value = n.Mantissa = fraction; // "a quarter point", "a quarter percentage point"
            SetUnit(ref n, pp);
            n.Last = k + direct - 1;
            return true;
        }

        if (Is(k, "of") && (Info(k + 1).Is(WordClass.Article) || Is(k + 1, "one")))
        {
            WordInfo scale = Info(k + 2);
            if (scale.Is(WordClass.Scale) && scale.Number >= 1000)
            {
                n.Value = fraction * scale.Number; // "a quarter of a million"
                n.Scaled = true;
                n.Last = k + 2;
                return true;
            }

            if (IsWord(k + 2) && OnList(k + 2, WordLists.FractionTime))
            {
                return false; // "the lowest in a quarter of a century": a span of time, not a share
            }

            if (FractionUnit(k + 2, out int units, out UnitEntry unit))
            {
                n.Value = n.Mantissa = fraction; // "three quarters of a percentage point"
                SetUnit(ref n, unit);
                n.Last = k + 1 + units;
                return true;
            }
        }

        if (!plural && !Is(k, "of"))
        {
            return false;
        }

        return SetFraction(ref n, fraction);
    }

    /// <summary>"0.6 of a percentage point": a decimal below one before "of a" (token <paramref name="k"/> is "of") and a unit a
    /// fraction can take reads that unit, the mention running to its end.</summary>
    public bool DecimalOfAUnit(int k, ref Draft n)
    {
        if (!Info(k + 1).Is(WordClass.Article) || !FractionUnit(k + 2, out int units, out UnitEntry unit))
        {
            return false;
        }

        SetUnit(ref n, unit);
        n.Last = k + 1 + units;
        return true;
    }

    /// <summary>A unit a fraction can take ("a mile", "a percentage point", "a point" — of an interest rate: pp).</summary>
    private bool FractionUnit(int k, out int count, out UnitEntry unit)
    {
        unit = default;
        count = 0;
        if (k >= EndToken)
        {
            return false;
        }

        if (Is(k, "point"))
        {
            count = 1;
            unit = new UnitEntry(QuantityUnit.PercentagePoints, 1, null);
            return true;
        }

        if (Units.After.MatchForward(Doc, k, EndToken, out count, out unit) && !unit.IsCurrency)
        {
            Steps += count;
            return true;
        }

        return false;
    }

    /// <summary>"about a fifth." at the end of a sentence (or alone), after a hedge or nothing: not "in a quarter." (a time).</summary>
    private bool FractionEndsSentence(int i) =>
        (i + 2 >= EndToken || Tok(i + 2).Has(TokenTraits.Terminal))
        && (i == FirstToken || Is(i - 1, "about") || Is(i - 1, "nearly") || Is(i - 1, "almost") || Is(i - 1, "roughly") || Is(i - 1, "around")
            || Is(i - 1, "only") || Is(i - 1, "just") || Is(i - 1, "some"));

    /// <summary>Session 36 (quant36, b24): whether token <paramref name="k"/>, right after a fraction, is a word of
    /// [word-list] "fraction-alone-after" that makes the fraction a share standing alone: a cut in a price ("half price",
    /// "half off", "a third off").</summary>
    private bool FractionAloneAfter(int k) => IsWord(k) && OnList(k, WordListsByName.FractionAloneAfter);

    /// <summary>Session 36 (quant36, b24): "half" that ends its sentence after a soft hedge ("accounting for nearly half.",
    /// "roughly half."), as <see cref="FractionEndsSentence"/> reads "about a fifth.".</summary>
    private bool HalfEndsSentence(int i) =>
        (i + 1 >= EndToken || Tok(i + 1).Has(TokenTraits.Terminal)) && i > FirstToken && SoftHedge(i - 1);

    /// <summary>"Half had never voted", "nearly half said": "half" as the subject of a verb, not after "the" or "a".</summary>
    private bool HalfAsSubject(int i) =>
        IsWord(i + 1) && OnList(i + 1, WordLists.FractionVerb)
        && (i == FirstToken || !IsWord(i - 1) || Is(i - 1, "that") || Is(i - 1, "and") || Is(i - 1, "but") || Is(i - 1, "while")
            || Is(i - 1, "nearly") || Is(i - 1, "almost") || Is(i - 1, "about") || Is(i - 1, "roughly") || Is(i - 1, "around")
            || Is(i - 1, "over") || Is(i - 1, "only") || Is(i - 1, "just") || Is(i - 1, "some"));

    /// <summary>"up a third on last year", "fell a quarter in May", "up roughly a fifth since January": a fraction right after
    /// a move (a hedge may stand between), before a function word or the end.</summary>
    private bool FractionOfAMove(int i) =>
        MoveBefore(i > FirstToken && SoftHedge(i - 1) ? i - 2 : i - 1)
        && (i + 2 >= EndToken || !IsWord(i + 2) && !Tok(i + 2).Has(TokenTraits.HasDigit) || Info(i + 2).Is(WordClass.Function) && !Is(i + 2, "to")
            && !Is(i + 2, "earlier") && !Is(i + 2, "later") && !Is(i + 2, "ago"));

    private bool MoveBefore(int k) => k >= FirstToken && (Is(k, "up") || Is(k, "down") || Info(k).Is(WordClass.ChangeVerb));

    /// <summary>A hedge of one word that may stand before "a fifth": "about", "roughly", "nearly", "almost", "around", "some", "just".</summary>
    private bool SoftHedge(int k) =>
        Is(k, "about") || Is(k, "roughly") || Is(k, "nearly") || Is(k, "almost") || Is(k, "around") || Is(k, "some") || Is(k, "just");

    /// <summary>"a third more than in 2021", "a third better than older rigs": a fraction before a comparative is a share of a
    /// change on its own ([word-list] "multiple-after" holds the comparatives).</summary>
    private bool FractionBeforeComparative(int i) =>
        IsWord(i + 2) && (Is(i + 2, "more") || OnList(i + 2, WordLists.MultipleAfter))
        && !Is(i + 3, "of");

    /// <summary>"a third had never seen a dentist", "a quarter said": a fraction as the subject of a verb; not "in a quarter was".</summary>
    private bool FractionBeforeVerb(int i) =>
        IsWord(i + 2) && OnList(i + 2, WordLists.FractionVerb)
        && !(i > FirstToken && (Is(i - 1, "in") || Is(i - 1, "for") || Is(i - 1, "per") || Is(i - 1, "each") || Is(i - 1, "every")
            || Is(i - 1, "during") || Is(i - 1, "within") || Is(i - 1, "over")));

    /// <summary>Whether the word at <paramref name="i"/> follows "by", maybe with a hedge between: "by half", "by about a quarter".</summary>
    private bool AfterBy(int i) =>
        i > FirstToken && Is(i - 1, "by")
        || i - 1 > FirstToken && Is(i - 2, "by") && (Is(i - 1, "about") || Is(i - 1, "nearly") || Is(i - 1, "almost") || Is(i - 1, "roughly")
            || Is(i - 1, "around") || Is(i - 1, "some") || Is(i - 1, "over") || Is(i - 1, "just"))
        || i - 2 > FirstToken && Is(i - 3, "by") && Is(i - 2, "more") && Is(i - 1, "than");

    /// <summary>"half a million", "half a dozen", "half a point", "half of".</summary>
    private bool ParseFractionOf(int i, decimal fraction, ref Draft n)
    {
        if (Info(i + 1).Is(WordClass.Article))
        {
            WordInfo scale = Info(i + 2);
            if (scale.Is(WordClass.Scale) && scale.Number >= 100)
            {
                n.Value = fraction * scale.Number;
                n.Scaled = true;
                n.Last = i + 2;
                return true;
            }

            if (scale.Is(WordClass.Dozen))
            {
                n.Value = fraction * 12;
                n.Last = i + 2;
                return true;
            }

            // "half a percentage point", "half a mile", "half a point": the unit is read here.
            if (FractionUnit(i + 2, out int count, out UnitEntry unit))
            {
                n.Value = n.Mantissa = fraction;
                SetUnit(ref n, unit);
                n.Last = i + 1 + count;
                return true;
            }

            return false;
        }

        if (Is(i + 1, "of"))
        {
            return FractionTail(i + 1, fraction, plural: false, ref n);
        }

        return false;
    }
}
