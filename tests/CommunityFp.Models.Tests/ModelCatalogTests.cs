namespace CommunityFp.Models.Tests;

public class ModelCatalogTests : IDisposable
{
    private readonly SqlFolder _sql = new();

    [Fact]
    public void Models_are_ordered_after_what_they_read()
    {
        _sql.Model("marts", "a_mart", "select * from z_core", "description: mart\ndepends_on: [z_core]")
            .Model("core", "z_core", "select * from m_staging", "description: core\ndepends_on: [m_staging]")
            .Model("staging", "m_staging", "select 1 as x from raw_table", "description: staging\nsources: [raw_table]");
        Assert.Equal(["m_staging", "z_core", "a_mart"], _sql.Catalog().Models.Select(m => m.Name));
    }

    [Fact]
    public void A_cycle_is_an_error_naming_the_models()
    {
        _sql.Model("core", "a", "select * from b", "description: a\ndepends_on: [b]")
            .Model("core", "b", "select * from a", "description: b\ndepends_on: [a]");
        var e = Assert.Throws<ModelDefinitionException>(() => _sql.Catalog());
        Assert.Contains("cycle", e.Message);
        Assert.Contains("a → b → a", e.Message);
    }

    [Fact]
    public void A_dependency_that_is_not_a_model_is_an_error_naming_the_model()
    {
        _sql.Model("core", "a", "select 1 as x", "description: a\ndepends_on: [missing_model]");
        var e = Assert.Throws<ModelDefinitionException>(() => _sql.Catalog());
        Assert.Equal("a", e.Model);
        Assert.Contains("missing_model", e.Message);
    }

    [Fact]
    public void Reading_a_model_without_declaring_it_is_an_error()
    {
        _sql.Model("staging", "s", "select 1 as x", "description: s")
            .Model("core", "c", "with t as (select * from s) select * from t", "description: c");
        var e = Assert.Throws<ModelDefinitionException>(() => _sql.Catalog());
        Assert.Contains("does not list it in depends_on", e.Message);
    }

    [Fact]
    public void Reading_an_unknown_table_is_an_error() =>
        Assert.Contains("neither a model",
            Assert.Throws<ModelDefinitionException>(() => _sql.Model("core", "c", "select * from nowhere", "description: c").Catalog()).Message);

    [Fact]
    public void A_model_without_its_description_file_is_an_error()
    {
        _sql.Model("core", "c", "select 1", "description: c");
        File.Delete(Path.Combine(_sql.Path, "core", "c.yml"));
        Assert.Contains("c.yml", Assert.Throws<ModelDefinitionException>(() => _sql.Catalog()).Message);
    }

    [Fact]
    public void An_earlier_layer_may_not_read_a_later_one()
    {
        _sql.Model("marts", "m", "select 1 as x", "description: m")
            .Model("core", "c", "select * from m", "description: c\ndepends_on: [m]");
        Assert.Contains("later layer", Assert.Throws<ModelDefinitionException>(() => _sql.Catalog()).Message);
    }

    [Fact]
    public void A_dirty_key_model_may_read_its_dirty_table_and_needs_its_inputs_declared()
    {
        const string sql = "select * from s where not getvariable('dirty_only') or (k) in (select k from c__dirty)";
        _sql.Model("staging", "s", "select 1 as k, date '2007-01-01' as d", "description: s\nchanges_key: [k]\nchanges_from: min(d)\ntests:\n  - unique: [k]")
            .Model("core", "c", sql, "description: c\nmaterialized: incremental\nincremental_key: d\ndirty_key: [k]\ndirty_inputs:\n  s: [k]\ndepends_on: [s]");
        var model = _sql.Catalog().Models.Single(m => m.Name == "c");
        Assert.Equal(["k"], model.DirtyKey!);
        Assert.Equal(["k"], model.DirtyInputs!["s"]);

        _sql.Model("core", "c", sql, "description: c\nmaterialized: incremental\nincremental_key: d\ndirty_key: [k]\ndirty_inputs:\n  t: [k]\ndepends_on: [s]");
        Assert.Contains("not in depends_on", Assert.Throws<ModelDefinitionException>(() => _sql.Catalog()).Message);
        _sql.Model("core", "c", sql, "description: c\nmaterialized: incremental\nincremental_key: d\ndirty_key: [k]\ndepends_on: [s]");
        Assert.Contains("dirty_inputs", Assert.Throws<ModelDefinitionException>(() => _sql.Catalog()).Message);
        _sql.Model("core", "c", sql, "description: c\nmaterialized: table\ndirty_key: [k]\ndirty_inputs:\n  s: [k]\ndepends_on: [s]");
        Assert.Contains("incremental", Assert.Throws<ModelDefinitionException>(() => _sql.Catalog()).Message);
    }

    [Fact]
    public void A_changed_records_table_may_read_its_dirty_table_and_its_declaration_is_checked()
    {
        const string sql = "select scope, record_key as visit_id from hist_followups where not getvariable('dirty_only') or (scope, record_key) in (select scope, record_key from s__dirty)";
        _sql.Model("staging", "s", sql, "description: s\nchanged_records: {register: followups, key: [scope, visit_id], versions: latest}\nsources: [hist_followups]");
        var records = _sql.Catalog().Models.Single().ChangedRecords!;
        Assert.Equal(("followups", false), (records.Register, records.EveryKnownVersion));
        Assert.Equal(["scope", "visit_id"], records.Key);

        foreach (var bad in new[]
                 {
                     "{register: followups, key: [visit_id], versions: latest}",          // the key is scope and record id
                     "{register: followups, key: [scope, visit_id], versions: newest}",  // latest or every_known
                     "{key: [scope, visit_id], versions: latest}",                        // no register
                 })
        {
            _sql.Model("staging", "s", sql, $"description: s\nchanged_records: {bad}\nsources: [hist_followups]");
            Assert.Contains("changed_records is", Assert.Throws<ModelDefinitionException>(() => _sql.Catalog()).Message);
        }
        _sql.Model("staging", "s", sql, "description: s\nmaterialized: view\nchanged_records: {register: followups, key: [scope, visit_id], versions: latest}\nsources: [hist_followups]");
        Assert.Contains("for a table", Assert.Throws<ModelDefinitionException>(() => _sql.Catalog()).Message);
    }

    [Fact]
    public void Every_product_changed_records_table_is_keyed_by_its_unique_test()
    {
        // the record key is the table's unique key: the replaced rows are paired with their new versions on it, and
        // its unique test then reads only the recomputed records
        var tables = ModelCatalog.LoadProductModels().Models.Where(m => m.ChangedRecords is not null).ToList();
        Assert.Equal(11, tables.Count);
        Assert.All(tables, m => Assert.Equal(m.ChangedRecords!.Key, m.UniqueKey));
    }

    public void Dispose() => _sql.Dispose();
}
