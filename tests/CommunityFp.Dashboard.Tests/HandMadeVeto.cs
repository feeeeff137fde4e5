using DuckDB.NET.Data;

namespace CommunityFp.Dashboard.Tests;

/// <summary>
/// The tiny world (seed 7) has no one-vote veto in 2007, so the fixture makes one by hand before assessing: the
/// first 2007 birth of a community of the second street becomes a third birth without a valid certificate
/// (core_birth_checks), and the yearly <c>third_plus_births_without_certificate</c> count of that community and of
/// every unit above it goes up by one (indicator_values). <c>cfp assess</c>'s own code then finds the veto, its
/// evidence (that birth record) and its propagation to the street, exactly as it would for a real one.
/// </summary>
public sealed record HandMadeVeto(string Community, string Street, string RecordId, DateOnly RecordDate)
{
    public const string Rule = "illegal_multiple_birth";
    public const string Register = "births";

    internal static HandMadeVeto Make(DuckDBConnection c, string street)
    {
        using var pick = c.CreateCommand();
        pick.CommandText = """
            select cast(scope as varchar), cast(birth_id as varchar), cast(community_code as varchar), birth_date
            from core_birth_checks
            where year(birth_date) = 2007 and starts_with(cast(community_code as varchar), $street)
            order by community_code, birth_date, birth_id limit 1
            """;
        pick.Parameters.Add(new DuckDBParameter("street", street));
        string scope, id, community;
        DateOnly date;
        using (var r = pick.ExecuteReader())
        {
            if (!r.Read()) throw new InvalidOperationException($"no 2007 birth in street {street}: the hand-made veto needs one");
            (scope, id, community, date) = (r.GetString(0), r.GetString(1), r.GetString(2), r.GetFieldValue<DateOnly>(3));
        }
        Execute(c, "update core_birth_checks set birth_order = 3, has_valid_certificate = false where cast(scope as varchar) = $scope and cast(birth_id as varchar) = $id",
            new DuckDBParameter("scope", scope), new DuckDBParameter("id", id));
        Execute(c, """
            update indicator_values set numerator = numerator + 1
            where indicator = 'third_plus_births_without_certificate' and period_type = 'year' and period = '2007'
              and starts_with($community, org_code)
            """, new DuckDBParameter("community", community));
        return new HandMadeVeto(community, street, id, date);
    }

    private static void Execute(DuckDBConnection c, string sql, params DuckDBParameter[] parameters)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var p in parameters) cmd.Parameters.Add(p);
        if (cmd.ExecuteNonQuery() == 0) throw new InvalidOperationException("the hand-made veto changed no row: " + sql);
    }
}
