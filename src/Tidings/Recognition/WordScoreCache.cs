using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using Tidings.Text;

namespace Tidings.Recognition;

/// <summary>
/// What a word's own features score, kept from one document to the next: for each model stage the code sums of
/// <see cref="NameFeatures.ExtractWordOwn"/> (exact integers, so the document-level part is added later without
/// changing a bit of the result) and the scores of the features the word gives its neighbours in each role. Keyed by
/// the word's text and token kind, from which those features are computed, so a hit returns exactly what computing
/// them again would; a short document's common words then cost one look-up instead of some fifty.
/// </summary>
/// <remarks>
/// <para>Direct-mapped with up to <see cref="Entries"/> entries: sized to the documents seen (at least
/// <see cref="MinEntries"/>, a power of two at or above the count of tokens tagged so far, grown — emptied — as more
/// come), so that a process that tags one short article does not allocate and clear the 14 MB a long one (or many
/// short ones) uses. A word does not always evict the one in its place: each
/// entry counts its recent hits (up to <see cref="MaxUses"/>), a word that misses takes one from the entry in its
/// place, and takes the place only when the count is already zero. A word used in every document therefore stays
/// when a rarer one maps to its place, and a long document with many distinct words (the 1.1 MB CoNLL
/// text has about 23,600) keeps more of them from one pass to the next than evicting on every miss would (41 %
/// against 23 % with 16,384 entries), as two words seen once a pass each no longer throw each other out. Entries were
/// 16,384 until session 26; 32,768 (about 14 MB a tagger, 7 more) holds most of such a document's words and made its
/// steady-state recognition about 8 % faster. Which words are kept changes the time
/// only, never a score. Words longer than
/// <see cref="MaxLength"/> characters are not kept. The cache belongs to one model: a tagger given another model
/// empties it.</para>
/// <threadsafety>Not thread-safe: one instance per tagger (per thread).</threadsafety>
/// </remarks>
internal sealed class WordScoreCache
{
    /// <summary>The most entries kept (a power of two).</summary>
    public const int Entries = 1 << 15;

    /// <summary>The fewest entries kept (a power of two).</summary>
    public const int MinEntries = 1 << 10;

    /// <summary>The longest word kept.</summary>
    public const int MaxLength = 24;

    private const int T = NameModel.Tags;

    /// <summary>Floats and ints per entry and stage: the code sums (padded), then one score row per role.</summary>
    private const int SumsLength = NameModel.PaddedTags;
    private const int RolesLength = NameFeatures.Roles * T;

    /// <summary>Each entry's word, <see cref="MaxLength"/> characters a slot (no string per word).</summary>
    private char[] _text = new char[MinEntries * MaxLength];

    /// <summary>Each entry's word length; 0 for an empty entry.</summary>
    private byte[] _lengths = new byte[MinEntries];
    private TokenKind[] _kinds = new TokenKind[MinEntries];

    /// <summary>The most hits an entry counts: a word that misses needs this many misses in a row, with no hit
    /// between, to take the place of one that is used often.</summary>
    private const byte MaxUses = 3;

    /// <summary>Each entry's recent hits (see <see cref="MaxUses"/>).</summary>
    private byte[] _uses = new byte[MinEntries];
    private int[] _sums = [];
    private float[] _roles = [];
    private NameModel? _model;
    private int _stages;

    /// <summary>The tokens of the windows tagged with this cache so far.</summary>
    private long _tokensSeen;

    /// <summary>The number of entries (a power of two).</summary>
    private int _entries = MinEntries;

    /// <summary>Empties the cache when <paramref name="model"/> (with <paramref name="stages"/> stages) is not the one
    /// its entries were scored with, and grows (empties) it when the tokens tagged so far, with this window's <paramref name="tokens"/>, want more
    /// entries than it has.</summary>
    public void Use(NameModel model, int stages, int tokens)
    {
        // Sized to the tokens tagged so far, not to this window alone: a process that tags many short documents (the
        // tool over JSON Lines) meets as many distinct words as one long document, and a cache sized to one short
        // document kept few of them from one document to the next.
        _tokensSeen += tokens;
        int wanted = MinEntries;
        while (wanted < _tokensSeen && wanted < Entries)
        {
            wanted <<= 1;
        }

        if (ReferenceEquals(_model, model) && wanted <= _entries)
        {
            return;
        }

        int entries = Math.Max(wanted, _entries);
        if (entries != _entries)
        {
            _entries = entries;
            _text = new char[entries * MaxLength];
            _lengths = new byte[entries];
            _kinds = new TokenKind[entries];
            _uses = new byte[entries];
        }
        else
        {
            // An entry of length 0 is empty, so the sums and roles need no clearing; they are reused when they fit.
            Array.Clear(_lengths);
            Array.Clear(_uses);
        }

        _model = model;
        _stages = stages;
        if (_sums.Length != entries * stages * SumsLength)
        {
            _sums = GC.AllocateUninitializedArray<int>(entries * stages * SumsLength);
            _roles = GC.AllocateUninitializedArray<float>(entries * stages * RolesLength);
        }
    }

    /// <summary>The entry for the word <paramref name="text"/> of kind <paramref name="kind"/> (with hash
    /// <paramref name="hash"/>): true with its index when kept, false with the index to fill (see <see cref="Keep"/>),
    /// or -1 when the word is too long to keep or the word in its place stays (it had hits since the last misses).</summary>
    public bool TryFind(ReadOnlySpan<char> text, TokenKind kind, uint hash, out int entry)
    {
        if (text.Length > MaxLength || text.IsEmpty)
        {
            entry = -1;
            return false;
        }

        entry = (int)(hash & (uint)(_entries - 1));
        if (_lengths[entry] == text.Length && _kinds[entry] == kind && text.SequenceEqual(_text.AsSpan(entry * MaxLength, text.Length)))
        {
            _uses[entry] = (byte)Math.Min(_uses[entry] + 1, MaxUses);
            return true;
        }

        if (_lengths[entry] != 0 && _uses[entry] > 0)
        {
            _uses[entry]--;
            entry = -1;
        }

        return false;
    }

    /// <summary>Asks the processor to start loading the entry a word with hash <paramref name="hash"/> maps to (what
    /// <see cref="TryFind"/> and a hit's <see cref="Sums"/> and <see cref="Roles"/> read): the entries lie at random in
    /// some 14 MB when the cache is full, and a hit would otherwise wait for each of its arrays in turn.</summary>
    public unsafe void Prefetch(uint hash)
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        int entry = (int)(hash & (uint)(_entries - 1));
        Sse.Prefetch0(Unsafe.AsPointer(ref _lengths[entry]));
        Sse.Prefetch0(Unsafe.AsPointer(ref _kinds[entry]));
        Sse.Prefetch0(Unsafe.AsPointer(ref _uses[entry]));
        PrefetchRange(ref _text[entry * MaxLength], MaxLength * sizeof(char));
        if (_sums.Length > 0)
        {
            PrefetchRange(ref Unsafe.As<int, byte>(ref _sums[entry * _stages * SumsLength]), _stages * SumsLength * sizeof(int));
            PrefetchRange(ref Unsafe.As<float, byte>(ref _roles[entry * _stages * RolesLength]), _stages * RolesLength * sizeof(float));
        }

        static void PrefetchRange<TItem>(ref TItem start, int bytes)
        {
            ref byte at = ref Unsafe.As<TItem, byte>(ref start);
            for (int b = 0; b < bytes; b += 64)
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref at, b)));
            }

            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref at, bytes - 1)));
        }
    }

    /// <summary>Marks <paramref name="entry"/> as holding the word <paramref name="text"/> of kind <paramref name="kind"/>
    /// (after its sums and roles are written).</summary>
    public void Keep(int entry, ReadOnlySpan<char> text, TokenKind kind)
    {
        text.CopyTo(_text.AsSpan(entry * MaxLength, MaxLength));
        _lengths[entry] = (byte)text.Length;
        _kinds[entry] = kind;
        _uses[entry] = 1;
    }

    /// <summary>The code sums of the word's own features for stage <paramref name="stage"/> (<see cref="NameModel.PaddedTags"/> long).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Span<int> Sums(int entry, int stage) => _sums.AsSpan((entry * _stages + stage) * SumsLength, SumsLength);

    /// <summary>The scores the word gives its neighbours for stage <paramref name="stage"/>, one row of
    /// <see cref="NameModel.Tags"/> per role.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Span<float> Roles(int entry, int stage) => _roles.AsSpan((entry * _stages + stage) * RolesLength, RolesLength);
}
