using System.Globalization;
using System.Text;

namespace Tidings.Text;

/// <summary>Makes text from the input safe to echo in a one-line message on standard error (used by both tools,
/// <c>tidings</c> and <c>tidings-ml</c>).</summary>
/// <remarks>
/// A message is one line: control characters (C0, DEL, C1), the Unicode line and paragraph separators and the
/// bidirectional overrides and isolates are written as escapes (<c>\n</c>, <c>\u2028</c>), so an input value can
/// neither start a line of its own (forging <c>tidings: line 999: …</c>) nor reorder what the terminal shows.
/// </remarks>
internal static class Messages
{
    /// <summary><paramref name="text"/> with every character that could break or disguise a message line escaped.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        int first = 0;
        while (first < text.Length && !NeedsEscape(text[first]))
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        sb.Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (!NeedsEscape(c))
            {
                sb.Append(c);
                continue;
            }

            switch (c)
            {
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default: sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
            }
        }

        return sb.ToString();
    }

    /// <summary>A path or value in quotes, escaped: <c>'a\nb'</c>.</summary>
    public static string Quote(string? text) => $"'{Escape(text)}'";

    /// <summary>The arguments with every one escaped, or null when none needs it: a tool parses these again after
    /// a usage error, so that the error it echoes cannot forge a line of its own.</summary>
    public static string[]? EscapedArguments(string[] args) =>
        args.Any(a => a.Any(NeedsEscape)) ? [.. args.Select(Escape)] : null;

    /// <summary>True for the characters <see cref="Escape"/> rewrites.</summary>
    public static bool NeedsEscape(char c) =>
        char.IsControl(c)                    // C0, DEL, C1 (NEL U+0085 included)
        || c is '\u2028' or '\u2029'         // line and paragraph separators
        || c is >= '\u202A' and <= '\u202E'  // bidirectional embeddings and overrides
        || c is >= '\u2066' and <= '\u2069'  // bidirectional isolates
        || c is '\u200E' or '\u200F' or '\u061C'; // directional marks
}
