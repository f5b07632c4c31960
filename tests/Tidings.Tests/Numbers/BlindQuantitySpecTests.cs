using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Tidings.Numbers;
using Xunit;
using Xunit.Abstractions;

namespace Tidings.Tests.Numbers;

/// <summary>
/// The blind quantity specification (issue 13): cases written from the contract alone by someone who had not read the
/// scanner, in Numbers/Blind/*.json (the same format as Specs/). They are scored rather than run one by one: the pass
/// rate per file and overall goes to the test output with every miss, and the overall rate of each set must not fall
/// below its floor in <see cref="Sets"/>. The cases are never edited to match the output.
/// </summary>
public sealed class BlindQuantitySpecTests
{
    /// <summary>
    /// One row per blind set: its label (see <see cref="BlindSets"/>), the lowest pass rate accepted (the rate last
    /// measured, rounded down: a ratchet, raised as the grammar learns and never lowered), and the fewest cases it must
    /// load. b1: session 13. b2: session 14. b3: session 15 (notes in Numbers/Blind/b3-README.txt). b4: session 16, half of
    /// it in the style of other projects' number, money and percent suites (b4-README.txt). b5: session 17, the same mix
    /// (b5-README.txt), 97.4 % as it arrived, 99.4 % after session 17 (b4 then 99.0 %). b6: session 18, the same mix
    /// (b6-README.txt), 96.4 % as it arrived, 100 % after session 18 (b3 then 100 %, b4 99.3 %, b5 99.8 %). Each was
    /// written by someone who had not read the code. b7: session 19, the same mix (b7-README.txt), 97.6 % as it arrived, 99.8 % after session 19. b8: session 20, numbers in unusual positions, ages, hedged and scientific measures, money forms and not-quantities (b8-README.txt), 85.5 % as it arrived, 98.4 % after session 20 (quant20). b9: session 21, number words in prose, ranges, compound modifiers, market copy, sport results, tables with the unit in a heading (b9-README.txt), 87.0 % as it arrived, 96.4 % after session 21 (quant21; b8 then 98.8 %). b10: session 22, money around the world, fractions and signs, measures with conversions, not-quantities in technical strings, headlines and tables, hedges and bounds (b10-README.txt), 78.2 % as it arrived, 85.6 % after session 22 (quant22; b9 then 98.1 %). b11: session 23, money as outlets in Asia, Africa and Latin America print it, sport statistics, multipliers/ratios/rates, ranks, recipes and retail, property/energy/transport units, new hedge wordings (b11-README.txt), 76.2 % as it arrived, 96.0 % after session 23 (quant23; b10 then 85.9 %). b12: session 24, earnings releases and results tables, medicine and health, weather/disasters/science, elections and polls, headlines and captions, historical money and old units, not-quantities (versions, models, regulations, routes) beside real ones (b12-README.txt), 83.5 % as it arrived. b13: session 25, pay and prices per unit of time, commodities and agriculture, technology and devices, sport performance, courts and penalties, approximate and informal amounts, not-quantities (product codes, forms, postcodes, routes, scores) beside real ones (b13-README.txt), 80.1 % as it arrived, 93.5 % after session 25 (quant25; b12 then 94.8 %). b14: session 26, science and medicine notation, finance in specialist registers, ranges with mixed scales and symbols, rates and ratios, aviation/maritime/space/construction measures, numbers in unusual typography, not-quantities (versions, chemical and virus names, military kit, bills, ranks) beside real ones (b14-README.txt, b14-DONE.txt), 76.8 % as it arrived, 91.1 % after session 26 (quant26; b12 then 95.3 %). b15: session 27, energy, farming and mining units, computing and telecom measures, spoken and transcribed numbers, social-media and informal amounts, statistics and surveys, currencies of Africa, Latin America and South/South-East Asia, signed figures and accounting notation, durations and times beside measures (b15-README.txt, b15-DONE.txt), 78.9 % as it arrived, 87.6 % after session 27 (quant27), 87.3 % with claims27 merged (its "double the" + a base of comparison reads "…, double the previous year" as a multiple, which this set does not expect). b16: session 28, postposed and idiomatic hedges, legal penalties and settlements, shipping and maritime measures, medicine, nutrition and body measures, housing and construction, crypto and digital assets, demography and ratios, ordinal and rank forms beside real quantities, wire/court/listing/trial/newsletter registers (b16-README.txt), 87.2 % as it arrived. b17: session 29, vague magnitudes and number words as modifiers, hyphenated compound modifiers, votes, tallies and seats, energy bills, tax and pay, currency quotes and markets, hazards and scales, times and records in sport, agriculture and food, budget/election-night/weather/athletics/FX/farming registers (b17-README.txt, b17-DONE.txt), 89.9 % as it arrived. b18: session 30, kitchen, recipe and label measures, vehicle and gadget specifications, multiples and factors, idiomatic approximators and bounds, scientific and environmental units, scorecards and race results, rates with slashes and symbols, not-quantities (flight, train, platform and room numbers, scripture, statutes, grid references, lottery draws, chess moves, opus numbers) beside real ones (b18-README.txt, b18-DONE.txt), 61.4 % as it arrived, 83.4 % after session 30 (quant30: idiomatic approximators in the hedge tables, glued and spelled units of kitchen, vehicle and science, slash rates per unit, -fold/factor/ranges of multiples, grid references, chess moves and race times; b12 then 96.0 % with a concentration's unit, mmol, carried to a bare number after it). Session 31 (quant31): 84.4 % with "half as" before a comparison as a multiple, kelvin written "K", a glued "m/s" speed and a weight or distance carried to a bare number only through a link or a comparison word, after the review's mends of post-hedges, unit words that are names or nouns ("GM", "bar staff", "16V engine") and action verbs before counts. b19: session 31, dimensions and compound imperial measures, amounts in words and figures in formal notices, colloquial and slang money, military hardware, bond and capital-market instruments, test scores, grades and percentiles, hyphenated compound modifiers, units in table headers and footnote markers (b19-README.txt, b19-DONE.txt), 68.4 % as it arrived, 81.6 % after session 31 (quant31b: dimensions whose sides take metres or the paired length, footnote marks and bracketed note numbers left out of figures, pipe-table headings with "%" labels and "(m)" as millions, currency names before amounts in words, Indian scales stepping by a hundred and paise after Indian groups, N-for-M share splits as ratios, "bucks" by place, "a fiver"/"a tenner"/"a loonie", kilotons; b14 then 93.6 % with "2-for-1" and a wingspan's glued metres). b20: session 32, irregular and spoken big-number wording, number formats of other locales, sports performance measures, consumer product specifications, health, nutrition and dosage, pre-decimal money and old units, geography, altitude and depth, music and media figures and per-item prices (b20-README.txt, b20-DONE.txt), 67.3 % as it arrived; its file of figure bands ("six figures", "the low thirties") contradicts the earlier sets and is kept out of the scored folder (Numbers/Blind/contested/README.txt). b21: session 33, scientific and engineering notation, concentrations and exposures, weather and climate figures, tax, benefit and pay scales, drink, jewellery, clothing and body sizes, Roman numerals and numbered names as not-quantities beside real ones, betting odds and spoken probabilities, per-share figures, multiples and yields, transport and fuel economy (b21-README.txt, b21-DONE.txt), 77.9 % as it arrived. Session 32 (quant32): b20 79.5 % with a glued "m" of a thousand or more, or in a sentence of lengths, as metres, continental groups before a decimal comma and dot-grouped rupiah and dong, space groups with a decimal comma, "Mrd."/"Mio.", "a thousand million" and spoken numbers across a comma, pre-decimal shillings and pence, race distances in miles and furlongs, glued mmol/ng/mmHg/ppi and a spoken amount of money said again; b19 82.1 % (space groups after a glued "R"), b18 84.6 %, b12 96.2 % by the same classes; with "DM" for Deutschmarks b20 347/435 = 79.7 %; 346/435 = 79.5 % (the floor 0.795) after mend32d made a glued "m" metres only with a length cue in its own clause (review 32d: "Revenue rose to £1,450m from 1,300m" and "unemployment hit 3.1m" had become metres), losing geo-altitude 028 ("gains about 500m in a short climb"). Session 33 (quant33): b21 430/470 = 91.5 % (floor 0.914), b20 350/435 = 80.5 % (0.804), b19 408/494 (0.825), b17 413/444 (0.930), b15 380/403 (0.942), by signed powers of ten ("3 × 10⁻⁷", "10^-6", "2.5 x 10-3", "1.2E-03"), one-in-M hyphenated chances ("a 1-in-5 chance", "1-in-3"), new unit and currency rows in the tables (cL, proof, karat with [word-list] "fineness-metal", mGy, rem, MPa, GPa, MPGe, m/s2, W/m², glued ppm/ppb/ct/cm³, sen, kobo, halalas, fils by place, QR), sizes, pay bands and plans as labels, capitalised spelled numbers in names ("BBC One", "the Six Nations"), betting prices in a sentence of [word-list] "betting-cue", "An inch of rain" at a sentence's head and a named factor's value ("a fitment factor of 2.57"). With every session-33 branch merged (the lead): b21 432/470 = 91.9 %, b18 394/464 = 84.9 %. b22: session 34, clinical and body measurements, real-terms and base-year money and exchange rates, nutrition and food labels, astronomy, space and deep time, photography, film and audio specifications, electrical and household specifications, collective and idiomatic counts, limits, thresholds and bands in rules (b22-README.txt, b22-DONE.txt), 77.2 % as it arrived (359/465). Session 34 (quant34): b22 433/465 = 93.1 % (floor 0.931), b20 353/435 = 81.1 % (0.811), b14 381/406 = 93.8 % (0.938), by new unit rows (amperes, kVA, BTU, bit, kbps, ohm, ISO speeds before their figure on the third-stop series), f-numbers as ratios, glued km/s and colour temperatures in kelvin, base years of money ("in 2015 dollars") left out, collective counts ("a trio of", "a score of", "a baker's dozen"; a pair of a garment is none), blood-pressure readings with their bounds and cues, a glued "m" beside a length as metres, star magnitudes as numbers, units carried to a bare figure after "at"/"on"/"for" (dB, bpm, MP, fps), exchange rates and ratios carried to a nearby bare figure, "riyals" by place, channel layouts and called emergency numbers as labels. b23: session 35, loans, mortgages and consumer credit, scales, gradients and proportions, animals, plants and wildlife, chemistry, laboratory figures and concentrations, textile, fashion and manufacturing specifications, zero, nil and minimal counts, engineering and construction specifications, games, hobbies and ratings (b23-README.txt, b23-DONE.txt), 76.8 % as it arrived (350/456). Session 35 (quant35): b23 394/456 = 86.4 % (floor 0.864), b21 433/470 (0.921), b19 410/494 (0.829), by colon ratios "A:B" read as A/B unless they could be a time without a ratio cue ([word-list] "colon-ratio-cue") or are a verse, a regime or a degree class, two whole figures adding up to 100 with a colon or a slash beside a split word as two percentages, "1:100 000" space groups, "1/72 scale", "one part in a million", denier, molar, gsm and hh rows (hands' inches after the point), "or finer"/"or steeper", "18ct white gold" as karats, and a glued "m" after "a" before a singular noun as metres. b24: session 36, pensions, insurance and savings, DIY, gardening and home improvement, music, recording and radio, retail promotions and multibuy offers, fitness, sport science and the body, tourism, hotels and hospitality, education and childcare, transport operations (b24-README.txt, b24-DONE.txt), 86.4 % as it arrived (401/464). Session 36 (quant36): b24 427/464 = 92.0 % (floor 0.920), b23 399/456 (0.875), b22 435/465 (0.935), b21 437/470 (0.929), b20 354/435 (0.813), b18 395/464 (0.851), b11 390/403 (0.967), by a glued "m" before a thing told by its length or beside a glued mass as metres ([word-list] "metre-noun", "length-clause-unit"), fractions before "off"/"price" and the tens as fraction words, ages after "savers"/"child" and "At 65, a …", labels ("Class 4B", "zones 1-2", "Cool FM 96.9", "a 5k"), heart rates after "pulse"/"heart rate" and "or slower"/"or faster". b25: session 37, household bills, meters and utilities, heritage, archaeology and museums, charity fundraising and sponsored challenges, streaming, subscriptions and digital services, pregnancy, babies and child growth, emergency services and public safety, fisheries, forestry and land management, live events, venues and ticketing (b25-README.txt, b25-DONE.txt), 91.9 % as it arrived (420/457). Session 37 (quant37): b25 444/457 = 97.2 % (floor 0.971), b23 405/456 (0.888), b18 401/464 (0.864), b20 356/435 (0.818), b12 387/401 (0.965), b15 381/403 (0.945), b21 438/470 (0.931), b24 429/464 (0.924), by video formats as labels ("4K"/"8K" before no plural, "1080p" in a sentence of video, "1536p video"), service numbers in a sentence of calling ("call 999 immediately", "a 999 call"), name heads of fire and venue units ("Engine 54", "Station 12", "Seat 112", "Economy 7"), figures before an era word ("around 3,500 BC"), glued minor-unit slash rates with their denominator ("45p/mile", "24.86p/kWh", "5c/kWh", "68¢/lb"; not a livestock "285p/kg"), a glued "m" before a unit of measure as millions ("1.2m cubic metres"), board feet (fbm), "one-in-three" spelled and hyphenated, a glued "m" in a sentence with another glued length as metres, terrain words as length cues ("down an embankment"), "1:35 figures" as a scale, "£nil", "not one" as none and "half-price" as a share. b26: session 38, humanitarian aid and refugees, cyber breaches, AI, chips and data centres, strikes, ballots and pay offers, water, drought and reservoirs, football transfers and contracts, council budgets and council tax, auctions, art and collectibles (b26-README.txt, b26-DONE.txt), 91.2 % as it arrived (413/453). Session 38 (quant38): b26 449/453 = 99.1 % (floor 0.991), b14 382/406 (0.940), b19 411/494 (0.831), b23 406/456 (0.890), by megalitres and gigalitres (ML, GL), petaflops and exaflops, powers of ten up to 10^25, PUE as a ratio, multiples before "a" and a size word, versions and model sizes as labels, shirt numbers, "N seasons ago", identifier nouns not after a modal, day lists before a month and "micrograms per litre" read as micrograms.
    /// </summary>
    public static TheoryData<string, double, int> Sets => new()
    {
        { "b1", 1.0, 400 },
        { "b2", 0.997, 380 },
        { "b3", 1.0, 420 },
        { "b4", 0.995, 600 },
        { "b5", 0.998, 650 },
        { "b6", 1.0, 490 },
        { "b7", 0.998, 550 },
        { "b8", 0.989, 490 },
        { "b9", 0.983, 470 },
        { "b10", 0.858, 410 },
        { "b11", 0.967, 400 },
        { "b12", 0.965, 400 },
        { "b13", 0.937, 400 },
        { "b14", 0.940, 406 },
        { "b15", 0.945, 403 },
        { "b16", 0.958, 414 },
        { "b17", 0.930, 444 },
        { "b18", 0.864, 464 },
        { "b19", 0.831, 494 },
        { "b20", 0.818, 435 },
        { "b21", 0.931, 470 },
        { "b22", 0.935, 465 },
        { "b23", 0.890, 456 },
        { "b24", 0.924, 464 },
        { "b25", 0.971, 457 },
        { "b26", 0.991, 453 },
    };

    private readonly ITestOutputHelper _output;

    public BlindQuantitySpecTests(ITestOutputHelper output)
    {
        _output = output;
    }

    private static string BlindDirectory => Path.Combine(AppContext.BaseDirectory, "Numbers", "Blind");

    [Theory]
    [MemberData(nameof(Sets))]
    public void Blind_set_passes_at_least_its_floor_rate(string set, double floor, int minimumCases)
    {
        List<QuantitySpecCase> cases = BlindSets.Select(QuantitySpec.LoadDirectory(BlindDirectory), c => c.File, set);
        Assert.True(cases.Count >= minimumCases, $"only {cases.Count} {set} blind cases loaded from {BlindDirectory}");
        Score(cases, floor);
    }

    private void Score(List<QuantitySpecCase> cases, double floor)
    {
        var misses = new StringBuilder();
        var summary = new StringBuilder();
        int passed = 0;
        foreach (IGrouping<string, QuantitySpecCase> file in cases.GroupBy(c => c.File))
        {
            int filePassed = 0;
            foreach (QuantitySpecCase spec in file)
            {
                ImmutableArray<Quantity> actual = News.Quantities(spec.Text);
                string? report = QuantitySpec.Compare(spec, actual);
                if (report is null)
                {
                    filePassed++;
                }
                else
                {
                    misses.Append(report);
                }
            }

            passed += filePassed;
            summary.Append(CultureInfo.InvariantCulture,
                $"{file.Key,-20} {filePassed,4} / {file.Count(),4}  {100.0 * filePassed / file.Count(),5:F1} %\n");
        }

        double rate = (double)passed / cases.Count;
        summary.Append(CultureInfo.InvariantCulture, $"{"overall",-20} {passed,4} / {cases.Count,4}  {100.0 * rate,5:F1} %\n");
        _output.WriteLine(summary.ToString());
        _output.WriteLine(misses.ToString());
        Assert.True(rate >= floor, $"blind pass rate {rate:P1} fell below the floor {floor:P1}\n{summary}");
    }
}
