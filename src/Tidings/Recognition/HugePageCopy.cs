using System.Runtime.InteropServices;

namespace Tidings.Recognition;

/// <summary>Copies of the recognizer's large read-only tables into native memory aligned to 2 MB, which on Linux is
/// offered to the kernel for transparent huge pages (<c>madvise(MADV_HUGEPAGE)</c>) before it is first touched.</summary>
/// <remarks>Experiment (session 21, issue 17's two speed modes): the tables are read at random, and a table read in
/// place from the mapped assembly lies in 4 KB file-backed pages. The copies live as long as the process, as the
/// embedded tables they copy do; they are made once, by the embedded tables' single loads.</remarks>
internal static unsafe partial class HugePageCopy
{
    private const nuint HugePage = 2 * 1024 * 1024;
    private const int MadviseHugePage = 14;

    /// <summary>A copy of <paramref name="length"/> bytes at <paramref name="source"/> in a 2 MB-aligned native block
    /// (huge pages asked for on Linux; the plain copy if the kernel says no); null when the block cannot be had.</summary>
    public static byte* Of(byte* source, long length)
    {
        if (length <= 0 || length > int.MaxValue)
        {
            return null;
        }

        nuint size = ((nuint)length + HugePage - 1) & ~(HugePage - 1);
        byte* block;
        try
        {
            block = (byte*)NativeMemory.AlignedAlloc(size, HugePage);
        }
        catch (OutOfMemoryException)
        {
            return null;
        }

        if (OperatingSystem.IsLinux())
        {
            try
            {
                _ = Madvise(block, size, MadviseHugePage);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // No libc to ask: the plain copy.
            }
        }

        Buffer.MemoryCopy(source, block, (long)size, length);
        return block;
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(void* address, nuint length, int advice);
}
