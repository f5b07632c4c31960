namespace Tidings;

/// <summary>A span of the analysed text: UTF-16 offsets with an exclusive end, and the text they cover.</summary>
/// <param name="Start">The offset of the first character.</param>
/// <param name="End">The offset just past the last character.</param>
/// <param name="Text">The covered text, <c>source[Start..End]</c>.</param>
/// <remarks><threadsafety>Immutable value; safe to share between threads.</threadsafety></remarks>
public readonly record struct TextSpan(int Start, int End, string Text)
{
    /// <summary>The number of UTF-16 code units covered.</summary>
    public int Length => End - Start;

    /// <summary>Creates the span [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="source"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The range is not inside <paramref name="source"/>.</exception>
    public static TextSpan Of(string source, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, source.Length);
        return new TextSpan(start, end, source[start..end]);
    }
}
