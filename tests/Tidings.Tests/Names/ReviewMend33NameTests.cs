using Tidings.Names;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Session 33 (mend33n, review 33n): a seat before a verb of taking, holding or ending is the institution
/// unless the object in the next three words of its clause is a thing a building suffers or houses (F4). The
/// reviewer's examples and some of ours in other registers.</summary>
public sealed class ReviewMend33NameTests
{
    private static NameMentions Names(string text) => NameExtractor.Default.Extract(Document.Create(text));

    // F4
    [Theory]
    [InlineData("Downing Street kept the details secret.", "Downing Street")]
    [InlineData("Downing Street kept quiet about the plan.", "Downing Street")]
    [InlineData("Downing Street kept the decision secret.", "Downing Street")]
    [InlineData("The Kremlin held firm on Thursday despite the pressure.", "Kremlin")]
    [InlineData("Shares rose after the White House took 10% of the company.", "White House")]
    [InlineData("Matignon kept its counsel until the vote.", "Matignon")]
    public void A_seat_that_keeps_holds_or_takes_without_a_physical_object_is_the_institution(string text, string name) =>
        Assert.Contains(Names(text).Organizations, m => m.Text == name);

    [Theory]
    [InlineData("Westminster took a hammering from the storm overnight.", "Westminster")]
    [InlineData("The Vatican took in 2 million visitors last year.", "Vatican")]
    public void A_seat_that_takes_or_holds_something_physical_is_no_organization(string text, string name) =>
        Assert.DoesNotContain(Names(text).Organizations, m => m.Text == name);
}
