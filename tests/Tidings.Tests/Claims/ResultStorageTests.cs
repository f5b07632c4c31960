using System.Collections.Immutable;
using Tidings.Claims;
using Tidings.Numbers;
using Xunit;

namespace Tidings.Tests.Claims;

/// <summary>
/// <see cref="Claim"/> and <see cref="Quantity"/> keep their parts compactly (offsets, values without their nullable
/// wrappers, rare parts apart); what the properties return, equality and <c>with</c> are what was given.
/// </summary>
public sealed class ResultStorageTests
{
    private const string Text = "Police said 13 people were detained.";

    private static Quantity Thirteen(decimal? low = null) =>
        new(12, 14, "13", 13, QuantityUnit.Count, Approximation.Exact, low, counted: new TextSpan(15, 21, "people"));

    [Fact]
    public void Claim_parts_inside_its_text_read_back_as_given()
    {
        var source = new TextSpan(0, 6, "Police");
        var predicate = new TextSpan(27, 35, "detained");
        var claim = new Claim(0, 35, Text[..35], [Thirteen()], ClaimRelation.Single, source, null, predicate);
        Assert.Equal(source, claim.Source);
        Assert.Null(claim.Subject);
        Assert.Equal(predicate, claim.Predicate);
        Assert.Equal(claim, new Claim(0, 35, Text[..35], [Thirteen()], ClaimRelation.Single, source, null, predicate));
        Assert.Equal(claim, claim with { });
        Assert.NotEqual(claim, new Claim(0, 35, Text[..35], [Thirteen()], ClaimRelation.Single, null, null, predicate));
    }

    [Fact]
    public void Claim_parts_its_text_does_not_hold_are_kept_as_given()
    {
        var elsewhere = new TextSpan(100, 106, "Police"); // outside the claim
        var other = new TextSpan(0, 6, "POLICE"); // inside, but not the claim's characters
        var odd = default(TextSpan); // no text at all
        var claim = new Claim(0, 14, Text[..14], [Thirteen()], ClaimRelation.Single, elsewhere, other, odd);
        Assert.Equal(elsewhere, claim.Source);
        Assert.Equal(other, claim.Subject);
        Assert.Equal(odd, claim.Predicate);
        Assert.NotEqual(claim, new Claim(0, 14, Text[..14], [Thirteen()], ClaimRelation.Single, elsewhere, null, odd));
    }

    [Fact]
    public void Claims_from_the_extractor_read_their_parts_from_the_text()
    {
        ImmutableArray<Claim> claims = ClaimExtractor.Default.Extract(Tidings.Text.Document.Create(Text));
        Claim claim = Assert.Single(claims);
        Assert.Equal(new TextSpan(0, 6, "Police"), claim.Source);
        Assert.Equal("13 people", Assert.Single(claim.Quantities).Text + " " + claim.Quantities[0].Counted!.Value.Text);
    }

    [Fact]
    public void Quantity_values_bounds_and_spans_read_back_as_given()
    {
        var vague = new Quantity(0, 6, "dozens", null, QuantityUnit.Count, Approximation.Vague, 24, null);
        Assert.Null(vague.Value);
        Assert.Equal(24m, vague.Low);
        Assert.Null(vague.High);
        Assert.Null(vague.Counted);
        Assert.Null(vague.ConversionOf);

        var zero = new Quantity(0, 1, "0", 0, QuantityUnit.Count, Approximation.Exact);
        Assert.Equal(0m, zero.Value);
        Assert.NotEqual(zero, new Quantity(0, 1, "0", null, QuantityUnit.Count, Approximation.Exact));

        Quantity q = Thirteen(low: 10);
        Assert.Equal(new TextSpan(15, 21, "people"), q.Counted);
        Quantity converted = q with { ConversionOf = new TextSpan(40, 42, "25") };
        Assert.Equal(10m, converted.Low);
        Assert.Equal(new TextSpan(40, 42, "25"), converted.ConversionOf);
        Assert.Null(q.ConversionOf);
        Assert.Equal(q, Thirteen(low: 10));
        Assert.NotEqual(q, Thirteen());
        Assert.NotEqual(q, converted);
        Assert.Equal(converted, q with { ConversionOf = new TextSpan(40, 42, "25") });
        Assert.Equal(q.GetHashCode(), Thirteen(low: 10).GetHashCode());
    }
}
