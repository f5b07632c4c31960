using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>What a table heading gives the figures under it: a scale, a unit, or both.</summary>
internal struct Heading
{
    /// <summary>The token after the heading: figures before it are the heading's own ("Budget 2025-26").</summary>
    public int End;

    /// <summary>Whether the heading stands before a colon on the figures' own line (else it is the block's first line).</summary>
    public bool SameLine;

    /// <summary>The multiplier ("(in millions)": 1,000,000); 1 when none.</summary>
    public decimal Scale;

    public bool HasUnit;

    public UnitEntry Unit;

    public readonly bool Found => HasUnit || Scale > 1;
}

/// <summary>
/// Table headings (session 21): a heading or caption naming the unit, currency or scale of the figures under it gives
/// them to the bare figures of its rows — "Revenue by segment (in millions)" over "Cloud: $4,512" (4.512 billion
/// dollars), "Figures in £bn" over "Health 192.0", "Net profit (Rs crore): Q1 4,210", "Rainfall, mm (last 24 hours)" over
/// "Darwin 212", "Fuel duty, pence per litre: 52.95". A heading is the part of a line before a colon (within its first
/// tokens), or the first line of a block of lines (no blank line between) when the figure stands among the first tokens
/// of a later line of the block. Its unit phrase fills brackets, follows a comma or "in" up to the next mark, or opens it
/// before "of" ("Tonnes of cocoa exported, Oct-Mar:"): an optional currency sign or code, up to two scale words, an
/// optional unit with a tail "per …" or "of …" ("cents per litre", "% of capacity"), and nothing else.
/// Every walk is bounded or moves forward only, and the heading of a line is read once.
/// </summary>
internal sealed class TableHeading : SentenceRoom
{
    private const int MaxHeadingTokens = 16;
    private const int MaxRowOffset = 10;
    private const int MaxBlockWalk = 240;

    private int _walked = -1;     // the last token walked forward over while finding line starts
    private int _lineStart = -1;  // the first token of the line of _walked (-1: a line not known to start here)
    private int _line = -1;       // the line whose heading is cached
    private Heading _heading;
    private int _blockLine = -1;  // the last line whose block start was found …
    private int _block = -1;      // … and that block's first token (-1: too far back to tell)
    private int _parsedBlock = -1; // the block whose first line was last parsed as a heading, up to token _parsedEnd …
    private int _parsedEnd = -1;
    private Heading _parsedHeading; // … and what it gave (default: no heading)

    public TableHeading(SentenceCursor cursor)
        : base(cursor)
    {
    }

    /// <summary>The heading over the figure whose number starts at token <paramref name="core"/>, if any. The calls of a
    /// scan come in token order.</summary>
    public bool Find(int core, out Heading heading)
    {
        heading = default;
        int line = LineOf(core);
        if (line < 0)
        {
            return false;
        }

        if (line != _line)
        {
            _line = line;
            _heading = Read(line);
        }

        heading = _heading;
        return heading.Found && core >= heading.End && (heading.SameLine || core - line <= MaxRowOffset);
    }

    /// <summary>"(thousands)", "(in millions)", ", thousands:", "(in millions of US dollars)": a scale word (and after "in" its
    /// unit) that fills a heading's unit phrase counts nothing.</summary>
    public bool HeadingWord(int first, int last)
    {
        if (first > FirstToken && last + 1 < EndToken && (first == last || Is(first - 1, "in")))
        {
            int before = Is(first - 1, "in") && first - 2 >= FirstToken && Tok(first - 2).Has(TokenTraits.OpenBracket) ? first - 2 : first - 1;
            Token b = Tok(before);
            Token a = Tok(last + 1);
            return b.Has(TokenTraits.OpenBracket) && a.Has(TokenTraits.CloseBracket) || Is(before, ",") && Is(last + 1, ":");
        }

        return false;
    }

    /// <summary>The first token of the line of token <paramref name="core"/>, or -1 when its sentence does not start a line
    /// and no line break comes before it in the sentence.</summary>
    private int LineOf(int core)
    {
        int from = Math.Max(_walked + 1, FirstToken);
        if (from == FirstToken)
        {
            _lineStart = FirstToken == 0 || Tok(FirstToken).Has(TokenTraits.LineBreakBefore) ? FirstToken : -1;
            from++;
        }

        for (int k = from; k <= core; k++)
        {
            if (Tok(k).Has(TokenTraits.LineBreakBefore))
            {
                _lineStart = k;
            }
        }

        _walked = Math.Max(_walked, core);
        return _lineStart;
    }

    private Heading Read(int line)
    {
        Heading h = default;

        // The same line: a heading before a colon. Most lines hold no ':' among their first tokens' characters (one vector
        // search), and then no colon token either.
        int limit = Math.Min(EndToken, line + MaxHeadingTokens);
        int from = Tok(line).Start;
        bool colon = line + 1 < limit && Source.AsSpan(from, Tok(limit - 1).End - from).IndexOfAny(':', '|') >= 0;
        for (int k = line + 1; colon && k < limit; k++)
        {
            if (Tok(k).Has(TokenTraits.LineBreakBefore))
            {
                break;
            }

            if (At(k, ":") || At(k, "|") && !NumberBetween(line, k))
            {
                if (Parse(line, k, ref h))
                {
                    h.End = k + 1;
                    h.SameLine = true;
                    return h;
                }

                break;
            }
        }

        // The first line of the block.
        int block = BlockOf(line);
        if (block < 0 || block >= line)
        {
            return h;
        }

        int end = block + 1;
        while (end < line && end - block <= MaxHeadingTokens && !Tok(end).Has(TokenTraits.LineBreakBefore))
        {
            end++;
        }

        // Every line of a block has the same first line: its heading is parsed once, not once per row.
        if (block != _parsedBlock || end != _parsedEnd)
        {
            (_parsedBlock, _parsedEnd) = (block, end);
            _parsedHeading = default;
            if (Tok(end).Has(TokenTraits.LineBreakBefore) && !Tok(end - 1).Has(TokenTraits.Terminal) && Parse(block, end, ref _parsedHeading))
            {
                _parsedHeading.End = end;
            }
            else
            {
                _parsedHeading = default;
            }
        }

        return _parsedHeading;
    }

    /// <summary>The first token of the block (lines with no blank line between) of the line starting at <paramref name="line"/>.</summary>
    private int BlockOf(int line)
    {
        int block = -1;
        int k = line;
        for (; k > 0 && line - k <= MaxBlockWalk; k--)
        {
            if (Tok(k).Has(TokenTraits.ParagraphBefore))
            {
                block = k;
                break;
            }

            if (k == _blockLine)
            {
                block = _block;
                break;
            }
        }

        if (k == 0)
        {
            block = 0;
        }

        (_blockLine, _block) = (line, block);
        return block;
    }

    /// <summary>Finds the unit phrase of the heading [<paramref name="first"/>, <paramref name="end"/>).</summary>
    private bool Parse(int first, int end, ref Heading h)
    {
        for (int k = first; k < end; k++)
        {
            int s;
            bool opening = k == first;
            if (opening)
            {
                s = k;
            }
            else if (Tok(k).Has(TokenTraits.OpenBracket) || At(k, ",") || At(k, ":") || At(k, "|") || At(k, "in"))
            {
                s = k + 1;
            }
            else
            {
                continue;
            }

            int e = s;
            while (e < end && !Tok(e).Has(TokenTraits.OpenBracket) && !Tok(e).Has(TokenTraits.CloseBracket) && !At(e, ",") && !At(e, ":")
                && !At(e, "|"))
            {
                e++;
            }

            if (e > s && Phrase(s, e, opening, ref h))
            {
                return true;
            }

            // Session 31 (quant31b, b19): a label ending in "%" ("Change % | Q1 | Q2"): the figures under it are per cent.
            if (e - 1 > s && At(e - 1, "%") && Tok(e - 2).Kind == TokenKind.Word && Phrase(e - 1, e, false, ref h))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether [<paramref name="s"/>, <paramref name="e"/>) is a unit phrase: [in] [currency] [scale [scale]] [unit
    /// [per …|of …]], at least one of them.</summary>
    private bool Phrase(int s, int e, bool opening, ref Heading h)
    {
        int k = s;
        if (!opening && At(k, "in"))
        {
            k++;
        }

        UnitEntry currency = default;
        bool hasCurrency = false;
        if (k < e)
        {
            Token t = Tok(k);
            ReadOnlySpan<char> w = Text(k);
            if (t.Has(TokenTraits.Currency) && w.Length == 1 && Units.TryCurrencySign(w[0], out string sign))
            {
                currency = w[0] == '$' ? new UnitEntry(QuantityUnit.Currency("USD"), 1, "$") : Units.CurrencyEntry(sign);
                hasCurrency = true;
                k++;
            }
            else if (t.Kind == TokenKind.Word && Units.TryCodeBefore(w, out string code))
            {
                currency = Units.CurrencyEntry(code);
                hasCurrency = true;
                k++;
            }
            else if (t.Kind == TokenKind.Word && k + 1 < e && At(k + 1, "$") && !Tok(k + 1).Has(TokenTraits.SpaceBefore)
                && Units.TryDollarPrefix(w, out string prefixed))
            {
                currency = Units.CurrencyEntry(prefixed); // "(US$/tonne)"
                hasCurrency = true;
                k += 2;
            }
        }

        decimal scale = 1;
        for (int j = 0; j < 2 && k < e; j++)
        {
            decimal next = ScaleWord(Text(k), hasCurrency);
            if (next == 0 || scale > NumeralReader.MaxValue / next)
            {
                break;
            }

            scale *= next;
            k++;
        }

        // Session 31 (quant31b, b19): a lone "m" is millions ("Population (m)"), metres under a word of length ("Height (m)").
        if (scale == 1 && !hasCurrency && k + 1 == e && At(k, "m") && !LengthHeading(s))
        {
            scale = 1_000_000m;
            k++;
        }

        if (scale == 1 && k + 1 < e && (At(k, "'") || At(k, "’")) && At(k + 1, "000"))
        {
            scale = 1000; // "Population ('000)"
            k += 2;
        }

        if (scale > 1 && !hasCurrency && k + 1 < e && At(k, "of"))
        {
            k++; // "(in millions of US dollars)"
        }

        if (hasCurrency && k + 1 < e && (At(k, "/") || At(k, "per")))
        {
            k = e; // "(US$/tonne)", "(£ per head)": the price of one of something
        }

        bool hasUnit = false;
        UnitEntry unit = default;
        if (k < e && !hasCurrency && Units.After.MatchForward(Doc, k, e, out int count, out unit))
        {
            hasUnit = true;
            k += count;
            bool of = k < e && At(k, "of");
            if (opening && !of)
            {
                return false; // a line may open with its unit only before "of" ("Tonnes of cocoa exported")
            }

            if (of || k < e && At(k, "per"))
            {
                k = e; // "cents per litre", "% of capacity"
            }
        }

        if (k != e || !hasCurrency && !hasUnit && scale == 1 || opening && !hasUnit)
        {
            return false;
        }

        h.Scale = scale;
        h.HasUnit = hasUnit || hasCurrency;
        h.Unit = hasUnit ? unit : currency;
        return true;
    }

    /// <summary>Whether a figure stands in [<paramref name="first"/>, <paramref name="end"/>): a cell ("Nikkei −1.8% | …"), not
    /// a heading.</summary>
    private bool NumberBetween(int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            if (Tok(k).Kind == TokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of the six words before token <paramref name="s"/> on its line and in its column is a word of length
    /// or time ([word-list] "metre-cue", "heading-not-millions": "Height", "Span", "Diameter", "Delay"). Session 31 (mend31g,
    /// review 31e findings 3 and 5): the look back stops at a "|", so "Height | Population (m)" keeps its millions.</summary>
    private bool LengthHeading(int s)
    {
        for (int k = s - 1; k >= 0 && k >= s - 6; k--)
        {
            if (At(k, "|"))
            {
                break;
            }

            if (Tok(k).Kind == TokenKind.Word && (WordLists.MetreCue.Contains(Text(k)) || WordListsByName.HeadingNotMillions.Contains(Text(k))))
            {
                return true;
            }

            if (Tok(k).Has(TokenTraits.LineBreakBefore))
            {
                break;
            }
        }

        return false;
    }

    /// <summary>Whether token <paramref name="k"/> of the document (in this sentence or not) is <paramref name="word"/>.</summary>
    private bool At(int k, string word)
    {
        Token t = Tok(k);
        return t.Length == word.Length && Source.AsSpan(t.Start, t.Length).Equals(word, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The multiplier of a scale word of a heading: "million", "millions", "thousands", "crore"; after a currency
    /// also the one-letter suffixes "k", "m", "b" ("£m").</summary>
    private static decimal ScaleWord(ReadOnlySpan<char> w, bool afterCurrency)
    {
        WordInfo info = Lexicon.Lookup(w);
        if (info.Is(WordClass.Scale) && info.Number >= 1000)
        {
            return info.Number;
        }

        if (info.Is(WordClass.Vague) && w.Length > 4 && (w[^1] | 0x20) == 's')
        {
            WordInfo single = Lexicon.Lookup(w[..^1]);
            if (single.Is(WordClass.Scale) && single.Number >= 1000)
            {
                return single.Number;
            }
        }

        if (w.Length == 4 && (w[0] is '\'' or '’') && w[1..].SequenceEqual("000".AsSpan()))
        {
            return 1_000m; // "('000)" written as one token
        }

        return !afterCurrency || w.Length != 1 ? 0 : (w[0] | 0x20) switch { 'k' => 1_000m, 'm' => 1_000_000m, 'b' => 1_000_000_000m, _ => 0 };
    }
}
