using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Tidings.Dates;
using Xunit;
using Xunit.Abstractions;

namespace Tidings.Tests.Dates;

/// <summary>
/// The blind date specification: cases in Dates/Blind/*.json were written by someone who had not read the reader or
/// the resolver (narratives, day-stamps and numeric dates, ranges, times with zones, sets, not-dates). They are never
/// edited to match the output. A case passes when every expected date is found with its exact span, type and value
/// and nothing else is extracted; the pass rate of each set may only rise (<see cref="Sets"/> holds the ratchets).
/// </summary>
public sealed class BlindDateSpecTests(ITestOutputHelper output)
{
    /// <summary>
    /// One row per group of blind sets scored together: the labels (see <see cref="BlindSets"/>), the share of their cases
    /// that must pass (a ratchet: raise it as the extractor improves, never lower it) and the fewest cases they must load.
    /// b1 and b2: sessions 13 and 14. b3: session 15 (notes in Dates/Blind/b3-README.txt). b4: session 16 (b4-README.txt).
    /// b5: session 17 (b5-README.txt; 37 % long narratives), at its rate as it arrived (0.819), raised by session 17 (dates17, dates17t).
    /// b6: session 18 (b6-README.txt; 131 multi-paragraph narratives), at its rate as it arrived (0.849), raised by session 18 (dates18b, dates18c) and session 19 (dates19n).
    /// b7: session 19 (b7-README.txt; 128 multi-paragraph narratives), at its rate as it arrived (0.751), raised by session 19 (dates19n, dates19r) and session 20 (dates20).
    /// b8: session 20 (b8-README.txt; 128 multi-paragraph narratives), at its rate as it arrived (0.793), raised by session 20 (dates20) and session 21 (dates21).
    /// b9: session 21 (b9-README.txt; 116 multi-paragraph narratives), at its rate as it arrived (0.683), raised by session 21 (dates21).
    /// b10: session 22 (b10-README.txt; 118 multi-paragraph narratives), at its rate as it arrived (0.795), raised by session 25 (dates25b). b11: session 23 (b11-README.txt; anaphora inside stories, future in the past, month at a year boundary, holidays, decades and eras, seasons/fiscal calendars, live blogs, not-dates; 121 multi-paragraph narratives), at its rate as it arrived (0.661), raised by session 23 (dates23) and session 24 (dates24), and by session 30 (dates30b merged with dates30: one more case from the count headings). b12: session 24 (b12-README.txt; sports fixtures and seasons, courts and deadlines, financial periods, obituaries, forecasts and times of day, anniversaries and ordinal calendar phrases, not-dates; 113 multi-paragraph narratives), at its rate as it arrived (0.661), raised by session 24 (dates24b) and session 25 (dates25, dates25b). b13: session 25 (b13-README.txt; press-release and wire datelines and stamps, recurring and scheduled times, eras and decades, academic/religious/cultural calendars, relative phrases, event names holding dates, not-dates; 116 multi-paragraph narratives), at its rate as it arrived (0.750), raised by session 25 (dates25b). b14: session 26 (b14-README.txt; deadlines, schedules and effective dates, times of day, sports seasons, ages and durations, numeric and fiscal formats, BC/AD and centuries, not-dates; 118 multi-paragraph narratives), at its rate as it arrived (0.695). b15: session 27 (b15-README.txt; religious, cultural and civic calendars, school, academic and legislative terms, relative weekday and week arithmetic, recurring sets, vague periods and eras, time zones across places, anniversaries; 115 multi-paragraph narratives), at its rate as it arrived (0.598) and raised by session 27 (dates27b: week steps, days from today, recurring sets, "this day in 1969", "exactly a decade", a place's time after a weekday's part), and by session 28 (dates28: story weekdays back from the story's day, tense words in names and as objects, a timeline's weekday line head, quarter days; b11 too); b16: session 28 (b16-README.txt; legal and administrative deadlines, financial calendars, spelled and machine date formats, parts of months and years, durations and spans; 120 multi-paragraph narratives: court judgments, bill histories, election campaigns, medical case histories, voyages, trials, music and art histories, deep time, flashbacks), at its rate as it arrived (0.530), raised by session 28 (dates28b: wrapped periods, days as ordinal words, apostrophe years, deep time; merged with dates28 and mend28c: 0.613), and by session 29 (dates29: a mid-clause "now" is no date, days counted from a story's day, "N years on" a duration, "the quarter ended …" left to its date, "a quarterly dividend"; b5, b7–b10, b12–b15 and b1 b2 too), and by session 31 (dates31b: a wrapped part of a bare "the year"). b17: session 29 (b17-README.txt; colloquial relative chains, forecasts and schedules, time-zone conversions and clocks, open and bounded periods, ages and births; 118 multi-paragraph narratives: space missions, disaster timelines, sports seasons, company histories, travelogues and diaries, biographies by age, epidemics, political crises, dated past beside today), at its rate as it arrived (0.693), raised by session 29 (dates29b: colloquial chains of a day and weeks, weekends round a day, "the rest of the week", "overnight into Tuesday", parts of the day by the light at a weekday; merged with dates29), and by session 30 (dates30: diary headings "Day 3" counted from the first day, with a clock "at 11pm on day five" on the count's day; a step in apposition restating a date; "the first weekend of November"; b15 and b16 too: "in the early hours", "mid-month", "all summer", weekdays after a date told with its weekday), and by session 31 (dates31: a clock glossed in brackets takes the weekday after the gloss, "at noon ET (1700 GMT) on Wednesday"; "midnight" with its zone on a day ends that day; b18 too). b18: session 30 (b18-README.txt, b18-DONE.txt; diary, log and itinerary headings, ordinal weekdays and weeks of a month, vague parts of the day, elapsed time from a story event, clocks at named events and zones, live-blog and rolling stamps, ancient and literary calendars, new not-dates; 131 multi-paragraph narratives: investigations, bill histories, planning, medical trials, shipwrecks, war memoirs, expeditions, festivals, collapses, takeovers, sports tours), at its rate as it arrived (0.332; strict F1 83.0 %, value accuracy 86.1 %), raised by session 30 (dates30b: diary and itinerary count headings "Day 6:", "Week 2", "Day 1, Sunday 23 November" and the weekday apposed to one, "Tuesday 4th", ordinal weekdays and weekends of a month, feast days as data, entry-heading clocks, hedged clock words, centuries with their era; merged with dates30), and by session 31 (dates31: bracketed zone glosses before "on <weekday>", "midnight <zone>" on a day). b19: session 31 (b19-README.txt, b19-DONE.txt; British and colloquial relative days, dates given by an event of the text, fuzzy and approximate periods, bounded and negated limits, listings, fixtures, timetables and agendas, citations and caption dates, movable feasts and lunar festivals; 117 multi-paragraph narratives: reported speech in trials and campaigns, family histories, sports careers, company fiscal years, discoveries, travel, disaster anniversaries, restorations), at its rate as it arrived (0.421; strict F1 88.7 %, value accuracy 84.7 %), raised by session 31 (dates31b: British relative days "Saturday last", "Monday next", "this day week", "a week come Monday", "two Saturdays ago", "the Sunday just gone", "this past weekend"; "circa 1850"; author-year citation years; wrapped parts of a bare "the year" and "the decade"; Orthodox Easter and Corpus Christi as data; a part of a named day, "Good Friday afternoon"; a day heading a line alone, "Sat 14 Nov", whose listing clocks take its day). Session 32 (dates32): days told from an event the text dates, "the day after the election", "the night before the final", "the weekend after the funeral" (and none when it is undated), "the turn of the century" after the story's year, a future told in the sentence after a saying's day, "the year to September 1981" as a year's length and "come Friday" as the coming day raised b19 to 0.537 (170/316; 0.534, 169/316, after the lead took back its carry of a saying's day into the next sentence, review 32b finding 1) and b12 to 0.786 (232/295). Session 33 (dates33, finishing mend32b): days told from an event count from a day told with any event of its sentence, "referendums", deictic days told with their event, a coming day with no event's words, and the turn of the century after "would" raised b19 to 0.541 (171/316). Session 33 (dates33): numbered days of an event in running text, "On the third day of the hearing", "By the 10th day of the strike", "the second day belonged to", "Day 100 of the war", "after day four", "by the end of day two", counted from a day told with a count's start, raised b20 to 0.653 (204/312), b18 to 0.491 (151/307) and b17 to 0.876 (263/300). b20: session 32 (b20-README.txt, b20-DONE.txt; numbered days and weeks of an event, countdowns and windows, web and social stamps, compact business abbreviations, future horizons, seasons by hemisphere, dates in possessives and premodifiers; 118 story-time narratives: present and flashback features, provenance, bands, mega-projects, rivers and species, schools, appeals, ascents, family firms), at its rate as it arrived (0.516; strict F1 91.6 %, value accuracy 95.0 %), raised by session 32 (dates32b: compact business codes "Q4'25", "FY26/27", "FY 2026/27", "FY26E", "Q4 CY25", "2H FY26", "1Q", "YTD"/"MTD"/"WTD"/"QTD", "w/c 12 Jan", "w/e 5 Dec"; feed stamps beside a middle dot "· 2h", "3w ·" and "11 hrs ago", "6 min read"; "mid-century", "the middle of the century", "within the decade", the turn of the century after a modal of the future; "these days" as the present and a paragraph opening on the present back at the time of writing; seasons of one hemisphere, "southern winter", "the Australian summer"; b14 too). b21: session 33 (b21-README.txt, b21-DONE.txt; ages and birthdays in biographies anchoring the dates after them, timelines and chronology boxes carrying a year to later rows, legal and document titles holding years, academic terms, reporting windows counted in weeks or to an end date, overnight and cross-time-zone phrases, historical letters and old styles, story-time chains; 125 story-time narratives: cold cases, digs, football seasons, discoveries, wrecks, migrant families, political careers, restorations, company histories), at its rate as it arrived (0.546; strict F1 91.6 %, value accuracy 93.1 %), raised by session 33 (dates33b merged with dates33: years in the titles and citations of laws, university terms named by a feast and terms with their year, a letter's inst./ult./prox. from the letter's date, "the night of 13-14 April", windows "ended" keeping only their date, "the 4th day of March 1901", ages in a dated life moving the story) to 0.675 (210/311); the same change raised b16 to 0.713 (214/300), b17 to 0.880 (264/300), b18 to 0.495 (152/307) and b19 to 0.544 (172/316); raised by session 34 (dates34: a month or season heading a timeline's row, "March: …", "June — …", takes the year of the year line above it) to 0.678 (211/311). b22: session 34 (b22-README.txt, b22-DONE.txt; future-in-the-past and counterfactual narrative time, relative dates inside quoted letters, diaries, messages and transcripts resolved against the quoted document's date, event names and titles holding years, medical, pregnancy and treatment timing, irregular recurrence, weather-forecast outlook periods, periods named by events; 117 story-time narratives, 34 of them switching between two past timelines: letters, families, courts, disasters, firms, expeditions), at its rate as it arrived (0.438, 140/319; strict F1 92.9 %, value accuracy 84.8 %). Session 34 (dates34b): years of events named by their place or title ("Euro 2028", "Census 2021", not "Vision 2030"), ages of a pregnancy, yearly days and alternate periods as sets ("every 3 December", "on alternate days", "every other weekend"), "the next year" told in a past clause and days counted from an operation ("by day five after surgery") raised b22 to 0.510 (163/319), b21 to 0.678 (211/311), b18 to 0.501 (154/307), b14 to 0.832 (249/299) and b13 to 0.868 (264/304). Merged with dates34 (session 34, dates34b), the timeline-row heads and the b22 classes together raised b21 to 0.681 (212/311). Session 35 (dates35): story time as models, not rules — a relative date quoted from a letter, a message or a log counts from the day the document was written, and a paragraph that opens in the past without a year takes up the past timeline it continues after today's news or another timeline — raised b22 to 0.564 (180/319) and b12 to 0.789 (233/295: an obituary's past paragraph after today's news takes its timeline up again). b23: session 35 (b23-README.txt, b23-DONE.txt; financial instruments and contracts named by dates, clipped and apostrophe years, vintages, model years and editions, life-span brackets and compact biographical dates, clock times in words and operational registers, identifiers that are not dates; 149 story-time narratives, among them stories that roll over the year and stories told in reverse or with jumps: cold cases, scandals, memoirs, sports seasons, mountains, sailing, wine, music, fashion, family firms), at its rate as it arrived (0.410, 124/302; strict F1 88.9 %, value accuracy 90.8 %). Session 35 (dates35b, merged with dates35): clocks told in words ("half past nine", "a quarter to six", "seven-thirty", "three in the morning", "at 1930 hours") with their morning or afternoon from the words after them or the clock told before, and years clipped after a month, a season, a named day, "FY" or a lead ("Jan '24", "FY'24", "between '22 and '24") raised b23 to 0.509 (154/302). b24: session 36 (b24-README.txt; 130 multi-paragraph narratives: week numbers and week-based dates, business-day and settlement arithmetic, future roadmaps told as chains of steps, astronomical and calendar points, historic-present narratives, validity, expiry and retail dates, this/next/last with weekdays and months, match periods that are not dates, generic months and seasons with no year), at its rate as it arrived (0.434, 133/306; strict F1 89.1 %, value accuracy 88.2 %). Session 36 (dates36b): ISO week numbers ("week 49", "week 12 of 2027", "ISO week 2026-W49", "the 49th week of the year", "the week ending Saturday"), business days ("the next working day", "the fifth business day of January", "the last business day of the quarter", "three business days later", "two banking days"), a plan's "the year after that" and "three years after that", "two quarters later", solstices and equinoxes from a table of their days, "next Thursday" as the next week's and "next Tuesday week", "Monday gone", "the weekend just gone", "this time last year" and "this coming weekend" raised b24 to 0.562 (172/306), b19 to 0.553 (175/316), b21 to 0.684 (213/311) and b13 to 0.871 (265/304). In the lead's run of int36 (dates36b merged) b24 passes 173/306 (floor 0.565). The twenty-fifth set b25 (session 37; b25-README.txt: 308 cases, 1,482 expected mentions, 119 multi-paragraph narratives; "since" and "for the first time since" periods, sporting calendars, sentences, bans, terms and tenures, decades, generations and cultural eras, 52/53-week trading periods, broadcasting and publishing schedules, non-Gregorian calendars beside Gregorian ones, weather and climate records, narratives of careers, buildings, inquiries, disasters, family firms and expeditions) arrived at 169/308 (floor 0.548). Session 37 (dates37b, merged with land37d): decades in words with their modifier or epithet and decades that modify a noun ("the early Eighties", "the Swinging Sixties", "The Sixties pop star"), years of other calendars ("Reiwa 8", "BE 2570", "1102 AH" with no value), recurring slots with their clock ("Sundays at 9pm", "weeknights") and a weekday in a simple-present sentence as the coming one raised b25 to 0.616 (190/308), b11 to 0.818 (239/292), b13 to 0.875 (266/304) and b23 to 0.513 (155/302). In the lead's run of int37 (dates37b merged) b25 passes 191/308 (floor 0.620). The twenty-sixth set b26 (session 38; b26-README.txt: 322 cases, 1,329 expected mentions, 121 multi-paragraph narratives; travel timetables and itineraries across midnight and the date line, ranges across month and year boundaries and split seasons, fractional, compound and hedged durations, hedged and approximate points in time, statistical reference periods, embargoes, release times and publication stamps, election and political calendars, narratives of lives and letters, courts and infrastructure, war and climate) arrived at 197/322 (floor 0.611; strict F1 92.8 %, value accuracy 91.5 %). Session 38 (dates38): generic months and seasons in clauses about every year ("the swifts usually arrive in May" XXXX-05), diary entries and letters headed by their day counting their "tonight" and "yesterday" from it, month ranges in one word ("December-January") and timetable clocks ("dep 21:28") raised b24 to 0.604 (185/306) and b26 to 0.630 (203/322). raised by session 26 (dates26b and dates26, merged; b10–b13 and b1 b2 too). Each was written by someone who had
    /// not read the code.
    /// </summary>
    public static TheoryData<string, double, int> Sets => new()
    {
        { "b1 b2", 0.940, 600 },
        { "b3", 0.975, 240 },
        { "b4", 0.939, 320 },
        { "b5", 0.958, 310 },
        { "b6", 0.927, 330 },
        { "b7", 0.901, 330 },
        { "b8", 0.929, 320 },
        { "b9", 0.859, 300 },
        { "b10", 0.917, 300 },
        { "b11", 0.818, 290 },
        { "b12", 0.789, 290 },
        { "b13", 0.875, 300 },
        { "b14", 0.832, 299 },
        { "b15", 0.756, 296 },
        { "b16", 0.713, 300 },
        { "b17", 0.880, 300 },
        { "b18", 0.501, 307 },
        { "b19", 0.553, 316 },
        { "b20", 0.653, 312 },
        { "b21", 0.684, 311 },
        { "b22", 0.564, 319 },
        { "b23", 0.513, 302 },
        { "b24", 0.604, 306 },
        { "b25", 0.620, 308 },
        { "b26", 0.630, 322 },
    };

    private static string BlindDirectory => Path.Combine(AppContext.BaseDirectory, "Dates", "Blind");

    [Theory]
    [MemberData(nameof(Sets))]
    public void Blind_set_pass_rate_meets_its_floor(string sets, double floor, int minimumCases)
    {
        List<DateSpecCase> cases = BlindSets.Select(DateSpec.Load(BlindDirectory), c => c.File, sets);
        Assert.True(cases.Count >= minimumCases, $"only {cases.Count} {sets} blind cases in {BlindDirectory}");
        Score(cases, floor);
    }

    private void Score(List<DateSpecCase> cases, double floor)
    {

        var perFile = new SortedDictionary<string, (int Passed, int Total)>(StringComparer.Ordinal);
        var total = new DateSpecTests.Score();
        var misses = new StringBuilder();
        int passed = 0;
        foreach (DateSpecCase spec in cases)
        {
            ImmutableArray<DateMention> actual = DateExtractor.Default.Extract(spec.Text, spec.ReferenceDate);
            string? report = DateSpecTests.Grade(spec, actual, total, new DateSpecTests.Score());
            (int p, int t) = perFile.GetValueOrDefault(spec.File);
            perFile[spec.File] = (p + (report is null ? 1 : 0), t + 1);
            if (report is null)
            {
                passed++;
            }
            else
            {
                misses.Append(report);
            }
        }

        double rate = (double)passed / cases.Count;
        var summary = new StringBuilder();
        summary.Append(CultureInfo.InvariantCulture, $"blind cases passed: {passed}/{cases.Count} = {rate:P1} (floor {floor:P1})\n");
        summary.Append(CultureInfo.InvariantCulture,
            $"dates: strict F1 {total.F1:P1}, value accuracy {total.ValueAccuracy:P1} ({total.Matched}/{total.Expected} expected found, {total.Extracted} extracted)\n");
        foreach ((string file, (int p, int t)) in perFile)
        {
            summary.Append(CultureInfo.InvariantCulture, $"  {file,-20} {p,4}/{t,-4} {(double)p / t:P1}\n");
        }

        output.WriteLine(summary.ToString());
        output.WriteLine(misses.Length == 0 ? "No misses." : misses.ToString());
        Assert.True(rate >= floor, $"blind pass rate {rate:P1} < floor {floor:P1}\n{summary}");
    }
}
