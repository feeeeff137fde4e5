namespace CommunityFp.Models;

/// <summary>How a model is kept in the warehouse.</summary>
public enum Materialization
{
    /// <summary>A view: recomputed on every read; for thin renames and filters.</summary>
    View,

    /// <summary>A table rebuilt from scratch on every build.</summary>
    Table,

    /// <summary>
    /// A table rebuilt only for the partitions whose inputs changed: the model's SQL reads the
    /// <c>build_context</c>'s <c>rebuild_from</c> date and returns rows on or after it; older rows are kept.
    /// </summary>
    Incremental,
}
