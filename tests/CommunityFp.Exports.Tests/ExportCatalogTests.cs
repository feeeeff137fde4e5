using CommunityFp.Exports.Catalog;

namespace CommunityFp.Exports.Tests;

public sealed class ExportCatalogTests
{
    private static ExportDefinition Named(string name) => new()
    {
        Name = name, Description = $"the {name} export", Sql = "select 1 as one", Columns = [new("one", "one")],
    };

    [Fact]
    public void List_shows_every_registered_export_by_name()
    {
        var catalog = new ExportCatalog().Register(Named("indicator_values")).Register(Named("assessment_scores"));
        Assert.Equal(["assessment_scores", "indicator_values"], catalog.List().Select(d => d.Name));
        Assert.Equal("the indicator_values export", catalog.Get("indicator_values").Description);
    }

    [Fact]
    public void A_name_is_registered_once()
    {
        var catalog = new ExportCatalog().Register(Named("indicator_values"));
        Assert.Throws<ArgumentException>(() => catalog.Register(Named("indicator_values")));
    }

    [Fact]
    public void An_unknown_name_lists_the_choices()
    {
        var catalog = new ExportCatalog().Register(Named("indicator_values"));
        var error = Assert.Throws<KeyNotFoundException>(() => catalog.Get("births"));
        Assert.Contains("indicator_values", error.Message);
    }
}
