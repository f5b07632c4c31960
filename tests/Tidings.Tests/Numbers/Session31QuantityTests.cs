using System.Collections.Immutable;
using Tidings.Numbers;
using Xunit;

namespace Tidings.Tests.Numbers;

/// <summary>Session 31 (quant31): classes the eighteenth blind set showed missing — a glued "m/s" speed, a weight carried to a
/// bare number across a comparison, "half as" before a comparison, and kelvin written "K".</summary>
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

    [Theory]
    [InlineData("Smokers were half as likely to finish the course.")]
    [InlineData("The north got half as much rain as the south this year.")]
    public void Half_before_as_and_a_comparison_is_a_multiple(string text) =>
        Assert.Contains(Read(text), q => q.Value == 0.5m && q.Unit.Kind == UnitKind.Ratio && q.Text == "half");

    [Fact]
    public void A_capital_k_after_a_number_is_kelvin_but_not_before_a_name()
    {
        Assert.Contains(Read("The magnet is cooled to 4 K before each run."), q => q.Value == 4 && q.Unit.Code == "K" && q.Text == "4 K");
        Assert.DoesNotContain(Read("The lobby moved to 1401 K Street last year."), q => q.Unit.Code == "K");
    }
}
