using Tidings;
using Tidings.Serialization;

// A Native AOT build of the core: extracts from one sentence through the facade and writes the JSON contract.
// Exit code 0 when the expected quantity, claim and date are found.
const string Sentence = "On Monday around 3,000 Armenians gathered in Los Angeles, according to one of the organizers.";

ExtractionResult result = News.Extract(Sentence, new DateOnly(2020, 7, 28));
Console.WriteLine(ExtractionJson.Serialize(result, "aot-smoke"));

bool found = result.Quantities.Any(q => q.Text == "around 3,000" && q.Value == 3000)
    && result.Claims.Length == 1
    && result.Dates.Any(d => d.Value == "2020-07-27");
return found ? 0 : 1;
