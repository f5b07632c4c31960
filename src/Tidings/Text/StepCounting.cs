namespace Tidings.Text;

/// <summary>
/// Whether the quantity and claim scans count each token they read into their step counters, the figure the
/// linear-work property tests bound. A count per read is a write to memory on the hottest paths (about 5 % of the
/// quantity scan), so it is made only when the AppContext switch <c>Tidings.CountTokenSteps</c> is on — the test
/// project turns it on in its runtime configuration. The per-number and per-sentence counts are always made.
/// </summary>
internal static class StepCounting
{
    /// <summary>The name of the AppContext switch.</summary>
    public const string Switch = "Tidings.CountTokenSteps";

    /// <summary>Whether each token read is counted (read once per process; optimized code treats it as a constant).</summary>
    public static readonly bool PerRead = AppContext.TryGetSwitch(Switch, out bool on) && on;
}
