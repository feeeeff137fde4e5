namespace CommunityFp.Etl.Staging;

/// <summary>
/// The valid rows of one register in the last batch version of a scope that this loader loaded: for each record's
/// canonical form (<see cref="CanonicalRecordForm"/>: its XxHash128) the record_key it was loaded under. A record
/// with the same canonical form in the next batch, under a header of the same <see cref="Signature"/>, is stored as
/// the same typed row and passes the row-local checks the same way, so it need not be read again.
/// <see cref="Entry.Warned"/> rows are always read again (their warnings are re-derived).
/// </summary>
internal sealed class RegisterSnapshot(string signature, Dictionary<UInt128, RegisterSnapshot.Entry> entries)
{
    /// <summary>
    /// The <see cref="CanonicalRecordForm.Signature"/> of the file (the form's version and the extra columns in
    /// order): another signature means no reuse. Column order and date layout may differ.
    /// </summary>
    public string Signature { get; } = signature;

    /// <summary>Canonical-form hash → the loaded row. Mutated in place by the next load of the scope.</summary>
    public Dictionary<UInt128, Entry> Entries { get; } = entries;

    /// <summary>
    /// What changed from the previous batch's snapshot (entries to delete, then entries to write again from
    /// <see cref="Entries"/>); null = the register was read whole and its stored snapshot is rewritten.
    /// </summary>
    public (List<UInt128> Removed, List<UInt128> Added)? Changes { get; init; }

    /// <param name="Key">The record_key the row was loaded under.</param>
    /// <param name="Warned">The row had a warning: read it again rather than reuse it.</param>
    /// <param name="Stamp">The load that last found it (see <see cref="RecordReuse"/>).</param>
    /// <param name="Record">The record index it was found at in that load; -1 = written more than once, not reusable.</param>
    public record struct Entry(string Key, bool Warned, int Stamp, int Record);
}

/// <summary>A scope's <see cref="RegisterSnapshot"/>s after the batch version <see cref="VersionOrd"/>.</summary>
internal sealed class ScopeSnapshot(long versionOrd, string orgFingerprint, Dictionary<string, RegisterSnapshot> registers)
{
    public long VersionOrd { get; } = versionOrd;

    /// <summary>The batch's valid org units ("code:level,…" by code): what the reused rows' org references were checked against.</summary>
    public string OrgFingerprint { get; } = orgFingerprint;

    /// <summary>By register name; a register without one is read whole next time.</summary>
    public Dictionary<string, RegisterSnapshot> Registers { get; } = registers;
}
