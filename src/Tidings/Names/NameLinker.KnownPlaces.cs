using Tidings.Places;
using Tidings.Recognition;

namespace Tidings.Names;

/// <summary>
/// Whether a name is a place the word lists or the gazetteer know, asked by many passes of the linker, often of the
/// same name ("Washington" at each of its uses): the answer for each distinct text of the document being linked is
/// remembered, in a table of the document's spans that the thread keeps for its next document.
/// </summary>
internal static partial class NameLinker
{
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
