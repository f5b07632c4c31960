using Tidings.Text;

namespace Tidings.Dates;

/// <summary>
/// The date reader's ages (session 33, dates33b): "joined the Royal Navy at 17", "retired at the age of 64", "aged 30", "on her
/// 50th birthday", "the year she turned 40". An age is no date expression and is never a mention, but in a life whose birth
/// the text has dated it moves the story: "Born on 2 March 1932, he joined the Navy at 17. That summer …" is 1949's summer.
/// The reader leaves a silent parse (<see cref="DateParse.AgeYears"/>) that <see cref="NarrativeAnchor"/> turns into the
/// birth plus the age.
/// </summary>
internal sealed partial class DateReader
{
    /// <summary>The oldest age read as one.</summary>
    private const int OldestAge = 110;

    /// <summary>How many tokens before "turned" the words "the year" may stand for the age to name a year ("in the year she turned 40").</summary>
    private const int TurnedYearReach = 4;

    /// <summary>An age at number token <paramref name="i"/>; the token after it, or null when it is none.</summary>
    private int? TryAge(int i)
    {
        ReadOnlySpan<char> s = W(i);
        bool ordinal = s.Length is >= 3 and <= 5 && (s.EndsWith("th", StringComparison.OrdinalIgnoreCase) || s.EndsWith("st", StringComparison.OrdinalIgnoreCase)
            || s.EndsWith("nd", StringComparison.OrdinalIgnoreCase) || s.EndsWith("rd", StringComparison.OrdinalIgnoreCase));
        ReadOnlySpan<char> digits = ordinal ? s[..^2] : s;
        if (digits.Length is 0 or > 3 || !AllDigits(digits) || Parse(digits) is not (int age and >= 1 and <= OldestAge))
        {
            return null;
        }

        DatePrecision grain = DatePrecision.Day;
        if (ordinal)
        {
            // "on her 50th birthday", "a month short of his 21st birthday": the birthday itself.
            if (!Is(i + 1, "birthday") || !(Is(i - 1, "her") || Is(i - 1, "his") || Is(i - 1, "my") || Is(i - 1, "their") || Is(i - 1, "your")))
            {
                return null;
            }
        }
        else if (Is(i - 1, "turned"))
        {
            // "in the year she turned 40": the year; "the summer I turned 16": the birthday that year.
            for (int k = i - 2; k >= _first && k >= i - 1 - TurnedYearReach; k--)
            {
                if (Is(k, "year") && Is(k - 1, "the"))
                {
                    grain = DatePrecision.Year;
                }
            }
        }
        else if (!((Is(i - 1, "at") && !(i - 2 >= _first && Tokens[i - 2].Kind == TokenKind.Number)) || Is(i - 1, "aged")
            || (Is(i - 1, "of") && Is(i - 2, "age") && Is(i - 3, "the") && Is(i - 4, "at")))
            || !AgeClosed(i + 1))
        {
            return null;
        }

        _parses.Add(DateParse.Create(TemporalType.Date, grain, ParseKind.Offset) with
        {
            Unit = TimeUnit.Year, Count = age, AgeYears = age, Anchor = AnchorUse.Story, SetsFocus = true,
            Start = Tokens[i].Start, End = Tokens[i].End, Paragraph = _paragraph, Sentence = _first,
        });
        return i + 1;
    }

    /// <summary>Whether the age's number ends at <paramref name="k"/>: a comma, a full stop or a semicolon, the sentence's end, or a
    /// word that goes on with the life ("At 18 she sailed", "married at 24 and moved").</summary>
    private bool AgeClosed(int k) =>
        k >= _end || Is(k, ",") || Is(k, ".") || Is(k, ";") || (IsWord(k) && !Cap(k) && DateVocabulary.AgeFollowers.Contains(W(k)))
        || (IsWord(k) && Cap(k) && (Is(k, "he") || Is(k, "she") || Is(k, "I") || Is(k, "they") || Is(k, "we")));
}
