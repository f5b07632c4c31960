using Tidings.Places;
using Tidings.Text;
using Guard = Tidings.Claims.ClaimGuards.Guard;

namespace Tidings.Claims;

/// <summary>
/// Sources reached through a channel or a transcript: a verb of publishing or testifying with its venue and the clause it
/// reports ("Donald Trump posted on Truth Social that …", "The Fed chair testified before the Senate Banking Committee that
/// …"), a quotation passed on by another ("…, its director was quoted by Interfax as saying."), and a transcript's speaker
/// label before a colon ("SMITH: We will open 40 new stores", "MAYOR OKAFOR: The fare rises by 10p").
/// </summary>
internal sealed partial class ClaimBuilder
{
    /// <summary>The most tokens a venue phrase may hold between the verb and its "that" ("before the Senate Banking
    /// Committee").</summary>
    private const int MaxVenueTokens = 9;

    /// <summary>Whether the channel verb at <paramref name="k"/> reports: a passive "quoted" with "as saying" ahead
    /// (<see cref="QuotedAs"/>), or a venue phrase opened by a preposition ("on Truth Social", "before the committee", "in
    /// a blog post", "to shareholders") and closed by the "that" of the clause reported.</summary>
    private bool ChannelVenue(int k, int first, int end)
    {
        if (Is(k, "quoted"))
        {
            return k - 1 > first && QuotedAs(k);
        }

        if (k + 2 >= end || !(Is(k + 1, "on") || Is(k + 1, "before") || Is(k + 1, "in") || Is(k + 1, "to") || Is(k + 1, "at")))
        {
            return false;
        }

        for (int j = k + 2; j < end && j <= k + 1 + MaxVenueTokens; j++)
        {
            if (Is(j, "that"))
            {
                return j > k + 2;
            }

            if (Tokens[j].Kind != TokenKind.Word && !IsPossessiveMark(j))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"was quoted by Interfax as saying": "quoted" at <paramref name="k"/> after "was"/"were", then "as saying"
    /// (or "as telling") within a few words.</summary>
    private bool QuotedAs(int k)
    {
        if (!Is(k, "quoted") || k - 1 < _sentenceFirst || !(Is(k - 1, "was") || Is(k - 1, "were")))
        {
            return false;
        }

        int end = _sentenceFirst + _sentenceLength;
        for (int j = k + 1; j + 1 < end && j <= k + 6; j++)
        {
            if (Is(j, "as"))
            {
                return Is(j + 1, "saying") || Is(j + 1, "telling");
            }

            if (Tokens[j].Kind != TokenKind.Word && !IsPossessiveMark(j))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the words before the colon at <paramref name="colon"/> are a transcript's speaker label: at the
    /// start of a line, one to three words in capitals, no rubric among them ("BREAKING", "VERDICT", "Q"), and either a
    /// title ("DR ARAUJO", "MINISTER", "CHIEF EXECUTIVE") or a sentence in the first person after it ("SMITH: We will
    /// open …") — not a dateline ("MUMBAI: The rupee fell 0.3%").</summary>
    private bool SpeakerLabel(int first, int colon, int end)
    {
        if (colon - first > 3 || colon + 1 >= end || !LineStart(first))
        {
            return false;
        }

        for (int k = first; k < colon; k++)
        {
            if (Tokens[k].Kind != TokenKind.Word || !Tokens[k].Has(TokenTraits.AllCaps) || Guarded(k, Guard.Rubric))
            {
                return false;
            }
        }

        // A title counts as the label's first word, before a name or as the whole label ("DR ARAUJO", "MINISTER",
        // "CHIEF EXECUTIVE"); a title word later in a label names something else ("PREMIER LEAGUE" is a rubric).
        if (SpeakerTitle(first))
        {
            return true;
        }

        // A first-person sentence opens right after the colon ("SMITH: We will open …"), and the label is no place a
        // dateline names ("KYIV: We have lost 30% …"): a country, a capital or a large city (a small town's name is as
        // likely a surname: "MOYO").
        if (DatelinePlace(_text.AsSpan(Tokens[first].Start, Tokens[colon - 1].Start + Tokens[colon - 1].Length - Tokens[first].Start)))
        {
            return false;
        }

        for (int k = colon + 1; k < end && k <= colon + 2; k++)
        {
            if (Guarded(k, Guard.FirstPerson) && !Tokens[k].Has(TokenTraits.AllCaps))
            {
                return true; // "We", "our" — not "US" (the country)
            }
        }

        return false;
    }

    /// <summary>The longest speaker label read before a line's colon, in tokens ("The Minister for Policing, Fire and Crime
    /// Prevention (Dame Diana Johnson)" is 13).</summary>
    private const int MaxSpeakerLabel = 24;

    /// <summary>A transcript's or a parliamentary record's speaker label at the start of a line, before a colon and a
    /// sentence opened by a capital: a person the recognizer found, with a title, an appositive post or a bracketed seat,
    /// firm or party ("Amy Chen, Chief Financial Officer:", "Vivek Arya (Bank of America):", "Sir Ed Davey (Kingston and
    /// Surbiton) (LD):"); a post alone ("The Prime Minister:"); the agent of a participle ("Answered by Stephen Kinnock:");
    /// or a bare name whose line speaks in the first person ("Rees: We ended the year …"). Returns the label's first token
    /// (past the participle and its "by") and sets <paramref name="colon"/>, or -1. Not a rubric or a table's heading
    /// ("Results (Group B):", "Premier League top scorers:"), nor a line of figures ("Haaland: 12 goals …").</summary>
    private int TranscriptSpeaker(int first, int end, out int colon)
    {
        colon = -1;
        if (first + 2 >= end || Tokens[first].Kind != TokenKind.Word || !Tokens[first].Has(TokenTraits.Capitalized)
            || Guarded(first, Guard.Rubric) || !LineStart(first))
        {
            return -1;
        }

        int depth = 0;
        int words = 0;
        bool brackets = false;
        for (int k = first; k < end && k <= first + MaxSpeakerLabel; k++)
        {
            if (Is(k, ":"))
            {
                colon = depth == 0 ? k : -1;
                break;
            }

            if (Tokens[k].Kind == TokenKind.Word)
            {
                words++;
            }
            else if (Tokens[k].Has(TokenTraits.OpenBracket))
            {
                depth++;
                brackets = true;
            }
            else if (Is(k, ")"))
            {
                depth--;
            }
            else if (!Is(k, ",") && !Is(k, "&") && !Is(k, "-") && !Is(k, "."))
            {
                return -1; // a number, a quote, a possessive or a stop: no label
            }
        }

        if (colon <= first || colon + 2 >= end || depth != 0 || Tokens[colon + 1].Kind != TokenKind.Word
            || !Tokens[colon + 1].Has(TokenTraits.Capitalized))
        {
            return -1;
        }

        // "Answered by Stephen Kinnock:", "Asked by …:": the agent after a participle's "by" speaks.
        int from = Is(first + 1, "by") && first + 2 < colon ? first + 2 : first;

        // A person the recognizer found, or a title before capitalised names ("Dame Diana Johnson", "Lord Hanson"), followed
        // only by what a label adds: a post after a comma, a bracket, "of" a place ("Lord Hanson of Flint"), or the colon.
        for (int k = from; k < colon; k++)
        {
            bool found = InRanges(_persons, k) && (k == from || !InRanges(_persons, k - 1));
            // A rubric word is no name ("PREMIER LEAGUE:", "GENERAL ELECTION:").
            bool titled = !found && k + 1 < colon && SpeakerTitle(k) && Tokens[k + 1].Kind == TokenKind.Word && Tokens[k + 1].Has(TokenTraits.Capitalized)
                && !Guarded(k + 1, Guard.Rubric);
            if (found || titled)
            {
                int last = titled ? k + 1 : k;
                while (last + 1 < colon && (found ? InRanges(_persons, last + 1)
                    : Tokens[last + 1].Kind == TokenKind.Word && Tokens[last + 1].Has(TokenTraits.Capitalized) && !Guarded(last + 1, Guard.Rubric)))
                {
                    last++;
                }

                int next = last + 1;
                if (next == colon || Is(next, ",") || Tokens[next].Has(TokenTraits.OpenBracket) || Is(next, ")") || Is(next, "of"))
                {
                    return from;
                }
            }
        }

        // A post alone, a few capitalised words ending in a title: "The Prime Minister:", "Chief Executive:".
        if (!brackets && words == colon - first && words <= 4 && SpeakerTitle(colon - 1))
        {
            bool capitalised = true;
            for (int k = from; k < colon; k++)
            {
                capitalised &= Tokens[k].Has(TokenTraits.Capitalized);
            }

            if (capitalised)
            {
                return from;
            }
        }

        // "Rees: We ended the year …": one name, a first-person line, no place a dateline names.
        if (colon == first + 1 && (Guarded(colon + 1, Guard.FirstPerson) && !Tokens[colon + 1].Has(TokenTraits.AllCaps))
            && !DatelinePlace(Word(first)))
        {
            return first;
        }

        return -1;
    }

    /// <summary>Whether <paramref name="label"/> names a place a dateline names: the gazetteer's likeliest reading is a
    /// country, a capital or a city of half a million or more.</summary>
    private static bool DatelinePlace(ReadOnlySpan<char> label)
    {
        System.Collections.Immutable.ImmutableArray<GazetteerEntry> places = Gazetteer.Default.Find(label);
        return places.Length > 0 && (places[0].Kind == PlaceKind.Country || places[0].IsCapital || places[0].Population >= 500_000);
    }

    /// <summary>Whether token <paramref name="k"/> is a speaker's title: of [SpeakerTitle], or an agent's head in the word
    /// table (read directly: a word in capitals is not classed in running text, "MINISTER").</summary>
    private bool SpeakerTitle(int k) =>
        Guarded(k, Guard.SpeakerTitle) || ClaimWords.TryFind(Word(k), out ClaimWords.Cls c) && (c & ClaimWords.Cls.AgentHead) != 0;

    /// <summary>Whether token <paramref name="k"/> opens a line: only spaces or tabs between it and the text's start or
    /// the line break before it.</summary>
    private bool LineStart(int k)
    {
        for (int c = Tokens[k].Start - 1; c >= 0; c--)
        {
            char ch = _text[c];
            if (ch is '\n' or '\r')
            {
                return true;
            }

            if (ch is not (' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"The port authority refuted claims that 40% of containers went unchecked, saying the figure was under 2%":
    /// "saying" at <paramref name="k"/> after a comma, the sentence opened by a noun phrase and its verb in the past
    /// ("refuted", "disputed", "denied"). Returns that verb's token (the subject ends before it), or -1.</summary>
    private int SayingSubject(int k, int first, int end, ReadOnlySpan<(int First, int Last)> at)
    {
        if (k - 1 <= first || !Is(k - 1, ",") || k + 1 >= end || QuantityStartsAt(k + 1, at))
        {
            return -1;
        }

        // The verb never stands right after a determiner ("The embattled airline cut 400 jobs, saying …": "embattled" is
        // an adjective).
        for (int j = first + 1; j < k - 1 && j <= first + 8; j++)
        {
            if (Tokens[j].Kind != TokenKind.Word && !IsPossessiveMark(j))
            {
                return -1;
            }

            ReadOnlySpan<char> w = Word(j);
            if (Has(j - 1, ClaimWords.Cls.Determiner) || Tokens[j].Has(TokenTraits.Capitalized))
            {
                continue;
            }

            if (w.Length > 4 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !Has(j, ClaimWords.Cls.NotVerb))
            {
                return SourcePhraseBefore(j, first, out _) == first && !ContainsQuantity(first, j - 1, at) ? j : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The holder of a figure named with it: "the regulator's figure of 2,400" (a possessor, a noun of
    /// [HolderNoun], "of", the figure) and "a claim by campaigners that it adds 6,000" (a claim by someone, then the clause
    /// it holds). Each is the source of its own figure or clause only, set before the sentence's other sources so it wins
    /// there ("Ryanair said the regulator's figure of 2,400 … was wrong and that only 1,150 …": 1,150 stays Ryanair's).
    /// </summary>
    private void HolderSources(int first, int end, List<SourceSpan> sources, ReadOnlySpan<(int First, int Last)> at)
    {
        int added = 0;
        foreach ((int f, int l) in at)
        {
            if (sources.Count >= MaxSources)
            {
                return;
            }

            // "the regulator's figure of 2,400", "The ministry's figure of 8.2%"
            if (f - 3 > first && Is(f - 1, "of") && Guarded(f - 2, Guard.HolderNoun) && IsPossessiveMark(f - 3))
            {
                int np = PhraseBefore(f - 3, first);
                if (np < f - 3 && !ContainsQuantity(np, f - 2, at) && !Has(np, ClaimWords.Cls.Comparative))
                {
                    sources.Insert(added++, new SourceSpan(np, f - 2, f, l + 1, Bounded: true, Forward: true));
                }
            }
        }

        // "denied a claim by campaigners that it adds 6,000 new items a day"
        for (int k = first + 1; k + 3 < end && sources.Count < MaxSources; k++)
        {
            if (!(Is(k, "claim") || Is(k, "claims")) || !Is(k + 1, "by") || !(Is(k - 1, "a") || Is(k - 1, "the")))
            {
                continue;
            }

            for (int j = k + 2; j < end && j <= k + 7; j++)
            {
                if (Is(j, "that"))
                {
                    int scopeEnd = ClauseEnd(j + 1, end);
                    if (j > k + 2 && ContainsQuantity(j + 1, scopeEnd - 1, at))
                    {
                        sources.Insert(added++, new SourceSpan(k - 1, j - 1, j + 1, scopeEnd, Bounded: true, Forward: true));
                    }

                    break;
                }

                if (Tokens[j].Kind != TokenKind.Word)
                {
                    break;
                }
            }
        }
    }
}
