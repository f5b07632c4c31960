using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>
/// The assembler's look to the right of a number: a scale word, a vague amount of a unit, the unit or currency word, a
/// minor amount ("3 dollars 50 cents"), then ranges, ratios and hedges after.
/// </summary>
internal sealed partial class QuantityAssembler
{
    private void ExtendRight(ref Draft n)
    {
        int k = n.Last + 1;

        // A scale word after digits: "1.5 million", "3 bn", "10 thousand".
        if (!n.Spelled && !n.Scaled && !n.Vague && !n.Ratio && k < EndToken)
        {
            WordInfo scale = Info(k);
            if (scale.Is(WordClass.Scale) && scale.Number >= 1000 && Math.Abs(n.Second) <= NumeralReader.MaxValue / scale.Number
                && NumeralReader.Scale(ref n, scale.Number))
            {
                n.Second *= scale.Number; // "$5-10 million": the scale covers both ends
                n.Last = k++;

                // A larger scale on top: "₹6.2 lakh crore", "5 thousand million".
                WordInfo larger = Info(k);
                if (larger.Is(WordClass.Scale) && larger.Number > scale.Number && n.Second == 0 && NumeralReader.Scale(ref n, larger.Number))
                {
                    n.Last = k++;
                }
                else if (k + 1 < EndToken && Tok(k).Kind == TokenKind.Number && Text(k).Length <= 3 && n.Second == 0 && n.Value % scale.Number == 0
                    && Info(k + 1).Is(WordClass.Scale) && Info(k + 1).Number >= 1000 && Info(k + 1).Number < scale.Number
                    && decimal.TryParse(Text(k), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out decimal part)
                    && part > 0 && part * Info(k + 1).Number < scale.Number)
                {
                    // "1 million 200 thousand": a smaller scaled part added on.
                    n.Value += n.Value < 0 ? -part * Info(k + 1).Number : part * Info(k + 1).Number;
                    n.Last = k + 1;
                    k += 2;
                }
            }
            else if (scale.Is(WordClass.Scale) && scale.Number == 100 && n.Value < 100 && NumeralReader.Scale(ref n, 100))
            {
                n.Last = k++;
            }
            else if (scale.Is(WordClass.Dozen) && !n.HasUnit && n.Second == 0 && n.Value == decimal.Truncate(n.Value) && n.Value is > 0 and < 1000)
            {
                n.Value = n.Mantissa = n.Value * 12; // "2 dozen cookies", as "two dozen"
                n.Bare = n.YearLike = false;
                n.Last = k++;
            }
            else if (IsWord(k) && Tok(k).Has(TokenTraits.HasHyphen) && n.CutEnd == 0)
            {
                // "$4 million-a-year": a scale with the rate it is said at, which stays out of the mention.
                ReadOnlySpan<char> word = Text(k);
                int h = IndexOfJoiningHyphen(word);
                WordInfo head = h > 0 ? Lexicon.Lookup(word[..h]) : default;
                int rate = h > 0 ? NumeralReader.RateTail(word[(h + 1)..], n.HasUnit && n.Unit.Kind == UnitKind.Currency) : -1;
                // "$1.5 billion-dollar bid": the money's own word after the scale only repeats its sign, and stays out too.
                bool sameMoney = rate < 0 && h > 0 && n.HasUnit && n.Unit.Kind == UnitKind.Currency && IndexOfJoiningHyphen(word[(h + 1)..]) < 0
                    && Units.TrySingleWord(word[(h + 1)..], out QuantityUnit money) && money == n.Unit;
                if ((rate == 0 || sameMoney) && head.Is(WordClass.Scale) && head.Number >= 1000 && NumeralReader.Scale(ref n, head.Number))
                {
                    n.CutEnd = word.Length - h;
                    n.CutToken = k;
                    n.Last = k++;
                }
            }
        }

        // A vague amount of money or of a measure: "hundreds of millions of dollars", "thousands of tonnes".
        if (n.Vague && Is(k, "of") && Units.After.MatchForward(Doc, k + 1, EndToken, out int c0, out UnitEntry u0)
            && u0.Unit.Kind is UnitKind.Currency or UnitKind.Measure && u0.Divisor == 1 && !(u0.Unit.Code == "m" && c0 == 1 && Text(k + 1).Length == 1))
        {
            Steps += c0;
            NumeralReader.SetUnit(ref n, u0);
            n.Last = k + c0;
            k = n.Last + 1;
        }

        // The unit: "%", "per cent", "euros", "square kilometres", "USD".
        k = ReadUnit(ref n, k);

        // Ranges: "between X and Y", "X to Y", "X-Y".
        if (n.Pair)
        {
            return;
        }

        bool between = Is(n.First, "between") || (n.First > FirstToken && n.Approximation == Approximation.Exact && Is(n.First, "between"));
        k = TryRange(ref n, k, between);
        if (n.Approximation == Approximation.Range && n.HasUnit && n.Unit.Kind == UnitKind.Currency && CharClass.IsAsciiDigit(Source[Tok(n.Last).End - 1]))
        {
            k = PerUnitTail(ref n, k, WordLists.PricePer); // "£180-£220/day"
        }

        if (between && n.Approximation != Approximation.Range)
        {
            n.First++; // "between" without a second number is just a preposition
        }

        // "a confidence interval of 1.8 to 3.1": a range after a ratio noun is a range of ratios (one token: EmitPair).
        RangeOfRatios(ref n);

        // Ratios: "14 of 20", "one in five", "three out of four"; multiples: "three times as much", "14 times earnings".
        if (!n.Ratio && !n.Vague && !n.HasUnit && n.Approximation != Approximation.Range)
        {
            if ((!n.Scaled || _reader.TimesMultiple(k)) && (_reader.TimesMultiple(k) || Is(k, "times") && !n.Scaled && (!n.Spelled && n.Value != decimal.Truncate(n.Value) || _reader.EchoedMultiple(n.First, k))))
            {
                n.Ratio = true;
                n.Last = k++;
            }
            else if (n.First - 2 >= FirstToken && Is(n.First - 1, "of") && (Is(n.First - 2, "multiple") || Is(n.First - 2, "multiples")))
            {
                n.Ratio = true; // "a price-earnings multiple of 31"
            }
            else if (n.First - 2 >= FirstToken && n.Approximation == Approximation.Exact && Is(n.First - 1, "of") && Is(n.First - 2, "factor"))
            {
                n.Ratio = true; // "by a factor of three", "a factor of 10": the multiple, its mention from the article
                // Session 33 (quant33, b21): a factor with a name of its own ("a fitment factor of 2.57") is a value of that
                // factor: the mention is the number alone.
                n.First = n.First - 3 >= FirstToken && Info(n.First - 3).Is(WordClass.Article) ? n.First - 3
                    : n.First - 3 >= FirstToken && IsWord(n.First - 3) && !Info(n.First - 3).Is(WordClass.Function) ? n.First : n.First - 2;
            }
            else
            {
                k = TryRatio(ref n, k);
                if (!n.Ratio && !n.Scaled && !n.Spelled && n.Value < 1000 && (k >= EndToken || !Tok(k).Has(TokenTraits.HasDigit))
                    && !(IsWord(k) && (IsPlural(Text(k)) || Info(k).Is(WordClass.IrregularPlural)) && !Info(k).Is(WordClass.Function)
                        && (Is(k + 1, "to") || Is(k + 1, "per") || Is(k + 1, "for") || Is(k + 1, "over"))) // "a sex ratio of 105 boys to 100 girls": counts
                    && _reader.RatioNounBefore(n.First, 8, wordsOnly: true))
                {
                    n.Ratio = true; // "an odds ratio of 1.6", "the ratio of debt to equity fell to 0.6"
                }
            }
        }

        // "15 to 30 times more likely", "between two and three times as effective": a range of multiples.
        if (n.Approximation == Approximation.Range && !n.HasUnit && !n.Ratio && !n.Vague && _reader.TimesMultiple(k))
        {
            n.Ratio = true;
            n.Last = k++;
        }

        // Hedges after: "or more", "or so", "+".
        if (n.Approximation is Approximation.Exact or Approximation.Approximate && k < EndToken
            && !(IsWord(k) && (Tok(k).Has(TokenTraits.Capitalized) || Tok(k).Has(TokenTraits.AllCaps))) // "the 737 Max", "Model 3 Max": a name
            && Units.PostHedges.MatchForward(Doc, k, EndToken, out int c, out Approximation post)
            && (n.Approximation == Approximation.Exact || post == Approximation.Approximate && !Is(k, ",")) // "around 40p or so"
            && PostHedgeFits(n, k, c, post))
        {
            Steps += c;
            bool glued = !Tok(k).Has(TokenTraits.SpaceBefore);
            if (Is(k, ","))
            {
                n.Approximation = post; // "5,000, give or take": the hedge after a comma stays out of the mention
            }
            else if (Tok(k).Kind == TokenKind.Word || glued)
            {
                n.Approximation = post;
                n.Last = k + c - 1;
            }
        }
    }

    /// <summary>Whether the post-hedge of <paramref name="count"/> tokens at <paramref name="k"/> bounds the amount: a word of
    /// [word-list] "post-hedge-final" ("tops", "max") only before punctuation, a function word or the sentence's end ("£200
    /// max.", "£200 max for boots", not "$30bn tops forecasts"), and "and change" only after money or a percentage and so placed ("$40 million
    /// and change.", "a yield of 4% and change at the moment", not "hold rates at 5.25% and change its guidance").</summary>
    private bool PostHedgeFits(in Draft n, int k, int count, Approximation post)
    {
        int h = Is(k, ",") ? k + 1 : k;
        bool change = post == Approximation.MoreThan && Is(h, "and");
        if (!change && !(h < EndToken && OnNamedList(h, "post-hedge-final")))
        {
            return true;
        }

        int after = k + count;
        bool final = after >= EndToken || Tok(after).Kind == TokenKind.Punctuation
            || IsWord(after) && Info(after).Is(WordClass.Function) && !OnNamedList(after, "post-hedge-verb-object"); // "£200 max for a pair", not "$30bn tops the forecast"
        return final && (!change || n.HasUnit && n.Unit.Kind is UnitKind.Currency or UnitKind.Percent);
    }

    /// <summary>Whether a word of [word-list] "kelvin-cue" ("cooled", "temperature", "superconducting") stands within twelve
    /// tokens before the number at <paramref name="first"/> or six after the unit at <paramref name="k"/>: only then is a capital
    /// "K" kelvin ("cooled to 4 K"; not "salaries of 100 K"). A bounded window, asked only for a "K": linear.</summary>
    private bool KelvinCue(int first, int k)
    {
        int end = Math.Min(EndToken, k + 7);
        for (int j = Math.Max(FirstToken, first - 12); j < end; j++)
        {
            if (OnNamedList(j, "kelvin-cue"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A glued slash and a unit of <paramref name="list"/> after an amount ("£12.60/hour", "8.2 t/ha"): the amount is
    /// taken per that unit, the "/hour" joins its mention and the value stays the numerator's. Returns the token after it,
    /// or <paramref name="k"/> when there is none.</summary>
    private int PerUnitTail(ref Draft n, int k, WordList list)
    {
        if (k + 1 < EndToken && Is(k, "/") && Glued(k) && Glued(k + 1) && Tok(k + 1).Kind != TokenKind.Number && OnList(k + 1, list)
            && (k + 2 >= EndToken || Tok(k + 2).Has(TokenTraits.SpaceBefore) || Tok(k + 2).Kind == TokenKind.Punctuation && !Is(k + 2, "/")))
        {
            n.Last = k + 1;
            return k + 2;
        }

        return k;
    }

    /// <summary>Whether word <paramref name="k"/> starts with two capitals ("GM", "GMs", "GT"; not "Gt").</summary>
    private bool TwoCapitals(int k) =>
        IsWord(k) && Tok(k).End - Tok(k).Start >= 2 && char.IsUpper(Source[Tok(k).Start]) && char.IsUpper(Source[Tok(k).Start + 1]);

    private int ReadUnit(ref Draft n, int k)
    {
        if (k >= EndToken)
        {
            UnitFromContext(ref n, k);
            return k;
        }

        if (n.HasUnit && n.Unit.Kind == UnitKind.Measure && n.Approximation != Approximation.Range && Tok(k).Kind == TokenKind.Number && MinorOf(n.Unit.Code, out string minorCode, out int perMajor))
        {
            return ReadMinorMeasure(ref n, k, minorCode, perMajor); // "6ft 2in", "9st 7lb", "5lb 8oz"
        }

        bool hasCurrency = n.HasUnit && n.Unit.Kind == UnitKind.Currency;
        if (hasCurrency && n.Unit.Code == "GBP" && !n.Scaled && !n.OldMoney && Tok(k).Kind == TokenKind.Number && n.Value == decimal.Truncate(n.Value))
        {
            Draft old = default;
            if (_reader.Read(k, ref old) && old.OldMoney)
            {
                n.Value += old.Value; // Session 32 (quant32, b20): "£2 10s 6d", "£12,345 6s 8d": pounds, shillings and pence
                n.Mantissa = n.Value;
                n.Last = old.Last;
                return n.Last + 1;
            }
        }

        if (hasCurrency && k > FirstToken && (CharClass.IsAsciiDigit(Source[Tok(k - 1).End - 1]) || n.Scaled))
        {
            int per = PerUnitTail(ref n, k, WordLists.PricePer); // "£1.20/kg", "£12.60/hour", "£1.2bn/yr" (not "285p/kg")
            if (per != k)
            {
                return per;
            }
        }

        // Session 37 (quant37, b18/b25): "45p/mile", "24.86p/kWh", "60.97p/day", "189.9c/L", "68¢/lb": a minor unit glued to its
        // digits keeps a slash rate's denominator too, but a livestock market's "285p/kg" ([word-list] "minor-per-not").
        if (hasCurrency && k > FirstToken && Tok(k - 1).End >= 2 && Source[Tok(k - 1).End - 1] is 'p' or 'c' or '\u00A2'
            && CharClass.IsAsciiDigit(Source[Tok(k - 1).End - 2]) && !(k + 1 < EndToken && OnNamedList(k + 1, "minor-per-not")))
        {
            int per = PerUnitTail(ref n, k, WordLists.PricePer);
            if (per != k)
            {
                return per;
            }
        }

        if (n.HasUnit && n.Unit.Kind == UnitKind.Measure)
        {
            int per = PerUnitTail(ref n, k, WordLists.MeasurePer); // "168g/km": the measure's unit glued to the digits
            if (per != k)
            {
                return per;
            }
        }

        if (Units.After.MatchForward(Doc, k, EndToken, out int count, out UnitEntry unit)
            && !(count == 1 && Tok(k).Has(TokenTraits.Currency) && Tok(k).Has(TokenTraits.SpaceBefore) // "35 € in August", not "5 $10"
                && k + 1 < EndToken && (Tok(k + 1).Kind == TokenKind.Number || !Tok(k + 1).Has(TokenTraits.SpaceBefore) && Tok(k + 1).Kind != TokenKind.Punctuation)))
        {
            Steps += count;
            if (hasCurrency && !unit.IsCurrency)
            {
                return k;
            }

            if (n.HasUnit && n.Unit.Kind == UnitKind.Measure && unit.Unit.Kind == UnitKind.Measure
                && (Tok(n.Last).Has(TokenTraits.HasHyphen) || n.Last == n.CoreFirst && Tok(n.Last).Kind == TokenKind.Number) // "a 4mm stone", "the 60g bar"
                || Tok(k).Has(TokenTraits.Capitalized) && OnList(k, WordLists.NameUnit)
                || unit.Ambiguous == "grand" && IsWord(k + 1) && !Info(k + 1).Is(WordClass.Function)
                || count == 1 && TwoCapitals(k) && OnNamedList(k, "caps-name-unit") // "46,000 GM workers", "24 GT entries"
                || count == 1 && Tok(k).Has(TokenTraits.AllCaps) && OnNamedList(k, "allcaps-name-unit") // "a 3.8 GPA", not "130 GPa"
                || count == 1 && OnNamedList(k, "nounless-unit") && OnNamedList(k + 1, "nounless-unit-count") // "20 bar staff", not "a 15 bar pump"
                || count == 1 && OnNamedList(k, "upper-unit")
                    && (!char.IsUpper(Source[Tok(k).Start]) || IsWord(k + 1) && !Info(k + 1).Is(WordClass.Function) && !OnNamedList(k + 1, "kelvin-after") || !KelvinCue(n.First, k))) // "cooled to 0 K", not "1401 K Street", "the 5 K run", "60 K a year"
            {
                return k; // "54.2 million 60-kg bags": a measure as a modifier takes no unit word after it; "300 Tesla cars"
            }

            if (hasCurrency && n.Unit.Code != unit.Unit.Code)
            {
                return k; // "$5 billion euros" is not said; a different currency word starts something else
            }

            if (n.HasUnit && n.Unit.Kind == UnitKind.PercentagePoints)
            {
                return k;
            }

            if (unit.Unit.Kind == UnitKind.Currency && unit.Unit.Code == "GBP" && IsPoundWord(k)
                && (Is(k + count, "of") || _rules.Weight() && !MoneyNounAfter(k) && !PriceBefore(n.First) || _rules.BodyWeightLost(n) || WorthOtherMoney(k + count)))
            {
                unit = new UnitEntry(QuantityUnit.Measure("lb"), 1, null); // "200 pounds of explosives", "weighed 190 pounds"
            }

            // "38 degrees below zero": the temperature is negative, the two words in its mention.
            bool belowZero = unit.Unit.Code is "deg" or "degC" or "degF" && !n.Negative && Is(k + count, "below") && Is(k + count + 1, "zero");
            if (belowZero)
            {
                n.Negative = true;
            }

            // "minus 12 degrees" with no word of weather is still a temperature: angles and bearings are not below zero.
            if (unit.Unit.Code == "deg" && !Is(k + count, "north") && !Is(k + count, "south") && !Is(k + count, "east") && !Is(k + count, "west")
                && (_rules.Temperature() || n.Negative))
            {
                // "temperatures hit 46.2 degrees": Celsius, or Fahrenheit above 60 (no place on Earth reaches 60 °C).
                unit = new UnitEntry(QuantityUnit.Measure(n.Value > 60 && !n.Negative ? "degF" : "degC"), 1, null); // "minus 196 degrees": Celsius
            }

            if (unit.Unit.Kind == UnitKind.Measure && unit.Unit.Code == "m" && n.Spelled && count == 1 && Text(k).Length == 1)
            {
                return k; // "two m…" is not "two metres"
            }

            if (hasCurrency && unit.Divisor == 1)
            {
                // "$5 US dollars": the word only repeats the sign.
                n.Last = k + count - 1;
                return n.Last + 1;
            }

            NumeralReader.SetUnit(ref n, unit);
            n.Ratio &= !n.Fraction; // "½ mile", "3/4 inch"
            if (unit.Unit.Kind == UnitKind.Percent && n.Approximation == Approximation.Exact && Text(k + count - 1).EndsWith("-plus", StringComparison.OrdinalIgnoreCase))
            {
                n.Approximation = Approximation.AtLeast; // "90 per cent-plus": the unit's glued "-plus" bounds the amount, as "90-plus"
            }

            n.Last = Is(k, "on") ? k - 1 : k + count - 1 + (belowZero ? 2 : 0); // "5.4 on the Richter scale": the scale names the unit outside the mention
            if (unit.Unit.Kind == UnitKind.Measure && !belowZero)
            {
                int per = PerUnitTail(ref n, n.Last + 1, WordLists.MeasurePer); // "8.2 t/ha", "0.12 µSv/h", "2,400 Bq/kg"
                if (per != n.Last + 1)
                {
                    return per;
                }
            }

            // Session 37 (quant37, b18): "68¢/lb": a minor unit's sign glued to the digits keeps a slash rate's denominator, as a
            // glued "p" does (not "/kg": [word-list] "minor-per-not").
            if (unit.IsCurrency && unit.Divisor != 1 && count == 1 && Glued(k) && !OnNamedList(n.Last + 2, "minor-per-not"))
            {
                int per = PerUnitTail(ref n, n.Last + 1, WordLists.PricePer);
                if (per != n.Last + 1)
                {
                    return per;
                }
            }

            return ReadMinorAmount(ref n, n.Last + 1, unit);
        }

        if (!n.HasUnit && (Is(k, "points") || Is(k, "point")) && (_rules.Poll() || ChangeOfAShare(n) || PointsOfAShare(n, k)))
        {
            NumeralReader.SetUnit(ref n, new UnitEntry(QuantityUnit.PercentagePoints, 1, null)); // "a lead of nine points"
            n.Last = k;
            return k + 1;
        }

        if (!hasCurrency && IsWord(k) && Tok(k).Has(TokenTraits.AllCaps) && Units.TryCodeBefore(Text(k), out string code))
        {
            SetCurrency(ref n, code);
            n.Last = k;
            return k + 1;
        }

        if (SpokenPrice(ref n, k))
        {
            return n.Last + 1;
        }

        // "Aspen 14 in, Vail 11 in": "in" with no object after a number is inches.
        // "0.6 of a percentage point", "0.4 of a mile", "zero point three of a percent": a decimal below one, of a unit.
        if (!n.HasUnit && !n.Scaled && (!n.Spelled || !n.Ratio && !n.Fraction) && n.Value is > 0 and < 1 && Is(k, "of") && _reader.DecimalOfAUnit(k, ref n))
        {
            return n.Last + 1;
        }

        if (!n.HasUnit && !n.Spelled && Is(k, "in") && (k + 1 >= EndToken || Tok(k + 1).Kind == TokenKind.Punctuation && !Tok(k + 1).Has(TokenTraits.Currency)))
        {
            NumeralReader.SetUnit(ref n, new UnitEntry(QuantityUnit.Measure("in"), 1, null));
            n.Last = k;
            return k + 1;
        }

        UnitFromContext(ref n, k);
        return k;
    }

    /// <summary>"95% CI 1.4-2.6", "a confidence interval of 1.8 to 3.1": a range of plain numbers after a ratio noun
    /// ([word-list] "ratio-noun") is a range of ratios.</summary>
    private void RangeOfRatios(ref Draft n)
    {
        if (!n.Ratio && !n.HasUnit && !n.Scaled && !n.Spelled && n.Approximation == Approximation.Range && n.Second < 1000
            && _reader.RatioNounBefore(n.First > FirstToken && Is(n.First - 1, ",") ? n.First - 1 : n.First, 8, wordsOnly: true)) // "(95% CI, 0.65 to 0.92)"
        {
            n.Ratio = true;
        }
    }

    /// <summary>"running four fifty a gallon", "two ninety-nine a pound": a spoken price, dollars and cents as two spelled
    /// numbers with no word of money, before "a"/"an"/"per" and a unit; the dollar settled as a bare "$" is.</summary>
    private bool SpokenPrice(ref Draft n, int k)
    {
        if (n.HasUnit || !n.Spelled || n.Scaled || n.Vague || n.Ratio || n.Negative || n.Approximation != Approximation.Exact || n.Last != n.CoreFirst
            || n.Value is < 1 or > 19 || n.Value != decimal.Truncate(n.Value) || k + 2 >= EndToken || !IsWord(k) || !Info(k).Is(WordClass.Cardinal)
            || !(Is(k + 1, "a") || Is(k + 1, "an") || Is(k + 1, "per")))
        {
            return false;
        }

        Draft cents = default;
        if (!_reader.Read(k, ref cents) || !cents.Spelled || cents.HasUnit || cents.Scaled || cents.Last != k || cents.Value is < 10 or > 99
            || cents.Value != decimal.Truncate(cents.Value) || !Units.After.MatchForward(Doc, k + 2, EndToken, out _, out UnitEntry per) || per.IsCurrency)
        {
            return false;
        }

        n.Value += cents.Value / 100;
        NumeralReader.SetUnit(ref n, new UnitEntry(QuantityUnit.Currency("USD"), 1, "$"));
        n.Last = k;
        return true;
    }

    /// <summary>The unit of a number with no unit word after it, from what stands around it: a forecast's high or low, an
    /// exchange rate, a currency's level.</summary>
    private void UnitFromContext(ref Draft n, int k)
    {
        if (!n.HasUnit && !n.Scaled && n.Negative && n.Approximation == Approximation.Exact && n.Value == decimal.Truncate(n.Value) && n.Value is > 0 and <= 90
            && _rules.Temperature())
        {
            // "warned of minus eight in the glens": a whole number below zero in a sentence of weather is a temperature.
            NumeralReader.SetUnit(ref n, new UnitEntry(QuantityUnit.Measure("degC"), 1, null));
            return;
        }

        if (n.HasUnit || n.Scaled || n.Spelled)
        {
            return;
        }

        if (WeatherReading(n))
        {
            // "sunny, high 24, low 13", "highs around 88": a forecast's bare high or low is a temperature, Celsius unless
            // above 60 (no place on Earth reaches 60 °C).
            NumeralReader.SetUnit(ref n, new UnitEntry(QuantityUnit.Measure(n.Value > 60 ? "degF" : "degC"), 1, null));
            return;
        }

        if (k < EndToken)
        {
            ExchangeRate(ref n, k);
        }

        if (!n.HasUnit)
        {
            CurrencyLevel(ref n);
        }
    }

    /// <summary>A bare number right after "high(s)" or "low(s)" (a hedge may stand between) in a sentence of weather, or
    /// after a place name in a line headed "Weather:" ("Weather: Perth 39, Adelaide 31").</summary>
    private bool WeatherReading(in Draft n)
    {
        int b = n.First - 1;
        if (b < FirstToken || !IsWord(b))
        {
            return false;
        }

        ReadOnlySpan<char> w = Text(b);
        bool highLow = w.Length is 3 or 4 or 5 && (w.Equals("high", StringComparison.OrdinalIgnoreCase) || w.Equals("highs", StringComparison.OrdinalIgnoreCase)
            || w.Equals("low", StringComparison.OrdinalIgnoreCase) || w.Equals("lows", StringComparison.OrdinalIgnoreCase));
        if (highLow)
        {
            return _rules.Temperature();
        }

        return Tok(b).Has(TokenTraits.Capitalized) && FirstToken + 1 < b && Is(FirstToken + 1, ":") && Is(FirstToken, "weather")
            && n.Value <= 60;
    }

    /// <summary>"a 5,000 pound prize": a singular "pound" before a noun of money is sterling even in a sentence of weight.</summary>
    private bool MoneyNounAfter(int k) =>
        Is(k, "pound") && IsWord(k + 1) && OnList(k + 1, WordLists.MoneyNoun);

    /// <summary>"sold at auction for 1,200 pounds": a word of price ([word-list] "price-verb") up to four words before the
    /// amount, with no weight word between, makes its pounds sterling.</summary>
    private bool PriceBefore(int first)
    {
        for (int k = first - 1; k >= FirstToken && k >= first - 4 && IsWord(k); k--)
        {
            if (Info(k).Is(WordClass.Weight))
            {
                return false;
            }

            if (OnList(k, WordLists.PriceVerb))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"40 million pounds, worth C$700 million": pounds worth an amount of another currency are a weight.</summary>
    private bool WorthOtherMoney(int k)
    {
        k += Is(k, ",") ? 1 : 0;
        if (!Is(k, "worth") && !Is(k, "valued"))
        {
            return false;
        }

        k += Is(k + 1, "at") ? 2 : 1;
        if (k >= EndToken)
        {
            return false;
        }

        Token t = Tok(k);
        ReadOnlySpan<char> w = Text(k);
        return t.Has(TokenTraits.Currency) && w.Length == 1 && w[0] != '£'
            || IsWord(k) && Is(k + 1, "$") && Glued(k + 1) && Units.TryDollarPrefix(w, out _)
            || IsWord(k) && Units.TryCodeBefore(w, out string code) && code != "GBP";
    }

    private bool IsPoundWord(int k) => Text(k).StartsWith("pound", StringComparison.OrdinalIgnoreCase);

    /// <summary>"1 lb 9 oz", "6 ft 2 in": a smaller measure after a larger one adds to it (16 ounces a pound, 12 inches a foot).</summary>
    private int ReadMinorMeasure(ref Draft n, int k, string minorCode, int perMajor)
    {
        int y = Is(k, "and") ? k + 1 : k;
        if (y >= EndToken || Tok(y).Kind != TokenKind.Number)
        {
            return k;
        }

        Draft minor = default;
        int count = 0;
        if (!_reader.Read(y, ref minor) || minor.Scaled || minor.Value >= perMajor || minor.Negative
            || (minor.HasUnit ? minor.Unit.Code != minorCode || minor.Last != y
                : !Units.After.MatchForward(Doc, minor.Last + 1, EndToken, out count, out UnitEntry unit) || unit.Unit.Code != minorCode))
        {
            return k; // a glued minor ("2in") carries its unit; a spaced one has its unit word after it
        }

        n.Value += minor.Value / perMajor;
        n.Last = minor.Last + count;
        return n.Last + 1;
    }

    /// <summary>The smaller imperial measure that adds to a larger one: 16 ounces a pound, 12 inches a foot, 14 pounds a stone.</summary>
    private static bool MinorOf(string major, out string minor, out int perMajor)
    {
        (minor, perMajor) = major switch
        {
            "lb" => ("oz", 16),
            "ft" => ("in", 12),
            "st" => ("lb", 14),
            _ => ("", 0),
        };
        return perMajor > 0;
    }

    /// <summary>"3 dollars 50 cents", "5 pounds and 20 pence": a minor amount after a major one adds to it.</summary>
    private int ReadMinorAmount(ref Draft n, int k, UnitEntry major)
    {
        if (major.Unit.Kind == UnitKind.Measure && n.Approximation != Approximation.Range && MinorOf(major.Unit.Code, out string minorCode, out int perMajor))
        {
            return ReadMinorMeasure(ref n, k, minorCode, perMajor);
        }

        if (major.Divisor != 1 || major.Unit.Kind != UnitKind.Currency || n.Approximation == Approximation.Range)
        {
            return k;
        }

        int y = Is(k, "and") ? k + 1 : k;
        if (y + 1 >= EndToken || Tok(y).Kind is not (TokenKind.Number or TokenKind.Word))
        {
            return k;
        }

        Draft minor = default;
        if (!_reader.Read(y, ref minor) || minor.Scaled || minor.HasUnit || minor.Value >= 100 || minor.Value != decimal.Truncate(minor.Value))
        {
            return k;
        }

        if (y == k && n.Spelled && minor.Spelled && minor.Value >= 10 && n.Value == decimal.Truncate(n.Value) && minor.Approximation == Approximation.Exact
            && (minor.Last + 1 >= EndToken || !IsWord(minor.Last + 1) || Info(minor.Last + 1).Is(WordClass.Function)))
        {
            // "a buck fifty", "three dollars fifty": spoken hundredths after a spelled amount of money, no word of cents said.
            n.Value += minor.Value / 100;
            n.Last = minor.Last;
            return n.Last + 1;
        }

        if (!Units.After.MatchForward(Doc, minor.Last + 1, EndToken, out int count, out UnitEntry unit)
            || unit.Unit.Code != major.Unit.Code || unit.Divisor == 1)
        {
            return k;
        }

        n.Value += minor.Value / unit.Divisor;
        n.Last = minor.Last + count;
        return n.Last + 1;
    }
}
