using Microsoft.ML;
using Microsoft.ML.Data;
using Tidings.ML.Transforms;
using Xunit;

namespace Tidings.Tests.ML;

/// <summary>The ML.NET transform end to end: extract facts, featurize, train, save, load, predict.</summary>
public sealed class NewsFactsTransformTests
{
    /// <summary>A labelled article, as a user's data would come.</summary>
    public sealed class Article
    {
        public string Body { get; set; } = string.Empty;

        public bool IsMarkets { get; set; }

        public DateTime Published { get; set; } = new(2020, 7, 28);
    }

    /// <summary>The classifier's answer.</summary>
    public sealed class Prediction
    {
        [ColumnName("PredictedLabel")]
        public bool IsMarkets { get; set; }
    }

    private static Article[] Articles()
    {
        string[] companies = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Stark", "Wayne", "Tyrell", "Cyberdyne"];
        string[] cities = ["Moscow", "Brussels", "Chisinau", "Yerevan", "Baku", "London", "Paris", "Berlin", "Madrid", "Rome"];
        var articles = new List<Article>();
        for (int i = 0; i < companies.Length; i++)
        {
            articles.Add(new Article
            {
                IsMarkets = true,
                Body = $"{companies[i]} Inc. shares rose {i + 2}.5% to ${i + 10}.20 in the third quarter, up from ${i + 8} a year earlier, "
                    + $"analysts said. Revenue climbed {i + 3}% to $1.{i}bn.",
            });
            articles.Add(new Article
            {
                IsMarkets = false,
                Body = $"Protesters gathered in {cities[i]} on Tuesday night. Police detained {i + 10} people, "
                    + "according to a spokesman, and the talks were postponed until next week.",
            });
        }

        return [.. articles];
    }

    [Fact]
    public void Extracted_facts_train_a_classifier_that_survives_save_and_load()
    {
        var ml = new MLContext(seed: 7);
        ml.ComponentCatalog.RegisterAssembly(typeof(NewsFactsCatalog).Assembly);
        IDataView data = ml.Data.LoadFromEnumerable(Articles());

        var pipeline = ml.Transforms.ExtractNewsFacts(inputColumnName: nameof(Article.Body), referenceDateColumnName: nameof(Article.Published))
            .Append(ml.Transforms.Conversion.MapValueToKey("DateKeys", nameof(NewsFactsOutput.Dates)))
            .Append(ml.Transforms.Conversion.MapKeyToVector("DateBag", "DateKeys", outputCountVector: true))
            .Append(ml.Transforms.Text.FeaturizeText("Words", nameof(Article.Body)))
            .Append(ml.Transforms.Conversion.MapValueToKey("CountryKeys", nameof(NewsFactsOutput.PlaceCountryCodes)))
            .Append(ml.Transforms.Conversion.MapKeyToVector("CountryBag", "CountryKeys", outputCountVector: true))
            .Append(ml.Transforms.Concatenate("Features", "Words", "DateBag", "CountryBag", nameof(NewsFactsOutput.ClaimCount)))
            .Append(ml.Transforms.CopyColumns("Label", nameof(Article.IsMarkets)))
            .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(maximumNumberOfIterations: 50));

        var model = pipeline.Fit(data);
        IDataView scored = model.Transform(data);
        Assert.True(ml.BinaryClassification.Evaluate(scored).Accuracy >= 0.9);

        // The extracted columns are there with the right content.
        NewsFactsOutput[] facts = [.. ml.Data.CreateEnumerable<NewsFactsOutput>(model.Transform(data), reuseRowObject: false)];
        Assert.Equal(2f, facts[0].ClaimCount); // "rose 2.5% to $10.20 … up from $8" and "climbed 3% to $1.0bn"
        Assert.Contains(2.5f, facts[0].QuantityValues);
        Assert.Contains("2020-Q3", facts[0].Dates); // "the third quarter", resolved against the Published column
        Assert.Equal(["2020-07-28TNI", "2020-W32"], facts[1].Dates); // "Tuesday night" (the reference day), "next week"
        Assert.Equal(1f, facts[1].ClaimCount);
        Assert.Equal(["Moscow"], facts[1].Places);
        Assert.Equal(["RU"], facts[1].PlaceCountryCodes);
        Assert.Contains("Acme Inc.", facts[0].Organizations);

        // Save, load into a fresh context, and predict the same.
        using var stream = new MemoryStream();
        ml.Model.Save(model, data.Schema, stream);
        stream.Position = 0;
        var fresh = new MLContext(seed: 7);
        fresh.ComponentCatalog.RegisterAssembly(typeof(NewsFactsCatalog).Assembly);
        ITransformer loaded = fresh.Model.Load(stream, out DataViewSchema _);

        PredictionEngine<Article, Prediction> before = ml.Model.CreatePredictionEngine<Article, Prediction>(model);
        PredictionEngine<Article, Prediction> after = fresh.Model.CreatePredictionEngine<Article, Prediction>(loaded);
        var unseen = new Article { Body = "Globex shares fell 4.1% to $12.80 in the second quarter, analysts said." };
        Assert.True(before.Predict(unseen).IsMarkets);
        Assert.Equal(before.Predict(unseen).IsMarkets, after.Predict(unseen).IsMarkets);

        // The loaded model still reads the DateTime column and resolves relative dates against it.
        NewsFactsOutput[] again = [.. fresh.Data.CreateEnumerable<NewsFactsOutput>(loaded.Transform(data), reuseRowObject: false)];
        Assert.Equal(facts[1].Dates, again[1].Dates);
        Assert.All(again, f => Assert.Equal("", f.Diagnostics));
    }

    public sealed class TextRow
    {
        public string Text { get; set; } = "";

        public string Body { get; set; } = "";

        public string Published { get; set; } = "";
    }

    public sealed class OffsetRow
    {
        public string Body { get; set; } = "";

        public DateTimeOffset Published { get; set; }
    }

    public sealed class PrefixedFacts
    {
        public string Text { get; set; } = "";

        public string[] NewsDates { get; set; } = [];

        public string[] NewsPlaces { get; set; } = [];

        public string NewsDiagnostics { get; set; } = "";
    }

    private const string Night = "Protesters gathered in Moscow on Tuesday night.";

    [Fact]
    public void A_user_column_called_Text_is_kept_and_outputs_take_the_prefix()
    {
        var ml = new MLContext(seed: 1);
        IDataView data = ml.Data.LoadFromEnumerable(new[]
        {
            new TextRow { Text = "my own column", Body = Night, Published = "2020-07-28" },
            new TextRow { Text = "second", Body = Night, Published = "28 July 2020" },
            new TextRow { Text = "third", Body = Night, Published = "" },
        });
        IDataView output = ml.Transforms.ExtractNewsFacts("Body", "Published", outputColumnPrefix: "News").Fit(data).Transform(data);
        PrefixedFacts[] rows = [.. ml.Data.CreateEnumerable<PrefixedFacts>(output, reuseRowObject: false)];

        Assert.Equal(["my own column", "second", "third"], rows.Select(r => r.Text));
        Assert.Equal(["2020-07-28TNI"], rows[0].NewsDates);
        Assert.Equal(["Moscow"], rows[0].NewsPlaces);
        Assert.Equal("", rows[0].NewsDiagnostics);

        // An invalid date is reported, not silently dropped; an empty one means "unknown".
        Assert.Contains("invalid publication date \"28 July 2020\"", rows[1].NewsDiagnostics, StringComparison.Ordinal);
        Assert.Empty(rows[1].NewsDates);
        Assert.Equal("", rows[2].NewsDiagnostics);
        Assert.DoesNotContain(output.Schema, c => c.Name.StartsWith("Tidings.", StringComparison.Ordinal) && !c.IsHidden);
    }

    [Fact]
    public void An_output_name_that_would_hide_a_user_column_fails_naming_it()
    {
        var ml = new MLContext(seed: 1);
        IDataView data = ml.Data.LoadFromEnumerable(new[] { new PrefixedFacts { Text = Night } });
        var estimator = ml.Transforms.ExtractNewsFacts(outputColumnPrefix: "News");
        var error = Assert.Throws<InvalidOperationException>(() => estimator.Fit(data));
        Assert.Contains("'NewsPlaces'", error.Message, StringComparison.Ordinal);

        // With another prefix the same data is fine, and its columns are untouched.
        IDataView output = ml.Transforms.ExtractNewsFacts(outputColumnPrefix: "Facts").Fit(data).Transform(data);
        Assert.NotNull(output.Schema.GetColumnOrNull("FactsDates"));
        Assert.Equal(Night, ml.Data.CreateEnumerable<PrefixedFacts>(output, reuseRowObject: false).Single().Text);
    }

    [Fact]
    public void A_DateTimeOffset_column_resolves_against_its_own_date()
    {
        var ml = new MLContext(seed: 1);
        IDataView data = ml.Data.LoadFromEnumerable(new[]
        {
            new OffsetRow { Body = Night, Published = new DateTimeOffset(2020, 7, 28, 23, 30, 0, TimeSpan.FromHours(4)) },
        });
        IDataView output = ml.Transforms.ExtractNewsFacts("Body", "Published").Fit(data).Transform(data);
        NewsFactsOutput facts = ml.Data.CreateEnumerable<NewsFactsOutput>(output, reuseRowObject: false).Single();
        Assert.Equal(["2020-07-28TNI"], facts.Dates);
    }

    [Fact]
    public void A_batch_with_the_overflowing_range_of_the_hardening_issue_is_transformed_whole()
    {
        // Issue 19, defect 1: "9 to 79228162514264337593543950335" threw OverflowException, which failed the whole batch.
        var ml = new MLContext(seed: 7);
        Article[] rows =
        [
            new() { Body = "Police detained 13 people on Tuesday." },
            new() { Body = "Estimates ran from 9 to 79228162514264337593543950335." },
            new() { Body = "Between 79228162514264337593543950335 and 79228162514264337593543950335 people.", Published = new DateTime(9999, 12, 31) },
            new() { Body = "Revenue rose 3% to $1.2bn next year.", Published = new DateTime(1, 1, 1) },
        ];

        IDataView transformed = ml.Transforms.ExtractNewsFacts(nameof(Article.Body), nameof(Article.Published)).Fit(ml.Data.LoadFromEnumerable(rows))
            .Transform(ml.Data.LoadFromEnumerable(rows));
        NewsFactsOutput[] facts = [.. ml.Data.CreateEnumerable<NewsFactsOutput>(transformed, reuseRowObject: false)];

        Assert.Equal(rows.Length, facts.Length);
        Assert.All(facts, f => Assert.Equal("", f.Diagnostics));
        Assert.Contains(13f, facts[0].QuantityValues);
        Assert.NotEmpty(facts[1].QuantityValues);
        Assert.Contains(3f, facts[3].QuantityValues);
    }

    [Fact]
    public void A_row_that_cannot_be_analysed_gets_empty_columns_and_a_diagnostic_not_a_failed_batch()
    {
        var output = new NewsFactsOutput { Places = ["stale"], ClaimCount = 4 };

        NewsFactsColumns.FillSafely(() => throw new InvalidOperationException("the row is broken"), output);

        Assert.EndsWith("InvalidOperationException: the row is broken", output.Diagnostics);
        Assert.Empty(output.Places);
        Assert.Empty(output.Organizations);
        Assert.Empty(output.PlaceCountryCodes);
        Assert.Empty(output.Persons);
        Assert.Empty(output.Dates);
        Assert.Empty(output.QuantityValues);
        Assert.Equal(0f, output.ClaimCount);

        // The next row, analysed, clears the diagnostic (ML.NET reuses output rows).
        NewsFactsColumns.FillSafely(() => News.Extract("Police detained 13 people."), output);
        Assert.Equal("", output.Diagnostics);
        Assert.Equal([13f], output.QuantityValues);
    }
}
