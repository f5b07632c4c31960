using System.Collections.Frozen;

namespace Tidings.Numbers;

/// <summary>The unit tables: words and symbols after a number, currency signs before it, suffixes glued to it.</summary>
internal static class Units
{
    private static QuantityUnit M(string symbol) => QuantityUnit.Measure(symbol);

    private static QuantityUnit C(string code) => QuantityUnit.Currency(code);

    /// <summary>Unit phrases that follow a number: "per cent", "euros", "square kilometres", "barrels per day".</summary>
    private static readonly (string Phrase, QuantityUnit Unit)[] AfterPhrases =
    [
        ("%", QuantityUnit.Percent), ("percent", QuantityUnit.Percent), ("per cent", QuantityUnit.Percent),
        ("pct", QuantityUnit.Percent), ("‰", QuantityUnit.Measure("permille")),
        ("percentage points", QuantityUnit.PercentagePoints), ("percentage point", QuantityUnit.PercentagePoints),
        ("pp", QuantityUnit.PercentagePoints), ("basis points", M("bp")), ("basis point", M("bp")), ("bps", M("bp")),

        ("dollars", C("USD")), ("dollar", C("USD")), ("us dollars", C("USD")), ("u.s. dollars", C("USD")),
        ("american dollars", C("USD")), ("canadian dollars", C("CAD")), ("australian dollars", C("AUD")),
        ("hong kong dollars", C("HKD")), ("new zealand dollars", C("NZD")), ("singapore dollars", C("SGD")),
        ("taiwan dollars", C("TWD")), ("euros", C("EUR")), ("euro", C("EUR")), ("pounds", C("GBP")),
        ("pounds sterling", C("GBP")), ("pound sterling", C("GBP")), ("sterling", C("GBP")), ("pound", C("GBP")),
        ("yen", C("JPY")), ("yuan", C("CNY")), ("renminbi", C("CNY")), ("rubles", C("RUB")), ("roubles", C("RUB")),
        ("ruble", C("RUB")), ("rouble", C("RUB")), ("rand", C("ZAR")), ("manat", C("AZN")), ("manats", C("AZN")),
        ("turkmen manat", C("TMT")), ("dram", C("AMD")), ("drams", C("AMD")), ("lira", C("TRY")), ("liras", C("TRY")),
        ("turkish lira", C("TRY")), ("rupees", C("INR")), ("rupee", C("INR")), ("indian rupees", C("INR")),
        ("pakistani rupees", C("PKR")), ("hryvnias", C("UAH")), ("hryvnia", C("UAH")), ("hryvnas", C("UAH")),
        ("shekels", C("ILS")), ("shekel", C("ILS")), ("swiss francs", C("CHF")), ("francs", C("CHF")),
        ("lei", C("MDL")), ("moldovan lei", C("MDL")), ("romanian lei", C("RON")), ("leu", C("MDL")), ("lari", C("GEL")),
        ("tenge", C("KZT")), ("zloty", C("PLN")), ("zlotys", C("PLN")), ("forint", C("HUF")), ("forints", C("HUF")),
        ("pesos", C("MXN")), ("reais", C("BRL")), ("riyals", C("SAR")), ("dirhams", C("AED")),
        ("dinars", C("IQD")), ("naira", C("NGN")), ("shillings", C("KES")), ("won", C("KRW")), ("kronor", C("SEK")),
        ("kronur", C("ISK")), ("kroner", C("NOK")), ("danish kroner", C("DKK")), ("koruna", C("CZK")),
        ("korunas", C("CZK")), ("rials", C("IRR")), ("egyptian pounds", C("EGP")), ("bitcoin", C("XBT")),

        ("kilometres", M("km")), ("kilometers", M("km")), ("kilometre", M("km")), ("kilometer", M("km")), ("km", M("km")),
        ("kms", M("km")), ("square kilometres", M("km2")), ("square kilometers", M("km2")), ("square kilometre", M("km2")),
        ("square kilometer", M("km2")), ("sq km", M("km2")), ("sq . km", M("km2")), ("km2", M("km2")), ("km²", M("km2")),
        ("square miles", M("mi2")), ("square mile", M("mi2")), ("sq miles", M("mi2")), ("miles", M("mi")),
        ("mile", M("mi")), ("metres", M("m")), ("meters", M("m")), ("metre", M("m")), ("meter", M("m")), ("m", M("m")),
        ("square metres", M("m2")), ("square meters", M("m2")), ("sq m", M("m2")), ("m2", M("m2")), ("m²", M("m2")),
        ("centimetres", M("cm")), ("centimeters", M("cm")), ("cm", M("cm")), ("millimetres", M("mm")),
        ("millimeters", M("mm")), ("mm", M("mm")), ("feet", M("ft")), ("foot", M("ft")), ("ft", M("ft")),
        ("hectares", M("ha")), ("hectare", M("ha")), ("ha", M("ha")), ("acres", M("acre")), ("acre", M("acre")),
        ("tonnes", M("t")), ("tonne", M("t")), ("tons", M("t")), ("ton", M("t")), ("metric tons", M("t")),
        ("metric tonnes", M("t")), ("kilograms", M("kg")), ("kilogrammes", M("kg")), ("kilogram", M("kg")),
        ("kilos", M("kg")), ("kg", M("kg")), ("grams", M("g")), ("gram", M("g")), ("litres", M("L")), ("liters", M("L")),
        ("litre", M("L")), ("liter", M("L")), ("cubic metres", M("m3")), ("cubic meters", M("m3")),
        ("cubic metre", M("m3")), ("cubic meter", M("m3")), ("m3", M("m3")), ("m³", M("m3")),
        ("billion cubic metres", M("bcm")), ("bcm", M("bcm")), ("barrels per day", M("bbl/d")),
        ("barrels a day", M("bbl/d")), ("barrels of oil per day", M("bbl/d")), ("barrels of oil a day", M("bbl/d")),
        ("bpd", M("bbl/d")), ("b / d", M("bbl/d")), ("barrels", M("bbl")), ("barrel", M("bbl")),
        ("barrels of oil", M("bbl")), ("degrees celsius", M("degC")), ("degrees centigrade", M("degC")),
        ("degrees c", M("degC")), ("degree celsius", M("degC")), ("° c", M("degC")), ("°c", M("degC")), ("℃", M("degC")),
        ("degrees fahrenheit", M("degF")), ("degrees f", M("degF")), ("° f", M("degF")), ("°f", M("degF")),
        ("℉", M("degF")), ("magnitude", M("magnitude")), ("on the richter scale", M("magnitude")),
        ("megawatts", M("MW")), ("megawatt", M("MW")), ("mw", M("MW")), ("gigawatts", M("GW")), ("gigawatt", M("GW")),
        ("gw", M("GW")), ("kilowatts", M("kW")), ("kw", M("kW")), ("kilowatt-hours", M("kWh")), ("kwh", M("kWh")),
        ("megawatt-hours", M("MWh")), ("mwh", M("MWh")), ("gigawatt-hours", M("GWh")), ("gwh", M("GWh")),
        ("terawatt-hours", M("TWh")), ("twh", M("TWh")), ("mph", M("mph")), ("miles per hour", M("mph")),
        ("miles an hour", M("mph")), ("km / h", M("km/h")), ("kph", M("km/h")), ("kilometres per hour", M("km/h")),
        ("kilometers per hour", M("km/h")), ("kilometres an hour", M("km/h")), ("knots", M("kn")),
        ("gigabytes", M("GB")), ("gb", M("GB")), ("terabytes", M("TB")), ("megabytes", M("MB")),
    ];

    /// <summary>Unit phrases that follow a number, matched against tokens.</summary>
    public static PhraseTable<QuantityUnit> After { get; } = new(AfterPhrases);

    private static readonly FrozenDictionary<string, QuantityUnit>.AlternateLookup<ReadOnlySpan<char>> SingleWords =
        AfterPhrases.Where(p => !p.Phrase.Contains(' ', StringComparison.Ordinal))
            .GroupBy(p => p.Phrase, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.First().Unit, StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A one-word unit ("kilometre", "tonnes", "magnitude") as written inside a compound like "12-kilometre".</summary>
    public static bool TrySingleWord(ReadOnlySpan<char> word, out QuantityUnit unit) => SingleWords.TryGetValue(word, out unit);

    /// <summary>Hedges before a number: "around", "as many as", "no fewer than".</summary>
    public static PhraseTable<Approximation> Hedges { get; } = new(
    [
        ("about", Approximation.Approximate), ("around", Approximation.Approximate), ("some", Approximation.Approximate),
        ("roughly", Approximation.Approximate), ("approximately", Approximation.Approximate),
        ("approx.", Approximation.Approximate), ("approx", Approximation.Approximate),
        ("an estimated", Approximation.Approximate), ("estimated", Approximation.Approximate),
        ("close to", Approximation.Approximate), ("circa", Approximation.Approximate), ("~", Approximation.Approximate),
        ("in the region of", Approximation.Approximate), ("on the order of", Approximation.Approximate),
        ("an approximate", Approximation.Approximate), ("nearly", Approximation.AtMost), ("almost", Approximation.AtMost),
        ("up to", Approximation.AtMost), ("as many as", Approximation.AtMost), ("as much as", Approximation.AtMost),
        ("as high as", Approximation.AtMost), ("no more than", Approximation.AtMost),
        ("not more than", Approximation.AtMost), ("at most", Approximation.AtMost),
        ("a maximum of", Approximation.AtMost), ("at least", Approximation.AtLeast),
        ("no fewer than", Approximation.AtLeast), ("no less than", Approximation.AtLeast),
        ("not less than", Approximation.AtLeast), ("not fewer than", Approximation.AtLeast),
        ("a minimum of", Approximation.AtLeast), ("more than", Approximation.MoreThan),
        ("over", Approximation.MoreThan), ("upwards of", Approximation.MoreThan), ("upward of", Approximation.MoreThan),
        ("in excess of", Approximation.MoreThan), ("above", Approximation.MoreThan), ("just over", Approximation.MoreThan),
        ("well over", Approximation.MoreThan), ("greater than", Approximation.MoreThan),
        ("slightly more than", Approximation.MoreThan), ("a little over", Approximation.MoreThan),
        ("well above", Approximation.MoreThan), ("just above", Approximation.MoreThan), ("north of", Approximation.MoreThan),
        ("fewer than", Approximation.LessThan), ("less than", Approximation.LessThan), ("under", Approximation.LessThan),
        ("below", Approximation.LessThan), ("just under", Approximation.LessThan), ("just below", Approximation.LessThan),
        ("well under", Approximation.LessThan), ("well below", Approximation.LessThan),
        ("slightly less than", Approximation.LessThan), ("lower than", Approximation.LessThan),
    ]);

    /// <summary>Hedges after a number: "or more", "or so".</summary>
    public static PhraseTable<Approximation> PostHedges { get; } = new(
    [
        ("or more", Approximation.AtLeast), ("or so", Approximation.Approximate), ("or fewer", Approximation.AtMost),
        ("or less", Approximation.AtMost), ("or higher", Approximation.AtLeast), ("and more", Approximation.AtLeast),
        ("+", Approximation.MoreThan),
    ]);

    private static readonly FrozenDictionary<char, string> SignCodes = new Dictionary<char, string>
    {
        ['$'] = "USD", ['€'] = "EUR", ['£'] = "GBP", ['¥'] = "JPY", ['₽'] = "RUB", ['₺'] = "TRY", ['₹'] = "INR",
        ['₩'] = "KRW", ['₪'] = "ILS", ['₴'] = "UAH", ['₦'] = "NGN", ['₸'] = "KZT", ['₼'] = "AZN", ['֏'] = "AMD",
        ['₾'] = "GEL", ['₱'] = "PHP", ['฿'] = "THB", ['₫'] = "VND", ['₡'] = "CRC", ['₲'] = "PYG", ['₭'] = "LAK",
        ['₮'] = "MNT", ['₨'] = "PKR", ['₵'] = "GHS", ['₿'] = "XBT", ['¢'] = "USD",
    }.ToFrozenDictionary();

    /// <summary>Words glued before a dollar sign: "US$", "A$", "HK$".</summary>
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> DollarPrefixes =
        new Dictionary<string, string>
        {
            ["US"] = "USD", ["U.S."] = "USD", ["A"] = "AUD", ["AU"] = "AUD", ["C"] = "CAD", ["CA"] = "CAD",
            ["HK"] = "HKD", ["NZ"] = "NZD", ["S"] = "SGD", ["NT"] = "TWD", ["R"] = "BRL", ["Z"] = "ZWL", ["M"] = "MXN",
        }.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>ISO 4217 codes (and "Rs") that may stand before a number: "USD 5 million", "EUR 200".</summary>
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CodesBefore =
        new[]
        {
            "USD", "EUR", "GBP", "JPY", "CNY", "RUB", "AMD", "AZN", "TRY", "INR", "CHF", "UAH", "MDL", "GEL", "KZT",
            "CAD", "AUD", "NZD", "SEK", "NOK", "DKK", "PLN", "HUF", "CZK", "ZAR", "BRL", "MXN", "SAR", "AED", "ILS", "IRR",
            "EGP", "NGN", "KES", "KRW", "HKD", "SGD", "RON", "BYN", "TMT", "UZS", "KGS", "TJS",
        }.Select(c => KeyValuePair.Create(c, c))
        .Append(KeyValuePair.Create("Rs", "INR")).Append(KeyValuePair.Create("Rs.", "INR"))
        .Append(KeyValuePair.Create("RMB", "CNY")).Append(KeyValuePair.Create("NIS", "ILS"))
        .ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Suffixes glued to digits: scales ("2.3bn", "10k", "€5m") and measure symbols ("10km", "30kg").</summary>
    private static readonly FrozenDictionary<string, (decimal Scale, string? Measure)>.AlternateLookup<ReadOnlySpan<char>> Glued =
        new Dictionary<string, (decimal, string?)>(StringComparer.OrdinalIgnoreCase)
        {
            ["k"] = (1_000m, null), ["m"] = (1_000_000m, "m"), ["mn"] = (1_000_000m, null), ["mln"] = (1_000_000m, null),
            ["b"] = (1_000_000_000m, null), ["bn"] = (1_000_000_000m, null), ["bln"] = (1_000_000_000m, null),
            ["tn"] = (1_000_000_000_000m, null), ["trn"] = (1_000_000_000_000m, null),
            ["km"] = (1m, "km"), ["kms"] = (1m, "km"), ["km2"] = (1m, "km2"), ["km²"] = (1m, "km2"), ["kg"] = (1m, "kg"),
            ["cm"] = (1m, "cm"), ["mm"] = (1m, "mm"), ["ha"] = (1m, "ha"), ["mph"] = (1m, "mph"), ["kph"] = (1m, "km/h"),
            ["mw"] = (1m, "MW"), ["gw"] = (1m, "GW"), ["kw"] = (1m, "kW"), ["kwh"] = (1m, "kWh"), ["mwh"] = (1m, "MWh"),
            ["gwh"] = (1m, "GWh"), ["twh"] = (1m, "TWh"), ["bpd"] = (1m, "bbl/d"), ["m2"] = (1m, "m2"), ["m²"] = (1m, "m2"),
            ["m3"] = (1m, "m3"), ["m³"] = (1m, "m3"), ["ft"] = (1m, "ft"), ["t"] = (1m, "t"), ["gb"] = (1m, "GB"),
            ["bcm"] = (1m, "bcm"),
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryCurrencySign(char c, out string code) => SignCodes.TryGetValue(c, out code!);

    public static bool TryDollarPrefix(ReadOnlySpan<char> word, out string code) => DollarPrefixes.TryGetValue(word, out code!);

    public static bool TryCodeBefore(ReadOnlySpan<char> word, out string code) => CodesBefore.TryGetValue(word, out code!);

    /// <summary>A glued suffix; <paramref name="money"/> decides "m" (million after a currency sign, metres otherwise) and "b".</summary>
    public static bool TryGlued(ReadOnlySpan<char> suffix, bool money, out decimal scale, out string? measure)
    {
        scale = 1;
        measure = null;
        if (suffix.Length == 0 || suffix.Length > 4 || !Glued.TryGetValue(suffix, out var g))
        {
            return false;
        }

        bool isM = suffix.Equals("m", StringComparison.OrdinalIgnoreCase);
        if (isM)
        {
            if (money)
            {
                scale = g.Scale;
            }
            else
            {
                measure = "m";
            }

            return true;
        }

        if (suffix.Equals("b", StringComparison.OrdinalIgnoreCase) && !money)
        {
            return false;
        }

        scale = g.Scale;
        measure = g.Measure;
        return true;
    }
}
