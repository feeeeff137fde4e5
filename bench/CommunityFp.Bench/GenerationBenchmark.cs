using CommunityFp.Generator;

namespace CommunityFp.Bench;

/// <summary>Time and peak memory of generating a scale with realistic defects.</summary>
public static class GenerationBenchmark
{
    public static string Run(string scale, string work)
    {
        if (Directory.Exists(work)) Directory.Delete(work, true);
        GenerationSummary? summary = null;
        var m = Measurement.Of($"generate {scale}", () =>
            summary = RegisterGenerator.Generate(new GeneratorOptions(Enum.Parse<GeneratorScale>(scale, ignoreCase: true), work)));
        var bytes = Directory.EnumerateFiles(work, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        Directory.Delete(work, true);
        return $"| step | time | peak memory |\n|---|---|---|\n{m}\n\n{summary!.Batches} batches, {summary.Rows:N0} rows, {bytes / 1048576.0:N0} MB written, {summary.Rows / m.Elapsed.TotalSeconds:N0} rows/s";
    }
}
