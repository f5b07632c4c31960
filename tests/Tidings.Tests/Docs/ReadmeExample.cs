using Tidings.Claims;
using Tidings.Numbers;

namespace Tidings.Tests.Docs;

/// <summary>The C# example of README.md, verbatim between the markers; <see cref="ReadmeTests"/> keeps the two equal.</summary>
internal static class ReadmeExample
{
    public static (ExtractionResult Facts, Quantity Half, ExtractionResult Again, string Printed) Run()
    {
        var console = new StringWriter();
        Console.SetOut(console);
        try
        {
            // README:begin
            string article = "There were 70 of them against around 3,000 Armenians, according to one of the organizers.";

            // Everything in one call, with the publication date for relative expressions.
            ExtractionResult facts = News.Extract(article, new DateOnly(2020, 7, 28));
            foreach (Quantity q in facts.Quantities)
            {
                Console.WriteLine($"{q.Text} [{q.Start}..{q.End}) = {q.Value} {q.Unit} {q.Approximation} counting {q.Counted?.Text}");
            }

            // Numeric claims: which numbers are asserted together, in what relation, and by whom.
            foreach (Claim claim in facts.Claims)
            {
                Console.WriteLine($"{claim.Relation}: {string.Join(" / ", claim.Quantities.Select(q => q.Text))}, source: {claim.Source?.Text}");
            }

            // One kind, from a reusable, thread-safe extractor.
            var quantities = QuantityExtractor.Default.Extract("Nearly half a million Armenian natives live in Los Angeles.");
            Quantity half = quantities[0]; // "Nearly half a million": 500000, AtMost, High = 500000

            // A pipeline built once, immutable, shared by every thread.
            ExtractionPipeline pipeline = new ExtractionPipelineBuilder().UseQuantities().Build();
            ExtractionResult again = pipeline.Extract("Police estimated 8,000 to 10,000 protesters.");
            // README:end
            return (facts, half, again, console.ToString());
        }
        finally
        {
            Console.SetOut(new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true });
        }
    }
}
