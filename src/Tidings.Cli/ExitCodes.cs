namespace Tidings.Cli;

/// <summary>The exit codes of <c>tidings</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Every document was analysed.</summary>
    public const int Success = 0;

    /// <summary>At least one document failed (its output line carries an <c>error</c>), or reading or writing failed midway.</summary>
    public const int Failure = 1;

    /// <summary>The command line is wrong: a parse error, a bad option value (out of its range), an input file that cannot be opened
    /// (missing, a directory, not readable), an output file that cannot be created.</summary>
    public const int Usage = 2;

    /// <summary>Standard output was closed by its reader (<c>tidings … | head -1</c>): the run stops at once, quietly,
    /// with the status a shell reports for a process ended by SIGPIPE (128 + 13).</summary>
    public const int BrokenPipe = 141;

    /// <summary>True when <paramref name="e"/> says the reader of a pipe has gone (EPIPE; on Windows, ERROR_BROKEN_PIPE or ERROR_NO_DATA).</summary>
    public static bool IsBrokenPipe(IOException e) =>
        e.HResult is 32 or unchecked((int)0x8007006D) or unchecked((int)0x800700E8);
}
