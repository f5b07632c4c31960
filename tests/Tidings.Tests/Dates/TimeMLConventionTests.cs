using System.Collections.Immutable;
using Tidings.Dates;
using Xunit;

namespace Tidings.Tests.Dates;

/// <summary><see cref="DateExtractor.TimeML"/> tags as TimeBank does where <see cref="DateExtractor.Default"/> reads news otherwise.</summary>
public sealed class TimeMLConventionTests
{
    private static readonly DateOnly Reference = new(2026, 1, 20);

    [Fact]
    public void A_now_inside_its_clause_is_a_date_only_in_TimeML()
    {
        const string text = "The yard is now a museum.";
        Assert.DoesNotContain(DateExtractor.Default.Extract(text, Reference), d => d.Text == "now");
        Assert.Contains(DateExtractor.TimeML.Extract(text, Reference), d => d.Text == "now" && d.Value == "PRESENT_REF");
    }

    [Fact]
    public void A_now_that_opens_its_sentence_or_follows_a_preposition_is_a_date_either_way()
    {
        foreach (DateExtractor extractor in new[] { DateExtractor.Default, DateExtractor.TimeML })
        {
            Assert.Contains(extractor.Extract("Now the bank is bidding for a rival.", Reference), d => d.Text == "Now");
            Assert.Contains(extractor.Extract("The road stays shut until now.", Reference), d => d.Text == "now");
        }
    }

    [Fact]
    public void The_quarter_ended_a_date_is_a_date_only_in_TimeML()
    {
        const string text = "Net income for the quarter ended Sept. 30 rose 4%.";
        ImmutableArray<DateMention> news = DateExtractor.Default.Extract(text, Reference);
        Assert.DoesNotContain(news, d => d.Text == "the quarter");
        Assert.Contains(news, d => d.Text == "Sept. 30");
        Assert.Contains(DateExtractor.TimeML.Extract(text, Reference), d => d.Text == "the quarter");
    }

    [Fact]
    public void A_quarterly_dividend_is_a_set_only_in_news()
    {
        const string text = "The board declared a quarterly dividend of 12 cents.";
        Assert.Contains(DateExtractor.Default.Extract(text, Reference), d => d.Text == "quarterly" && d.Value == "P3M");
        Assert.DoesNotContain(DateExtractor.TimeML.Extract(text, Reference), d => d.Text == "quarterly");
    }
}
