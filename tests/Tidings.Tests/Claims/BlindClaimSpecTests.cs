using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Tidings.Claims;
using Xunit;
using Xunit.Abstractions;

namespace Tidings.Tests.Claims;

/// <summary>
/// The blind claim specification (issue 14): 500 news passages with their expected claims, written from the JSON
/// contract alone by someone who had not read the claim code (Claims/Blind/*.json; the writer's conventions and
/// doubts are in Claims/Blind/CONVENTIONS.txt). They are scored through <see cref="ExtractionPipeline.Default"/>,
/// what <c>News.Extract</c> and the CLI return, with the measures of <see cref="ClaimSpecTests"/> plus the share of
/// numbers stated as a rise or fall that sit in a change claim. The floors (<see cref="Sets"/>) are a ratchet: each is what
/// the code measured when it was last raised, so a change may improve the figures but never lower them.
/// </summary>
public sealed class BlindClaimSpecTests(ITestOutputHelper output)
{
    /// <summary>
    /// One row per blind set: its label (see <see cref="BlindSets"/>), its floors — the share of expected claims found with
    /// exactly their quantities, of found claims with the right relation, of claims that specify a source (text or null)
    /// found with the right source, of extracted claims that match an expected claim, and of the numbers of expected change
    /// claims that sit in an extracted change claim — and the fewest passages it must load. b1: session 13 (conventions in
    /// Claims/Blind/CONVENTIONS.txt). b2: session 14. b3: session 15 (b3-README.txt). b4: session 16 (b4-README.txt). b5:
    /// session 17 (b5-README.txt), raised to the claims17 figures. b6: session 18 (b6-README.txt), at its
    /// figures as it arrived. b7: session 19 (b7-README.txt), raised to the claims19 figures. b8: session 20 (b8-README.txt), arrived at quantities 89.6 %, relation 96.6 %, source 84.5 %, precision 84.8 %, change share 86.4 %, raised to the claims20 figures with the quant20 quantity classes merged (95.6, 98.3, 95.6, 94.3, 93.6 %). b9: session 21 (b9-README.txt), arrived at quantities 81.3 %, relation 96.8 %, source 77.9 %, precision 73.4 %, change share 82.7 %, raised to the claims21 figures (87.9, 97.7, 86.7, 85.3, 86.2 %); b8 raised with them (96.4, 98.3, 96.4, 95.9, 94.0 %). b10: session 22 (b10-README.txt; time clauses between the numbers, streaks and records, comparisons, shares, sources, filings/council/polls/science/sport/agri/travel registers), arrived at quantities 89.2 %, relation 93.9 %, source 86.7 %, precision 81.1 %, change share 86.7 %, raised to the claims22 figures (94.3, 99.0, 93.4, 90.1, 96.9 %); b9 (88.9, 97.9, 88.5, 87.1, 86.5 %), b8 (96.9, 98.5, 96.9, 97.2, 95.8 %) and b5 precision (95.4 %) raised with them. b11: session 23 (b11-README.txt; intraday and revised figures, parallel subjects, chained changes, targets and guidance, durations and counts, titled/nested/document sources, bank/company/crime/climate/housing/labour/aid/council registers), arrived at quantities 78.8 %, relation 91.1 %, source 74.9 %, precision 71.7 %, change share 72.3 %, raised to the claims23 figures (84.5, 93.8, 80.7, 81.5, 79.8 %); b10 (95.2, 99.1, 94.4, 91.5 %) and b9 (89.2, 88.8, 87.7 %) raised with them. b12: session 24 (b12-README.txt; polls and elections, earnings against expectations, records and superlatives, hedged and negated numbers, quotation and anonymous/passive attribution, ratios and rates, health/energy/court/NGO/budget registers), arrived at quantities 87.1 %, relation 97.0 %, source 81.4 %, precision 81.0 %, change share 85.7 %, raised to the session 24 figures with claims24 and quant24 merged (91.9, 97.4, 86.8, 88.6, 88.4 %); b11 (84.8, 93.8, 81.2, 81.7, 80.3 %), b10 (95.7, 99.1, 95.0, 92.1 %), b9 (89.5, 89.1, 88.4 %) and b6 (97.8, 96.1, 97.1 %) raised with them. b13: session 25 (b13-README.txt; multiplicative and verb-only changes, statistical-release phrasing, totals and breakdowns, disputed and competing figures, casualty tolls, sources in harder positions, Q&A/live/bullet/central-bank/protest/transfer/exam/transport/tourism/charity registers), arrived at quantities 88.8 %, relation 97.1 %, source 83.9 %, precision 81.9 %, change share 88.0 %, raised to the claims25 figures (92.3, 99.2, 89.0, 88.3, 92.3 %); b12 source (87.0 %) raised with them. b11 (86.3, 93.9, 82.7, 82.2, 83.7 %) and b9 (90.8, 98.0, 90.4, 89.4, 90.1 %) raised in session 25 with durations after a move verb's "to"/"by"/"from" (claims25b). With everything merged (lead): b13 precision 88.5 %, b9 source 90.4 % and precision 89.6 %, b8 (97.3, 98.6, 97.2, 97.3, 96.6 %) and b6 (98.1, 98.4, 96.4, 97.2, 97.3 %) raised. b14: session 26 (b14-README.txt; gapping and ellipsis, rates, ranks and market shares, conditionals and scenarios, anonymous and indirect sources, long sentences with several sources, fact-check/sport/election/housing/crypto/weather/science/retail/media registers), arrived at quantities 90.3 %, relation 90.6 %, source 81.5 %, precision 85.4 %, change share 86.7 %. b15: session 27 (b15-README.txt; thresholds, levels and moves together, cumulative and period-to-date figures and streaks, revisions and corrections, Highlights/Q&A/explainer/table-line formats, sources with venues and channels, denials and counter-figures, per-unit comparisons between entities, central-bank/guidance/health/transport/agriculture/charity/council/tech/labour registers), arrived at quantities 82.3 %, relation 94.7 %, source 74.8 %, precision 76.5 %, change share 77.0 %, raised to the claims26 figures (93.6, 95.1, 88.2, 90.2, 93.0 %: gapped conjuncts, post-modified sources, "the two sides", "add … to"); b2 (99.0, 98.1, 98.8 %), b4 precision (97.2 %), b6 source (96.7 %), b10 precision (92.5 %), b11 (86.5, 94.8, 83.1, 82.8, 84.4 %), b12 (97.7, 87.8, 89.0, 88.8 %) and b13 precision (88.7 %) raised with them. Pronoun sources ("…, it said.", "She added that"; claims26b, measured with claims26 merged) raised source to b12 88.9 %, b13 89.5 %, b14 90.9 %. With everything merged (lead): b12 quantities 92.1 %, source 89.1 %, precision 89.3 %. Session 27 (claims27b): sources through a channel, a transcript speaker, ", saying" and a held figure raised b15 (quantities 82.5 %, source 78.9 %) and b13 source (90.0 %); merged with claims27: b15 83.0, 94.7, 79.4, 77.1 %, b13 source 90.5 %. b16: session 28 (b16-README.txt; impersonal and passive attribution, sources inside and after the figure, nested and relayed attribution, history-relative statements, study and science results, spans across years, contrast and concession between subjects, crime/exam/migration/climate/housing/public-finance/transfer/streaming/wire registers), arrived at quantities 87.6 %, relation 94.1 %, source 77.9 %, precision 83.8 %, change share 87.4 %. b17: session 29 (b17-README.txt; running totals and tolls, allocations and budgets, poll leads and margins, central-bank and fiscal decisions, multi-sentence quotes with the speaker at the paragraph's end, corrections and updates, rankings with figures, analogies and equivalents, sport/AGM/transit/charity registers), arrived at quantities 80.2 %, relation 94.1 %, source 73.9 %, precision 73.5 % (117 false positives), change share 79.7 %. Session 30 (claims30): sources of revised forecasts with a particle ("revised down its estimate"), "later" before the verb, passive agents after a corrected figure, a study's sample inside its source ("the CIPD survey of 2,000 firms found"), "as measured by", "concluded" and a source between commas before the figure raised b17 (source 78.1 %, change share 82.2 %), b16 (source 87.0 %) and b15 (change share 85.8 %); semicolons closing a source's clause, "where"/"while"/"whereas" opening one, a data or forecast noun before a verb of assertion ("The … project spent") and the value of a named move ("a 3% pay rise, worth £1.2bn") raised b17 (83.4, 79.3, 79.1, 82.7 %) and b11 (source 85.1 %). Session 30 (claims30b): transcript and Hansard speaker labels of any length, knockout stages and school measures as no claims, "one in N" shares compared or restated, "N of their last M", references in brackets and after a dash raised b18 (73.8, 95.8, 68.6, 60.9, 66.1 %), b9 (92.3, 91.7, 91.6 %), b14 (95.1, 95.2, 92.5, 92.8 %), b15 (86.9, 83.5, 84.0 %) and b16 (89.8, 86.5, 87.2 %, change share 90.6 %). Merged with claims30 (fdcb8d2): b18 74.0, 95.8, 70.2, 61.2, 66.4 %, b9 relation 98.3 % and change share 92.3 %, b16 source 87.3 %. b18: session 30 (b18-README.txt, b18-DONE.txt; vote counts and divisions, form and frequency counts, a level at several dates and series, changes with their value or cost attached, group splits and contrasts, clausal and document sources, earnings-call/Hansard/sport-statistics/school/NHS/property/energy/NGO/weather/court/port registers), arrived at quantities 71.4 %, relation 95.6 %, source 63.7 %, precision 57.1 % (240 false positives), change share 65.5 %. mend30c (session 30, the review of claims30: a source before ";" keeps covering the clauses after it unless the next one corrects the figure, the restating passive reached, data nouns and "-ly" nouns as data, a source between commas bounded by the next source, "as measured by" as a lead of its own) took one b11 chained-change source back (85.2 → 84.9 %, its session-29 figure), so b11's source floor returns to 0.849: the semicolon rule it mends dropped correct sources from ordinary sentences ("Police said 12 people were killed; 40 others were wounded."). Session 31 (quant31): "half as likely" read as a multiple of one half raised b12 (quantities 93.9 %, source 91.0 %). Session 31 (claims31): the money a move costs, saves, raises or is worth joins its change ("A 2p cut … would cost about £13bn", ", bringing universities an extra £390m"; claim-guards [MoveCost]), one level at two dated points is a path ("were 44% in 2020 and 45% in 2023", and a level's own complement or counted noun before its date), and moves shared out "respectively" or over successive periods stay one change each; a tally's margin or the votes needed after a comma (", a government majority of 106", ", clearing the threshold of 60 needed") joins the tally, raising b18 (80.8, 96.1, 76.5, 70.9, 74.8 %), b17 (83.7, 79.9, 79.5 %), b15 (87.1, 83.7, 84.4, 86.1 %) and b13 change share (92.7 %); no set lost a case. b19: session 31 (b19-README.txt, b19-DONE.txt; fronted, inverted and cleft structures, differential comparisons against a group or a time, numbers in relative clauses and appositives of the subject, uncertainty intervals and margins of error, sources through posts, filings, leaked and FOI documents and people familiar with a matter, ratio pairs, box-office/airline/tourism/mart/app/attraction/lottery/gaming/transit registers, numbers that name things and questions), arrived at quantities 82.1 %, relation 91.9 %, source 77.6 %, precision 74.0 % (131 false positives), change share 84.7 %. With quant31 merged (the lead), precision 77.4 % (380/491): one false positive more than claims31b measured without it. Session 31 (claims31b): yes/no questions and "Imagine" stating nothing, confidence levels as no claims, figures in comma-set relative clauses (their own null-source claims inside a source, no join past the clause), differences across a per-unit tail or counted noun ("16% less per hour than men", "1,400 fewer … than a decade ago"), discounts, premiums and rivals before "by", "for every" ratios and fronted wholes with a possessive or a relative raised b19 (84.3, 94.8, 80.3, 77.8, 86.2 %) and b18 (relation 96.1 %, precision 61.3 %, change share 66.7 %). Merged with claims31 (8f359ba): b19 83.9, 94.7, 79.8, 77.6, 86.2 % (claims31's [MoveCost] joins "raising about £1.1bn a year" to the duty's change, which b19 reads as a single of its own: one case) and b18 relation 96.4 %, precision 71.1 %, change share 75.1 %. Session 32 (claims32): a body revising a count it keeps ("revised the number of injured down to 86", "revised its tally down to 54") is its source, a participle between commas stays in a source ("The review, led by Lord Darzi, found"; [CommaParticiple]) and a verb of reporting before "a"/"an" is an actor's act ("The chancellor announced a 5p cut"; [Enact]), raising source to b12 91.3 %, b13 90.7 %, b15 83.9 %, b17 80.9 %, b18 77.4 %, b19 80.0 %; a relative clause opened by "whose" stays in its source, its figures grouped as a claim of their own ("Vance Retail, whose sales fell 8% to $2 billion last year, said"), and a path's points may be decades or split years with "and a new high of" between them ([PathJoinWord]), raising b16 (90.0, 94.7, 87.5, 87.6, 90.9 %), b18 (80.9, 96.4, 77.6, 71.5, 75.9 %) and b19 source (80.7 %). b20: session 32 (b20-README.txt, b20-DONE.txt; nominalised changes and numbers as premodifiers, parenthetical prior values and consensus figures in telegraphic lines, contributions to and drags on a change, adjusted against reported pairs, sources that analyse someone else's data, worked examples and hypotheticals in explainers, wildlife/road-safety/pension/retail/fisheries/space/university/insurance/library/reservoir registers, numbers that are not claims and figures from another time in passing), arrived at quantities 74.3 %, relation 90.3 %, source 69.3 %, precision 62.5 % (211 false positives), change share 73.9 %. Session 32 (claims32b): a figure annotated by a bracket of labelled figures ("(prev. 50.2)", "(cons. 86.0; prev. 85.7)", "(LY £39.8m)", "(exp 50.1)"; claim-guards [PriorLabel], [ExpectedLabel]), points a part contributed to a move ("contributed 0.3 percentage points to growth", "added 145 points to the Dow"; [Contribute]) and more nouns of a move ("slide", "collapse", "uplift", "devaluation") raised b20 (77.8, 93.5, 72.9, 67.5, 82.5 %); no other set changed. Merged with claims32 and mend32a (the lead): b20 77.8, 93.5 (345/369 = 0.9349, so the relation floor is 0.934), 72.9, 67.5 (369/547 = 0.6746: floor 0.674), 82.5 %; b9-b19 as claims32 left them. b21: session 33 (b21-README.txt, b21-DONE.txt; negated, capped and missed figures, forecasts and targets against outcomes, per-capita and normalised rates, claims carried across sentence boundaries and punctuation, long and multiple sources, fact boxes, bullets and Q&A, council/airport/tourism/gambling/charity/asylum/courts/broadband/price-cap/attendance/library/bus registers, numbers in court reports, obituaries and profiles that are not claims), arrived at quantities 87.1 %, relation 91.0 %, source 80.9 %, precision 80.0 % (100 false positives), change share 83.0 %. Session 33 (claims33b): a negated verb of movement before "above"/"below"/"past" names a ceiling or floor, a single level and not a bounded move ("did not rise above 2.1%", "has never closed above $147"), and "breaching" compares a level with a cap, raising b21 (88.4, 91.3, 82.2, 81.3 %), b12 (94.2, 91.6, 91.8 %: "would not fall below 7%") and b18 (81.2, 71.7 %); no set lost a case. Merged by the lead with claims33 (worked examples held as one claim, an opening "If …," clause kept apart, a fronted base, ", per Bloomberg", "as calculated by") and review 33c's mend (an example's holder needs a participle, "on" or a relative with no finite verb before its amount; "and has/will …" is not its result; the result keeps its own range or move; "(e.g. …)" and "Say" imagine only beside you/your): b20 80.4, 93.2, 76.2, 72.2, 83.2 % — its relation floor lowered from 0.934 to 0.931 (355/381), the price of no longer merging two reported facts joined by "and" into one example; b21 88.5, 91.4, 83.6, 81.5, 83.0 %; b18 and b19 source 77.9 and 80.9 %. Session 33 (mend33c): a modal states a worked example's result only with a lexical result verb, a list or aside inside an opening condition keeps its figures together, ", per" before a rule or part of a document names no source, "less than one earning" compares and the count "one" after a comma is no holder, raising b20 (80.8, 93.2 (357/383, relation floor back to 0.932), 76.6, 72.5 %); no set lost a case. Session 34 (claims34): numbers that name things after an identifier noun ("numbers were 4, 17, 23 …", "polling station 4"; claim-guards [identifier-nouns]), the first half of a suspended compound ("18- to 24-year-olds"), "more/less than one" after an amount as a pronoun, one measure's values at successive dates as one change ("2,104 (2021), 2,388 (2022)", "has fallen at every election since 2010 (71%, 66%, …)") and a worked example's imagined move after "would" raised b18 (82.1, 96.5, 78.8, 74.4, 81.1 %), b20 (81.0, 76.8, 73.8, 84.4 %) and precision on b17 (79.7 %), b19 (79.2 %) and b21 (82.4 %); no set lost a case. Each was written by someone who had not read the claim
    /// code.
    /// </summary>
    public static TheoryData<string, double, double, double, double, double, int> Sets => new()
    {
        { "b1", 0.994, 0.997, 0.993, 0.986, 1.0, 500 },
        { "b2", 0.990, 0.997, 0.981, 0.988, 0.992, 300 },
        { "b3", 0.975, 1.0, 0.973, 0.967, 1.0, 200 },
        { "b4", 0.980, 1.000, 0.980, 0.980, 1.000, 240 },
        { "b5", 0.981, 1.000, 0.977, 0.967, 1.000, 260 },
        { "b6", 0.980, 0.983, 0.967, 0.971, 0.972, 270 },
        { "b7", 0.987, 0.993, 0.990, 0.987, 0.996, 290 },
        { "b8", 0.972, 0.985, 0.972, 0.972, 0.966, 310 },
        { "b9", 0.923, 0.983, 0.917, 0.916, 0.923, 330 },
        { "b10", 0.960, 0.994, 0.952, 0.930, 0.977, 320 },
        { "b11", 0.882, 0.951, 0.849, 0.861, 0.867, 330 },
        { "b12", 0.942, 0.977, 0.916, 0.918, 0.915, 330 },
        { "b13", 0.929, 0.992, 0.907, 0.900, 0.926, 330 },
        { "b14", 0.950, 0.952, 0.924, 0.927, 0.936, 332 },
        { "b15", 0.871, 0.970, 0.839, 0.844, 0.861, 331 },
        { "b16", 0.900, 0.947, 0.875, 0.876, 0.909, 331 },
        { "b17", 0.836, 0.949, 0.809, 0.797, 0.827, 330 },
        { "b18", 0.821, 0.964, 0.787, 0.744, 0.810, 396 },
        { "b19", 0.838, 0.947, 0.809, 0.791, 0.861, 398 },
        { "b20", 0.810, 0.932, 0.768, 0.738, 0.843, 398 },
        { "b21", 0.884, 0.913, 0.835, 0.823, 0.829, 375 },
    };

    private static readonly Lazy<List<ClaimSpecCase>> AllCases = new(() => ClaimSpec.Load(Path.Combine(AppContext.BaseDirectory, "Claims", "Blind")));

    [Theory]
    [MemberData(nameof(Sets))]
    public void Blind_set_scores_meet_their_floors(string set, double quantities, double relation, double source, double precision, double changeShare, int minimumCases)
    {
        List<ClaimSpecCase> cases = BlindSets.Select(AllCases.Value, c => c.File, set);
        Assert.True(cases.Count >= minimumCases, $"only {cases.Count} {set} blind cases loaded");
        Score(cases, (quantities, relation, source, precision, changeShare));
    }

    private void Score(List<ClaimSpecCase> cases, (double Quantities, double Relation, double Source, double Precision, double ChangeShare) floors)
    {
        var score = new ClaimScore();
        var perFile = new SortedDictionary<string, ClaimScore>(StringComparer.Ordinal);
        var misses = new StringBuilder();
        foreach (ClaimSpecCase spec in cases)
        {
            ImmutableArray<Claim> actual = ExtractionPipeline.Default.Extract(spec.Text).Claims;
            if (!perFile.TryGetValue(spec.File, out ClaimScore? fileScore))
            {
                perFile[spec.File] = fileScore = new ClaimScore();
            }

            ClaimScoring.Grade(spec, actual, fileScore);
            string? report = ClaimScoring.Grade(spec, actual, score);
            if (report is not null)
            {
                misses.Append(report);
            }
        }

        string summary = score.Summary(floors.Quantities, floors.Relation, floors.Source, floors.Precision);
        output.WriteLine(summary);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"change share floor {floors.ChangeShare:P1}"));
        output.WriteLine("");
        foreach ((string file, ClaimScore s) in perFile)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{file,-26} quantities {s.Quantities,6:P1}  relation {s.Relations,6:P1}  source {s.Sources,6:P1}  precision {s.Precision,6:P1}  change share {s.ChangeShare,6:P1}"));
        }

        output.WriteLine("");
        output.WriteLine(misses.Length == 0 ? "No misses." : misses.ToString());

        Assert.True(score.Quantities >= floors.Quantities, $"quantities {score.Quantities:P1} < {floors.Quantities:P1}\n{summary}");
        Assert.True(score.Relations >= floors.Relation, $"relation {score.Relations:P1} < {floors.Relation:P1}\n{summary}");
        Assert.True(score.Sources >= floors.Source, $"source {score.Sources:P1} < {floors.Source:P1}\n{summary}");
        Assert.True(score.Precision >= floors.Precision, $"precision {score.Precision:P1} < {floors.Precision:P1}\n{summary}");
        Assert.True(score.ChangeShare >= floors.ChangeShare, $"change share {score.ChangeShare:P1} < {floors.ChangeShare:P1}\n{summary}");
    }
}
