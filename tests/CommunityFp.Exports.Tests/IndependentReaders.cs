using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

namespace CommunityFp.Exports.Tests;

/// <summary>
/// The readers that share no code with the writers: npm <c>apache-arrow</c> for Arrow IPC and <c>hyparquet</c> for
/// Parquet, installed once per test run with <c>npm ci</c> from the committed lock file. Node is required: without
/// it the tests fail and say so.
/// </summary>
public sealed class IndependentReaders
{
    public IndependentReaders()
    {
        Directory = typeof(IndependentReaders).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "ReadersDirectory").Value!;
        var (code, _, error) = Run("npm", "ci --no-audit --no-fund --prefer-offline", TimeSpan.FromMinutes(3));
        if (code != 0) throw new InvalidOperationException($"`npm ci` in {Directory} failed ({code}): {error}");
    }

    public string Directory { get; }

    public JsonElement ReadArrow(string path) => Node("read-arrow.mjs", path);

    public JsonElement ReadParquet(string path) => Node("read-parquet.mjs", path);

    /// <summary>Runs a JavaScript snippet (ES module) in the readers' folder and returns what it printed.</summary>
    public string Eval(string script)
    {
        var file = Path.Combine(Directory, $"eval-{Guid.NewGuid():N}.mjs");
        File.WriteAllText(file, script);
        try
        {
            var (code, output, error) = Run("node", file, TimeSpan.FromMinutes(1));
            if (code != 0) throw new InvalidOperationException($"node failed ({code}): {error}");
            return output;
        }
        finally { File.Delete(file); }
    }

    private JsonElement Node(string script, string path)
    {
        var (code, output, error) = Run("node", $"{script} \"{path}\"", TimeSpan.FromMinutes(1));
        if (code != 0) throw new InvalidOperationException($"node {script} {path} failed ({code}): {error}");
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    private (int Code, string Output, string Error) Run(string program, string arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"`{program}` is not installed: the export tests need Node.js 20+ and npm to run the independent readers ({e.Message})", e);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{program} {arguments} ran longer than {timeout}");
            }
            return (process.ExitCode, output.Result, error.Result);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ReadersCollection : ICollectionFixture<IndependentReaders>
{
    public const string Name = "independent readers";
}
