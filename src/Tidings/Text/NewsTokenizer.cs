namespace Tidings.Text;

/// <summary>
/// An offset-exact tokenizer for English news: one hand-written pass, no regular expressions,
/// linear in the length of the text.
/// </summary>
/// <remarks>
/// <para>Numbers keep their separators and attached parts ("3,000", "7,412.3", "2.3bn", "12-kilometre",
/// "68-32"); currency signs stand alone ("$" "200,000"); abbreviations keep their periods ("U.S.", "Mr.",
/// "a.m."); possessive "’s" is its own token. White space of every kind (including non-breaking and
/// zero-width) separates tokens and is never part of one.</para>
/// <threadsafety>Stateless; safe to call from many threads at once.</threadsafety>
/// </remarks>
public static class NewsTokenizer
{
    /// <summary>Tokenizes <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static Token[] Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = new TokenBuffer(pooled: false, text.Length);
        Tokenize(text, ref buffer);
        return buffer.ToArrayExact();
    }

    internal static void Tokenize(string text, ref TokenBuffer tokens)
    {
        // The buffer's array and count are kept in locals for the loop (every token writes them) and handed back at the end.
        Token[] array = tokens.Array;
        int count = tokens.Count;
        int n = text.Length;
        int i = 0;
        int lastEnd = 0;
        int breaks = 0;
        while (i < n)
        {
            char c = text[i];
            if (c == ' ')
            {
                i++;
                continue;
            }

            // Below DEL only control characters (and the space) separate; above it the Unicode test decides.
            if (c < 0x7F ? c < ' ' : CharClass.IsSeparator(c))
            {
                breaks += CharClass.LineBreaks(text, i);
                i++;
                continue;
            }

            TokenTraits flags = TokenTraits.None;
            if (i > lastEnd)
            {
                flags |= TokenTraits.SpaceBefore;
                if (breaks > 0)
                {
                    flags |= TokenTraits.LineBreakBefore;
                }

                if (breaks > 1)
                {
                    flags |= TokenTraits.ParagraphBefore;
                }
            }

            breaks = 0;
            int start = i;
            TokenKind kind;
            if (CharClass.IsAsciiDigit(c))
            {
                i = ScanNumber(text, i, ref flags);
                kind = TokenKind.Number;
            }
            else if (CharClass.IsAsciiLetter(c))
            {
                // Most words are ASCII letters ended by a space or a mark ScanWord stops at without a second look (not a
                // digit, apostrophe, hyphen, period or character past ASCII): read here without the call.
                int j = i + 1;
                while (j < n && CharClass.IsAsciiLetter(text[j]))
                {
                    j++;
                }

                i = j == n || EndsPlainWord(text[j]) ? j : ScanWord(text, i + 1, ref flags);
                kind = TokenKind.Word;
                if ((uint)(c - 'a') > 'z' - 'a')
                {
                    SetCase(text, start, i, ref flags); // a lower-case first letter sets neither case trait
                }
            }
            else if (c >= 0x80 && CharClass.IsLetterAt(text, i, out int width))
            {
                i = ScanWord(text, i + width, ref flags);
                kind = TokenKind.Word;
                SetCase(text, start, i, ref flags);
            }
            else if (i == lastEnd && count > 0 && IsPossessiveAfterWord(text, i, array[count - 1]))
            {
                // The "’s" ScanWord stopped before is one token, not a quote and an "s".
                i += 2;
                kind = TokenKind.Word;
            }
            else
            {
                i = ScanOther(text, i, ref flags, out kind);
            }

            if (count == array.Length)
            {
                tokens.Count = count;
                tokens.Grow();
                array = tokens.Array;
            }

            array[count++] = new Token(start, i - start, kind, flags);
            lastEnd = i;
        }

        tokens.Count = count;
    }

    /// <summary>Whether <paramref name="c"/>, after a run of ASCII letters, ends the word as <see cref="ScanWord"/> would at
    /// once: a space, or an ASCII character that is no letter, digit, apostrophe, hyphen or period.</summary>
    private static bool EndsPlainWord(char c) =>
        c == ' ' || (c < 0x80 && !CharClass.IsAsciiDigit(c) && c is not ('\'' or '-' or '.'));

    /// <summary>Whether a possessive "’s" or "'s" starts at <paramref name="i"/>, glued to the word or number before it.</summary>
    private static bool IsPossessiveAfterWord(string text, int i, Token previous)
    {
        int n = text.Length;
        if (i + 1 >= n || !CharClass.IsApostrophe(text[i]) || (text[i + 1] | 0x20) != 's'
            || (i + 2 < n && CharClass.IsWordCharAt(text, i + 2, out _)))
        {
            return false;
        }

        return previous.End == i && previous.Kind is TokenKind.Word or TokenKind.Number;
    }

    private static int ScanNumber(string text, int i, ref TokenTraits flags)
    {
        int n = text.Length;
        flags |= TokenTraits.HasDigit;
        i = ScanDigits(text, i);
        while (true)
        {
            // Letters and digits glued on: "2.3bn", "19th", "10km", "1980s", "km²".
            while (i < n && CharClass.IsWordCharAt(text, i, out int w))
            {
                i += w;
            }

            // Hyphenated parts: "12-kilometre", "68-32", "8,000–10,000", "25-year-old".
            if (i + 1 < n && CharClass.IsJoiningHyphen(text[i]) && CharClass.IsWordCharAt(text, i + 1, out _))
            {
                flags |= TokenTraits.HasHyphen;
                i++;
                if (CharClass.IsAsciiDigit(text[i]))
                {
                    i = ScanDigits(text, i);
                }

                continue;
            }

            return i;
        }
    }

    /// <summary>Digits with thousands separators (",", exactly three digits after), decimals, times ("7:30") and slashes ("24/7").</summary>
    private static int ScanDigits(string text, int i)
    {
        int n = text.Length;
        while (i < n && CharClass.IsAsciiDigit(text[i]))
        {
            i++;
        }

        while (i + 1 < n && CharClass.IsAsciiDigit(text[i + 1]))
        {
            char sep = text[i];
            if (sep == ',')
            {
                // A thousands group is exactly three digits: "3,000" but not "3,00" or "1,2".
                if (i + 4 <= n && CharClass.IsAsciiDigit(text[i + 2]) && CharClass.IsAsciiDigit(text[i + 3])
                    && (i + 4 == n || !CharClass.IsAsciiDigit(text[i + 4])))
                {
                    i += 4;
                    continue;
                }

                break;
            }

            if (sep is '.' or ':' or '/')
            {
                i++;
                while (i < n && CharClass.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                continue;
            }

            break;
        }

        return i;
    }

    private static int ScanWord(string text, int i, ref TokenTraits flags)
    {
        int n = text.Length;
        int segmentStart = i - 1;
        while (i < n)
        {
            // Fast path: ASCII letters and digits, the bulk of English news.
            char a = text[i];
            if (CharClass.IsAsciiLetter(a))
            {
                i++;
                continue;
            }

            if (CharClass.IsAsciiDigit(a))
            {
                flags |= TokenTraits.HasDigit;
                i++;
                continue;
            }

            if (a == ' ')
            {
                break; // the usual end of a word
            }

            // Other ASCII characters are never word characters; only non-ASCII ones need the Unicode tables.
            if (a >= 0x80 && CharClass.IsWordCharAt(text, i, out int w))
            {
                if (CharClass.IsAsciiDigit(text[i]))
                {
                    flags |= TokenTraits.HasDigit;
                }

                i += w;
                continue;
            }

            char c = text[i];
            if (i + 1 < n && CharClass.IsApostrophe(c) && CharClass.IsLetterAt(text, i + 1, out int lw))
            {
                // A possessive "’s" is a token of its own: "Azerbaijan’s" → "Azerbaijan" "’s".
                bool possessive = (text[i + 1] | 0x20) == 's' && (i + 2 >= n || !CharClass.IsWordCharAt(text, i + 2, out _));
                if (possessive)
                {
                    return i;
                }

                i += 1 + lw;
                continue;
            }

            if (i + 1 < n && CharClass.IsJoiningHyphen(c) && c != '\u2013' && c != '\u2212' && CharClass.IsWordCharAt(text, i + 1, out _))
            {
                flags |= TokenTraits.HasHyphen;
                i++;
                segmentStart = i;
                continue;
            }

            if (c == '.')
            {
                return ScanAbbreviation(text, segmentStart, i, ref flags);
            }

            break;
        }

        return i;
    }

    /// <summary>At a period after a word: keeps it for "U.S.", "a.m.", initials ("W.") and known abbreviations ("Mr.", "Inc.").</summary>
    private static int ScanAbbreviation(string text, int wordStart, int dot, ref TokenTraits flags)
    {
        int n = text.Length;
        int segment = dot - wordStart;
        if (segment == 1)
        {
            // Letter-period runs: "U.S.", "U.S.A.", "a.m.", "e.g.".
            int j = dot;
            int letters = 1;
            while (j + 2 < n && text[j] == '.' && CharClass.IsAsciiLetter(text[j + 1]) && text[j + 2] == '.')
            {
                j += 2;
                letters++;
            }

            if (letters > 1)
            {
                flags |= TokenTraits.Abbreviation;
                return j + 1;
            }

            // An initial: "George W. Bush", "J. Smith".
            if (char.IsUpper(text[wordStart]) && NextLetterIsUpper(text, dot + 1))
            {
                flags |= TokenTraits.Abbreviation;
                return dot + 1;
            }

            // Circa before a number: "c. 12,000", "c.1.2 million".
            if (text[wordStart] == 'c' && dot + 1 < n
                && (CharClass.IsAsciiDigit(text[dot + 1]) || text[dot + 1] == ' ' && dot + 2 < n && CharClass.IsAsciiDigit(text[dot + 2])))
            {
                flags |= TokenTraits.Abbreviation;
                return dot + 1;
            }

            return dot;
        }

        if (Abbreviations.IsKnown(text.AsSpan(wordStart, segment)) && wordStart == FirstLetterOfToken(text, wordStart)
            && (!Abbreviations.OnlyBeforeFigure(text.AsSpan(wordStart, segment)) || FigureAfter(text, dot + 1)))
        {
            flags |= TokenTraits.Abbreviation;
            return dot + 1;
        }

        return dot;
    }

    /// <summary>Whether a figure starts at <paramref name="i"/>, after at most one space ("Sh. 25,000", "Kshs.1,000").</summary>
    private static bool FigureAfter(string text, int i)
    {
        if (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i < text.Length && CharClass.IsAsciiDigit(text[i]);
    }

    private static int FirstLetterOfToken(string text, int segmentStart)
    {
        // Abbreviations are whole tokens; a hyphenated word ending in "co." is not "Co.".
        return segmentStart > 0 && CharClass.IsJoiningHyphen(text[segmentStart - 1]) ? -1 : segmentStart;
    }

    private static bool NextLetterIsUpper(string text, int i)
    {
        int n = text.Length;
        int limit = Math.Min(n, i + 4);
        while (i < limit && CharClass.IsSeparator(text[i]))
        {
            i++;
        }

        return i < n && i > 0 && CharClass.IsSeparator(text[i - 1]) && char.IsUpper(text[i]);
    }

    private static int ScanOther(string text, int i, ref TokenTraits flags, out TokenKind kind)
    {
        int n = text.Length;
        char c = text[i];
        if (c < 0x80)
        {
            // ASCII marks: their class is read from a table built with the general tests below.
            AsciiMark mark = AsciiMarks[c];
            kind = mark.Kind;
            flags |= mark.Traits;
            if (mark.Traits == TokenTraits.Dash)
            {
                return RunOf(text, i, c);
            }

            if (mark.Traits == TokenTraits.Terminal)
            {
                int j = i + 1;
                while (j < n && CharClass.IsTerminal(text[j]))
                {
                    j++;
                }

                return j;
            }

            return i + 1;
        }

        return ScanOtherGeneral(text, i, ref flags, out kind);
    }

    /// <summary>The class of a one-character ASCII token: its kind and the traits it sets.</summary>
    private readonly record struct AsciiMark(TokenKind Kind, TokenTraits Traits);

    /// <summary><see cref="ScanOtherGeneral"/>'s verdict on each ASCII character that is no letter, digit or separator
    /// (none of them is a surrogate, a digit of another script, or a run but dashes and terminals).</summary>
    private static readonly AsciiMark[] AsciiMarks = BuildAsciiMarks();

    private static AsciiMark[] BuildAsciiMarks()
    {
        var marks = new AsciiMark[0x80];
        for (int c = 0; c < 0x80; c++)
        {
            TokenTraits traits = TokenTraits.None;
            ScanOtherGeneral(((char)c).ToString(), 0, ref traits, out TokenKind kind);
            marks[c] = new AsciiMark(kind, traits);
        }

        return marks;
    }

    private static int ScanOtherGeneral(string text, int i, ref TokenTraits flags, out TokenKind kind)
    {
        int n = text.Length;
        char c = text[i];
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 < n && char.IsLowSurrogate(text[i + 1]))
            {
                kind = TokenKind.Symbol;
                return i + 2;
            }

            kind = TokenKind.Other;
            return i + 1;
        }

        if (char.IsLowSurrogate(c))
        {
            kind = TokenKind.Other;
            return i + 1;
        }

        kind = TokenKind.Punctuation;
        if (CharClass.IsQuote(c))
        {
            flags |= TokenTraits.Quote;
            return i + 1;
        }

        if (CharClass.IsDash(c))
        {
            flags |= TokenTraits.Dash;
            return RunOf(text, i, c);
        }

        if (CharClass.IsTerminal(c))
        {
            flags |= TokenTraits.Terminal;
            int j = i + 1;
            while (j < n && CharClass.IsTerminal(text[j]))
            {
                j++;
            }

            return j;
        }

        if (CharClass.IsOpenBracket(c))
        {
            flags |= TokenTraits.OpenBracket;
            return i + 1;
        }

        if (CharClass.IsCloseBracket(c))
        {
            flags |= TokenTraits.CloseBracket;
            return i + 1;
        }

        if (CharClass.IsCurrency(c))
        {
            kind = TokenKind.Symbol;
            flags |= TokenTraits.Currency;
            return i + 1;
        }

        if (char.IsPunctuation(c) && c is not '%' and not '#' and not '&' and not '@' and not '*' and not '\u2030')
        {
            return i + 1;
        }

        if (char.IsDigit(c))
        {
            // Digits of other scripts: one token, not a number this tokenizer reads.
            kind = TokenKind.Other;
            int j = i + 1;
            while (j < n && char.IsDigit(text[j]))
            {
                j++;
            }

            return j;
        }

        kind = char.IsSymbol(c) || c is '%' or '#' or '&' or '@' or '*' or '\u2030' ? TokenKind.Symbol : TokenKind.Other;
        return i + 1;
    }

    private static int RunOf(string text, int i, char c)
    {
        int j = i + 1;
        while (j < text.Length && text[j] == c)
        {
            j++;
        }

        return j;
    }

    private static void SetCase(string text, int start, int end, ref TokenTraits flags)
    {
        char first = text[start];
        if (first < 0x80)
        {
            if ((uint)(first - 'a') <= 'z' - 'a')
            {
                return; // a lower-case first letter: neither capitalised nor all capitals
            }

            if ((uint)(first - 'A') <= 'Z' - 'A')
            {
                flags |= TokenTraits.Capitalized;
            }
        }
        else if (char.IsUpper(first) || (char.IsHighSurrogate(text[start]) && end > start + 1 && char.IsUpper(text, start)))
        {
            flags |= TokenTraits.Capitalized;
        }

        int letters = 0;
        for (int k = start; k < end; k++)
        {
            char ch = text[k];
            if (ch < 0x80)
            {
                if ((uint)(ch - 'a') <= 'z' - 'a')
                {
                    return;
                }

                if ((uint)(ch - 'A') <= 'Z' - 'A')
                {
                    letters++;
                }

                continue;
            }

            if (char.IsLower(ch))
            {
                return;
            }

            if (char.IsUpper(ch))
            {
                letters++;
            }
        }

        if (letters >= 2)
        {
            flags |= TokenTraits.AllCaps;
        }
    }
}
