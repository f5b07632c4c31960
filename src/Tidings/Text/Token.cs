namespace Tidings.Text;

/// <summary>The broad class of a <see cref="Token"/>.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters, possibly with inner hyphens, apostrophes, digits or abbreviation periods ("U.S.", "COVID-19", "de-escalation").</summary>
    Word,
    /// <summary>Starts with an ASCII digit: "3,000", "7,412.3", "2.3bn", "19th", "68-32", "12-kilometre", "7:30".</summary>
    Number,
    /// <summary>One punctuation mark, or a run of the same one ("...", "--"): quotes, dashes, brackets, commas, periods.</summary>
    Punctuation,
    /// <summary>A symbol: currency signs ("$", "€", "£"), "%", "°", "+", "#", emoji.</summary>
    Symbol,
    /// <summary>Anything else (a lone surrogate, a digit of another script).</summary>
    Other,
}

/// <summary>Facts about a token that extractors test often, computed once by the tokenizer.</summary>
[Flags]
public enum TokenTraits : ushort
{
    /// <summary>Nothing to note.</summary>
    None = 0,
    /// <summary>The first letter is upper case.</summary>
    Capitalized = 1 << 0,
    /// <summary>Every letter is upper case and there are at least two ("ANCA", "CSTO").</summary>
    AllCaps = 1 << 1,
    /// <summary>Contains an ASCII digit.</summary>
    HasDigit = 1 << 2,
    /// <summary>Contains an inner hyphen or dash ("twenty-five", "COVID-19", "68-32").</summary>
    HasHyphen = 1 << 3,
    /// <summary>An abbreviation that keeps its period ("U.S.", "Mr.", "a.m.").</summary>
    Abbreviation = 1 << 4,
    /// <summary>A quotation mark of any kind.</summary>
    Quote = 1 << 5,
    /// <summary>A dash or hyphen of any kind standing alone.</summary>
    Dash = 1 << 6,
    /// <summary>Ends a sentence when followed by a sentence start (".", "!", "?", "…").</summary>
    Terminal = 1 << 7,
    /// <summary>An opening bracket.</summary>
    OpenBracket = 1 << 8,
    /// <summary>A closing bracket.</summary>
    CloseBracket = 1 << 9,
    /// <summary>A currency sign ("$", "€", "£", "¥", "₽", "₺", "₹", …).</summary>
    Currency = 1 << 10,
    /// <summary>White space (of any kind, including zero-width) separates it from the previous token.</summary>
    SpaceBefore = 1 << 11,
    /// <summary>A line break lies between it and the previous token.</summary>
    LineBreakBefore = 1 << 12,
    /// <summary>A blank line (paragraph break) lies between it and the previous token.</summary>
    ParagraphBefore = 1 << 13,
}

/// <summary>One token of a <see cref="Document"/>: an exact span of the caller's string and its class.</summary>
/// <param name="Start">The UTF-16 offset of the first character.</param>
/// <param name="Length">The number of UTF-16 code units.</param>
/// <param name="Kind">The broad class.</param>
/// <param name="Traits">Facts computed by the tokenizer.</param>
/// <remarks><threadsafety>Immutable value; safe to share between threads.</threadsafety></remarks>
public readonly record struct Token(int Start, int Length, TokenKind Kind, TokenTraits Traits)
{
    /// <summary>The offset just past the last character (exclusive).</summary>
    public int End => Start + Length;

    /// <summary>Whether all of <paramref name="traits"/> are set.</summary>
    public bool Has(TokenTraits traits) => (Traits & traits) == traits;
}

/// <summary>A sentence of a <see cref="Document"/>: its character span and its tokens.</summary>
/// <param name="Start">The offset of the sentence's first token.</param>
/// <param name="End">The offset just past its last token.</param>
/// <param name="FirstToken">The index of its first token in <see cref="Document.Tokens"/>.</param>
/// <param name="TokenCount">How many tokens it holds (at least one).</param>
/// <remarks><threadsafety>Immutable value; safe to share between threads.</threadsafety></remarks>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount)
{
    /// <summary>The index just past its last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
