using CommunityFp.Etl.Tests.Support;

namespace CommunityFp.Etl.Tests;

/// <summary>registers.md "encoding": UTF-8 with or without BOM, GB18030 (GBK, GB2312 names) transcoded in C#.</summary>
public sealed class EncodingTests(TempRoot root) : IClassFixture<TempRoot>
{
    [Theory]
    [InlineData("utf-8", false)]
    [InlineData("utf-8", true)]
    [InlineData("gb18030", false)]
    [InlineData("gbk", false)]
    [InlineData("GB2312", false)]
    public void Chinese_names_arrive_intact_in_every_accepted_encoding(string encoding, bool bom)
    {
        var builder = new BatchBuilder { Encoding = encoding, Bom = bom }
            .Add("residents", BatchBuilder.Resident("R9", "欧阳䶮", 2, "1985-01-01"));   // 䶮: a GB18030-only character
        using var loader = WarehouseLoader.Open(root.NewWarehouse());
        var b = Loads.LoadOne(loader, builder.Write(root.NewFolder()));
        Assert.True(b.Result == BatchResult.Loaded, b.Reason);
        Assert.Equal(0, b.RowsQuarantined);
        Assert.Equal(["张秀英", "王建国", "李丽", "赵小红", "欧阳䶮"],
            Warehouse.Lines(loader.Connection, "select name from hist_residents order by record_key"));
        Assert.Equal(["吉林市", "昌邑区"], Warehouse.Lines(loader.Connection, "select name from hist_org_units where level <= 2 order by code"));
    }

    [Fact]
    public void A_file_that_is_not_valid_in_its_declared_encoding_is_refused()
    {
        var folder = new BatchBuilder().Write(root.NewFolder());
        var path = Path.Combine(folder, "activities.csv");
        var bytes = File.ReadAllBytes(path).Concat(new byte[] { 0xFF, 0xFE, 0x0A }).ToArray();
        File.WriteAllBytes(path, bytes);
        var manifest = File.ReadAllText(Path.Combine(folder, "manifest.json"));
        var node = System.Text.Json.Nodes.JsonNode.Parse(manifest)!;
        node["files"]!["activities.csv"]!["sha256"] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        node["files"]!["activities.csv"]!["rows"] = 2;
        File.WriteAllText(Path.Combine(folder, "manifest.json"), node.ToJsonString());
        using var loader = WarehouseLoader.Open(root.NewWarehouse());
        var b = Loads.LoadOne(loader, folder);
        Assert.Equal(BatchResult.Refused, b.Result);
        Assert.Equal("activities.csv: is not valid utf-8 text", b.Reason);
    }
}
