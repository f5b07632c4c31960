using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>
/// The assembler's look to the left of a number: its hedge, sign, currency sign, $-prefix or code, and "between".
/// </summary>
internal sealed partial class QuantityAssembler
{
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
                else if (k - 1 >= _floor && !sign.Has(TokenTraits.SpaceBefore) && IsWord(k - 1)
                    && Units.TryCodeBefore(Source.AsSpan(Tok(k - 1).Start, sign.End - Tok(k - 1).Start), out string written))
                {
                    code = written; // "GH₵2.4 billion": a code written with a sign that is itself a currency (session 27)
                    n.First = k - 1;
                }

                SetCurrency(ref n, code);
                if (n.First == k && code == "USD" && !char.IsLetter(Source[Tok(n.CoreFirst).Start])) // not "$US50"
                {
                    n.Ambiguous = "$"; // a bare "$" is USD unless the dateline says otherwise ("CANBERRA -": AUD)
                }

                k = n.First - 1;
            }
            else if ((sign.Has(TokenTraits.Currency) || Is(k, "/")) && sign.Length == 1 && k - 1 >= _floor && IsWord(k - 1) && !sign.Has(TokenTraits.SpaceBefore)
                && Units.TryCodeBefore(Source.AsSpan(Tok(k - 1).Start, sign.End - Tok(k - 1).Start), out string signed))
            {
                n.First = k - 1; // "GH¢49,600": a code written with a sign; "S/ 600" (Peruvian soles)
                SetCurrency(ref n, signed);
                k -= 2;
            }
            else if (sign.Kind == TokenKind.Word && Units.TryCodeBefore(Text(k), out string iso) && !Is(n.Last + 1, "%") // "BTC +6.4%": the asset's move
                && !(k - 1 >= FirstToken && Glued(k) && Tok(k - 1).Kind != TokenKind.Word)
                && !(Info(k).Is(WordClass.IdentifierNoun) && n.Value < 100 && n.Value == decimal.Truncate(n.Value) && !Info(n.Last + 1).Is(WordClass.Scale))) // "COP 28" is a conference
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
            else if (Is(k, ".") && Glued(k) && k - 2 >= _floor && Is(k - 1, "/") && Glued(k - 1) && IsWord(k - 2)
                && Units.TryCodeBefore(Source.AsSpan(Tok(k - 2).Start, sign.End - Tok(k - 2).Start), out string slashed))
            {
                n.First = k - 2; // "S/.1,850 million" (Peruvian soles)
                SetCurrency(ref n, slashed);
                k -= 3;
            }
            else if (sign.Kind == TokenKind.Word && k - 1 >= _floor && Is(k - 1, "$") && Glued(k) && Units.TryDollarPrefix(Text(k), out string dollar))
            {
                n.First = k - 1; // "$US 5 million"
                SetCurrency(ref n, dollar);
                k -= 2;
            }
        }

        // Session 31 (quant31b, b19): a currency named before an amount in words, in the Title Case of legal and banking
        // documents ("Rupees Two Lakh Fifty Thousand", "Kenya Shillings Twelve Thousand"): the name opens the mention.
        // Session 31 (mend31g, review 31e finding 2): only a name that is nothing but money ([word-list]
        // "currency-name-before-words": "Rupees", "Shillings", "Dollars") opens it, so a headline's "Labour Won Three Seats",
        // "Bucks Two Wins From Finals" or "The Crown Two Seasons On" keeps its count.
        if (k >= _floor && n.Spelled && !n.HasUnit && Tok(n.CoreFirst).Has(TokenTraits.Capitalized) && IsWord(k)
            && OnList(k, WordListsByName.CurrencyNameBeforeWords))
        {
            for (int s = Math.Max(_floor, k - 2); s <= k; s++)
            {
                if (Tok(s).Kind == TokenKind.Word && Tok(s).Has(TokenTraits.Capitalized) && Units.After.MatchForward(Doc, s, k + 1, out int nameCount, out UnitEntry named)
                    && s + nameCount == k + 1 && named.IsCurrency)
                {
                    n.First = s;
                    NumeralReader.SetUnit(ref n, named);
                    k = s - 1;
                    break;
                }
            }
        }

        // A sign before the currency: "-$320 million", "minus $37.63", "−$1.2bn".
        if (n.HasUnit && n.Unit.Kind == UnitKind.Currency && !n.Negative && k >= _floor && n.First == k + 1)
        {
            ReadSign(ref n, ref k);
        }

        // "a magnitude 6.4 earthquake", "Mach 2", "pH 8.2": a unit written before its number ([word-list] "unit-before");
        // "a pH of 4.5" takes the unit and leaves it out of the mention.
        if (k >= _floor && !n.HasUnit && UnitBefore(k, out QuantityUnit before) && (before.Code != "ISO" || IsoSpeed(n))
            && (before.Code != "magnitude" || !SentenceHasNamed("star-magnitude-cue"))) // session 34: "as faint as magnitude 14", a star's brightness
        {
            n.First = k--;
            n.HasUnit = true;
            n.Unit = before;
            n.Bare = false;
        }
        else if (k - 1 >= _floor && !n.HasUnit && Is(k, "of") && UnitBefore(k - 1, out QuantityUnit ofUnit) && !Is(k - 1, "magnitude")
            && ofUnit.Code != "ISO")
        {
            n.HasUnit = true;
            n.Unit = ofUnit;
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
            verb |= Is(hedgeFirst, "up") && hedgeFirst > FirstToken && (Info(hedgeFirst - 1).Is(WordClass.ParticleVerb) || ObjectBeforeUp(hedgeFirst));

            // A lone "like" hedges after a verb of saying, having or paying ("claimed like 90%"); elsewhere it compares
            // ("felt like -40F", "Like 40% of small businesses").
            verb |= count == 1 && Is(hedgeFirst, "like") && !(hedgeFirst > FirstToken && IsWord(hedgeFirst - 1) && OnList(hedgeFirst - 1, WordLists.LikeHedgeAfter));

            // "did not rise above 2.1%", "has never closed above $147": after a negated verb a lone bound is the verb's
            // preposition, and the number the ceiling or floor never passed (session 33, claims33b).
            verb |= count == 1 && hedge is Approximation.MoreThan or Approximation.LessThan && NegatedVerbBefore(hedgeFirst);

            // Session 38 (quant38, b26): "talks over £30m-plus bid": a lower bound before a figure whose own "-plus" bounds it
            // is a preposition, not a second bound.
            verb |= count == 1 && hedge is Approximation.MoreThan or Approximation.AtLeast && n.Approximation == Approximation.AtLeast;
            if (!verb)
            {
                n.First = hedgeFirst;
                // "some 70-plus churches": the bound the number's own "-plus" sets outlasts a loose hedge before it.
                n.Approximation = hedge == Approximation.Approximate && n.Approximation == Approximation.AtLeast ? n.Approximation : hedge;
            }
        }
    }

    /// <summary>Whether a verb negated by "not", "never" or a "n't" form stands right before token <paramref name="k"/>
    /// ("did not rise|above", "never dropped|below"): the negators are grammar, not a table (the word-list bits are full).</summary>
    private bool NegatedVerbBefore(int k)
    {
        if (k - 2 < FirstToken || !IsWord(k - 1) || !IsWord(k - 2) || Info(k - 1).Is(WordClass.Function))
        {
            return false;
        }

        ReadOnlySpan<char> negation = Text(k - 2);
        return Is(k - 2, "not") || Is(k - 2, "never") || negation.EndsWith("n't", StringComparison.OrdinalIgnoreCase)
            || negation.EndsWith("n\u2019t", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Session 34 (quant34, b22): whether a figure after "ISO" is a camera's sensitivity, a value of the ISO speed
    /// scale's third-stop series (25, 32, 40, 50, 64, 80, 100, 125, 160, 200 … 3200, 6400, 12,800 … 409,600: a leading
    /// 1, 1.25, 1.6, 2, 2.5, 3.2, 4, 5, 6.4, 8 or the doubled 1.28, 2.56, 5.12, 1.024, 2.048, 4.096 times a power of ten), not the number of a
    /// standard ("ISO 9001", "ISO 14001", "ISO 3166").</summary>
    private static bool IsoSpeed(in Draft n)
    {
        if (n.Spelled || n.Scaled || n.Value < 25 || n.Value > 10_000_000 || n.Value != decimal.Truncate(n.Value))
        {
            return false;
        }

        decimal m = n.Value;
        while (m >= 10)
        {
            m /= 10;
        }

        return m is 1m or 1.25m or 1.6m or 2m or 2.5m or 3.2m or 4m or 5m or 6.4m or 8m or 1.28m or 2.56m or 5.12m or 1.024m or 2.048m or 4.096m;
    }

    /// <summary>Whether token <paramref name="k"/> is a unit written before its number ("Mach", "pH", "magnitude").</summary>
    private bool UnitBefore(int k, out QuantityUnit unit)
    {
        unit = default;
        return IsWord(k) && Units.InList(WordLists.UnitBefore, Text(k)) && Units.TrySingleWord(Text(k), out unit);
    }

    /// <summary>"will put its basic plan up to €9.99", "pushed the total up to 40": a verb of [word-list] "particle-object-verb"
    /// up to four words before "up", with only words between, moves its object to the level.</summary>
    private bool ObjectBeforeUp(int up)
    {
        if (up - 1 < _floor || Is(up - 1, "of"))
        {
            return false; // "brought storm surges of up to 3 metres"
        }

        for (int k = up - 1; k >= _floor && k >= up - 5 && IsWord(k); k--)
        {
            if (OnList(k, WordLists.ParticleObjectVerb))
            {
                return k < up - 1;
            }
        }

        return false;
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
        else if (before.Kind == TokenKind.Word && Info(k).Is(WordClass.Minus) // the cached look-up the rules read again
            && !(k - 2 >= _floor && Is(k - 1, "or") && Is(k - 2, "plus"))) // "plus or minus 2%": a margin, not a sign
        {
            n.Negative = true;
            n.First = k--;
        }
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

    private bool IsDeterminer(int k) =>
        Is(k, "the") || Is(k, "its") || Is(k, "their") || Is(k, "his") || Is(k, "her") || Is(k, "our") || Is(k, "this") || Is(k, "that");
}
