using System.Collections.Immutable;
using System.Globalization;
using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>
/// The state of one quantity scan over one document. Detects a number at a token, then grows it:
/// left to its hedge, currency sign or "between"; right to its scale, unit, range end, ratio and counted noun;
/// and finally rejects what reads as a year, date, time, identifier, phone number, address, score or duration.
/// </summary>
internal sealed class QuantityScanner
{
    /// <summary>Numbers longer than this are identifiers, never quantities (and would overflow a decimal).</summary>
    private const int MaxDigits = 28;

    private static readonly decimal MaxValue = 1e24m;

    private readonly Document _doc;
    private readonly string _text;
    private readonly bool _findCounted;
    private List<Quantity>? _results;

    // Per sentence.
    private int _end;
    private int _first;
    private int _floor;
    private sbyte _tally = -1;
    private sbyte _sport = -1;

    public QuantityScanner(Document doc, bool findCounted)
    {
        _doc = doc;
        _text = doc.Text;
        _findCounted = findCounted;
    }

    public long Steps { get; private set; }

    public ImmutableArray<Quantity> ToResults() => _results is null ? [] : [.. _results];

    private Token Tok(int k)
    {
        Steps++;
        return _doc.Tokens[k];
    }

    private ReadOnlySpan<char> Text(int k)
    {
        Steps++;
        Token t = _doc.Tokens[k];
        return _text.AsSpan(t.Start, t.Length);
    }

    private WordInfo Info(int k) => k < _end && _doc.Tokens[k].Kind == TokenKind.Word ? Lexicon.Lookup(Text(k)) : default;

    private bool Is(int k, string word) => k >= _first && k < _end && Text(k).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsWord(int k) => k >= _first && k < _end && Tok(k).Kind == TokenKind.Word;

    public void ScanSentence(Sentence sentence)
    {
        _first = sentence.FirstToken;
        _end = sentence.EndToken;
        _floor = _first;
        _tally = -1;
        _sport = -1;
        int i = _first;
        while (i < _end)
        {
            int next = TryQuantityAt(i);
            i = next > i ? next : i + 1;
        }
    }

    // ---------------------------------------------------------------- numbers

    /// <summary>A number being grown into a quantity.</summary>
    private struct Num
    {
        public int First;       // first token of the mention (hedge, sign, "between" included)
        public int CoreFirst;   // first token of the number itself
        public int Last;        // last token of the mention (unit included)
        public decimal Value;
        public decimal Mantissa; // the value before a scale word was applied
        public bool Scaled;
        public bool Spelled;
        public bool YearLike;
        public bool Bare;       // plain digits: no separator, decimal point, sign, scale or unit
        public bool HasUnit;
        public QuantityUnit Unit;
        public bool Ratio;
        public bool Vague;
        public decimal Low;
        public bool Pair;       // "68-32" in one token
        public decimal Second;
        public bool LeadingZero;
        public Approximation Approximation;
        public bool Negative;
        public bool OneWord;    // the single word "one"
    }

    /// <summary>Tries to read a quantity whose number starts at token <paramref name="i"/>; returns the token after it, or <paramref name="i"/>.</summary>
    private int TryQuantityAt(int i)
    {
        Token t = Tok(i);
        Num n = default;
        bool parsed = t.Kind switch
        {
            TokenKind.Number => ParseDigits(i, ref n),
            TokenKind.Word => ParseWords(i, ref n),
            _ => false,
        };

        if (!parsed)
        {
            // A token that can never start a number is skipped; a rejected number is skipped whole.
            return n.Last > i ? n.Last + 1 : i + 1;
        }

        n.First = n.CoreFirst = i;
        ExtendLeft(ref n);
        ExtendRight(ref n);
        n.OneWord = n.Spelled && n.Last == i && !n.Ratio && Text(i).Equals("one", StringComparison.OrdinalIgnoreCase);
        if (n.Pair)
        {
            return EmitPair(ref n);
        }

        if (Reject(ref n))
        {
            return n.Last + 1;
        }

        TextSpan? counted = null;
        if (n.Unit.Kind is UnitKind.Count or UnitKind.Ratio && !n.HasUnit || n.Ratio)
        {
            if (FindCounted(ref n, out counted) == Verdict.Duration)
            {
                return n.Last + 1;
            }
        }

        Emit(ref n, counted);
        _floor = n.Last + 1;
        return n.Last + 1;
    }

    private bool ParseDigits(int i, ref Num n)
    {
        ReadOnlySpan<char> s = Text(i);
        n.Last = i;
        if (s.Length > 64 || s.ContainsAny(':', '/'))
        {
            return false; // times "7:30", dates "24/7", "7/24/2020"
        }

        int hyphen = IndexOfJoiningHyphen(s);
        ReadOnlySpan<char> head = hyphen < 0 ? s : s[..hyphen];
        if (!SplitNumber(head, out ReadOnlySpan<char> digits, out ReadOnlySpan<char> suffix)
            || !TryParseDecimal(digits, out decimal value, out bool plain, out bool leadingZero))
        {
            return false;
        }

        n.Value = n.Mantissa = value;
        n.LeadingZero = leadingZero;
        n.Bare = plain && suffix.IsEmpty && hyphen < 0;
        n.YearLike = plain && digits.Length == 4 && value is >= 1000 and <= 2199 && suffix.IsEmpty;
        if (leadingZero)
        {
            return false; // "020", "007": codes and phone numbers
        }

        if (!suffix.IsEmpty && !ApplyGluedSuffix(i, suffix, ref n))
        {
            return false;
        }

        if (hyphen < 0)
        {
            return true;
        }

        ReadOnlySpan<char> rest = s[(hyphen + 1)..];
        if (CharClass.IsAsciiDigit(rest[0]))
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
                Num tmp = default;
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
                    n.HasUnit = true;
                    n.Unit = tmp.Unit;
                }
            }

            n.Pair = true;
            n.Second = second;
            n.Bare = false;
            n.YearLike = false;
            return true;
        }

        // "12-kilometre", "6.4-magnitude", "200-million", "50-plus"; "25-year-old" and other compounds are not quantities.
        n.Bare = false;
        n.YearLike = false;
        return ApplyCompoundRest(rest, ref n);
    }

    /// <summary>Applies the words after a number's hyphen: a scale, a measure, "plus"; false for anything else.</summary>
    private static bool ApplyCompoundRest(ReadOnlySpan<char> rest, ref Num n)
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
            return false;
        }

        if (info.Is(WordClass.Scale) && info.Number >= 1000)
        {
            return Scale(ref n, info.Number);
        }

        if (word.Equals("plus", StringComparison.OrdinalIgnoreCase))
        {
            n.Approximation = Approximation.MoreThan;
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

    /// <summary>A single word that names a measure ("kilometre", "tonne", "magnitude"); currencies and percent do not count here.</summary>
    private static bool MeasureWord(ReadOnlySpan<char> word, out QuantityUnit unit) =>
        Units.TrySingleWord(word, out unit) && unit.Kind == UnitKind.Measure;

    private bool ApplyGluedSuffix(int i, ReadOnlySpan<char> suffix, ref Num n)
    {
        WordInfo info = Lexicon.Lookup(suffix);
        if (IsOrdinalSuffix(suffix) || suffix.Equals("s", StringComparison.OrdinalIgnoreCase) || info.Is(WordClass.TimeOfDay))
        {
            return false; // "19th", "1980s", "7pm"
        }

        // A glued "m" is millions after a currency sign or before a plural noun ("1.5m viewers"), metres otherwise ("100m").
        bool money = i > _first && (Tok(i - 1).Has(TokenTraits.Currency) || Units.TryCodeBefore(Text(i - 1), out _))
            || (suffix.Equals("m", StringComparison.OrdinalIgnoreCase) && i + 1 < _end && IsWord(i + 1)
                && (IsPlural(Text(i + 1)) || Info(i + 1).Is(WordClass.IrregularPlural)));
        if (!Units.TryGlued(suffix, money, out decimal scale, out string? measure))
        {
            return false; // "5G", "3D", "737MAX": identifiers
        }

        if (measure is not null)
        {
            n.HasUnit = true;
            n.Unit = QuantityUnit.Measure(measure);
        }

        return scale == 1 || Scale(ref n, scale);
    }

    /// <summary>The middle of a range, without overflow when the sum would not fit ("9 to 79228162514264337593543950335").</summary>
    private static decimal Midpoint(decimal a, decimal b) =>
        (a > 0 && b > decimal.MaxValue - a) || (a < 0 && b < decimal.MinValue - a) ? a + ((b - a) / 2) : (a + b) / 2;

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> s) =>
        s.Equals("st", StringComparison.OrdinalIgnoreCase) || s.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || s.Equals("rd", StringComparison.OrdinalIgnoreCase) || s.Equals("th", StringComparison.OrdinalIgnoreCase);

    private static bool Scale(ref Num n, decimal scale)
    {
        if (Math.Abs(n.Value) > MaxValue / scale)
        {
            return false;
        }

        n.Value *= scale;
        n.Scaled = true;
        n.Bare = false;
        n.YearLike = false;
        return true;
    }

    private static int IndexOfJoiningHyphen(ReadOnlySpan<char> s)
    {
        for (int k = 1; k < s.Length; k++)
        {
            if (CharClass.IsJoiningHyphen(s[k]))
            {
                return k;
            }
        }

        return -1;
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

    /// <summary>Spelled numbers ("three hundred and twelve"), fractions ("two-thirds of"), "a dozen", "half a million", vague amounts ("dozens").</summary>
    private bool ParseWords(int i, ref Num n)
    {
        n.Last = i;
        WordInfo info = Info(i);
        Token t = Tok(i);
        if (t.Has(TokenTraits.HasHyphen) && !info.Is(WordClass.Cardinal))
        {
            return ParseHyphenatedWord(i, ref n);
        }

        if (info.Class == WordClass.None)
        {
            return false;
        }

        n.Spelled = true;
        if (info.Is(WordClass.Vague))
        {
            return ParseVague(i, info, ref n);
        }

        if (info.Is(WordClass.Article))
        {
            return ParseArticle(i, ref n);
        }

        if (info.Is(WordClass.Some))
        {
            // "several hundred", "a few thousand" (the article is picked up by the left extension).
            WordInfo next = Info(i + 1);
            if (next.Is(WordClass.Scale) && next.Number >= 100 && !Is(i + 2, "of"))
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
            if (i > _first && IsWord(i - 1) && IsPeriodOrdinal(i - 1))
            {
                return false;
            }

            return ParseFractionOf(i, 0.5m, ref n);
        }

        if (info.Is(WordClass.Cardinal))
        {
            return ParseCardinals(i, ref n);
        }

        return false;
    }

    /// <summary>"twenty-five", "two-thirds", "one-third", "half-million"; "two-day", "one-sided" are not quantities.</summary>
    private bool ParseHyphenatedWord(int i, ref Num n)
    {
        ReadOnlySpan<char> s = Text(i);
        int h = IndexOfJoiningHyphen(s);
        if (h < 0)
        {
            return false;
        }

        WordInfo a = Lexicon.Lookup(s[..h]);
        ReadOnlySpan<char> rest = s[(h + 1)..];
        int h2 = IndexOfJoiningHyphen(rest);
        ReadOnlySpan<char> bWord = h2 < 0 ? rest : rest[..h2];
        WordInfo b = Lexicon.Lookup(bWord);
        if (h2 >= 0)
        {
            return false; // "twenty-five-year-old", "one-and-a-half"
        }

        n.Spelled = true;
        if (a.Is(WordClass.Cardinal) && a.Number >= 20 && a.Number % 10 == 0 && b.Is(WordClass.Cardinal) && b.Number is > 0 and < 10)
        {
            n.Value = n.Mantissa = a.Number + b.Number;
            return ContinueCardinals(i + 1, n.Value, ref n);
        }

        if (a.Is(WordClass.Cardinal) && a.Number is > 0 and < 20 && b.Is(WordClass.Fraction) && b.Number > 2)
        {
            n.Value = a.Number / b.Number;
            n.Ratio = true;
            return true;
        }

        if (s[..h].Equals("half", StringComparison.OrdinalIgnoreCase) && b.Is(WordClass.Scale) && b.Number >= 1000)
        {
            n.Value = 0.5m * b.Number;
            n.Scaled = true;
            return true;
        }

        return false;
    }

    private bool ParseVague(int i, WordInfo info, ref Num n)
    {
        ReadOnlySpan<char> word = Text(i);
        bool needsOf = word.Equals("tens", StringComparison.OrdinalIgnoreCase) || word.Equals("scores", StringComparison.OrdinalIgnoreCase);
        decimal low = info.Number;
        int last = i;

        // "tens of thousands", "hundreds of millions"
        if (Is(i + 1, "of"))
        {
            WordInfo next = Info(i + 2);
            if (next.Is(WordClass.Vague) && next.Number >= 2000 && next.Number > info.Number)
            {
                low = info.Number * next.Number / 2;
                last = i + 2;
            }
        }

        if (needsOf && (last == i ? !Is(i + 1, "of") : false))
        {
            return false;
        }

        if (needsOf && last == i && word.Equals("tens", StringComparison.OrdinalIgnoreCase))
        {
            return false; // "tens of people" is not said; "tens" alone is not a number
        }

        n.Vague = true;
        n.Low = low;
        n.Last = last;
        return true;
    }

    /// <summary>"a hundred", "a million", "a dozen", "a quarter of", "a third of", "a half million", "a few thousand".</summary>
    private bool ParseArticle(int i, ref Num n)
    {
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
            return true;
        }

        if (next.Is(WordClass.Fraction) && !Is(i + 1, "halves"))
        {
            // "a half million" / "a quarter of" / "a third of"
            WordInfo after = Info(i + 2);
            if (Is(i + 1, "half") && after.Is(WordClass.Scale) && after.Number >= 1000)
            {
                n.Value = 0.5m * after.Number;
                n.Scaled = true;
                n.Last = i + 2;
                return true;
            }

            // "a quarter of a million"
            WordInfo scaleAfterOf = Info(i + 4);
            if (Is(i + 2, "of") && Info(i + 3).Is(WordClass.Article) && scaleAfterOf.Is(WordClass.Scale) && scaleAfterOf.Number >= 1000)
            {
                n.Value = scaleAfterOf.Number / next.Number;
                n.Scaled = true;
                n.Last = i + 4;
                return true;
            }

            if (Is(i + 2, "of"))
            {
                n.Value = 1 / next.Number;
                n.Ratio = true;
                n.Last = i + 1;
                return true;
            }

            return false;
        }

        if (next.Is(WordClass.Some))
        {
            // "a few hundred"
            WordInfo scale = Info(i + 2);
            if (scale.Is(WordClass.Scale) && scale.Number >= 100)
            {
                n.Vague = true;
                n.Low = next.Number * scale.Number;
                n.Last = i + 2;
                return true;
            }
        }

        return false;
    }

    /// <summary>"half a million", "half a dozen", "half of".</summary>
    private bool ParseFractionOf(int i, decimal fraction, ref Num n)
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

            // "half a percentage point", "half a mile": the unit is read next.
            if (i + 2 < _end && Units.After.MatchForward(_doc, i + 2, _end, out _, out QuantityUnit unit) && unit.Kind != UnitKind.Currency)
            {
                n.Value = fraction;
                n.Last = i + 1;
                return true;
            }

            return false;
        }

        if (Is(i + 1, "of"))
        {
            n.Value = fraction;
            n.Ratio = true;
            return true;
        }

        return false;
    }

    private bool ParseCardinals(int i, ref Num n)
    {
        WordInfo info = Info(i);
        n.Value = n.Mantissa = info.Number;

        // "two thirds of", "three quarters of"
        WordInfo next = Info(i + 1);
        if (next.Is(WordClass.Fraction) && next.Number > 2 && info.Number < next.Number && Is(i + 2, "of"))
        {
            n.Value = info.Number / next.Number;
            n.Ratio = true;
            n.Last = i + 1;
            return true;
        }

        if (next.Is(WordClass.Dozen))
        {
            n.Value = info.Number * 12;
            n.Last = i + 1;
            return true;
        }

        return ContinueCardinals(i + 1, info.Number, ref n);
    }

    /// <summary>Reads on after a first cardinal: "twenty five", "three hundred and twelve", "two million".</summary>
    private bool ContinueCardinals(int k, decimal first, ref Num n, decimal total = 0)
    {
        decimal current = first;
        int last = k - 1;
        while (k < _end)
        {
            WordInfo info = Info(k);
            if (info.Is(WordClass.Cardinal) && Tok(k).Kind == TokenKind.Word)
            {
                decimal v = info.Number;
                bool fits = (current % 10 == 0 && current % 100 >= 20 && v < 10) // "twenty five"
                    || (current % 100 == 0 && current > 0 && v < 100)            // "three hundred twelve"
                    || (current == 0 && total > 0);                              // "two thousand five hundred"
                if (!fits)
                {
                    break;
                }

                current += v;
                last = k;
                k++;
                continue;
            }

            if (Tok(k).Has(TokenTraits.HasHyphen) && Tok(k).Kind == TokenKind.Word && current % 100 == 0 && current > 0)
            {
                // "three hundred twenty-five"
                Num tmp = default;
                if (ParseHyphenatedWordValue(k, ref tmp) && tmp.Value < 100)
                {
                    current += tmp.Value;
                    last = k;
                    k++;
                    continue;
                }

                break;
            }

            if (info.Is(WordClass.Scale) && !Is(k, "mn") && !Is(k, "bn") && !Is(k, "tn"))
            {
                decimal scale = info.Number;
                if (scale == 100)
                {
                    if (current % 100 != 0 || current == 0 || current >= 100)
                    {
                        if (current >= 100)
                        {
                            break;
                        }
                    }

                    current *= 100;
                }
                else
                {
                    if (current == 0 || (total != 0 && total < scale * 1000))
                    {
                        break; // "two thousand five million" is two numbers
                    }

                    if (current * scale > MaxValue)
                    {
                        break;
                    }

                    total += current * scale;
                    current = 0;
                }

                n.Scaled = true;
                last = k;
                k++;
                continue;
            }

            if (Is(k, "and") && (current % 100 == 0 && current > 0 || total > 0) && Info(k + 1).Is(WordClass.Cardinal) && IsWord(k + 1))
            {
                k++; // "three hundred and twelve"
                continue;
            }

            break;
        }

        n.Value = total + current;
        n.Mantissa = n.Scaled ? first : n.Value;
        n.Last = last;
        return true;
    }

    private bool ParseHyphenatedWordValue(int k, ref Num tmp)
    {
        ReadOnlySpan<char> s = Text(k);
        int h = IndexOfJoiningHyphen(s);
        if (h < 0 || IndexOfJoiningHyphen(s[(h + 1)..]) >= 0)
        {
            return false;
        }

        WordInfo a = Lexicon.Lookup(s[..h]);
        WordInfo b = Lexicon.Lookup(s[(h + 1)..]);
        if (a.Is(WordClass.Cardinal) && a.Number >= 20 && a.Number % 10 == 0 && b.Is(WordClass.Cardinal) && b.Number is > 0 and < 10)
        {
            tmp.Value = a.Number + b.Number;
            return true;
        }

        return false;
    }

    // ---------------------------------------------------------------- growing

    private void ExtendLeft(ref Num n)
    {
        int k = n.First - 1;
        if (k < _floor)
        {
            return;
        }

        Token before = Tok(k);

        // Negative numbers: "-5", "−3.2%", "minus 5".
        if (!n.Spelled && !Tok(n.CoreFirst).Has(TokenTraits.SpaceBefore) && before.Has(TokenTraits.Dash)
            && before.Length == 1 && (k == _first || before.Has(TokenTraits.SpaceBefore) || Tok(k - 1).Has(TokenTraits.OpenBracket)))
        {
            n.Negative = true;
            n.First = k--;
        }
        else if (Lexicon.Lookup(Text(k)).Is(WordClass.Minus) && before.Kind == TokenKind.Word)
        {
            n.Negative = true;
            n.First = k--;
        }

        // Currency sign ("$", "US$") or code ("USD", "Rs").
        if (k >= _floor && !n.Spelled)
        {
            Token sign = Tok(k);
            if (sign.Has(TokenTraits.Currency) && sign.Length == 1 && Units.TryCurrencySign(_text[sign.Start], out string code))
            {
                n.First = k;
                if (k - 1 >= _floor && !sign.Has(TokenTraits.SpaceBefore) && IsWord(k - 1)
                    && Units.TryDollarPrefix(Text(k - 1), out string prefixed) && _text[sign.Start] == '$')
                {
                    code = prefixed;
                    n.First = k - 1;
                }

                SetCurrency(ref n, code);
                k = n.First - 1;
            }
            else if (sign.Kind == TokenKind.Word && Units.TryCodeBefore(Text(k), out string iso))
            {
                n.First = k;
                SetCurrency(ref n, iso);
                k--;
            }
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
        if (k >= _floor && Units.Hedges.MatchBackward(_doc, k + 1, _floor, out int count, out Approximation hedge))
        {
            Steps += count;
            int hedgeFirst = k + 1 - count;

            // A bare "estimated" is a hedge after a determiner ("the estimated 2,500") but a verb after a subject
            // ("police estimated 8,000").
            bool verb = count == 1 && Is(hedgeFirst, "estimated") && hedgeFirst > _first && !IsDeterminer(hedgeFirst - 1);
            if (!verb)
            {
                n.First = hedgeFirst;
                n.Approximation = hedge;
            }
        }
    }

    private static void SetCurrency(ref Num n, string code)
    {
        n.HasUnit = true;
        n.Unit = QuantityUnit.Currency(code);
        n.Bare = false;
        n.YearLike = false;
    }

    private void ExtendRight(ref Num n)
    {
        int k = n.Last + 1;

        // A scale word after digits: "1.5 million", "3 bn", "10 thousand".
        if (!n.Spelled && !n.Scaled && !n.Vague && !n.Ratio && k < _end)
        {
            WordInfo scale = Info(k);
            if (scale.Is(WordClass.Scale) && scale.Number >= 1000 && Math.Abs(n.Second) <= MaxValue / scale.Number
                && Scale(ref n, scale.Number))
            {
                n.Second *= scale.Number; // "$5-10 million": the scale covers both ends
                n.Last = k++;
            }
            else if (scale.Is(WordClass.Scale) && scale.Number == 100 && n.Value < 100 && Scale(ref n, 100))
            {
                n.Last = k++;
            }
        }

        // A vague amount of money: "hundreds of millions of dollars".
        if (n.Vague && Is(k, "of") && Units.After.MatchForward(_doc, k + 1, _end, out int c0, out QuantityUnit u0) && u0.Kind == UnitKind.Currency)
        {
            Steps += c0;
            n.HasUnit = true;
            n.Unit = u0;
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

        bool between = Is(n.First, "between") || (n.First > _first && n.Approximation == Approximation.Exact && Is(n.First, "between"));
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
        if (n.Approximation == Approximation.Exact && k < _end
            && Units.PostHedges.MatchForward(_doc, k, _end, out int c, out Approximation post))
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

    private int ReadUnit(ref Num n, int k)
    {
        if (k >= _end)
        {
            return k;
        }

        bool hasCurrency = n.HasUnit && n.Unit.Kind == UnitKind.Currency;
        if (Units.After.MatchForward(_doc, k, _end, out int count, out QuantityUnit unit))
        {
            Steps += count;
            if (hasCurrency && unit.Kind != UnitKind.Currency)
            {
                return k;
            }

            if (unit.Kind == UnitKind.Currency && unit.Code == "GBP" && Is(k + count, "of") && IsPoundWord(k))
            {
                unit = QuantityUnit.Measure("lb"); // "200 pounds of explosives"
            }

            if (unit.Kind == UnitKind.Measure && unit.Code == "m" && n.Spelled)
            {
                return k; // "two m…" is not "two metres"
            }

            n.HasUnit = true;
            n.Unit = unit;
            n.Bare = false;
            n.YearLike = false;
            n.Last = k + count - 1;
            return n.Last + 1;
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

    private int TryRange(ref Num n, int k, bool between)
    {
        if (k >= _end || n.Vague || n.Ratio)
        {
            return k;
        }

        Token connector = Tok(k);
        bool isAnd = Is(k, "and");
        bool isTo = Is(k, "to");
        bool isDash = connector.Has(TokenTraits.Dash);
        if (between ? !isAnd : !(isTo || isDash))
        {
            return k;
        }

        int before = n.First - 1;
        if (!between && before >= _first && (Is(before, "from") || Is(before, "by")))
        {
            return k;
        }

        // The second number: optionally its own sign, then digits or words, then a scale and a unit.
        int y = k + 1;
        if (y >= _end)
        {
            return k;
        }

        Num second = default;
        int yCore = y;
        Token yTok = Tok(y);
        if (yTok.Has(TokenTraits.Currency) && y + 1 < _end)
        {
            yCore = y + 1;
        }
        else if (yTok.Kind == TokenKind.Word && Tok(y).Has(TokenTraits.AllCaps) && Units.TryCodeBefore(Text(y), out _) && y + 1 < _end)
        {
            yCore = y + 1;
        }

        Token core = Tok(yCore);
        int savedFloor = _floor;
        bool ok = core.Kind switch
        {
            TokenKind.Number => ParseDigits(yCore, ref second),
            TokenKind.Word => ParseWords(yCore, ref second) && !second.Vague && !second.Ratio,
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
        if (!second.Spelled && !second.Scaled && after < _end)
        {
            WordInfo scale = Info(after);
            if (scale.Is(WordClass.Scale) && scale.Number >= 1000 && Scale(ref second, scale.Number))
            {
                second.Last = after++;
            }
        }

        after = ReadUnit(ref second, after);
        if (n.YearLike || second.YearLike || n.LeadingZero)
        {
            return k;
        }

        if (n.HasUnit && second.HasUnit && n.Unit != second.Unit)
        {
            return k; // "rose 7.9% to $48.2 billion" is a change, not a range
        }

        decimal low = n.Value;
        decimal high = second.Value;
        if (!n.Scaled && second.Scaled && low < second.Mantissa && second.Mantissa != 0)
        {
            low *= second.Value / second.Mantissa;
        }

        if (!between && low >= high)
        {
            if (Sport())
            {
                n.Last = second.Last; // "won 3 to 1": a score
                n.YearLike = true;    // reuse the rejection path
            }

            return k;
        }

        if (Sport() && !between && n.Bare && second.Bare && high < 20)
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

    private void ExtendLeftSignOnly(ref Num n)
    {
        int k = n.CoreFirst - 1;
        if (k >= _floor && k >= n.First)
        {
            Token sign = Tok(k);
            if (sign.Has(TokenTraits.Currency) && Units.TryCurrencySign(_text[sign.Start], out string code))
            {
                SetCurrency(ref n, code);
            }
            else if (sign.Kind == TokenKind.Word && Units.TryCodeBefore(Text(k), out string iso))
            {
                SetCurrency(ref n, iso);
            }
        }
    }

    private int TryRatio(ref Num n, int k)
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

        if (y >= _end || n.Value <= 0 || n.Scaled && n.Spelled)
        {
            return k;
        }

        Num second = default;
        Token core = Tok(y);
        bool ok = core.Kind switch
        {
            TokenKind.Number => ParseDigits(y, ref second),
            TokenKind.Word => ParseWords(y, ref second),
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
        if (next.Is(WordClass.TimeUnit) || next.Is(WordClass.Scale) || (after < _end && Units.After.MatchForward(_doc, after, _end, out _, out _)))
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

    // ---------------------------------------------------------------- rejecting

    private bool Sport()
    {
        if (_sport < 0)
        {
            _sport = (sbyte)(SentenceHas(WordClass.Sport) ? 1 : 0);
        }

        return _sport == 1;
    }

    private bool Tally()
    {
        if (_tally < 0)
        {
            _tally = (sbyte)(SentenceHas(WordClass.Tally) ? 1 : 0);
        }

        return _tally == 1;
    }

    private bool SentenceHas(WordClass c)
    {
        for (int k = _first; k < _end; k++)
        {
            if (Tok(k).Kind == TokenKind.Word && Info(k).Is(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the number reads as something other than a quantity.</summary>
    private bool Reject(ref Num n)
    {
        if (n.YearLike && !n.HasUnit && !n.Scaled)
        {
            return true; // "in 2008", "the 2020 election"
        }

        bool plain = !n.HasUnit && !n.Scaled && !n.Vague && !n.Ratio && n.Approximation == Approximation.Exact && !n.Negative;
        int before = n.CoreFirst - 1;
        int after = n.Last + 1;

        // Glued to what precedes: "PM2.5" → ".5", "#1", "+1 202…", "No.10".
        if (n.First == n.CoreFirst && before >= _first && !Tok(n.CoreFirst).Has(TokenTraits.SpaceBefore))
        {
            Token b = Tok(before);
            if (b.Kind is TokenKind.Word or TokenKind.Number || _text[b.Start] is '.' or ',' or '#' or '+' or '@' or '/' or '\\' or ':')
            {
                return true;
            }
        }

        if (before >= _first && Tok(before).Length == 1 && _text[Tok(before).Start] is '+' or '#')
        {
            return true;
        }

        // Times of day: "7 a.m.", "10 pm", "0800 GMT", "9 o'clock".
        if (after < _end && !n.HasUnit && Info(after).Is(WordClass.TimeOfDay) && !Is(after, "h") && !(n.Spelled && !Is(after, "o'clock") && !Is(after, "o’clock")))
        {
            return true;
        }

        if (!plain || n.Spelled && !n.OneWord)
        {
            return false;
        }

        // Dates: "July 24", "24 July", "Jul. 22".
        if (!n.Spelled && n.Value is >= 1 and <= 31 && n.Value == Math.Floor(n.Value))
        {
            if (before >= _first && IsMonth(before) || after < _end && IsMonth(after) || Is(after, "of") && after + 1 < _end && IsMonth(after + 1))
            {
                return true;
            }
        }

        if (n.Bare)
        {
            // Identifiers: "Boeing 737", "Article 5", "Flight 370", "No. 10".
            if (before >= _first && n.First == n.CoreFirst)
            {
                WordInfo prev = Info(before);
                if (prev.Is(WordClass.IdentifierNoun) && !prev.Is(WordClass.Function) || Is(before, "No.") || Is(before, "No"))
                {
                    return true;
                }

                // An acronym names the thing the number belongs to: "FTSE 100", "MH 17", "A 4".
                if (Tok(before).Kind == TokenKind.Word && Tok(before).Has(TokenTraits.AllCaps) && !Units.TryCodeBefore(Text(before), out _)
                    && (after >= _end || !IsWord(after) || !IsPlural(Text(after))))
                {
                    return true;
                }

                // A bare number right after a capitalised name and before no noun: "Windows 10 update", "Mazda 3".
                Token pt = Tok(before);
                if (pt.Kind == TokenKind.Word && pt.Has(TokenTraits.Capitalized) && before > _first && !prev.Is(WordClass.Function)
                    && !prev.Is(WordClass.Month) && !pt.Has(TokenTraits.Abbreviation)
                    && (after >= _end || Tok(after).Kind != TokenKind.Word || Tok(after).Has(TokenTraits.Capitalized)))
                {
                    return true;
                }
            }

            // Phone numbers and other digit groups: "202 555 0100".
            if (after < _end && Tok(after).Kind == TokenKind.Number && Tok(after).Has(TokenTraits.SpaceBefore) && IsBareDigits(after))
            {
                n.Last = after;
                return true;
            }

            if (before >= _first && Tok(before).Kind == TokenKind.Number && IsBareDigits(before))
            {
                return true;
            }

        }

        // Street numbers: "10 Downing Street".
        for (int k = after; k < _end && k <= after + 3; k++)
        {
            Token w = Tok(k);
            if (w.Kind != TokenKind.Word || !w.Has(TokenTraits.Capitalized))
            {
                break;
            }

            if (k > after && Info(k).Is(WordClass.StreetSuffix))
            {
                return true;
            }
        }

        // "one" that is not a count: "no one", "one another", "one by one", "the one who".
        if (n.OneWord)
        {
            WordInfo prev = before >= _first ? Info(before) : default;
            if (before > _first && Is(before, "by") && Is(before - 1, "one"))
            {
                return true; // "one by one"
            }

            if (before >= _first && (Is(before, "no") || Is(before, "any") || Is(before, "every") || Is(before, "each")
                || Is(before, "this") || Is(before, "that") || Is(before, "the") || Is(before, "which") || Is(before, "no-one")
                || prev.Is(WordClass.Article)))
            {
                return true;
            }

            if (after < _end && (Is(after, "another") || Is(after, "by") || Is(after, "hand") || Is(after, "way")
                || Is(after, "time") || Is(after, "point") || Is(after, "could") || Is(after, "would") || Is(after, "should")
                || Is(after, "must") || Is(after, "can") || Is(after, "may") || Is(after, "might") || Is(after, "another's")
                || Is(after, "day") || Is(after, "or") || Is(after, "thing") || Is(after, "side") && Is(before, "on")))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsDeterminer(int k) =>
        Is(k, "the") || Is(k, "its") || Is(k, "their") || Is(k, "his") || Is(k, "her") || Is(k, "our") || Is(k, "this") || Is(k, "that");

    private bool IsPeriodOrdinal(int k)
    {
        ReadOnlySpan<char> w = Text(k);
        return w.Equals("first", StringComparison.OrdinalIgnoreCase) || w.Equals("second", StringComparison.OrdinalIgnoreCase)
            || w.Equals("last", StringComparison.OrdinalIgnoreCase) || w.Equals("final", StringComparison.OrdinalIgnoreCase)
            || w.Equals("latter", StringComparison.OrdinalIgnoreCase) || w.Equals("former", StringComparison.OrdinalIgnoreCase)
            || w.Equals("other", StringComparison.OrdinalIgnoreCase) || w.Equals("opening", StringComparison.OrdinalIgnoreCase);
    }

    private bool IsMonth(int k) => IsWord(k) && Tok(k).Has(TokenTraits.Capitalized) && Info(k).Is(WordClass.Month);

    private bool IsBareDigits(int k)
    {
        foreach (char c in Text(k))
        {
            if (!CharClass.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    // ---------------------------------------------------------------- counted

    private enum Verdict
    {
        None,
        Found,
        Duration,
    }

    /// <summary>The noun phrase a count counts: "13 [people]", "3,000 [Armenians]", "one of the [officers]", "70 of [them]".</summary>
    private Verdict FindCounted(ref Num n, out TextSpan? counted)
    {
        counted = null;
        int k = n.Last + 1;
        if (k >= _end)
        {
            return Verdict.None;
        }

        // "one of the officers", "70 of them", "dozens of Armenian community representatives"
        if (Is(k, "of"))
        {
            k++;
            if (k < _end && IsWord(k) && (Is(k, "them") || Is(k, "us") || Is(k, "those") || Is(k, "these") || Is(k, "you") || Is(k, "whom")))
            {
                counted = Span(k, k);
                return _findCounted ? Verdict.Found : Verdict.None;
            }

            while (k < _end && (Is(k, "the") || Is(k, "their") || Is(k, "its") || Is(k, "his") || Is(k, "her") || Is(k, "our") || Is(k, "all")
                || Is(k, "these") || Is(k, "those") || Is(k, "your") || Is(k, "my")))
            {
                k++;
            }
        }

        int start = k;
        int last = -1;
        int firstNoun = -1;
        bool plural = false;
        for (int w = 0; w < 4 && k < _end; w++, k++)
        {
            Token t = Tok(k);
            if (t.Kind != TokenKind.Word || t.Has(TokenTraits.HasDigit) || t.Has(TokenTraits.Abbreviation))
            {
                break;
            }

            WordInfo info = Info(k);
            if (info.Is(WordClass.TimeUnit))
            {
                // "two years ago", "six months", "24 hours": a duration, which is a date, not a quantity.
                return n.Unit.Kind == UnitKind.Count && !n.Ratio ? Verdict.Duration : Verdict.None;
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
            if (info.Is(WordClass.IrregularPlural) && !(NextIsNoun(k + 1) && IsPlural(Text(k + 1))))
            {
                plural = true;
                break;
            }

            if (IsPlural(word))
            {
                plural = true;
                break;
            }

            if (!NextIsNoun(k + 1))
            {
                break;
            }
        }

        if (last < 0)
        {
            return Verdict.None;
        }

        // Without a plural head the phrase is its first noun: "a 6.4 earthquake struck" counts "earthquake".
        if (!plural)
        {
            last = firstNoun;
        }

        // A possessive after the phrase means it was a determiner: "of the country's 45 million people".
        if (last + 1 < _end && Tok(last + 1).Kind == TokenKind.Word && Text(last + 1).Length == 2 && CharClass.IsApostrophe(Text(last + 1)[0]))
        {
            return Verdict.None;
        }

        if (_findCounted)
        {
            counted = Span(start, last);
            return Verdict.Found;
        }

        return Verdict.None;
    }

    private bool NextIsNoun(int k)
    {
        if (k >= _end)
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

    private static bool IsPlural(ReadOnlySpan<char> word) =>
        word.Length > 3 && (word[^1] | 0x20) == 's' && (word[^2] | 0x20) != 's' && (word[^2] | 0x20) != 'u'
        && !((word[^2] | 0x20) == 'i' && word.Length < 6);

    private TextSpan Span(int firstToken, int lastToken)
    {
        int start = _doc.Tokens[firstToken].Start;
        int end = _doc.Tokens[lastToken].End;
        return new TextSpan(start, end, _text[start..end]);
    }

    // ---------------------------------------------------------------- emitting

    private void Emit(ref Num n, TextSpan? counted)
    {
        int start = _doc.Tokens[n.First].Start;
        int end = _doc.Tokens[n.Last].End;
        decimal sign = n.Negative ? -1 : 1;
        QuantityUnit unit = n.Ratio ? QuantityUnit.Ratio : n.HasUnit ? n.Unit : QuantityUnit.Count;
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

        Add(new Quantity(start, end, _text[start..end], value, unit, approximation, low, high, counted));
    }

    /// <summary>A vote tally in one token ("68-32") gives two counts; a score gives none; "5-10" is a range.</summary>
    private int EmitPair(ref Num n)
    {
        int token = n.CoreFirst;
        Token t = _doc.Tokens[token];
        bool score = Sport() && n.Second < 20 && n.Value == Math.Floor(n.Value) && n.Second == Math.Floor(n.Second) && !n.HasUnit;
        if (n.Value < n.Second && !score && n.Approximation is Approximation.Exact or Approximation.Approximate)
        {
            n.Approximation = Approximation.Range;
            n.Low = n.Value;
            n.Value = Midpoint(n.Value, n.Second);
            n.Pair = false;
            TextSpan? counted = null;
            if (!n.HasUnit && FindCounted(ref n, out counted) == Verdict.Duration)
            {
                return n.Last + 1;
            }

            Emit(ref n, counted);
            _floor = n.Last + 1;
            return n.Last + 1;
        }

        if (Tally() && !Sport() && !n.HasUnit && n.First == token && n.Last == token)
        {
            ReadOnlySpan<char> s = _text.AsSpan(t.Start, t.Length);
            int h = IndexOfJoiningHyphen(s);
            int aEnd = t.Start + h;
            int bStart = aEnd + 1;
            Add(new Quantity(t.Start, aEnd, _text[t.Start..aEnd], Normalize(n.Value), QuantityUnit.Count, Approximation.Exact));
            Add(new Quantity(bStart, t.End, _text[bStart..t.End], Normalize(n.Second), QuantityUnit.Count, Approximation.Exact));
            _floor = token + 1;
        }

        return n.Last + 1;
    }

    private void Add(Quantity q) => (_results ??= []).Add(q);

    /// <summary>Drops trailing zeros so that 500000.0 prints as 500000.</summary>
    private static decimal Normalize(decimal d) => d / 1.000000000000000000000000000000000m;
}
