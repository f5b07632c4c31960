using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>
/// The numeral reader's spelled cardinals: "twenty one", "three hundred and twelve", "two hundred and forty-three",
/// "two million three hundred thousand", "two and a half million", "three point five", digit words.
/// </summary>
internal sealed partial class NumeralReader
{
    private bool ParseCardinals(int i, ref Draft n)
    {
        WordInfo info = Info(i);
        n.Value = n.Mantissa = info.Number;

        // "two thirds of", "three quarters", "one fifth of"
        WordInfo next = Info(i + 1);
        if (next.Is(WordClass.Fraction) && next.Number > 2 && info.Number < next.Number && info.Number > 0)
        {
            bool plural = info.Number > 1 && Text(i + 1)[^1] is 's' or 'S';
            if (FractionTail(i + 2, info.Number / next.Number, plural, ref n))
            {
                return true;
            }

            n = default;
            n.Spelled = true;
            n.Value = n.Mantissa = info.Number;
        }

        if (info.Number is > 0 and < 100 && ScaleOddOrPlus(i + 1, ref n))
        {
            n.Value = info.Number * n.Value; // "Two hundred-odd objections", "five thousand-plus"
            n.Mantissa = info.Number;
            return true;
        }

        if (next.Is(WordClass.Dozen))
        {
            n.Value = info.Number * 12;
            n.Last = i + 1;
            AndAHalf(ref n, 6); // "two dozen and a half"
            return true;
        }

        return ContinueCardinals(i + 1, info.Number, ref n);
    }

    /// <summary>The value of a digit word ("zero" … "nine", "oh") at <paramref name="k"/>, or -1.</summary>
    private int DigitWord(int k)
    {
        if (!IsWord(k))
        {
            return -1;
        }

        if (Is(k, "oh"))
        {
            return 0;
        }

        WordInfo info = Info(k);
        return info.Is(WordClass.Cardinal) && info.Number < 10 && !Tok(k).Has(TokenTraits.HasHyphen) ? (int)info.Number : -1;
    }

    /// <summary>Session 32 (quant32, b20): whether the words from <paramref name="k"/> (after a comma that follows a scale) are
    /// the rest of the same spoken number: cardinals with "and" and at least one scale, every scale below
    /// <paramref name="lastScale"/> ("thousand, four hundred and eleven"; not "a million, two million" or "a million, five").</summary>
    private bool CommaContinues(int k, decimal lastScale)
    {
        bool scaled = false;
        for (int end = Math.Min(EndToken, k + 8); k < end && IsWord(k); k++)
        {
            WordInfo info = Info(k);
            if (info.Is(WordClass.Scale))
            {
                if (info.Number >= lastScale)
                {
                    return false;
                }

                scaled = true;
            }
            else if (!info.Is(WordClass.Cardinal) && !Is(k, "and") && HyphenatedTens(k) is null)
            {
                break;
            }
        }

        return scaled;
    }

    /// <summary>
    /// Reads on after a first cardinal: "twenty five", "three hundred and twelve", "two hundred and forty-three",
    /// "two million three hundred thousand", "two and a half million", "three point five".
    /// </summary>
    private bool ContinueCardinals(int k, decimal first, ref Draft n, decimal total = 0)
    {
        decimal current = first;
        decimal lastScale = total;
        int last = k - 1;
        bool fractional = false;
        while (k < EndToken)
        {
            WordInfo info = Info(k);
            if (info.Is(WordClass.Cardinal) && Tok(k).Kind == TokenKind.Word && !fractional)
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

            if (Tok(k).Has(TokenTraits.HasHyphen) && Tok(k).Kind == TokenKind.Word && !fractional
                && (current % 100 == 0 && current > 0 || current == 0 && total > 0))
            {
                // "three hundred twenty-five", "two thousand forty-one"
                if (HyphenatedTens(k) is decimal tens)
                {
                    current += tens;
                    last = k;
                    k++;
                    continue;
                }

                break;
            }

            if (Is(k, "point") && !fractional && DigitWord(k + 1) >= 0)
            {
                // "three point five", "point two five"
                decimal place = 1;
                int d;
                while ((d = DigitWord(k + 1)) >= 0 && place > 1e-20m)
                {
                    place /= 10;
                    current += d * place;
                    k++;
                }

                fractional = true;
                last = k;
                k++;
                continue;
            }

            if (info.Is(WordClass.Scale) && !Is(k, "mn") && !Is(k, "bn") && !Is(k, "tn"))
            {
                decimal scale = info.Number;
                if (scale == 100)
                {
                    if (current >= 100 || current == 0 || fractional && current * 100 != decimal.Truncate(current * 100))
                    {
                        break;
                    }

                    current *= 100;
                }
                else if (current == 0 && lastScale == 1000 && scale >= 1_000_000 && total is > 0 and < 1_000_000 && last == k - 1)
                {
                    // Session 32 (quant32, b20): "a thousand million", "ten thousand million pounds": the old British milliard.
                    if (total > MaxValue / scale)
                    {
                        break;
                    }

                    total *= scale;
                    lastScale = scale;
                }
                else
                {
                    // "two thousand five million" is two numbers; Indian scales step by a hundred ("Two Lakh Fifty Thousand",
                    // "three crore forty lakh": session 31, quant31b, b19).
                    if (current == 0 || (total != 0 && total < scale * 1000 && !(lastScale is 100_000m or 10_000_000m && lastScale > scale)))
                    {
                        break;
                    }

                    if (current > MaxValue / scale)
                    {
                        break;
                    }

                    total += current * scale;
                    current = 0;
                    lastScale = scale;
                }

                n.Scaled = true;
                fractional = false;
                last = k;
                k++;
                continue;
            }

            if (Is(k, ",") && current == 0 && total > 0 && lastScale >= 1000 && !fractional && CommaContinues(k + 1, lastScale))
            {
                k++; // Session 32 (quant32, b20): "fifty-two thousand, four hundred and eleven", "one million, two hundred thousand"
                continue;
            }

            if (Is(k, "and") && !fractional)
            {
                // "three hundred and twelve", "one hundred and twenty thousand", "a million and five": "and" joins the
                // part below a hundred to its hundreds, or to a scale before it, so "between two hundred and three
                // hundred" and "between a million and two million" are two numbers.
                WordInfo afterNext = Info(k + 2);
                if (current % 100 == 0 && (current > 0 && !(afterNext.Is(WordClass.Scale) && afterNext.Number == 100)
                        || current == 0 && total > 0 && (!afterNext.Is(WordClass.Scale)
                            || afterNext.Number >= 1000 && afterNext.Number < lastScale)) // "three million and forty thousand"
                    && IsWord(k + 1) && !afterNext.Is(WordClass.Fraction)
                    && (Info(k + 1).Is(WordClass.Cardinal) && !Tok(k + 1).Has(TokenTraits.HasHyphen) || HyphenatedTens(k + 1) is not null))
                {
                    k++;
                    continue;
                }

                // "a million and a half": half of the last scale; "a million and a quarter" (session 32, quant32, b20)
                if (current == 0 && lastScale > 0 && Info(k + 1).Is(WordClass.Article) && Info(k + 2).Is(WordClass.Fraction)
                    && Info(k + 2).Number is 2 or 3 or 4 && Text(k + 2)[^1] is not ('s' or 'S'))
                {
                    total += lastScale / Info(k + 2).Number;
                    last = k + 2;
                    k += 3;
                    fractional = true;
                    continue;
                }

                // "one and a half", "two and a half million", "three and a quarter"
                if (current > 0 && current < 1000 && Info(k + 1).Is(WordClass.Article)
                    && Info(k + 2) is { } f && f.Is(WordClass.Fraction) && f.Number > 1 && Text(k + 2)[^1] is not ('s' or 'S'))
                {
                    current += 1 / f.Number;
                    fractional = true;
                    last = k + 2;
                    k += 3;
                    continue;
                }

                // "four and three quarters", "six and two thirds", "two and three-quarters": a proper fraction in a cardinal
                // and a plural denominator; not "between one and two thirds" (a range of fractions).
                if (current > 0 && current < 1000 && !(k - 2 >= FirstToken && Is(k - 2, "between"))
                    && ProperFraction(k + 1, out int words) is decimal proper)
                {
                    current += proper;
                    fractional = true;
                    last = k + words;
                    k += words + 1;
                    continue;
                }
            }

            break;
        }

        n.Value = total + current;

        // "three hundred", "ten million": a mantissa and one scale, which a range's first end may share ("two to three
        // hundred"); "three hundred and seventy-nine thousand" is a compound, its own mantissa.
        bool simple = n.Scaled && first != 0 && n.Value % first == 0 && IsPowerOfTen(n.Value / first) && n.Value / first >= 100;
        n.Mantissa = simple ? first : n.Value;
        n.Last = last;
        return true;
    }

    /// <summary>"three quarters", "two thirds", "three-quarters" at <paramref name="k"/>: a cardinal below a plural
    /// denominator, in <paramref name="words"/> tokens; or null.</summary>
    private decimal? ProperFraction(int k, out int words)
    {
        words = 0;
        if (!IsWord(k))
        {
            return null;
        }

        ReadOnlySpan<char> s = Text(k);
        int h = Tok(k).Has(TokenTraits.HasHyphen) ? IndexOfJoiningHyphen(s) : -1;
        words = h < 0 ? 2 : 1;
        ReadOnlySpan<char> denominator = h >= 0 ? s[(h + 1)..] : IsWord(k + 1) ? Text(k + 1) : [];
        WordInfo top = h < 0 ? Info(k) : Lexicon.Lookup(s[..h]);
        WordInfo bottom = Lexicon.Lookup(denominator);
        return top.Is(WordClass.Cardinal) && bottom.Is(WordClass.Fraction) && top.Number > 1 && top.Number < bottom.Number
            && denominator[^1] is 's' or 'S'
            ? top.Number / bottom.Number
            : null;
    }

    /// <summary>"and a half" after a dozen: adds <paramref name="half"/> and takes the words in.</summary>
    private void AndAHalf(ref Draft n, decimal half)
    {
        int k = n.Last + 1;
        if (Is(k, "and") && Info(k + 1).Is(WordClass.Article) && Is(k + 2, "half") && !Is(k + 3, "of"))
        {
            n.Value += half;
            n.Mantissa = n.Value;
            n.Last = k + 2;
        }
    }

    private static bool IsPowerOfTen(decimal d)
    {
        while (d >= 10 && d % 10 == 0)
        {
            d /= 10;
        }

        return d == 1;
    }

    /// <summary>"forty-three": a hyphenated number from 21 to 99, or null.</summary>
    private decimal? HyphenatedTens(int k)
    {
        if (k >= EndToken || !IsWord(k))
        {
            return null;
        }

        ReadOnlySpan<char> s = Text(k);
        int h = IndexOfJoiningHyphen(s);
        if (h < 0 || IndexOfJoiningHyphen(s[(h + 1)..]) >= 0)
        {
            return null;
        }

        WordInfo a = Lexicon.Lookup(s[..h]);
        WordInfo b = Lexicon.Lookup(s[(h + 1)..]);
        return a.Is(WordClass.Cardinal) && a.Number >= 20 && a.Number % 10 == 0 && b.Is(WordClass.Cardinal) && b.Number is > 0 and < 10
            ? a.Number + b.Number
            : null;
    }

    private bool IsPeriodOrdinal(int k)
    {
        ReadOnlySpan<char> w = Text(k);
        return w.Equals("first", StringComparison.OrdinalIgnoreCase) || w.Equals("second", StringComparison.OrdinalIgnoreCase)
            || w.Equals("last", StringComparison.OrdinalIgnoreCase) || w.Equals("final", StringComparison.OrdinalIgnoreCase)
            || w.Equals("latter", StringComparison.OrdinalIgnoreCase) || w.Equals("former", StringComparison.OrdinalIgnoreCase)
            || w.Equals("other", StringComparison.OrdinalIgnoreCase) || w.Equals("opening", StringComparison.OrdinalIgnoreCase);
    }
}
