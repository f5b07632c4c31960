namespace Tidings.Recognition;

/// <summary>The four CoNLL-2003 name types the recognizer tells apart.</summary>
public enum NameType
{
    /// <summary>A person ("Nikol Pashinyan").</summary>
    Person,
    /// <summary>An organization: companies, agencies, parties, committees, teams ("Federal Election Commission").</summary>
    Organization,
    /// <summary>A place: countries, regions, cities, districts, geographic features ("Nagorno Karabakh").</summary>
    Place,
    /// <summary>Other names: nationalities, events, products, works ("Armenian", "World Cup").</summary>
    Miscellaneous,
}

/// <summary>A name the statistical recognizer found: its exact span and its type.</summary>
/// <param name="Start">The UTF-16 offset of the first character.</param>
/// <param name="End">The offset just past the last character (exclusive).</param>
/// <param name="Type">What it names.</param>
/// <param name="FirstToken">The index of its first token in the document.</param>
/// <param name="TokenCount">How many tokens it covers.</param>
/// <remarks><threadsafety>Immutable value; safe to share between threads.</threadsafety></remarks>
public readonly record struct RecognizedName(int Start, int End, NameType Type, int FirstToken, int TokenCount)
{
    /// <summary>The number of UTF-16 code units the name covers.</summary>
    public int Length => End - Start;
}
