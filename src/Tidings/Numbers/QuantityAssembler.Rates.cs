using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>
/// The assembler's exchange rates: a bare number quoted as the price of one currency in another ("84.5 against the
/// dollar", "yen jumps to 149.80", "Currencies per US dollar: yen 151.6").
/// </summary>
internal sealed partial class QuantityAssembler
{
    /// <summary>
    /// "Rupee slides to 84.5 against the dollar", "the yen firms to 151.20 per dollar": a bare number before "per",
    /// "against" or "to the" ([word-list] "rate-word") and a currency word is an exchange rate between that currency and
    /// one a word of the clause names before it (up to ten words back). Its unit is the smaller currency of the two: the
    /// [word-list] line "rate-major" holds those quoted in dollars ("the euro rose to 1.09 against the dollar": USD),
    /// the dollar comes next, every other currency is quoted per dollar or per major one; "per" names it outright.
    /// </summary>
    private void ExchangeRate(ref Draft n, int k)
    {
        if (!IsWord(k) || !OnList(k, WordLists.RateWord))
        {
            return;
        }

        bool per = Is(k, "per");
        int c = Is(k + 1, "the") || Is(k + 1, "one") || Is(k + 1, "each") || Is(k + 1, "a") ? k + 2 : Is(k, "to") ? -1 : k + 1;
        UnitEntry quoted = new(QuantityUnit.Currency("USD"), 1, null);
        if (c < 0 || !IsWord(c) || !(Is(c, "greenback") || Units.After.MatchForward(Doc, c, EndToken, out _, out quoted) && quoted.IsCurrency && quoted.Divisor == 1))
        {
            return;
        }

        for (int j = n.First - 1; j >= FirstToken && j >= n.First - 10; j--)
        {
            if (Is(j, ";") || Is(j, ":"))
            {
                return;
            }

            if (!IsWord(j) || !Units.After.MatchForward(Doc, j, n.First, out int count, out UnitEntry named) || !named.IsCurrency || named.Divisor != 1)
            {
                continue;
            }

            Steps += count;
            if (j - 1 >= FirstToken && IsWord(j - 1) && Units.After.MatchForward(Doc, j - 1, n.First, out int longer, out UnitEntry fuller)
                && longer == count + 1 && fuller.IsCurrency && fuller.Divisor == 1)
            {
                named = fuller; // "the Egyptian pound weakened to 50.6 per dollar": the whole name, not "pound"
            }

            int rankNamed = RateRank(named);
            int rankQuoted = RateRank(quoted);
            if (named.Unit.Code == quoted.Unit.Code && named.Ambiguous == quoted.Ambiguous)
            {
                return; // "the dollar … against the dollar" names no pair
            }

            NumeralReader.SetUnit(ref n, per || rankNamed < rankQuoted ? named : quoted);
            return;
        }
    }

    /// <summary>How a currency is quoted: 2 in dollars ("rate-major": the euro, sterling), 1 the dollar, 0 per either.</summary>
    private static int RateRank(UnitEntry unit) =>
        unit.Ambiguous is not null ? 0 : unit.Unit.Code == "USD" ? 1 : Units.InList(WordLists.RateMajor, unit.Unit.Code) ? 2 : 0;

    /// <summary>
    /// A currency's level with no rate word after it: "yen jumps to 149.80", "Kenya shilling steady at 129.20/dollar"
    /// (the currency named right before a word and "to"/"at"), and a list under a heading that quotes per a currency
    /// ("Currencies per US dollar: yen 151.6, yuan 7.24"). Only a currency quoted per dollar ([word-list] "rate-major"
    /// and the dollar itself are quoted the other way; a crypto-asset ([word-list] "crypto") is priced, not quoted) takes the number.
    /// </summary>
    private bool CurrencyLevel(ref Draft n)
    {
        int b = n.First - 1;
        if (b - 2 >= FirstToken && (Is(b, "to") || Is(b, "at")) && IsWord(b - 1)
            && (QuotedCurrency(b - 3, b - 1, out UnitEntry named) || QuotedCurrency(b - 2, b - 1, out named)))
        {
            NumeralReader.SetUnit(ref n, named);
            return true;
        }

        if (b >= FirstToken && IsWord(b) && SentenceHasColon() && (QuotedCurrency(b - 1, n.First, out named) || QuotedCurrency(b, n.First, out named))
            && HeadingQuotesPer(b))
        {
            NumeralReader.SetUnit(ref n, named);
            return true;
        }

        return false;
    }

    /// <summary>Whether the words from <paramref name="j"/> up to <paramref name="end"/> are exactly a currency quoted per dollar.</summary>
    private bool QuotedCurrency(int j, int end, out UnitEntry named)
    {
        named = default;
        if (j < FirstToken || !IsWord(j) || !Units.After.MatchForward(Doc, j, end, out int count, out named) || j + count != end)
        {
            return false;
        }

        Steps += count;
        return named.IsCurrency && named.Divisor == 1 && RateRank(named) == 0 && !Units.InList(WordLists.Crypto, named.Unit.Code);
    }

    /// <summary>Whether a token of the sentence is a colon, read once per sentence: a heading that quotes per a currency
    /// (<see cref="HeadingQuotesPer"/>) stands before one, so without it no number of the sentence looks its currency up.
    /// Asked only for a number in the sentence, so the sentence has a token.</summary>
    private bool SentenceHasColon()
    {
        if (_colonSentence != FirstToken)
        {
            _colonSentence = FirstToken;
            _colon = false;

            // A sentence whose text holds no ':' at all (most) has no colon token: one vector search of its characters
            // turns it away before the token walk.
            int from = Tok(FirstToken).Start;
            if (Source.AsSpan(from, Tok(EndToken - 1).End - from).Contains(':'))
            {
                for (int k = FirstToken; k < EndToken && !_colon; k++)
                {
                    _colon = Is(k, ":");
                }
            }
        }

        return _colon;
    }

    /// <summary>"Currencies per US dollar: yen 151.6": the line's heading, before a colon, quotes per something.</summary>
    private bool HeadingQuotesPer(int b)
    {
        for (int k = b - 1; k >= FirstToken && k >= b - 16; k--)
        {
            if (Is(k, ":"))
            {
                for (int h = k - 1; h >= FirstToken && h >= k - 8; h--)
                {
                    if (Is(h, "per") || Is(h, "against"))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }
}
