namespace Tidings;

/// <summary>What a <see cref="Mention"/> names.</summary>
public enum MentionKind
{
    /// <summary>A number with its unit, hedge and bounds (<see cref="Numbers.Quantity"/>).</summary>
    Quantity,
    /// <summary>A numeric claim: one statement asserting one or more quantities.</summary>
    Claim,
    /// <summary>A date expression resolved against the reference date.</summary>
    Date,
    /// <summary>An organization.</summary>
    Organization,
    /// <summary>A place.</summary>
    Place,
    /// <summary>A person.</summary>
    Person,
}

/// <summary>
/// A fact found in a text: a typed value with the exact span of the caller's string it came from.
/// </summary>
/// <remarks>
/// <para><see cref="Start"/> and <see cref="End"/> are UTF-16 offsets into the text that was analysed;
/// <see cref="End"/> is exclusive, so <c>text[Start..End] == Text</c> always holds.</para>
/// <threadsafety>Instances are immutable and safe to share between threads.</threadsafety>
/// </remarks>
public abstract record Mention
{
    /// <summary>Creates a mention over <paramref name="text"/>, the substring [<paramref name="start"/>, <paramref name="end"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The span is negative or does not match the length of <paramref name="text"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    protected Mention(int start, int end, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        if (end - start != text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(end), "end - start must equal the length of the mention text.");
        }

        Start = start;
        End = end;
        Text = text;
    }

    /// <summary>The UTF-16 offset of the first character of the mention in the analysed text.</summary>
    public int Start { get; }

    /// <summary>The UTF-16 offset just past the last character of the mention (exclusive).</summary>
    public int End { get; }

    /// <summary>The mention exactly as it stands in the analysed text.</summary>
    public string Text { get; }

    /// <summary>The number of UTF-16 code units the mention covers.</summary>
    public int Length => End - Start;

    /// <summary>What this mention names.</summary>
    public abstract MentionKind Kind { get; }

    /// <summary>Orders mentions by <see cref="Start"/>, then by <see cref="End"/> descending (longer first).</summary>
    public static int CompareByPosition(Mention? x, Mention? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        int c = x.Start.CompareTo(y.Start);
        if (c != 0)
        {
            return c;
        }

        c = y.End.CompareTo(x.End);
        // As the kinds' values (MentionKind.CompareTo(object) would box the other kind on every tie).
        return c != 0 ? c : ((int)x.Kind).CompareTo((int)y.Kind);
    }
}
