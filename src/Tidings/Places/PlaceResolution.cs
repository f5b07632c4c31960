namespace Tidings.Places;

/// <summary>A span of the text that may name a place, as a recognizer found it.</summary>
/// <param name="Start">The UTF-16 offset of its first character.</param>
/// <param name="End">The offset just past its last character (exclusive).</param>
/// <remarks><threadsafety>Immutable value; safe to share between threads.</threadsafety></remarks>
public readonly record struct PlaceCandidate(int Start, int End);

/// <summary>Which place a span of the text names, as <see cref="PlaceResolver"/> decided from the whole document.</summary>
/// <param name="Start">The UTF-16 offset of the span's first character.</param>
/// <param name="End">The offset just past its last character (exclusive).</param>
/// <param name="Text">The span exactly as it stands in the text.</param>
/// <param name="Place">The place it names; null when the gazetteer knows no place of that name.</param>
/// <param name="IsDemonym">Whether the span is a demonym or adjective ("Armenian", "Californian") rather than a name.</param>
/// <param name="Confidence">From 0 to 1: how clearly the chosen place beat the next one (1 when it was the only one; 0 when unresolved).</param>
/// <remarks><threadsafety>Immutable; safe to share between threads.</threadsafety></remarks>
public sealed record PlaceResolution(int Start, int End, string Text, GazetteerEntry? Place, bool IsDemonym, double Confidence)
{
    /// <summary>Whether a place was found.</summary>
    public bool IsResolved => Place is not null;
}

/// <summary>Which place a span names, as <see cref="PlaceResolver"/> decided it, without the text and confidence of a <see cref="PlaceResolution"/>.</summary>
/// <param name="Start">The UTF-16 offset of the span's first character.</param>
/// <param name="End">The offset just past its last character (exclusive).</param>
/// <param name="Place">The place it names; null when the gazetteer knows no place of that name.</param>
/// <param name="IsDemonym">Whether the span is a demonym or adjective.</param>
internal readonly record struct ResolvedPlace(int Start, int End, GazetteerEntry? Place, bool IsDemonym);
