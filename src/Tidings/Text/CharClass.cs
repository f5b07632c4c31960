using System.Globalization;
using System.Runtime.CompilerServices;

namespace Tidings.Text;

/// <summary>Character classes the tokenizer and extractors share: every Unicode quote, dash and space.</summary>
internal static class CharClass
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    /// <summary>Whether <paramref name="text"/> is <paramref name="word"/> ignoring case, exactly as
    /// <c>text.Equals(word, StringComparison.OrdinalIgnoreCase)</c> answers: the lengths first, then the first characters
    /// (two ASCII characters that differ in a bit other than the case bit are not one letter in two cases), so most
    /// tokens are turned away without the comparison's call.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool EqualsWord(ReadOnlySpan<char> text, string word)
    {
        if (text.Length != word.Length)
        {
            return false;
        }

        if (text.Length != 0)
        {
            uint a = text[0], b = word[0];
            if ((a | b) < 0x80 && ((a ^ b) & ~0x20u) != 0)
            {
                return false;
            }
        }

        return text.Equals(word, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>White space of any kind, and the invisible format characters news text carries
    /// (zero-width spaces and joiners, byte-order marks, bidirectional marks, soft hyphens).</summary>
    public static bool IsSeparator(char c)
    {
        if (c <= ' ')
        {
            return c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f' || c < ' ';
        }

        if (c < 0x80)
        {
            return c == '\u007F';
        }

        return c switch
        {
            '\u0085' or '\u00A0' or '\u00AD' or '\u061C' or '\u1680' or '\u180E' or '\uFEFF' => true,
            >= '\u2000' and <= '\u200F' => true,
            >= '\u2028' and <= '\u202F' => true,
            >= '\u205F' and <= '\u206F' => true,
            '\u3000' => true,
            _ => false,
        };
    }

    /// <summary>How many line breaks the character at <paramref name="i"/> starts (CR LF counts once: the LF is counted, a lone CR too).</summary>
    public static int LineBreaks(string text, int i)
    {
        char c = text[i];
        return c switch
        {
            '\n' or '\v' or '\f' or '\u0085' or '\u2028' => 1,
            '\r' => i + 1 < text.Length && text[i + 1] == '\n' ? 0 : 1,
            '\u2029' => 2,
            _ => 0,
        };
    }

    /// <summary>A hyphen or dash of any kind (including the minus sign).</summary>
    public static bool IsDash(char c) => c switch
    {
        '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\u2043' or '\uFE58' or '\uFE63' or '\uFF0D' or '\u2E3A' or '\u2E3B' => true,
        _ => false,
    };

    /// <summary>A hyphen that may join the parts of one word or number ("twenty-five", "8,000–10,000").</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsJoiningHyphen(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2212';

    /// <summary>A quotation mark of any kind, straight or curly, single or double, guillemets included.</summary>
    public static bool IsQuote(char c) => c switch
    {
        '"' or '\'' or '`' or '\u00AB' or '\u00BB' or '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u201C' or '\u201D'
            or '\u201E' or '\u201F' or '\u2039' or '\u203A' or '\u2032' or '\u2033' or '\u301D' or '\u301E' or '\u301F' or '\uFF02' or '\uFF07' => true,
        _ => false,
    };

    /// <summary>An apostrophe that may stand inside a word ("don't", "Azerbaijan’s").</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    public static bool IsOpenBracket(char c) => c is '(' or '[' or '{' or '\uFF08' or '\u3010';

    public static bool IsCloseBracket(char c) => c is ')' or ']' or '}' or '\uFF09' or '\u3011';

    public static bool IsTerminal(char c) => c is '.' or '!' or '?' or '\u2026' or '\u203C' or '\u2047' or '\u2048' or '\u2049' or '\uFF01' or '\uFF1F' or '\u3002';

    public static bool IsCurrency(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol;

    /// <summary>A letter, or a mark that combines with one (accents written as separate code points).</summary>
    public static bool IsWordChar(char c)
    {
        if (c < 0x80)
        {
            return IsAsciiLetter(c) || IsAsciiDigit(c);
        }

        UnicodeCategory cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
    }

    /// <summary>Whether a letter (BMP or a surrogate pair) starts at <paramref name="i"/>; <paramref name="width"/> gets its UTF-16 length.</summary>
    public static bool IsLetterAt(string text, int i, out int width)
    {
        char c = text[i];
        width = 1;
        if (c < 0x80)
        {
            return IsAsciiLetter(c);
        }

        if (char.IsHighSurrogate(c))
        {
            if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                width = 2;
                return char.IsLetter(text, i);
            }

            return false;
        }

        return char.IsLetter(c);
    }

    /// <summary>Whether a word character (letter, digit or combining mark, BMP or supplementary) continues at <paramref name="i"/>.</summary>
    public static bool IsWordCharAt(string text, int i, out int width)
    {
        char c = text[i];
        width = 1;
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                width = 2;
                return char.IsLetterOrDigit(text, i);
            }

            return false;
        }

        return !char.IsLowSurrogate(c) && IsWordChar(c);
    }
}
