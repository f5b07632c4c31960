using System.Globalization;

namespace Tidings.Dates;

/// <summary>
/// The quoted documents of a text: a letter, a diary line, a text message, a telegram, an e-mail or a call read out in
/// quotation marks, and the day each was written on. A relative date inside the quotation ("'We sail tomorrow,' he wrote
/// on 3 June 1944", "The call was logged at 02:41 on Sunday 9 March. 'He was fine last night'") counts from the document's
/// own day, not from the publication's: the quotation is told at its own time of writing.
/// </summary>
/// <remarks>
/// Built once per text, before the forward pass: a document's day may follow its quotation ("… he wrote on 3 June
/// 1944"). The document's day is a day told outside any quotation: in the quoted date's sentence (the nearest), else one told
/// shortly before it (in its paragraph or the one before), else one told shortly after it in its paragraph. Linear in the text
/// and the parses.
/// </remarks>
internal sealed class QuotedDocuments
{
    // For each parse: the index of the parse that dates the document it is quoted from, or -1.
    private readonly int[] _document;

    /// <summary>How far (in characters) before a quoted date its document's day may be told ("The call was logged at 02:41 on Sunday 9
    /// March. 'He was fine last night'"); after it, half as far and in its paragraph.</summary>
    private const int DocumentReach = 240;

    private QuotedDocuments(int[] document) => _document = document;

    /// <summary>Finds the quotations of <paramref name="text"/> and the day each quoted document was written on.</summary>
    public static QuotedDocuments Of(string text, List<DateParse> parses)
    {
        int[] document = new int[parses.Count];
        Array.Fill(document, -1);
        List<(int Start, int End)> quotes = Quotations(text);
        if (quotes.Count == 0)
        {
            return new QuotedDocuments(document);
        }

        // Which quotation each parse lies in (-1: outside all); the parses are in text order.
        int[] inQuote = new int[parses.Count];
        int q = 0;
        for (int i = 0; i < parses.Count; i++)
        {
            while (q < quotes.Count && quotes[q].End <= parses[i].Start)
            {
                q++;
            }

            inQuote[i] = q < quotes.Count && quotes[q].Start < parses[i].Start && parses[i].End <= quotes[q].End ? q : -1;
        }

        // The next date and the next day told outside a quotation (scanned from the end).
        int[] next = new int[parses.Count + 1];
        int[] nextDay = new int[parses.Count + 1];
        next[parses.Count] = nextDay[parses.Count] = -1;
        for (int i = parses.Count - 1; i >= 0; i--)
        {
            next[i] = inQuote[i] < 0 ? i : next[i + 1];
            nextDay[i] = inQuote[i] < 0 && Dates(parses[i]) ? i : nextDay[i + 1];
        }

        int last = -1;
        int lastDay = -1;
        for (int i = 0; i < parses.Count; i++)
        {
            DateParse p = parses[i];
            if (inQuote[i] < 0)
            {
                last = i;
                lastDay = Dates(p) ? i : lastDay;
                continue;
            }

            document[i] = Document(text, parses, p, quotes[inQuote[i]].Start, last, next[i], lastDay, nextDay[i]);
        }

        return new QuotedDocuments(document);
    }

    /// <summary>
    /// The day told outside the quotation at <paramref name="quote"/> that dates the document <paramref name="p"/> is quoted from, or -1.
    /// The quotation's own sentence decides when it tells a time outside the quotation: its nearest day ("he wrote on 3 June 1944"), or
    /// none when that time is no day ("'It still feels like yesterday,' said one campaigner last night": the saying's own time). Else a
    /// day told shortly before (in its paragraph, or the one before when the quotation opens its own: "… and is dated 9 April 1912. ¶
    /// 'We sail tomorrow,' he wrote"), else one told shortly after in its paragraph.
    /// </summary>
    private static int Document(string text, List<DateParse> parses, in DateParse p, int quote, int last, int next, int lastDay, int nextDay)
    {
        bool ownBefore = last >= 0 && parses[last].Sentence == p.Sentence && parses[last].Paragraph == p.Paragraph;
        bool ownAfter = next >= 0 && parses[next].Sentence == p.Sentence && parses[next].Paragraph == p.Paragraph;
        if (ownBefore || ownAfter)
        {
            bool dayBefore = lastDay >= 0 && parses[lastDay].Sentence == p.Sentence && parses[lastDay].Paragraph == p.Paragraph;
            bool dayAfter = nextDay >= 0 && parses[nextDay].Sentence == p.Sentence && parses[nextDay].Paragraph == p.Paragraph;
            return (dayBefore, dayAfter) switch
            {
                (true, true) => p.Start - parses[lastDay].End <= parses[nextDay].Start - p.End ? lastDay : nextDay,
                (true, false) => lastDay,
                (false, true) => nextDay,
                _ => -1,
            };
        }

        bool opensParagraph = quote == 0 || text[quote - 1] == '\n';
        if (lastDay >= 0 && p.Start - parses[lastDay].End <= DocumentReach && (parses[lastDay].Paragraph == p.Paragraph || opensParagraph))
        {
            return lastDay;
        }

        return nextDay >= 0 && parses[nextDay].Paragraph == p.Paragraph && parses[nextDay].Start - p.End <= DocumentReach / 2 ? nextDay : -1;
    }

    /// <summary>The parse that dates the document parse <paramref name="index"/> is quoted from, or -1.</summary>
    public int DocumentOf(int index) => _document[index];

    /// <summary>
    /// Whether <paramref name="p"/>, quoted from a document, counts from the document's day: a day, a week, a month or a year
    /// counted from the time of writing ("tomorrow", "last night", "next week", "tonight") or a bare weekday ("Home Saturday").
    /// </summary>
    public static bool CountsFromDocument(in DateParse p) =>
        (p.Kind == ParseKind.Offset && p.Anchor == AnchorUse.Publication && p.Unit is TimeUnit.Day or TimeUnit.Week or TimeUnit.Weekend or TimeUnit.Month or TimeUnit.Year)
        || (p.Kind == ParseKind.Weekday && !p.Definite && p.DayStep == 0);

    /// <summary>The value of <paramref name="p"/> told in a document written on <paramref name="written"/>: a bare weekday not told in
    /// the past perfect is the coming one ("The auditors arrive on Monday", "Home Saturday").</summary>
    public static string? Resolve(in DateParse p, DateOnly written)
    {
        // (The tense read for it may be the frame's outside the quotation: "He said his son was coming to fix the gutter 'Saturday'".)
        DateParse told = p.Kind == ParseKind.Weekday && !p.Shifted && !p.Perfect ? p with { Tense = Tense.Future } : p;
        return DateResolver.Resolve(told, written);
    }

    /// <summary>The day a resolved value names ("1944-06-03", "2019-12-31T23:58"), or null when it names no day.</summary>
    public static DateOnly? Day(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day)
            ? day : null;

    /// <summary>Whether <paramref name="p"/> tells a day with its month ("on 3 June 1944", "Sunday 9 March", "18/06/2022, 21:02").</summary>
    private static bool Dates(in DateParse p) => p.Kind == ParseKind.Calendar && p.Month > 0 && p.Day > 0;

    /// <summary>Whether the straight mark at <paramref name="i"/> can open a quotation: at a word's start (after the text's start, a space
    /// or opening punctuation, before a non-space), never after a digit (an inch or a second: 6" pipes, 1' 23.4").</summary>
    private static bool Opens(string text, int i) =>
        (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '\u2014' or '\u2013' or '-' or ':')
        && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);

    /// <summary>Whether the straight mark at <paramref name="i"/> can close a quotation: after a non-space that is no digit's inch
    /// mark, before the text's end, a space or punctuation.</summary>
    private static bool Closes(string text, int i) =>
        i > 0 && !char.IsWhiteSpace(text[i - 1]) && !char.IsDigit(text[i - 1])
        && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]) || char.IsPunctuation(text[i + 1]));

    /// <summary>The quotations of the text: "…" and “…” pairs, each closed at the latest by the end of its line.</summary>
    private static List<(int Start, int End)> Quotations(string text)
    {
        var quotes = new List<(int Start, int End)>();
        int open = -1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n')
            {
                open = -1;
            }
            else if (c == '\u201C' || (c == '"' && open < 0 && Opens(text, i)))
            {
                open = i;
            }
            else if ((c == '\u201D' || (c == '"' && Closes(text, i))) && open >= 0)
            {
                quotes.Add((open, i + 1));
                open = -1;
            }
        }

        return quotes;
    }
}
