using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>
/// Review 38 (finding 11): the clause and the sentence a glued "m" reads (<see cref="LengthClause"/>: a word of counting, a
/// word or figure of length in its clause; <see cref="MetresElsewhere"/>: another figure made metres within twice
/// <see cref="ClauseReach"/>) as running counts over the sentence, built once on the first asking. Each glued "m" used to
/// read its 25-token clause and its 49-token neighbourhood again, with several look-ups per figure in them: a run of
/// "9m 9m 9m …" cost some 1,460 steps a token. The tables give the same answers from a few look-ups.
/// </summary>
internal sealed partial class NumeralReader
{
    /// <summary>The sentence (first and end token) the tables below are for.</summary>
    private int _tablesFirst = -1;

    private int _tablesEnd = -1;

    /// <summary>By token (from the sentence's first): the last clause edge at or before it, or the token before the sentence.</summary>
    private int[] _edgeAtOrBefore = [];

    /// <summary>By token: the first clause edge at or after it, or the sentence's end.</summary>
    private int[] _edgeAtOrAfter = [];

    /// <summary>Running counts (entry k counts the tokens before k): words of [word-list] "metre-count-cue".</summary>
    private int[] _countCues = [];

    /// <summary>Running counts: words of "metre-sentence-cue" and figures with a length glued to them (the clause's lengths).</summary>
    private int[] _lengthCues = [];

    /// <summary>Running counts: figures with a glued "m" a word of length beside them makes metres (<see cref="MeasureNear"/>).</summary>
    private int[] _metreFigures = [];

    private void EnsureClauseTables()
    {
        if (_tablesFirst == FirstToken && _tablesEnd == EndToken)
        {
            return;
        }

        (_tablesFirst, _tablesEnd) = (FirstToken, EndToken);
        int size = EndToken - FirstToken;
        if (_edgeAtOrBefore.Length < size)
        {
            int capacity = Math.Max(size, 2 * _edgeAtOrBefore.Length);
            _edgeAtOrBefore = new int[capacity];
            _edgeAtOrAfter = new int[capacity];
            _countCues = new int[capacity + 1];
            _lengthCues = new int[capacity + 1];
            _metreFigures = new int[capacity + 1];
        }

        int lastEdge = FirstToken - 1;
        for (int k = FirstToken; k < EndToken; k++)
        {
            Steps++;
            int at = k - FirstToken;
            if (ClauseEdge(k))
            {
                lastEdge = k;
            }

            _edgeAtOrBefore[at] = lastEdge;
            bool count = false, length = false, metres = false;
            if (IsWord(k))
            {
                count = OnNamedList(k, "metre-count-cue");
                length = OnList(k, WordListsByName.MetreSentenceCue);
            }
            else if (Tok(k).Kind == TokenKind.Number)
            {
                length = GluedLength(k, out UnitEntry u) && u.Unit.Code != "m" || GluedHeight(k) || GluedMetres(k)
                    || GluedUnitIn(k, WordListsByName.LengthClauseUnit, out _);
                metres = Text(k) is { Length: >= 2 } t && t[^1] == 'm' && char.IsAsciiDigit(t[^2])
                    && !(k - 1 >= FirstToken && Tok(k - 1).Has(TokenTraits.Currency)) && MeasureNear(k);
            }

            _countCues[at + 1] = _countCues[at] + (count ? 1 : 0);
            _lengthCues[at + 1] = _lengthCues[at] + (length ? 1 : 0);
            _metreFigures[at + 1] = _metreFigures[at] + (metres ? 1 : 0);
        }

        int nextEdge = EndToken;
        for (int k = EndToken - 1; k >= FirstToken; k--)
        {
            int at = k - FirstToken;
            if (_edgeAtOrBefore[at] == k)
            {
                nextEdge = k;
            }

            _edgeAtOrAfter[at] = nextEdge;
        }
    }

    /// <summary>How many tokens from <paramref name="from"/> to <paramref name="to"/> (both in the sentence, inclusive) the
    /// running counts <paramref name="counts"/> hold, token <paramref name="skip"/> left out.</summary>
    private int CountIn(int[] counts, int from, int to, int skip)
    {
        if (to < from)
        {
            return 0;
        }

        int total = counts[to + 1 - FirstToken] - counts[from - FirstToken];
        return skip >= from && skip <= to ? total - (counts[skip + 1 - FirstToken] - counts[skip - FirstToken]) : total;
    }

    /// <summary>The clause of the glued "m" at token <paramref name="i"/>: from after the last clause edge before it (at most
    /// <see cref="ClauseReach"/> back) to before the first edge after it (at most as far ahead); whether a word of counting
    /// stands in it, and whether a word or another figure of length does.</summary>
    private (bool CountCue, bool Lengths) ClauseCues(int i)
    {
        EnsureClauseTables();
        int from = Math.Max(FirstToken, i - ClauseReach);
        if (i - 1 >= FirstToken)
        {
            from = Math.Max(from, _edgeAtOrBefore[i - 1 - FirstToken] + 1);
        }

        int to = Math.Min(EndToken - 1, i + ClauseReach);
        if (i + 1 < EndToken)
        {
            to = Math.Min(to, _edgeAtOrAfter[i + 1 - FirstToken] - 1);
        }

        return (CountIn(_countCues, from, to, i) > 0, CountIn(_lengthCues, from, to, i) > 0);
    }

    /// <summary>Whether another figure with a glued "m" that a word of length makes metres stands within twice
    /// <see cref="ClauseReach"/> of token <paramref name="i"/> (see <see cref="MetresElsewhere"/>).</summary>
    private bool MetreFigureNear(int i)
    {
        EnsureClauseTables();
        return CountIn(_metreFigures, Math.Max(FirstToken, i - (2 * ClauseReach)), Math.Min(EndToken - 1, i + (2 * ClauseReach)), i) > 0;
    }
}
