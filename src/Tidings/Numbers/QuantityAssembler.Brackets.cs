using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>
/// Accounts' negatives (session 24): a figure of a table row in brackets is a loss or an outflow, "(1,234)" = -1,234 —
/// the brackets in its mention. Only where the row shows it is a table: a heading gave its unit ("Net income ($m)"), or
/// another figure follows it on the same line ("Operating cash flow (1,234) 2,108"). Prose keeps its brackets for
/// asides and conversions ("about 40 kilometres (25 miles)", "Collingwood 14.11 (95) defeated").
/// </summary>
internal sealed partial class QuantityAssembler
{
    /// <summary>Reads a bare bracketed table figure as negative. Asked of every number; a look at the two tokens beside
    /// it turns away all but "(" digits ")".</summary>
    private void BracketedNegative(ref Draft n)
    {
        if (SignedBracket(ref n) || OpenedBracketAmount(ref n))
        {
            return;
        }

        int open = n.First - 1;
        int close = n.Last + 1;
        if (open < FirstToken || close >= EndToken || n.First != n.CoreFirst || n.Last != n.CoreFirst || n.Negative || n.Spelled
            || n.Ratio || n.Vague || n.Pair || n.YearLike || n.Approximation != Approximation.Exact
            || !IsChar(open, '(') || !IsChar(close, ')') || !Glued(n.First) || !Glued(close))
        {
            return;
        }

        if (n.HasUnit && !n.Headed)
        {
            return; // "(25 miles)", "($4.5m)": a conversion or an aside with its own unit
        }

        if (!n.Headed && !FigureFollowsOnLine(close))
        {
            return;
        }

        n.Negative = true;
        n.First = open;
        n.Last = close;
    }

    /// <summary>"$(0.12)", "£(48)m", "£(1.7)m", "$(2,340,000)" (session 27): a currency sign glued before the bracket (and a
    /// scale glued after it) is the accounts' way of printing a negative sum, in prose as in tables.</summary>
    private bool SignedBracket(ref Draft n)
    {
        int open = n.First - 1;
        int close = n.Last + 1;
        if (open - 1 < FirstToken || close >= EndToken || n.First != n.CoreFirst || n.HasUnit || n.Negative || n.Spelled || n.Scaled
            || n.Ratio || n.Vague || n.Pair || n.Approximation != Approximation.Exact
            || !IsChar(open, '(') || !IsChar(close, ')') || !Glued(open) || !Glued(n.First) || !Glued(close)
            || !Tok(open - 1).Has(TokenTraits.Currency) || !Units.TryCurrencySign(Source[Tok(open - 1).Start], out string code))
        {
            return false;
        }

        int last = close;
        if (close + 1 < EndToken && Glued(close + 1) && IsWord(close + 1) && Units.TryGlued(Text(close + 1), out GluedEntry glued)
            && glued.When != GluedScale.None)
        {
            if (!NumeralReader.Scale(ref n, glued.Scale))
            {
                return false;
            }

            last = close + 1; // "£(48)m"
        }

        SetCurrency(ref n, code);
        n.Negative = true;
        n.YearLike = false;
        n.First = open - 1;
        n.Last = last;
        return true;
    }

    /// <summary>"a loss of (£3m)", "Net debt: (£12m)": a sum in brackets right after "of" or a colon opens no aside — it is
    /// the figure itself, printed negative (a comparative in brackets follows another figure: "£5m (£3m)").</summary>
    private bool OpenedBracketAmount(ref Draft n)
    {
        int open = n.First - 1;
        int close = n.Last + 1;
        if (open - 1 < FirstToken || close >= EndToken || !n.HasUnit || n.Unit.Kind != UnitKind.Currency || n.Negative || n.Spelled
            || n.Ratio || n.Vague || n.Pair || n.Approximation != Approximation.Exact
            || !IsChar(open, '(') || !IsChar(close, ')') || !Glued(n.First) || !Glued(close) || !(Is(open - 1, "of") || IsChar(open - 1, ':')))
        {
            return false;
        }

        n.Negative = true;
        n.First = open;
        n.Last = close;
        return true;
    }

    /// <summary>Whether the token after <paramref name="close"/> is a number or an opening bracket on the same line.</summary>
    private bool FigureFollowsOnLine(int close)
    {
        int next = close + 1;
        if (next < EndToken && Tok(next).Length == 1 && Source[Tok(next).Start] is '—' or '–'
            && Source.AsSpan(Tok(close).End, Tok(next).Start - Tok(close).End).IndexOfAny('\n', '\r') < 0)
        {
            // "Goodwill impairment (1,020) —": a dash ending the row is the nil of its other column, and so is one before a
            // further cell ("(1,020) — 312"); not a dash before words ("(100) – Sydney", "(1,020) — the most in a decade").
            int cell = next + 1;
            return DashEndsRow(next) || cell < EndToken && (Tok(cell).Kind == TokenKind.Number || IsChar(cell, '(') && cell + 1 < EndToken && Tok(cell + 1).Kind == TokenKind.Number)
                && Source.AsSpan(Tok(next).End, Tok(cell).Start - Tok(next).End).IndexOfAny('\n', '\r') < 0;
        }

        if (next >= EndToken || !(Tok(next).Kind == TokenKind.Number || IsChar(next, '(') && next + 1 < EndToken && Tok(next + 1).Kind == TokenKind.Number))
        {
            return false;
        }

        // "(212) 555-0147", "(312) 555 0199": an area code before the rest of a telephone number is no table row.
        int figure = Tok(next).Kind == TokenKind.Number ? next : next + 1;
        ReadOnlySpan<char> digits = Text(figure);
        if (digits.Contains('-') || digits[0] == '0' || figure + 1 < EndToken && Tok(figure + 1).Kind == TokenKind.Number && Text(figure + 1)[0] == '0')
        {
            return false;
        }

        return Source.AsSpan(Tok(close).End, Tok(next).Start - Tok(close).End).IndexOfAny('\n', '\r') < 0;
    }

    /// <summary>Whether nothing but spaces follows the dash at token <paramref name="dash"/> to its line's end.</summary>
    private bool DashEndsRow(int dash)
    {
        for (int c = Tok(dash).End; c < Source.Length; c++)
        {
            if (Source[c] is '\n' or '\r')
            {
                return true;
            }

            if (!char.IsWhiteSpace(Source[c]))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsChar(int k, char c) => Tok(k).Length == 1 && Source[Tok(k).Start] == c;
}
