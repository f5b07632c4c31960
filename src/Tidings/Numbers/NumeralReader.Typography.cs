using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>
/// Number typography beyond the English comma and point (session 26): Swiss apostrophe groups ("CHF 1'000'000", "1’580"),
/// continental groups and decimal commas ("€1.234.567,89", "€2.450.000", "1.450 €", "€1,89", "4,5 %"), middle-dot
/// decimals ("£7·50"), the fraction slash U+2044 ("1⁄2-inch", "2 1⁄2 cups") and powers of ten ("3.2 x 10^6",
/// "2.4 × 10⁹", "10⁶", "1e-3"). Each form is read only where its first mark stands right after the digits, so plain
/// numbers pay one token look-up; nothing here allocates.
/// </summary>
internal sealed partial class NumeralReader
{
    /// <summary>The fraction slash U+2044 ("1⁄2").</summary>
    private const char FractionSlash = '\u2044';

    /// <summary>
    /// After plain digits at token <paramref name="i"/> (<paramref name="digits"/>): Swiss groups, a decimal comma or middle
    /// dot, or a fraction with U+2044. True when one of them was read, with <paramref name="result"/> the reading's
    /// outcome (a fraction slash may find no fraction); false when none applies and the plain reading goes on.
    /// </summary>
    private bool ReadTypography(int i, ReadOnlySpan<char> digits, ref Draft n, out bool result)
    {
        result = true;
        int k = i + 1;
        if (k + 1 >= EndToken || digits.Length > 3)
        {
            return false;
        }

        if (Tok(k).Kind == TokenKind.Number && SingleSpaceBefore(k) && k + 2 < EndToken && IsChar(k + 1, FractionSlash)
            && Glued(k + 1) && Glued(k + 2) && Tok(k + 2).Kind == TokenKind.Number
            && SlashFraction(Text(k), Text(k + 2), out decimal part, out int restAt) && restAt < 0 && part < 1 && n.Value < 1000)
        {
            n.Value = n.Mantissa = n.Value + part; // "2 1⁄2 cups"
            n.Last = k + 2;
            n.Bare = n.YearLike = false;
            return true;
        }

        if (!Glued(k) || !Glued(k + 1) || Tok(k + 1).Kind != TokenKind.Number)
        {
            return false;
        }

        ReadOnlySpan<char> next = Text(k + 1);
        if (IsChar(k, FractionSlash))
        {
            // "1⁄4 cup", "3⁄4 of a dollar", "1⁄2-inch": a fraction written with the fraction slash reads like "1/4".
            if (!SlashFraction(digits, next, out decimal f, out int rest))
            {
                return false;
            }

            if (rest < 0)
            {
                result = FractionTail(k + 2, f, plural: true, ref n);
                return true;
            }

            n.Value = n.Mantissa = f;
            n.Last = k + 1;
            n.Bare = n.YearLike = false;
            result = ApplyCompoundRest(next[rest..], ref n);
            return true;
        }

        if (IsChar(k, '\'') || IsChar(k, '\u2019'))
        {
            return SwissGroups(i, ref n); // "1'000'000", "1’580"
        }

        if ((IsChar(k, ',') || IsChar(k, '\u00B7')) && next.Length <= 2 && AllDigits(next)
            && !(k + 3 < EndToken && Glued(k + 2) && IsChar(k + 2, ',') && Glued(k + 3) && Tok(k + 3).Kind == TokenKind.Number))
        {
            // "£7·50" (a middle dot is always a decimal point); "€1,89", "4,5 %", "2,5 t": a decimal comma, only after a
            // currency or before a unit or a scale, so that lists ("1,2") and Indian groups ("1,50,000") stay what they were.
            if (IsChar(k, ',') && !CurrencyBefore(i) && !UnitOrScaleAt(k + 2))
            {
                return false;
            }

            n.Value = n.Mantissa = n.Value + Fraction(next);
            n.Last = k + 1;
            n.Bare = n.YearLike = false;
            return true;
        }

        return false;
    }

    /// <summary>A decimal comma after token <paramref name="i"/>: "," and one or two digits, glued, with no group after
    /// ("R2,5 million"); adds the decimals to <paramref name="value"/>.</summary>
    private bool DecimalCommaAfter(int i, ref decimal value)
    {
        int k = i + 1;
        if (k + 1 >= EndToken || !IsChar(k, ',') || !Glued(k) || !Glued(k + 1) || Text(k + 1) is not { Length: 1 or 2 } d || !AllDigits(d)
            || k + 3 < EndToken && Glued(k + 2) && IsChar(k + 2, ',') && Glued(k + 3) && Tok(k + 3).Kind == TokenKind.Number)
        {
            return false;
        }

        value += Fraction(d);
        return true;
    }

    /// <summary>Swiss groups after the digits at token <paramref name="i"/>: an apostrophe (straight or curly) and three digits, each glued.</summary>
    private bool SwissGroups(int i, ref Draft n)
    {
        decimal value = n.Value;
        int k = i + 1;
        while (k + 1 < EndToken && (IsChar(k, '\'') || IsChar(k, '\u2019')) && Glued(k) && Glued(k + 1) && Text(k + 1) is { Length: 3 } g
            && AllDigits(g) && value < MaxValue / 1000)
        {
            value = value * 1000 + (g[0] - '0') * 100 + (g[1] - '0') * 10 + (g[2] - '0');
            k += 2;
        }

        if (k == i + 1 || k < EndToken && Glued(k) && Tok(k).Kind == TokenKind.Number)
        {
            return false;
        }

        n.Value = n.Mantissa = value;
        n.Last = k - 1;
        n.Bare = n.YearLike = false;
        n.Grouped = true;
        return true;
    }

    /// <summary>
    /// Continental groups in one token ("1.234.567", "2.450.000": two or more dots, each before exactly three digits),
    /// read where money is in sight: a currency before, a currency sign after, or a decimal comma after ("€1.234.567,89").
    /// Versions and addresses ("192.168.100.100") have neither.
    /// </summary>
    private bool ReadContinental(int i, ReadOnlySpan<char> s, ref Draft n)
    {
        int dots = 0;
        int group = 0;
        decimal value = 0;
        foreach (char c in s)
        {
            if (c == '.')
            {
                if (dots > 0 ? group != 3 : group is < 1 or > 3)
                {
                    return false;
                }

                dots++;
                group = 0;
                continue;
            }

            if (!CharClass.IsAsciiDigit(c) || value >= MaxValue / 10)
            {
                return false;
            }

            value = value * 10 + (c - '0');
            group++;
        }

        if (dots < 2 || group != 3 || s[0] == '0')
        {
            return false;
        }

        int k = i + 1;
        bool decimals = k + 1 < EndToken && IsChar(k, ',') && Glued(k) && Glued(k + 1) && Text(k + 1) is { Length: 1 or 2 } d && AllDigits(d);
        if (!decimals && !CurrencyBefore(i) && !(k < EndToken && Tok(k).Has(TokenTraits.Currency)))
        {
            return false;
        }

        n.Value = n.Mantissa = decimals ? value + Fraction(Text(k + 1)) : value;
        n.Last = decimals ? k + 1 : i;
        n.Bare = n.YearLike = false;
        n.Grouped = true;
        return true;
    }

    /// <summary>"1.450 €": one dot before exactly three digits, and the euro sign after a space, is a continental group.
    /// Session 32 (quant32, b20): so is such a dot before a decimal comma, the last mark being the decimal one ("€1.234,50",
    /// "R$ 78.450,00", "4.012,50 per dollar", "EUR 2.345,6 million"), and a dot in money of [word-list] "dot-group-currency"
    /// written before or after the figure ("Rp 35.000", "50.000 dong"), which no one writes with decimals.</summary>
    private void ReadContinentalThousands(int i, ReadOnlySpan<char> digits, ref Draft n)
    {
        int dot = digits.IndexOf('.');
        if (dot is < 1 or > 3 || digits.Length - dot - 1 != 3 || digits.IndexOf(',') >= 0 || i + 1 >= EndToken)
        {
            return;
        }

        decimal value = n.Value * 1000;
        if (DecimalCommaAfter(i, ref value))
        {
            n.Last = i + 2;
        }
        else if (!(IsChar(i + 1, '€') && SingleSpaceBefore(i + 1)) && !DotGroupCurrency(i))
        {
            return;
        }

        n.Value = n.Mantissa = value;
        n.Bare = n.YearLike = false;
        n.Grouped = true;
    }

    /// <summary>Whether a currency of [word-list] "dot-group-currency" stands as a code before token <paramref name="i"/> ("Rp
    /// 35.000") or as a word after it ("50.000 dong").</summary>
    private bool DotGroupCurrency(int i)
    {
        string? code = i > FirstToken && Tok(i - 1).Kind == TokenKind.Word && Units.TryCodeBefore(Text(i - 1), out string before) ? before
            : Units.After.MatchForward(Doc, i + 1, EndToken, out _, out UnitEntry after) ? after.Unit.Code : null;
        return code is { Length: 3 } && Units.InList("dot-group-currency", code);
    }

    /// <summary>
    /// A power of ten after a mantissa ending at <c>n.Last</c>: "3.2 x 10^6", "4 × 10^8", "2.4 × 10⁹" — one number. Values past
    /// <see cref="MaxValue"/> are left as they were.
    /// </summary>
    private void ReadTimesTenTo(ref Draft n)
    {
        int k = n.Last + 1;
        if (k + 1 >= EndToken || !(Is(k, "x") || IsChar(k, '\u00D7')) || Tok(k + 1).Kind != TokenKind.Number
            || !(TenToThe(k + 1, out int exponent, out int last) || Text(k + 1) is ['1', '0', ..] && SignedExponent(k + 1, caretOnly: false, out exponent, out last))
            || exponent > MaxPowerExponent)
        {
            return;
        }

        if (exponent < -20)
        {
            return;
        }

        decimal scale = Pow10(Math.Abs(exponent));
        if (exponent >= 0 && Math.Abs(n.Value) > MaxPowerValue / scale)
        {
            return;
        }

        n.Value = n.Mantissa = exponent >= 0 ? n.Value * scale : n.Value / scale; // "3 × 10⁻⁷", "2.5 x 10-3"
        n.Last = last;
        n.Bare = n.YearLike = false;
    }

    /// <summary>Session 33 (quant33, b21): a power of ten standing alone, written with a caret or a superscript minus
    /// ("10^8 virus particles", "changes of 10^-6", "10⁻¹²"): the number 10 at <c>n.Last</c> becomes the power.</summary>
    private void ReadBarePowerOfTen(ref Draft n)
    {
        int k = n.Last;
        if (Text(k) is not ['1', '0', ..] || Text(k).Length > 2 && Text(k)[2] != '\u207B' || !SignedExponent(k, caretOnly: true, out int exponent, out int last)
            || exponent is > MaxPowerExponent or < -20)
        {
            return;
        }

        n.Value = n.Mantissa = exponent >= 0 ? Pow10(exponent) : 1m / Pow10(-exponent);
        n.Last = last;
        n.Bare = n.YearLike = false;
    }

    /// <summary>Session 33 (quant33, b21): the exponent written right after the "10" that starts token <paramref name="k"/>,
    /// read from the characters whatever the tokens: "^6", "^-6", "⁻⁷", "¹²", and (only after a mantissa's "x", when
    /// <paramref name="caretOnly"/> is false) a lab note's flattened "-3" ("2.5 x 10-3"). The exponent is signed; <paramref
    /// name="last"/> is the token the exponent ends with (false when no token ends there).</summary>
    private bool SignedExponent(int k, bool caretOnly, out int exponent, out int last)
    {
        exponent = 0;
        last = k;
        string s = Source;
        int p = Tok(k).Start + 2;
        int limit = Tok(k).Start + 12 < s.Length ? Tok(k).Start + 12 : s.Length;
        bool caret = p < limit && s[p] == '^';
        if (caret)
        {
            p++;
        }

        bool negative = false;
        bool superscript = false;
        if (p < limit && (s[p] == '\u207B' || (caret || !caretOnly) && s[p] is '-' or '\u2212'))
        {
            negative = true;
            superscript = s[p] == '\u207B';
            p++;
        }
        else if (!caret && (p >= limit || !SuperscriptDigit(s[p])))
        {
            return false;
        }

        superscript |= p < limit && SuperscriptDigit(s[p]);
        if (caret && superscript || !caret && !superscript && !negative)
        {
            return false; // "10^⁶" mixes the two; "10-3" needs the mantissa's "x"
        }

        int digits = 0;
        while (p < limit && digits < 3)
        {
            int d = superscript ? SuperscriptValue(s[p]) : s[p] is >= '0' and <= '9' ? s[p] - '0' : -1;
            if (d < 0)
            {
                break;
            }

            exponent = exponent * 10 + d;
            digits++;
            p++;
        }

        if (digits is 0 or 3 || p < s.Length && char.IsLetterOrDigit(s[p]))
        {
            return false;
        }

        exponent = negative ? -exponent : exponent;
        for (int j = k; j < EndToken && Tok(j).Start < p; j++)
        {
            if (Tok(j).Start + Tok(j).Length == p)
            {
                last = j;
                return true;
            }
        }

        return false;
    }

    private static int SuperscriptValue(char c) => c switch
    {
        '\u2070' => 0,
        '\u00B9' => 1,
        '\u00B2' => 2,
        '\u00B3' => 3,
        >= '\u2074' and <= '\u2079' => c - '\u2070',
        _ => -1,
    };

    /// <summary>"10^6" (three tokens) or "10⁶" (one) at token <paramref name="k"/>: the exponent and the last token.</summary>
    private bool TenToThe(int k, out int exponent, out int last)
    {
        ReadOnlySpan<char> t = Text(k);
        last = k;
        if (t.Length > 2 && t[0] == '1' && t[1] == '0')
        {
            return SuperscriptNumber(t[2..], out exponent);
        }

        exponent = 0;
        if (t is not "10" || k + 2 >= EndToken || !IsChar(k + 1, '^') || !Glued(k + 1) || !Glued(k + 2) || Text(k + 2) is not { Length: 1 or 2 } e
            || !AllDigits(e))
        {
            return false;
        }

        exponent = e.Length == 1 ? e[0] - '0' : (e[0] - '0') * 10 + (e[1] - '0');
        last = k + 2;
        return true;
    }

    /// <summary>A number token that is a power of ten by itself: "10⁶", "10¹³" (superscript exponent), "1e-3" (a negative
    /// exponent, which the glued-suffix reading of "1e10" does not take).</summary>
    private static bool PowerToken(ReadOnlySpan<char> s, ReadOnlySpan<char> digits, decimal value, out decimal result)
    {
        result = 0;
        if (digits is "10" && s.Length > 2 && SuperscriptNumber(s[2..], out int up) && up <= MaxPowerExponent)
        {
            result = Pow10(up);
            return true;
        }

        if (digits is "10" && s.Length > 3 && s[2] == '\u207B' && SuperscriptNumber(s[3..], out int minus) && minus <= 20)
        {
            result = 1m / Pow10(minus); // "10⁻¹²" (session 33)
            return true;
        }

        int e = s.IndexOfAny('e', 'E'); // "1e-3", a table's "1.2E-03"
        if (e < 1 || e != digits.Length || e + 3 > s.Length || s.Length - e > 4 || !CharClass.IsJoiningHyphen(s[e + 1]) || !AllDigits(s[(e + 2)..]))
        {
            return false;
        }

        int down = int.Parse(s[(e + 2)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
        if (down > 20)
        {
            return false;
        }

        result = value / Pow10(down);
        return true;
    }

    /// <summary>Session 31 (quant31b, b19): how many characters at the end of a figure's suffix are footnote marks, left out
    /// of the figure — superscript digits ("3.2¹", "SNP 9⁴", "£293,000²") or daggers ("182†"). Not the exponent of "10⁶",
    /// and after a glued unit only after a currency ("$1.59m³" is millions; "5m³" stays cubic metres); 0 for none.</summary>
    private int FootnoteMarks(int i, ReadOnlySpan<char> digits, ReadOnlySpan<char> suffix)
    {
        int k = suffix.Length;
        while (k > 0 && (SuperscriptDigit(suffix[k - 1]) || suffix[k - 1] is '\u2020' or '\u2021'))
        {
            k--;
        }

        int marks = suffix.Length - k;
        if (marks is 0 or > 2)
        {
            return 0;
        }

        bool dagger = suffix[^1] is '\u2020' or '\u2021';
        if (k == 0)
        {
            return dagger || digits is not "10" ? marks : 0;
        }

        return dagger || i > FirstToken && (Tok(i - 1).Has(TokenTraits.Currency) || Units.TryCodeBefore(Text(i - 1), out _)) ? marks : 0;
    }

    private static bool SuperscriptDigit(char c) => c is '\u2070' or '\u00B9' or '\u00B2' or '\u00B3' or (>= '\u2074' and <= '\u2079');

    /// <summary>Superscript digits ("⁶", "¹³") as a number.</summary>
    private static bool SuperscriptNumber(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        if (s.IsEmpty || s.Length > 2)
        {
            return false;
        }

        foreach (char c in s)
        {
            int d = SuperscriptValue(c);
            if (d < 0)
            {
                return false;
            }

            value = value * 10 + d;
        }

        return true;
    }

    /// <summary>"1" and "2-inch" (the tokens either side of a fraction slash): the fraction, and where a hyphenated rest starts
    /// in <paramref name="den"/> (-1 for none). Denominators up to 100, numerators up to 99.</summary>
    private static bool SlashFraction(ReadOnlySpan<char> num, ReadOnlySpan<char> den, out decimal value, out int restAt)
    {
        value = 0;
        restAt = -1;
        int h = IndexOfJoiningHyphen(den);
        ReadOnlySpan<char> d = h < 0 ? den : den[..h];
        if (num.Length is < 1 or > 2 || d.Length is < 1 or > 3 || !AllDigits(num) || !AllDigits(d) || h == den.Length - 1)
        {
            return false;
        }

        int a = num.Length == 1 ? num[0] - '0' : (num[0] - '0') * 10 + (num[1] - '0');
        int b = 0;
        foreach (char c in d)
        {
            b = b * 10 + (c - '0');
        }

        if (a < 1 || b is < 2 or > 100)
        {
            return false;
        }

        value = (decimal)a / b;
        restAt = h < 0 ? -1 : h + 1;
        return true;
    }

    /// <summary>"3:1", "28:1" after a ratio noun in the sentence ("the pupil-teacher ratio is 28:1"): a ratio of the first
    /// number to one. Times ("7:30") and scores have no ratio noun and stay out. Session 35 (quant35, b23): any "A:B" is the
    /// ratio A/B ("16:9" 1.78, "1:50,000" 0.00002, "2.39:1", "1:76.2") when it cannot be a clock or race time (a right-hand
    /// side that is not two digits under 60, a decimal or grouped left-hand side, a left-hand side of 60 or more) and is no
    /// verse ("Matthew 5:9": a capitalized word right before), no named regime or degree class ([word-list]
    /// "colon-ratio-not-after": "the 5:2 diet", "a 2:1 or above") and no score (a sentence of sport); one that could be a
    /// time ("1:43", "1:12", "1:22.5") is a ratio only beside a ratio noun or a word of [word-list] "colon-ratio-cue"
    /// ("a 1:43 model", "1:35 scale", "a gradient of 1:12", "a fall of 1:40"), never before a word of "colon-time-after"
    /// ("14:05 GMT"). Two whole figures that add up to 100 ("50:50") are a split, read by the assembler.</summary>
    private bool ColonRatio(int i, ReadOnlySpan<char> s, ref Draft n)
    {
        int colon = s.IndexOf(':');
        if (colon < 1 || colon == s.Length - 1)
        {
            return false;
        }

        ReadOnlySpan<char> left = s[..colon], right = s[(colon + 1)..];
        if (!RatioSide(left, out decimal a, out bool leftPlain) || !RatioSide(right, out decimal b, out bool rightPlain) || a == 0 || b == 0)
        {
            return false; // "2:00:35", "07:42", "0:38"
        }

        int minutes = right.Length >= 2 && CharClass.IsAsciiDigit(right[0]) && CharClass.IsAsciiDigit(right[1])
            && (right.Length == 2 || right[2] == '.') ? (right[0] - '0') * 10 + (right[1] - '0') : 99;
        bool timeLike = leftPlain && a < 60 && minutes < 60;
        bool cue = RatioNounBefore(i, 16, wordsOnly: false) || ColonRatioCue(i);
        if (timeLike)
        {
            if (!cue || OnNamedList(i + 1, "colon-time-after"))
            {
                return false;
            }
        }
        else if (!cue && !ColonRatioMoved(i) && (i > FirstToken && IsWord(i - 1) && Tok(i - 1).Has(TokenTraits.Capitalized)
            || OnNamedList(i + 1, "colon-ratio-not-after") || SportSentence()))
        {
            return false; // "Matthew 5:9", "the 5:2 diet", "a 2:1 or above", "won 3:1"
        }

        if (leftPlain && a + b == 100 && a >= 2 && b >= 2 && right.Length == 2)
        {
            return false; // "a 50:50 basis": a split, two percentages (QuantityAssembler.SlashPair)
        }

        // "1:100 000": a right-hand side grouped by a space goes on with its next group of three digits.
        if (rightPlain && right.Length <= 3 && i + 1 < EndToken && Tok(i + 1).Kind == TokenKind.Number && Tok(i + 1).Length == 3
            && Tok(i + 1).Start == Tok(i).End + 1 && Source[Tok(i).End] is ' ' or '\u202F' or '\u00A0' && AllDigits(Text(i + 1)))
        {
            ReadOnlySpan<char> group = Text(i + 1);
            b = b * 1000 + (group[0] - '0') * 100 + (group[1] - '0') * 10 + (group[2] - '0');
            n.Last = i + 1;
        }

        n.Value = n.Mantissa = a / b;
        n.Ratio = true;
        n.Bare = n.YearLike = false;
        return true;
    }

    /// <summary>One side of a colon ratio: ASCII digits with at most one decimal point or thousands commas (the tokenizer
    /// groups them by three), no leading zero; <paramref name="plain"/> when it is digits alone.</summary>
    private static bool RatioSide(ReadOnlySpan<char> s, out decimal value, out bool plain)
    {
        value = 0;
        plain = true;
        if (s.Length is 0 or > 12 || s[0] is < '1' or > '9' || !CharClass.IsAsciiDigit(s[^1]))
        {
            return false;
        }

        decimal scale = 0;
        foreach (char c in s)
        {
            if (CharClass.IsAsciiDigit(c))
            {
                if (scale == 0)
                {
                    value = value * 10 + (c - '0');
                }
                else
                {
                    value += (c - '0') * scale;
                    scale /= 10;
                }
            }
            else if (c == '.' && scale == 0)
            {
                scale = 0.1m;
                plain = false;
            }
            else if (c == ',' && scale == 0)
            {
                plain = false;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a word of [word-list] "colon-ratio-cue" ("scale", "model", "gradient", "dilute") stands within six
    /// tokens before the colon ratio at token <paramref name="i"/> or two after it.</summary>
    private bool ColonRatioCue(int i)
    {
        for (int k = Math.Max(FirstToken, i - 6); k < EndToken && k <= i + 2; k++)
        {
            Steps++;
            if (k != i && OnNamedList(k, "colon-ratio-cue"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="c"/> is a full-width digit ('０'…'９', U+FF10…U+FF19) of East Asian typesetting.</summary>
    public static bool IsFullWidthDigit(char c) => (uint)(c - '\uFF10') <= 9;

    /// <summary>"１，２００円", "３０％", "５００ｍｌ": full-width digits, with full-width (or ASCII) thousands commas and a decimal
    /// point glued between their runs, read as the ASCII digits they stand for; the unit after is read as any other (the tables
    /// hold the full-width signs: "％", "円", "ｍｌ").</summary>
    private bool ParseFullWidth(int i, ref Draft n)
    {
        Span<char> digits = stackalloc char[MaxDigits + 8];
        int len = 0;
        int k = i;
        while (true)
        {
            foreach (char c in Text(k))
            {
                if (!IsFullWidthDigit(c) || len == digits.Length)
                {
                    return false;
                }

                digits[len++] = (char)('0' + (c - '\uFF10'));
            }

            // A separator glued between two runs: '，' or ',' groups thousands, '．' or '.' opens the decimals.
            if (k + 2 < EndToken && Glued(k + 1) && Glued(k + 2) && Tok(k + 2).Kind == TokenKind.Other && IsFullWidthDigit(Source[Tok(k + 2).Start])
                && Tok(k + 1).Length == 1 && Source[Tok(k + 1).Start] is '\uFF0C' or ',' or '\uFF0E' or '.' && len < digits.Length)
            {
                digits[len++] = Source[Tok(k + 1).Start] is '\uFF0C' or ',' ? ',' : '.';
                k += 2;
                continue;
            }

            break;
        }

        if (!TryParseDecimal(digits[..len], out decimal value, out _, out bool leadingZero) || leadingZero)
        {
            return false;
        }

        n.Value = n.Mantissa = value;
        n.Bare = false; // written in another script's digits: never a year, a date or a score
        n.YearLike = false;
        n.Last = k;
        return true;
    }

    /// <summary>"eased to 2:1 this year from 4:1": a ratio a change reaches or starts from, after "to" or "from", in a sentence
    /// with no word of sport (where "to 2:1" is a score). Only asked for the rare "N:1" token.</summary>
    private bool ColonRatioMoved(int i) => (Is(i - 1, "to") || Is(i - 1, "from")) && !SportSentence();

    /// <summary>Whether the sentence holds a word of sport (where "to 2:1" is a score), read once per sentence.</summary>
    private bool SportSentence()
    {
        if (_sportSentenceFirst != FirstToken || _sportSentenceEnd != EndToken)
        {
            (_sportSentenceFirst, _sportSentenceEnd, _sportSentence) = (FirstToken, EndToken, false);
            for (int k = FirstToken; k < EndToken && !_sportSentence; k++)
            {
                Steps++;
                _sportSentence = Tok(k).Kind == TokenKind.Word && (Lexicon.CueClass(Text(k)) & WordClass.Sport) != 0;
            }
        }

        return _sportSentence;
    }

    private int _sportSentenceFirst = -1;
    private int _sportSentenceEnd = -1;
    private bool _sportSentence;

    /// <summary>Whether a ratio noun ([word-list] "ratio-noun": "an odds ratio of 1.6", "the ratio of debt to equity fell to")
    /// stands within <paramref name="reach"/> tokens before token <paramref name="first"/> in its sentence; with
    /// <paramref name="wordsOnly"/> the look stops at the first token that is not a word.</summary>
    public bool RatioNounBefore(int first, int reach, bool wordsOnly)
    {
        if (first >= FirstToken && first < EndToken && StatisticLetterBefore(first))
        {
            return true; // "(p < 0.01)": the relation sign is the hedge that opens the mention
        }

        for (int k = first - 1; k >= FirstToken && k >= first - reach; k--)
        {
            Steps++;
            if (Tok(k).Kind != TokenKind.Word)
            {
                if (StatisticLetterBefore(k))
                {
                    return true; // "(r = 0.18)", "(p < 0.01)": a statistic's letter and its relation sign (session 27)
                }

                if (wordsOnly && !IsChar(k, '(') && !IsChar(k, ')'))
                {
                    return false; // session 38 (quant38, b26): past the brackets of an abbreviation ("effectiveness (PUE) is 1.1")
                }

                continue;
            }

            if (Units.InList(WordLists.RatioNoun, Text(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether token <paramref name="k"/> is "=", "&lt;" or ">" right after a lone "r" or "p" (a correlation, a
    /// p-value): "(r = 0.18)", "(p &lt; 0.01)".</summary>
    private bool StatisticLetterBefore(int k) =>
        Tok(k).Length == 1 && Source[Tok(k).Start] is '=' or '<' or '>' && k - 1 >= FirstToken && Tok(k - 1).Kind == TokenKind.Word
        && Tok(k - 1).Length == 1 && Source[Tok(k - 1).Start] is 'r' or 'p' or 'R' or 'P';

    /// <summary>Whether a currency stands right before the number at token <paramref name="i"/> ("€1,89", "CHF 1'000'000", "€ 3.750.000").</summary>
    private bool CurrencyBefore(int i) =>
        i > FirstToken && (Tok(i - 1).Has(TokenTraits.Currency) || Tok(i - 1).Kind == TokenKind.Word && Units.TryCodeBefore(Text(i - 1), out _));

    /// <summary>Whether a unit, a percent sign or a scale word starts at token <paramref name="k"/> ("4,5 %", "2,5 t", "1,5 million").</summary>
    private bool UnitOrScaleAt(int k) =>
        k < EndToken && (Info(k).Is(WordClass.Scale) || Units.After.MatchForward(Doc, k, EndToken, out _, out _));

    private bool IsChar(int k, char c) => k < EndToken && Tok(k).Length == 1 && Source[Tok(k).Start] == c;

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!CharClass.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return !s.IsEmpty;
    }

    /// <summary>Decimal digits after a decimal mark as a fraction: "89" → 0.89, "5" → 0.5.</summary>
    private static decimal Fraction(ReadOnlySpan<char> digits)
    {
        decimal f = 0;
        foreach (char c in digits)
        {
            f = f * 10 + (c - '0');
        }

        return f / Pow10(digits.Length);
    }
}
