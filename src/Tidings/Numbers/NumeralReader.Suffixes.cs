using System.Globalization;
using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>
/// The numeral reader's suffixes: what is glued to digits or joined to them by a hyphen — scales ("2.3bn", "5-million"),
/// measures ("45C", "10km", "6ft 2in", "7.8L/100km"), ordinal endings and stone ("9st"), exponents ("1e10"), "plus" —
/// and whether a glued "m" is metres or millions (<see cref="MeasureNear"/>).
/// </summary>
internal sealed partial class NumeralReader
{
    /// <summary>Applies the words after a number's hyphen: a scale, a measure, "plus"; false for anything else.</summary>
    private static bool ApplyCompoundRest(ReadOnlySpan<char> rest, ref Draft n)
    {
        int h = IndexOfJoiningHyphen(rest);
        ReadOnlySpan<char> word = h < 0 ? rest : rest[..h];
        WordInfo info = Lexicon.Lookup(word);
        if (info.Is(WordClass.TimeUnit))
        {
            return false;
        }

        if (h >= 0)
        {
            // Only "-square-kilometre" style measures continue; anything else ("two-state-solution") is not a number.
            ReadOnlySpan<char> tail = rest[(h + 1)..];
            return IndexOfJoiningHyphen(tail) < 0 && ApplyTwoWordCompound(word, tail, ref n);
        }

        if (info.Is(WordClass.Scale) && info.Number >= 1000)
        {
            return Scale(ref n, info.Number);
        }

        if (word.Equals("plus", StringComparison.OrdinalIgnoreCase))
        {
            n.Approximation = Approximation.AtLeast; // "50-plus", like "50+": 50 or more
            return true;
        }

        if (Units.InList(WordLists.HyphenHedge, word))
        {
            n.Approximation = Approximation.Approximate; // "50-odd", "£40-ish"
            return true;
        }

        if (word.Equals("fold", StringComparison.OrdinalIgnoreCase) && !n.HasUnit && !n.Ratio)
        {
            n.Ratio = true; // "a 40-fold rise", "1,000-fold higher": a multiple, like "threefold"
            return true;
        }

        if (word.Equals("pound", StringComparison.OrdinalIgnoreCase) || word.Equals("pounder", StringComparison.OrdinalIgnoreCase))
        {
            SetUnit(ref n, new UnitEntry(QuantityUnit.Measure("lb"), 1, null)); // "a 190-pound man"
            return true;
        }

        if (MeasureWord(word, out QuantityUnit unit))
        {
            n.HasUnit = true;
            n.Unit = unit;
            return true;
        }

        return false;
    }

    /// <summary>Two words after a number's hyphen: "7-percentage-point", "5-square-mile".</summary>
    private static bool ApplyTwoWordCompound(ReadOnlySpan<char> first, ReadOnlySpan<char> second, ref Draft n)
    {
        if (first.Equals("percentage", StringComparison.OrdinalIgnoreCase) && second.StartsWith("point", StringComparison.OrdinalIgnoreCase))
        {
            SetUnit(ref n, new UnitEntry(QuantityUnit.PercentagePoints, 1, null));
            return true;
        }

        if (first.Equals("per", StringComparison.OrdinalIgnoreCase) && second.Equals("cent", StringComparison.OrdinalIgnoreCase))
        {
            SetUnit(ref n, new UnitEntry(QuantityUnit.Percent, 1, null)); // "a 25-per-cent stake"
            return true;
        }

        if ((first.Equals("basis", StringComparison.OrdinalIgnoreCase) && second.StartsWith("point", StringComparison.OrdinalIgnoreCase)))
        {
            SetUnit(ref n, new UnitEntry(QuantityUnit.Measure("bp"), 1, null));
            return true;
        }

        if (first.Equals("square", StringComparison.OrdinalIgnoreCase) && MeasureWord(second, out QuantityUnit linear)
            && linear.Code is "km" or "mi" or "m" or "ft")
        {
            n.HasUnit = true;
            n.Unit = QuantityUnit.Measure(linear.Code == "ft" ? "ft2" : linear.Code + "2");
            return true;
        }

        return false;
    }

    /// <summary>A single word that names a measure ("kilometre", "tonne", "magnitude"); currencies and percent do not count here.</summary>
    /// <summary>"12-mile-long", "100-metre-tall", "6ft-long", "25mph-zone": a measure that modifies a noun, with the word
    /// that says which way ([word-list] "dimension-after": "long", "tall", "deep") or, after a unit glued to the digits, any
    /// one word ("zone") left out of the mention (cut from its token). <paramref name="rest"/> is what follows the number's
    /// first hyphen in token <paramref name="i"/>.</summary>
    private static bool MeasureModifier(int i, ReadOnlySpan<char> rest, ref Draft n)
    {
        int h = IndexOfJoiningHyphen(rest);
        if (n.HasUnit && n.Unit.Kind == UnitKind.Measure)
        {
            // the unit glued to the digits ("6ft"): one plain word after it
            WordInfo info = Lexicon.Lookup(rest);
            if (h >= 0 || rest.IsEmpty || !IsLetters(rest) || info.Is(WordClass.TimeUnit) || info.Is(WordClass.Scale) || MeasureWord(rest, out _)
                || rest.Equals("plus", StringComparison.OrdinalIgnoreCase) || Units.InList(WordLists.HyphenHedge, rest))
            {
                return false;
            }

            n.CutEnd = rest.Length + 1;
            n.CutToken = i;
            return true;
        }

        if (h <= 0 || IndexOfJoiningHyphen(rest[(h + 1)..]) >= 0 || !Units.InList(WordLists.DimensionAfter, rest[(h + 1)..])
            || !MeasureWord(rest[..h], out QuantityUnit unit) || unit.Kind != UnitKind.Measure)
        {
            return false;
        }

        n.HasUnit = true;
        n.Unit = unit;
        n.CutEnd = rest.Length - h;
        n.CutToken = i;
        return true;
    }

    private static readonly System.Buffers.SearchValues<char> AsciiLetters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static bool IsLetters(ReadOnlySpan<char> word) => !word.ContainsAnyExcept(AsciiLetters);

    private static bool MeasureWord(ReadOnlySpan<char> word, out QuantityUnit unit) =>
        Units.TrySingleWord(word, out unit) && unit.Kind is UnitKind.Measure or UnitKind.PercentagePoints or UnitKind.Percent;

    /// <summary>Gives the draft a unit; a minor unit ("cents", "p", "¢") divides the value into the major one.</summary>
    public static void SetUnit(ref Draft n, UnitEntry unit)
    {
        n.HasUnit = true;
        n.Unit = unit.Unit;
        n.Ambiguous = unit.Ambiguous;
        n.Bare = false;
        n.YearLike = false;
        if (unit.Divisor != 1)
        {
            n.Value = CheckedScale(n.Value, 1 / unit.Divisor);
            n.Mantissa = CheckedScale(n.Mantissa, 1 / unit.Divisor);
            n.Second = CheckedScale(n.Second, 1 / unit.Divisor);
            n.Low = CheckedScale(n.Low, 1 / unit.Divisor);
        }
    }

    private bool ApplyGluedSuffix(int i, ReadOnlySpan<char> suffix, ref Draft n)
    {
        if (OldMoney(i, suffix, ref n) || RaceDistance(i, suffix, ref n))
        {
            return true;
        }

        WordInfo info = Lexicon.Lookup(suffix);
        if (IsOrdinalSuffix(suffix) && !Stone(n.Value, suffix) || suffix.Equals("s", StringComparison.OrdinalIgnoreCase) || info.Is(WordClass.TimeOfDay))
        {
            return false; // "19th", "1980s", "7pm"
        }

        if ((suffix[0] | 0x20) == 'e' && suffix.Length is 2 or 3 && int.TryParse(suffix[1..], NumberStyles.None, CultureInfo.InvariantCulture, out int exponent)
            && exponent <= 24)
        {
            return Scale(ref n, Pow10(exponent)); // "1e10", "2.5E6"
        }

        if (suffix.Length == 3 && suffix.Equals("ish", StringComparison.OrdinalIgnoreCase))
        {
            n.Approximation = Approximation.Approximate; // "200ish wallets": a hedge glued after the digits
            return true;
        }

        bool afterCurrency = i > FirstToken && (Tok(i - 1).Has(TokenTraits.Currency) || Units.TryCodeBefore(Text(i - 1), out _));
        if (suffix.Length == 3 && char.IsUpper(suffix[0]) && char.IsUpper(suffix[1]) && char.IsUpper(suffix[2])
            && Units.TryCodeBefore(suffix, out string code))
        {
            SetUnit(ref n, Units.CurrencyEntry(code)); // "115USD"
            return true;
        }

        if (suffix.Length == 1 && suffix[0] == 'x' && !afterCurrency && n.Value is > 0 and <= 1000)
        {
            n.Ratio = true; // "2x exposure", "40x its annual revenue": a multiple
            return true;
        }

        if (!Units.TryGlued(suffix, out GluedEntry glued))
        {
            return false; // "5G", "3D", "737MAX": identifiers
        }

        // Session 36 (quant36, b24): "Class 4B", "Block 7M": a capital letter glued to the number after a capitalised identifier
        // noun is the label's letter, as "Flat 3A" is, not a scale.
        if (suffix.Length == 1 && char.IsAsciiLetterUpper(suffix[0]) && !afterCurrency && IsWord(i - 1) && Info(i - 1).Is(WordClass.IdentifierNoun)
            && !Info(i - 1).Is(WordClass.Function) && Tok(i - 1).Has(TokenTraits.Capitalized))
        {
            return false;
        }

        // Session 34 (quant34, b22): a capital "K" after a whole figure of 1,000 to 20,000 with no currency, in a sentence of
        // light's colour ([word-list] "colour-temperature-cue"), is a colour temperature in kelvin ("5,600K for daylight").
        if (suffix is "K" && !afterCurrency && n.Value is >= 1000 and <= 20000 && n.Value == decimal.Truncate(n.Value) && SentenceHasNamed("colour-temperature-cue"))
        {
            SetUnit(ref n, new UnitEntry(QuantityUnit.Measure("K"), 1, null));
            return true;
        }

        // A glued "m" is millions after a currency sign, before a plural noun ("1.5m viewers") or with no word of length
        // near it ("2.1m issued", "3.3m" alone), metres near one ("5m deep", "waves of up to 8m", "the 200m freestyle");
        // a glued "b" is billions after a currency or before a plural, or with a decimal point ("1.2b").
        bool pluralAfter = i + 1 < EndToken && IsWord(i + 1) && (IsPlural(Text(i + 1)) || Info(i + 1).Is(WordClass.IrregularPlural)
            || i + 2 < EndToken && IsWord(i + 2) && IsPlural(Text(i + 2)) && CountAdjective(Text(i + 1))); // "7m monthly players"
        bool scale = glued.When switch
        {
            GluedScale.Always => true,
            GluedScale.Money => afterCurrency || pluralAfter || n.Value != decimal.Truncate(n.Value)
                || i + 1 >= EndToken || Tok(i + 1).Kind != TokenKind.Word,
            GluedScale.Either => afterCurrency || MeasureUnitAfter(i) || !MetreNounAfter(i) && (!(MeasureNear(i) || LengthClause(i, n, pluralAfter))
                || pluralAfter && !(IsWord(i + 1) && OnList(i + 1, WordLists.MetreAfter))),
            _ => false,
        };
        bool perSecond = suffix.Length == 1 && suffix[0] == 'm' && !afterCurrency && Is(i + 1, "/") && Glued(i + 1) && Glued(i + 2) && Is(i + 2, "s")
            && (i + 3 >= EndToken || Tok(i + 3).Has(TokenTraits.SpaceBefore) || Tok(i + 3).Kind == TokenKind.Punctuation); // "+2.4m/s": a speed
        if (scale && !perSecond)
        {
            return Scale(ref n, glued.Scale);
        }

        if (glued.Unit is not UnitEntry unit)
        {
            return false;
        }

        if (afterCurrency && unit.IsCurrency
            || unit.Unit.Code == "A" && IsWord(i - 1) && (Info(i - 1).Is(WordClass.IdentifierNoun) // "section 4A", "Rule 144A", "Flat 3A": a
                || Tok(i - 1).Has(TokenTraits.Capitalized) && !Info(i - 1).Is(WordClass.Function) && !Info(i - 1).Is(WordClass.Article)) // label, not amperes
            || unit.Unit.Code == "V" && n.Value is > 0 and <= 32 && n.Value % 4 == 0 && IsWord(i + 1) && OnNamedList(i + 1, "valve-noun")) // "a 16V engine": valves; "the 48V engine": volts
        {
            return false;
        }

        SetUnit(ref n, unit);
        if (unit.Unit.Code is "km" or "mi" && Is(i + 1, "/") && Glued(i + 1) && Glued(i + 2) && (Is(i + 2, "h") || Is(i + 2, "hr")))
        {
            n.Unit = QuantityUnit.Measure(unit.Unit.Code == "km" ? "km/h" : "mph"); // "4km/h": the "/h" stands apart
            n.Last = i + 2;
        }
        else if (unit.Unit.Code == "km" && Is(i + 1, "/") && Glued(i + 1) && Glued(i + 2) && Is(i + 2, "s")
            && (i + 3 >= EndToken || Tok(i + 3).Has(TokenTraits.SpaceBefore) || Tok(i + 3).Kind == TokenKind.Punctuation))
        {
            n.Unit = QuantityUnit.Measure("km/s"); // session 34 (quant34, b22): "about 400km/s", a speed in space
            n.Last = i + 2;
        }
        else if (perSecond && unit.Unit.Code == "m")
        {
            n.Unit = QuantityUnit.Measure("m/s"); // "a wind of +2.4m/s": metres per second
            n.Last = i + 2;
        }
        else if (unit.Unit.Code == "L" && Is(i + 1, "/") && Glued(i + 1) && Glued(i + 2) && Is(i + 2, "100km"))
        {
            n.Unit = QuantityUnit.Measure("L/100km"); // "7.8L/100km": fuel used over a hundred kilometres
            n.Last = i + 2;
        }

        return true;
    }

    /// <summary>Session 32 (quant32, b20): pre-decimal British money glued to its digits, in pounds (a shilling a twentieth, a
    /// penny a 240th): shillings before their pence ("7s 6d", "1s 3d"), or after pounds ("£2 10s 6d", read on by the
    /// assembler). Session 32 (mend32d, review 32d findings 3-4): a lone "13s" or "4d" (lower case) only in a sentence of old
    /// money (<see cref="OldMoneySentence"/>) and never before a plural noun: race gaps ("stood at 4s", "between 3s and 7s
    /// behind", "4s intervals") stay seconds, and "3d Marine Division" or "3d glasses" stay out. Decades ("the 1960s", "her
    /// 20s") stay out: shillings run to 19, and a multiple of ten needs its pence or pounds.</summary>
    private bool OldMoney(int i, ReadOnlySpan<char> suffix, ref Draft n)
    {
        bool shillings = suffix is "s";
        if (!shillings && suffix is not "d" || n.Value < 0 || n.Value != decimal.Truncate(n.Value) || n.Value > (shillings ? 19 : 11)
            || i > FirstToken && Tok(i - 1).Has(TokenTraits.Currency) && Glued(i))
        {
            return false;
        }

        decimal value = n.Value / (shillings ? 20 : 240);
        int last = i;
        if (shillings && GluedWhole(i + 1, 'd', 12, out int pence))
        {
            value += pence / 240m; // "7s 6d"
            last = i + 1;
        }
        else if (!AfterPounds(i)
            && (shillings && n.Value % 10 == 0
                || IsWord(i + 1) && IsPlural(Text(i + 1))
                || !OldMoneySentence()))
        {
            return false;
        }

        n.Value = n.Mantissa = value;
        SetUnit(ref n, new UnitEntry(QuantityUnit.Currency("GBP"), 1, null));
        n.Last = last;
        n.OldMoney = true;
        return true;
    }

    /// <summary>Whether figure <paramref name="i"/> stands right after glued pounds ("£2 10s").</summary>
    private bool AfterPounds(int i) =>
        i - 2 >= FirstToken && Tok(i - 1).Kind == TokenKind.Number && IsChar(i - 2, '£') && Glued(i - 1);

    /// <summary>Session 32 (mend32d, review 32d findings 3-4): whether the sentence already has old money: shillings with their
    /// pence ("1s 3d") or after pounds ("£2 10s"), a word of [word-list] "old-money-sentence-cue" ("shillings", "pence",
    /// "guinea"), or a lone "13s"/"4d" before a rate ([word-list] "old-money-after" and a singular noun: "13s a week",
    /// "5s a bushel") in a sentence with no word of race timing ([word-list] "seconds-cue": "lap", "gap", "behind"). Read
    /// once per sentence.</summary>
    private bool OldMoneySentence()
    {
        if (_oldMoneyFirst == FirstToken && _oldMoneyEnd == EndToken)
        {
            return _oldMoney;
        }

        (_oldMoneyFirst, _oldMoneyEnd) = (FirstToken, EndToken);
        bool sure = false, rate = false, seconds = false;
        for (int k = FirstToken; k < EndToken && !sure; k++)
        {
            Steps++;
            Token t = Tok(k);
            if (t.Kind == TokenKind.Word)
            {
                sure = OnNamedList(k, "old-money-sentence-cue");
                seconds |= OnNamedList(k, "seconds-cue");
            }
            else if (t.Kind == TokenKind.Number && Text(k) is { Length: >= 2 and <= 3 } x && x[^1] is 's' or 'd' && AllDigits(x[..^1]))
            {
                sure = x[^1] == 's' && GluedWhole(k + 1, 'd', 12, out _) || AfterPounds(k);
                rate |= OnNamedList(k + 1, "old-money-after") && IsWord(k + 2) && !IsPlural(Text(k + 2)) && !OnNamedList(k + 2, "seconds-cue");
            }
        }

        _oldMoney = sure || rate && !seconds;
        return _oldMoney;
    }

    /// <summary>Session 32 (quant32, b20): a race distance in miles, furlongs and yards ("1m 4f", "2m 4f 110y"), in miles: a
    /// glued "m" of a few whole miles before a glued "f" of fewer than eight furlongs.</summary>
    private bool RaceDistance(int i, ReadOnlySpan<char> suffix, ref Draft n)
    {
        if (suffix is not "m" || n.Value is < 1 or > 4 || n.Value != decimal.Truncate(n.Value) || !GluedWhole(i + 1, 'f', 8, out int furlongs))
        {
            return false;
        }

        decimal miles = n.Value + furlongs / 8m;
        n.Last = i + 1;
        if (GluedWhole(i + 2, 'y', 220, out int yards))
        {
            miles += yards / 1760m;
            n.Last = i + 2;
        }

        n.Value = n.Mantissa = miles;
        SetUnit(ref n, new UnitEntry(QuantityUnit.Measure("mi"), 1, null));
        return true;
    }

    /// <summary>Whether token <paramref name="k"/> is a whole number below <paramref name="below"/> with the one letter
    /// <paramref name="letter"/> glued after it, a space before it ("4f", "110y").</summary>
    private bool GluedWhole(int k, char letter, int below, out int value)
    {
        value = 0;
        return k < EndToken && Tok(k).Kind == TokenKind.Number && SingleSpaceBefore(k) && Text(k) is { Length: >= 2 and <= 4 } t && t[^1] == letter
            && AllDigits(t[..^1]) && int.TryParse(t[..^1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value)
            && value < below;
    }

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> s) =>
        s.Equals("st", StringComparison.OrdinalIgnoreCase) || s.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || s.Equals("rd", StringComparison.OrdinalIgnoreCase) || s.Equals("th", StringComparison.OrdinalIgnoreCase);

    /// <summary>"9st", "11st": a glued "st" after a whole number whose ordinal is not "-st" (1st, 21st, but 11th) is stone.</summary>
    private static bool Stone(decimal value, ReadOnlySpan<char> suffix) =>
        suffix.Length == 2 && (suffix[0] | 0x20) == 's' && value == decimal.Truncate(value) && value is > 0 and < 100
        && (value % 10 != 1 || value == 11);

    private static decimal Pow10(int exponent)
    {
        decimal p = 1;
        for (int e = 0; e < exponent; e++)
        {
            p *= 10;
        }

        return p;
    }

    /// <summary>Whether a word of length follows token <paramref name="i"/> (the [word-list] line "metre-after": "deep",
    /// "freestyle") or stands near it (five words before, three after, within the sentence: "metre-cue": "waves",
    /// "above", "cm"). A glued "m" with neither is millions.</summary>
    private bool MeasureNear(int i)
    {
        if (IsWord(i + 1) && OnList(i + 1, WordLists.MetreAfter))
        {
            return true;
        }

        // Session 31 (quant31b, b19): one side of a dimension ("2.4m x 1.2m", "1.5m by 1.5m", "1.2m x 0.8m x 0.6m"), or a
        // conversion in brackets after a length ("80ft (24.4m)"): metres.
        if (DimensionMark(i + 1) && GluedLength(i + 2, out _) || DimensionMark(i - 1) && GluedLength(i - 2, out _)
            || i - 2 >= FirstToken && Tok(i - 1).Has(TokenTraits.OpenBracket) && GluedLength(i - 2, out UnitEntry before) && before.Unit.Code != "m")
        {
            return true;
        }

        for (int k = Math.Max(FirstToken, i - 5); k < EndToken && k <= i + 3; k++)
        {
            if (k != i && IsWord(k) && OnList(k, WordLists.MetreCue))
            {
                return true;
            }
        }

        return MeasuringBefore(i);
    }

    /// <summary>Session 32 (quant32, b20; narrowed by mend32d, review 32d findings 1-2): whether a glued "m" is metres from its
    /// clause, in a sentence with no money (no currency sign or code, no word of [word-list] "money-sentence-cue": "revenue",
    /// "profit", "valued"). The clause runs at most <see cref="ClauseReach"/> tokens either way and stops at ";", ":" or a
    /// [word-list] "clause-break" word after a comma before a new subject (", and the club's membership ..."). A word of counting in it ([word-list]
    /// "metre-count-cue": "drew", "population", "customers") keeps millions; otherwise a word of [word-list]
    /// "metre-sentence-cue" ("metres", "altitude", "javelin") or another figure with a length glued to it ("(4,413ft)",
    /// "1.2km") makes metres ("a Kenyan record by 1.2m", "thinned by 60m"), and so does, for a whole number of a thousand or
    /// more, a word of [word-list] "metre-thousands-before" before it ("lies at 4,061m") or of "metre-thousands-after" after
    /// it ("2,400m up"). "Revenue rose to £1,450m from 1,300m", "the population reached 1,200m" stay millions.</summary>
    private bool LengthClause(int i, in Draft n, bool pluralAfter)
    {
        if (MoneySentence())
        {
            return false;
        }

        // Session 35 (quant35, b23): "a 4m carpet python", "a 7m girth", "a 1.8m alcove": after "a" and before a singular word,
        // one thing a few metres long, not a million of it; a change or a sum ([word-list] "million-after-article": "a 2m
        // rise", "a 5m deal") stays millions.
        if (!pluralAfter && i - 1 >= FirstToken && (Is(i - 1, "a") || Is(i - 1, "an")) && IsWord(i + 1) && !Info(i + 1).Is(WordClass.Function)
            && !OnNamedList(i + 1, "million-after-article"))
        {
            return true;
        }

        // The clause's words of counting and of length, from tables of the sentence (NumeralReader.ClauseTables.cs).
        (bool countCue, bool lengths) = ClauseCues(i);
        if (countCue)
        {
            return false;
        }

        if (lengths || !pluralAfter && MetresElsewhere(i))
        {
            return true;
        }

        if (pluralAfter || n.Value < 1000 || n.Value != decimal.Truncate(n.Value))
        {
            return false;
        }

        return HeightCue(i);
    }

    /// <summary>Whether figure <paramref name="i"/> has a word of [word-list] "metre-thousands-before" before it (over
    /// "metre-cue-bridge" words: "lies at 4,061m") or of "metre-thousands-after" after it ("2,400m up").</summary>
    private bool HeightCue(int i)
    {
        int before = i - 1;
        while (before > i - 4 && IsWord(before) && OnList(before, WordListsByName.MetreCueBridge) && !OnNamedList(before, "metre-thousands-before"))
        {
            before--;
        }

        return OnNamedList(before, "metre-thousands-before") || OnNamedList(i + 1, "metre-thousands-after");
    }

    /// <summary>Whether token <paramref name="k"/> is a whole number of a thousand or more written with a glued "m" ("3,724m")
    /// that has a height cue (<see cref="HeightCue"/>): a length for the other figures of its clause ("measured at 3,724m in
    /// 2014, 30m lower").</summary>
    private bool GluedHeight(int k)
    {
        if (Tok(k).Kind != TokenKind.Number || Text(k) is not { Length: >= 5 and <= 12 } t || t[^1] != 'm')
        {
            return false;
        }

        int digits = 0;
        foreach (char c in t[..^1])
        {
            if (c is >= '0' and <= '9')
            {
                digits++;
            }
            else if (c != ',')
            {
                return false;
            }
        }

        return digits >= 4 && HeightCue(k);
    }

    /// <summary>Session 34 (quant34, b22): whether token <paramref name="k"/> is a figure with a glued "m" that a word of length
    /// right beside it makes metres: a [word-list] "metre-after" word after it ("1.98m tall", "up to 2m high") or a
    /// "metre-cue" word before it ("fly below 120m"); the other glued figures of its clause are then metres too ("an arm span
    /// of 2.08m", "only 1m next to a road", "stay at least 50m from people").</summary>
    private bool GluedMetres(int k)
    {
        if (Text(k) is not { Length: >= 2 } t || t[^1] != 'm' || !char.IsAsciiDigit(t[^2]) || k - 1 >= FirstToken && Tok(k - 1).Has(TokenTraits.Currency))
        {
            return false;
        }

        return IsWord(k + 1) && OnList(k + 1, WordLists.MetreAfter) || k - 1 >= FirstToken && IsWord(k - 1) && OnList(k - 1, WordLists.MetreCue);
    }

    /// <summary>Session 36 (quant36, b23/b24): whether a word of [word-list] "metre-noun" (a thing told by its length: "hose",
    /// "blades", "centres", "crocodile") follows the glued "m" at token <paramref name="i"/>, right after it or after one
    /// more word ("a 15m expanding hose", "6m propeller blades"): metres, even before a plural or in a sentence of money.</summary>
    private bool MetreNounAfter(int i) =>
        IsWord(i + 1) && (OnList(i + 1, WordListsByName.MetreNoun)
            || !Info(i + 1).Is(WordClass.Function) && IsWord(i + 2) && OnList(i + 2, WordListsByName.MetreNoun));

    /// <summary>Session 37 (quant37, b23/b25): whether another figure with a glued "m" stands in the sentence (within
    /// <see cref="ClauseReach"/> twice either way), past the clause breaks, that a word of length beside it makes metres
    /// (<see cref="MeasureNear"/>): "The castle's walls are up to 4.5m thick in places, and the keep rises to 28m", "Piles were
    /// driven 40m into the clay, and the cap is 2.5m thick"; asked only of a glued "m" in a sentence with no money, whose own
    /// clause has no word of counting.</summary>
    private bool MetresElsewhere(int i) => MetreFigureNear(i); // a table of the sentence (NumeralReader.ClauseTables.cs)

    /// <summary>Session 37 (quant37, b25): whether a unit of measure of more than two letters follows the glued "m" at token
    /// <paramref name="i"/> ("1.2m cubic metres", "1.5m tonnes", "2m hours"): millions of it, even in a sentence of lengths.</summary>
    private bool MeasureUnitAfter(int i) =>
        IsWord(i + 1) && Tok(i + 1).Length >= 3 && !Info(i + 1).Is(WordClass.Function) && !OnList(i + 1, WordLists.MetreAfter)
        && Units.After.MatchForward(Doc, i + 1, EndToken, out _, out UnitEntry unit) && unit.Unit.Kind == UnitKind.Measure;

    /// <summary>How far (in tokens) the clause of a glued "m" is read either way.</summary>
    private const int ClauseReach = 12;

    /// <summary>Whether token <paramref name="k"/> ends a clause: ";", ":", or a [word-list] "clause-break" word after a
    /// comma and before a word of "clause-break-subject" (", and the club's membership").</summary>
    private bool ClauseEdge(int k) =>
        IsChar(k, ';') || IsChar(k, ':')
        || k > FirstToken && IsChar(k - 1, ',') && OnNamedList(k, "clause-break") && OnNamedList(k + 1, "clause-break-subject");

    /// <summary>Session 32 (quant32; mend32d adds the money words): whether the sentence has a currency sign or code or a word
    /// of [word-list] "money-sentence-cue". Read once per sentence.</summary>
    private bool MoneySentence()
    {
        if (_lengthSentenceFirst != FirstToken || _lengthSentenceEnd != EndToken)
        {
            (_lengthSentenceFirst, _lengthSentenceEnd) = (FirstToken, EndToken);
            bool money = false;
            for (int k = FirstToken; k < EndToken && !money; k++)
            {
                Steps++;
                Token t = Tok(k);
                money = t.Has(TokenTraits.Currency) || t.Kind == TokenKind.Word && OnNamedList(k, "money-sentence-cue");
            }

            _lengthSentence = money;
        }

        return _lengthSentence;
    }

    /// <summary>Session 31 (mend31g, review 31e finding 4): whether a word of measuring ([word-list] "metre-cue-adjacent") stands
    /// right before figure <paramref name="i"/>, with at most three [word-list] "metre-cue-bridge" words between ("measuring 2m",
    /// "a length of 2m", "a distance of about 2m"; not "the new measures will help 2.1m", "waiting list length hits 7.8m").</summary>
    private bool MeasuringBefore(int i)
    {
        for (int k = i - 1; k >= FirstToken && k >= i - 4 && IsWord(k); k--)
        {
            if (OnList(k, WordListsByName.MetreCueAdjacent))
            {
                return true;
            }

            if (!OnList(k, WordListsByName.MetreCueBridge))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Session 31 (quant31b, b19): whether token <paramref name="k"/> is the "x", "×" or "by" between the sides of a
    /// dimension, with a space on each side ("55 x 40 x 23cm", "76 by 80 inches"; not "4x4").</summary>
    public bool DimensionMark(int k) =>
        k > FirstToken && k + 1 < EndToken && (Is(k, "x") || IsChar(k, '\u00D7') || Is(k, "by"))
        && Tok(k).Has(TokenTraits.SpaceBefore) && Tok(k + 1).Has(TokenTraits.SpaceBefore);

    /// <summary>Session 31 (quant31b, b19): whether token <paramref name="k"/> is a figure with a length glued to its digits
    /// ("1.2m", "23cm", "80ft"; [word-list] "dimension-unit"), and that length.</summary>
    public bool GluedLength(int k, out UnitEntry unit) => GluedUnitIn(k, WordListsByName.DimensionUnit, out unit);

    /// <summary>Whether token <paramref name="k"/> is a figure with a glued measure whose code is on <paramref name="list"/>.</summary>
    private bool GluedUnitIn(int k, WordList list, out UnitEntry unit)
    {
        unit = default;
        if (k < FirstToken || k >= EndToken || Tok(k).Kind != TokenKind.Number)
        {
            return false;
        }

        ReadOnlySpan<char> t = Text(k);
        int s = t.IndexOfAny(AsciiLetters);
        if (s < 1 || !CharClass.IsAsciiDigit(t[s - 1]) || !IsLetters(t[s..]) || !Units.TryGlued(t[s..], out GluedEntry g)
            || g.Unit is not UnitEntry u || u.Unit.Kind != UnitKind.Measure || !Units.InList(list, u.Unit.Code))
        {
            return false;
        }

        unit = u;
        return true;
    }

    /// <summary>A word between a glued scale and its plural noun: "7m monthly players", "1.5m new jobs".</summary>
    private static bool CountAdjective(ReadOnlySpan<char> w) =>
        w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && !w.EndsWith("ally", StringComparison.Ordinal)
        || w.Equals("new", StringComparison.Ordinal) || w.Equals("more", StringComparison.Ordinal) || w.Equals("extra", StringComparison.Ordinal)
        || w.Equals("additional", StringComparison.Ordinal) || w.Equals("active", StringComparison.Ordinal);
}
