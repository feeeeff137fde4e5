using System.IO.Compression;
using System.Text;
using CommunityFp.Dashboard.Uploads;

namespace CommunityFp.Dashboard.Tests.Uploads;

/// <summary>Unpacking an uploaded archive: only inside the target folder, within the limits, one batch.</summary>
public sealed class BatchArchiveTests : IDisposable
{
    private readonly string _target = Path.Combine(Path.GetTempPath(), "cfp-archive-tests-" + Guid.NewGuid().ToString("N"));

    private static MemoryStream Zip(params (string Name, string Text)[] entries)
    {
        var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, text) in entries)
            {
                using var s = zip.CreateEntry(name).Open();
                s.Write(Encoding.UTF8.GetBytes(text));
            }
        memory.Position = 0;
        return memory;
    }

    private string Extract(MemoryStream zip, UploadLimits? limits = null) => BatchArchive.Extract(zip, "up.zip", _target, limits ?? new UploadLimits());

    [Fact]
    public void The_batch_folder_is_the_one_holding_the_manifest()
    {
        var folder = Extract(Zip(("220202/2007-02-28/manifest.json", "{}"), ("220202/2007-02-28/births.csv", "a")));
        Assert.Equal(Path.Combine(_target, "220202", "2007-02-28"), folder);
        Assert.True(File.Exists(Path.Combine(folder, "births.csv")));
    }

    [Theory]
    [InlineData("../evil.txt")]
    [InlineData("a/../../evil.txt")]
    [InlineData("/etc/evil.txt")]
    [InlineData("..\\evil.txt")]
    [InlineData("C:/evil.txt")]
    public void An_entry_that_would_land_outside_the_folder_is_refused(string name)
    {
        var e = Assert.Throws<UploadRefusedException>(() => Extract(Zip(("b/manifest.json", "{}"), (name, "x"))));
        Assert.Contains("inside the batch folder", e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(_target)!, "evil.txt")));
    }

    [Fact]
    public void An_archive_that_unpacks_beyond_the_limit_is_refused()
    {
        var e = Assert.Throws<UploadRefusedException>(() => Extract(Zip(("b/manifest.json", new string('x', 5000))), new UploadLimits(MaxUnpackedBytes: 1000)));
        Assert.Contains("more than the accepted size", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_entries_are_refused() =>
        Assert.Throws<UploadRefusedException>(() => Extract(Zip([.. Enumerable.Range(0, 5).Select(i => ($"b/{i}.csv", "x"))]), new UploadLimits(MaxEntries: 3)));

    [Fact]
    public void Two_batches_in_one_archive_are_refused() =>
        Assert.Contains("one batch at a time", Assert.Throws<UploadRefusedException>(() => Extract(Zip(("a/manifest.json", "{}"), ("b/manifest.json", "{}")))).Message, StringComparison.Ordinal);

    [Fact]
    public void An_archive_without_a_manifest_is_refused() =>
        Assert.Contains("no manifest.json", Assert.Throws<UploadRefusedException>(() => Extract(Zip(("b/births.csv", "x")))).Message, StringComparison.Ordinal);

    [Fact]
    public void Bytes_that_are_not_a_zip_are_refused_with_the_file_name()
    {
        var e = Assert.Throws<UploadRefusedException>(() => Extract(new MemoryStream([1, 2, 3, 4])));
        Assert.Equal("up.zip: not a readable zip archive", e.Message);
    }

    public void Dispose()
    {
        try { Directory.Delete(_target, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
