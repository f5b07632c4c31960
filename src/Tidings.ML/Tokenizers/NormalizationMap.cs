using Microsoft.ML.Tokenizers;

namespace Tidings.ML.Tokenizers;

/// <summary>
/// Maps offsets in a tokenizer's normalized text back to the original text. Built by normalizing the original one
/// text element (character or surrogate pair) at a time, which is exact for character-local normalizers —
/// lower-casing, accent stripping, compatibility folding — and is checked against the whole normalized text.
/// </summary>
public sealed class NormalizationMap
{
    // _starts[j]: the original offset of the element whose normalized output contains normalized offset j.
    private readonly int[]? _originalAt;
    private readonly int _originalLength;

    private NormalizationMap(int[]? originalAt, int originalLength)
    {
        _originalAt = originalAt;
        _originalLength = originalLength;
    }

    /// <summary>The map for <paramref name="original"/>, normalized by <paramref name="normalizer"/> into <paramref name="normalized"/>.</summary>
    /// <param name="normalizer">The tokenizer's normalizer, or null.</param>
    /// <param name="original">The caller's text.</param>
    /// <param name="normalized">What the tokenizer reported as the normalized text (null when it did not normalize).</param>
    /// <exception cref="NotSupportedException">The normalizer is not character-local: normalizing element by element does not give <paramref name="normalized"/>.</exception>
    public static NormalizationMap Create(Normalizer? normalizer, string original, string? normalized)
    {
        ArgumentNullException.ThrowIfNull(original);
        if (normalizer is null || normalized is null || string.Equals(normalized, original, StringComparison.Ordinal))
        {
            return new NormalizationMap(null, original.Length);
        }

        var originalAt = new int[normalized.Length + 1];
        int n = 0;
        for (int i = 0; i < original.Length;)
        {
            int width = char.IsHighSurrogate(original[i]) && i + 1 < original.Length && char.IsLowSurrogate(original[i + 1]) ? 2 : 1;
            string piece = normalizer.Normalize(original.AsSpan(i, width));
            if (n + piece.Length > normalized.Length || !normalized.AsSpan(n, piece.Length).SequenceEqual(piece))
            {
                throw new NotSupportedException("The tokenizer's normalizer is not character-local; its offsets cannot be mapped back to the original text.");
            }

            for (int j = 0; j < piece.Length; j++)
            {
                originalAt[n + j] = i;
            }

            n += piece.Length;
            i += width;
        }

        if (n != normalized.Length)
        {
            throw new NotSupportedException("The tokenizer's normalizer is not character-local; its offsets cannot be mapped back to the original text.");
        }

        originalAt[n] = original.Length;
        return new NormalizationMap(originalAt, original.Length);
    }

    /// <summary>The original (start, end) of a range of the normalized text; identity when nothing was normalized.</summary>
    public (int Start, int End) ToOriginal(Range normalizedRange)
    {
        if (_originalAt is null)
        {
            (int offset, int length) = normalizedRange.GetOffsetAndLength(_originalLength);
            return (offset, offset + length);
        }

        (int s, int len) = normalizedRange.GetOffsetAndLength(_originalAt.Length - 1);
        int start = _originalAt[s];
        int end = len == 0 ? start : NextElement(_originalAt[s + len - 1]);
        return (start, end);
    }

    /// <summary>The offset after the original element that starts at <paramref name="elementStart"/>.</summary>
    private int NextElement(int elementStart)
    {
        // Elements are one or two chars; the next element starts at the first normalized slot that maps past this one.
        int lo = 0, hi = _originalAt!.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (_originalAt[mid] <= elementStart)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return _originalAt[lo] > elementStart ? _originalAt[lo] : _originalLength;
    }
}
