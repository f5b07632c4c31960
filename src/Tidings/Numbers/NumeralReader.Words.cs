using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>The numeral reader's words: cardinals, fractions, "a dozen", "point five", vague amounts.</summary>
internal sealed partial class NumeralReader
{
    /// <summary>Spelled numbers ("three hundred and twelve"), fractions ("two-thirds of"), "a dozen", "half a million", vague amounts ("dozens").</summary>
    /// <summary>
    /// False when token <paramref name="t"/> (inside the sentence) surely starts no number: a plain word (no digit,
    /// no hyphen) that is not "point" or "every" and starts no spelled number, or a mark other than "." and the vulgar
    /// fractions — the tokens <see cref="ParseWords"/> and <see cref="ParseSymbol"/> turn away at once. Every other
    /// token may start one and is read in full.
    /// </summary>
    /// <remarks>Static, on a token of <paramref name="source"/> the caller has read (and counted as a step): the scan
    /// asks it of every token of the document.</remarks>
    public static bool MayStart(Token t, string source)
    {
        if (t.Kind == TokenKind.Number)
        {
            return true;
        }

        if (t.Kind != TokenKind.Word)
        {
            // The vulgar fractions lie past Latin-1's '¼': commas, brackets and quotes are turned away without the table;
            // full-width digits ("３０％") are a token of their own kind.
            return t.Length == 1 && (source[t.Start] == '.' || source[t.Start] >= '\u00BC' && VulgarFraction(source[t.Start]) is not null)
                || t.Kind == TokenKind.Other && IsFullWidthDigit(source[t.Start]);
        }

        if ((t.Traits & (TokenTraits.HasDigit | TokenTraits.HasHyphen)) != 0)
        {
            return true;
        }

        ReadOnlySpan<char> word = source.AsSpan(t.Start, t.Length);
        // EqualsWord answers as Equals(…, OrdinalIgnoreCase) does, its length test inlined: most words cost no call (session 33).
        return Lexicon.MayStartNumber(word) || CharClass.EqualsWord(word, "point") || CharClass.EqualsWord(word, "every")
            || CharClass.EqualsWord(word, "nil");
    }

    /// <summary>
    /// True when token <paramref name="i"/> is the article "a"/"an" and the token after it (before
    /// <paramref name="end"/>) is nothing <see cref="ParseArticle"/> reads a number from: not a word, or a word with no
    /// hyphen that is no scale, fraction, "dozen", "few"/"several", "couple", "pair", "dollar", "euro" or "percentage".
    /// Such an article starts no number (most articles of a text), so the scan skips it without a draft.
    /// </summary>
    public static bool ArticleAlone(ReadOnlySpan<Token> tokens, int i, int end, string source)
    {
        Token t = tokens[i];
        if (t.Kind != TokenKind.Word || t.Length > 2 || (source[t.Start] | 0x20) != 'a' || t.Length == 2 && (source[t.Start + 1] | 0x20) != 'n')
        {
            return false;
        }

        if (i + 1 >= end || tokens[i + 1].Kind != TokenKind.Word)
        {
            return true;
        }

        Token next = tokens[i + 1];
        if (next.Has(TokenTraits.HasHyphen))
        {
            return false; // "a quarter-point": read in full
        }

        if (i + 4 < end && tokens[i + 2].Length == 3 && source.AsSpan(tokens[i + 2].Start, 3).Equals("and", StringComparison.OrdinalIgnoreCase))
        {
            return false; // "a kilometre and a half": read in full
        }

        ReadOnlySpan<char> w = source.AsSpan(next.Start, next.Length);
        return (Lexicon.Lookup(w).Class & (WordClass.Scale | WordClass.Dozen | WordClass.Fraction | WordClass.Some)) == 0
            && !w.Equals("couple", StringComparison.OrdinalIgnoreCase) && !w.Equals("pair", StringComparison.OrdinalIgnoreCase)
            && !(w.Length is >= 4 and <= 7 && Units.InList("collective", w)) && !w.Equals("baker", StringComparison.OrdinalIgnoreCase) // "a trio of", "a baker's dozen"
            && !(w.Length is >= 4 and <= 6 && Units.InList("article-money", w)) // "a dollar", "a grand", "a fiver"
            && !w.Equals("percentage", StringComparison.OrdinalIgnoreCase) && !(i > 0 && HedgeWord(source.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length)))
            && !(MeasureOfStuff(tokens, i, end, source) && Units.TrySingleWord(w, out QuantityUnit unit) && unit.Kind == UnitKind.Measure);
    }

    /// <summary>"a litre of", "a kilometre or so", "part of a metre": the shapes in which "a" and a measure's unit may be
    /// one of that unit (ParseArticle decides); two-letter compares, so the common "a" pays no hash look-up.</summary>
    private static bool MeasureOfStuff(ReadOnlySpan<Token> tokens, int i, int end, string source)
    {
        static bool Two(ReadOnlySpan<Token> tokens, int k, string source, char a, char b) =>
            tokens[k].Length == 2 && (source[tokens[k].Start] | 0x20) == a && (source[tokens[k].Start + 1] | 0x20) == b;

        return i + 2 < end && (Two(tokens, i + 2, source, 'o', 'f') || Two(tokens, i + 2, source, 'o', 'r'))
            || i > 0 && Two(tokens, i - 1, source, 'o', 'f');
    }

    /// <summary>The sentence (its first token) <see cref="_price"/> was read for; -1 before the first.</summary>
    private int _priceSentence = -1;

    /// <summary>Whether the sentence <see cref="_priceSentence"/> names money.</summary>
    private bool _price;

    /// <summary>Whether the sentence names money: a currency sign, or a currency word or code after a number. Read only for
    /// the rare "a litre of", "a tablespoon of", once per sentence (the reader serves one document).</summary>
    private bool PriceInSentence()
    {
        if (_priceSentence != FirstToken)
        {
            _priceSentence = FirstToken;
            _price = ReadPriceInSentence();
        }

        return _price;
    }

    private bool ReadPriceInSentence()
    {
        for (int k = FirstToken; k < EndToken; k++)
        {
            Token t = Tok(k);
            if (t.Has(TokenTraits.Currency)
                || t.Kind == TokenKind.Word && k > FirstToken && Tok(k - 1).Has(TokenTraits.HasDigit)
                    && Units.After.MatchForward(Doc, k, EndToken, out _, out UnitEntry unit) && unit.IsCurrency
                || t.Kind == TokenKind.Word && t.Has(TokenTraits.HasDigit) && Units.TryCodeBefore(Text(k).TrimEnd("0123456789.,"), out _)
                || t.Kind == TokenKind.Word && k + 1 < EndToken && (Tok(k + 1).Kind == TokenKind.Number || Is(k + 1, ".") && k + 2 < EndToken && Tok(k + 2).Kind == TokenKind.Number)
                    && Units.TryCodeBefore(Text(k).TrimEnd('.'), out _)) // session 33: "costs DM 0.98", "sells for Rs. 240"
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"over", "than", "nearly" …: a hedge word before "a", after which "a mile" may be one of a unit (see ParseArticle).</summary>
    private static bool HedgeWord(ReadOnlySpan<char> w) =>
        w.Length is >= 4 and <= 13 && (w.Equals("over", StringComparison.OrdinalIgnoreCase) || w.Equals("than", StringComparison.OrdinalIgnoreCase)
            || w.Equals("nearly", StringComparison.OrdinalIgnoreCase) || w.Equals("almost", StringComparison.OrdinalIgnoreCase)
            || w.Equals("about", StringComparison.OrdinalIgnoreCase) || w.Equals("around", StringComparison.OrdinalIgnoreCase)
            || w.Equals("roughly", StringComparison.OrdinalIgnoreCase) || w.Equals("approximately", StringComparison.OrdinalIgnoreCase));

    private bool ParseWords(int i, ref Draft n)
    {
        n.Last = i;
        if (Is(i, "nil"))
        {
            // Session 37 (quant37, b23): "£nil", "$nil": none of a currency, as accounts write it (the sign is read on the left).
            bool money = i - 1 >= FirstToken && Glued(i) && Tok(i - 1).Has(TokenTraits.Currency) && Tok(i - 1).Length == 1;
            n.Value = n.Mantissa = 0;
            return money;
        }


        // Only the classes a number starts with matter here: a word of no other class reads as no number
        // below, so the small start table stands in for the whole lexicon.
        WordInfo info = i >= FirstToken && i < EndToken ? Lexicon.LookupStart(Text(i)) : default;
        Token t = Tok(i);
        if (t.Has(TokenTraits.HasDigit))
        {
            return ParseCodeAndDigits(i, ref n);
        }

        if (t.Has(TokenTraits.HasHyphen) && !info.Is(WordClass.Cardinal) && !info.Is(WordClass.Multiplier))
        {
            return ParseHyphenatedWord(i, ref n);
        }

        if (Is(i, "point") && (i == FirstToken || !Info(i - 1).Is(WordClass.Cardinal)) && DigitWord(i + 1) >= 0)
        {
            // "point five" (a decimal without its zero)
            n.Spelled = true;
            return ContinueCardinals(i, 0, ref n);
        }

        if (info.Class == WordClass.None)
        {
            return EveryNth(i, ref n);
        }

        n.Spelled = true;
        if (info.Is(WordClass.Vague))
        {
            return ParseVague(i, info, ref n);
        }

        if (info.Is(WordClass.Multiplier))
        {
            return ParseMultiplier(i, info, ref n);
        }

        if (info.Is(WordClass.Article))
        {
            return ParseArticle(i, ref n);
        }

        if (info.Is(WordClass.Some))
        {
            // "several hundred", "a few thousand" (the article is picked up by the left extension).
            WordInfo next = Info(i + 1);
            if ((next.Is(WordClass.Scale) && next.Number >= 100 || next.Is(WordClass.Dozen)) && !Is(i + 2, "of"))
            {
                n.Vague = true;
                n.Low = info.Number * next.Number;
                n.Last = i + 1;
                return true;
            }

            return false;
        }

        if (Text(i).Equals("half", StringComparison.OrdinalIgnoreCase))
        {
            // "the second half of the year" is a period of time.
            if (i > FirstToken && IsWord(i - 1) && IsPeriodOrdinal(i - 1))
            {
                return false;
            }

            if (ParseFractionOf(i, 0.5m, ref n))
            {
                return true;
            }

            // "half the roof", "half their income", "cut by half", "fell by about half"
            if (IsWord(i + 1) && (Is(i + 1, "the") || Is(i + 1, "its") || Is(i + 1, "their") || Is(i + 1, "his") || Is(i + 1, "her")
                || Is(i + 1, "our") || Is(i + 1, "all") || Is(i + 1, "these") || Is(i + 1, "those"))
                || AfterBy(i) && !Info(i + 1).Is(WordClass.Article) && !Is(i + 1, "of")
                    && !Info(i + 1).Is(WordClass.Scale)
                || HalfAsSubject(i)
                || FractionAloneAfter(i + 1) // session 36 (quant36, b24): "half price", "half off"
                || HalfEndsSentence(i) // session 36 (quant36, b24): "accounting for nearly half."
                || AsComparison(i + 1)) // "half as likely", "half as much funding … as": a multiple of one half
            {
                n.Last = i;
                return SetFraction(ref n, 0.5m);
            }

            return false;
        }

        if (info.Is(WordClass.Cardinal))
        {
            return ParseCardinals(i, ref n);
        }

        return false;
    }

    /// <summary>"USD115", "Rs5,000", "US5" (after "$"): a currency code glued before the digits.</summary>
    private bool ParseCodeAndDigits(int i, ref Draft n)
    {
        ReadOnlySpan<char> s = Text(i);
        int k = 0;
        while (k < s.Length && !CharClass.IsAsciiDigit(s[k]))
        {
            k++;
        }

        if (k == 0 || k == s.Length)
        {
            return false;
        }

        ReadOnlySpan<char> prefix = s[..k];
        bool afterDollar = i > FirstToken && Glued(i) && Is(i - 1, "$");
        bool magnitude = prefix.Equals("magnitude-", StringComparison.OrdinalIgnoreCase); // "magnitude-7.4"
        string code = "";

        // "K12 billion": the kwacha's letter, money only before a scale of millions ("K2", "K9" are names), its country the
        // document's places give ([ambiguous] kwacha).
        if (!afterDollar && prefix.Length == 1 && prefix[0] == 'K' && Info(i + 1).Is(WordClass.Scale) && Info(i + 1).Number >= 1_000_000)
        {
            code = "? kwacha";
        }
        else if (!magnitude && (afterDollar ? !Units.TryDollarPrefix(prefix, out code)
                : !Units.TryCodeBefore(prefix.TrimEnd('.'), out code) && !Units.TryCodeBefore(prefix, out code)))
        {
            return false;
        }

        ReadOnlySpan<char> rest = s[k..];
        if (!SplitNumber(rest, out ReadOnlySpan<char> digits, out ReadOnlySpan<char> suffix)
            || !TryParseDecimal(digits, out decimal value, out _, out bool leadingZero) || leadingZero || value > MaxValue)
        {
            return false; // session 31: past MaxValue ("USD79228162514264337593543950335") is no amount, as in ParseDigits
        }

        if (suffix.IsEmpty && value < 100 && !afterDollar && Lexicon.Lookup(prefix).Is(WordClass.IdentifierNoun))
        {
            return false; // "COP28": a code that also names a thing, before a small number, is the thing
        }

        if (suffix.IsEmpty && value < 120 && !afterDollar && Units.InList(WordLists.GradeAfter, prefix))
        {
            return false; // "RON95 petrol": a fuel grade's name glued before its number (as "95 RON"), not Romanian lei
        }

        // "N1,390", "KSh1,250,000": the tokenizer cuts the word at the thousands comma; the groups after it belong to it.
        if (suffix.IsEmpty && digits.Length <= 3 && !digits.Contains('.') && !digits.Contains(',') && Is(i + 1, ",") && Glued(i + 1)
            && Glued(i + 2) && Tok(i + 2).Kind == TokenKind.Number && ThousandsTail(Text(i + 2), out int places, out decimal tail, out suffix))
        {
            for (int p = 0; p < places; p++)
            {
                value = CheckedProduct(value, 10);
            }

            // Capped like every other reading: a run of groups past MaxValue reads as MaxValue, never overflows.
            value = value >= MaxValue || tail >= MaxValue - value ? MaxValue : value + tail;
            n.Last = i + 2;
        }

        // Session 32 (quant32, b19/b20): space groups after a glued code, with their decimal comma ("R150 000,00", "R5 000").
        if (suffix.IsEmpty && n.Last == i && digits.Length <= 3 && AllDigits(digits) && i + 1 < EndToken && Tok(i + 1).Kind == TokenKind.Number)
        {
            Draft groups = default;
            groups.Value = value;
            ReadGroupsAndFraction(i, digits, ref groups, money: true);
            if (groups.Grouped)
            {
                value = groups.Value;
                n.Last = groups.Last;
            }
        }

        // "R2,5 million": a decimal comma after a currency code (session 26).
        if (suffix.IsEmpty && n.Last == i && digits.Length <= 3 && !digits.Contains('.') && !digits.Contains(',') && DecimalCommaAfter(i, ref value))
        {
            n.Last = i + 2;
        }

        // "$US2.5 billion": the tokenizer cuts the word at the decimal point.
        if (suffix.IsEmpty && !digits.Contains('.') && Is(i + 1, ".") && Glued(i + 1) && Glued(i + 2) && Tok(i + 2).Kind == TokenKind.Number)
        {
            ReadOnlySpan<char> fraction = Text(i + 2);
            if (code is "IDR" or "VND" && fraction.Length == 3 && value < 1000 && value == decimal.Truncate(value)
                && CharClass.IsAsciiDigit(fraction[0]) && CharClass.IsAsciiDigit(fraction[1]) && CharClass.IsAsciiDigit(fraction[2]))
            {
                // "Rp25.000": rupiah and dong group thousands with dots
                value = value * 1000 + (fraction[0] - '0') * 100 + (fraction[1] - '0') * 10 + (fraction[2] - '0');
                fraction = "";
            }

            int f = 0;
            decimal place = 1;
            while (f < fraction.Length && CharClass.IsAsciiDigit(fraction[f]) && f < 20)
            {
                place /= 10;
                value += (fraction[f] - '0') * place;
                f++;
            }

            if (f < fraction.Length && fraction[f] is '.' or ',')
            {
                return false;
            }

            suffix = fraction[f..];
            n.Last = i + 2;
        }

        // "the N2 toll road", "on the N1 near Beaufort West": a one-letter code glued to one or two digits after "the" names a road.
        if (prefix.Length == 1 && suffix.IsEmpty && n.Last == i && digits.Length <= 2 && !afterDollar && Is(i - 1, "the"))
        {
            return false;
        }

        if (code is "IDR" or "VND" && n.Last == i && DotGrouped(digits, out decimal grouped))
        {
            value = grouped; // "Rp25.000": rupiah and dong group thousands with dots
        }

        n.Value = n.Mantissa = value;
        SetUnit(ref n, magnitude ? new UnitEntry(QuantityUnit.Measure("magnitude"), 1, null) : Units.CurrencyEntry(code));

        if (!suffix.IsEmpty)
        {
            if (magnitude)
            {
                return false;
            }

            if (suffix.Length > 1 && suffix[0] == '-')
            {
                suffix = suffix[1..]; // "Php85-million": the scale joined by a hyphen
            }

            if (!Units.TryGlued(suffix, out GluedEntry g) || g.When == GluedScale.None)
            {
                return false;
            }

            return Scale(ref n, g.Scale);
        }

        return true;
    }

    /// <summary>"25.000", "1.250.000": thousands grouped with dots and nothing else (no decimal part); their value.</summary>
    private static bool DotGrouped(ReadOnlySpan<char> digits, out decimal value)
    {
        value = 0;
        int dot = digits.IndexOf('.');
        if (dot is < 1 or > 3 || digits.Length > 19 || digits.Contains(','))
        {
            return false;
        }

        for (int k = 0; k < digits.Length; k++)
        {
            bool sep = k >= dot && (k - dot) % 4 == 0;
            if (sep ? digits[k] != '.' : !CharClass.IsAsciiDigit(digits[k]))
            {
                return false;
            }

            value = sep ? value : value * 10 + (digits[k] - '0');
        }

        return (digits.Length - dot) % 4 == 0;
    }

    /// <summary>The digits after a thousands comma: "390" (3 places), "250,000" (6), "390.50"; its value and what follows it.</summary>
    private static bool ThousandsTail(ReadOnlySpan<char> s, out int places, out decimal value, out ReadOnlySpan<char> suffix)
    {
        places = 0;
        value = 0;
        if (!SplitNumber(s, out ReadOnlySpan<char> digits, out suffix))
        {
            return false;
        }

        int dot = digits.IndexOf('.');
        ReadOnlySpan<char> whole = dot < 0 ? digits : digits[..dot];
        for (int k = 0; k < whole.Length; k++)
        {
            bool comma = k % 4 == 3;
            if (comma ? whole[k] != ',' : !CharClass.IsAsciiDigit(whole[k]))
            {
                return false;
            }

            places += comma ? 0 : 1;
        }

        return whole.Length % 4 == 3 && (dot < 0 || digits[(dot + 1)..].IndexOfAny('.', ',') < 0)
            && TryParseDecimal(digits, out value, out _, out _);
    }

    /// <summary>"hundred-odd", "million-plus" after "a": one of the scale, hedged by the word glued after it.</summary>
    private bool ScaleOddOrPlus(int k, ref Draft n)
    {
        if (!IsWord(k) || !Tok(k).Has(TokenTraits.HasHyphen))
        {
            return false;
        }

        ReadOnlySpan<char> w = Text(k);
        int h = IndexOfJoiningHyphen(w);
        if (h <= 0)
        {
            return false;
        }

        WordInfo scale = Lexicon.Lookup(w[..h]);
        if (!scale.Is(WordClass.Scale) || scale.Number < 100)
        {
            return false;
        }

        ReadOnlySpan<char> tail = w[(h + 1)..];
        bool plus = tail.Equals("plus", StringComparison.OrdinalIgnoreCase);
        if (!plus && !tail.Equals("odd", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        n.Value = scale.Number;
        n.Mantissa = 1;
        n.Scaled = true;
        n.Last = k;
        n.Approximation = plus ? Approximation.AtLeast : Approximation.Approximate;
        return true;
    }

    /// <summary>
    /// "twenty-five", "two-thirds", "one-third", "half-million", "one-and-a-half", "a quarter-point", "half-point";
    /// "two-day", "one-sided" are not quantities.
    /// </summary>
    private bool ParseHyphenatedWord(int i, ref Draft n)
    {
        ReadOnlySpan<char> s = Text(i);
        Span<Range> parts = stackalloc Range[5];
        int count = SplitHyphens(s, parts);
        if (count < 2 || count > 4)
        {
            return false;
        }

        WordInfo a = Lexicon.Lookup(s[parts[0]]);
        WordInfo b = Lexicon.Lookup(s[parts[1]]);
        ReadOnlySpan<char> last = s[parts[count - 1]];
        n.Spelled = true;
        if (count == 4 && a.Is(WordClass.Cardinal) && s[parts[1]].Equals("and", StringComparison.OrdinalIgnoreCase)
            && Lexicon.Lookup(s[parts[2]]).Is(WordClass.Article) && Lexicon.Lookup(last) is { } f && f.Is(WordClass.Fraction) && f.Number > 1)
        {
            // "one-and-a-half", "two-and-a-quarter"
            n.Value = n.Mantissa = a.Number + 1 / f.Number;
            return ContinueCardinals(i + 1, n.Value, ref n);
        }

        // Session 37 (quant37, b24): "half-price specials", "a third-off sale": the share of a cut with its word of [word-list]
        // "fraction-alone-after" glued by a hyphen, as "half price" is; the mention is the fraction alone.
        if (count == 2 && a.Is(WordClass.Fraction) && a.Number > 1 && Units.InList(WordListsByName.FractionAloneAfter, last)
            && (s[parts[0]].Equals("half", StringComparison.OrdinalIgnoreCase) || s[parts[0]].Equals("third", StringComparison.OrdinalIgnoreCase)
                || s[parts[0]].Equals("quarter", StringComparison.OrdinalIgnoreCase)))
        {
            n.Spelled = true;
            n.CutEnd = last.Length + 1;
            n.CutToken = i;
            return SetFraction(ref n, 1 / a.Number);
        }

        // Session 37 (quant37, b25): "a one-in-three chance", "one-in-five": one in M spelled and hyphenated, the ratio N/M, as the
        // digits' "1-in-5" (NumeralReader.ParseDigits).
        if (count == 3 && a.Is(WordClass.Cardinal) && s[parts[1]].Equals("in", StringComparison.OrdinalIgnoreCase)
            && Lexicon.Lookup(last) is { } m && m.Is(WordClass.Cardinal) && m.Number > a.Number && a.Number > 0)
        {
            n.Value = n.Mantissa = a.Number / m.Number;
            n.Ratio = true;
            return true;
        }

        if (count == 3 && a.Is(WordClass.Cardinal) && !b.Is(WordClass.Fraction))
        {
            // "five-percentage-point", "ten-square-mile", "25-basis-point" in words
            n.Value = n.Mantissa = a.Number;
            return ApplyTwoWordCompound(s[parts[1]], last, ref n);
        }

        if (last.Equals("point", StringComparison.OrdinalIgnoreCase) || last.Equals("points", StringComparison.OrdinalIgnoreCase))
        {
            // "quarter-point", "half-point", "three-quarter-point", "quarter-percentage-point"
            decimal? v = count == 2 && a.Is(WordClass.Fraction) ? 1 / a.Number
                : count == 3 && a.Is(WordClass.Cardinal) && b.Is(WordClass.Fraction) ? a.Number / b.Number
                : count == 3 && a.Is(WordClass.Fraction) && s[parts[1]].Equals("percentage", StringComparison.OrdinalIgnoreCase) ? 1 / a.Number
                : null;
            if (v is not decimal value)
            {
                return false;
            }

            n.Value = n.Mantissa = value;
            SetUnit(ref n, new UnitEntry(QuantityUnit.PercentagePoints, 1, null));
            return true;
        }

        if (count > 2)
        {
            return false; // "twenty-five-year-old"
        }

        if (a.Is(WordClass.Cardinal) && a.Number >= 20 && a.Number % 10 == 0 && b.Is(WordClass.Cardinal) && b.Number is > 0 and < 10)
        {
            n.Value = n.Mantissa = a.Number + b.Number;
            return ContinueCardinals(i + 1, n.Value, ref n);
        }

        if (a.Is(WordClass.Cardinal) && a.Number >= 10 && Units.InList(WordLists.HyphenHedge, s[parts[1]]))
        {
            n.Value = n.Mantissa = a.Number; // "Forty-odd protesters", "sixty-ish leaflets": a post-hedge glued by a hyphen
            n.Approximation = Approximation.Approximate;
            return true;
        }

        if (a.Is(WordClass.Cardinal) && Units.TrySingleWord(s[parts[1]], out QuantityUnit measure) && measure.Kind == UnitKind.Measure)
        {
            n.Value = n.Mantissa = a.Number; // "a two-kilogram packet": a measure as a compound modifier, like "a 25kg bag"
            SetUnit(ref n, new UnitEntry(measure, 1, null));
            return true;
        }

        if (a.Is(WordClass.Cardinal) && Units.TrySingleWord(s[parts[1]], out QuantityUnit unit) && unit.Kind is UnitKind.Percent)
        {
            n.Value = n.Mantissa = a.Number; // "fifty-percent"
            SetUnit(ref n, new UnitEntry(unit, 1, null));
            return true;
        }

        if (a.Is(WordClass.Cardinal) && a.Number is > 0 and < 20 && b.Is(WordClass.Fraction) && b.Number > 2)
        {
            return FractionTail(i + 1, a.Number / b.Number, plural: true, ref n);
        }

        if (s[parts[0]].Equals("half", StringComparison.OrdinalIgnoreCase) && b.Is(WordClass.Dozen))
        {
            n.Value = n.Mantissa = 6; // "a half-dozen"
            return true;
        }

        if (s[parts[0]].Equals("half", StringComparison.OrdinalIgnoreCase) && b.Is(WordClass.Scale) && b.Number >= 1000)
        {
            n.Value = 0.5m * b.Number;
            n.Scaled = true;
            return true;
        }

        return false;
    }

    private static int SplitHyphens(ReadOnlySpan<char> s, Span<Range> parts)
    {
        int count = 0;
        int start = 0;
        for (int k = 1; k <= s.Length; k++)
        {
            if (k == s.Length || CharClass.IsJoiningHyphen(s[k]))
            {
                if (count == parts.Length || k == start)
                {
                    return 0;
                }

                parts[count++] = start..k;
                start = k + 1;
            }
        }

        return count;
    }

    private bool ParseVague(int i, WordInfo info, ref Draft n)
    {
        ReadOnlySpan<char> word = Text(i);
        bool tens = word.Equals("tens", StringComparison.OrdinalIgnoreCase);
        bool scores = word.Equals("scores", StringComparison.OrdinalIgnoreCase);
        decimal low = info.Number;
        int last = i;

        // "tens of thousands", "hundreds of millions"
        if (Is(i + 1, "of"))
        {
            WordInfo next = Info(i + 2);
            if (next.Is(WordClass.Vague) && next.Number >= 2000 && next.Number > info.Number)
            {
                low = CheckedProduct(info.Number, next.Number) / 2;
                last = i + 2;
            }
        }

        if (tens && last == i)
        {
            return false; // "tens of people" is not said; "tens" alone is not a number
        }

        // "scores of people", "scores were hurt"; but "the scores", "scores goals", "scores 3".
        if (scores && last == i && !Is(i + 1, "of") && !Is(i + 1, "were") && !Is(i + 1, "more") && !Is(i + 1, "have")
            && !Is(i + 1, "had") && !Is(i + 1, "died") && !Is(i + 1, "are"))
        {
            return false;
        }

        if (scores && i > FirstToken && (Info(i - 1).Is(WordClass.Article) || Is(i - 1, "the") || Is(i - 1, "test")))
        {
            return false;
        }

        n.Vague = true;
        n.Low = low;
        n.Last = last;
        return true;
    }

    private static decimal CheckedProduct(decimal a, decimal b) =>
        Math.Abs(a) <= MaxValue / Math.Max(1, Math.Abs(b)) ? a * b : MaxValue;

    /// <summary>"every third household", "Every fifth pupil": one in N, a ratio (not "every third year", a frequency, nor
    /// "every quarter").</summary>
    private bool EveryNth(int i, ref Draft n)
    {
        if (!Is(i, "every") || i + 2 >= EndToken || !Info(i + 1).Is(WordClass.Fraction) || Info(i + 1).Number < 3 || Is(i + 1, "quarter")
            || IsPlural(Text(i + 1)) || !IsWord(i + 2) || Info(i + 2).Is(WordClass.TimeUnit) || Info(i + 2).Is(WordClass.Function))
        {
            return false;
        }

        n.Spelled = true;
        n.Last = i + 1;
        return SetFraction(ref n, 1 / Info(i + 1).Number);
    }

    /// <summary>"a hundred", "a million", "a dozen", "a quarter of", "a third of", "a half million", "a few thousand", "a quarter-point".</summary>
    private bool ParseArticle(int i, ref Draft n)
    {
        if (ScaleOddOrPlus(i + 1, ref n))
        {
            return true; // "A hundred-odd protesters", "a million-plus visitors"
        }

        WordInfo next = Info(i + 1);
        if (next.Is(WordClass.Scale) && !Is(i + 1, "mn") && !Is(i + 1, "bn"))
        {
            // "a hundred and fifty", "a thousand five hundred", "a hundred thousand"
            n.Last = i + 1;
            n.Scaled = true;
            bool ok = next.Number == 100 ? ContinueCardinals(i + 2, 100, ref n) : ContinueCardinals(i + 2, 0, ref n, next.Number);
            n.Mantissa = 1;
            return ok;
        }

        if (next.Is(WordClass.Dozen))
        {
            n.Value = n.Mantissa = 12;
            n.Last = i + 1;
            AndAHalf(ref n, 6); // "a dozen and a half"
            return true;
        }

        if (Is(i + 1, "couple") && !Is(i + 2, "of") && (Info(i + 2).Is(WordClass.Dozen) || Info(i + 2).Is(WordClass.Scale) && Info(i + 2).Number >= 100
            && !Is(i + 2, "mn") && !Is(i + 2, "bn")))
        {
            // "a couple hundred neighbours", "a couple thousand": two of the scale, loosely (the "of" left out)
            n.Value = 2 * Info(i + 2).Number;
            n.Mantissa = 2;
            n.Scaled = Info(i + 2).Is(WordClass.Scale);
            n.Last = i + 2;
            n.Approximation = Approximation.Approximate;
            return true;
        }

        if (Is(i + 1, "couple") && Is(i + 2, "of"))
        {
            // "a couple of dozen", "a couple of hundred", "a couple of" (two)
            WordInfo scale = Info(i + 3);
            if (scale.Is(WordClass.Dozen) || scale.Is(WordClass.Scale) && !Is(i + 3, "mn") && !Is(i + 3, "bn"))
            {
                n.Value = 2 * scale.Number;
                n.Mantissa = 2;
                n.Scaled = scale.Is(WordClass.Scale);
                n.Last = i + 3;
                n.Approximation = Approximation.Approximate;
                return true;
            }

            n.Value = n.Mantissa = 2;
            n.Last = i + 1;
            n.Approximation = Approximation.Approximate; // "a couple of reporters": two, loosely
            return true;
        }

        if (Is(i + 2, "of") && IsWord(i + 1) && (Is(i + 1, "pair") || OnNamedList(i + 1, "collective")) && CollectiveOf(i + 1, out int members))
        {
            n.Value = n.Mantissa = members; // "a pair of fighter jets", "A trio of former ministers", "a gross of pencils"
            n.Last = i + 1;
            return true;
        }

        if (Is(i + 1, "baker") && i + 3 < EndToken && Text(i + 2).Length == 2 && (Text(i + 2)[1] | 0x20) == 's' && Info(i + 3).Is(WordClass.Dozen))
        {
            n.Value = n.Mantissa = 13; // session 34 (quant34, b22): "a baker's dozen", thirteen
            n.Last = i + 3;
            return true;
        }

        if (IsWord(i + 1) && OnNamedList(i + 1, "article-money-alone")
            || (IsWord(i + 1) && OnNamedList(i + 1, "article-money") && !(Is(i + 1, "grand") && Tok(i + 1).Has(TokenTraits.Capitalized))
                || (Is(i + 1, "cent") || Is(i + 1, "penny")) && i > FirstToken && HedgeWord(Text(i - 1))) // "less than a cent"
            && (i + 2 >= EndToken || !IsWord(i + 2) || Info(i + 2).Is(WordClass.Function)
                || !Is(i + 1, "grand") && Info(i + 2).Is(WordClass.Cardinal) && !Is(i + 3, "and")))
        {
            // "a grand for the bike", "a buck fifty" (the cents read after the unit)
            n.Value = n.Mantissa = 1; // "costs a dollar to download": the article is the number; the unit is read after it
            n.Last = i;
            return true;
        }

        // "a kilometre and a half", "a point and a half": one unit and half of another.
        if (Is(i + 2, "and") && Info(i + 3).Is(WordClass.Article) && Is(i + 4, "half") && !Is(i + 5, "of")
            && FractionUnit(i + 1, out int one, out UnitEntry whole) && one == 1)
        {
            n.Value = n.Mantissa = 1.5m;
            SetUnit(ref n, whole);
            n.Last = i + 4;
            return true;
        }

        // "well over a mile", "more than a tonne", "nearly a metre": after a hedge, the article is one of a measure's unit;
        // so it is before "or so" ("a kilometre or so"), after "the better part of", and as the amount of a stuff in a
        // sentence that names no price ("Pour in a litre of stock", but "A litre of petrol costs R24.62").
        // Session 33 (quant33, b21): so too a length at the head of a sentence ("An inch of rain fell in 20 minutes"), but not a
        // serving named there ("A pint of lager contains 2.8 units").
        if (IsWord(i + 1) && Text(i + 1).Length > 2 && !Is(i + 1, "barrel")
            && (i > FirstToken && (HedgeWord(Text(i - 1)) || Is(i - 1, "of") && Is(i - 2, "part")) || Is(i + 2, "or") && Is(i + 3, "so")
                || Is(i + 2, "of") && (i == FirstToken || !Is(i - 1, "of") && !Is(i - 1, "for") && !Is(i - 1, "per")) && !PriceInSentence())
            && Units.TrySingleWord(Text(i + 1), out QuantityUnit measure) && measure.Kind == UnitKind.Measure && !IsPlural(Text(i + 1))
            && (i > FirstToken || Units.InList("dimension-unit", measure.Code))
            && measure.Code is not ("magnitude" or "deg" or "GPa")) // "a magnitude of 6.8", "a degree of doubt", "a GPA of 3.8"
        {
            n.Value = n.Mantissa = 1;
            n.Last = i;
            return true;
        }

        if (Is(i + 1, "percentage") && Is(i + 2, "point"))
        {
            n.Value = n.Mantissa = 1; // "by a percentage point"
            SetUnit(ref n, new UnitEntry(QuantityUnit.PercentagePoints, 1, null));
            n.Last = i + 2;
            return true;
        }

        if (i + 1 < EndToken && Tok(i + 1).Has(TokenTraits.HasHyphen) && IsWord(i + 1)
            && !Lexicon.Lookup(Text(i + 1)[..Math.Max(1, IndexOfJoiningHyphen(Text(i + 1)))]).Is(WordClass.Cardinal))
        {
            // "a quarter-point", "a half-point"
            Draft point = default;
            point.Last = i + 1;
            if (ParseHyphenatedWord(i + 1, ref point) && (point.Unit.Kind == UnitKind.PercentagePoints || !point.Ratio && !point.HasUnit))
            {
                n = point;
                return true;
            }

            n.Last = i;
            return false;
        }

        if (next.Is(WordClass.Fraction) && !Is(i + 1, "halves"))
        {
            // "a half million" / "a quarter of" / "a third of"
            WordInfo after = Info(i + 2);
            if ((Is(i + 1, "half") || Is(i + 1, "quarter")) && after.Is(WordClass.Scale) && after.Number >= 1000)
            {
                n.Value = after.Number / next.Number; // "a half million", "a quarter million dollars"
                n.Scaled = true;
                n.Last = i + 2;
                return true;
            }

            // "a half percent": a fraction of a percent.
            if (Is(i + 1, "half") && FractionUnit(i + 2, out int count, out UnitEntry unit) && unit.Unit.Kind == UnitKind.Percent)
            {
                n.Value = n.Mantissa = 0.5m;
                SetUnit(ref n, unit);
                n.Last = i + 1 + count;
                return true;
            }

            // "between a third and a half of voters": the first end of a range of fractions stands without its "of";
            // so does a fraction a thing moved by ("fell by about a quarter"), and one that ends its sentence ("the state
            // will fund about a fifth.").
            bool alone = i > FirstToken && Is(i - 1, "between") && Is(i + 2, "and") || AfterBy(i) && !Info(i + 2).Is(WordClass.Scale)
                || FractionEndsSentence(i) || FractionOfAMove(i) || FractionBeforeVerb(i) || FractionBeforeComparative(i)
                || FractionAloneAfter(i + 2); // session 36 (quant36, b24): "A third off all garden furniture"
            return FractionTail(i + 2, 1 / next.Number, plural: alone, ref n);
        }

        if (next.Is(WordClass.Some))
        {
            // "a few hundred", "a few dozen"
            WordInfo scale = Info(i + 2);
            if (scale.Is(WordClass.Scale) && scale.Number >= 100 || scale.Is(WordClass.Dozen) && !Is(i + 3, "of"))
            {
                n.Vague = true;
                n.Low = next.Number * scale.Number;
                n.Last = i + 2;
                return true;
            }
        }

        return false;
    }
}
