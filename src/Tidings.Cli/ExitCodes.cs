namespace Tidings.Cli;

/// <summary>The exit codes of <c>tidings</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Every document was analysed.</summary>
    public const int Success = 0;

    /// <summary>At least one document failed (its output line carries an <c>error</c>), or reading or writing failed midway.</summary>
    public const int Failure = 1;

    /// <summary>The command line is wrong: a parse error, a bad option value, an input file that cannot be opened,
    /// an output file that cannot be created.</summary>
    public const int Usage = 2;
}
