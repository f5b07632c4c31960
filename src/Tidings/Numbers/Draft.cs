namespace Tidings.Numbers;

/// <summary>
/// A number being grown into a quantity: what the <see cref="NumeralReader"/> read (value, scale, how it was
/// written) and what the <see cref="QuantityAssembler"/> adds (hedge, unit, range, ratio). A value type, so a
/// scan allocates nothing per token.
/// </summary>
internal struct Draft
{
    public int First;       // first token of the mention (hedge, sign, "between" included)
    public int CoreFirst;   // first token of the number itself
    public int Last;        // last token of the mention (unit included)
    public decimal Value;
    public decimal Mantissa; // the value before a scale word was applied
    public bool Scaled;
    public bool Spelled;
    public bool OldMoney;   // session 32: pre-decimal shillings and pence ("7s 6d", "4d"), in pounds
    public bool YearLike;
    public bool Bare;       // plain digits: no separator, decimal point, sign, scale or unit
    public bool HasUnit;
    public QuantityUnit Unit;
    public string? Ambiguous; // a currency word whose country the document must settle ("francs")
    public bool Ratio;
    public bool Fraction;   // a fraction that is a ratio before "of" ("two thirds of", "3/4 of"), else a plain value
    public bool Vague;
    public decimal Low;
    public bool Pair;       // "68-32" in one token
    public decimal Second;
    public bool LeadingZero;
    public Approximation Approximation;
    public bool Negative;
    public bool OneWord;    // the single word "one"
    public bool Grouped;    // digit groups across tokens ("7 654 321", "12,34,567")
    public int CutEnd;      // characters of token CutToken left out of the mention when it is the last: "-an-hour" of "$25-an-hour"
    public int CutToken;
    public bool Headed;     // the unit came from a table heading ("Fuel prices (cents per litre)")
}
