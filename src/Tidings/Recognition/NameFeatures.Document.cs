namespace Tidings.Recognition;

// Document-level evidence: how each capitalised word is used elsewhere in the article (its neighbours, run roles,
// heads, list kinds, pronouns), the case a word takes where capitals say something, and an earlier stage's tags.
internal sealed partial class NameFeatures
{
    /// <summary>The number of lower-cased word <paramref name="lower"/> in the document's table of distinct words,
    /// added (with no case evidence and no name slot) if new.</summary>
    private int WordOf(uint lower)
    {
        int word = _words.Add(lower, out bool added);
        if (added)
        {
            WordSlots.Fit(ref _docValues, word + 1);
            WordSlots.Fit(ref _nameSlots, word + 1);
            _docValues[word] = Info.None;
            _nameSlots[word] = -1;
        }

        return word;
    }

    /// <summary>Document-level evidence, in one pass over the tokens: the case each word takes
    /// (<see cref="CaseEvidence"/>), and for each capitalised word the distinct words seen next to it anywhere in the
    /// document, the word lists its neighbours belong to, and the pronouns that follow it. A name's type then draws on
    /// every context it appears in ("Pirelli SpA" in one sentence, "shares of Pirelli" in another).</summary>
    private void CollectDocument(int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            ref TokenInfo t = ref At(i);
            if (t.Word < 0)
            {
                t.Slot = -1;
                continue;
            }

            _docValues[t.Word] |= CaseEvidence(t.Info);
            if (!IsNameWord(i))
            {
                t.Slot = -1;
                continue;
            }

            int slot = _nameSlots[t.Word];
            if (slot < 0)
            {
                slot = _nameCount++;
                _nameSlots[t.Word] = slot;
                FitNameWords(slot + 1);
                _contextCounts[slot * 2] = 0;
                _contextCounts[slot * 2 + 1] = 0;
                _contextClasses[slot * 2] = 0;
                _contextClasses[slot * 2 + 1] = 0;
                _pronouns[slot] = 0;
                _runRoles[slot] = 0;
                _runHeadCounts[slot] = 0;
                _runHeadClasses[slot] = 0;
                _listKinds[slot] = 0;
            }

            t.Slot = slot;
            AddContext(slot * 2, t.Prev);
            AddContext(slot * 2 + 1, t.Next);
            if (i > t.SentenceStart)
            {
                _contextClasses[slot * 2] |= (ushort)(At(i - 1).LexBegin | At(i - 1).LexInside);
            }

            if (i + 1 < t.SentenceEnd)
            {
                _contextClasses[slot * 2 + 1] |= (ushort)(At(i + 1).LexBegin | At(i + 1).LexInside);
            }

            _pronouns[slot] |= (byte)(t.Pronoun == 0 ? 0 : 1 << (t.Pronoun - 1));
            _listKinds[slot] |= t.ListKinds;
            _runRoles[slot] |= RunRole(i, in t);
            if (t.RunEnd - t.RunStart > 1 && i < t.RunEnd - 1 && (t.Info & Info.CapsLine) == 0)
            {
                // The head of a longer name this word is part of ("Magna" in "Magna International Inc").
                ref TokenInfo head = ref At(t.RunEnd - 1);
                _runHeadClasses[slot] |= (ushort)(head.LexBegin | head.LexInside);
                int count = _runHeadCounts[slot];
                if (count < Heads && !_runHeads.AsSpan(slot * Heads, count).Contains(head.Lower))
                {
                    _runHeads[slot * Heads + count] = head.Lower;
                    _runHeadCounts[slot] = (byte)(count + 1);
                }
            }
        }
    }

    /// <summary>Where token <paramref name="i"/> sits in its run of capitalised words, as a bit: alone, first, inside
    /// or last, plus a bit for a run opening its sentence; nothing in a line of capitals. Collected over a word's
    /// occurrences, it tells a word always used alone ("Magna said") from the surname of a full name or the head
    /// of a longer one.</summary>
    private static byte RunRole(int i, in TokenInfo t)
    {
        if ((t.Info & Info.CapsLine) != 0 || t.RunEnd <= t.RunStart)
        {
            return 0;
        }

        int role = t.RunEnd - t.RunStart == 1 ? 0 : i == t.RunStart ? 1 : i == t.RunEnd - 1 ? 3 : 2;
        return (byte)(1 << role | (t.RunStart == t.SentenceStart ? 16 : 0));
    }

    private void AddContext(int side, uint word)
    {
        int count = _contextCounts[side];
        Span<uint> seen = _contexts.AsSpan(side * Contexts, count);
        if (count < Contexts && !seen.Contains(word))
        {
            _contexts[side * Contexts + count] = word;
            _contextCounts[side] = (byte)(count + 1);
        }
    }

    /// <summary>Document-level case evidence of a token: whether its word occurs in lower case, and whether it occurs
    /// capitalised where capitals are informative (not sentence-initial, not in a line of capitals).</summary>
    private static Info CaseEvidence(Info info) =>
        (info & Info.AllLower) != 0 ? Info.LowerSeen
        : (info & (Info.TitleCase | Info.Initial | Info.CapsLine)) == Info.TitleCase ? Info.TitleSeen
        : Info.None;

    /// <summary>Gives the tokens from <paramref name="first"/> to <paramref name="end"/> the case evidence of their
    /// word in the whole document (<see cref="CollectDocument"/>).</summary>
    private void ApplyDocumentCase(int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            ref TokenInfo t = ref At(i);
            if (t.Word >= 0)
            {
                t.Info |= _docValues[t.Word];
            }
        }
    }

    /// <summary>The document-level contexts of the capitalised word in <paramref name="slot"/>: the words and word lists
    /// seen beside it anywhere in the document. The same for every occurrence of the word, so they belong to the
    /// word's own features (<see cref="ExtractWord"/>).</summary>
    private int WordContextFeatures(int slot, Span<uint> features, int n)
    {
        for (int side = 0; side < 2; side++)
        {
            int s = slot * 2 + side;
            foreach (uint w in _contexts.AsSpan(s * Contexts, _contextCounts[s]))
            {
                features[n++] = FeatureHash.Combine(50 + (uint)side, w);
            }

            n = LexiconFeatures(_contextClasses[s], 52, (uint)side, features, n);
        }

        features[n++] = FeatureHash.Combine(58, _runRoles[slot]);
        foreach (uint head in _runHeads.AsSpan(slot * Heads, _runHeadCounts[slot]))
        {
            features[n++] = FeatureHash.Combine(63, head);
        }

        n = LexiconFeatures(_runHeadClasses[slot], 64, 0, features, n);

        // The name lists of the longer entries the word is part of anywhere in the document ("Rivian Automotive").
        n = LexiconFeatures(_listKinds[slot], 103, 0, features, n);

        // The classes of the words seen beside it anywhere in the document: "shares of X", "stake in X" generalise to
        // the words that share those contexts' clusters.
        for (int side = 0; side < 2; side++)
        {
            int s = slot * 2 + side;
            foreach (uint w in _contexts.AsSpan(s * Contexts, _contextCounts[s]))
            {
                ulong classes = _tables.Classes(w);
                if (classes != 0)
                {
                    features[n++] = FeatureHash.Combine(104 + (uint)side, (uint)(classes >> 8) & 0xFFF);
                }
            }
        }

        return n;
    }

    /// <summary>The document-level context features of a capitalised word (see <see cref="CollectDocument"/>).</summary>
    private int NameContextFeatures(ref TokenInfo t, Span<uint> features, int n)
    {
        features[n++] = FeatureHash.Combine(53, _pronouns[t.Slot], t.Pronoun);
        uint places = (uint)((t.LexBegin | t.LexInside) & ((1 << (int)LexiconClass.Country) | (1 << (int)LexiconClass.City) | (1 << (int)LexiconClass.Region)));
        features[n++] = FeatureHash.Combine(55, t.Table, _docTable, places);
        return n;
    }

    /// <summary>Writes the document-level features of token <paramref name="i"/> (what the earlier stage said, see
    /// <see cref="SetStageEvidence"/>) after the <paramref name="n"/> features already in <paramref name="features"/>,
    /// and returns the new count.</summary>
    public int ExtractEvidence(int i, Span<uint> features, int n)
    {
        ref TokenInfo t = ref At(i);
        uint pos = (uint)((t.Info & Info.Initial) != 0 ? 1 : 0) | (uint)((t.Info & Info.CapsLine) != 0 ? 2 : 0);
        features[n++] = FeatureHash.Combine(40, t.Own);
        features[n++] = FeatureHash.Combine(41, t.Majority);
        features[n++] = FeatureHash.Combine(42, t.Own, t.Majority);
        features[n++] = FeatureHash.Combine(43, t.Majority, t.Shape, pos);
        uint prevOwn = i > t.SentenceStart ? At(i - 1).Own : 0xFFu;
        uint nextOwn = i + 1 < t.SentenceEnd ? At(i + 1).Own : 0xFFu;
        features[n++] = FeatureHash.Combine(44, prevOwn, t.Own, nextOwn);
        return n;
    }
}
