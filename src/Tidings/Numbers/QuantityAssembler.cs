using System.Collections.Immutable;
using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>
/// The assembler of one quantity scan over one document. At each token it asks the <see cref="NumeralReader"/>
/// for a number, then grows it: left to its hedge, currency sign or "between"; right to its unit, range end,
/// ratio and post-hedge; the <see cref="NonQuantityRules"/> reject what reads as a year, date, time, identifier,
/// phone number, address, age or score; the <see cref="CountedNoun"/> finds what it counts. A conversion in
/// brackets ("40 kilometres (25 miles)") is linked to the quantity it converts and keeps its hedge; a currency
/// word whose country the text must settle ("francs") takes the code the document's place words give, or XXX.
/// </summary>
internal sealed class QuantityAssembler : SentenceRoom
{
    private readonly NumeralReader _reader;
    private readonly NonQuantityRules _rules;
    private readonly CountedNoun _counted;
    private readonly DurationAmount _durations;
    private List<Quantity>? _results;
    private Dictionary<string, string>? _ambiguity; // ambiguous currency word → the code the document's cues give
    private int _floor;
    private int _lastEmittedToken = -1;

    public QuantityAssembler(Document doc, bool findCounted)
        : base(new SentenceCursor(doc))
    {
        _reader = new NumeralReader(Cursor);
        _rules = new NonQuantityRules(Cursor);
        _counted = new CountedNoun(Cursor, findCounted);
        _durations = new DurationAmount(Cursor);
    }

    /// <summary>Token inspections so far (for the linear-work tests).</summary>
    public long TokenSteps => Cursor.Steps;

    /// <summary>The quantities found, exactly sized; the list they were gathered in goes back to the thread's spare.</summary>
    public ImmutableArray<Quantity> ToResults()
    {
        if (_results is null)
        {
            return [];
        }

        ImmutableArray<Quantity> results = [.. _results];
        ResultList<Quantity>.Return(_results);
        _results = null;
        return results;
    }

    public void ScanSentence(Sentence sentence)
    {
        Cursor.Enter(sentence.FirstToken, sentence.EndToken);
        _floor = FirstToken;
        _rules.Reset();
        int i = FirstToken;
        while (i < EndToken)
        {
            if (!_reader.MayStart(i))
            {
                i++; // most words: no number starts here, and no draft is made
                continue;
            }

            int next = TryQuantityAt(i);
            i = next > i ? next : i + 1;
        }
    }

    /// <summary>Tries to read a quantity whose number starts at token <paramref name="i"/>; returns the token after it, or <paramref name="i"/>.</summary>
    private int TryQuantityAt(int i)
    {
        Draft n = default;
        bool parsed = _reader.Read(i, ref n);

        if (!parsed)
        {
            // A token that can never start a number is skipped; a rejected number is skipped whole.
            return n.Last > i ? n.Last + 1 : i + 1;
        }

        n.First = n.CoreFirst = i;
        ExtendLeft(ref n);
        ExtendRight(ref n);
        if (n.Approximation is Approximation.LessThan or Approximation.Range && n.HasUnit && n.Unit.Kind == UnitKind.Measure
            && n.First + 1 == n.CoreFirst && Is(n.First, "under") && Is(n.Last + 1, "of"))
        {
            // "buried under 4 feet of snow", "under 5 to 7 metres of snow": under a measure of something is where, not how much.
            n.First = n.CoreFirst;
            n.Approximation = n.Approximation == Approximation.Range ? Approximation.Range : Approximation.Exact;
        }

        n.OneWord = n.Spelled && n.Last == i && !n.Ratio && Text(i).Equals("one", StringComparison.OrdinalIgnoreCase);
        if (n.Pair)
        {
            return EmitPair(ref n);
        }

        if (_rules.Reject(ref n))
        {
            return n.Last + 1;
        }

        TextSpan? counted = null;
        if (n.Unit.Kind is UnitKind.Count or UnitKind.Ratio && !n.HasUnit || n.Ratio)
        {
            if (_counted.Find(ref n, out counted) == CountedVerdict.Duration && !AmountOfTime(ref n, ref counted))
            {
                return n.Last + 1;
            }
        }

        Emit(ref n, counted);
        _floor = n.Last + 1;
        return n.Last + 1;
    }


    private void ExtendLeft(ref Draft n)
    {
        int k = n.First - 1;
        if (k < _floor)
        {
            return;
        }

        ReadSign(ref n, ref k);

        // Currency sign ("$", "US$") or code ("USD", "Rs").
        if (k >= _floor && !n.Spelled)
        {
            Token sign = Tok(k);
            if (sign.Has(TokenTraits.Currency) && sign.Length == 1 && Units.TryCurrencySign(Source[sign.Start], out string code))
            {
                n.First = k;
                if (k - 1 >= _floor && !sign.Has(TokenTraits.SpaceBefore) && IsWord(k - 1)
                    && Units.TryDollarPrefix(Text(k - 1), out string prefixed) && Source[sign.Start] == '$')
                {
                    code = prefixed;
                    n.First = k - 1;
                }

                SetCurrency(ref n, code);
                if (n.First == k && code == "USD")
                {
                    n.Ambiguous = "$"; // a bare "$" is USD unless the dateline says otherwise ("CANBERRA -": AUD)
                }

                k = n.First - 1;
            }
            else if (sign.Kind == TokenKind.Word && Units.TryCodeBefore(Text(k), out string iso)
                && !(k - 1 >= FirstToken && Glued(k) && Tok(k - 1).Kind != TokenKind.Word))
            {
                n.First = k; // "USD 5", "Rs 50"; not "EUR/USD 1.08"
                SetCurrency(ref n, iso);
                k--;
            }
            else if (Is(k, ".") && Glued(k) && k - 1 >= _floor && IsWord(k - 1) && Units.TryCodeBefore(Text(k - 1), out string dotted))
            {
                n.First = k - 1; // "Rs. 2.50"
                SetCurrency(ref n, dotted);
                k -= 2;
            }
            else if (sign.Kind == TokenKind.Word && k - 1 >= _floor && Is(k - 1, "$") && Glued(k) && Units.TryDollarPrefix(Text(k), out string dollar))
            {
                n.First = k - 1; // "$US 5 million"
                SetCurrency(ref n, dollar);
                k -= 2;
            }
        }

        // A sign before the currency: "-$320 million", "minus $37.63", "−$1.2bn".
        if (n.HasUnit && n.Unit.Kind == UnitKind.Currency && !n.Negative && k >= _floor && n.First == k + 1)
        {
            ReadSign(ref n, ref k);
        }

        // "a magnitude 6.4 earthquake"
        if (k >= _floor && !n.HasUnit && Is(k, "magnitude"))
        {
            n.First = k--;
            n.HasUnit = true;
            n.Unit = QuantityUnit.Measure("magnitude");
            n.Bare = false;
        }

        // "between"
        if (k >= _floor && Is(k, "between"))
        {
            n.First = k; // kept only if a range forms; see ExtendRight
            return;
        }

        // Hedges: "around", "as many as", "at least", "an estimated".
        if (k >= _floor && Units.Hedges.MatchBackward(Doc, k + 1, _floor, out int count, out Approximation hedge))
        {
            Steps += count;
            int hedgeFirst = k + 1 - count;

            // A bare "estimated" is a hedge after a determiner ("the estimated 2,500") but a verb after a subject
            // ("police estimated 8,000").
            bool verb = count == 1 && Is(hedgeFirst, "estimated") && hedgeFirst > FirstToken && !IsDeterminer(hedgeFirst - 1);

            // "ticked up to 6.5%", "edged up to 49,400": a verb and its particle, then the level reached.
            verb |= Is(hedgeFirst, "up") && hedgeFirst > FirstToken && Info(hedgeFirst - 1).Is(WordClass.ParticleVerb);
            if (!verb)
            {
                n.First = hedgeFirst;
                n.Approximation = hedge;
            }
        }
    }

    private static void SetCurrency(ref Draft n, string code) => NumeralReader.SetUnit(ref n, Units.CurrencyEntry(code));

    /// <summary>A sign at token <paramref name="k"/>: "-5", "−3.2%", "+0.8%", "(+209)", "minus 5", "negative 2%".</summary>
    private void ReadSign(ref Draft n, ref int k)
    {
        if (k < _floor)
        {
            return;
        }

        Token before = Tok(k);
        bool attached = !Tok(k + 1).Has(TokenTraits.SpaceBefore) && before.Length == 1
            && (k == FirstToken || before.Has(TokenTraits.SpaceBefore) || Tok(k - 1).Has(TokenTraits.OpenBracket));
        if (!n.Spelled && attached && before.Has(TokenTraits.Dash))
        {
            n.Negative = true;
            n.First = k--;
        }
        else if (!n.Spelled && attached && Source[before.Start] == '+' && n.Approximation == Approximation.Exact
            && (n.HasUnit || Is(n.Last + 1, "%") || k > FirstToken && Tok(k - 1).Has(TokenTraits.OpenBracket)
                || !(n.Last + 1 < EndToken && Tok(n.Last + 1).Kind == TokenKind.Number))) // not "+44 20 7946 0958"
        {
            n.First = k--; // "+0.8%", "(+209)": an explicit plus is still the same number
            n.Bare = false;
        }
        else if (before.Kind == TokenKind.Word && Info(k).Is(WordClass.Minus)) // the cached look-up the rules read again
        {
            n.Negative = true;
            n.First = k--;
        }
    }

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
            else if (IsWord(k) && Tok(k).Has(TokenTraits.HasHyphen) && n.CutEnd == 0)
            {
                // "$4 million-a-year": a scale with the rate it is said at, which stays out of the mention.
                ReadOnlySpan<char> word = Text(k);
                int h = IndexOfJoiningHyphen(word);
                WordInfo head = h > 0 ? Lexicon.Lookup(word[..h]) : default;
                int rate = h > 0 ? NumeralReader.RateTail(word[(h + 1)..], n.HasUnit && n.Unit.Kind == UnitKind.Currency) : -1;
                if (rate == 0 && head.Is(WordClass.Scale) && head.Number >= 1000 && NumeralReader.Scale(ref n, head.Number))
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
        if (between && n.Approximation != Approximation.Range)
        {
            n.First++; // "between" without a second number is just a preposition
        }

        // Ratios: "14 of 20", "one in five", "three out of four".
        if (!n.Ratio && !n.Vague && !n.HasUnit && n.Approximation != Approximation.Range)
        {
            k = TryRatio(ref n, k);
        }

        // Hedges after: "or more", "or so", "+".
        if (n.Approximation == Approximation.Exact && k < EndToken
            && Units.PostHedges.MatchForward(Doc, k, EndToken, out int c, out Approximation post))
        {
            Steps += c;
            bool glued = !Tok(k).Has(TokenTraits.SpaceBefore);
            if (Tok(k).Kind == TokenKind.Word || glued)
            {
                n.Approximation = post;
                n.Last = k + c - 1;
            }
        }
    }

    private int ReadUnit(ref Draft n, int k)
    {
        if (k >= EndToken)
        {
            return k;
        }

        bool hasCurrency = n.HasUnit && n.Unit.Kind == UnitKind.Currency;
        if (Units.After.MatchForward(Doc, k, EndToken, out int count, out UnitEntry unit)
            && !(count == 1 && Tok(k).Has(TokenTraits.Currency) && Tok(k).Has(TokenTraits.SpaceBefore) // "35 € in August", not "5 $10"
                && k + 1 < EndToken && (Tok(k + 1).Kind == TokenKind.Number || !Tok(k + 1).Has(TokenTraits.SpaceBefore) && Tok(k + 1).Kind != TokenKind.Punctuation)))
        {
            Steps += count;
            if (hasCurrency && !unit.IsCurrency)
            {
                return k;
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
                && (Is(k + count, "of") || _rules.Weight() || _rules.BodyWeightLost(n)))
            {
                unit = new UnitEntry(QuantityUnit.Measure("lb"), 1, null); // "200 pounds of explosives", "weighed 190 pounds"
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
            n.Last = k + count - 1;
            return ReadMinorAmount(ref n, n.Last + 1, unit);
        }

        if (!n.HasUnit && (Is(k, "points") || Is(k, "point")) && _rules.Poll())
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

        return k;
    }

    private bool IsPoundWord(int k) => Text(k).StartsWith("pound", StringComparison.OrdinalIgnoreCase);

    /// <summary>"3 dollars 50 cents", "5 pounds and 20 pence": a minor amount after a major one adds to it.</summary>
    private int ReadMinorAmount(ref Draft n, int k, UnitEntry major)
    {
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
        if (!_reader.Read(y, ref minor) || minor.Scaled || minor.HasUnit || minor.Value >= 100 || minor.Value != decimal.Truncate(minor.Value)
            || !Units.After.MatchForward(Doc, minor.Last + 1, EndToken, out int count, out UnitEntry unit)
            || unit.Unit.Code != major.Unit.Code || unit.Divisor == 1)
        {
            return k;
        }

        n.Value += minor.Value / unit.Divisor;
        n.Last = minor.Last + count;
        return n.Last + 1;
    }

    private int TryRange(ref Draft n, int k, bool between)
    {
        bool fractions = between && n.Ratio && n.Fraction; // "between a third and a half of voters"
        if (k >= EndToken || n.Vague || n.Ratio && !fractions)
        {
            return k;
        }

        Token connector = Tok(k);
        bool isAnd = Is(k, "and");
        bool isTo = Is(k, "to");
        bool isDash = connector.Has(TokenTraits.Dash);
        bool isOr = !between && Is(k, "or");
        if (between ? !isAnd : !(isTo || isDash || isOr))
        {
            return k;
        }

        int before = n.First - 1;
        // "ranged from $8 billion to $12 billion", "anywhere from 3,000 to 5,000": a range after all.
        bool rangeFrom = before > FirstToken && Is(before, "from") && isTo && IsRangeWord(before - 1);
        if (!between && !rangeFrom && before >= FirstToken
            && (Is(before, "from") || isTo && n.HasUnit && Info(before).Is(WordClass.ChangeVerb)))
        {
            return k; // "from 5 to 10" is a change; "rose 12 cents to $3.89" a change and the level it reached
        }

        // "fell by 5 to 10" is a move and a level, unless a measure after the second is the unit of both: "could rise by
        // 30 to 60 centimetres" (decided once the second number is read).
        bool byBefore = !between && !rangeFrom && before >= FirstToken && Is(before, "by");
        if (byBefore && n.HasUnit)
        {
            return k;
        }

        // The second number: optionally its own sign, then digits or words, then a scale and a unit.
        int y = k + 1;
        if (y >= EndToken)
        {
            return k;
        }

        Draft second = default;
        int yCore = y;
        Token yTok = Tok(y);
        if (yTok.Has(TokenTraits.Currency) && y + 1 < EndToken)
        {
            yCore = y + 1;
        }
        else if (yTok.Kind == TokenKind.Word && Tok(y).Has(TokenTraits.AllCaps) && Units.TryCodeBefore(Text(y), out _) && y + 1 < EndToken)
        {
            yCore = y + 1;
        }
        else if (yTok.Kind == TokenKind.Word && y + 2 < EndToken && Units.TryDollarPrefix(Text(y), out _) && Tok(y + 1).Has(TokenTraits.Currency)
            && Glued(y + 1))
        {
            yCore = y + 2; // "NZ$7.75 to NZ$8.75"
        }

        Token core = Tok(yCore);
        int savedFloor = _floor;
        bool ok = core.Kind switch
        {
            TokenKind.Number or TokenKind.Word => _reader.Read(yCore, ref second) && !second.Vague && second.Ratio == fractions
                && (!fractions || second.Fraction),
            _ => false,
        };
        if (!ok || second.Pair)
        {
            return k;
        }

        second.First = y;
        second.CoreFirst = yCore;
        _floor = y;
        ExtendLeftSignOnly(ref second);
        _floor = savedFloor;

        // Scale and unit of the second number apply to the first where it has none: "between 5 and 10 million", "5 to 10%".
        int after = second.Last + 1;
        if (!second.Spelled && !second.Scaled && after < EndToken)
        {
            WordInfo scale = Info(after);
            if (scale.Is(WordClass.Scale) && scale.Number >= 1000 && NumeralReader.Scale(ref second, scale.Number))
            {
                second.Last = after++;
            }
        }

        after = ReadUnit(ref second, after);
        if (n.YearLike || second.YearLike || n.LeadingZero || byBefore && !(second.HasUnit && second.Unit.Kind == UnitKind.Measure))
        {
            return k;
        }

        if (n.HasUnit && second.HasUnit && n.Unit != second.Unit)
        {
            return k; // "rose 7.9% to $48.2 billion" is a change, not a range
        }

        if (isTo && n.HasUnit && !second.HasUnit && n.Unit.Kind is UnitKind.Percent or UnitKind.PercentagePoints)
        {
            return k; // "slumped 18% to 151,000": a move and the level it reached
        }

        decimal low = n.Value;
        decimal high = second.Value;
        if (isOr && !(high > low && high <= low * 2 + 1 && (n.Spelled && second.Spelled || n.Bare && second.Bare) && !second.Scaled))
        {
            return k; // "two or three gunmen" is a range; "5 or 50", "1 or 2 million" are not read as one
        }
        if (!n.Scaled && second.Scaled && low < second.Mantissa && second.Mantissa != 0)
        {
            low = NumeralReader.CheckedScale(low, second.Value / second.Mantissa);
        }

        if (!between && low >= high)
        {
            if (_rules.Sport() && !n.HasUnit && !second.HasUnit)
            {
                n.Last = second.Last; // "won 3 to 1": a score
                n.YearLike = true;    // reuse the rejection path
            }

            return k;
        }

        if (_rules.Sport() && !between && n.Bare && second.Bare && high < 20)
        {
            return k;
        }

        if (!n.HasUnit && second.HasUnit)
        {
            n.HasUnit = true;
            n.Unit = second.Unit;
        }

        n.Approximation = Approximation.Range;
        n.Low = Math.Min(low, high);
        n.Second = Math.Max(low, high);
        n.Value = Midpoint(n.Low, n.Second);
        n.Bare = false;
        n.YearLike = false;
        n.Spelled &= second.Spelled;
        n.Last = second.Last;
        return after;
    }

    private void ExtendLeftSignOnly(ref Draft n)
    {
        int k = n.CoreFirst - 1;
        if (k >= _floor && k >= n.First)
        {
            Token sign = Tok(k);
            if (sign.Has(TokenTraits.Currency) && Units.TryCurrencySign(Source[sign.Start], out string code))
            {
                if (k - 1 >= _floor && k - 1 >= n.First && Source[sign.Start] == '$' && Units.TryDollarPrefix(Text(k - 1), out string prefixed))
                {
                    code = prefixed; // "NZ$7.75 to NZ$8.75"
                }

                SetCurrency(ref n, code);
            }
            else if (sign.Kind == TokenKind.Word && Units.TryCodeBefore(Text(k), out string iso))
            {
                SetCurrency(ref n, iso);
            }
        }
    }

    private int TryRatio(ref Draft n, int k)
    {
        // "14 of 20", "three out of four", "one in five".
        int y;
        bool isIn = false;
        if (Is(k, "of"))
        {
            y = k + 1;
        }
        else if (Is(k, "out") && Is(k + 1, "of"))
        {
            y = k + 2;
        }
        else if (Is(k, "in"))
        {
            y = k + 1;
            isIn = true;
        }
        else
        {
            return k;
        }

        if (Is(y, "every") || Is(y, "each"))
        {
            y++; // "one in every five", "one out of every four"
        }

        if (y >= EndToken || n.Value <= 0 || n.Scaled && n.Spelled)
        {
            return k;
        }

        Draft second = default;
        Token core = Tok(y);
        bool ok = core.Kind switch
        {
            TokenKind.Number or TokenKind.Word => _reader.Read(y, ref second),
            _ => false,
        };
        if (!ok || second.Pair || second.Vague || second.Ratio || second.YearLike || second.HasUnit || second.Value <= 0
            || n.Value > second.Value || (isIn && n.Value >= second.Value))
        {
            return k;
        }

        // "one in five minutes" is a rate of time, and "5 of 10 million" is not a ratio.
        int after = second.Last + 1;
        WordInfo next = Info(after);
        if (next.Is(WordClass.TimeUnit) || next.Is(WordClass.Scale) || (after < EndToken && Units.After.MatchForward(Doc, after, EndToken, out _, out _)))
        {
            return k;
        }

        n.Value = n.Value / second.Value;
        n.Ratio = true;
        n.HasUnit = false;
        n.Unit = QuantityUnit.Ratio;
        n.Bare = false;
        n.YearLike = false;
        n.Last = second.Last;
        return after;
    }

    /// <summary>A duration that states an amount ("an average of 32 minutes") takes its time unit as a measure.</summary>
    private bool AmountOfTime(ref Draft n, ref TextSpan? counted)
    {
        if (!_durations.Read(n, out int unitToken, out QuantityUnit unit))
        {
            return false;
        }

        (n.Last, n.Unit, n.HasUnit, counted) = (unitToken, unit, true, null);
        return true;
    }

    private void Emit(ref Draft n, TextSpan? counted)
    {
        int start = Doc.Tokens[n.First].Start;
        int end = Doc.Tokens[n.Last].End - (n.Last == n.CutToken ? n.CutEnd : 0);
        decimal sign = n.Negative ? -1 : 1;
        QuantityUnit unit = n.Ratio ? QuantityUnit.Ratio : n.HasUnit ? n.Unit : QuantityUnit.Count;
        if (n.HasUnit && n.Ambiguous is not null && !n.Ratio)
        {
            unit = ResolveAmbiguous(n.Ambiguous);
        }

        // "about 40 kilometres (25 miles)": the bracketed conversion keeps the hedge of what it converts.
        Quantity? converted = null;
        if (n.HasUnit && _results is { Count: > 0 } && _lastEmittedToken == n.First - 2 && n.First - 1 >= FirstToken
            && Tok(n.First - 1).Has(TokenTraits.OpenBracket) && _results[^1] is { } previous
            && previous.Unit.Kind is UnitKind.Measure or UnitKind.Currency && unit.Kind == previous.Unit.Kind
            && n.Approximation == Approximation.Exact)
        {
            converted = previous;
            n.Approximation = previous.Approximation is Approximation.Range or Approximation.Vague ? Approximation.Exact : previous.Approximation;
        }

        decimal? value = Normalize(n.Value * sign);
        decimal? low = null;
        decimal? high = null;
        switch (n.Approximation)
        {
            case Approximation.AtLeast or Approximation.MoreThan:
                low = value;
                break;
            case Approximation.AtMost or Approximation.LessThan:
                high = value;
                break;
            case Approximation.Range:
                low = Normalize(n.Low * sign);
                high = Normalize(n.Second * sign);
                if (low > high)
                {
                    (low, high) = (high, low);
                }

                break;
        }

        Approximation approximation = n.Approximation;
        if (n.Vague)
        {
            value = null;
            low = Normalize(n.Low);
            high = null;
            approximation = Approximation.Vague;
        }

        _lastEmittedToken = n.Last;
        Add(new Quantity(start, end, Source[start..end], value, unit, approximation, low, high, counted)
        {
            ConversionOf = converted is null ? null : new TextSpan(converted.Start, converted.End, converted.Text),
        });
    }

    /// <summary>A vote tally in one token ("68-32") gives two counts; a score gives none; "5-10" is a range.</summary>
    private int EmitPair(ref Draft n)
    {
        int token = n.CoreFirst;
        Token t = Doc.Tokens[token];
        bool score = _rules.Sport() && n.Second < 20 && n.Value == Math.Floor(n.Value) && n.Second == Math.Floor(n.Second) && !n.HasUnit;
        if (n.Value < n.Second && !score && n.Approximation is Approximation.Exact or Approximation.Approximate)
        {
            n.Approximation = Approximation.Range;
            n.Low = n.Value;
            n.Value = Midpoint(n.Value, n.Second);
            n.Pair = false;
            TextSpan? counted = null;
            if (!n.HasUnit && _counted.Find(ref n, out counted) == CountedVerdict.Duration && !AmountOfTime(ref n, ref counted))
            {
                return n.Last + 1;
            }

            Emit(ref n, counted);
            _floor = n.Last + 1;
            return n.Last + 1;
        }

        if (_rules.Tally() && !_rules.Sport() && !n.HasUnit && n.First == token && n.Last == token)
        {
            ReadOnlySpan<char> s = Source.AsSpan(t.Start, t.Length);
            int h = IndexOfJoiningHyphen(s);
            int aEnd = t.Start + h;
            int bStart = aEnd + 1;
            Add(new Quantity(t.Start, aEnd, Source[t.Start..aEnd], Normalize(n.Value), QuantityUnit.Count, Approximation.Exact));
            Add(new Quantity(bStart, t.End, Source[bStart..t.End], Normalize(n.Second), QuantityUnit.Count, Approximation.Exact));
            _floor = token + 1;
        }

        return n.Last + 1;
    }

    private void Add(Quantity q) => (_results ??= ResultList<Quantity>.Take()).Add(q);

    /// <summary>Drops trailing zeros so that 500000.0 prints as 500000.</summary>
    /// <summary>Drops trailing zeros of the scale ("2.50" → 2.5). A non-zero whole number (scale 0) has none, and the
    /// division would give it back bit for bit, so it is returned as is.</summary>
    private static decimal Normalize(decimal d) => d.Scale == 0 && d != 0 ? d : d / 1.000000000000000000000000000000000m;

    private static decimal Midpoint(decimal a, decimal b) => a / 2 + b / 2;

    private bool IsRangeWord(int k) =>
        Is(k, "range") || Is(k, "ranged") || Is(k, "ranges") || Is(k, "ranging") || Is(k, "anywhere") || Is(k, "varied") || Is(k, "vary")
        || Is(k, "varies") || Is(k, "varying");

    private bool IsDeterminer(int k) =>
        Is(k, "the") || Is(k, "its") || Is(k, "their") || Is(k, "his") || Is(k, "her") || Is(k, "our") || Is(k, "this") || Is(k, "that");

    /// <summary>The code an ambiguous currency word takes in this document: its first cue word's, or XXX (none).</summary>
    private QuantityUnit ResolveAmbiguous(string word)
    {
        _ambiguity ??= new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!_ambiguity.TryGetValue(word, out string? code))
        {
            // One pass over the document, the first time each such word is met.
            code = Units.TryAmbiguousCue(word, "default", out string fallback) ? fallback : "XXX";
            bool dateline = word == "$"; // only the dateline's words in capitals, not every place a story names
            AmbiguityCues? cues = Units.CuesOf(word);
            for (int k = 0; cues is not null && k < Doc.Tokens.Length && !(dateline && (k >= 2 || !Doc.Tokens[k].Has(TokenTraits.AllCaps))); k++)
            {
                Cursor.Steps++;
                if (Doc.Tokens[k].Kind == TokenKind.Word && cues.TryGet(Doc.TokenText(k), out string cue))
                {
                    code = cue;
                    break;
                }
            }

            _ambiguity[word] = code;
        }

        return QuantityUnit.Currency(code);
    }
}
