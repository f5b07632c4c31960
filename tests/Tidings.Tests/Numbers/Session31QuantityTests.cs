using System.Collections.Immutable;
using Tidings.Numbers;
using Xunit;

namespace Tidings.Tests.Numbers;

/// <summary>Session 31 (quant31): classes the eighteenth blind set showed missing — a glued "m/s" speed, and a weight carried
/// to a bare number across a comparison.</summary>
public sealed class Session31QuantityTests
{
    private static ImmutableArray<Quantity> Read(string text) => QuantityExtractor.Default.Extract(text);

    [Fact]
    public void A_glued_m_per_second_is_a_speed_not_millions()
    {
        Quantity q = Assert.Single(Read("The tailwind was 1.8m/s on the day."));
        Assert.Equal(1.8m, q.Value);
        Assert.Equal("m/s", q.Unit.Code);
        Assert.Equal("1.8m/s", q.Text);
    }

    [Fact]
    public void A_weight_reaches_a_bare_number_across_a_comparison() =>
        Assert.Contains(Read("Farmers spread 200 kg/ha of potash, far above the suggested 120."), q => q.Value == 120 && q.Unit.Code == "kg");
}
