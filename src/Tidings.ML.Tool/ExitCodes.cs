namespace Tidings.ML.Tool;

/// <summary>The exit codes of <c>tidings-ml</c> (the same meanings as <c>tidings</c>'s).</summary>
internal static class ExitCodes
{
    /// <summary>Everything was scored or trained.</summary>
    public const int Success = 0;

    /// <summary>Some inputs could not be read (the rest were scored).</summary>
    public const int Failure = 1;

    /// <summary>The command line is wrong, or a file or folder it names cannot be read.</summary>
    public const int Usage = 2;
}
