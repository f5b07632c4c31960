using System.Globalization;
using FsCheck;
using Xunit;

namespace Tidings.Tests.Properties;

/// <summary>
/// The one place property-test sizes are configured. Set the environment variable
/// <c>TIDINGS_FSCHECK_MAXTEST</c> to change how many cases every property runs (default 1,000).
/// </summary>
internal static class PropertySettings
{
    /// <summary>Cases per property unless <c>TIDINGS_FSCHECK_MAXTEST</c> says otherwise.</summary>
    public const int DefaultMaxTest = 1000;

    /// <summary>The fixed constant of the linear-work bound for quantities: steps ≤ C × (tokens + 1).
    /// A step is one token look-up; claims and dates have constants of their own below.</summary>
    public const long StepsPerToken = 128;

    /// <summary>
    /// The claim builder's constant: it looks for a source up to 80 tokens on either side of each claim (within the
    /// sentence), so the cost per token follows how densely claims stand in one sentence with no full stop. The worst
    /// measured (December 2026, session 17, one step per token of the source scan) is a claim on every token: a run of
    /// vague amounts ("dozens hundreds thousands …", words the generators draw) costs about 244 look-ups a token; a
    /// claim on every second token ("thirteen n thirteen n …", which CI's random seed found) about 150; the generators'
    /// own texts reached 124 (a repeated "d twenty nM"). The figure per copy is the same for 100 and 6,400 copies, so a
    /// constant; 320 leaves a third over the worst, and both shapes are adversarial units of
    /// <see cref="LinearWorkProperties"/>, whose doubling check guards linearity apart from the constant.
    /// </summary>
    public const long ClaimStepsPerToken = 320;

    /// <summary>
    /// The claim builder's linear-work check for a shape read at two sizes (the larger about twice the smaller): the larger
    /// costs at most <see cref="ClaimStepsPerToken"/> steps a token and at most 2.5 times the smaller's steps.
    /// </summary>
    internal static void AssertLinearClaimWork((long Steps, long Tokens) small, (long Steps, long Tokens) large)
    {
        Assert.True(large.Steps <= ClaimStepsPerToken * (large.Tokens + 1), $"{large.Steps} claim steps for {large.Tokens} tokens");
        Assert.True(large.Steps <= 2.5 * small.Steps, $"{small.Steps} steps for {small.Tokens} tokens, {large.Steps} for {large.Tokens}");
    }

    /// <summary>
    /// The date reader's constant: it tries each of its patterns at every token that can open a date, and each word
    /// comparison counts its look-ups, so a run of day-month pairs ("7 Jan 7 Jan …") costs about 230 look-ups a token
    /// (190 before the day lists and ranges of December 2026) — a constant: the figure per copy is the same for 100 and
    /// 1,600 copies. Linearity itself is checked apart from the constant by doubling the input
    /// (<see cref="LinearWorkProperties"/>).
    /// </summary>
    public const long DateStepsPerToken = 512;

    /// <summary>Roughly how large (in UTF-16 chars) the adversarial repeated inputs are.</summary>
    public const int AdversarialLength = 200 * 1024;

    /// <summary>The size of the 1 MB-class adversarial inputs (in UTF-16 chars) the hardening issue names.</summary>
    public const int MegabyteLength = 1024 * 1024;

    /// <summary>How many threads share one instance (pipeline, extractor, resolver) in the concurrency properties.</summary>
    public const int Threads = 16;

    /// <summary>Cases per property.</summary>
    public static int MaxTest { get; } = ReadMaxTest();

    /// <summary>How many distinct inputs a concurrency property runs: every one of the <see cref="Threads"/> threads runs
    /// all of them, so <c>2 × MaxTest</c> concurrent calls are compared with the sequential results.</summary>
    public static int ConcurrentInputs => Math.Max(Threads, MaxTest * 2 / Threads);

    /// <summary>FsCheck configuration: throw (with the counterexample) on failure.</summary>
    public static Config Config => Config.QuickThrowOnFailure.WithMaxTest(MaxTest);

    /// <summary>Runs <paramref name="property"/> for <see cref="MaxTest"/> cases; throws on the first (shrunk) failure.</summary>
    public static void Run(Property property, string name) => Check.One(name, Config, property);

    private static int ReadMaxTest()
    {
        string? value = Environment.GetEnvironmentVariable("TIDINGS_FSCHECK_MAXTEST");
        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : DefaultMaxTest;
    }
}
