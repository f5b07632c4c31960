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
/// shortly before it (in its paragraph or the one before), else one told shortly after it in its paragraph (a day told after the
/// quotation in another sentence counts only with a year of its own: the extractor's check). Only a day whose clause has a word of
/// saying, writing or recording or a document's noun (<c>Data/tense-verbs.txt</c>, <c>[document-cue]</c>: "wrote", "dated",
/// "logged", "letter", "minutes"), or that heads its line (a diary's "Sunday 2nd."), dates a document; a nearer date of any kind
/// told outside the quotation in another sentence blocks an older day; a day later than the publication is none (review 35d,
/// finding 2: "born … on 2 March 1941. He died on Tuesday. 'He was at the club only last week,' a friend said" is today's news).
/// Quotations are "…", “…”, ‘…’ and '…' (an apostrophe inside or after a word is no mark), and one that opens a paragraph runs on
/// into the next when that one opens with a mark again (newspaper style). Texts without a quotation mark skip all of it. Linear in
/// the text and the parses.
/// </remarks>
internal sealed class QuotedDocuments
{
    // For each parse: the index of the parse that dates the document it is quoted from, or -1 (null: none has one).
    private readonly int[]? _document;

    // For each parse: where its quotation opens and ends, or -1 (null: no parse is quoted).
    private readonly int[]? _quoteStart;
    private readonly int[]? _quoteEnd;

    /// <summary>The characters that may open or close a quotation: a text with none of them has no quotation to read.</summary>
    private static readonly System.Buffers.SearchValues<char> QuoteMarks = System.Buffers.SearchValues.Create("\"'\u2018\u2019\u201C\u201D");

    /// <summary>The quotation marks and the line break (which closes a quotation): the characters <see cref="Quotations"/> stops at.</summary>
    private static readonly System.Buffers.SearchValues<char> Marks = System.Buffers.SearchValues.Create("\"'\u2018\u2019\u201C\u201D\n");

    /// <summary>How far (in characters) before a quoted date its document's day may be told ("The call was logged at 02:41 on Sunday 9
    /// March. 'He was fine last night'"); after it, half as far and in its paragraph.</summary>
    private const int DocumentReach = 240;

    private static readonly QuotedDocuments None = new(null, null, null);

    private QuotedDocuments(int[]? document, int[]? quoteStart, int[]? quoteEnd) => (_document, _quoteStart, _quoteEnd) = (document, quoteStart, quoteEnd);

    /// <summary>Finds the quotations of <paramref name="text"/> and the day each quoted document was written on.</summary>
    public static QuotedDocuments Of(string text, List<DateParse> parses)
    {
        // (Most texts quote nothing and head no entry: one vectorised search and a look at the day parses settle it before anything is
        // allocated.)
        List<(int Start, int End)>? quotes = text.AsSpan().IndexOfAny(QuoteMarks) < 0 ? null : Quotations(text);
        bool[]? heads = Entries(text, parses, ref quotes);
        if (quotes is null)
        {
            return None;
        }

        // Which quotation each parse lies in (-1: outside all); the parses are in text order.
        int[] inQuote = new int[parses.Count];
        int[] quoteStart = new int[parses.Count];
        int[] quoteEnd = new int[parses.Count];
        bool anyQuoted = false;
        int q = 0;
        for (int i = 0; i < parses.Count; i++)
        {
            while (q < quotes.Count && quotes[q].End <= parses[i].Start)
            {
                q++;
            }

            inQuote[i] = q < quotes.Count && quotes[q].Start < parses[i].Start && parses[i].End <= quotes[q].End ? q : -1;
            quoteStart[i] = inQuote[i] < 0 ? -1 : quotes[q].Start;
            quoteEnd[i] = inQuote[i] < 0 ? -1 : quotes[q].End;
            anyQuoted |= inQuote[i] >= 0;
        }

        if (!anyQuoted)
        {
            return None;
        }

        int[] document = new int[parses.Count];
        Array.Fill(document, -1);

        // The next date and the next day told outside a quotation (scanned from the end). Only a date that places a time counts: an
        // amount of time or a recurrence ("He had been at sea for three years", "every week") tells no time a quotation was said at
        // (review 36d, finding 7).
        int[] next = new int[parses.Count + 1];
        int[] nextDay = new int[parses.Count + 1];
        next[parses.Count] = nextDay[parses.Count] = -1;
        for (int i = parses.Count - 1; i >= 0; i--)
        {
            next[i] = inQuote[i] < 0 && Places(parses[i]) ? i : next[i + 1];
            nextDay[i] = inQuote[i] < 0 && ((heads is not null && heads[i]) || Dates(text, parses[i], quotes)) ? i : nextDay[i + 1];
        }

        int last = -1;
        int lastDay = -1;
        for (int i = 0; i < parses.Count; i++)
        {
            DateParse p = parses[i];
            if (inQuote[i] < 0)
            {
                last = Places(p) ? i : last;
                lastDay = nextDay[i] == i ? i : lastDay; // (the day test made once, on the way back)
                continue;
            }

            document[i] = Document(text, parses, p, quotes[inQuote[i]].Start, last, next[i], lastDay, nextDay[i]);
        }

        return new QuotedDocuments(document, quoteStart, quoteEnd);
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
        // A nearer date of any kind told outside the quotation, in another sentence, blocks an older day ("… on 2 March 1941. He died on
        // Tuesday. '…'"); a clock of the day's own sentence does not ("At 18/06/2022, 21:02 Harris wrote: '…'").
        lastDay = lastDay >= 0 && (lastDay == last || SameSentence(parses[lastDay], parses[last])) ? lastDay : -1;
        nextDay = nextDay >= 0 && (nextDay == next || SameSentence(parses[nextDay], parses[next])) ? nextDay : -1;
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

    /// <summary>How far (in characters) a letter's heading may stand before its day ("Anzac Cove, May 2nd, 1915").</summary>
    private const int HeadingReach = 40;

    /// <summary>
    /// Finds the entries of a diary or a letter that a day heads, unquoted (session 38, b26's letters and diaries), and adds each to
    /// <paramref name="quotes"/> as a quotation that day dates: a day opening its line (after a place and a comma in a letter's heading,
    /// "Da Nang, March 30, 1968.", "Belgium, 23 December 1944") and followed by a full stop and the entry's words on the same line ("30
    /// June 1916. Moved up tonight. Zero hour is 7.30 tomorrow."), or ending its line when the next line opens a letter ("Dear Mom,",
    /// "Darling Jean,"): the entry is the rest of the line, or the letter's first paragraph. Returns which parses head an entry, or null.
    /// </summary>
    private static bool[]? Entries(string text, List<DateParse> parses, ref List<(int Start, int End)>? quotes)
    {
        bool[]? heads = null;
        List<(int Start, int End)>? entries = null;
        for (int i = 0; i < parses.Count; i++)
        {
            DateParse p = parses[i];
            if (p.Type != TemporalType.Date || !((p.Kind == ParseKind.Calendar && p.Month > 0 && p.Day > 0) || (p.Kind == ParseKind.NamedDay && p.Year is not null))
                || !HeadsLine(text, p.Start))
            {
                continue;
            }

            int k = p.End;
            while (k < text.Length && text[k] is ' ' or '\t')
            {
                k++;
            }

            (int Start, int End) entry;
            if (k + 1 < text.Length && text[k] == '.' && text[k + 1] == ' ')
            {
                int lineEnd = text.IndexOf('\n', k);
                entry = (k, lineEnd < 0 ? text.Length : lineEnd); // "30 June 1916. Moved up tonight."
                DateWork.Characters += entry.End - k;
            }
            else if (k < text.Length && (text[k] is '\n' or '\r') && Salutation(text, k, out int body))
            {
                int bodyEnd = text.IndexOf('\n', body);
                entry = (body, bodyEnd < 0 ? text.Length : bodyEnd); // "Pusan, Christmas Eve 1950 ¶ Darling Jean, we arrived last Thursday …"
                DateWork.Characters += entry.End - k;
            }
            else
            {
                continue;
            }

            if (quotes is not null && Overlaps(quotes, entry))
            {
                continue; // (a quotation of its own decides)
            }

            (entries ??= []).Add(entry);
            (heads ??= new bool[parses.Count])[i] = true;
        }

        if (entries is not null)
        {
            quotes ??= [];
            quotes.AddRange(entries);
            quotes.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        return heads;
    }

    /// <summary>Whether the text at <paramref name="start"/> opens its line, alone or after a letter's place and a comma ("Da Nang, ",
    /// "Anzac Cove, ": capitalised words only).</summary>
    private static bool HeadsLine(string text, int start)
    {
        int back = Math.Min(start, HeadingReach + 1);
        DateWork.Characters += back;
        int line = start == 0 ? 0 : text.LastIndexOf('\n', start - 1, back) + 1;
        if (line == 0 && start > HeadingReach)
        {
            return false;
        }

        ReadOnlySpan<char> head = text.AsSpan(line, start - line).TrimEnd();
        if (head.IsEmpty)
        {
            return true;
        }

        if (head[^1] != ',' || !char.IsUpper(head[0]))
        {
            return false;
        }

        head = head[..^1];
        for (int w = 0; w < head.Length; w++)
        {
            char c = head[w];
            if (!(char.IsLetter(c) || c is ' ' or '-' or '\'' or '\u2019') || (char.IsLetter(c) && (w == 0 || head[w - 1] == ' ') && !char.IsUpper(c)))
            {
                return false; // a place in capitalised words: "Saudi Arabia", not "He wrote on"
            }
        }

        return true;
    }

    /// <summary>Whether the line after the line break at <paramref name="at"/> (blank lines skipped) opens a letter ("Dear Mom,",
    /// "Darling Jean,", "My dear Amra,", "Dearest"); <paramref name="body"/> is where it starts.</summary>
    private static bool Salutation(string text, int at, out int body)
    {
        body = at;
        while (body < text.Length && text[body] is '\n' or '\r' or ' ')
        {
            body++;
        }

        DateWork.Characters += body - at;
        ReadOnlySpan<char> opening = text.AsSpan(body, Math.Min(12, text.Length - body));
        return opening.StartsWith("Dear ", StringComparison.Ordinal) || opening.StartsWith("Darling ", StringComparison.Ordinal)
            || opening.StartsWith("My dear", StringComparison.Ordinal) || opening.StartsWith("Dearest", StringComparison.Ordinal);
    }

    /// <summary>Whether <paramref name="entry"/> overlaps a quotation of <paramref name="quotes"/> (in text order; a binary search).</summary>
    private static bool Overlaps(List<(int Start, int End)> quotes, (int Start, int End) entry)
    {
        int lo = 0, hi = quotes.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (quotes[mid].End <= entry.Start)
            {
                lo = mid + 1;
            }
            else if (quotes[mid].Start >= entry.End)
            {
                hi = mid - 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameSentence(in DateParse a, in DateParse b) => a.Sentence == b.Sentence && a.Paragraph == b.Paragraph;

    /// <summary>Whether <paramref name="p"/> places a time (a day, a week, a month, a year, a clock), not an amount of time or a recurrence.</summary>
    private static bool Places(in DateParse p) => p.Type is TemporalType.Date or TemporalType.Time;

    /// <summary>The parse that dates the document parse <paramref name="index"/> is quoted from, or -1.</summary>
    public int DocumentOf(int index) => _document is null ? -1 : _document[index];

    /// <summary>
    /// Whether <paramref name="p"/>, quoted from a document, counts from the document's day: a day, a week, a month or a year
    /// counted from the time of writing ("tomorrow", "last night", "next week", "tonight") or a bare weekday ("Home Saturday").
    /// </summary>
    public static bool CountsFromDocument(in DateParse p) =>
        (p.Kind == ParseKind.Offset && p.Anchor == AnchorUse.Publication && p.Unit is TimeUnit.Day or TimeUnit.Week or TimeUnit.Weekend or TimeUnit.Month or TimeUnit.Year)
        || (p.Kind == ParseKind.Weekday && !p.Definite && p.DayStep == 0);

    /// <summary>The value of parse <paramref name="index"/> (<paramref name="p"/>) told in a document written on <paramref name="written"/>:
    /// a bare weekday is the coming one ("The auditors arrive on Monday", "Home Saturday") unless the quotation tells it in the past
    /// ("'We buried him on Tuesday,' she wrote on 14 June 1916": the Tuesday before; review 35d, finding 6).</summary>
    public string? Resolve(int index, in DateParse p, DateOnly written, string text)
    {
        // (The tense read for it may be the frame's outside the quotation: "The club, which signed him …, said: 'He will have a medical
        // on Thursday'", "He said his son was coming to fix the gutter 'Saturday'": the past must be the quotation's own, told by its
        // own verbs, before or after the weekday: "'Tuesday was awful,' she wrote"; review 36d, finding 2.)
        if (p.Kind != ParseKind.Weekday || p.Shifted || p.Perfect)
        {
            return DateResolver.Resolve(p, written);
        }

        Tense? own = _quoteStart is not null && _quoteStart[index] >= 0 && _quoteEnd is not null
            ? OwnTense(text, _quoteStart[index] + 1, _quoteEnd[index], p.Start, p.End) : null;
        bool toldPast = own == Tense.Past;

        // A weekday ahead that is the document's own weekday is a week on ("Won't be back till Monday" in a diary written on a Monday:
        // the writer would have said "today"); review 36d, finding 2. Only when the quotation tells it ahead with a future's word or
        // asks it ("Can you do Monday?"), never a weekday heading its sentence, as a diary's entry does ("‘Monday. Rain all day.’"), nor
        // one told in the present ("I'm sorry about Sunday"); review 37d, finding 5.
        bool ahead = own == Tense.Future || (own == Tense.Present && Asked(text, p.End, _quoteEnd![index]));
        DateOnly from = ahead && p.WeeksOn == 0 && p.Weekday == (int)written.DayOfWeek && !HeadsSentence(text, _quoteStart![index] + 1, p.Start)
            ? written.AddDays(7) : written;
        return DateResolver.Resolve(p with { Tense = toldPast ? Tense.Past : Tense.Future }, from);
    }

    /// <summary>
    /// Whether the weekday <paramref name="p"/> (parse <paramref name="index"/>), quoted from no dated document, is told ahead by the
    /// quotation's own words, a future or a present ("The club, which signed him on 1 July 2019, said: 'He will have a medical on
    /// Thursday'", "Smith, who joined the club …, told reporters: 'We have a big game on Saturday'"), though the tense read for it
    /// was the frame's: then it is the coming one (review 36d, finding 2).
    /// </summary>
    public bool ToldAhead(int index, in DateParse p, string text) =>
        p.Kind == ParseKind.Weekday && !p.Shifted && !p.Perfect && p.Tense != Tense.Future && _quoteStart is not null && _quoteEnd is not null
        && _quoteStart[index] >= 0 && OwnTense(text, _quoteStart[index] + 1, _quoteEnd[index], p.Start, p.End, clauseOnly: true) is Tense.Future or Tense.Present;

    /// <summary>Whether the quotation's sentence after <paramref name="end"/> (up to <paramref name="to"/>) ends with a question mark.</summary>
    private static bool Asked(string text, int end, int to)
    {
        for (int k = end; k < Math.Min(Math.Min(to, text.Length), end + TenseReach); k++)
        {
            if (text[k] is '.' or '!')
            {
                return false;
            }

            if (text[k] == '?')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the weekday at <paramref name="start"/> opens its sentence inside the quotation that starts at <paramref name="from"/>
    /// (only quotation marks and spaces before it back to the quotation's start or a full stop).</summary>
    private static bool HeadsSentence(string text, int from, int start)
    {
        for (int k = start - 1; k >= from && k >= start - TenseReach; k--)
        {
            char c = text[k];
            if (c is '.' or '!' or '?')
            {
                return true;
            }

            if (!char.IsWhiteSpace(c) && c is not ('"' or '\'' or '\u2018' or '\u2019' or '\u201C' or '\u201D'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How far (in characters) around a quoted weekday the quotation's own verbs are read.</summary>
    private const int TenseReach = 160;

    /// <summary>
    /// The tense the quotation in [<paramref name="from"/>, <paramref name="to"/>) tells the date at [<paramref name="start"/>,
    /// <paramref name="end"/>) in: read from the quotation's own words in the date's sentence (else the whole quotation, within
    /// <see cref="TenseReach"/>), a future or present marker ("will", "'ll", "is") over a past one ("was", "sailed", "had"); null
    /// when the quotation has no verb of tense of its own ("Home Saturday").
    /// </summary>
    private static Tense? OwnTense(string text, int from, int to, int start, int end, bool clauseOnly = false)
    {
        from = Math.Max(from, start - TenseReach);
        to = Math.Min(Math.Min(to, text.Length), end + TenseReach);
        int a = start;
        while (a > from && text[a - 1] is not ('.' or '!' or '?'))
        {
            a--;
        }

        int b = end;
        while (b < to && text[b] is not ('.' or '!' or '?'))
        {
            b++;
        }

        // The weekday's own clause first: its verb before it, else after it ("He died on Tuesday and the family is devastated": the
        // comment on now in another clause counts for nothing; review 37d, finding 1); "from Tuesday", "since Friday" are past, and a
        // possessive weekday ("Friday's incident") has no clause of its own.
        ReadOnlySpan<char> lead = text.AsSpan(a, start - a).TrimEnd();
        if (EndsWithWord(lead, "from") || EndsWithWord(lead, "since"))
        {
            return Tense.Past;
        }

        if (end + 1 < text.Length && text[end] is '\'' or '\u2019' && text[end + 1] is 's' or 'S')
        {
            return null;
        }

        int c = ClauseStart(text, a, start);
        int e = ClauseEnd(text, end, b);
        Tense? clause = TenseOf(text.AsSpan(c, start - c), c > a) ?? TenseOf(text.AsSpan(end, e - end), false);

        // (Told ahead against the frame's tense only by its own clause: a present in another clause of the sentence leaves the frame's
        // reading, "He died on Tuesday and the family is devastated"; review 37d, finding 1.)
        return clauseOnly ? clause
            : clause ?? TenseOf(text.AsSpan(a, start - a), text.AsSpan(end, b - end)) ?? TenseOf(text.AsSpan(from, start - from), text.AsSpan(end, to - end));
    }

    /// <summary>Words that open a clause of their own inside a sentence: the weekday's tense is read inside its clause.</summary>
    private static readonly string[] ClauseWords = ["and", "but", "which", "who", "what", "that", "where", "when", "while"];

    /// <summary>The start of the clause that holds the text before <paramref name="start"/>, no earlier than <paramref name="a"/>: just
    /// after a comma, a semicolon, a colon or a clause word (<see cref="ClauseWords"/>).</summary>
    private static int ClauseStart(string text, int a, int start)
    {
        for (int k = start - 1; k > a; k--)
        {
            char ch = text[k];
            if (ch is ',' or ';' or ':')
            {
                return k + 1;
            }

            if (ch == ' ' && ClauseWordAt(text, k + 1, start) is int after)
            {
                return after;
            }
        }

        return a;
    }

    /// <summary>The end of the clause after <paramref name="end"/>, no later than <paramref name="b"/> (see <see cref="ClauseStart"/>).</summary>
    private static int ClauseEnd(string text, int end, int b)
    {
        for (int k = end; k < b; k++)
        {
            char ch = text[k];
            if (ch is ',' or ';' or ':' || (ch == ' ' && ClauseWordAt(text, k + 1, b) is not null))
            {
                return k;
            }
        }

        return b;
    }

    /// <summary>The position just after a clause word (<see cref="ClauseWords"/>) written at <paramref name="k"/> and ended by a space before
    /// <paramref name="limit"/>, or null.</summary>
    private static int? ClauseWordAt(string text, int k, int limit)
    {
        foreach (string w in ClauseWords)
        {
            int after = k + w.Length;
            if (after < limit && text[after] == ' ' && text.AsSpan(k, w.Length).Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return after;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="span"/> ends with the word <paramref name="word"/>.</summary>
    private static bool EndsWithWord(ReadOnlySpan<char> span, string word) =>
        span.EndsWith(word, StringComparison.OrdinalIgnoreCase) && (span.Length == word.Length || !char.IsLetter(span[^(word.Length + 1)]));

    /// <summary>The tense the words of <paramref name="before"/> and <paramref name="after"/> tell (see <see cref="OwnTense"/>), or null.</summary>
    private static Tense? TenseOf(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        Tense? b = TenseOf(before);
        Tense? a = TenseOf(after);
        return b is Tense.Future || a is Tense.Future ? Tense.Future : b is Tense.Present || a is Tense.Present ? Tense.Present : b ?? a;
    }

    /// <summary>The tense of a clause's words (see <see cref="TenseOf(ReadOnlySpan{char})"/>); <paramref name="clauseWordBefore"/>: the
    /// clause opens after a clause word ("what happened", "who attacked her"), where a lower-case "-ed" word first is a finite past.</summary>
    private static Tense? TenseOf(ReadOnlySpan<char> clause, bool clauseWordBefore)
    {
        ReadOnlySpan<char> trimmed = clause.TrimStart();
        if (clauseWordBefore && trimmed.Length > 0 && char.IsLower(trimmed[0]))
        {
            int w = 0;
            while (w < trimmed.Length && char.IsLetter(trimmed[w]))
            {
                w++;
            }

            ReadOnlySpan<char> first = trimmed[..w];
            if (first.Length >= 5 && first.EndsWith("ed", StringComparison.Ordinal) && !first.EndsWith("eed", StringComparison.Ordinal))
            {
                return Tense.Past;
            }
        }

        return TenseOf(clause);
    }

    private static Tense? TenseOf(ReadOnlySpan<char> span)
    {
        Tense? told = null;
        ReadOnlySpan<char> last = default;
        for (int i = 0; i < span.Length; i++)
        {
            if (!char.IsLetter(span[i]) || (i > 0 && (char.IsLetter(span[i - 1]) || span[i - 1] is '\'' or '\u2019')))
            {
                continue;
            }

            int j = i;
            while (j < span.Length && char.IsLetter(span[j]))
            {
                j++;
            }

            ReadOnlySpan<char> previous = last;
            ReadOnlySpan<char> word = span[i..j];
            last = word;
            bool clipped = j + 1 < span.Length && span[j] is '\'' or '\u2019' && char.IsLetter(span[j + 1]);
            if (clipped && span[j + 1] == 't' && (j + 2 >= span.Length || !char.IsLetter(span[j + 2])) && word.EndsWith("n", StringComparison.OrdinalIgnoreCase))
            {
                // "won't", "didn't", "isn't": the auxiliary's tense ("won't" is the future's)
                word = word.Equals("won", StringComparison.OrdinalIgnoreCase) ? "will" : word[..^1];
            }

            if (DateVocabulary.Lookup(word, out int n) == WordKind.TenseMarker)
            {
                // "He could have died on Tuesday", "It must have happened", "She should never have been released": a modal's perfect is past
                // (review 37d, finding 1).
                ReadOnlySpan<char> next = NextWord(span, j);
                if ((Tense)n == Tense.Present && (next.Equals("have", StringComparison.OrdinalIgnoreCase)
                    || ((next.Equals("never", StringComparison.OrdinalIgnoreCase) || next.Equals("not", StringComparison.OrdinalIgnoreCase))
                        && NextWord(span, j + 1 + next.Length).Equals("have", StringComparison.OrdinalIgnoreCase))))
                {
                    return Tense.Past;
                }

                if ((Tense)n is Tense.Future or Tense.Present)
                {
                    return (Tense)n; // (the present tells a day ahead as the future does; only the future moves a document's own weekday a week on)
                }

                // ("have" and "has" are the perfect's only before a past form; before a determiner or "to" they are the present's: "We have
                // a big game on Saturday", "He has to report on Monday" are ahead.)
                bool perfectAux = word.Equals("have", StringComparison.OrdinalIgnoreCase) || word.Equals("has", StringComparison.OrdinalIgnoreCase);
                if (perfectAux && Possessive(next))
                {
                    return Tense.Present;
                }

                told = (Tense)n == Tense.Past && (!perfectAux || TenseOf(NextWord(span, j)) == Tense.Past) ? Tense.Past : told;
            }
            else if (word.Length >= 4 && word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("eed", StringComparison.Ordinal)
                && char.IsLower(word[0]) && SubjectPronoun(previous))
            {
                // "We sailed", "we buried him": a lower-case "-ed" form counts only right after a subject pronoun, where it is a verb's past;
                // after a noun or an article it is as often a participle or an adjective ("the planned strike", "a scheduled meeting", "the
                // match postponed"), and "need", "proceed" are no past forms.
                told = Tense.Past;
            }

            if (clipped && j + 2 < span.Length && span[j + 1] is 'l' && span[j + 2] is 'l')
            {
                return Tense.Future; // "I'll", "we'll"
            }

            i = j;
        }

        return told;
    }

    /// <summary>Whether <paramref name="word"/> is a personal pronoun that is a verb's subject ("I", "we", "he", "she", "they", "you", "it").</summary>
    private static bool SubjectPronoun(ReadOnlySpan<char> word) =>
        word.Equals("I", StringComparison.Ordinal) || word.Equals("we", StringComparison.OrdinalIgnoreCase) || word.Equals("he", StringComparison.OrdinalIgnoreCase)
        || word.Equals("she", StringComparison.OrdinalIgnoreCase) || word.Equals("they", StringComparison.OrdinalIgnoreCase) || word.Equals("you", StringComparison.OrdinalIgnoreCase)
        || word.Equals("it", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="word"/>, after "have" or "has", makes it the present's ("have a", "has the", "have to", "has no").</summary>
    private static bool Possessive(ReadOnlySpan<char> word) =>
        word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase) || word.Equals("the", StringComparison.OrdinalIgnoreCase)
        || word.Equals("to", StringComparison.OrdinalIgnoreCase) || word.Equals("no", StringComparison.OrdinalIgnoreCase) || word.Equals("our", StringComparison.OrdinalIgnoreCase)
        || word.Equals("their", StringComparison.OrdinalIgnoreCase) || word.Equals("some", StringComparison.OrdinalIgnoreCase);

    /// <summary>The word after <paramref name="at"/> in <paramref name="span"/> (empty at its end).</summary>
    private static ReadOnlySpan<char> NextWord(ReadOnlySpan<char> span, int at)
    {
        while (at < span.Length && !char.IsLetter(span[at]))
        {
            at++;
        }

        int end = at;
        while (end < span.Length && char.IsLetter(span[end]))
        {
            end++;
        }

        return span[at..end];
    }

    /// <summary>The day a resolved value names ("1944-06-03", "2019-12-31T23:58"), or null when it names no day.</summary>
    public static DateOnly? Day(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day)
            ? day : null;

    /// <summary>Whether <paramref name="p"/> tells a day with its month ("on 3 June 1944", "Sunday 9 March", "18/06/2022, 21:02") as the
    /// day of a document or a saying: it heads its line, or its clause has a document cue (<see cref="Cued"/>).</summary>
    private static bool Dates(string text, in DateParse p, List<(int Start, int End)> quotes) =>
        p.Kind == ParseKind.Calendar && p.Month > 0 && p.Day > 0 && (p.LineHead || Dateline(text, p.Start, p.End) || Cued(text, p.Start, p.End, quotes));

    /// <summary>How far (in characters) a dateline's place and its agency may run before and after its day.</summary>
    private const int DatelineReach = 40;

    /// <summary>Whether the day at [<paramref name="start"/>, <paramref name="end"/>) is a wire dateline's ("LONDON, Dec 3 (Reuters) -",
    /// "PARIS, 3 December 2026 -"): it follows its line's opening place in capitals and a comma, and a dash follows it (or an agency in
    /// brackets and a dash). A dateline dates the story's quotations as a line's head does (review 36d, finding 6).</summary>
    private static bool Dateline(string text, int start, int end)
    {
        int back = Math.Min(start, DatelineReach + 1);
        DateWork.Characters += back;
        int lineBreak = start == 0 ? -1 : text.LastIndexOf('\n', start - 1, back); // (bounded: linear)
        if (lineBreak < 0 && start > DatelineReach)
        {
            return false;
        }

        int line = lineBreak + 1;
        ReadOnlySpan<char> head = text.AsSpan(line, start - line).TrimEnd();
        if (head.Length < 3 || head[^1] != ',')
        {
            return false;
        }

        int w = line;
        while (w < start && char.IsLetter(text[w]) && char.IsUpper(text[w]))
        {
            w++;
        }

        if (w - line < 2 || (w < start && char.IsLetter(text[w])))
        {
            return false; // no place in capitals ("London, on 3 December")
        }

        int k = end;
        while (k < text.Length && text[k] == ' ')
        {
            k++;
        }

        if (k < text.Length && text[k] == '(')
        {
            int reach = Math.Min(DatelineReach + 1, text.Length - k);
            DateWork.Characters += reach;
            int close = text.IndexOf(')', k, reach); // (bounded by the reach it is judged by: linear; review 37d, finding 3)
            if (close < 0 || close - k > DatelineReach || text.AsSpan(k, close - k).Contains('\n'))
            {
                return false;
            }

            k = close + 1;
            while (k < text.Length && text[k] == ' ')
            {
                k++;
            }
        }

        return k < text.Length && text[k] is '-' or '\u2013' or '\u2014';
    }

    /// <summary>How far (in characters) from a day its clause is searched for a document cue.</summary>
    private const int CueReach = 80;

    /// <summary>
    /// Whether the clause of the day at [<paramref name="start"/>, <paramref name="end"/>) has a word of saying, writing or recording
    /// or a document's noun (<see cref="DateVocabulary.DocumentCues"/>): back to the clause's start (a comma, a colon or a quotation
    /// mark ends the search, so "said Smith, who joined the club on 1 July 2019" has none), and on to the sentence's end or a
    /// quotation ("The minutes for 11 April 1963 record that …", "is dated 9 April 1912", "At 18/06/2022, 21:02 Harris wrote:").
    /// </summary>
    private static bool Cued(string text, int start, int end, List<(int Start, int End)> quotes)
    {
        // (No word of a quotation cues a day outside it, whatever its marks: "opened on 3 March 1998 'because the minister said so'";
        // review 36d, finding 8. The quotations are the ones read for the documents.)
        int q = Before(quotes, start);
        int low = Math.Max(0, start - CueReach);
        low = q >= 0 ? Math.Max(low, quotes[q].End) : low;
        int high = Math.Min(text.Length, end + CueReach);
        high = q + 1 < quotes.Count ? Math.Min(high, Math.Max(end, quotes[q + 1].Start)) : high;
        int from = start;
        for (int stop = low; from > stop; from--)
        {
            char c = text[from - 1];
            if (c is '\n' or ',' or ';' or '"' or '\u201C' or '\u201D' or '\u2018' or '(' || (c == ':' && (from >= text.Length || !char.IsDigit(text[from])))
                || (c == '.' && !(from >= 2 && char.IsDigit(text[from - 2]) && from < text.Length && char.IsDigit(text[from]))))
            {
                break;
            }
        }

        // On to the clause's end: a comma ends it ("in the year to 31 December 2025, the company said"; "Smith, who was convicted on
        // 3 March 2025, said"), unless the day opens its sentence, whose main clause follows it ("On 3 June 1944, he wrote:"), or a
        // clock follows the comma ("At 18/06/2022, 21:02 Harris wrote:"); review 36d, finding 5.
        // A sentence-opening adverbial of any length opens it too: "In a speech on 2 March 2025, the minister said:", "Speaking to
        // reporters outside the court on 3 March 2025, his lawyer said:" (its first word a preposition or an "-ing" form; not a
        // participle's "Born on …"); review 37d, finding 2.
        bool atStart = from == 0 || text[from - 1] is '\n' or '.' or '"' or '\u201D' or '(';
        bool opens = atStart && (Words(text.AsSpan(from, start - from)) <= OpeningWords || OpeningAdverbial(text.AsSpan(from, start - from)));
        int to = end;
        for (int stop = high; to < stop; to++)
        {
            char c = text[to];
            if (c is '\n' or ';' or '"' or '\u201C' or '\u201D' or '\u2018' || (c == '.' && (to + 1 >= text.Length || !char.IsDigit(text[to + 1])))
                || (c == ',' && !opens && !(to + 2 < text.Length && char.IsDigit(text[to + 2]))))
            {
                break;
            }
        }

        DateWork.Characters += 2L * ((start - from) + (to - end)); // (the clause searched for its ends, then for a cue: DateWork)
        return HasCue(text.AsSpan(from, start - from)) || HasCue(text.AsSpan(end, to - end));
    }

    /// <summary>How many words may open a sentence before a day that opens it ("On", "Early on", "At 9.14pm on").</summary>
    private const int OpeningWords = 3;

    /// <summary>Whether <paramref name="span"/>, a sentence's start before a day, opens with a preposition ("In", "At", "During") or an
    /// "-ing" form ("Speaking", "Announcing"): an adverbial whose main clause follows its comma.</summary>
    private static bool OpeningAdverbial(ReadOnlySpan<char> span)
    {
        span = span.TrimStart();
        int w = 0;
        while (w < span.Length && char.IsLetter(span[w]))
        {
            w++;
        }

        ReadOnlySpan<char> first = span[..w];
        return first.Length > 1 && char.IsUpper(first[0])
            && (first.Equals("In", StringComparison.Ordinal) || first.Equals("At", StringComparison.Ordinal) || first.Equals("During", StringComparison.Ordinal)
                || (first.Length > 5 && first.EndsWith("ing", StringComparison.Ordinal)));
    }

    /// <summary>How many words <paramref name="span"/> has.</summary>
    private static int Words(ReadOnlySpan<char> span)
    {
        int words = 0;
        for (int i = 0; i < span.Length; i++)
        {
            words += !char.IsWhiteSpace(span[i]) && (i == 0 || char.IsWhiteSpace(span[i - 1])) ? 1 : 0;
        }

        return words;
    }

    /// <summary>The last quotation of <paramref name="quotes"/> (in text order) that opens before <paramref name="at"/>, or -1.</summary>
    private static int Before(List<(int Start, int End)> quotes, int at)
    {
        int lo = 0;
        int hi = quotes.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (quotes[mid].Start < at)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo - 1;
    }

    /// <summary>Whether <paramref name="span"/> holds a word of <see cref="DateVocabulary.DocumentCues"/>.</summary>
    private static bool HasCue(ReadOnlySpan<char> span)
    {
        for (int i = 0; i < span.Length; i++)
        {
            if (!char.IsLetter(span[i]) || (i > 0 && char.IsLetter(span[i - 1])))
            {
                continue;
            }

            int j = i;
            while (j < span.Length && char.IsLetter(span[j]))
            {
                j++;
            }

            if (DateVocabulary.DocumentCues.Contains(span[i..j]))
            {
                return true;
            }

            i = j;
        }

        return false;
    }

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

    /// <summary>Whether the single mark at <paramref name="i"/> (' or ’) is an apostrophe rather than a closing mark: inside a word
    /// ("didn’t", "O'Brien") or after a digit ("6' 2").</summary>
    private static bool Apostrophe(string text, int i) =>
        (i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])) || i == 0 || char.IsWhiteSpace(text[i - 1]) || char.IsDigit(text[i - 1]);

    /// <summary>Whether the mark at <paramref name="i"/> opens a paragraph (only spaces before it on its line).</summary>
    private static bool OpensLine(string text, int i)
    {
        int k = i - 1;
        while (k >= 0 && text[k] is ' ' or '\t')
        {
            k--;
        }

        return k < 0 || text[k] == '\n';
    }

    /// <summary>Whether the next paragraph after the line break at <paramref name="i"/> opens with <paramref name="mark"/> (or its curly
    /// twin): a quotation over several paragraphs goes on there.</summary>
    private static bool NextOpensWith(string text, int i, char mark)
    {
        int k = i;
        while (k < text.Length && char.IsWhiteSpace(text[k]))
        {
            k++;
        }

        return k < text.Length && (text[k] == mark || (mark == '"' && text[k] == '\u201C') || (mark == '\u201C' && text[k] == '"')
            || (mark == '\'' && text[k] == '\u2018') || (mark == '\u2018' && text[k] == '\''));
    }

    /// <summary>The quotations of the text, in order and apart: "…", “…”, ‘…’ and '…' pairs, each closed at the latest by the end of its
    /// line, unless it opened its paragraph and the next paragraph opens with a mark again (a quotation over paragraphs). A single
    /// pair inside a double one (or the other way round) is part of it. Null when there is none.</summary>
    private static List<(int Start, int End)>? Quotations(string text)
    {
        List<(int Start, int End)>? quotes = null;
        int open = -1;
        char kind = '\0'; // the open quotation's mark: '"' for "…" and “…”, '\'' for ‘…’ and '…'
        ReadOnlySpan<char> span = text;
        int i = 0;
        while (true)
        {
            int found = span[i..].IndexOfAny(Marks);
            if (found < 0)
            {
                break;
            }

            i += found;
            char c = text[i];
            if (c == '\n')
            {
                if (open >= 0 && OpensLine(text, open) && NextOpensWith(text, i, text[open]))
                {
                    (quotes ??= []).Add((open, i)); // "“We sail tomorrow. The weather is fine. ¶ “I will write again on Sunday,” he wrote."
                }

                open = -1;
            }
            else if (open < 0)
            {
                if (c == '\u201C' || (c == '"' && Opens(text, i)))
                {
                    (open, kind) = (i, '"');
                }
                else if ((c == '\u2018' || c == '\'') && Opens(text, i) && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                {
                    (open, kind) = (i, '\''); // not "’90s", not "'08"
                }
            }
            else if (kind == '"' ? c == '\u201D' || (c == '"' && Closes(text, i)) : (c == '\u2019' || c == '\'') && Closes(text, i) && !Apostrophe(text, i))
            {
                (quotes ??= []).Add((open, i + 1));
                open = -1;
            }

            i++;
            if (i >= text.Length)
            {
                break;
            }
        }

        return quotes;
    }
}
