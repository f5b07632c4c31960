namespace Tidings.ML.Tool.Eval;

/// <summary>
/// TIMEX3 values as the scorer compares them: written forms of the same value made one, and the library's contract
/// mapped to TimeML's convention where the two differ.
/// </summary>
/// <remarks>
/// <para>Notation (applied to gold and system alike): a one-digit ISO week is padded ("2000-W7" = "2000-W07"); a
/// decade or century written with placeholders is the short form ("199X" = "199", "19XX" = "19"); trailing fields
/// that are all placeholders say nothing more than the value before them ("1948-XX" = "1948", "1997-XX-XX" = "1997");
/// an hour without minutes has zero minutes ("T17" = "T17:00").</para>
/// <para>Convention (system only): the JSON contract writes a fiscal year "FY1989"; TimeML writes the year, "1989".</para>
/// <para>The scorer also counts exact string agreement, so the report shows both.</para>
/// </remarks>
internal static class TimexValue
{
    /// <summary>A system value in TimeML's convention: "FY1989" → "1989"; other values unchanged.</summary>
    public static string? FromContract(string? value) =>
        value is { Length: 6 } && value.StartsWith("FY", StringComparison.Ordinal) && AllDigits(value.AsSpan(2)) ? value[2..] : value;

    /// <summary>Whether two values are the same value (after <see cref="Canonical"/>); a missing value equals only a missing or empty one.</summary>
    public static bool Equivalent(string? gold, string? system) =>
        string.Equals(Canonical(gold ?? ""), Canonical(system ?? ""), StringComparison.Ordinal);

    /// <summary>One written form per value (see the remarks on <see cref="TimexValue"/>).</summary>
    public static string Canonical(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        string v = value;

        // "1997-XX-XX", "1948-XX": drop trailing placeholder fields after a date's year or month.
        while (v.Length > 4 && AllDigits(v.AsSpan(0, 4)) && v.EndsWith("-XX", StringComparison.Ordinal))
        {
            v = v[..^3];
        }

        // "199X" → "199" (a decade), "19XX" → "19" (a century); "XXXX" (no year) stays.
        if (v.Length == 4 && char.IsAsciiDigit(v[0]) && char.IsAsciiDigit(v[1]))
        {
            if (v[2] == 'X' && v[3] == 'X')
            {
                v = v[..2];
            }
            else if (char.IsAsciiDigit(v[2]) && v[3] == 'X')
            {
                v = v[..3];
            }
        }

        // "2000-W7" → "2000-W07" (also before "-WE" or a day).
        if (v.Length >= 7 && AllDigits(v.AsSpan(0, 4)) && v[4] == '-' && v[5] == 'W' && char.IsAsciiDigit(v[6])
            && (v.Length == 7 || !char.IsAsciiDigit(v[7])))
        {
            v = string.Concat(v.AsSpan(0, 6), "0", v.AsSpan(6));
        }

        // "1989-11-06T17" → "1989-11-06T17:00".
        int t = v.IndexOf('T', StringComparison.Ordinal);
        if (t > 0 && v.Length == t + 3 && char.IsAsciiDigit(v[t + 1]) && char.IsAsciiDigit(v[t + 2]))
        {
            v += ":00";
        }

        return v;
    }

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return s.Length > 0;
    }
}
