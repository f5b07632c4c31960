using Tidings.Places;
using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>
/// What the linker's passes ask of the document being linked again and again, worked out once per document: whether
/// a name is a place the word lists or the gazetteer know (asked by many passes, often of the same name: "Washington"
/// at each of its uses), remembered for each distinct text in a table of the document's spans; and where its
/// capitalised words are, so that the passes looking for untagged capitalised runs visit those words only.
/// The thread keeps both for its next document.
/// </summary>
internal static partial class NameLinker
{
    /// <summary>The document whose capitalised words <see cref="t_capitals"/> holds (with its text: a rented document is reused).</summary>
    [ThreadStatic]
    private static Document? t_capitalsOf;

    [ThreadStatic]
    private static string? t_capitalsText;

    /// <summary>The indices of the capitalised words of <see cref="t_capitalsOf"/>, in order (the first
    /// <see cref="t_capitalCount"/>), in an array of the shared pool.</summary>
    [ThreadStatic]
    private static int[]? t_capitals;

    [ThreadStatic]
    private static int t_capitalCount;

    /// <summary>The indices of the capitalised words (<see cref="IsCapitalWord"/>) of <paramref name="document"/>, in
    /// order: found once per document (one pass over the tokens), then read by every pass that asks.</summary>
    private static ReadOnlySpan<int> CapitalWords(Document document)
    {
        if (ReferenceEquals(t_capitalsOf, document) && ReferenceEquals(t_capitalsText, document.Text))
        {
            return t_capitals.AsSpan(0, t_capitalCount);
        }

        ForgetCapitals();
        ReadOnlySpan<Token> tokens = document.Tokens;
        int[] capitals = System.Buffers.ArrayPool<int>.Shared.Rent(Math.Max(1, tokens.Length));
        int count = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            Token token = tokens[i];
            if (token.Kind == TokenKind.Word && token.Has(TokenTraits.Capitalized))
            {
                capitals[count++] = i;
            }
        }

        t_capitals = capitals;
        t_capitalCount = count;
        t_capitalsOf = document;
        t_capitalsText = document.Text;
        return capitals.AsSpan(0, count);
    }

    /// <summary>Forgets the capitalised words of the document linked (their array goes back to the pool).</summary>
    private static void ForgetCapitals()
    {
        t_capitalsOf = null;
        t_capitalsText = null;
        t_capitalCount = 0;
        if (t_capitals is int[] capitals)
        {
            t_capitals = null;
            System.Buffers.ArrayPool<int>.Shared.Return(capitals);
        }
    }

    /// <summary>The classes of the word lists that make a known place (<see cref="IsKnownPlace"/>).</summary>
    private const ushort KnownPlaceClasses = (1 << (int)LexiconClass.City) | (1 << (int)LexiconClass.Country) | (1 << (int)LexiconClass.Region);

    /// <summary>The text of the document the thread is linking, whose answers <see cref="t_knownPlaces"/> holds (null: none).</summary>
    [ThreadStatic]
    private static string? t_knownPlacesText;

    /// <summary>For each span of <see cref="t_knownPlacesText"/> asked about: 2 a known place, 1 not.</summary>
    [ThreadStatic]
    private static SpanMemo<int>? t_knownPlaces;

    /// <summary>Starts remembering the answers of <see cref="IsKnownPlace"/> for spans of <paramref name="text"/>.</summary>
    private static void RememberKnownPlaces(string text)
    {
        t_knownPlaces ??= new SpanMemo<int>(MaxKeptTableEntries);
        t_knownPlaces.Clear();
        t_knownPlacesText = text;
    }

    /// <summary>Forgets the answers (and the text) of the document linked.</summary>
    private static void ForgetKnownPlaces()
    {
        t_knownPlacesText = null;
        t_knownPlaces?.Clear();
    }

    /// <summary>Whether <paramref name="name"/> is a place the word lists or the gazetteer know (a city, region or country).</summary>
    /// <remarks>A span of the document being linked is answered once per distinct text; any other span (a copy made
    /// by the caller) is looked up every time.</remarks>
    private static bool IsKnownPlace(ReadOnlySpan<char> name)
    {
        string? text = t_knownPlacesText;
        if (text is not null && text.AsSpan().Overlaps(name, out int offset) && offset >= 0 && offset + name.Length <= text.Length)
        {
            ref int known = ref t_knownPlaces!.ValueRef(text, offset, name.Length);
            if (known == 0)
            {
                known = LooksUpAsPlace(name) ? 2 : 1;
            }

            return known == 2;
        }

        return LooksUpAsPlace(name);
    }

    /// <summary>The look-up behind <see cref="IsKnownPlace"/>: the word lists (one hash for their three classes), then the gazetteer.</summary>
    private static bool LooksUpAsPlace(ReadOnlySpan<char> name)
    {
        NameLexicon lexicon = NameLexicon.Default;
        if (lexicon.TryGet(NameLexicon.Extend(0, FeatureHash.OfText(name, lower: true, foldDigits: true)), out ushort classes) && (classes & KnownPlaceClasses) != 0)
        {
            return true;
        }

        return Gazetteer.Default.TryGetKind(name, out PlaceKind kind) && kind is PlaceKind.City or PlaceKind.Region or PlaceKind.Country or PlaceKind.District;
    }
}
