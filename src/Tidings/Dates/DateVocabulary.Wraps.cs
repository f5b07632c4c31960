using Tidings.Text;

namespace Tidings.Dates;

/// <summary>The words of phrases that wrap a period (<c>Data/period-wraps.txt</c>).</summary>
internal static partial class DateVocabulary
{
    /// <summary>The word before "of" in "the back end of the year", "the whole of 2024" ([head]): 0 keeps the period, 1 a half, 2 a quarter.</summary>
    internal static readonly AsciiWordTable<int> WrapHeads = LoadNumbered("period-wraps.txt", "head");

    /// <summary>Heads that wrap with no lead word ([bare]): "the whole of 2024", "the month of July".</summary>
    internal static readonly AsciiWordTable<int> BareWrapHeads = LoadNumbered("period-wraps.txt", "bare");

    /// <summary>The word before a head ([lead]): "back" 2 (the second half), "first" 1, "tail" 0 (the period itself).</summary>
    internal static readonly AsciiWordTable<int> WrapLeads = LoadNumbered("period-wraps.txt", "lead");
}
