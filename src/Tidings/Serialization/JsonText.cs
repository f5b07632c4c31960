using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Tidings.Serialization;

/// <summary>
/// Writes and reads JSON strings exactly: every UTF-16 code unit round-trips, including lone surrogates,
/// which System.Text.Json would replace with U+FFFD on writing and reject on reading.
/// </summary>
/// <remarks>
/// Only what JSON requires is escaped (quote, backslash, control characters), plus U+2028 and U+2029 (for
/// JavaScript consumers) and lone surrogates (as <c>\uD800</c>); everything else, emoji included, is written
/// as UTF-8 so non-ASCII text stays readable.
/// </remarks>
internal static class JsonText
{
    private const int StackLimit = 256;

    /// <summary>Writes <paramref name="value"/> as a JSON string value at the writer's current position.</summary>
    /// <remarks>The stack buffers are not cleared first (<see cref="SkipLocalsInitAttribute"/>): only what is written
    /// into them is read.</remarks>
    [SkipLocalsInit]
    public static void WriteString(Utf8JsonWriter writer, string value)
    {
        ReadOnlySpan<char> s = value.AsSpan();
        if (s.Length <= StackLimit && s.IndexOfAnyExceptInRange('\u0020', '\u007F') < 0 && s.IndexOfAny('"', '\\') < 0)
        {
            // Most mention text and names: ASCII that needs no escape, so its UTF-8 is its characters, quoted (the
            // bytes the general path writes, without its two passes over the characters and its transcoding).
            Span<byte> utf8 = stackalloc byte[StackLimit + 2];
            utf8[0] = (byte)'"';
            System.Text.Ascii.FromUtf16(s, utf8[1..], out int written);
            utf8[written + 1] = (byte)'"';
            writer.WriteRawValue(utf8[..(written + 2)], skipInputValidation: true);
            return;
        }

        int length = EscapedLength(s);
        char[]? rented = null;
        Span<char> buffer = length <= StackLimit
            ? stackalloc char[StackLimit]
            : (rented = ArrayPool<char>.Shared.Rent(length));
        try
        {
            int n = Escape(s, buffer);
            writer.WriteRawValue(buffer[..n], skipInputValidation: true);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The length of <paramref name="s"/> as a quoted, escaped JSON string.</summary>
    private static int EscapedLength(ReadOnlySpan<char> s)
    {
        int length = s.Length + 2;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c < 0x20)
            {
                length += c is '\n' or '\r' or '\t' or '\b' or '\f' ? 1 : 5;
            }
            else if (c is '"' or '\\')
            {
                length += 1;
            }
            else if (c is '\u2028' or '\u2029')
            {
                length += 5;
            }
            else if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                {
                    i++;
                }
                else
                {
                    length += 5;
                }
            }
        }

        return length;
    }

    private static int Escape(ReadOnlySpan<char> s, Span<char> output)
    {
        int n = 0;
        output[n++] = '"';
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            switch (c)
            {
                case '"':
                    output[n++] = '\\';
                    output[n++] = '"';
                    continue;
                case '\\':
                    output[n++] = '\\';
                    output[n++] = '\\';
                    continue;
                case '\n':
                    output[n++] = '\\';
                    output[n++] = 'n';
                    continue;
                case '\r':
                    output[n++] = '\\';
                    output[n++] = 'r';
                    continue;
                case '\t':
                    output[n++] = '\\';
                    output[n++] = 't';
                    continue;
                case '\b':
                    output[n++] = '\\';
                    output[n++] = 'b';
                    continue;
                case '\f':
                    output[n++] = '\\';
                    output[n++] = 'f';
                    continue;
                default:
                    break;
            }

            bool escape = c < 0x20 || c is '\u2028' or '\u2029';
            if (!escape && char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                {
                    output[n++] = c;
                    output[n++] = s[++i];
                    continue;
                }

                escape = true;
            }

            if (escape)
            {
                output[n++] = '\\';
                output[n++] = 'u';
                output[n++] = HexDigit(c >> 12);
                output[n++] = HexDigit(c >> 8);
                output[n++] = HexDigit(c >> 4);
                output[n++] = HexDigit(c);
            }
            else
            {
                output[n++] = c;
            }
        }

        output[n++] = '"';
        return n;
    }

    private static char HexDigit(int value)
    {
        value &= 0xF;
        return (char)(value < 10 ? '0' + value : 'A' + value - 10);
    }

    /// <summary>
    /// Reads the current string token. Unlike <see cref="Utf8JsonReader.GetString"/>, accepts escaped lone
    /// surrogates (<c>"\ud800"</c>) and keeps them as they are.
    /// </summary>
    /// <exception cref="JsonException">The token is not a string, or holds invalid UTF-8.</exception>
    public static string ReadString(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"expected a string, found {Describe(reader.TokenType)}");
        }

        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException) when (reader.ValueIsEscaped)
        {
            // An escaped lone surrogate ("\ud800"), which GetString rejects: unescape by hand below.
        }
        catch (InvalidOperationException e)
        {
            throw new JsonException("the string is not valid UTF-8", e);
        }

        ReadOnlySpan<byte> raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        return Unescape(raw);
    }

    /// <summary>Describes a token for an error message: "a number", "an object".</summary>
    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    /// <summary>Unescapes the raw content (without quotes) of a JSON string, keeping lone surrogates.</summary>
    /// <exception cref="JsonException">An escape is malformed or the content is not valid UTF-8.</exception>
    internal static string Unescape(ReadOnlySpan<byte> raw)
    {
        var builder = new StringBuilder(raw.Length);
        int i = 0;
        while (i < raw.Length)
        {
            int backslash = raw[i..].IndexOf((byte)'\\');
            ReadOnlySpan<byte> plain = backslash < 0 ? raw[i..] : raw.Slice(i, backslash);
            if (!Utf8.IsValid(plain))
            {
                throw new JsonException("the string is not valid UTF-8");
            }

            builder.Append(Encoding.UTF8.GetString(plain));
            if (backslash < 0)
            {
                break;
            }

            i += backslash + 1;
            if (i >= raw.Length)
            {
                throw new JsonException("the string ends with an incomplete escape");
            }

            byte e = raw[i++];
            switch (e)
            {
                case (byte)'"': builder.Append('"'); break;
                case (byte)'\\': builder.Append('\\'); break;
                case (byte)'/': builder.Append('/'); break;
                case (byte)'b': builder.Append('\b'); break;
                case (byte)'f': builder.Append('\f'); break;
                case (byte)'n': builder.Append('\n'); break;
                case (byte)'r': builder.Append('\r'); break;
                case (byte)'t': builder.Append('\t'); break;
                case (byte)'u':
                    if (i + 4 > raw.Length || !TryParseHex(raw.Slice(i, 4), out char c))
                    {
                        throw new JsonException("the string holds a malformed \\u escape");
                    }

                    builder.Append(c);
                    i += 4;
                    break;
                default:
                    throw new JsonException("the string holds an invalid escape");
            }
        }

        return builder.ToString();
    }

    private static bool TryParseHex(ReadOnlySpan<byte> hex, out char c)
    {
        int value = 0;
        foreach (byte b in hex)
        {
            int digit = b switch
            {
                >= (byte)'0' and <= (byte)'9' => b - '0',
                >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
                _ => -1,
            };
            if (digit < 0)
            {
                c = '\0';
                return false;
            }

            value = (value << 4) | digit;
        }

        c = (char)value;
        return true;
    }
}
