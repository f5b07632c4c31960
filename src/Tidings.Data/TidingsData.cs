using System.Reflection;

namespace Tidings;

/// <summary>The resources of the data assembly (Tidings.Data.dll): the name model, the name tables and the compiled
/// gazetteer, under the names they had inside Tidings.dll. A resource of an assembly loaded from a file (or compiled
/// into a native binary) is memory-backed, so the readers that read in place (the model's rows, the tables) still do.</summary>
internal static class TidingsData
{
    /// <summary>The data assembly.</summary>
    internal static Assembly Assembly => typeof(TidingsData).Assembly;

    /// <summary>A stream over the embedded resource <paramref name="name"/>, or <see langword="null"/> when it is not
    /// embedded (a build before the data exists).</summary>
    internal static Stream? Open(string name) => Assembly.GetManifestResourceStream(name);
}
