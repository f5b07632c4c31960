using System.Reflection;

namespace Tidings.Tests;

/// <summary>Finds files of the repository, wherever the build output went.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        string? recorded = typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (recorded is not null && System.IO.File.Exists(Path.Combine(recorded, "Tidings.slnx")))
        {
            return recorded;
        }

        for (DirectoryInfo? d = new(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(d.FullName, "Tidings.slnx")))
            {
                return d.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with Tidings.slnx) was not found from " + AppContext.BaseDirectory);
    }
}
