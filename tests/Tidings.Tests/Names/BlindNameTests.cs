using System.Globalization;
using Tidings.ML.Tool.Eval;
using Xunit;
using Xunit.Abstractions;

namespace Tidings.Tests.Names;

/// <summary>
/// The blind names evaluations: news passages set in 2015–2025 (companies, tech, health, sport, politics,
/// datelines), written with gold organization, place and person spans by people who had not read the recognizer
/// (each folder's DONE.txt says how). Scored exactly as <c>tidings-ml eval names</c> scores them: exact span and type.
/// Ratchets: the floors are the figures measured when they were last raised; every disagreement is printed.
/// The passages are never edited to match the output.
/// </summary>
public sealed class BlindNameTests(ITestOutputHelper output)
{
    private const int MinimumPassages = 150;

    /// <summary>
    /// The first set (242 passages): worked against while the recognizer and linker were built.
    /// Raised in session 30 by names30 (party letters glued to a short name, numbers that end a listed name, firms named for people in
    /// long lists of firms, a nationality a listed name takes in: "JD(U)", "Trading 212", "Morgan Sindall", "Saudi Aramco"; eval tool 0.9540/0.9645).
    /// Raised in session 34 by names34b (with names34 merged: case names, courts, saints' foundations, journals, acronym owners,
    /// centres named by their field): 0.9555/0.9655, the floors 0.955/0.965.
    /// Raised in session 37 by names37b (houses named after their founders read use by use, section labels, lines, owned sites, airports bought; land37n merged, review 37n F1-F3 mended): 0.9569/0.9665 (eval names), the floors 0.956/0.966.
    /// </summary>
    [Fact]
    public void Blind_passages_score_at_least_the_ratchet() => Check("Blind", organizationFloor: 0.956, overallFloor: 0.966);

    /// <summary>
    /// The second set (213 passages, written later by someone else): held to measure, not to tune against. The issue's
    /// target for organizations on modern news nobody here wrote is 0.92; the floors are what is reached so far.
    /// Raised in session 30 by names30 (party letters glued to a short name, numbers that end a listed name, firms named for people in
    /// long lists of firms, a nationality a listed name takes in: "JD(U)", "Trading 212", "Morgan Sindall", "Saudi Aramco"; eval tool 0.9557/0.9668).
    /// Session 36 (names36b): 0.9595/0.9688 before the merge with names36, floors 0.957/0.966 (a margin of 0.002 for the
    /// merge; business heads, national arms, listed chains, owners before "'s", stock indices, hand-kept firm lists).
    /// Raised in session 37 by names37b (houses named after their founders read use by use, section labels, lines, owned sites, airports bought; land37n merged, review 37n F1-F3 mended): 0.9595/0.9688 (eval names), the floors 0.959/0.968.
    /// </summary>
    [Fact]
    public void Second_blind_passages_score_at_least_the_ratchet() => Check("Blind2", organizationFloor: 0.959, overallFloor: 0.968);

    /// <summary>
    /// The third set (192 passages, session 15, written by someone else again; Names/Blind3/DONE.txt): held to
    /// measure, not to tune against. Measured once as it arrived (ORG 0.888, overall 0.914 with the session's first
    /// linker rules); its errors were then read by class, so the floors here are no longer a held-out figure.
    /// Raised in session 32 by names32 (review 31c mended: persons after nouns that may head people, plural nouns in names, brands who speak of themselves; "X Re"; one word and a longer name split at "and"; seats in dealings; campus places; eval tool 0.9581/0.9656).
    /// Raised in session 34 by names34b (with names34 merged: case names, courts, saints' foundations, journals, acronym owners,
    /// centres named by their field): 0.9594/0.9668, the floors 0.959/0.966.
    /// Raised in session 37 by names37b (houses named after their founders read use by use, section labels, lines, owned sites, airports bought; land37n merged, review 37n F1-F3 mended): 0.9607/0.9678 (eval names), the floors 0.960/0.967.
    /// </summary>
    [Fact]
    public void Third_blind_passages_score_at_least_the_ratchet() => Check("Blind3", organizationFloor: 0.960, overallFloor: 0.967);

    /// <summary>
    /// The fourth set (192 passages of 2021–2025 news, session 16, written by someone else again, mostly organizations
    /// the earlier sets do not hold; Names/Blind4/DONE.txt): measured as it arrived at ORG 0.900, overall 0.910; its
    /// errors were then read by class (session 16), so the floors here are no longer a held-out figure.
    /// Raised in session 32 by names32 (review 31c mended: persons after nouns that may head people, plural nouns in names, brands who speak of themselves; "X Re"; one word and a longer name split at "and"; seats in dealings; campus places; eval tool 0.9465/0.9497).
    /// </summary>
    [Fact]
    public void Fourth_blind_passages_score_at_least_the_ratchet() => Check("Blind4", organizationFloor: 0.946, overallFloor: 0.949);

    /// <summary>
    /// The fifth set (221 passages of 2021–2025 news, session 17, written by someone else again; 928 of its 1,149
    /// distinct organizations are new to the blind sets; Names/Blind5/DONE.txt): measured as it arrived at ORG 0.906,
    /// overall 0.904; its errors were then read by class (session 17), so it is no longer held out.
    /// Raised in session 31 by names31 (plural nouns of organizations before a list or opening a sentence, persons the lists know as firms in lists of firms, "X Re", a close "&amp;"; eval tool 0.9406/0.9397).
    /// Raised in session 32 by names32 (review 31c mended: persons after nouns that may head people, plural nouns in names, brands who speak of themselves; "X Re"; one word and a longer name split at "and"; seats in dealings; campus places; eval tool 0.9426/0.9414).
    /// Raised in session 34 by names34b (with names34 merged: case names, courts, saints' foundations, journals, acronym owners,
    /// centres named by their field): 0.9439/0.9428, the floors 0.943/0.942.
    /// Raised in session 37 by names37b (houses named after their founders read use by use, section labels, lines, owned sites, airports bought; land37n merged, review 37n F1-F3 mended): 0.9447/0.9437 (eval names), the floors 0.944/0.943.
    /// </summary>
    [Fact]
    public void Fifth_blind_passages_score_at_least_the_ratchet() => Check("Blind5", organizationFloor: 0.944, overallFloor: 0.943);

    /// <summary>
    /// The sixth set (352 passages of 2015–2026 news, session 18, written by someone else again; 911 of its 1,799
    /// distinct organizations are new to the blind sets; Names/Blind6/DONE.txt): measured as it arrived at ORG 0.906
    /// (P 0.943, R 0.873), overall 0.900; its errors were then read by class (session 18: ORG 0.913, overall 0.908; names18t: 0.915, 0.910; names19a, firm lists and datelines: 0.922, 0.919), so
    /// it is no longer held out.
    /// Raised in session 30 by names30 (party letters glued to a short name, numbers that end a listed name, firms named for people in
    /// long lists of firms, a nationality a listed name takes in: "JD(U)", "Trading 212", "Morgan Sindall", "Saudi Aramco"; eval tool 0.9394/0.9354).
    /// Raised in session 31 by names31 (plural nouns of organizations before a list or opening a sentence, persons the lists know as firms in lists of firms, "X Re", a close "&amp;"; eval tool 0.9402/0.9363).
    /// Raised in session 32 by names32 (review 31c mended: persons after nouns that may head people, plural nouns in names, brands who speak of themselves; "X Re"; one word and a longer name split at "and"; seats in dealings; campus places; eval tool 0.9416/0.9372).
    /// Session 36 (names36b): 0.9443/0.9401 before the merge with names36, floors 0.942/0.938 (a margin of 0.002 for the
    /// merge; business heads, national arms, listed chains, owners before "'s", stock indices, hand-kept firm lists).
    /// Raised in session 37 by names37b (houses named after their founders read use by use, section labels, lines, owned sites, airports bought; land37n merged, review 37n F1-F3 mended): 0.9440/0.9397 (eval names), the floors 0.943/0.939.
    /// </summary>
    [Fact]
    public void Sixth_blind_passages_score_at_least_the_ratchet() => Check("Blind6", organizationFloor: 0.943, overallFloor: 0.939);

    /// <summary>
    /// The seventh set (396 passages of 2015–2026 news, session 19, written by someone else again; 911 of its 1,865
    /// distinct organizations are new to the blind sets; Names/Blind7/DONE.txt): floors at what it measured as it arrived (ORG 0.905: P 0.933, R 0.879; overall 0.906), raised by names19b to
    /// 0.910/0.911 (bodies named for a place, "US" before an agency, descriptors before a name; measured 0.9101/0.9119), then to 0.916/0.920 by names19c (measured 0.9170/0.9206 with the
    /// merged wave-3 work: rivers, pipelines and rail lines named by the noun after them).
    /// Raised in session 30 by names30 (party letters glued to a short name, numbers that end a listed name, firms named for people in
    /// long lists of firms, a nationality a listed name takes in: "JD(U)", "Trading 212", "Morgan Sindall", "Saudi Aramco"; eval tool 0.9352/0.9353).
    /// Raised in session 32 by names32 (review 31c mended: persons after nouns that may head people, plural nouns in names, brands who speak of themselves; "X Re"; one word and a longer name split at "and"; seats in dealings; campus places; eval tool 0.9371/0.9369).
    /// Raised in session 34 by names34b (with names34 merged: case names, courts, saints' foundations, journals, acronym owners,
    /// centres named by their field): 0.9379/0.9378, the floors 0.937/0.937.
    /// Session 36 (names36b): 0.9418/0.9412 before the merge with names36, floors 0.939/0.939 (a margin of 0.002 for the
    /// merge; business heads, national arms, listed chains, owners before "'s", stock indices, hand-kept firm lists).
    /// Raised in session 37 by names37b (houses named after their founders read use by use, section labels, lines, owned sites, airports bought; land37n merged, review 37n F1-F3 mended): 0.9418/0.9412 (eval names), the floors 0.941/0.940.
    /// </summary>
    [Fact]
    public void Seventh_blind_passages_score_at_least_the_ratchet() => Check("Blind7", organizationFloor: 0.941, overallFloor: 0.940);

    /// <summary>
    /// The eighth set (428 passages of 2015–2026 news, session 20, written by someone else again; 890 of its 1,648
    /// distinct organizations are new to the blind sets; Names/Blind8/DONE.txt): floors at what it measured as it arrived (ORG 0.885: P 0.909, R 0.862; overall 0.879), raised by names20b (facilities named by a noun, known places typed as persons; measured 0.8873/0.8853), then by names20c (party names with a bracketed tail kept whole: "Shiv Sena (UBT)"; measured 0.8971/0.8969), then by names21 (organizations run together split at "and" or located by "of PLACE", partnerships "Cravath, Swaine & Moore" kept whole; measured 0.9101/0.9067).
    /// Raised in session 30 by names30 (party letters glued to a short name, numbers that end a listed name, firms named for people in
    /// long lists of firms, a nationality a listed name takes in: "JD(U)", "Trading 212", "Morgan Sindall", "Saudi Aramco"; eval tool 0.9214/0.9158).
    /// Raised in session 31 by names31 (plural nouns of organizations before a list or opening a sentence, persons the lists know as firms in lists of firms, "X Re", a close "&amp;"; eval tool 0.9217/0.9161).
    /// Raised in session 32 by names32 (review 31c mended: persons after nouns that may head people, plural nouns in names, brands who speak of themselves; "X Re"; one word and a longer name split at "and"; seats in dealings; campus places; eval tool 0.9232/0.9172).
    /// Session 36 (names36b): 0.9261/0.9211 before the merge with names36, floors 0.924/0.919 (a margin of 0.002 for the
    /// merge; business heads, national arms, listed chains, owners before "'s", stock indices, hand-kept firm lists).
    /// Raised in session 37 by land37n (names36 landed with review 36n mended: a listed brand or club written with "and" where the lists hold "&amp;", "Marks and Spencer", "Brighton and Hove Albion"): eval 0.9264/0.9215, the floors 0.926/0.921.
    /// </summary>
    [Fact]
    public void Eighth_blind_passages_score_at_least_the_ratchet() => Check("Blind8", organizationFloor: 0.926, overallFloor: 0.921);

    /// <summary>
    /// The ninth set (435 passages of 2015–2026 news, session 21, written by someone else again; 1,044 of its 2,028
    /// distinct organizations are new to the blind sets; Names/Blind9/DONE.txt): floors at what it measured as it arrived (ORG 0.8795: P 0.907, R 0.854; overall 0.8810), raised by names21b (league divisions, club years, union locals and ordinal units keep their numbers: "Ligue 2", "Hannover 96", "Local 226", "3rd Assault Brigade"; a party named with its leader is split: "Bloc Québécois of Yves-François Blanchet"; measured 0.8881/0.8879; with names21 merged 0.8904/0.8894), then by names22 (organizations the words around put on the map are places: "rebels shelled Mariupol", "in Alfafar, Sedaví and Picanya"; divisions typed MISC; lists under a heading of firms and a colon; short headlines cut before their verb; measured 0.9022/0.9018), then by names23 (measured 0.9074/0.9062; with a coined company "of" a place split, "Sarvam of Bengaluru": eval tool 0.9088/0.9076).
    /// Raised in session 30 by names30 (party letters glued to a short name, numbers that end a listed name, firms named for people in
    /// long lists of firms, a nationality a listed name takes in: "JD(U)", "Trading 212", "Morgan Sindall", "Saudi Aramco"; eval tool 0.9169/0.9133).
    /// Raised in session 31 by names31 (plural nouns of organizations before a list or opening a sentence, persons the lists know as firms in lists of firms, "X Re", a close "&amp;"; eval tool 0.9179/0.9142).
    /// Raised in session 32 by names32 (review 31c mended: persons after nouns that may head people, plural nouns in names, brands who speak of themselves; "X Re"; one word and a longer name split at "and"; seats in dealings; campus places; eval tool 0.9203/0.9159).
    /// Raised in session 34 by names34b (with names34 merged: case names, courts, saints' foundations, journals, acronym owners,
    /// centres named by their field): 0.9208/0.9165, the floors 0.920/0.916.
    /// Raised in session 36 by names36 (a listed name written with "and" where the lists hold "&amp;": "Marks and Spencer"; "W Re" typed by evidence): 0.92101/0.91678, the floors 0.921/0.916.
    /// Raised in session 37 by land37n (names36 landed with review 36n mended: a listed brand or club written with "and" where the lists hold "&amp;", "Marks and Spencer", "Brighton and Hove Albion"): eval 0.9222/0.9181, the floors 0.922/0.918.
    /// </summary>
    [Fact]
    public void Ninth_blind_passages_score_at_least_the_ratchet() => Check("Blind9", organizationFloor: 0.922, overallFloor: 0.918);

    /// <summary>
    /// The tenth set (445 passages of 2024–2026 news, session 22, written by someone who had not read the code; 739 of its
    /// 1,751 distinct organizations are new to the blind sets; Names/Blind10/DONE.txt): floors at what it measured as it arrived (ORG 0.8745: P 0.885, R 0.865; overall 0.8767), raised by names22b (lists of organizations, persons typed ORG, names run across ';'/'—', 'X-based Y') with names22 merged (eval tool: 0.8877/0.8887), then by names23 (web addresses and lower camel case, fronted place lists, prominent places, coined owners' units: 0.8964/0.8957).
    /// Raised in session 30 by names30 (party letters glued to a short name, numbers that end a listed name, firms named for people in
    /// long lists of firms, a nationality a listed name takes in: "JD(U)", "Trading 212", "Morgan Sindall", "Saudi Aramco"; eval tool 0.9042/0.9016).
    /// Raised in session 31 by names31 (plural nouns of organizations before a list or opening a sentence, persons the lists know as firms in lists of firms, "X Re", a close "&amp;"; eval tool 0.9048/0.9022).
    /// Raised in session 32 by names32 (review 31c mended: persons after nouns that may head people, plural nouns in names, brands who speak of themselves; "X Re"; one word and a longer name split at "and"; seats in dealings; campus places; eval tool 0.9050/0.9025).
    /// Raised in session 34 by names34b (with names34 merged: case names, courts, saints' foundations, journals, acronym owners,
    /// centres named by their field): 0.9060/0.9030 (ORG just under 0.906), the floors 0.905 (unchanged)/0.903.
    /// Raised in session 37 by names37b (houses named after their founders read use by use, section labels, lines, owned sites, airports bought; land37n merged, review 37n F1-F3 mended): 0.9084/0.9055 (eval names), the floors 0.907/0.905.
    /// </summary>
    [Fact]
    public void Tenth_blind_passages_score_at_least_the_ratchet() => Check("Blind10", organizationFloor: 0.907, overallFloor: 0.905);

    /// <summary>
    /// The eleventh set (495 passages of 2016–2025 news, session 23, written by someone who had not read the code; 504 of its
    /// 1,483 distinct organizations are new to the blind sets; Names/Blind11/DONE.txt): floors at what it measured as it arrived (ORG 0.9030: P 0.899, R 0.907; overall 0.9031), raised by names23b (a word class of places for places the gazetteer lacks) with names23 merged (eval tool: 0.9062/0.9073).
    /// Raised in session 30 by names30 (party letters glued to a short name, numbers that end a listed name, firms named for people in
    /// long lists of firms, a nationality a listed name takes in: "JD(U)", "Trading 212", "Morgan Sindall", "Saudi Aramco"; eval tool 0.9185/0.9162).
    /// Raised in session 31 by names31b (bodies named by an enumeration of portfolios: "Ministry of Housing, Communities
    /// and Local Government", "Culture, Media and Sport Committee").
    /// Raised in session 37 by names37b (houses named after their founders read use by use, section labels, lines, owned sites, airports bought; land37n merged, review 37n F1-F3 mended): 0.9234/0.9205 (eval names), the floors 0.922/0.920.
    /// </summary>
    [Fact]
    public void Eleventh_blind_passages_score_at_least_the_ratchet() => Check("Blind11", organizationFloor: 0.922, overallFloor: 0.920);

    /// <summary>
    /// The twelfth set (526 passages of 2022–2025 news, session 24, written by someone who had not read the code; 699 of its
    /// 2,038 distinct organizations are new to the blind sets; Names/Blind12/DONE.txt): floors at what it measured as it arrived (ORG 0.8990: P 0.931, R 0.869; overall 0.8962), raised by names24 (an owner's "'s" and "ex-" left out, "X-backed Y", wrapped lines, official names continued by "of the"/"for the"/"in", stray words, companies located by "of", headlines on their own line; eval tool 0.9202/0.9162).
    /// Raised in session 30 by names30 (party letters glued to a short name, numbers that end a listed name, firms named for people in
    /// long lists of firms, a nationality a listed name takes in: "JD(U)", "Trading 212", "Morgan Sindall", "Saudi Aramco"; eval tool 0.9261/0.9217).
    /// Raised in session 30 by names30b too (a court list's "Re" left out of the company; eval tool 0.9261/0.9217 on its own).
    /// Raised in session 31 by names31 (plural nouns of organizations before a list or opening a sentence, persons the lists know as firms in lists of firms, "X Re", a close "&amp;"; eval tool 0.9268/0.9224).
    /// Raised in session 31 by names31b (bodies named by an enumeration of portfolios: "Ministry of Housing, Communities
    /// and Local Government", "Culture, Media and Sport Committee").
    /// Raised in session 32 by names32 (review 31c mended: persons after nouns that may head people, plural nouns in names, brands who speak of themselves; "X Re"; one word and a longer name split at "and"; seats in dealings; campus places; eval tool 0.9285/0.9241).
    /// Raised in session 36 by names36 (a listed name written with "and" where the lists hold "&amp;": "Marks and Spencer"; "W Re" typed by evidence): 0.92937/0.92517, the floors 0.929/0.925.
    /// Raised in session 37 by land37n (names36 landed with review 36n mended: a listed brand or club written with "and" where the lists hold "&amp;", "Marks and Spencer", "Brighton and Hove Albion"): eval 0.9305/0.9264, the floors 0.930/0.926.
    /// </summary>
    [Fact]
    public void Twelfth_blind_passages_score_at_least_the_ratchet() => Check("Blind12", organizationFloor: 0.930, overallFloor: 0.926);

    /// <summary>
    /// The thirteenth set (519 passages, session 25, written by someone who had not read the code: firms named after people
    /// and places, firms from Asia, Africa and Latin America and names with accents, councils, schools, hospitals and churches,
    /// regulators by acronym and full name, professional firms, leagues and organizers, social-media roundups; 680 of its
    /// 1,811 distinct organizations are new to the blind sets; Names/Blind13/DONE.txt): floors at what it measured as it arrived (ORG 0.9026: P 0.920, R 0.886; overall 0.8919), raised by names25 (bodies named with their head first in another language, councils and forces two areas share, two firms joined by "and", district bodies, firms shown by their shareholders or an apposition; test scorer 0.9132/0.9018).
    /// Raised in session 30 by names30 (party letters glued to a short name, numbers that end a listed name, firms named for people in
    /// long lists of firms, a nationality a listed name takes in: "JD(U)", "Trading 212", "Morgan Sindall", "Saudi Aramco"; eval tool 0.9200/0.9074).
    /// Raised in session 31 by names31 (plural nouns of organizations before a list or opening a sentence, persons the lists know as firms in lists of firms, "X Re", a close "&amp;"; eval tool 0.9210/0.9084).
    /// Raised in session 32 by names32 (review 31c mended: persons after nouns that may head people, plural nouns in names, brands who speak of themselves; "X Re"; one word and a longer name split at "and"; seats in dealings; campus places; eval tool 0.9235/0.9107).
    /// Raised in session 34 by names34 (charities, unions and campaign groups named by one common word: Shelter, Crisis, Mind, Which?): 0.9240/0.9112, the floors 0.924/0.911.
    /// Raised in session 34 by names34b (with names34 merged: case names, courts, saints' foundations, journals, acronym owners,
    /// centres named by their field): 0.9248/0.9120, the floors 0.924/0.912.
    /// Raised in session 37 by land37n (names36 landed with review 36n mended: a listed brand or club written with "and" where the lists hold "&amp;", "Marks and Spencer", "Brighton and Hove Albion"): eval 0.9259/0.9130 (overall just under 0.913), the floors 0.925/0.912 (overall unchanged).
    /// Raised in session 37 by names37b (houses named after their founders read use by use, section labels, lines, owned sites, airports bought; land37n merged, review 37n F1-F3 mended): 0.9274/0.9150 (eval names), the floors 0.926/0.914.
    /// </summary>
    [Fact]
    public void Thirteenth_blind_passages_score_at_least_the_ratchet() => Check("Blind13", organizationFloor: 0.926, overallFloor: 0.914);

    /// <summary>
    /// The fourteenth set (576 passages, 3,013 names, session 26, written by someone who had not read the code: organization
    /// names with lower-case words inside, NGOs, think tanks and unions, armed and political movements and parties,
    /// institutions by metonymy, legislatures and courts, names with digits, odd case and symbols, technology and crypto
    /// firms of the 2020s, Title Case headlines, ALL-CAPS slugs, captions, credits and results tables; 552 of its 1,627
    /// distinct organizations are new to the blind sets; Names/Blind14/DONE.txt): floors at what it measured as it arrived (ORG 0.8765: P 0.899, R 0.855; overall 0.8812), raised by names26 (title-case headlines read segment by segment and cut at their verbs, prepositions and joining nouns; bodies named with lower-case words, "Committee on Taxation"; standings not read as results; eval tool 0.9015/0.9025), then by names27b (companies coded with digits beside a firm's verb, noun or list: "3M", "7-Eleven", "1Password", "bet365"; test scorer 0.9051/0.9053).
    /// Raised in session 30 by names30 (party letters glued to a short name, numbers that end a listed name, firms named for people in
    /// long lists of firms, a nationality a listed name takes in: "JD(U)", "Trading 212", "Morgan Sindall", "Saudi Aramco"; eval tool 0.9116/0.9117).
    /// Raised in session 31 by names31b (bodies named by an enumeration of portfolios: "Ministry of Housing, Communities
    /// and Local Government", "Culture, Media and Sport Committee").
    /// Raised in session 32 by names32 (review 31c mended: persons after nouns that may head people, plural nouns in names, brands who speak of themselves; "X Re"; one word and a longer name split at "and"; seats in dealings; campus places; eval tool 0.9140/0.9136).
    /// Raised in session 34 by names34 (charities, unions and campaign groups named by one common word: Shelter, Crisis, Mind, Which?): 0.91499/0.9148, the floors 0.914 (unchanged)/0.914.
    /// Raised in session 34 by names34b (with names34 merged: case names, courts, saints' foundations, journals, acronym owners,
    /// centres named by their field): 0.9152/0.9152, the floors 0.915/0.915.
    /// Raised in session 37 by land37n (names36 landed with review 36n mended: a listed brand or club written with "and" where the lists hold "&amp;", "Marks and Spencer", "Brighton and Hove Albion"): eval 0.9160/0.9158 (ORG just under 0.916), the floors 0.915/0.915 (unchanged).
    /// </summary>
    [Fact]
    public void Fourteenth_blind_passages_score_at_least_the_ratchet() => Check("Blind14", organizationFloor: 0.915, overallFloor: 0.915);

    /// <summary>
    /// The fifteenth set (567 passages, 3,021 names, session 27, written by someone who had not read the code: councils,
    /// police, fire and health services, school districts and transit agencies, sports bodies and club nicknames, media
    /// outlets and agencies in datelines and credits, foreign regulators and central banks by acronym, non-English company
    /// names with diacritics, eponymous firms beside persons and products, nested and hyphenated owners, events and venues,
    /// obituaries, court reports, press releases and listings; 817 of its 2,103 distinct organizations are new to the blind
    /// sets; Names/Blind15/DONE.txt): floors at what it measured as it arrived (ORG 0.9016: P 0.921, R 0.883; overall 0.8927), raised by names27 (fields and areas joined by "and" inside a service, trust or health body: "Essex County Fire and Rescue Service", "Avon and Somerset Police", "NHS Cheshire and Merseyside"; a founder's or an officer's "'s" before a shop or an institution: "Harlow's Bakery", "Sheriff's Office"; a country before "-backed" a place; capitals in league headings; test scorer 0.9172/0.9063).
    /// Raised in session 30 by names30 (party letters glued to a short name, numbers that end a listed name, firms named for people in
    /// long lists of firms, a nationality a listed name takes in: "JD(U)", "Trading 212", "Morgan Sindall", "Saudi Aramco"; eval tool 0.9228/0.9127).
    /// Raised in session 31 by names31 (plural nouns of organizations before a list or opening a sentence, persons the lists know as firms in lists of firms, "X Re", a close "&amp;"; eval tool 0.9238/0.9137).
    /// Raised in session 32 by names32 (review 31c mended: persons after nouns that may head people, plural nouns in names, brands who speak of themselves; "X Re"; one word and a longer name split at "and"; seats in dealings; campus places; eval tool 0.9242/0.9142).
    /// Raised in session 34 by names34b (with names34 merged: case names, courts, saints' foundations, journals, acronym owners,
    /// centres named by their field): 0.9258/0.9162, the floors 0.925/0.916.
    /// Raised in session 37 by names37b (houses named after their founders read use by use, section labels, lines, owned sites, airports bought; land37n merged, review 37n F1-F3 mended): 0.9277/0.9182 (eval names), the floors 0.927/0.917.
    /// </summary>
    [Fact]
    public void Fifteenth_blind_passages_score_at_least_the_ratchet() => Check("Blind15", organizationFloor: 0.927, overallFloor: 0.917);

    /// <summary>
    /// The sixteenth set (556 passages, 3,031 names, session 28, written by someone who had not read the code: unions,
    /// NGOs, charities and think tanks, armed groups and movements, universities and research institutes, courts,
    /// legislatures, ministries and seats of government as metonyms, airlines, shipping, logistics and retail, names with
    /// ampersands, periods and symbols, Asian, African and Gulf firms, market lists, league tables, ALL-CAPS and Title Case
    /// headlines; 677 of its 2,042 distinct organizations are new to the blind sets; Names/Blind16/DONE.txt): floors at
    /// what it measured as it arrived (ORG 0.8854: P 0.920, R 0.853; overall 0.8741; 51 spurious persons).
    /// Raised in session 30 by names30 (party letters glued to a short name, numbers that end a listed name, firms named for people in
    /// long lists of firms, a nationality a listed name takes in: "JD(U)", "Trading 212", "Morgan Sindall", "Saudi Aramco"; eval tool 0.9111/0.8991).
    /// Raised in session 31 by names31 (plural nouns of organizations before a list or opening a sentence, persons the lists know as firms in lists of firms, "X Re", a close "&amp;"; eval tool 0.9116/0.9001).
    /// Raised in session 31 by names31b (bodies named by an enumeration of portfolios: "Ministry of Housing, Communities
    /// and Local Government", "Culture, Media and Sport Committee").
    /// Raised in session 32 by names32 (review 31c mended: persons after nouns that may head people, plural nouns in names, brands who speak of themselves; "X Re"; one word and a longer name split at "and"; seats in dealings; campus places; eval tool 0.9153/0.9034).
    /// Raised in session 34 by names34 (charities, unions and campaign groups named by one common word: Shelter, Crisis, Mind, Which?): 0.9162/0.9042, the floors 0.916/0.904.
    /// Session 36 (names36b): 0.9198/0.9080 before the merge with names36, floors 0.917/0.906 (a margin of 0.002 for the
    /// merge; business heads, national arms, listed chains, owners before "'s", stock indices, hand-kept firm lists).
    /// Raised in session 37 by names37b (houses named after their founders read use by use, section labels, lines, owned sites, airports bought; land37n merged, review 37n F1-F3 mended): 0.9198/0.9080 (eval names), the floors 0.919/0.907.
    /// Raised in session 38 by mend-names38 (review 38n F1: a common word alone after a break of a headline in capitals is no name): 0.9198/0.9082, the overall floor 0.908.
    /// </summary>
    /// <remarks>mend30a (session 30, the review of names30: no in-place writes in the glued-letters pass, which could throw;
    /// trademark and plural marks never join; a listed maker takes no model number; "acts after" only by a subject or
    /// speech verb or an owner's "'s"; pieces cut at a paragraph lose their punctuation) took one organization back
    /// (ORG 0.9111 → 0.9109, still above the session's start, 0.9087), so the ORG floor is 0.910.</remarks>
    [Fact]
    public void Sixteenth_blind_passages_score_at_least_the_ratchet() => Check("Blind16", organizationFloor: 0.919, overallFloor: 0.908);

    /// <summary>
    /// The seventeenth set (504 passages, 3,138 names, session 29, written by someone who had not read the code: names
    /// that contain a place, regulators and agencies by acronym and short name, biotech, pharma and health systems, asset
    /// managers, banks and exchanges, media, entertainment and gaming, odd casing and start-ups, parties worldwide,
    /// transfer roundups, earnings summaries, funding rounds, bylines and photo credits; 757 of its 2,269 distinct
    /// organizations are new to the blind sets; Names/Blind17/DONE.txt): floors at what it measured as it arrived (ORG 0.9332:
    /// P 0.945, R 0.922; overall 0.92596), raised by names29b (names the lists know whole where a part was found, places in a list of
    /// organizations, tallies after names, headlines in capitals cut at their verbs; eval tool 0.9419/0.9357 before names29 was merged).
    /// Raised in session 30 by names30 (party letters glued to a short name, numbers that end a listed name, firms named for people in
    /// long lists of firms, a nationality a listed name takes in: "JD(U)", "Trading 212", "Morgan Sindall", "Saudi Aramco"; eval tool 0.9461/0.9394).
    /// Raised in session 31 by names31 (plural nouns of organizations before a list or opening a sentence, persons the lists know as firms in lists of firms, "X Re", a close "&amp;"; eval tool 0.9468/0.9400).
    /// Raised in session 32 by names32 (review 31c mended: persons after nouns that may head people, plural nouns in names, brands who speak of themselves; "X Re"; one word and a longer name split at "and"; seats in dealings; campus places; eval tool 0.9479/0.9413).
    /// Raised in session 34 by names34b (with names34 merged: case names, courts, saints' foundations, journals, acronym owners,
    /// centres named by their field): 0.9486/0.9421, the floors 0.948/0.942.
    /// Session 35, names35 (elided particles in foreign bodies' names: "Banque Centrale des États de l'Afrique de l'Ouest"):
    /// 0.94898/0.9424, just under 0.949, so the floors stay 0.948/0.942.
    /// Raised in session 35 by names35b (with names35 merged; slashed and hyphenated pairs before a pairing noun split,
    /// products named before their maker): 0.9491/0.9425, the floors 0.949/0.942.
    /// Raised in session 37 by names37b (houses named after their founders read use by use, section labels, lines, owned sites, airports bought; land37n merged, review 37n F1-F3 mended): 0.9502/0.9436 (eval names), the floors 0.949/0.943.
    /// </summary>
    [Fact]
    public void Seventeenth_blind_passages_score_at_least_the_ratchet() => Check("Blind17", organizationFloor: 0.949, overallFloor: 0.943);

    /// <summary>
    /// The eighteenth set (540 passages, 3,381 names, 2,783 organizations, session 30, written by someone who had not read
    /// the code: names with brackets, digits and symbols, two-word names whose second word is a common word, coordinated
    /// firm lists with "and", "&amp;" or a comma inside a name, insurers, defence, shipping, mining, co-operatives, betting,
    /// labels, esports, podcasts and faith bodies, legal-form suffixes and conglomerates, places beside bodies named for
    /// them, capitals and Title Case headlines with lower-case brands, people in tables, casts and obituaries; 1,199 of
    /// its 2,364 distinct organizations are new to the blind sets; Names/Blind18/DONE.txt): floors at what it measured as
    /// it arrived (ORG 0.8377: P 0.865, R 0.812; overall 0.8203). Raised in session 30 by names30b (legal-form suffixes as
    /// data — "Equinor ASA", "Telefónica, S.A.", "PT Bank Mandiri (Persero) Tbk" —, court lists' "Re", players in line-ups
    /// typed persons; eval tool 0.8509/0.8377), and with names30, mend30a and mend30e merged (the lead, session 30) to
    /// ORG 0.8568 (P 0.892, R 0.824), overall 0.8430.
    /// Raised in session 31 by names31 (plural nouns of organizations before a list or opening a sentence, persons the lists know as firms in lists of firms, "X Re", a close "&amp;"; eval tool 0.8614/0.8473).
    /// Raised in session 31 by names31b (bodies named by an enumeration of portfolios, honorifics cut from persons).
    /// Raised in session 32 by names32 (review 31c mended: persons after nouns that may head people, plural nouns in names, brands who speak of themselves; "X Re"; one word and a longer name split at "and"; seats in dealings; campus places; eval tool 0.8694/0.8538).
    /// Raised in session 34 by names34 (charities, unions and campaign groups named by one common word: Shelter, Crisis, Mind, Which?): 0.8696/0.8560, the floors 0.869/0.856.
    /// Raised in session 34 by names34b (with names34 merged: case names, courts, saints' foundations, journals, acronym owners,
    /// centres named by their field): 0.8710/0.8575, the floors 0.871/0.857.
    /// Raised in session 36 by names36 (a listed name written with "and" where the lists hold "&amp;": "Marks and Spencer"; "W Re" typed by evidence): 0.87201/0.85873, the floors 0.872/0.858.
    /// Session 36 (names36b): 0.8744/0.8616 before the merge with names36, floors 0.872/0.859 (a margin of 0.002 for the
    /// merge; business heads, national arms, listed chains, owners before "'s", stock indices, hand-kept firm lists).
    /// Raised in session 37 by land37n (names36 landed with review 36n mended: a listed brand or club written with "and" where the lists hold "&amp;", "Marks and Spencer", "Brighton and Hove Albion"): eval 0.8758/0.8632, the floors 0.875/0.863.
    /// </summary>
    [Fact]
    public void Eighteenth_blind_passages_score_at_least_the_ratchet() => Check("Blind18", organizationFloor: 0.877, overallFloor: 0.865);

    /// <summary>
    /// The nineteenth set (652 passages, 3,470 names, 2,739 organizations, session 31, written by someone who had not read
    /// the code: seats and buildings standing for institutions, long government names with commas, "and", "of" and "for",
    /// units, brands and subsidiaries beside their parent, charities and campaigns named by phrases or common words,
    /// universities, museums, orchestras and think tanks beside their towns, sub-national and informal places, streets and
    /// landmarks, handles, domains and platforms, persons with titles and particles, regional news from the Gulf, West
    /// Africa, South Asia and Latin America; 1,053 of its 2,301 distinct organizations are new to the blind sets;
    /// Names/Blind19/DONE.txt): floors at what it measured as it arrived (ORG 0.8544: P 0.864, R 0.845; overall 0.8422).
    /// Raised in session 31 by names31b (bodies named by an enumeration of portfolios — "Department for Environment, Food
    /// and Rural Affairs", "HM Courts and Tribunals Service" —, seats of government that act, honorifics cut from persons).
    /// Raised in session 32 by names32 (review 31c mended: persons after nouns that may head people, plural nouns in names, brands who speak of themselves; "X Re"; one word and a longer name split at "and"; seats in dealings; campus places; eval tool 0.8868/0.8731).
    /// Raised in session 34 by names34 (charities, unions and campaign groups named by one common word: Shelter, Crisis, Mind, Which?): 0.8884/0.8745, the floors 0.888/0.874.
    /// Raised in session 34 by names34b (with names34 merged: case names, courts, saints' foundations, journals, acronym owners,
    /// centres named by their field): 0.8893/0.8757, the floors 0.889/0.875.
    /// Raised in session 37 by names37b (houses named after their founders read use by use, section labels, lines, owned sites, airports bought; land37n merged, review 37n F1-F3 mended): 0.8908/0.8774 (eval names), the floors 0.890/0.876.
    /// </summary>
    [Fact]
    public void Nineteenth_blind_passages_score_at_least_the_ratchet() => Check("Blind19", organizationFloor: 0.890, overallFloor: 0.876);

    /// <summary>
    /// The twentieth set (session 32, written by someone who had not read the code: organizations named after persons
    /// beside those persons, organizations named after places beside the places, names ending in 's and possessives and
    /// plurals of names, armed groups, cartels and movements, alliances, blocs, consortia and joint ventures,
    /// foreign-language organization names, renamed and rebranded organizations and AI laboratories beside their
    /// products, sports franchises, leagues, governing bodies and sponsor-named teams; 591 passages, 3,732 names, 2,841
    /// organizations, 879 of its 2,488 distinct organizations new to the blind sets; Names/Blind20/DONE.txt): floors at what
    /// it measured as it arrived (ORG 0.8830: P 0.908, R 0.860; overall 0.8705).
    /// Raised in session 32 by names32b (a name's own "'s" before a second possessive and listed brands written with "'s", plural surnames for families, "X cartel", clubs' women's sides, sites whose operator speaks, heads of foreign armed groups and movements; eval tool 0.8914/0.8801 before names32 was merged; the floor keeps a margin for the merge); with names32 merged 0.8916/0.8805 (the lead's integration), the floors 0.891/0.880.
    /// Raised in session 34 by names34b (with names34 merged: case names, courts, saints' foundations, journals, acronym owners,
    /// centres named by their field): 0.8925/0.8814, the floors 0.892/0.881.
    /// Raised in session 35 by names35 (saints' places against saints' foundations: "St James's Palace", "St John's Wood",
    /// "St Mungo's"; elided particles in foreign bodies' names: "Parti Démocratique de Côte d'Ivoire"): 0.8934/0.8825, the
    /// floors 0.893/0.882.
    /// Session 36 (names36b): 0.8988/0.8880 before the merge with names36, floors 0.896/0.886 (a margin of 0.002 for the
    /// merge; business heads, national arms, listed chains, owners before "'s", stock indices, hand-kept firm lists).
    /// Raised in session 37 by names37b (houses named after their founders read use by use, section labels, lines, owned sites, airports bought; land37n merged, review 37n F1-F3 mended): 0.8997/0.8894 (eval names), the floors 0.899/0.888.
    /// </summary>
    [Fact]
    public void Twentieth_blind_passages_score_at_least_the_ratchet() => Check("Blind20", organizationFloor: 0.899, overallFloor: 0.889);

    /// <summary>
    /// The twenty-first set (session 33, written by someone who had not read the code: organizations whose names
    /// or acronyms are common English words beside the plain words, defunct and historical organizations, elliptical and
    /// shared-head coordination against single names holding "and", regional and indigenous governments outside the UK and
    /// US, organizations inside the titles of reports, programmes, prizes and events, ALL-CAPS and Title-Case headlines,
    /// tickers and captions, buildings, venues, ships and trains named after people or organizations, persons with
    /// particles and patronymics beside organizations named for them; 733 passages, 3,519 names, 2,757 organizations, 985
    /// of its 2,342 distinct organizations new to the blind sets; Names/Blind21/DONE.txt): floors at what it measured as it
    /// arrived (ORG 0.8414: P 0.858, R 0.826; overall 0.8185).
    /// Raised in session 33 by names33b (names coordinated before a shared plural head, places named with "and", owners
    /// run into the titles of their reports and awards; with names33 merged): 0.8467/0.8253, the floors 0.846/0.825.
    /// Raised in session 34 by names34 (charities, unions and campaign groups named by one common word: Shelter, Crisis, Mind, Which?): 0.8507/0.8288, the floors 0.850/0.828.
    /// Raised in session 34 by names34b (with names34 merged: case names, courts, saints' foundations, journals, acronym owners,
    /// centres named by their field): 0.8515/0.8299, the floors 0.851/0.829.
    /// Raised in session 35 by names35 (review 34n F1–F9 mended as classes; a bare "St X's" is a foundation; "vs" before a
    /// cause inside a body's name: "Young Lives vs Cancer"): 0.8525/0.8309, the floors 0.852/0.830.
    /// Raised in session 36 by names36 (a listed name written with "and" where the lists hold "&amp;": "Marks and Spencer"; "W Re" typed by evidence): 0.85452/0.83319 (eval tool, before places were kept out of the "and" lead), the floors 0.854/0.833.
    /// Session 36 (names36b): 0.8599/0.8371 before the merge with names36, floors 0.857/0.835 (a margin of 0.002 for the
    /// merge; business heads, national arms, listed chains, owners before "'s", stock indices, hand-kept firm lists).
    /// Raised in session 37 by land37n (names36 landed with review 36n mended: a listed brand or club written with "and" where the lists hold "&amp;", "Marks and Spencer", "Brighton and Hove Albion"): eval 0.8617/0.8393, the floors 0.861/0.839.
    /// </summary>
    [Fact]
    public void Twenty_first_blind_passages_score_at_least_the_ratchet() => Check("Blind21", organizationFloor: 0.864, overallFloor: 0.841);

    /// <summary>
    /// The twenty-second set (session 34, written by someone who had not read the code: second-mention short forms and
    /// capitalised aliases, scientific bodies and journals whose names are common words, courts, tribunals and the parties
    /// inside case names, political factions, caucuses and think tanks, mutuals, building societies, co-operatives and
    /// housing associations, persons in East Asian, South Asian, African and Arabic name orders with initials and
    /// honorifics, hospitals and schools named after saints, people and streets, ownership premodifiers and parent/brand
    /// chains; 682 passages, 3,280 names, 2,797 organizations, 859 of its 2,357 distinct organizations new to the blind
    /// sets; Names/Blind22/DONE.txt): floors at what it measured as it arrived (ORG 0.9026: P 0.922, R 0.884; overall 0.8842).
    /// Raised in session 34 by names34b (case names and courts named by their kind, saints' foundations, journals named by
    /// common words, owners named by an acronym, Malay party heads, centres named by their field): 0.9122/0.8956, the
    /// floors 0.912/0.895.
    /// Raised in session 36 by names36 (a listed name written with "and" where the lists hold "&amp;": "Marks and Spencer"; "W Re" typed by evidence): 0.91300/0.89637, the floors 0.912/0.896.
    /// Session 36 (names36b): 0.9152/0.8992 before the merge with names36, floors 0.913/0.897 (a margin of 0.002 for the
    /// merge; business heads, national arms, listed chains, owners before "'s", stock indices, hand-kept firm lists).
    /// Raised in session 37 by land37n (names36 landed with review 36n mended: a listed brand or club written with "and" where the lists hold "&amp;", "Marks and Spencer", "Brighton and Hove Albion"): eval 0.9152/0.8992, the floors 0.915/0.899.
    /// </summary>
    [Fact]
    public void Twenty_second_blind_passages_score_at_least_the_ratchet() => Check("Blind22", organizationFloor: 0.915, overallFloor: 0.899);

    /// <summary>
    /// The twenty-third set (session 35, written by someone who had not read the code: trade associations, professional
    /// bodies and employers' groups, police forces, emergency services and armed-forces branches, products, drugs, AI
    /// models and platforms beside their makers, projects and sites that are also companies, slashed, hyphenated and
    /// paired organization names, sports leagues, governing bodies and sponsored competitions, Latin American politics
    /// and business with Spanish and Portuguese names and double surnames, persons with mononyms and stage names; 556
    /// passages, 3,320 names, 2,824 organizations, 830 of its 2,333 distinct organizations new to the blind sets;
    /// Names/Blind23/DONE.txt): floors at what it measured as it arrived (ORG 0.8752: P 0.897, R 0.855; overall 0.8467).
    /// Raised in session 35 by names35b (with names35 merged: two bodies joined by a slash or hyphen before a pairing noun,
    /// "Reuters/Ipsos poll", "Nippon Steel-U.S. Steel merger", are two organizations; products named before their maker):
    /// 0.8928/0.8619, the floors 0.892/0.861.
    /// Session 36 (names36b): 0.8993/0.8709 before the merge with names36, floors 0.897/0.868 (a margin of 0.002 for the
    /// merge; business heads, national arms, listed chains, owners before "'s", stock indices, hand-kept firm lists).
    /// Raised in session 37 by names37b (houses named after their founders read use by use, section labels, lines, owned sites, airports bought; land37n merged, review 37n F1-F3 mended): 0.8993/0.8712 (eval names), the floors 0.898/0.870.
    /// </summary>
    [Fact]
    public void Twenty_third_blind_passages_score_at_least_the_ratchet() => Check("Blind23", organizationFloor: 0.899, overallFloor: 0.871);

    /// <summary>
    /// The twenty-fourth set (session 36, written by someone who had not read the code: African politics and business
    /// beyond Nigeria and Kenya, Nordic, Benelux, Alpine and Iberian firms and parties, housebuilders, contractors and
    /// estate agents named after people, parliamentary committees, public inquiries and commissions, high-street retail
    /// and hospitality chains with ampersands and apostrophes, the Caribbean, Pacific islands and small states, persons
    /// with initials, suffixes and compound surnames, the Caucasus, Central Asia and Eastern Europe; 600 passages, 3,552
    /// names, 2,742 organizations, 1,005 of its 2,287 distinct organizations new to the blind sets;
    /// Names/Blind24/DONE.txt): floors at what it measured as it arrived (ORG 0.9070, overall 0.8898).
    /// Session 36 (names36b): 0.9426/0.9305 before the merge with names36, floors 0.940/0.928 (a margin of 0.002 for the
    /// merge; business heads, national arms, listed chains, owners before "'s", stock indices, hand-kept firm lists).
    /// Raised in session 37 by names37b (houses named after their founders read use by use, section labels, lines, owned sites, airports bought; land37n merged, review 37n F1-F3 mended): 0.9411/0.9295 (eval names), the floors 0.940/0.929.
    /// </summary>
    [Fact]
    public void Twenty_fourth_blind_passages_score_at_least_the_ratchet() => Check("Blind24", organizationFloor: 0.940, overallFloor: 0.929);

    /// <summary>
    /// The twenty-fifth set (session 37, written by someone who had not read the code: Japan, South Korea and Taiwan
    /// business and politics with East Asian name orders, the Gulf, the Levant and North Africa, fashion, luxury and
    /// beauty houses named after founders beside the founders, accountancy, consulting and ratings firms, Australia, New
    /// Zealand and Canada, UK and US transport operators and local bodies, India's business groups, regulators and
    /// parties, institutes, foundations and prizes named after persons; 646 passages, 3,673 names, 2,801 organizations,
    /// 1,009 of its 2,412 distinct organizations new to the blind sets; Names/Blind25/DONE.txt): floors at what it
    /// measured as it arrived (ORG 0.9115, overall 0.8927).
    /// Raised in session 37 by names37b (houses named after their founders read use by use, section labels, lines, owned sites, airports bought; land37n merged, review 37n F1-F3 mended): 0.9183/0.9022 (eval names), the floors 0.917/0.901.
    /// </summary>
    [Fact]
    public void Twenty_fifth_blind_passages_score_at_least_the_ratchet() => Check("Blind25", organizationFloor: 0.917, overallFloor: 0.901);

    /// <summary>
    /// The twenty-sixth blind set (session 38): 684 passages, 3,581 names, 2,685 organizations (1,078 distinct strings
    /// new to the blind sets) — South-East Asia, Central and Eastern Europe and Central Asia, pharma and biotech, law
    /// firms and courts, labels, bands and venues, game studios and esports, unions and royal colleges, faith bodies,
    /// Latin America beyond Brazil and Mexico, dense wire copy (Names/Blind26/README.txt, DONE.txt): floors at what it
    /// measured as it arrived (ORG 0.9017, overall 0.8880).
    /// </summary>
    [Fact]
    public void Twenty_sixth_blind_passages_score_at_least_the_ratchet() => Check("Blind26", organizationFloor: 0.903, overallFloor: 0.890);

    private void Check(string folder, double organizationFloor, double overallFloor)
    {
        var cases = new List<NameCase>();
        foreach (string file in NameCaseReader.Files(Path.Combine(AppContext.BaseDirectory, "Names", folder)))
        {
            cases.AddRange(NameCaseReader.Read(file));
        }

        Assert.True(cases.Count >= MinimumPassages, $"{cases.Count} passages < {MinimumPassages}");
        Assert.All(cases, c => Assert.Empty(c.Problems));
        NameScore score = NameScore.Of(cases);
        output.WriteLine(score.ToTable());
        foreach (string error in score.Errors)
        {
            output.WriteLine(error);
        }

        double org = score.ByType["ORG"].F1, overall = score.Overall.F1;
        Assert.True(org >= organizationFloor, string.Create(CultureInfo.InvariantCulture, $"ORG F1 {org:0.0000} < {organizationFloor}"));
        Assert.True(overall >= overallFloor, string.Create(CultureInfo.InvariantCulture, $"overall F1 {overall:0.0000} < {overallFloor}"));
    }
}
