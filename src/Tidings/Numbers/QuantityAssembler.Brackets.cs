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

    /// <summary>Whether the token after <paramref name="close"/> is a number or an opening bracket on the same line.</summary>
    private bool FigureFollowsOnLine(int close)
    {
        int next = close + 1;
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

    private bool IsChar(int k, char c) => Tok(k).Length == 1 && Source[Tok(k).Start] == c;
}
