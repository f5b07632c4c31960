using Tidings.Claims;
using Xunit;
using static Tidings.Tests.Claims.ReviewMend28ClaimTests;

namespace Tidings.Tests.Claims;

/// <summary>
/// Session 34 (claims34): the probes of review 33c (findings 1–4 and 8) through the whole pipeline, negatives first — two
/// reported clauses joined by "and" stay two claims, a worked example's result keeps its own range or move, a bracketed
/// "e.g."/"for example" figure is a real instance unless the reader is asked for it, and a sentence-opening "Say"
/// imagines only before a subject it stipulates about — and the named word sets of claim-guards.txt.
/// </summary>
public sealed class Session34ClaimTests
{
    // Finding 1: "<holder> <link> X … and has/will <verb> Y" is two reported facts, not a worked example.
    [Theory]
    [InlineData("Consumer spending rose 0.6% in October and has risen 5.1% over the past year, the Commerce Department said.", "0.6%", "5.1%")]
    [InlineData("Consumer spending grew 0.4% in the quarter and could grow 1.1% next year, the central bank said.", "0.4%", "1.1%")]
    [InlineData("Households saved $2.1 trillion during the pandemic and have spent about $1.6 trillion of it since, the San Francisco Fed said.", "$2.1 trillion", "$1.6 trillion")]
    [InlineData("Investors put $4.2 billion into gold funds in April and have pulled $1.1 billion from bond funds this month, EPFR data showed.", "$4.2 billion", "$1.1 billion")]
    [InlineData("Investors bought $12 billion of US stocks last week and will get $3 billion back in buybacks.", "$12 billion", "$3 billion")]
    [InlineData("Savers on easy-access accounts earned an average 3.1% in November, and will get 2.9% from January, Moneyfacts said.", "3.1%", "2.9%")]
    [InlineData("Drivers on the M6 toll paid £2.1 million in penalty charges last year and will pay £9.80 a trip from April.", "£2.1 million", "£9.80")]
    [InlineData("The family bought 300 acres in 1998 and has since sold 120 to developers, court papers show.", "300", "120")]
    [InlineData("Household spending of $18 trillion has grown 3% a year since 2021.", "$18 trillion", "3%")]
    [InlineData("Interest payments on the $36 trillion national debt will exceed $1 trillion this year, the CBO said.", "$36 trillion", "$1 trillion")]
    [InlineData("Two new plants, one using 40% less water, will cost $2 billion.", "40%", "$2 billion")]
    [InlineData("Tenants on the estate paid £4.2 million in service charges and will get £1.1 million back, the tribunal ruled.", "£4.2 million", "£1.1 million")]
    [InlineData("Parents on Universal Credit received £1.2bn in childcare support last year and will get £1.6bn next year, the DWP said.", "£1.2bn", "£1.6bn")]
    [InlineData("Borrowers on tracker mortgages saw rates rise to 5.5% and will pay about £240 more a month.", "5.5%", "£240")]
    [InlineData("Homeowners using heat pumps saved 20% on bills and have cut emissions by 1.5 tonnes a year, the study found.", "20%", "1.5 tonnes")]
    [InlineData("Consumers using buy-now-pay-later spent £13bn last year and will spend £18bn by 2027, Barclays said.", "£13bn", "£18bn")]
    public void Two_reported_clauses_stay_two_claims(string text, string first, string second)
    {
        Claim a = ClaimOf(text, first);
        Assert.DoesNotContain(a.Quantities, q => q.Text.Contains(second, StringComparison.Ordinal));
    }

    // Finding 1, the positives the room exists for.
    [Theory]
    [InlineData("Under the plan, a family earning £45,000 would pay £3,210 in tax.", "£45,000", "£3,210")]
    [InlineData("Borrowers on a £200,000 mortgage will pay £1,170 a month, or £14,040 a year.", "£200,000", "£1,170")]
    [InlineData("Someone who saved £100 a month from 2010 would now have about £18,900.", "£100", "about £18,900")]
    [InlineData("A saver putting £200 a month into an Isa would have £14,000 after five years.", "£200", "£14,000")]
    [InlineData("Someone who invested $1,000 in 2015 would now have $4,800, the fund said.", "$1,000", "$4,800")]
    [InlineData("Customers using more than 500kWh will pay 30 cents per kWh, the utility said.", "500kWh", "30 cents")]
    public void Worked_example_stays_one_claim(string text, string amount, string result)
    {
        Claim claim = ClaimOf(text, amount);
        Assert.Contains(claim.Quantities, q => q.Text.Contains(result, StringComparison.Ordinal));
    }

    // Finding 2: the result keeps the shape of its own group.
    [Theory]
    [InlineData("Workers on the national living wage of £11.44 will get a 9.8% rise to £12.21 an hour from April, the Treasury said.", "9.8%", "£12.21", ClaimRelation.Change)]
    [InlineData("A household using 2,700kWh of gas and electricity will see bills rise 1.2% to £1,738 a year from January, Ofgem said.", "1.2%", "£1,738", ClaimRelation.Change)]
    [InlineData("A first-time buyer paying £425,000 would pay between £6,250 and £11,250 in stamp duty, the Treasury said.", "£6,250", "£11,250", ClaimRelation.Range)]
    [InlineData("A household using 2,700kWh would pay £1,500 to £1,700 a year under the new cap.", "£1,500", "£1,700", ClaimRelation.Range)]
    public void Worked_example_result_keeps_its_shape(string text, string first, string second, ClaimRelation relation)
    {
        Claim claim = ClaimOf(text, first);
        Assert.Contains(claim.Quantities, q => q.Text.Contains(second, StringComparison.Ordinal));
        Assert.Equal(relation, claim.Relation);
    }

    // Finding 3: a bracketed instance is a real figure; only a figure the reader is asked for is a placeholder.
    [Theory]
    [InlineData("Some countries already tax windfalls heavily (for example, 78% in Norway), the IFS said.", "78%")]
    [InlineData("Corporate tax rates elsewhere are higher (e.g. 25% in the Netherlands and 30% in Germany), the report said.", "25%")]
    [InlineData("Corporate tax rates elsewhere are higher (e.g. 25% in the Netherlands and 30% in Germany), the report said.", "30%")]
    [InlineData("Corporate tax rates elsewhere are higher (for instance, 25% in the Netherlands), the report said.", "25%")]
    public void Bracketed_instance_is_claimed(string text, string quantity) =>
        Assert.NotNull(ClaimOf(text, quantity));

    [Fact]
    public void Reader_placeholder_is_no_claim() =>
        Assert.Empty(ReviewMend28ClaimTests.Claims("Enter your income (e.g. £28,000) to see your bill."));

    // Finding 4: "Say" stipulates only before a subject; otherwise the sentence states its figures.
    [Theory]
    [InlineData("\"Say goodbye to cheap money,\" the governor said after the Bank raised rates to 5.25%.", "5.25%")]
    [InlineData("Say what you like about the chancellor, borrowing fell to £11.2bn in November.", "£11.2bn")]
    [InlineData("Say on pay votes failed at 12 companies this year, up from 7 last year.", "12")]
    [InlineData("Say goodbye to 2% mortgages, the broker said as rates rose to 4.5%.", "4.5%")]
    [InlineData("Say it with flowers: sales rose 12% to £2.1bn, Interflora said.", "12%")]
    public void Say_that_stipulates_nothing_states_its_figures(string text, string quantity) =>
        Assert.NotNull(ClaimOf(text, quantity));

    [Fact]
    public void Say_you_stipulates() =>
        Assert.DoesNotContain(ReviewMend28ClaimTests.Claims("Say you earn £50,000 and pay 5% into a pension."), c => c.Quantities.Any(q => q.Text == "£50,000"));

    // The named word sets of claim-guards.txt.
    [Fact]
    public void Named_word_sets_are_read_from_the_guard_file()
    {
        Assert.True(ClaimGuards.Set("example-clause-stops").Contains(";"));
        Assert.True(ClaimGuards.Set("example-clause-stops").Contains("Whereas"));
        Assert.False(ClaimGuards.Set("example-clause-stops").Contains("and"));
        Assert.True(ClaimGuards.Set("stipulation-subjects").Contains("you"));
        Assert.False(ClaimGuards.Is("whereas", ClaimGuards.LateGuard.ExampleResult));
        Assert.Throws<InvalidDataException>(() => ClaimGuards.Set("no-such-set"));
    }

    // Numbers that name things: after an identifier noun, or a list of them after the noun and a copula or colon.
    [Theory]
    [InlineData("Saturday's winning numbers were 4, 11, 23, 31, 42 and 57, with the bonus ball 19.")]
    [InlineData("Tonight's draw: 3, 17, 28, 40, 46; Lucky Stars 5 and 9.")]
    [InlineData("Numbers 7, 10 and 23 were all missing from the starting line-up.")]
    [InlineData("Voters in the village should use polling station 4 at the primary school.")]
    public void Identifying_numbers_are_no_claims(string text) =>
        Assert.Empty(ReviewMend28ClaimTests.Claims(text));

    [Theory]
    [InlineData("Visitor numbers were 412 last year, the museum said.", "412")]
    [InlineData("The number of bingo halls has fallen to 290 from 680, the association said.", "290")]
    [InlineData("Passenger numbers rose 4% to 2.1 million in May.", "4%")]
    public void Counted_numbers_still_count(string text, string quantity) =>
        Assert.NotNull(ClaimOf(text, quantity));

    // A suspended hyphen: "18- to 24-year-olds" names an age band.
    [Fact]
    public void Suspended_compound_is_no_claim()
    {
        ImmutableArrayAssert(ReviewMend28ClaimTests.Claims("Among 16- to 24-year-olds, the unemployment rate rose to 14.8%."), "14.8%");
    }

    // "more/less than one" after an amount: "one" is a pronoun for a second holder.
    [Theory]
    [InlineData("The average home in London costs £524,000, roughly £360,000 more than one in the North East.")]
    [InlineData("A household earning £30,000 would pay £200 less than one earning £20,000.")]
    public void Pronoun_one_after_a_comparative_is_no_claim(string text) =>
        Assert.DoesNotContain(ReviewMend28ClaimTests.Claims(text), c => c.Quantities.Any(q => q.Text.EndsWith("than one", StringComparison.Ordinal)));

    [Fact]
    public void More_than_one_alone_still_counts() =>
        Assert.NotNull(ClaimOf("More than one in five adults smoked in 2010, the survey found.", "one in five"));

    private static void ImmutableArrayAssert(System.Collections.Immutable.ImmutableArray<Claim> claims, string only) =>
        Assert.Equal(only, Assert.Single(Assert.Single(claims).Quantities).Text);

    // The series room: one measure's values at successive dates form one change.
    [Theory]
    [InlineData("Hospital admissions for asthma among children: 2,104 (2021), 2,388 (2022), 2,617 (2023).", "2,104", "2,617")]
    [InlineData("Bank Rate at a glance — 1998: 7.5%; 2008: 5%; 2009: 0.5%; 2023: 5.25%", "7.5%", "5.25%")]
    [InlineData("Turnout has fallen at every election since 2010 (71%, 66%, 63% and 59%).", "71%", "59%")]
    public void Dated_series_is_one_change(string text, string first, string last)
    {
        Claim claim = ClaimOf(text, first);
        Assert.Contains(claim.Quantities, q => q.Text.Contains(last, StringComparison.Ordinal));
        Assert.Equal(ClaimRelation.Change, claim.Relation);
    }

    [Theory]
    [InlineData("Sales rose 5% in 2021, 6% in 2022 and 7% in 2023.", "5%", "7%")]
    [InlineData("Final seat count: Labour 411, Conservatives 121, Liberal Democrats 72.", "411", "72")]
    [InlineData("Shares rose in three markets (4%, 5% and 6%).", "4%", "6%")]
    public void Lists_without_dates_or_a_run_are_no_series(string text, string first, string last)
    {
        Claim claim = ClaimOf(text, first);
        Assert.False(claim.Relation == ClaimRelation.Change && claim.Quantities.Any(q => q.Text.Contains(last, StringComparison.Ordinal)));
    }

    // A worked example's imagined move after "would": the holder's amount and the move are one change.
    [Fact]
    public void Imagined_move_is_the_example_result()
    {
        Claim claim = ClaimOf("Under the plan, the monthly payment on a $400,000 home equity line would fall by about $170.", "$400,000");
        Assert.Contains(claim.Quantities, q => q.Text.Contains("$170", StringComparison.Ordinal));
        Assert.Equal(ClaimRelation.Change, claim.Relation);
    }
}
