using System.Text;

namespace Tidings.Places;

/// <summary>
/// Folds a place name or demonym into the key the gazetteer indexes it by, so that spelling variants meet:
/// "Chișinău" and "Chisinau", "Nagorno-Karabakh" and "Nagorno Karabakh", "the Hague" and "The Hague",
/// "St. Petersburg" and "Saint Petersburg" share a key.
/// </summary>
/// <remarks>
/// <para>Letters and digits are lower-cased and stripped of diacritics; apostrophes and periods vanish;
/// every other run of characters becomes one space; a leading "the" is dropped; a leading "St"/"Mt"/"Ft" is
/// spelled out. Short all-capital forms ("US", "U.S.", "UK", "D.C.") keep their capitals so that they never
/// meet the ordinary word ("us").</para>
/// </remarks>
internal static class NameKey
{
    /// <summary>The longest input folded; longer names are not places.</summary>
    public const int MaxLength = 96;

    /// <summary>The longest fold of a character ("ß" → "ss", "þ" → "th").</summary>
    private const int MaxExpansion = 2;

    /// <summary>The embedded table of the Latin letters' decompositions (<c>Places/Data/latin-folds.txt</c>).</summary>
    private const string LatinFoldsResource = "Tidings.Places.Data.latin-folds.txt";

    private static readonly string?[] LatinFolds = BuildLatinFolds();

    /// <summary>The first words that folding drops ("the") or spells out (see <see cref="SpellOutFirstWord"/>), as folded.</summary>
    public static readonly string[] ChangedFirstWords = ["the", "st", "ste", "mt", "ft"];

    /// <summary>The <see cref="WordHash"/> of each of <see cref="ChangedFirstWords"/>.</summary>
    private static readonly uint[] ChangedFirstWordHashes = [.. ChangedFirstWords.Select(word => WordHash(word))];

    /// <summary>The key of <paramref name="name"/> as a string (empty when it has no letters or digits or is too long).</summary>
    public static string Of(ReadOnlySpan<char> name, bool keepAcronym = true)
    {
        Span<char> buffer = stackalloc char[BufferFor(name.Length)];
        int length = Fold(name, buffer, keepAcronym);
        return length <= 0 ? string.Empty : new string(buffer[..length]);
    }

    /// <summary>
    /// The buffer <see cref="Fold"/> needs for a name of <paramref name="length"/> characters: each character folds
    /// to two at most, and a spelled-out first word adds a few (names longer than <see cref="MaxLength"/> are not folded).
    /// </summary>
    public static int BufferFor(int length) => (Math.Min(Math.Max(length, 0), MaxLength) * MaxExpansion) + 8;

    /// <summary>
    /// Writes the key of <paramref name="name"/> into <paramref name="destination"/> (at least
    /// <see cref="BufferFor"/> its length long) and returns its length; 0 when there is nothing to index.
    /// </summary>
    public static int Fold(ReadOnlySpan<char> name, Span<char> destination, bool keepAcronym = true)
    {
        name = name.Trim();
        if (name.Length == 0 || name.Length > MaxLength || destination.Length < BufferFor(name.Length))
        {
            return 0;
        }

        name = DropLeadingThe(name);
        if (keepAcronym && TryAcronym(name, destination, out int acronymLength))
        {
            return acronymLength;
        }

        int n = 0;
        bool pendingSpace = false;
        foreach (char c in name)
        {
            if (char.IsAscii(c))
            {
                // What the general path below gives an ASCII character, without its calls (session 35: most names are
                // ASCII, and Vanishes and the Unicode tests cost about twenty instructions a character): a letter or
                // digit is kept (capitals lowered), an apostrophe or period is left out, anything else breaks words.
                if (char.IsAsciiLetterOrDigit(c))
                {
                    if (pendingSpace && n > 0)
                    {
                        destination[n++] = ' ';
                    }

                    pendingSpace = false;
                    destination[n++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
                }
                else if (c is not ('\'' or '`' or '.'))
                {
                    pendingSpace = true;
                }

                continue;
            }

            if (Vanishes(c))
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && n > 0)
                {
                    destination[n++] = ' ';
                }

                pendingSpace = false;
                if (char.IsAscii(c))
                {
                    // What the table gives an ASCII capital, and ToLowerInvariant the rest.
                    destination[n++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
                }
                else if ((c < LatinFolds.Length ? LatinFolds[c] : null) is string fold)
                {
                    foreach (char f in fold)
                    {
                        destination[n++] = f;
                    }
                }
                else
                {
                    destination[n++] = char.ToLowerInvariant(c);
                }
            }
            else if (char.GetUnicodeCategory(c) is not (System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.Format))
            {
                pendingSpace = true;
            }
        }

        return SpellOutFirstWord(destination, n);
    }

    /// <summary>
    /// The <see cref="WordHash"/> of the first word of the key of <paramref name="name"/>, read without folding it;
    /// false when it cannot be read so: a character that is not ASCII, no letter or digit, or a first word that
    /// folding may drop ("the") or spell out ("St", "Mt").
    /// </summary>
    public static bool TryHashFirstWord(ReadOnlySpan<char> name, out uint hash)
    {
        hash = WordHash([]);
        int letters = 0;
        foreach (char c in name)
        {
            if (!char.IsAscii(c))
            {
                return false;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                hash = Step(hash, char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c);
                letters++;
            }
            else if (letters > 0 && !Vanishes(c))
            {
                break;
            }
        }

        foreach (uint changed in ChangedFirstWordHashes)
        {
            if (hash == changed)
            {
                return false;
            }
        }

        return letters > 0;
    }

    /// <summary>A hash of a word of a key (its characters as folded), for <see cref="TryHashFirstWord"/>.</summary>
    public static uint WordHash(ReadOnlySpan<char> word)
    {
        uint hash = 2166136261;
        foreach (char c in word)
        {
            hash = Step(hash, c);
        }

        return hash;
    }

    private static uint Step(uint hash, char c) => (hash ^ c) * 16777619;

    /// <summary>Apostrophes and periods: left out of keys ("Côte d'Ivoire", "St. Louis").</summary>
    private static bool Vanishes(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '`' or '.' or '\u00B4';

    /// <summary>Whether every letter of <paramref name="text"/> is upper case (and there is at least one).</summary>
    public static bool IsAllCaps(ReadOnlySpan<char> text)
    {
        bool any = false;
        foreach (char c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            any |= char.IsUpper(c);
        }

        return any;
    }

    private static ReadOnlySpan<char> DropLeadingThe(ReadOnlySpan<char> name)
    {
        if (name.Length > 4 && (name[0] is 'T' or 't') && (name[1] is 'h' or 'H') && (name[2] is 'e' or 'E') && char.IsWhiteSpace(name[3]))
        {
            return name[4..].TrimStart();
        }

        return name;
    }

    /// <summary>"US", "U.S.", "U. S.", "UAE", "D.C." → the capitals alone; anything else is not an acronym.</summary>
    private static bool TryAcronym(ReadOnlySpan<char> name, Span<char> destination, out int length)
    {
        length = 0;
        foreach (char c in name)
        {
            if (c is >= 'A' and <= 'Z')
            {
                if (length == 4)
                {
                    length = 0;
                    return false;
                }

                destination[length++] = c;
            }
            else if (c is not ('.' or ' '))
            {
                length = 0;
                return false;
            }
        }

        if (length < 2)
        {
            length = 0;
            return false;
        }

        return true;
    }

    private static int SpellOutFirstWord(Span<char> key, int length)
    {
        // Only a first word of two or three letters is spelled out.
        int space = key[..Math.Min(length, 4)].IndexOf(' ');
        if (space is 2 or 3)
        {
            string? full = key[..space] switch
            {
                "st" => "saint",
                "ste" => "sainte",
                "mt" => "mount",
                "ft" => "fort",
                _ => null,
            };
            if (full is not null && length + full.Length - space <= key.Length)
            {
                key[space..length].CopyTo(key[full.Length..]);
                full.AsSpan().CopyTo(key);
                return length + full.Length - space;
            }
        }

        return length;
    }

    /// <summary>Lower-case ASCII folds of the Latin letters with diacritics (and a few letters that have no decomposition).</summary>
    private static string?[] BuildLatinFolds()
    {
        var folds = new string?[0x1F00];
        for (char c = 'A'; c <= 'Z'; c++)
        {
            folds[c] = ((char)(c + 32)).ToString();
        }

        // The decompositions are data (Places/Data/latin-folds.txt), not string.Normalize: a host with invariant
        // globalization (the tidings CLI, the evaluation tool) does not decompose, and "São Paulo" then missed the
        // gazetteer there while it met it in every other host.
        using (Stream stream = typeof(NameKey).Assembly.GetManifestResourceStream(LatinFoldsResource)
            ?? throw new InvalidOperationException($"Missing embedded resource {LatinFoldsResource}."))
        using (var reader = new StreamReader(stream, Encoding.UTF8))
        {
            while (reader.ReadLine() is string line)
            {
                if (line.Length < 6 || line[0] == '#')
                {
                    continue;
                }

                int start = int.Parse(line.AsSpan(0, 4), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
                for (int i = 5; i < line.Length && start + i - 5 < folds.Length; i++)
                {
                    if (line[i] is >= 'a' and <= 'z')
                    {
                        folds[start + i - 5] = line[i].ToString();
                    }
                }
            }
        }

        foreach ((char letter, string fold) in (ReadOnlySpan<(char, string)>)
        [
            ('ß', "ss"), ('ẞ', "ss"), ('æ', "ae"), ('Æ', "ae"), ('œ', "oe"), ('Œ', "oe"), ('ø', "o"), ('Ø', "o"),
            ('đ', "d"), ('Đ', "d"), ('ð', "d"), ('Ð', "d"), ('þ', "th"), ('Þ', "th"), ('ł', "l"), ('Ł', "l"),
            ('ı', "i"), ('ħ', "h"), ('Ħ', "h"), ('ŧ', "t"), ('Ŧ', "t"), ('ə', "e"), ('Ə', "e"), ('ŋ', "n"), ('Ŋ', "n"),
        ])
        {
            folds[letter] = fold;
        }

        return folds;
    }
}
