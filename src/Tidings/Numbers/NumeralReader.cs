using System.Globalization;
using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>
/// The numeral reader: turns the tokens at a position into a value — digits ("1,250", "2.3bn", "7 654 321",
/// "12,34,567", ".35", "5 1/2", "3½"), words ("two hundred and forty-three", "two and a half million", "a dozen",
/// "three point five"), fractions ("two thirds", "¾", "a quarter-point") and vague amounts ("tens of thousands").
/// It knows nothing of hedges, ranges or counted nouns; the <see cref="QuantityAssembler"/> grows what it reads.
/// </summary>
/// <remarks>Reads a bounded number of tokens from its start; all arithmetic is checked against
/// <see cref="MaxValue"/>, so no input overflows.</remarks>
internal sealed partial class NumeralReader : SentenceRoom
{
    private int _pollSentenceFirst = -1;
    private int _pollSentenceEnd = -1;
    private bool _pollSentence;
    private int _lengthSentenceFirst = -1;
    private int _lengthSentenceEnd = -1;
    private bool _lengthSentence;
    private int _oldMoneyFirst = -1;
    private int _oldMoneyEnd = -1;
    private bool _oldMoney;

    /// <summary>Numbers longer than this are identifiers, never quantities (and would overflow a decimal).</summary>
    private const int MaxDigits = 28;

    /// <summary>The largest magnitude a quantity may have; larger readings are not quantities.</summary>
    public static readonly decimal MaxValue = 1e24m;

    /// <summary>Session 38 (quant38, b26): the largest magnitude of a figure written as a power of ten ("3.8 × 10²⁵", "10^25"
    /// floating-point operations), the one reading allowed past <see cref="MaxValue"/>; a hundred times it still fits a
    /// decimal (7.9 × 10²⁸), so the few unguarded multiples after a reading (a dozen, a percentage) cannot overflow.</summary>
    public static readonly decimal MaxPowerValue = 1e26m;

    /// <summary>The largest exponent of a power of ten read (<see cref="MaxPowerValue"/>).</summary>
    private const int MaxPowerExponent = 25;

    public NumeralReader(SentenceCursor cursor)
        : base(cursor)
    {
    }

    /// <summary>Reads a number whose first token is <paramref name="i"/>; on false, <c>n.Last</c> may say how far a rejected reading went.</summary>
    public bool Read(int i, ref Draft n) => Tok(i).Kind switch
    {
        TokenKind.Number => ParseDigits(i, ref n),
        TokenKind.Word => ParseWords(i, ref n),
        _ => ParseSymbol(i, ref n),
    };

    private bool ParseDigits(int i, ref Draft n)
    {
        ReadOnlySpan<char> s = Text(i);
        n.Last = i;
        if (s.Length > 64 || s.Contains(':'))
        {
            return s.Length <= 16 && ColonRatio(i, s, ref n); // times "7:30" are not numbers; "a ratio of 3:1" is
        }

        if (s.Contains('/'))
        {
            // "3/4", "1/2": a fraction; dates ("24/7", "7/24/2020", "9/11") and scores are not.
            // Session 35 (quant35, b23): "a 1/72 scale kit", "a 1/12 model": a scale written with a slash is the ratio 1/N.
            if (s.Length is >= 3 and <= 6 && s[0] == '1' && s[1] == '/' && s[2] != '0' && AllDigits(s[2..]) && OnNamedList(i + 1, "slash-scale-after"))
            {
                n.Value = n.Mantissa = 1m / int.Parse(s[2..], NumberStyles.None, CultureInfo.InvariantCulture);
                n.Ratio = true;
                n.Bare = n.YearLike = false;
                return true;
            }

            return TrySlashFraction(s, out decimal f) && FractionTail(i + 1, f, plural: true, ref n);
        }

        int hyphen = IndexOfJoiningHyphen(s);
        ReadOnlySpan<char> head = hyphen < 0 ? s : s[..hyphen];
        if (!SplitNumber(head, out ReadOnlySpan<char> digits, out ReadOnlySpan<char> suffix)
            || !TryParseDecimal(digits, out decimal value, out bool plain, out bool leadingZero))
        {
            return hyphen < 0 && ReadContinental(i, s, ref n); // "€1.234.567,89", "€2.450.000"
        }

        if (value > MaxValue)
        {
            return false; // a 25-digit "number" is an identifier, and would overflow what follows
        }

        int footnote = hyphen < 0 ? FootnoteMarks(i, digits, suffix) : 0;
        if (footnote > 0)
        {
            suffix = suffix[..^footnote]; // "3.2¹", "182†", "$1.59m³": a footnote mark is not part of the figure
            n.CutEnd = footnote;
            n.CutToken = i;
        }

        n.Value = n.Mantissa = value;
        n.LeadingZero = leadingZero;
        n.Bare = plain && suffix.IsEmpty && hyphen < 0;
        n.YearLike = plain && digits.Length == 4 && value is >= 1000 and <= 2199 && suffix.IsEmpty;
        if (leadingZero)
        {
            // "020", "007": codes and phone numbers, with the digit groups that follow ("0800 555 111").
            while (n.Last + 1 < EndToken && Tok(n.Last + 1).Kind == TokenKind.Number && SingleSpaceBefore(n.Last + 1))
            {
                n.Last++;
            }

            return false;
        }

        if (!suffix.IsEmpty && PowerToken(s, digits, value, out decimal power))
        {
            n.Value = n.Mantissa = power; // "10⁶", "1e-3"
            n.Bare = n.YearLike = false;
            n.Ratio = power < 1 && Is(i + 1, "of"); // "diluted to 1e-3 of its original titre"
            return true;
        }

        if (!suffix.IsEmpty && VulgarFraction(suffix[0]) is decimal glued)
        {
            // "3½": a mixed number; "$4.31¼", "5.87½": a grain quote's fraction of its last decimal place (4.3125).
            int dot = digits.IndexOf('.');
            if (!plain && (dot < 0 || digits.Length - dot - 1 > 3))
            {
                return false;
            }

            n.Value = n.Mantissa = value + (dot < 0 ? glued : glued / Pow10(digits.Length - dot - 1));
            n.Bare = n.YearLike = false;
            suffix = suffix[1..];
        }

        if (!suffix.IsEmpty && !ApplyGluedSuffix(i, suffix, ref n))
        {
            return false;
        }

        if (hyphen < 0)
        {
            if (suffix.IsEmpty && plain)
            {
                if (ReadTypography(i, digits, ref n, out bool typed))
                {
                    return typed;
                }

                ReadGroupsAndFraction(i, digits, ref n);
                ReadIndianGroups(i, ref n);
            }
            else if (suffix.IsEmpty)
            {
                ReadContinentalThousands(i, digits, ref n); // "1.450 €"
            }

            if (suffix.IsEmpty && plain && digits is "10")
            {
                ReadBarePowerOfTen(ref n); // "10^8", "10^-6" (session 33)
            }

            if (suffix.IsEmpty)
            {
                ReadTimesTenTo(ref n); // "3.2 x 10^6"
            }

            return true;
        }

        ReadOnlySpan<char> rest = s[(hyphen + 1)..];
        if (Units.TryDollarPrefix(rest, out _) && i + 2 < EndToken && Glued(i + 1) && Tok(i + 1).Has(TokenTraits.Currency)
            && Source[Tok(i + 1).Start] == '$' && Glued(i + 2) && Tok(i + 2).Kind == TokenKind.Number)
        {
            // "NZ$7.25-NZ$8.75", "US$1.2-US$1.5bn": the second end carries its own prefixed dollar.
            n.Last = i + 2;
            return SecondOfPair(i + 2, Text(i + 2), ref n);
        }

        if (CharClass.IsAsciiDigit(rest[0]))
        {
            return SecondOfPair(i, rest, ref n);
        }

        if (suffix.IsEmpty && value > 1 && (rest.Equals("to-1", StringComparison.OrdinalIgnoreCase) || rest.Equals("to-one", StringComparison.OrdinalIgnoreCase)))
        {
            n.Ratio = true; // "outnumbered supporters 3-to-1": a ratio of three to one
            n.Bare = n.YearLike = false;
            return true;
        }

        // Session 31 (quant31b, b19): "a 1-for-10 reverse split", "10-for-1", "a 2-for-5 rights issue": new shares for old,
        // the ratio N/M (digits only: "two-for-one deals" are an offer).
        if (suffix.IsEmpty && value > 0 && rest.Length > 4 && rest.StartsWith("for-", StringComparison.OrdinalIgnoreCase)
            && SplitNumber(rest[4..], out ReadOnlySpan<char> perDigits, out ReadOnlySpan<char> perSuffix) && perSuffix.IsEmpty
            && TryParseDecimal(perDigits, out decimal per, out bool perPlain, out bool perZero) && perPlain && !perZero && per > 0
            && SplitCueNear(i))
        {
            n.Value = n.Mantissa = value / per;
            n.Ratio = true;
            n.Bare = n.YearLike = false;
            return true;
        }

        // Session 33 (quant33, b20/b21): "a 1-in-5 chance", "a 1-in-200 risk", "a 1-in-37 gradient", "sections at 1-in-3": one
        // in M, the ratio N/M (N below M; "a 1-in-100-year flood", a return period, has a tail and is turned away below).
        if (suffix.IsEmpty && plain && value > 0 && rest.Length > 3 && rest.StartsWith("in-", StringComparison.OrdinalIgnoreCase)
            && SplitNumber(rest[3..], out ReadOnlySpan<char> inDigits, out ReadOnlySpan<char> inSuffix) && inSuffix.IsEmpty
            && TryParseDecimal(inDigits, out decimal inM, out _, out bool inZero) && !inZero && inM > value)
        {
            n.Value = n.Mantissa = value / inM;
            n.Ratio = true;
            n.Bare = n.YearLike = false;
            return true;
        }

        // "12-kilometre", "6.4-magnitude", "200-million", "50-plus"; "25-year-old" and other compounds are not quantities.
        n.Bare = false;
        n.YearLike = false;
        if (MeasureModifier(i, rest, ref n))
        {
            return true;
        }

        int rate = RateTail(rest, i > FirstToken && Tok(i - 1).Has(TokenTraits.Currency));
        if (rate >= 0)
        {
            if (rate > 0 && (rest[rate..].Equals("an-hour", StringComparison.OrdinalIgnoreCase) || rest[rate..].Equals("per-hour", StringComparison.OrdinalIgnoreCase))
                && MeasureWord(rest[..(rate - 1)], out QuantityUnit distance) && distance.Code is "mi" or "km")
            {
                // "a 40-mile-an-hour wind": a distance an hour is a speed, the whole compound its mention.
                SetUnit(ref n, new UnitEntry(QuantityUnit.Measure(distance.Code == "mi" ? "mph" : "km/h"), 1, null));
                return true;
            }

            // "$25-an-hour", "$4-million-a-year": the rate is said of the amount, and stays out of its mention.
            n.CutEnd = rest.Length - rate + 1;
            n.CutToken = i;
            return rate == 0 || ApplyCompoundRest(rest[..(rate - 1)], ref n);
        }

        if (suffix.IsEmpty && (rest.Equals("point", StringComparison.OrdinalIgnoreCase) || rest.Equals("points", StringComparison.OrdinalIgnoreCase))
            && PollSentence())
        {
            SetUnit(ref n, new UnitEntry(QuantityUnit.PercentagePoints, 1, null)); // "a 7-point lead", "the 3.1-point margin of error"
            return true;
        }

        return ApplyCompoundRest(rest, ref n);
    }

    /// <summary>Whether the sentence has a word of polls ("lead", "poll", "margin"): its "7-point" is in percentage points,
    /// not the points of a plan or a scale. Read once per sentence, and only for an "N-point" token.</summary>
    private bool PollSentence()
    {
        if (_pollSentenceFirst != FirstToken || _pollSentenceEnd != EndToken)
        {
            (_pollSentenceFirst, _pollSentenceEnd, _pollSentence) = (FirstToken, EndToken, false);
            for (int k = FirstToken; k < EndToken && !_pollSentence; k++)
            {
                Steps++;
                _pollSentence = Tok(k).Kind == TokenKind.Word && (Lexicon.CueClass(Text(k)) & WordClass.Poll) != 0;
            }
        }

        return _pollSentence;
    }

    /// <summary>The second number of a pair ("68-32", "5-10bn"), written <paramref name="rest"/> in token <paramref name="i"/>.</summary>
    private bool SecondOfPair(int i, ReadOnlySpan<char> rest, ref Draft n)
    {
        // "68-32", "8,000-10,000", "5-10": two numbers; three or more ("2020-07-28", "202-555-0100") are not quantities.
        if (IndexOfJoiningHyphen(rest) >= 0 || !SplitNumber(rest, out ReadOnlySpan<char> d2, out ReadOnlySpan<char> suf2)
            || !TryParseDecimal(d2, out decimal second, out bool plain2, out bool zero2) || zero2)
        {
            return false;
        }

        if (n.YearLike || (plain2 && d2.Length == 4 && second is >= 1000 and <= 2199))
        {
            return false; // "2019-2020", "1990-95"
        }

        if (!suf2.IsEmpty)
        {
            Draft tmp = default;
            tmp.Value = tmp.Mantissa = second;
            if (!ApplyGluedSuffix(i, suf2, ref tmp))
            {
                return false;
            }

            // "$5-10bn": a scale glued to the second number covers both ends.
            if (tmp.Scaled && second != 0)
            {
                if (!n.Scaled && n.Value <= second && !Scale(ref n, tmp.Value / second))
                {
                    return false;
                }

                second = tmp.Value;
            }

            if (tmp.HasUnit)
            {
                if (second != 0 && !tmp.Scaled && tmp.Value != second)
                {
                    n.Value = n.Mantissa = n.Value * (tmp.Value / second); // "160-165p": a minor unit divides both ends
                    second = tmp.Value;
                }

                n.HasUnit = true;
                n.Unit = tmp.Unit;
                n.Ambiguous = tmp.Ambiguous;
                n.Last = Math.Max(n.Last, tmp.Last); // "90-100km/h": the "/h" read with the unit
            }
        }

        n.Pair = true;
        n.Second = second;
        n.Bare = false;
        n.YearLike = false;
        return true;
    }

    /// <summary>
    /// Where a rate begins in the words after a number's hyphen: "a-year" in "million-a-year", "an-hour" (a/an/per and
    /// one word: a unit of time, or after a currency sign any word but a unit: "$5-a-share"); -1 when there is none.
    /// </summary>
    public static int RateTail(ReadOnlySpan<char> rest, bool afterCurrency)
    {
        int start = 0;
        while (start < rest.Length)
        {
            int h = IndexOfJoiningHyphen(rest[start..]);
            if (h < 0)
            {
                return -1;
            }

            ReadOnlySpan<char> word = rest.Slice(start, h);
            ReadOnlySpan<char> tail = rest[(start + h + 1)..];
            if ((word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase)
                    || word.Equals("per", StringComparison.OrdinalIgnoreCase))
                && tail.Length > 0 && IndexOfJoiningHyphen(tail) < 0
                && (Lexicon.Lookup(tail).Is(WordClass.TimeUnit) || afterCurrency && !(Units.TrySingleWord(tail, out QuantityUnit unit) && unit.Kind == UnitKind.Currency)))
            {
                return start;
            }

            start += h + 1;
        }

        return -1;
    }

    /// <summary>
    /// After plain digits: more groups of three across single spaces ("7 654 321", "25 000", with U+00A0 or U+202F),
    /// or a fraction after a space ("5 1/2"). Digit groups followed by yet another number are a phone number or a
    /// list, and are left alone.
    /// </summary>
    private void ReadGroupsAndFraction(int i, ReadOnlySpan<char> digits, ref Draft n, bool money = false)
    {
        int k = i + 1;
        if (k >= EndToken || Tok(k).Kind != TokenKind.Number && !(Tok(k).Length == 1 && VulgarFraction(Source[Tok(k).Start]) is not null)
            || !SingleSpaceBefore(k))
        {
            return;
        }

        ReadOnlySpan<char> next = Text(k);
        if ((next.Length >= 3 && next.Contains('/') && TrySlashFraction(next, out decimal f)
                || next.Length == 1 && VulgarFraction(next[0]) is decimal vulgar && (f = vulgar) > 0) && n.Value < 1000)
        {
            n.Value = n.Mantissa = n.Value + f; // "5 1/2"
            n.Last = k;
            n.Bare = n.YearLike = false;
            return;
        }

        if (digits.Length > 3)
        {
            return;
        }

        decimal value = n.Value;
        int last = i;
        while (k < EndToken && Tok(k).Kind == TokenKind.Number && SingleSpaceBefore(k) && Text(k) is { Length: 3 } g
            && CharClass.IsAsciiDigit(g[0]) && CharClass.IsAsciiDigit(g[1]) && CharClass.IsAsciiDigit(g[2]) && value < MaxValue / 1000)
        {
            value = value * 1000 + (g[0] - '0') * 100 + (g[1] - '0') * 10 + (g[2] - '0');
            last = k++;
        }

        if (last == i || k < EndToken && Tok(k).Kind == TokenKind.Number && Tok(k).Has(TokenTraits.SpaceBefore))
        {
            return;
        }

        // "44 737 MAX jets": a model name in capitals after the group makes the group its number.
        if (k < EndToken && IsWord(k) && Tok(k).Has(TokenTraits.AllCaps) && Tok(k).Length > 1
            && !Units.After.MatchForward(Doc, k, EndToken, out _, out _) && !Units.TryCodeBefore(Text(k), out _))
        {
            return;
        }

        // Session 32 (quant32, b20): a decimal comma after the groups, in money or before a unit or scale ("1 234 567,89 €",
        // "6 123,4 billion euros", "R150 000,00").
        decimal decimals = value;
        if (DecimalCommaAfter(last, ref decimals) && (money || CurrencyBefore(i) || UnitOrScaleAt(last + 3)))
        {
            value = decimals;
            last += 2;
        }

        n.Value = n.Mantissa = value;
        n.Last = last;
        n.Bare = n.YearLike = false;
        n.Grouped = true;
    }

    /// <summary>Indian grouping, which the tokenizer cuts at commas: "12" "," "34,567" is 12,34,567; "1" "," "50" "," "00,000" is 1,50,00,000.</summary>
    private void ReadIndianGroups(int i, ref Draft n)
    {
        // Only "d,dd…,ddd" written without spaces: the first group has one or two digits, the last three, the rest two.
        if (Text(i).Length > 2)
        {
            return;
        }

        decimal value = n.Value;
        decimal fraction = -1;
        int groups = 0;
        int lastLength = 0;
        int k = i + 1;
        while (k + 1 < EndToken && Is(k, ",") && Glued(k) && Glued(k + 1) && Tok(k + 1).Kind == TokenKind.Number && groups < 12 && fraction < 0)
        {
            ReadOnlySpan<char> rest = Text(k + 1);
            foreach (Range r in rest.Split(','))
            {
                ReadOnlySpan<char> g = rest[r];
                int dot = g.IndexOf('.');
                if (dot == 3 && g.Length is 5 or 6 && fraction < 0 && lastLength == 2 && AllDigits(g[4..]))
                {
                    // Session 31 (quant31b, b19): paise after the last group ("Rs. 38,46,212.00").
                    fraction = decimal.Parse(g[3..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
                    g = g[..3];
                }

                if (lastLength is not (0 or 2) || g.Length is < 2 or > 3 || fraction >= 0 && groups > 0 && lastLength == 3)
                {
                    return;
                }

                foreach (char c in g)
                {
                    if (!CharClass.IsAsciiDigit(c))
                    {
                        return;
                    }

                    value = value * 10 + (c - '0');
                }

                lastLength = g.Length;
                groups++;
            }

            k += 2;
        }

        if (groups < 2 || lastLength != 3 || value > MaxValue)
        {
            return;
        }

        n.Value = n.Mantissa = fraction > 0 ? value + fraction : value;
        n.Last = k - 1;
        n.Bare = n.YearLike = false;
        n.Grouped = true;
    }

    private bool SingleSpaceBefore(int k)
    {
        Token t = Tok(k);
        int gap = t.Start - Doc.Tokens[k - 1].End;
        return gap == 1 && Source[t.Start - 1] is ' ' or '\u00A0' or '\u202F' or '\u2009';
    }

    /// <summary>"1/2", "3/4", "2/3": a proper fraction with a small denominator; not a date or a score.</summary>
    private static bool TrySlashFraction(ReadOnlySpan<char> s, out decimal value)
    {
        value = 0;
        int slash = s.IndexOf('/');
        if (slash is < 1 or > 2 || s.Length - slash - 1 is < 1 or > 2 || s[(slash + 1)..].Contains('/'))
        {
            return false;
        }

        if (!int.TryParse(s[..slash], NumberStyles.None, CultureInfo.InvariantCulture, out int a)
            || !int.TryParse(s[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out int b)
            || a < 1 || a >= b || b is not (2 or 3 or 4 or 5 or 8 or 10 or 16))
        {
            return false;
        }

        value = (decimal)a / b;
        return true;
    }

    /// <summary>The value of a Unicode vulgar fraction ("½", "¾"), or null.</summary>
    public static decimal? VulgarFraction(char c) => c switch
    {
        '½' => 0.5m,
        '¼' => 0.25m,
        '¾' => 0.75m,
        '⅓' => 1m / 3,
        '⅔' => 2m / 3,
        '⅕' => 0.2m,
        '⅖' => 0.4m,
        '⅗' => 0.6m,
        '⅘' => 0.8m,
        '⅙' => 1m / 6,
        '⅚' => 5m / 6,
        '⅛' => 0.125m,
        '⅜' => 0.375m,
        '⅝' => 0.625m,
        '⅞' => 0.875m,
        '⅐' => 1m / 7,
        '⅑' => 1m / 9,
        '⅒' => 0.1m,
        _ => null,
    };

    /// <summary>A fraction standing alone ("3/4", "½", "two thirds"): a ratio, unless a unit follows ("½ mile").</summary>
    private static bool SetFraction(ref Draft n, decimal value)
    {
        n.Value = n.Mantissa = value;
        n.Fraction = true;
        n.Ratio = true;
        n.Bare = n.YearLike = false;
        return true;
    }

    /// <summary>Symbols that start a number: "½", ".35" (a decimal without its leading zero).</summary>
    private bool ParseSymbol(int i, ref Draft n)
    {
        n.Last = i;
        ReadOnlySpan<char> s = Text(i);
        if (IsFullWidthDigit(s[0]))
        {
            return ParseFullWidth(i, ref n);
        }

        if (s.Length == 1 && VulgarFraction(s[0]) is decimal f)
        {
            return FractionTail(i + 1, f, plural: true, ref n);
        }

        if (s is "." && i + 1 < EndToken && Glued(i + 1) && Tok(i + 1).Kind == TokenKind.Number
            && (i == FirstToken || Tok(i).Has(TokenTraits.SpaceBefore) || Tok(i - 1).Kind is not (TokenKind.Number or TokenKind.Word)))
        {
            ReadOnlySpan<char> d = Text(i + 1);
            int k = 0;
            while (k < d.Length && CharClass.IsAsciiDigit(d[k]))
            {
                k++;
            }

            if (k == 0 || k > MaxDigits || (k < d.Length && d[k] is '.' or ',' or '/' or ':'))
            {
                return false;
            }

            decimal value = 0;
            decimal place = 1;
            for (int j = 0; j < k; j++)
            {
                place /= 10;
                value += (d[j] - '0') * place;
            }

            n.Value = n.Mantissa = value;
            n.Last = i + 1;
            ReadOnlySpan<char> suffix = d[k..];
            return suffix.IsEmpty || ApplyGluedSuffix(i + 1, suffix, ref n);
        }

        return false;
    }

    /// <summary>The product, or <see cref="MaxValue"/> where it would pass it.</summary>
    public static decimal CheckedScale(decimal value, decimal scale) =>
        Math.Abs(scale) <= 1 || Math.Abs(value) <= MaxValue / Math.Abs(scale) ? value * scale : Math.Sign(value) * Math.Sign(scale) * MaxValue;

    /// <summary>Multiplies by a scale; false (and nothing changed) where the product would pass <see cref="MaxValue"/>.</summary>
    public static bool Scale(ref Draft n, decimal scale)
    {
        if (scale <= 0 || Math.Abs(n.Value) > MaxValue / scale)
        {
            return false;
        }

        n.Value *= scale;
        n.Scaled = true;
        n.Bare = false;
        n.YearLike = false;
        return true;
    }

    /// <summary>Session 31 (mend31g, review 31e finding 8): whether a word of a share split ([word-list] "split-cue": "split",
    /// "shares", "consolidation", "rights") is within six words of the "N-for-M" at token <paramref name="i"/> in its sentence.</summary>
    private bool SplitCueNear(int i)
    {
        for (int k = Math.Max(FirstToken, i - 6); k < EndToken && k <= i + 6; k++)
        {
            if (k != i && IsWord(k) && OnList(k, WordListsByName.SplitCue))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Splits "2.3bn" into "2.3" and "bn".</summary>
    private static bool SplitNumber(ReadOnlySpan<char> s, out ReadOnlySpan<char> digits, out ReadOnlySpan<char> suffix)
    {
        int k = 0;
        while (k < s.Length && (CharClass.IsAsciiDigit(s[k]) || s[k] is ',' or '.'))
        {
            k++;
        }

        digits = s[..k];
        suffix = s[k..];
        return k > 0 && CharClass.IsAsciiDigit(s[0]) && CharClass.IsAsciiDigit(s[k - 1]);
    }

    private static bool TryParseDecimal(ReadOnlySpan<char> digits, out decimal value, out bool plain, out bool leadingZero)
    {
        value = 0;
        plain = true;
        leadingZero = digits.Length > 1 && digits[0] == '0' && digits[1] != '.';

        // Whole numbers of up to 18 digits (with or without thousands commas), the bulk of them: exact in a long,
        // and the same decimal (scale 0) that parsing gives.
        long whole = 0;
        int count = 0;
        bool simple = true;
        foreach (char c in digits)
        {
            if (CharClass.IsAsciiDigit(c) && count < 18)
            {
                whole = whole * 10 + (c - '0');
                count++;
            }
            else if (c == ',')
            {
                plain = false;
            }
            else
            {
                simple = false;
                break;
            }
        }

        if (simple && count > 0)
        {
            value = whole;
            return true;
        }

        plain = true;
        int dots = 0;
        Span<char> buffer = stackalloc char[MaxDigits + 2];
        int len = 0;
        foreach (char c in digits)
        {
            if (c == ',')
            {
                plain = false;
                continue;
            }

            if (c == '.')
            {
                plain = false;
                if (++dots > 1)
                {
                    return false; // "1.2.3" is a version, not a number
                }
            }

            if (len == buffer.Length)
            {
                return false;
            }

            buffer[len++] = c;
        }

        return decimal.TryParse(buffer[..len], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}
