namespace Tidings.Numbers;

/// <summary>How exactly the text states a quantity: the hedge in front of (or around) the number.</summary>
public enum Approximation
{
    /// <summary>No hedge: "13 people".</summary>
    Exact,
    /// <summary>"about", "around", "some", "roughly", "approximately", "an estimated", "… or so".</summary>
    Approximate,
    /// <summary>"at least", "no fewer than", "… or more": <see cref="Quantity.Low"/> is the value.</summary>
    AtLeast,
    /// <summary>"nearly", "almost", "up to", "as many as": <see cref="Quantity.High"/> is the value.</summary>
    AtMost,
    /// <summary>"more than", "over", "upwards of": <see cref="Quantity.Low"/> is the (exclusive) value.</summary>
    MoreThan,
    /// <summary>"fewer than", "less than", "under": <see cref="Quantity.High"/> is the (exclusive) value.</summary>
    LessThan,
    /// <summary>"between X and Y", "X to Y", "X-Y": <see cref="Quantity.Low"/> and <see cref="Quantity.High"/> are the ends.</summary>
    Range,
    /// <summary>"dozens", "hundreds of", "thousands of", "scores of": no value, a lower bound only.</summary>
    Vague,
}
