using System.Globalization;
using CommunityFp.Generator.Core;
using CommunityFp.Generator.Defects;
using CommunityFp.Generator.OrgHierarchy;
using CommunityFp.Generator.Population;
using CommunityFp.Generator.Writing;

namespace CommunityFp.Generator;

/// <summary>
/// Generates synthetic register snapshot batches (format <c>cfp-register-snapshot/1</c>, registers.md): one
/// folder per district scope and month end, <c>DIR/&lt;scope&gt;/&lt;as_of&gt;/</c>, re-sent versions beside
/// it with a <c>_v2</c> suffix. Districts are simulated month by month in lockstep (moves between them are
/// exchanged in a fixed order) and written in parallel; every random draw comes from a stream seeded by
/// (seed, district, purpose), so the same options always give byte-identical output.
/// </summary>
public static class RegisterGenerator
{
    public static GenerationSummary Generate(GeneratorOptions options, IProgress<GenerationProgress>? progress = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var run = GenerationRun.Create(options);
        return run.Execute(progress, ct);
    }
}

/// <summary>One generation: the simulated districts, the defect plan and the months to write.</summary>
internal sealed class GenerationRun
{
    private readonly GeneratorOptions _options;
    private readonly List<DistrictSimulation> _districts;
    private readonly DefectPlanner _planner;
    private readonly int _simFirst, _writeFirst, _writeLast;

    private GenerationRun(GeneratorOptions options, List<DistrictSimulation> districts, DefectPlanner planner,
        int simFirst, int writeFirst, int writeLast)
    {
        _options = options;
        _districts = districts;
        _planner = planner;
        _simFirst = simFirst;
        _writeFirst = writeFirst;
        _writeLast = writeLast;
    }

    internal IReadOnlyList<DistrictSimulation> Districts => _districts;

    public static GenerationRun Create(GeneratorOptions options)
    {
        var profile = ScaleProfile.For(options.Scale);
        var from = options.From ?? profile.DefaultFrom;
        var to = options.To ?? profile.DefaultTo;
        if (from > to) throw new ArgumentException($"--from {from} is after --to {to}", nameof(options));
        if (from.Year < 1990 || to.Year > 2035) throw new ArgumentException("months must lie between 1990 and 2035", nameof(options));
        // The world always starts at the scale's first month (or earlier), so narrowing the months writes fewer
        // batches of the same world rather than a different one.
        var simFrom = from < profile.DefaultFrom ? from : profile.DefaultFrom;
        var firstDay = simFrom.FirstDay.DayNumber;
        var lastDay = to.LastDay.DayNumber;
        var defects = new SourceDefects(options.Defects);
        var settings = new SimulationSettings(firstDay, lastDay, defects);
        var codes = profile.Districts.Order().ToArray();
        var districts = new List<DistrictSimulation>();
        foreach (var code in codes)
        {
            var residents = (int)Math.Round(profile.Residents * profile.ShareOf(code));
            // Reorganisations are planned over the scale's own period, so --from/--to never change the world.
            var org = DistrictOrg.Build(code, residents, profile, profile.DefaultFrom.FirstDay.DayNumber,
                profile.DefaultTo.LastDay.DayNumber, new Rng(options.Seed, code, 1));
            var state = new DistrictState(code, org, settings, new Rng(options.Seed, code, 2), new Rng(options.Seed, code, 3));
            districts.Add(new DistrictSimulation(state, codes.Where(c => c != code).ToArray()));
        }
        var planner = new DefectPlanner(options.Defects, options.Seed, codes, from.Ordinal, to.Ordinal);
        return new GenerationRun(options, districts, planner, simFrom.Ordinal, from.Ordinal, to.Ordinal);
    }

    /// <summary>First simulated month (ordinal); the world starts on its first day.</summary>
    internal int SimulationFirstMonth => _simFirst;

    /// <summary>Builds every district's population on the first day.</summary>
    internal void Initialise(CancellationToken ct = default) =>
        Parallel.ForEach(_districts, Parallelism(ct), d => d.Initialise());

    public GenerationSummary Execute(IProgress<GenerationProgress>? progress, CancellationToken ct)
    {
        Initialise(ct);
        var total = 0;
        for (var m = _writeFirst; m <= _writeLast; m++)
            foreach (var d in _districts) total += _planner.Versions(d.State.Code, m);
        var folders = new List<string>();
        var defects = new List<InjectedDefect>();
        long rows = 0;
        var done = 0;
        for (var month = _simFirst; month <= _writeLast; month++)
        {
            ct.ThrowIfCancellationRequested();
            SimulateMonth(month, ct);
            if (month < _writeFirst) continue;
            var results = new BatchWriter.Result[_districts.Count][];
            Parallel.For(0, _districts.Count, Parallelism(ct), i => results[i] = WriteMonth(_districts[i].State, month));
            foreach (var result in results.SelectMany(r => r))
            {
                folders.Add(result.Folder);
                defects.AddRange(result.Defects);
                rows += result.Rows;
                done++;
                var parts = result.Folder.Split('/');
                progress?.Report(new GenerationProgress(parts[0], parts[1][..10], done, total, rows));
            }
        }
        folders.Sort(StringComparer.Ordinal);
        var sortedDefects = defects.OrderBy(d => d.BatchFolder, StringComparer.Ordinal).ThenBy(d => d.File ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Line).ThenBy(d => d.Kind, StringComparer.Ordinal).ToList();
        return new GenerationSummary(folders.Count, rows, folders) { InjectedDefects = sortedDefects };
    }

    private static ParallelOptions Parallelism(CancellationToken ct) =>
        new() { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount), CancellationToken = ct };

    // Districts simulate independently; households moving between them arrive afterwards, in district order.
    internal void SimulateMonth(int month, CancellationToken ct = default)
    {
        var transfers = new List<Transfer>[_districts.Count];
        Parallel.For(0, _districts.Count, Parallelism(ct), i => transfers[i] = _districts[i].Month(month));
        foreach (var t in transfers.SelectMany(t => t))
            _districts.First(d => d.State.Code == t.ToDistrict).Receive(t);
    }

    private BatchWriter.Result[] WriteMonth(DistrictState state, int month)
    {
        var plan = _planner.Plan(state.Code, month);
        var (_, asOf) = DistrictSimulation.Bounds(month);
        var asOfText = Days.ToDate(asOf).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var scope = state.Code.ToString(CultureInfo.InvariantCulture);
        var rng = new Rng(plan.Seed, 3);
        var exported = ExportTime(asOf, plan.ExportDelayDays, rng);
        var first = BatchWriter.Write(_options.OutputDirectory, $"{scope}/{asOfText}", state, month, plan, 1, exported);
        if (!plan.Resend)
        {
            RemoveStaleResend(Path.Combine(_options.OutputDirectory, scope, asOfText + "_v2"));
            return [first];
        }
        var resent = exported.AddDays(rng.Between(3, 15)).AddMinutes(rng.Between(0, 300));
        return [first, BatchWriter.Write(_options.OutputDirectory, $"{scope}/{asOfText}_v2", state, month, plan, 2, resent)];
    }

    // A re-send left by an earlier run into the same folder would otherwise become the current version.
    private static void RemoveStaleResend(string folder)
    {
        if (File.Exists(Path.Combine(folder, CommunityFp.Registers.BatchManifest.FileName))) Directory.Delete(folder, recursive: true);
    }

    // Exports are made in office hours a few days after the month end, China time.
    private static DateTimeOffset ExportTime(int asOf, int delayDays, Rng rng)
    {
        var date = Days.ToDate(asOf + delayDays);
        return new DateTimeOffset(date.Year, date.Month, date.Day, rng.Between(8, 17), rng.Between(0, 59), rng.Between(0, 59),
            TimeSpan.FromHours(8));
    }
}
