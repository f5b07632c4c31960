using FsCheck;
using FsCheck.Fluent;
using Tidings.Names;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Properties;

/// <summary>
/// Session 33 (names33): each document is analysed on its own. A document's names are the same whether it is the
/// first one a thread sees (the baseline runs on a fresh thread: review 33n F7) or comes after any other documents
/// through the same instance, so no pooled list, memo or document-level decision of one document reaches the next (the
/// tool's <c>--jsonl</c> batches rely on it).
/// </summary>
public sealed class DocumentIndependenceProperties
{
    /// <summary>News passages written for this test: names the linker works on across a document (surnames after full
    /// names, acronyms defined once, a dateline, a headline in capitals, "A and B" firms, a seat of government), so that
    /// state a document leaves behind would have something to change.</summary>
    internal static readonly string[] Passages =
    [
        "LONDON (Reuters) - Barclays and HSBC said on Tuesday they would cut 2,000 jobs. Barclays chief executive C. S. Venkatakrishnan said the Bank of England (BoE) had kept rates on hold, and the BoE would meet again in March.",
        "ACME SHIPPING CUTS FORECAST\nAcme Shipping said profits fell. Maria Lopez, who runs Acme's Rotterdam terminal, said Lopez had warned of delays. Shares of Acme fell 4% in Oslo.",
        "The Kremlin held talks with Kyiv's negotiators, and a White House official said Washington would send an envoy. Dmitry Peskov said Peskov's office would comment later.",
        "Marks and Spencer and Tesco reported higher sales, while Procter and Gamble cut its outlook. Smith said the World Health Organization (WHO) had warned of a new wave; the WHO met in Geneva.",
        "Rivian said it would build a plant in Georgia. Shares of Rivian rose 6% after Amazon, which owns a stake in Rivian, backed the plan. Jordan said Georgia had offered $1.5 billion.",
        "Chelsea beat Arsenal 2-1 at Stamford Bridge. Cole Palmer scored twice; Palmer's second came late. Arsenal manager Mikel Arteta said Arteta's side had lacked a cutting edge.",
        "Swiss Re and Munich Re said losses from the storms were contained. Analysts at Zurich-based Swiss Re said premiums would rise, and Lloyd's of London agreed.",
        "Ford said Ford would recall 50,000 trucks. Harrison Ford said he was not related to the carmaker. Ford Motor Co shares slipped in New York.",
        "Washington said Washington would not attend. George Washington University said its students had protested outside the White House fence.",
        "Paris Hilton arrived in Paris on Monday; Hilton Worldwide said the Hilton Paris Opera would reopen. The Paris Agreement was not discussed.",
    ];

    /// <summary>One of <see cref="Passages"/>, a generated news-like text, or an arbitrary string.</summary>
    private static readonly Gen<string> AnyDocument = Gen.Frequency(
        (3, Gen.Elements(Passages)),
        (2, TextGenerators.NewsText.Generator),
        (1, TextGenerators.ArbitraryText.Generator));

    [Fact]
    public void A_documents_names_do_not_depend_on_the_documents_before_it()
    {
        Gen<(string Target, string[] Before)> cases =
            from target in AnyDocument
            from before in Gen.ArrayOf(AnyDocument)
            select (target, before);

        PropertySettings.Run(Prop.ForAll(Arb.From(cases), c =>
        {
            string[] first = OnFreshThread(() => Show(NameExtractor.Default.Extract(Document.Create(c.Target))));
            foreach (string other in c.Before)
            {
                _ = NameExtractor.Default.Extract(Document.Create(other));
            }

            Assert.Equal(first, Show(NameExtractor.Default.Extract(Document.Create(c.Target))));
        }), nameof(A_documents_names_do_not_depend_on_the_documents_before_it));
    }

    [Fact]
    public void A_documents_names_through_the_pipeline_do_not_depend_on_the_documents_before_it()
    {
        ExtractionPipeline pipeline = new ExtractionPipelineBuilder().UseAll().Build();
        string[][] alone = [.. Passages.Select(p => OnFreshThread(() => Show(new ExtractionPipelineBuilder().UseAll().Build().Extract(p))))];

        // Every passage after every other one, in both orders, and after all of them.
        for (int i = 0; i < Passages.Length; i++)
        {
            for (int j = 0; j < Passages.Length; j++)
            {
                _ = pipeline.Extract(Passages[j]);
                Assert.Equal(alone[i], Show(pipeline.Extract(Passages[i])));
            }
        }
    }

    /// <summary>The result of <paramref name="run"/> on a thread of its own, whose thread-static linker state (memos,
    /// spare lists, tables) no earlier document has touched: the clean baseline of "alone" (review 33n F7). The
    /// recognizer's word-score cache is process-wide and keyed by the word's text and kind, from which alone its value
    /// is computed, so it is not reset here; the process-per-line check of that is <c>Cli/BatchIndependenceTests</c>.</summary>
    private static T OnFreshThread<T>(Func<T> run)
    {
        T result = default!;
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = run();
            }
            catch (Exception e)
            {
                error = e;
            }
        });
        thread.Start();
        thread.Join();
        if (error is not null)
        {
            throw new InvalidOperationException("The run on a fresh thread failed.", error);
        }

        return result;
    }

    /// <summary>The names of <paramref name="names"/> with their offsets, types and canonical names.</summary>
    internal static string[] Show(NameMentions names) =>
    [
        .. names.Organizations.Select(m => $"ORG {m.Start}-{m.End} {m.Text} = {m.Name}"),
        .. names.Persons.Select(m => $"PER {m.Start}-{m.End} {m.Text} = {m.Name}"),
        .. names.Places.Select(m => $"LOC {m.Start}-{m.End} {m.Text}"),
    ];

    private static string[] Show(ExtractionResult result) =>
    [
        .. result.Organizations.Select(m => $"ORG {m.Start}-{m.End} {m.Text} = {m.Name}"),
        .. result.Persons.Select(m => $"PER {m.Start}-{m.End} {m.Text} = {m.Name}"),
        .. result.Places.Select(m => $"LOC {m.Start}-{m.End} {m.Text} {m.Name}"),
    ];
}
