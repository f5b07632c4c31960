using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Tidings.Tests.Properties;

/// <summary>Generators of input text: arbitrary UTF-16 strings, and news-like strings full of the things extractors read.</summary>
internal static class TextGenerators
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Arbitrary non-null strings: FsCheck's own string and Unicode string generators, and raw UTF-16
    /// (every code unit from U+0000 to U+FFFF, so lone and reversed surrogates too).</summary>
    public static Arbitrary<string> ArbitraryText { get; } = Arb.From(
        Gen.Frequency(
            (3, ArbMap.Default.GeneratorFor<string>().Where(s => s is not null)),
            (2, ArbMap.Default.GeneratorFor<UnicodeString>().Select(u => u.Item ?? string.Empty)),
            (3, Gen.ArrayOf(Gen.Choose(0, 0xFFFF).Select(c => (char)c)).Select(cs => new string(cs))),
            (2, Gen.ArrayOf(Gen.OneOf(Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString()), Pieces.Unicode, Pieces.Separator))
                .Select(parts => string.Concat(parts)))),
        Shrink);

    /// <summary>News-like text: sentences of words, numbers, hedges, currencies, dates, Unicode spaces, RTL text, quotes and dashes.</summary>
    public static Arbitrary<string> NewsText { get; } = Arb.From(NewsGen(), Shrink);

    /// <summary>Both kinds, for properties that should hold everywhere.</summary>
    public static Arbitrary<string> AnyText { get; } = Arb.From(
        Gen.Frequency((1, ArbitraryText.Generator), (2, NewsText.Generator)), Shrink);

    /// <summary>Sentences dense with numbers at and beyond the limits of <see cref="decimal"/>: huge, tiny and many-digit
    /// numerals, extreme exponents, in ranges, changes, ratios, shares and dates.</summary>
    public static Arbitrary<string> ExtremeText { get; } = Arb.From(ExtremeGen(), Shrink);

    /// <summary>Reference dates: none, the ends of the calendar (<see cref="DateOnly.MinValue"/>, <see cref="DateOnly.MaxValue"/>)
    /// and the days next to them, and any day between.</summary>
    public static Arbitrary<DateOnly?> ReferenceDates { get; } = Arb.From(Gen.Frequency(
        (2, Gen.Constant<DateOnly?>(null)),
        (3, Gen.Elements<DateOnly?>(DateOnly.MinValue, DateOnly.MaxValue)),
        (2, Gen.Elements<DateOnly?>(DateOnly.MinValue.AddDays(1), DateOnly.MinValue.AddDays(6), new DateOnly(1, 12, 31),
            DateOnly.MaxValue.AddDays(-1), DateOnly.MaxValue.AddDays(-6), new DateOnly(9999, 1, 1))),
        (3, Gen.Choose(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber).Select(d => (DateOnly?)DateOnly.FromDayNumber(d)))));

    /// <summary>Numerals at the limits: the generator behind <see cref="ExtremeText"/>, also mixed into <see cref="NewsText"/>.</summary>
    public static Gen<string> ExtremeNumber => Pieces.Extreme;

    private static Gen<string> ExtremeGen()
    {
        Gen<string> phrase =
            from a in Gen.Frequency((3, Pieces.Extreme), (1, Pieces.Number))
            from b in Gen.Frequency((3, Pieces.Extreme), (1, Pieces.Number))
            from currency in Gen.Elements(string.Empty, string.Empty, "$", "€", "US$")
            from scale in Gen.Elements(string.Empty, string.Empty, " million", " billion", " trillion", "bn", " lakh", " crore", " dozen")
            from unit in Gen.Elements(string.Empty, " people", "%", " per cent", " percentage points", " km", " tonnes", " times")
            from form in Gen.Choose(0, 19)
            select form switch
            {
                0 => a + " to " + b,
                1 => "between " + currency + a + scale + " and " + currency + b + scale + unit,
                2 => a + "-" + b + unit,
                3 => "rose from " + currency + a + scale + " to " + currency + b + scale,
                4 => "fell " + a + unit + " to " + currency + b + scale,
                5 => "up " + a + "% from " + b,
                6 => a + " times as many as " + b,
                7 => "a " + a + "-fold increase to " + b,
                8 => "one in " + a + " of " + b + " people",
                9 => a + " of " + b + unit,
                10 => "half of " + a + unit,
                11 => "in " + a + " and " + b + " years ago",
                12 => a + " days later, " + b + " weeks ago, in the " + a + "s",
                13 => "on " + a + " March " + b + ", " + a + " BC",
                14 => "Q4 " + a + ", the " + a + "th century, " + b + " decades ago",
                15 => "more than " + currency + a + scale + unit + ", up " + b + " per cent from a year earlier",
                16 => "police said " + currency + a + scale + unit + " doubled to " + b,
                17 => currency + a + scale + unit,
                18 => a + "\u2013" + b + unit,
                _ => "next year, last week, tomorrow, " + a + " years from now",
            };
        return
            from count in Gen.Choose(1, 6)
            from phrases in Gen.ArrayOf(phrase, count)
            select "Officials said " + string.Join(", and ", phrases) + ".";
    }

    /// <summary>Prefixes that end in a paragraph break, so the text after them starts a new sentence.</summary>
    public static Arbitrary<string> ParagraphPrefix { get; } = Arb.From(Gen.Elements(
        "Lead paragraph.\n\n",
        "\uFEFF\n\n",
        "\n\n",
        "\r\n\r\n",
        "Around 3,000 people fled, officials said.\r\n\r\n",
        "Nir Alon/ Look Press\n\n",
        "\u2029",
        "שלום 3,000 مرحبا.\n\n",
        "\U0001F600 \U0001D400\n \n",
        "between 1 and\n\n"));

    private static Gen<string> NewsGen()
    {
        Gen<string> sentence =
            from count in Gen.Choose(1, 24)
            from pieces in Gen.ArrayOf(Pieces.Any, count)
            from gaps in Gen.ArrayOf(Pieces.Gap, count)
            from end in Pieces.SentenceEnd
            select Join(pieces, gaps) + end;
        return
            from count in Gen.Choose(1, 8)
            from sentences in Gen.ArrayOf(sentence, count)
            from breaks in Gen.ArrayOf(Pieces.SentenceBreak, count)
            select Join(sentences, breaks);
    }

    private static string Join(string[] parts, string[] gaps)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(gaps[i]);
            }

            sb.Append(parts[i]);
        }

        return sb.ToString();
    }

    /// <summary>Shrinks by dropping chunks: halves, then quarters, … down to single characters (at most a few hundred
    /// candidates per step), so failures come out small.</summary>
    public static IEnumerable<string> Shrink(string s)
    {
        if (string.IsNullOrEmpty(s))
        {
            yield break;
        }

        int budget = 400;
        for (int chunk = Math.Max(1, s.Length / 2); ; chunk /= 2)
        {
            for (int i = 0; i < s.Length && budget > 0; i += chunk, budget--)
            {
                yield return s.Remove(i, Math.Min(chunk, s.Length - i));
            }

            if (chunk == 1 || budget == 0)
            {
                yield break;
            }
        }
    }

    private static class Pieces
    {
        public static readonly Gen<string> Word = Gen.Elements(
            "the", "police", "detained", "people", "after", "clashes", "in", "Moscow", "Azerbaijan", "Armenia", "Los", "Angeles",
            "Azerbaijan\u2019s", "country's", "ANCA", "CSTO", "U.S.", "U.K.", "Mr.", "Dr.", "Inc.", "a.m.", "p.m.", "No.", "Gen.",
            "Nagorno-Karabakh", "de-escalation", "don't", "COVID-19", "Senate", "voted", "and", "or", "to", "of", "per", "cent",
            "percent", "percentage", "points", "people", "troops", "dollars", "euros", "Armenians", "km", "tonnes", "barrels",
            "half", "a", "quarter", "third", "dozen", "dozens", "hundreds", "thousands", "scores", "some", "or so", "more",
            "J.", "W.", "e.g.", "etc.", "vs.", "St.", "Capitalised", "Hardly", "The", "In", "He", "She", "They");

        public static readonly Gen<string> Hedge = Gen.Elements(
            "around", "about", "nearly", "almost", "roughly", "approximately", "an estimated", "at least", "at most", "up to",
            "as many as", "more than", "over", "fewer than", "less than", "under", "no fewer than", "upwards of", "some",
            "between", "from", "and", "to", "or more", "or so");

        public static readonly Gen<string> Scale = Gen.Elements(
            "million", "billion", "trillion", "thousand", "hundred", "bn", "m", "mn", "k", "tn", "lakh", "crore", "dozen");

        public static readonly Gen<string> Spelled = Gen.Elements(
            "one", "two", "three", "five", "nine", "ten", "eleven", "twelve", "thirteen", "twenty", "twenty-five", "ninety-nine",
            "hundred", "a hundred", "half a million", "a million", "two-thirds", "one in five", "three-quarters", "a dozen",
            "zero", "none", "first", "second", "third", "tenth", "twenty-first", "hundredth", "one and a half");

        public static readonly Gen<string> Month = Gen.Elements(
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
            "December", "Jan.", "Sept.", "Dec.");

        public static readonly Gen<string> Currency = Gen.Elements("$", "€", "£", "¥", "₽", "₺", "₹", "US$", "C$", "USD", "EUR");

        public static readonly Gen<string> Integer = Gen.Frequency(
            (3, Gen.Choose(0, 100).Select(n => n.ToString(Invariant))),
            (3, Gen.Choose(0, int.MaxValue).Select(n => n.ToString("N0", Invariant))),
            (1, Gen.Choose(0, int.MaxValue).Select(n => n.ToString(Invariant))),
            (1, Gen.Choose(0, 99_999).Select(n => n.ToString(Invariant) + "," + (n % 1000).ToString(Invariant))),
            (1, Gen.Zip(Gen.Choose(1, int.MaxValue), Gen.Choose(1, int.MaxValue))
                .Select(p => p.Item1.ToString(Invariant) + p.Item2.ToString(Invariant) + p.Item1.ToString(Invariant))));

        /// <summary>Huge (up to and past <see cref="decimal.MaxValue"/>), tiny (28 decimal places and more) and
        /// many-digit numerals, extreme exponents, and digit runs grouped with commas.</summary>
        public static readonly Gen<string> Extreme = Gen.Frequency(
            (3, Gen.Elements(
                "79228162514264337593543950335", "79,228,162,514,264,337,593,543,950,335", "79228162514264337593543950336",
                "7922816251426433759354395033.5", "9999999999999999999999999999", "99999999999999999999999999999999",
                "1000000000000000000000000", "1,000,000,000,000,000,000,000,000", "0.0000000000000000000000000001",
                "0.00000000000000000000000000001", "0.0000000000000000000000000000000000000001", "0.5", "0", "1",
                "1e308", "1e309", "1E+9999", "1e-324", "9.9e28", "7.9e28", "-1e308", "10^24", "1.7976931348623157E+308",
                "2147483647", "2147483648", "4294967296", "9223372036854775807", "9223372036854775808",
                "18446744073709551616", "-79228162514264337593543950335", "99999", "10000", "0001", "9999")),
            (2, Gen.Choose(1, 120).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 9), n))
                .Select(d => "1" + string.Concat(d.Select(x => (char)('0' + x))))),
            (1, Gen.Choose(1, 40).SelectMany(n => Gen.ArrayOf(Gen.Choose(100, 999), n))
                .Select(g => "9," + string.Join(",", g.Select(x => x.ToString(Invariant))))),
            (1, Gen.Choose(20, 60).Select(n => "0." + new string('0', n) + "1")),
            (1, Gen.Choose(1, 60).Select(n => "9." + new string('9', n))));

        public static readonly Gen<string> Number = Gen.Frequency(
            (1, Extreme),
            (6, Integer),
            (3, Gen.Zip(Gen.Choose(0, 99_999), Gen.Choose(0, 999)).Select(p => p.Item1.ToString("N0", Invariant) + "." + p.Item2.ToString(Invariant))),
            (1, Gen.Elements("3,000", "7,412.3", "1,000,000", "1.5", "0.5", "2.3bn", "200bn", "10km", "12-kilometre", "68-32",
                "8,000–10,000", "25-year-old", "1980s", "7:30", "24/7", "3,00", "1,2", "1.2.3", "0", "00", "007", "1e9", ".5",
                "1,", "1.", "99.9%", "5%", "5‰", "10°C", "½", "3½", "٣", "१२", "123456789012345678901234567890")),
            (1, Gen.Choose(1, 31).Select(n => n.ToString(Invariant) + Ordinal(n))),
            (1, Gen.Choose(1800, 2100).Select(n => n.ToString(Invariant))));

        public static readonly Gen<string> Quote = Gen.Elements(
            "\"", "'", "\u201C", "\u201D", "\u2018", "\u2019", "\u00AB", "\u00BB", "\u201E", "\u2039", "\u203A", "`", "\u201A", "\u201F");

        public static readonly Gen<string> Dash = Gen.Elements(
            "-", "\u2013", "\u2014", "\u2012", "\u2015", "\u2212", "\u2010", "\u2011", "--", "\u2014\u2014");

        public static readonly Gen<string> Punctuation = Gen.Elements(
            ",", ";", ":", "(", ")", "[", "]", "/", "&", "%", "+", "#", "*", "@", "…", "...", "!", "?", ".", "·", "•", "°");

        public static readonly Gen<string> Unicode = Gen.Elements(
            "שלום", "مرحبا", "Москва", "Ереван", "Bakı", "Zürich", "café", "cafe\u0301", "\U0001D400\U0001D401\U0001D402",
            "\U0001F600", "\U0001F44D\U0001F3FD", "\U0001F1E6\U0001F1F2", "\u200F", "\u200E", "\u202B", "\u202C", "\u2066",
            "\uD800", "\uDC00", "\uDC00\uD800", "x\uD83Dy", "\u0000", "\u00AD", "\uFFFD", "\uFFFF", "\u0663", "٣,٠٠٠", "\u3000",
            "東京", "\u0301", "\u20DD", "\U00010400", "\u2028", "\u2029", "\u0085", "\u000B", "\u000C");

        public static readonly Gen<string> Separator = Gen.Elements(
            " ", "  ", "\u00A0", "\u202F", "\u2009", "\u200B", "\uFEFF", "\t", "\r\n", "\n", "\r", "\n\n", "\r\n\r\n", "\u200F", " \u200B ");

        /// <summary>What goes between two pieces of a sentence: mostly one space, sometimes nothing, sometimes odd spaces.</summary>
        public static readonly Gen<string> Gap = Gen.Frequency((12, Gen.Constant(" ")), (2, Gen.Constant(string.Empty)), (3, Separator));

        public static readonly Gen<string> SentenceEnd = Gen.Elements(
            ".", ".", ".", "?", "!", "…", ".\u2019", ".\u201D", ".)", ".\"", string.Empty, "...", "?!", " .");

        public static readonly Gen<string> SentenceBreak = Gen.Frequency(
            (6, Gen.Constant(" ")), (2, Gen.Constant("\n\n")), (1, Gen.Constant("\r\n")), (1, Gen.Constant("\n")),
            (1, Gen.Constant("\r\n\r\n")), (1, Gen.Constant("\u00A0")), (1, Gen.Constant(string.Empty)));

        public static readonly Gen<string> Amount =
            from hedge in Gen.Frequency((1, Hedge.Select(h => h + " ")), (2, Gen.Constant(string.Empty)))
            from currency in Gen.Frequency((1, Currency), (3, Gen.Constant(string.Empty)))
            from number in Gen.Frequency((4, Number), (1, Spelled))
            from scale in Gen.Frequency((1, Scale.Select(s => " " + s)), (1, Scale), (4, Gen.Constant(string.Empty)))
            from unit in Gen.Elements(string.Empty, string.Empty, "%", " per cent", " percent", " people", " Armenians", " km", " km²", " tonnes")
            select hedge + currency + number + scale + unit;

        public static readonly Gen<string> Range =
            from a in Number
            from b in Number
            from form in Gen.Choose(0, 4)
            select form switch
            {
                0 => "between " + a + " and " + b,
                1 => a + " to " + b,
                2 => a + "-" + b,
                3 => "from " + a + " to " + b,
                _ => a + "\u2013" + b,
            };

        public static readonly Gen<string> Date = Gen.Frequency(
            (2, Gen.Zip(Month, Gen.Choose(1, 31)).Select(p => p.Item1 + " " + p.Item2.ToString(Invariant))),
            (1, Gen.Zip(Gen.Choose(1, 31), Month).Select(p => p.Item1.ToString(Invariant) + " " + p.Item2)),
            (1, from m in Month from d in Gen.Choose(1, 31) from y in Gen.Choose(1900, 2030)
                select m + " " + d.ToString(Invariant) + ", " + y.ToString(Invariant)),
            (1, Gen.Choose(1900, 2030).Select(y => "in " + y.ToString(Invariant))),
            (1, Gen.Elements("two years ago", "last week", "on Monday", "1996-08-22", "24/07/2020", "the night of July 24")));

        /// <summary>Verbs and leads of attribution: what opens a claim's source.</summary>
        public static readonly Gen<string> Reporting = Gen.Elements(
            "said", "says", "estimate", "estimated", "estimates", "reported", "expects", "forecast", "showed", "told", "put",
            "according to", "citing", "claims", "announced");

        /// <summary>A source and its claim, the shape the pipeline and the standalone claim extractor read differently
        /// when the recognizer finds a name there: a symbol or quote (sometimes), a capitalised name, a reporting verb,
        /// an amount ("°Inc estimate 9", "the Bureau of Labor Statistics said 200,000").</summary>
        public static readonly Gen<string> Attribution =
            from symbol in Gen.Frequency((3, Gen.Constant(string.Empty)), (1, Punctuation), (1, Quote), (1, Currency))
            from name in Gen.Elements(
                "Inc", "Acme Inc.", "Reuters", "the Bureau of Labor Statistics", "Labor Statistics", "Michael Lopez",
                "Michael Lopez, a police spokesman,", "Capitalised", "The ministry", "officials", "WHO", "Moscow police", "Dr. Ana Silva")
            from gap in Gap
            from verb in Reporting
            from amount in Amount
            select symbol + name + gap + verb + " " + amount;

        public static readonly Gen<string> Any = Gen.Frequency(
            (30, Word),
            (4, Attribution),
            (2, Reporting),
            (8, Amount),
            (3, Range),
            (3, Date),
            (3, Number),
            (2, Spelled),
            (2, Hedge),
            (2, Scale),
            (2, Currency),
            (3, Quote),
            (2, Dash),
            (3, Punctuation),
            (3, Unicode),
            (2, Separator));

        private static string Ordinal(int n) => (n % 100) switch
        {
            11 or 12 or 13 => "th",
            _ => (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" },
        };
    }
}
