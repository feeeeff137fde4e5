using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using CommunityFp.Dashboard.Hosting;
using CommunityFp.Etl;
using CommunityFp.Generator;
using CommunityFp.Models;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityFp.Dashboard.Tests.Uploads;

/// <summary>
/// A warehouse of its own for the upload tests (they write to it): the tiny world's January 2007 (seed 7, no defects)
/// loaded and built; February 2007 is left to be uploaded. Served by its own dashboard on a free port.
/// </summary>
public sealed partial class UploadWorld : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "cfp-upload-tests-" + Guid.NewGuid().ToString("N"));
    public string DatabasePath => Path.Combine(Root, "warehouse.duckdb");

    /// <summary>The February batch folder (not loaded yet) and its scope (the tiny world's district).</summary>
    public string FebruaryBatch { get; }
    public string Scope { get; }
    public UploadFactory Factory { get; }

    public UploadWorld()
    {
        var batches = Path.Combine(Root, "batches");
        var summary = RegisterGenerator.Generate(new GeneratorOptions(GeneratorScale.Tiny, batches, Seed: 7,
            From: new YearMonth(2007, 1), To: new YearMonth(2007, 2), Defects: DefectLevel.None));
        var folders = summary.BatchFolders.Select(f => Path.Combine(batches, f)).ToList();
        FebruaryBatch = folders.Single(f => Path.GetFileName(f).StartsWith("2007-02", StringComparison.Ordinal));
        Scope = Path.GetFileName(Path.GetDirectoryName(FebruaryBatch)!);
        using (var loader = WarehouseLoader.Open(DatabasePath))
        {
            loader.Load(folders.Where(f => f != FebruaryBatch).ToList());
            ModelBuilder.BuildWarehouse(loader.Connection, ModelCatalog.LoadProductModels(), null);
        }
        Factory = new UploadFactory(DatabasePath);
    }

    /// <summary>A batch folder zipped as an office would (the folder itself at the archive's root).</summary>
    public static byte[] Zip(string batchFolder)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var file in Directory.EnumerateFiles(batchFolder))
                zip.CreateEntryFromFile(file, Path.GetFileName(batchFolder) + "/" + Path.GetFileName(file));
        return memory.ToArray();
    }

    /// <summary>A copy of a batch folder (to damage it).</summary>
    public string Copy(string batchFolder, string name)
    {
        var target = Path.Combine(Root, "copies", name, Path.GetFileName(batchFolder));
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(batchFolder)) File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        return target;
    }

    /// <summary>Posts a zip to /upload as the upload page's form does; returns the redirect's report id (or the response).</summary>
    public async Task<HttpResponseMessage> Upload(HttpClient client, byte[] zip, string fileName)
    {
        var page = await client.GetStringAsync("upload");
        var token = WebUtility.HtmlDecode(AntiforgeryField().Match(page).Groups[1].Value);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(zip), "batch", fileName },
        };
        return await client.PostAsync("upload", form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    public void Dispose()
    {
        Factory.Dispose();
        try { Directory.Delete(Root, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>The dashboard over the upload world's warehouse.</summary>
public sealed class UploadFactory : WebApplicationFactory<Program>
{
    private readonly string _database;

    public UploadFactory(string database)
    {
        _database = database;
        UseKestrel(0);
        StartServer();
    }

    public Uri BaseAddress => new(Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
        .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal) + "/");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(DashboardApp.DatabaseKey, _database);
        builder.UseEnvironment("Development");
    }

    public async Task<HttpClient> SignedInClient(string userName)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = BaseAddress };
        var response = await DashboardFactory.SignIn(client, userName, $"demo-{userName}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}

[CollectionDefinition(Name)]
public sealed class UploadCollection : ICollectionFixture<UploadWorld>
{
    public const string Name = "upload world";
}
