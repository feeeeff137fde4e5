using CommunityFp.Registers;
using DuckDB.NET.Data;

namespace CommunityFp.Etl.Staging;

/// <summary>
/// The latest appended batch's <see cref="ScopeSnapshot"/> of each scope, kept in the warehouse so that a new
/// process (a monthly <c>cfp load</c>) reuses unchanged records too. Written in the batch's transaction (a change
/// set per register; a register read whole is rewritten), so it always describes a committed version; a snapshot
/// whose version is not the new batch's predecessor is ignored. It is a cache: no history reads it.
/// </summary>
internal static class ReuseStore
{
    public const string Ddl = """
        create table if not exists etl_reuse_scopes (scope varchar not null, version_ord bigint not null, org_fingerprint varchar not null);
        -- header: the file's canonical-form signature (CanonicalRecordForm.Signature; named header in earlier versions).
        create table if not exists etl_reuse_registers (scope varchar not null, register varchar not null, header varchar not null);
        create table if not exists etl_reuse_records (
            scope varchar not null, register varchar not null,
            hash_hi ubigint not null, hash_lo ubigint not null,   -- XxHash128 of the record's canonical form
            record_key varchar not null, warned boolean not null);
        """;

    /// <summary>The stored snapshot of <paramref name="scope"/> when it describes version <paramref name="pred"/>, else null.</summary>
    public static ScopeSnapshot? Load(DuckDBConnection c, string scope, long pred)
    {
        var head = Db.Rows(c, "select version_ord, org_fingerprint from etl_reuse_scopes where scope = $1", scope);
        if (head.Count != 1 || Convert.ToInt64(head[0][0]) != pred) return null;
        var registers = new Dictionary<string, RegisterSnapshot>(StringComparer.Ordinal);
        foreach (var row in Db.Rows(c, """
            select x.register, x.header, (select count(*) from etl_reuse_records r where r.scope = x.scope and r.register = x.register)
            from etl_reuse_registers x where x.scope = $1
            """, scope))
            registers[(string)row[0]!] = new RegisterSnapshot((string)row[1]!,
                new Dictionary<UInt128, RegisterSnapshot.Entry>((int)Convert.ToInt64(row[2])));
        using var cmd = c.CreateCommand();
        cmd.CommandText = "select register, hash_hi, hash_lo, record_key, warned from etl_reuse_records where scope = $1";
        cmd.Parameters.Add(new DuckDBParameter(scope));
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
            if (registers.TryGetValue(reader.GetString(0), out var r))
                r.Entries[new UInt128(reader.GetFieldValue<ulong>(1), reader.GetFieldValue<ulong>(2))] =
                    new RegisterSnapshot.Entry(reader.GetString(3), reader.GetBoolean(4), 0, 0);
        return new ScopeSnapshot(pred, (string)head[0][1]!, registers);
    }

    /// <summary>Stores <paramref name="next"/> as the scope's snapshot (inside the batch's transaction).</summary>
    public static void Save(DuckDBConnection c, string scope, ScopeSnapshot next)
    {
        Db.Exec(c, "delete from etl_reuse_scopes where scope = $1", scope);
        Db.Exec(c, "insert into etl_reuse_scopes values ($1, $2, $3)", scope, next.VersionOrd, next.OrgFingerprint);
        foreach (var r in RegisterCatalog.All)
        {
            next.Registers.TryGetValue(r.Name, out var snapshot);
            if (snapshot?.Changes is { } changes)
            {
                Db.Exec(c, "create or replace temp table reuse_gone (hi ubigint not null, lo ubigint not null)");
                using (var gone = c.CreateAppender("temp", "main", "reuse_gone"))
                    foreach (var h in changes.Removed) gone.CreateRow().AppendValue((ulong)(h >> 64)).AppendValue((ulong)h).EndRow();
                if (changes.Removed.Count > 0)
                    Db.Exec(c, """
                        delete from etl_reuse_records r using reuse_gone g
                        where r.scope = $1 and r.register = $2 and r.hash_hi = g.hi and r.hash_lo = g.lo
                        """, scope, r.Name);
                Append(c, scope, r.Name, snapshot.Entries, changes.Added);
                continue;
            }
            Db.Exec(c, "delete from etl_reuse_records where scope = $1 and register = $2", scope, r.Name);
            Db.Exec(c, "delete from etl_reuse_registers where scope = $1 and register = $2", scope, r.Name);
            if (snapshot is null) continue;
            Db.Exec(c, "insert into etl_reuse_registers values ($1, $2, $3)", scope, r.Name, snapshot.Signature);
            Append(c, scope, r.Name, snapshot.Entries, snapshot.Entries.Keys);
        }
        Db.Exec(c, "drop table if exists temp.reuse_gone");
    }

    private static void Append(DuckDBConnection c, string scope, string register,
        Dictionary<UInt128, RegisterSnapshot.Entry> entries, IEnumerable<UInt128> hashes)
    {
        using var appender = c.CreateAppender("etl_reuse_records");
        foreach (var h in hashes)
        {
            var e = entries[h];
            appender.CreateRow().AppendValue(scope).AppendValue(register)
                .AppendValue((ulong)(h >> 64)).AppendValue((ulong)h).AppendValue(e.Key).AppendValue(e.Warned).EndRow();
        }
    }
}
