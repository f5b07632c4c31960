using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Tidings.Serialization;

/// <summary>
/// The contract names of an enum's members (<see cref="MentionMapper"/>), encoded for the writer once per process
/// rather than transcoded and checked for escapes on every mention.
/// </summary>
/// <typeparam name="T">The enum.</typeparam>
/// <remarks>A member the mapper has no name for keeps no slot: <see cref="TryGet"/> then calls the mapper, which
/// answers as it always did (null, or the <see cref="NotSupportedException"/> for a member without a JSON name).</remarks>
internal sealed class EncodedNames<T>
    where T : struct, Enum
{
    private readonly JsonEncodedText[] _names;
    private readonly bool[] _known;
    private readonly Func<T, string?> _name;

    /// <summary>Encodes the name of every member <paramref name="name"/> maps.</summary>
    public EncodedNames(Func<T, string?> name)
    {
        _name = name;
        int count = 0;
        foreach (T value in Enum.GetValues<T>())
        {
            count = Math.Max(count, Ordinal(value) + 1);
        }

        _names = new JsonEncodedText[count];
        _known = new bool[count];
        foreach (T value in Enum.GetValues<T>())
        {
            string? text;
            try
            {
                text = name(value);
            }
            catch (NotSupportedException)
            {
                continue; // Thrown again, for the mention that has it, by TryGet.
            }

            if (text is not null && Ordinal(value) >= 0)
            {
                _names[Ordinal(value)] = JsonEncodedText.Encode(text);
                _known[Ordinal(value)] = true;
            }
        }
    }

    /// <summary>The encoded name of <paramref name="value"/>; false when the mapper gives it none.</summary>
    /// <exception cref="NotSupportedException">The member has no JSON name (as <see cref="MentionMapper"/> says).</exception>
    public bool TryGet(T value, out JsonEncodedText encoded)
    {
        int i = Ordinal(value);
        if ((uint)i < (uint)_known.Length && _known[i])
        {
            encoded = _names[i];
            return true;
        }

        string? text = _name(value);
        encoded = text is null ? default : JsonEncodedText.Encode(text);
        return text is not null;
    }

    /// <summary>The encoded name of a member every value of which has one (the mapper throws for the others).</summary>
    public JsonEncodedText Get(T value) =>
        TryGet(value, out JsonEncodedText encoded) ? encoded : throw new NotSupportedException($"{typeof(T).Name} {value} has no JSON name.");

    private static int Ordinal(T value) => Unsafe.SizeOf<T>() switch
    {
        1 => Unsafe.As<T, byte>(ref value),
        2 => Unsafe.As<T, short>(ref value),
        _ => Unsafe.As<T, int>(ref value),
    };
}
