using System.Runtime.InteropServices;

namespace ChainGraph.Storage.Sqlite;

/// <summary>
/// The SQLite calls of the bulk paths (bind, step, read a number), declared on the raw statement pointer against the
/// native library SQLitePCL itself loads (<c>e_sqlite3</c>).
/// </summary>
/// <remarks>
/// Through SQLitePCL every call passes a SafeHandle, and the runtime adds and releases a reference around each one: at
/// 8–11 calls per supply row that was ~5% of an import and ~9% of a reload (perf, issue 16). The owners
/// (<see cref="Upsert"/>, <see cref="RawQuery"/>) keep their SafeHandle alive until they are disposed, so the pointer
/// stays valid. Calls that only touch memory skip the GC transition; <see cref="Step"/> does I/O and keeps it.
/// </remarks>
internal static class NativeStatement
{
    private const string Library = "e_sqlite3";

    /// <summary>SQLITE_TRANSIENT: SQLite copies the bound text before the call returns.</summary>
    private static readonly IntPtr Transient = new(-1);

    [DllImport(Library, EntryPoint = "sqlite3_step", ExactSpelling = true)]
    public static extern int Step(IntPtr statement);

    [DllImport(Library, EntryPoint = "sqlite3_reset", ExactSpelling = true)]
    public static extern int Reset(IntPtr statement);

    [DllImport(Library, EntryPoint = "sqlite3_changes", ExactSpelling = true), SuppressGCTransition]
    public static extern int Changes(IntPtr db);

    [DllImport(Library, EntryPoint = "sqlite3_bind_int64", ExactSpelling = true), SuppressGCTransition]
    public static extern int BindInt64(IntPtr statement, int index, long value);

    [DllImport(Library, EntryPoint = "sqlite3_bind_double", ExactSpelling = true), SuppressGCTransition]
    public static extern int BindDouble(IntPtr statement, int index, double value);

    [DllImport(Library, EntryPoint = "sqlite3_bind_null", ExactSpelling = true), SuppressGCTransition]
    public static extern int BindNull(IntPtr statement, int index);

    /// <summary>Binds UTF-8 text (copied by SQLite).</summary>
    public static int BindText(IntPtr statement, int index, ReadOnlySpan<byte> utf8) =>
        BindText(statement, index, ref MemoryMarshal.GetReference(utf8), utf8.Length, Transient);

    [DllImport(Library, EntryPoint = "sqlite3_column_type", ExactSpelling = true), SuppressGCTransition]
    public static extern int ColumnType(IntPtr statement, int column);

    [DllImport(Library, EntryPoint = "sqlite3_column_int64", ExactSpelling = true), SuppressGCTransition]
    public static extern long ColumnInt64(IntPtr statement, int column);

    [DllImport(Library, EntryPoint = "sqlite3_column_double", ExactSpelling = true), SuppressGCTransition]
    public static extern double ColumnDouble(IntPtr statement, int column);

    [DllImport(Library, EntryPoint = "sqlite3_bind_text", ExactSpelling = true), SuppressGCTransition]
    private static extern int BindText(IntPtr statement, int index, ref byte utf8, int length, IntPtr destructor);
}
