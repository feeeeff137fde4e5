using System.Security.Cryptography;
using CommunityFp.Generator;
using CommunityFp.Registers;

namespace CommunityFp.Generator.Tests;

/// <summary>Every manifest matches its folder: listed files only, required registers present, counts and checksums right.</summary>
[Collection(TinyRunsCollection.Name)]
public sealed class ManifestTests(TinyRuns runs)
{
    [Theory]
    [InlineData(DefectLevel.None)]
    [InlineData(DefectLevel.Realistic)]
    [InlineData(DefectLevel.Heavy)]
    public void Every_manifest_lists_exactly_the_folder_s_files_with_their_record_counts_and_sha256(DefectLevel level)
    {
        var (root, summary) = runs.Get(level);
        Assert.NotEmpty(summary.BatchFolders);
        foreach (var folder in summary.BatchFolders)
        {
            var path = Path.Combine(root, folder);
            var manifest = BatchManifest.Read(Path.Combine(path, BatchManifest.FileName));
            Assert.Equal(RegisterCatalog.Format, manifest.Format);
            Assert.Equal(folder[..6], manifest.Scope);
            Assert.Equal(folder[7..17], manifest.AsOf);
            Assert.EndsWith("+08:00", manifest.ExportedAt);
            Assert.True(manifest.ExportedLocalDate() > manifest.AsOfDate());
            var onDisk = Directory.EnumerateFiles(path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(manifest.Files.Keys.Append(BatchManifest.FileName).Order(StringComparer.Ordinal), onDisk);
            foreach (var register in RegisterCatalog.RequiredRegisters) Assert.Contains(register.FileName, manifest.Files.Keys);
            foreach (var (name, entry) in manifest.Files)
            {
                var bytes = File.ReadAllBytes(Path.Combine(path, name));
                Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), entry.Sha256);
                var text = BatchEncoding.Resolve(manifest.Encoding)!.GetString(bytes).TrimStart('\uFEFF');
                Assert.Equal(entry.Rows, Rfc4180.Parse(text).Count - 1);
            }
        }
    }

    [Fact]
    public void Summary_lists_sorted_batch_folders_and_counts_every_record()
    {
        var (root, summary) = runs.Get(DefectLevel.Realistic);
        Assert.Equal(summary.BatchFolders.Order(StringComparer.Ordinal), summary.BatchFolders);
        Assert.Equal(summary.Batches, summary.BatchFolders.Count);
        var rows = summary.BatchFolders.Sum(f => BatchManifest.Read(Path.Combine(root, f, BatchManifest.FileName)).Files.Values.Sum(e => e.Rows));
        Assert.Equal(summary.Rows, rows);
        Assert.DoesNotContain(Directory.EnumerateFiles(root, "*.csv", SearchOption.AllDirectories),
            p => !summary.BatchFolders.Contains(Path.GetRelativePath(root, Path.GetDirectoryName(p)!).Replace('\\', '/')));
    }

    [Fact]
    public void Realistic_exports_include_quoted_line_breaks_crlf_bom_and_a_shuffled_column_order()
    {
        var (_, summary) = runs.Get(DefectLevel.Realistic);
        var kinds = summary.InjectedDefects.Select(d => d.Kind).ToHashSet();
        Assert.Contains(DefectKinds.QuotedLineBreak, kinds);
        Assert.Contains(DefectKinds.ColumnOrder, kinds);
        Assert.Contains(DefectKinds.Gb18030, kinds);
        Assert.Contains(DefectKinds.Resent, kinds);
    }

    [Fact]
    public void Without_defects_no_defect_is_injected()
    {
        var (_, summary) = runs.Get(DefectLevel.None);
        Assert.Empty(summary.InjectedDefects);
        Assert.DoesNotContain(summary.BatchFolders, f => f.EndsWith("_v2", StringComparison.Ordinal));
    }
}
