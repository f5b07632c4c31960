using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>
/// A concentration's unit carried to a bare number later in its sentence (session 26): "41 µg/m3, above the legal limit of
/// 40", "5 µg/m³, lowered from 10 in 2021". Only the units of [word-list] "carried-unit", only from the quantity emitted
/// just before in the same sentence, and only to a number with no unit, counted noun or word after it (but "in").
/// One look at the last result: no scan. Session 28: any measure to the level it rose from ("16 gigabytes, up from
/// eight"), and a crypto-asset to the holding it takes a buyer to.
/// </summary>
internal sealed partial class QuantityAssembler
{
    private void CarriedUnit(ref Draft n, TextSpan? counted)
    {
        if (n.HasUnit || n.Ratio || n.Vague || n.Scaled || n.YearLike || n.Pair || counted is not null
            || n.Approximation == Approximation.Range || HeartRate(ref n) || _results is not { Count: > 0 })
        {
            return;
        }

        Quantity last = _results[^1];
        int k = n.Last + 1;
        if (k < EndToken && IsWord(k) && !Is(k, "in") && !(OnNamedList(k, "carried-after") && (k + 1 >= EndToken || !IsWord(k + 1) || Info(k + 1).Is(WordClass.Function)
            || IsTimeOfDay(k + 1))))
        {
            return; // "55 decibels during the day and 45 at night", "down from 33 on the previous model" carry; "45 people" does not
        }

        if (SpokenMoneyAgain(n, last))
        {
            n.HasUnit = true;
            n.Unit = last.Unit;
            n.Bare = false;
            return;
        }

        if (last.Start < Tok(FirstToken).Start)
        {
            return;
        }

        // Session 34 (quant34, b22): an exchange rate or price quoted with decimals, then a bare decimal figure near it after a
        // link or "at" ("83 rupees per dollar, against 84.2", "a record low of 87.95 per dollar … after opening at 87.50"):
        // the same money.
        if (last.Unit.Kind == UnitKind.Currency && !n.Spelled && n.Value != decimal.Truncate(n.Value) && last.Value is decimal level
            && level > 0 && n.Value >= level * 0.8m && n.Value <= level * 1.25m && n.First - 1 >= FirstToken
            && (OnNamedList(n.First - 1, "carried-link") || Is(n.First - 1, "at")))
        {
            n.HasUnit = true;
            n.Unit = last.Unit;
            n.Bare = false;
            return;
        }

        // Session 34 (quant34, b22): a ratio read as a figure, then a bound of the same size ("his cholesterol ratio at 4.8, and
        // the nurse wants it below 4", "ratio was 0.58; … keep it below 0.5"): the target of the same ratio; session 38 (b26):
        // or an estimate of it ("a PUE of 1.1, against an industry average of about 1.56").
        if (last.Unit.Kind == UnitKind.Ratio && !n.Spelled && last.Value is decimal ratio && ratio > 0 && n.Value >= ratio / 2 && n.Value <= ratio * 2
            && n.Approximation is Approximation.LessThan or Approximation.MoreThan or Approximation.AtMost or Approximation.AtLeast or Approximation.Approximate)
        {
            n.Ratio = true;
            return;
        }

        // "16 gigabytes of memory, up from eight": the earlier level of a measure just named is in its unit;
        // "bought another 15,350 BTC, taking its holdings to more than 440,000": so is a holding of a crypto-asset.
        int b = n.First - 1;
        bool earlierLevel = b - 1 >= FirstToken && Is(b, "from") && (Is(b - 1, "up") || Is(b - 1, "down")) && last.Unit.Kind == UnitKind.Measure;
        bool holding = !n.Spelled && b - 2 >= FirstToken
            && (Is(b, "to") && (Is(b - 1, "holdings") || Is(b - 1, "holding")) || Is(b, "with") && Is(b - 1, "it") && (Is(b - 2, "leaving") || Is(b - 2, "left")))
            && last.Unit.Kind == UnitKind.Currency && Units.InList(WordLists.Crypto, last.Unit.Code);
        if (!earlierLevel && !holding && (n.Spelled || last.Unit.Kind != UnitKind.Measure || !Units.InList(WordLists.CarriedUnit, last.Unit.Code)))
        {
            return;
        }

        if (!earlierLevel && !holding && Units.InList("carried-unit-linked", last.Unit.Code)
            && !OnNamedList(b, "carried-link") && !ContrastSince(last.End, b))
        {
            return; // "seized 40kg of cocaine and arrested 5": a weight or distance reaches only a linked number ("from 90kg to 75")
        }

        n.HasUnit = true;
        n.Unit = last.Unit;
        n.Bare = false;
    }

    /// <summary>Session 36 (quant36, b24): a bare whole figure of 25 to 250 a few words after a word of the pulse ([word-list]
    /// "heart-rate-cue": "pulse", "heartbeat") or "heart rate", with only words between and no content word after it, is a
    /// heart rate in beats per minute ("His pulse was 42 at rest", "a maximum heart rate of about 185 for a 35-year-old").
    /// A bounded look back of five tokens.</summary>
    private bool HeartRate(ref Draft n)
    {
        if (n.Spelled || n.Value is < 25 or > 250 || n.Value != decimal.Truncate(n.Value) || Tok(n.CoreFirst).Kind != TokenKind.Number
            || n.Last + 1 < EndToken && IsWord(n.Last + 1) && !Info(n.Last + 1).Is(WordClass.Function))
        {
            return false;
        }

        for (int j = n.First - 1; j >= FirstToken && j >= n.First - 5 && IsWord(j); j--)
        {
            if (OnNamedList(j, "heart-rate-cue") || Is(j, "rate") && Is(j - 1, "heart"))
            {
                n.HasUnit = true;
                n.Unit = QuantityUnit.Measure("bpm");
                n.Bare = false;
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether token <paramref name="k"/> is a word of the time of day ("night", "noon") after a carried figure's
    /// "at" ("45 at night").</summary>
    private bool IsTimeOfDay(int k) => IsWord(k) && OnNamedList(k, "carried-after-time");

    /// <summary>Session 32 (quant32, b19/b20): a spoken amount of a hundred or more with nothing after it is money when the
    /// amount just before it is: in its sentence ("Sixteen hundred shillings for a crate? … a crate cost eight hundred in
    /// June"), or the same sum said again in the next ("Fifteen hundred quid for a pram. Fifteen hundred!").</summary>
    private bool SpokenMoneyAgain(in Draft n, Quantity last) =>
        n.Spelled && n.Value >= 100 && n.Approximation == Approximation.Exact && last.Unit.Kind == UnitKind.Currency
        && (last.Start >= Tok(FirstToken).Start || last.Value == n.Value);

    /// <summary>Whether a comparison of [word-list] "carried-contrast" stands between the character offset <paramref name="end"/>
    /// (the end of the quantity before) and token <paramref name="b"/> ("180 kg/ha, well above the advised 140"), or a
    /// conjunction of [word-list] "carried-conjunction" with no content word after it but a verb of measuring of [word-list]
    /// "carried-measure-verb" ("347 miles, though in winter we saw about 260"; not "seized 40kg of cocaine but arrested 5").
    /// The nearest conjunction decides. Scans only the gap since the last quantity, on the rare path of a weight or
    /// distance: linear.</summary>
    private bool ContrastSince(int end, int b)
    {
        bool measuring = false, content = false;
        for (int j = b; j >= FirstToken && Tok(j).Start >= end; j--)
        {
            if (OnNamedList(j, "carried-contrast"))
            {
                return true;
            }

            if (OnNamedList(j, "carried-conjunction"))
            {
                return measuring || !content;
            }

            measuring |= OnNamedList(j, "carried-measure-verb");
            content |= IsWord(j) && !Info(j).Is(WordClass.Function);
        }

        return false;
    }
}
