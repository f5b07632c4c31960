using Tidings.Text;

namespace Tidings.Claims;

/// <summary>
/// The credits room of attribution: a credit that names where figures come from is their source when their own
/// sentence names none. A label and colon ("Source: ONS", "Sources: Moneyfacts, Bank of England", "SOURCE: SMMT",
/// "Data: BloombergNEF", "(Data source: Cirium)", "Figures: Home Office"), a caption label whose words end in a data noun
/// ("Chart: Eurostat data"), a bracketed credit verb ("(sourced from the World Gold Council)") or a starred footnote of
/// data ("*Figures from Kantar, four weeks to 30 November" gives "Figures from Kantar"). On the same line as the figures
/// (after "|", a dash, a full stop or in brackets) the credit covers that line; as a line of its own it covers its block,
/// the lines with no blank line between them, above and below. Picture and design credits ("Photo:", "Graphic:") and
/// notes ("Note:", "*Excludes …") are not labels.
/// </summary>
/// <remarks>One forward scan of the text for the label marks (":", "*", "("), run once per document after the claims
/// are built and only when one lacks a source; line and block bounds are remembered between credits, so the work stays
/// linear in the length of the text.</remarks>
internal sealed partial class ClaimBuilder
{
    /// <summary>Words that label a credit before a colon ("Source:", "Data:", "Figures:"; "Data source:").</summary>
    private static readonly AsciiWordTable<bool> CreditLabels = ClaimGuards.Set("credit-labels");

    /// <summary>Caption labels that credit only when their words end in a data noun ("Chart: Eurostat data").</summary>
    private static readonly AsciiWordTable<bool> CreditCaptionLabels = ClaimGuards.Set("credit-caption-labels");

    /// <summary>Nouns of data that end a captioned credit or open a starred footnote ("Eurostat data", "*Figures from").</summary>
    private static readonly AsciiWordTable<bool> CreditDataNouns = ClaimGuards.Set("credit-data-nouns");

    /// <summary>Verbs that open a bracketed credit before a link word ("(sourced from …)").</summary>
    private static readonly AsciiWordTable<bool> CreditVerbs = ClaimGuards.Set("credit-verbs");

    /// <summary>Words linking a credit verb or footnote noun to the name ("from").</summary>
    private static readonly AsciiWordTable<bool> CreditLinks = ClaimGuards.Set("credit-links");

    /// <summary>The longest credit read, in characters: a name or a short noun phrase, never a paragraph.</summary>
    private const int MaxCreditLength = 100;

    /// <summary>Gives each claim of <paramref name="all"/> (sorted by position) that has no source the credit covering it.</summary>
    private void GiveCredits(Claim[] all)
    {
        if (Array.TrueForAll(all, c => c.Source is not null))
        {
            return;
        }

        ReadOnlySpan<char> text = _text;
        int scanned = 0;          // the text before this is read for line and block starts
        int lineStart = 0;
        int blockStart = 0;
        int lineEnd = -1;         // remembered ends: valid while the next mark lies before them
        int blockEnd = -1;
        int lastLineScope = -1;   // the line (by start) and block already credited
        int lastBlockScope = -1;
        int from = 0;
        while (from < text.Length)
        {
            int hit = text[from..].IndexOfAny(":*(");
            if (hit < 0)
            {
                break;
            }

            int p = from + hit;
            from = p + 1;
            AdvanceStarts(text, scanned, p, ref lineStart, ref blockStart);
            scanned = p;
            if (!ReadCredit(text, p, lineStart, out int sourceStart, out int sourceEnd, out bool ownLine))
            {
                continue;
            }

            if (lineEnd <= p)
            {
                int nl = text[p..].IndexOf('\n');
                lineEnd = nl < 0 ? text.Length : p + nl;
            }

            if (ownLine)
            {
                if (blockStart == lastBlockScope)
                {
                    continue;
                }

                if (blockEnd <= p)
                {
                    blockEnd = BlockEnd(text, lineEnd);
                }

                lastBlockScope = blockStart;
                Credit(all, blockStart, blockEnd, sourceStart, sourceEnd);
            }
            else if (lineStart != lastLineScope)
            {
                lastLineScope = lineStart;
                Credit(all, lineStart, lineEnd, sourceStart, sourceEnd);
            }
        }
    }

    /// <summary>Moves the line and block starts over <paramref name="text"/>[<paramref name="from"/>..<paramref name="to"/>):
    /// a line starts after a line break, a block after a blank line.</summary>
    private static void AdvanceStarts(ReadOnlySpan<char> text, int from, int to, ref int lineStart, ref int blockStart)
    {
        int at = from;
        while (at < to)
        {
            int nl = text[at..to].IndexOf('\n');
            if (nl < 0)
            {
                return;
            }

            int after = at + nl + 1;
            lineStart = after;
            int k = after;
            while (k < to && text[k] is ' ' or '\t' or '\r')
            {
                k++;
            }

            if (k < to && text[k] == '\n')
            {
                blockStart = k + 1;
            }

            at = after;
        }
    }

    /// <summary>The end of the block holding a line that ends at <paramref name="lineEnd"/>: the first line break followed by
    /// a blank line, or the end of the text.</summary>
    private static int BlockEnd(ReadOnlySpan<char> text, int lineEnd)
    {
        int at = lineEnd;
        while (at < text.Length)
        {
            int k = at + 1;
            while (k < text.Length && text[k] is ' ' or '\t' or '\r')
            {
                k++;
            }

            if (k >= text.Length || text[k] == '\n')
            {
                return at;
            }

            int nl = text[k..].IndexOf('\n');
            if (nl < 0)
            {
                return text.Length;
            }

            at = k + nl;
        }

        return text.Length;
    }

    /// <summary>Reads a credit at the mark <paramref name="p"/> (a colon after a label, a footnote star opening a line,
    /// or a bracket before a credit verb): the span of the name it credits, and whether it stands as a line of its own.</summary>
    private static bool ReadCredit(ReadOnlySpan<char> text, int p, int lineStart, out int sourceStart, out int sourceEnd, out bool ownLine)
    {
        sourceStart = sourceEnd = 0;
        ownLine = false;
        bool bracket = false;
        bool footnote = false;
        bool caption = false;
        int s;
        switch (text[p])
        {
            case ':':
                {
                    int labelStart = LetterRunStart(text, p);
                    if (labelStart == p)
                    {
                        return false;
                    }

                    ReadOnlySpan<char> label = text[labelStart..p];
                    if (!CreditLabels.Contains(label))
                    {
                        if (!CreditCaptionLabels.Contains(label))
                        {
                            return false;
                        }

                        caption = true;
                    }
                    else if (labelStart > 1 && text[labelStart - 1] == ' ')
                    {
                        // "Data source:": a label word before the label belongs to it.
                        int before = LetterRunStart(text, labelStart - 1);
                        if (before < labelStart - 1 && CreditLabels.Contains(text[before..(labelStart - 1)]))
                        {
                            labelStart = before;
                        }
                    }

                    int b = labelStart;
                    while (b > lineStart && text[b - 1] is ' ' or '\t')
                    {
                        b--;
                    }

                    if (b == lineStart)
                    {
                        ownLine = true;
                    }
                    else if (text[b - 1] is '(' or '[')
                    {
                        bracket = true;
                    }
                    else if (text[b - 1] is not ('|' or '\u2014' or '\u2013' or '-' or '.' or ';'))
                    {
                        return false;
                    }

                    s = p + 1;
                    break;
                }

            case '*':
                {
                    if (p != lineStart || p + 1 >= text.Length)
                    {
                        return false;
                    }

                    int w = p + 1;
                    int e = LetterRunEnd(text, w);
                    if (e == w || !CreditDataNouns.Contains(text[w..e]) || !LinkFollows(text, e))
                    {
                        return false;
                    }

                    ownLine = true;
                    footnote = true;
                    s = w;
                    break;
                }

            default:
                {
                    int w = p + 1;
                    int e = LetterRunEnd(text, w);
                    if (e == w || !CreditVerbs.Contains(text[w..e]) || !LinkFollows(text, e))
                    {
                        return false;
                    }

                    s = LetterRunEnd(text, e + 1);
                    bracket = true;
                    break;
                }
        }

        while (s < text.Length && text[s] is ' ' or '\t')
        {
            s++;
        }

        int limit = Math.Min(text.Length, s + MaxCreditLength + 1);
        int end = s;
        while (end < limit && text[end] != '\n' && !(bracket && text[end] is ')' or ']') && !(footnote && text[end] == ','))
        {
            if (char.IsAsciiDigit(text[end]) && !footnote)
            {
                return false;
            }

            end++;
        }

        if ((end == limit && limit < text.Length && text[end] != '\n') || (bracket && (end >= text.Length || text[end] is not (')' or ']'))))
        {
            return false;
        }

        while (end > s && text[end - 1] is ' ' or '\t' or '\r' or '.')
        {
            end--;
        }

        if (end == s || !char.IsLetter(text[s]))
        {
            return false;
        }

        if (caption && !CreditDataNouns.Contains(text[LetterRunStart(text, end)..end]))
        {
            return false;
        }

        sourceStart = s;
        sourceEnd = end;
        return true;
    }

    /// <summary>Whether a link word ("from") follows the word ending at <paramref name="e"/> after one space.</summary>
    private static bool LinkFollows(ReadOnlySpan<char> text, int e)
    {
        if (e >= text.Length || text[e] != ' ')
        {
            return false;
        }

        int end = LetterRunEnd(text, e + 1);
        return end > e + 1 && CreditLinks.Contains(text[(e + 1)..end]) && end < text.Length && text[end] == ' ';
    }

    /// <summary>The start of the run of ASCII letters ending at <paramref name="end"/>.</summary>
    private static int LetterRunStart(ReadOnlySpan<char> text, int end)
    {
        int k = end;
        while (k > 0 && char.IsAsciiLetter(text[k - 1]))
        {
            k--;
        }

        return k;
    }

    /// <summary>The end of the run of ASCII letters starting at <paramref name="start"/>.</summary>
    private static int LetterRunEnd(ReadOnlySpan<char> text, int start)
    {
        int k = start;
        while (k < text.Length && char.IsAsciiLetter(text[k]))
        {
            k++;
        }

        return k;
    }

    /// <summary>Gives the claims of <paramref name="all"/> that start in [<paramref name="scopeStart"/>, <paramref name="scopeEnd"/>)
    /// and have no source the credit [<paramref name="sourceStart"/>, <paramref name="sourceEnd"/>). Within the claim's
    /// sentence the claim grows to hold it; across a line break it is given as a part outside the claim.</summary>
    private void Credit(Claim[] all, int scopeStart, int scopeEnd, int sourceStart, int sourceEnd)
    {
        int lo = 0;
        int hi = all.Length;
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (all[mid].Start < scopeStart)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (int i = lo; i < all.Length && all[i].Start < scopeEnd; i++)
        {
            Claim c = all[i];
            if (c.Source is not null)
            {
                continue;
            }

            var source = new TextSpan(sourceStart, sourceEnd, _text[sourceStart..sourceEnd]);
            Sentence sentence = SentenceAt(c.Start);
            if (sentence.Start <= sourceStart && sourceEnd <= sentence.End)
            {
                int start = Math.Min(c.Start, sourceStart);
                int end = Math.Max(c.End, sourceEnd);
                all[i] = new Claim(start, end, _text[start..end], c.Quantities, c.Relation, source, c.Subject, c.Predicate);
            }
            else
            {
                all[i] = new Claim(c.Start, c.End, c.Text, c.Quantities, c.Relation, source, c.Subject, c.Predicate);
            }
        }
    }

    /// <summary>The sentence of the document holding <paramref name="offset"/> (found by halving).</summary>
    private Sentence SentenceAt(int offset)
    {
        ReadOnlySpan<Sentence> sentences = _doc.Sentences;
        int lo = 0;
        int hi = sentences.Length;
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (sentences[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < sentences.Length ? sentences[lo] : default;
    }
}
