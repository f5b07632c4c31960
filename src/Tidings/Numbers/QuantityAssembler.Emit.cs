using System.Globalization;
using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>
/// The assembler's emitting: a finished draft becomes a <see cref="Quantity"/> (value, bounds, unit, counted noun,
/// conversion), a tally in one token two counts; durations that state an amount, ambiguous currency words resolved by
/// the document.
/// </summary>
internal sealed partial class QuantityAssembler
{
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
            unit = ResolveAmbiguous(n.Ambiguous, n.Headed ? n.First : -1);
            int slash = unit.Code.IndexOf('/', StringComparison.Ordinal);
            if (slash > 0)
            {
                // "GBP/20": shillings with no place of East Africa are old British money, a twentieth of a pound. A
                // divisor the table does not spell as a positive whole number leaves the code as it is.
                if (decimal.TryParse(unit.Code.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out decimal divisor) && divisor > 0)
                {
                    sign /= divisor;
                }

                unit = QuantityUnit.Currency(unit.Code[..slash]);
            }
        }

        // "18-carat gold", "9ct gold": carats right before a metal of [word-list] "fineness-metal" are its fineness (session 33).
        // Session 35 (quant35, b23): also over a colour of [word-list] "fineness-colour" ("an 18ct white gold band").
        if (unit.Kind == UnitKind.Measure && unit.Code == "ct" && n.Last + 1 < EndToken && (OnList(n.Last + 1, WordListsByName.FinenessMetal)
            || OnNamedList(n.Last + 1, "fineness-colour") && n.Last + 2 < EndToken && OnList(n.Last + 2, WordListsByName.FinenessMetal)))
        {
            unit = QuantityUnit.Measure("karat");
        }

        // Session 35 (quant35, b23): a horse's height in hands counts the inches after the point, four to the hand ("16.3hh" is
        // 16 hands 3 inches, 16.75 hh; "14.2" 14.5), as "9st 7lb" is 9.5 st.
        if (unit.Kind == UnitKind.Measure && unit.Code == "hh")
        {
            decimal whole = decimal.Truncate(n.Value);
            decimal inches = (n.Value - whole) * 10;
            if (inches is 1 or 2 or 3)
            {
                n.Value = whole + inches / 4;
            }
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
            if (n.Ambiguous is "$" or "¢" && unit == previous.Unit && !BareDollar(previous.Text))
            {
                unit = QuantityUnit.Currency("USD"); // "A$1.6 million ($1.1 million)": a conversion is into another currency
            }
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
        Add(
            new Quantity(start, end, Source[start..end], value, unit, approximation, low, high, counted)
            {
                ConversionOf = converted is null ? null : new TextSpan(converted.Start, converted.End, converted.Text),
            },
            n.First,
            n.Last);
        if (unit.Kind == UnitKind.Currency && _centsSentence == FirstToken && unit.Code != "USD" && Units.InList(WordLists.CentsOf, unit.Code))
        {
            CentsOf(unit);
        }
    }

    /// <summary>A vote tally in one token ("68-32") gives two counts; a score gives none; "5-10" is a range.</summary>
    private int EmitPair(ref Draft n)
    {
        int token = n.CoreFirst;
        Token t = Doc.Tokens[token];
        // A score ("3-1"), or a bowler's figures in a sentence of cricket ("Bumrah finished with 4-32"): not a range.
        bool score = !n.HasUnit && n.Value == Math.Floor(n.Value) && n.Second == Math.Floor(n.Second)
            && (_rules.Sport() && n.Second < 20 || n.Value <= 10 && _rules.Cricket());
        if (n.Value < n.Second && !score && n.Approximation is Approximation.Exact or Approximation.Approximate)
        {
            // Session 36 (quant36, b24): "zones 1-2", "pages 4-6": a hyphenated range of numbered things right after an
            // identifier noun names them, as "zones 1 to 3" does (NonQuantityRules.IsTag).
            if (!n.HasUnit && n.First == token && n.Last == token && token - 1 >= FirstToken && IsWord(token - 1)
                && Info(token - 1).Is(WordClass.IdentifierNoun) && !Info(token - 1).Is(WordClass.Function))
            {
                _floor = n.Last + 1;
                return n.Last + 1;
            }

            n.Approximation = Approximation.Range;
            n.Low = n.Value;
            n.Value = Midpoint(n.Value, n.Second);
            n.Pair = false;
            RangeOfRatios(ref n); // "95% CI 1.4-2.6"
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
            Add(new Quantity(t.Start, aEnd, Source[t.Start..aEnd], Normalize(n.Value), QuantityUnit.Count, Approximation.Exact), token, token);
            Add(new Quantity(bStart, t.End, Source[bStart..t.End], Normalize(n.Second), QuantityUnit.Count, Approximation.Exact), token, token);
            _floor = token + 1;
        }

        return n.Last + 1;
    }

    private void Add(Quantity q, int firstToken, int lastToken)
    {
        (_results ??= ResultList<Quantity>.Take()).Add(q);
        _ranges?.Add((firstToken, lastToken));
    }

    /// <summary>Drops trailing zeros so that 500000.0 prints as 500000.</summary>
    /// <summary>Drops trailing zeros of the scale ("2.50" → 2.5). A non-zero whole number (scale 0) has none, and the
    /// division would give it back bit for bit, so it is returned as is.</summary>
    /// <summary>The value without trailing zeros ("1.50" → 1.5, "100.0" → 100): what dividing by 1.000…m gives, without the
    /// division when the 96-bit digits end in no zero or a few of them (the common case).</summary>
    private static decimal Normalize(decimal d)
    {
        if (d.Scale == 0 && d != 0)
        {
            return d;
        }

        if (d != 0)
        {
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(d, bits);
            if (bits[2] == 0 && bits[1] == 0)
            {
                // Up to 32 bits of digits: strip the trailing zeros of the scale by hand.
                uint digits = (uint)bits[0];
                byte scale = d.Scale;
                while (scale > 0 && digits % 10 == 0)
                {
                    digits /= 10;
                    scale--;
                }

                return new decimal((int)digits, 0, 0, d < 0, scale);
            }
        }

        return d / 1.000000000000000000000000000000000m;
    }

    /// <summary>The middle of <paramref name="a"/> and <paramref name="b"/>, kept within them: halving rounds at decimal's 28th
    /// place, so the halves of 1e-28 and 1e-28 sum to 0 (session 27).</summary>
    private static decimal Midpoint(decimal a, decimal b) => Math.Clamp(a / 2 + b / 2, Math.Min(a, b), Math.Max(a, b));

    /// <summary>
    /// The code an ambiguous currency word takes: its first cue word's in the document, or XXX (none). A bare "$" and
    /// cents ("¢") read only the dateline's cue ("CANBERRA -"); then the currency of an amount before them in their
    /// sentence that is written in dollars or in cents ("US$10.9 million and equity of $10.5 million", "R24.54, up 87c";
    /// [word-list] "dollar-family", "cents-of"); then a place of their sentence ("petrol prices in Sydney hit 210.9
    /// cents"; [ambiguous] "$-sentence"); else USD — and cents so read are settled by an amount after them in the
    /// sentence that is written in cents ("87c a litre … R24.54": ZAR).
    /// </summary>
    private QuantityUnit ResolveAmbiguous(string word, int headedRow)
    {
        bool cents = word == "¢";
        string code = DocumentCode(cents ? "$" : word);
        if (code.Length == 0 && word is "$" or "¢")
        {
            code = AmountBefore(cents ? "cents-of" : "dollar-family") ?? SentenceDollar() ?? (headedRow >= 0 ? BlockDollar(headedRow) : null)
                ?? (cents ? DocumentCents() : null) ?? "USD";
            if (cents && code == "USD" && _centsSentence != FirstToken)
            {
                (_centsSentence, _centsFrom) = (FirstToken, _results?.Count ?? 0); // a later amount in rand may settle them
            }
        }

        return QuantityUnit.Currency(code);
    }

    /// <summary>"Fuel prices (cents per litre)" … "Source: NRMA, Sydney": a row whose dollars or cents a table heading gave takes
    /// the place cue ([ambiguous] "$-sentence") of a later line of its block (up to 240 tokens on, to the next blank line).</summary>
    private string? BlockDollar(int row)
    {
        AmbiguityCues? cues = Units.CuesOf("$-sentence");
        ReadOnlySpan<Token> tokens = Doc.Tokens;
        for (int k = row + 1; cues is not null && k < tokens.Length && k <= row + 240 && !tokens[k].Has(TokenTraits.ParagraphBefore); k++)
        {
            Cursor.Steps++;
            if (tokens[k].Kind == TokenKind.Word && cues.TryGet(Doc.TokenText(k), out string cue) && cue != "USD")
            {
                return cue;
            }
        }

        return null;
    }

    /// <summary>"$5", "-$5", "about $5": a dollar sign with no letters glued before it.</summary>
    private static bool BareDollar(string text)
    {
        int d = text.IndexOf('$', StringComparison.Ordinal);
        return d == 0 || d > 0 && !char.IsLetter(text[d - 1]);
    }

    /// <summary>The code the document's cues give an ambiguous currency word (one pass over the document, the first time
    /// each word is met): for "$" the dateline's, "" when it has none; else the first cue's, the default, or XXX.</summary>
    private string DocumentCode(string word)
    {
        _ambiguity ??= new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!_ambiguity.TryGetValue(word, out string? code))
        {
            bool dateline = word == "$"; // only the dateline's words in capitals, not every place a story names
            code = dateline ? "" : Units.TryAmbiguousCue(word, "default", out string fallback) ? fallback : "XXX";
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

        return code;
    }

    /// <summary>The code a place of the current sentence gives a bare "$" ("Sydney": AUD), read once per sentence; null for none.</summary>
    private string? SentenceDollar()
    {
        if (_dollarSentence != FirstToken)
        {
            _dollarSentence = FirstToken;
            _dollarCode = null;
            AmbiguityCues? cues = Units.CuesOf("$-sentence");
            for (int k = FirstToken; cues is not null && k < EndToken; k++)
            {
                if (IsWord(k) && cues.TryGet(Text(k), out string cue) && cue != "USD")
                {
                    _dollarCode = cue;
                    break;
                }
            }

            // Session 34 (quant34, b22): a sentence that writes the local dollar with its own prefix ("paid $4.20 … in Sydney,
            // or A$6.50 at the till") tells the bare "$" apart from it: US dollars.
            for (int k = FirstToken + 1; _dollarCode is not null && k < EndToken; k++)
            {
                if (Is(k, "$") && Glued(k) && IsWord(k - 1) && Units.TryDollarPrefix(Text(k - 1), out string prefixed) && prefixed == _dollarCode)
                {
                    _dollarCode = null;
                }
            }
        }

        return _dollarCode;
    }

    /// <summary>The currency of an amount before, in this sentence, that is on the [word-list] line <paramref name="family"/>
    /// (at most eight amounts back, bracketed conversions left out); US dollars count for cents and dollars, not for settling
    /// cents after them.</summary>
    private string? AmountBefore(string family)
    {
        int sentenceStart = Doc.Tokens[FirstToken].Start;
        for (int r = (_results?.Count ?? 0) - 1; r >= 0 && r >= _results!.Count - 8 && _results[r].Start >= sentenceStart; r--)
        {
            QuantityUnit u = _results[r].Unit;
            if (u.Kind == UnitKind.Currency && _results[r].ConversionOf is null && (u.Code == "USD" || Units.InList(family, u.Code)))
            {
                return u.Code;
            }
        }

        return null;
    }

    /// <summary>"87c a litre … to R24.54": an amount in a currency written in cents settles the cents before it in its
    /// sentence that no cue had settled (they were read as US cents).</summary>
    private void CentsOf(QuantityUnit unit)
    {
        for (int r = _centsFrom; r < _results!.Count - 1; r++)
        {
            Quantity q = _results[r];
            ReadOnlySpan<char> t = q.Text;
            if (q.Unit.Code == "USD" && !t.Contains('$') && (t.EndsWith("c", StringComparison.Ordinal) || t.EndsWith("¢", StringComparison.Ordinal)
                || t.EndsWith("cent", StringComparison.OrdinalIgnoreCase) || t.EndsWith("cents", StringComparison.OrdinalIgnoreCase)))
            {
                _results[r] = new Quantity(q.Start, q.End, q.Text, q.Value, unit, q.Approximation, q.Low, q.High, q.Counted)
                {
                    ConversionOf = q.ConversionOf,
                };
            }
        }

        _centsSentence = -1;
    }
}
