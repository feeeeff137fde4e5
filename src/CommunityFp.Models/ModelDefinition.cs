namespace CommunityFp.Models;

/// <summary>One SQL model: <c>sql/&lt;layer&gt;/&lt;name&gt;.sql</c> and its description file <c>&lt;name&gt;.yml</c>.</summary>
/// <param name="Name">The model's name: its file stem, and the warehouse object it builds.</param>
/// <param name="Layer">staging, core or marts.</param>
/// <param name="Description">What it holds, for <c>cfp models</c> and newcomers.</param>
/// <param name="Materialization">View, table or incremental table.</param>
/// <param name="DependsOn">The models (and warehouse tables, as <c>source:</c>) it reads.</param>
/// <param name="Sources">Warehouse tables loaded by the ETL that it reads directly (staging models only).</param>
/// <param name="Sql">The model's select (a CTE chain ending in one final select).</param>
/// <param name="Tests">Its data tests.</param>
/// <param name="IncrementalKey">For incremental models: the date column compared with <c>rebuild_from</c>.</param>
public sealed record ModelDefinition(
    string Name,
    string Layer,
    string Description,
    Materialization Materialization,
    IReadOnlyList<string> DependsOn,
    IReadOnlyList<string> Sources,
    string Sql,
    IReadOnlyList<DataTest> Tests,
    string? IncrementalKey = null);
