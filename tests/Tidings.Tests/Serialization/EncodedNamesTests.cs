using System.Text.Json;
using Tidings.Claims;
using Tidings.Dates;
using Tidings.Numbers;
using Tidings.Places;
using Tidings.Serialization;
using Xunit;

namespace Tidings.Tests.Serialization;

public class EncodedNamesTests
{
    private static void SameAsMapper<T>(Func<T, string?> name)
        where T : struct, Enum
    {
        var names = new EncodedNames<T>(name);
        foreach (T value in Enum.GetValues<T>())
        {
            string? expected = name(value);
            Assert.Equal(expected is not null, names.TryGet(value, out JsonEncodedText encoded));
            Assert.Equal(expected, expected is null ? null : encoded.Value);
        }
    }

    [Fact]
    public void Every_member_has_the_mappers_name()
    {
        SameAsMapper<Approximation>(a => MentionMapper.Name(a));
        SameAsMapper<ClaimRelation>(r => MentionMapper.Name(r));
        SameAsMapper<DatePrecision>(MentionMapper.Name);
        SameAsMapper<TemporalType>(t => MentionMapper.Name(t));
        SameAsMapper<PlaceKind>(k => MentionMapper.Name(k));
    }

    [Fact]
    public void A_value_without_a_name_is_refused_as_the_mapper_refuses_it()
    {
        var names = new EncodedNames<Approximation>(a => MentionMapper.Name(a));

        Assert.Throws<NotSupportedException>(() => names.Get((Approximation)250));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("7")]
    [InlineData("-42")]
    [InlineData("2300000000")]
    [InlineData("2300000000.0")]
    [InlineData("2.30")]
    [InlineData("0.000")]
    [InlineData("-0.0")]
    [InlineData("79228162514264337593543950335")]
    public void Whole_numbers_are_normalized_as_the_division_normalizes_them(string text)
    {
        decimal value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        decimal expected = value / 1.0000000000000000000000000000m;
        decimal actual = MentionMapper.Normalize(value)!.Value;

        Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), actual.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected.Scale, actual.Scale);
    }
}
