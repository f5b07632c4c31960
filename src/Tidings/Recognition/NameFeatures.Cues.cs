using System.Collections.Frozen;
using Tidings.Text;

namespace Tidings.Recognition;

// Cues for the recognizer: words around a capitalised run that describe what it names, as bits the recognizer weighs (never an answer
// alone): an apposition with a business noun ("X, a Danish energy company"), a noun before it ("rival X",
// "carmaker X"), a possessive with a business noun ("X's shares", "X's chief executive"), "shares of X" / "a stake
// in X", and the relative pronoun after a comma ("X, which" / "X, who"). Each looks at most eight tokens away, so
// collecting them stays linear.
internal sealed partial class NameFeatures
{
    /// <summary>"X, a … company".</summary>
    private const byte CueApposition = 1;

    /// <summary>"rival X", "carmaker X".</summary>
    private const byte CueNounBefore = 2;

    /// <summary>"X's shares", "X's chief executive".</summary>
    private const byte CuePossessive = 4;

    /// <summary>"shares of X", "a stake in X".</summary>
    private const byte CueStakeIn = 8;

    /// <summary>"X, which".</summary>
    private const byte CueWhich = 16;

    /// <summary>"X, who".</summary>
    private const byte CueWho = 32;

    /// <summary>"X chief executive", "X shares fell", "X spokesperson".</summary>
    private const byte CueNounAfter = 64;

    private static FrozenSet<uint> CueHashes(params string[] words)
    {
        var set = new HashSet<uint>();
        foreach (string w in words)
        {
            set.Add(FeatureHash.OfTextBothCases(w).Lower);
        }

        return set.ToFrozenSet();
    }

    /// <summary>Nouns that head a description of an organization ("a Danish energy company").</summary>
    private static readonly FrozenSet<uint> BusinessNouns = CueHashes(
        "company", "firm", "group", "maker", "lender", "bank", "startup", "start-up", "insurer", "retailer", "carmaker",
        "automaker", "drugmaker", "chipmaker", "brewer", "airline", "manufacturer", "developer", "operator", "business",
        "conglomerate", "giant", "utility", "club", "newspaper", "outfit", "producer", "supplier", "platform", "miner",
        "builder", "fund", "broadcaster", "publisher", "charity", "union", "party", "network", "chain", "studio", "label",
        "agency", "organisation", "organization", "regulator", "watchdog", "pollster", "provider", "supermarket",
        "magazine", "website", "consultancy", "subsidiary", "brand", "exchange", "streamer", "side", "team", "carrier",
        "shipper", "distributor", "owner", "investor", "backer");

    /// <summary>Nouns right before a name that make it an organization ("rival Ford", "carmaker Stellantis").</summary>
    private static readonly FrozenSet<uint> NounsBefore = CueHashes(
        "company", "firm", "group", "maker", "lender", "bank", "startup", "start-up", "insurer", "retailer", "carmaker",
        "automaker", "drugmaker", "chipmaker", "brewer", "airline", "manufacturer", "conglomerate", "charity", "pollster",
        "broadcaster", "platform", "app", "exchange", "union", "party", "regulator", "watchdog", "studio", "label", "club",
        "newspaper", "magazine", "network", "chain", "supermarket", "association", "agency", "consultancy", "outlet",
        "tabloid", "streamer", "operator", "utility", "rival", "rivals", "giant", "subsidiary", "parent", "owner",
        "carrier", "miner", "supplier", "peer", "peers", "competitor", "competitors", "outfit", "side");

    /// <summary>Nouns after "X's" that belong to organizations ("X's shares", "X's chief executive").</summary>
    private static readonly FrozenSet<uint> PossessedNouns = CueHashes(
        "shares", "stock", "chief", "ceo", "executive", "board", "shareholders", "investors", "revenue", "revenues",
        "profit", "profits", "sales", "earnings", "stake", "customers", "employees", "staff", "headquarters",
        "valuation", "products", "subsidiary", "unit", "acquisition", "takeover", "founder", "co-founder",
        "spokesperson", "spokesman", "spokeswoman", "chairman", "chairwoman", "president", "factory", "factories",
        "plant", "plants", "stores", "shops", "brand", "platform", "app", "bonds", "debt", "results", "outlook",
        "workforce", "operations", "business", "market", "software", "service", "services", "flagship", "manager",
        "players", "squad", "coach", "fans", "members", "leader", "leadership");

    /// <summary>Nouns before "of"/"in" that take an organization ("shares of X", "a stake in X").</summary>
    private static readonly FrozenSet<uint> StakeNouns = CueHashes(
        "shares", "stake", "stakes", "stock", "acquisition", "takeover", "shareholders", "shareholder", "investors",
        "ceo", "executive", "chairman", "chairwoman", "founder", "co-founder", "spokesperson", "spokesman",
        "spokeswoman", "customers", "employees", "unit", "subsidiary", "owner", "owners", "rival", "investor",
        "investment", "bid", "merger", "buyout", "spinoff", "spin-off", "sale", "listing", "ipo", "board", "analyst");

    /// <summary>Lower-case nouns right after a name that belong to organizations ("Hollis chief executive Daniel Forde",
    /// "Tesla shares fell", "a Uber spokesperson").</summary>
    private static readonly FrozenSet<uint> NounsAfter = CueHashes(
        "chief", "ceo", "spokesperson", "spokesman", "spokeswoman", "shares", "shareholders", "executives", "employees",
        "staff", "workers", "founder", "co-founder", "chairman", "chairwoman", "boss", "stock", "board", "investors",
        "customers", "subsidiary", "unit", "headquarters", "executive", "stores", "shoppers", "users", "drivers");

    private static readonly uint Comma = FeatureHash.OfTextBothCases(",").Lower;
    private static readonly uint Possessive1 = FeatureHash.OfTextBothCases("'s").Lower;
    private static readonly uint Possessive2 = FeatureHash.OfTextBothCases("’s").Lower;
    private static readonly uint CueOf = FeatureHash.OfTextBothCases("of").Lower;
    private static readonly uint CueIn = FeatureHash.OfTextBothCases("in").Lower;
    private static readonly uint WhichWord = FeatureHash.OfTextBothCases("which").Lower;
    private static readonly uint WhoWord = FeatureHash.OfTextBothCases("who").Lower;
    private static readonly FrozenSet<uint> Articles = CueHashes("a", "an", "the");
    private static readonly FrozenSet<uint> Stops = CueHashes(
        "of", "for", "at", "in", "with", "who", "which", "that", "and", "to", "from", "by", "on", "whose", "or", "but");

    /// <summary>The cue bits of the run of tokens <paramref name="start"/>..<paramref name="end"/> (exclusive) in its
    /// sentence (see the class remarks).</summary>
    private byte RunCues(int start, int end)
    {
        int first = _tokens[start].SentenceStart, limit = _tokens[start].SentenceEnd;
        byte cues = 0;
        if (start - 1 >= first && IsLowerWord(start - 1) && NounsBefore.Contains(_tokens[start - 1].Lower))
        {
            cues |= CueNounBefore;
        }

        if (start - 2 >= first && (_tokens[start - 1].Lower == CueOf || _tokens[start - 1].Lower == CueIn) && StakeNouns.Contains(_tokens[start - 2].Lower))
        {
            cues |= CueStakeIn;
        }

        if (end + 1 < limit && (_tokens[end].Lower == Possessive1 || _tokens[end].Lower == Possessive2))
        {
            uint next = _tokens[end + 1].Lower;
            if (PossessedNouns.Contains(next))
            {
                cues |= CuePossessive;
            }
        }

        if (end < limit && IsLowerWord(end) && NounsAfter.Contains(_tokens[end].Lower))
        {
            cues |= CueNounAfter;
        }

        if (end + 1 < limit && _tokens[end].Lower == Comma)
        {
            uint next = _tokens[end + 1].Lower;
            if (next == WhichWord)
            {
                cues |= CueWhich;
            }
            else if (next == WhoWord)
            {
                cues |= CueWho;
            }
            else if (Articles.Contains(next))
            {
                for (int j = end + 2; j < limit && j <= end + 8; j++)
                {
                    uint w = _tokens[j].Lower;
                    if (!IsWordToken(j) || Stops.Contains(w))
                    {
                        break;
                    }

                    if (IsLowerWord(j) && BusinessNouns.Contains(w))
                    {
                        bool possessive = j + 1 < limit && (_tokens[j + 1].Lower == Possessive1 || _tokens[j + 1].Lower == Possessive2);
                        cues |= possessive ? (byte)0 : CueApposition;
                        break;
                    }
                }
            }
        }

        return cues;
    }

    private bool IsWordToken(int j) => _document!.Tokens[j].Kind == TokenKind.Word;

    private bool IsLowerWord(int j) => IsWordToken(j) && (_tokens[j].Info & Info.AllLower) != 0;
}
