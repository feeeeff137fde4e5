namespace CommunityFp.Generator;

/// <summary>How much territory and time a generation covers (see <see cref="ScaleProfile"/>).</summary>
public enum GeneratorScale { Tiny, Demo, City }

/// <summary>How many of the defects real exports have are injected.</summary>
public enum DefectLevel
{
    /// <summary>Clean UTF-8, canonical layout, no re-sends, no row errors, no warnings.</summary>
    None,

    /// <summary>What real exports have: late reports, corrections, deletions, malformed rows, GB18030, re-sends.</summary>
    Realistic,

    /// <summary>Many more of every defect, to stress the ETL.</summary>
    Heavy,
}

/// <summary>Arguments of one generation; the same options always give byte-identical output.</summary>
public sealed record GeneratorOptions(
    GeneratorScale Scale,
    string OutputDirectory,
    int Seed = 20070101,
    YearMonth? From = null,
    YearMonth? To = null,
    DefectLevel Defects = DefectLevel.Realistic);

/// <summary>Reported after each batch folder is complete.</summary>
public sealed record GenerationProgress(string Scope, string AsOf, int BatchesDone, int BatchesTotal, long RowsWritten);

/// <summary>What a generation wrote.</summary>
/// <param name="Batches">Batch folders written (re-sent versions included).</param>
/// <param name="Rows">CSV records written over all files (headers excluded).</param>
/// <param name="BatchFolders">Batch folders relative to the output directory, '/'-separated, sorted ordinally.</param>
public sealed record GenerationSummary(int Batches, long Rows, IReadOnlyList<string> BatchFolders)
{
    /// <summary>Every defect deliberately injected, sorted (empty with <see cref="DefectLevel.None"/>).</summary>
    public IReadOnlyList<InjectedDefect> InjectedDefects { get; init; } = [];
}

/// <summary>
/// One deliberately injected defect, for tests of the ETL. <paramref name="Kind"/> is one of
/// <see cref="DefectKinds"/>; row-level defects name the file, record id and physical line (header = 1),
/// batch-level ones (encoding, re-send, late export …) leave them empty.
/// </summary>
public sealed record InjectedDefect(string BatchFolder, string Kind, string? File = null, string? RecordId = null, long Line = 0);
