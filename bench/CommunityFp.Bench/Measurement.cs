using System.Diagnostics;

namespace CommunityFp.Bench;

/// <summary>
/// Wall time, CPU time (every thread of this process, DuckDB's included) and peak resident memory of a piece of work
/// in this process. On a shared machine wall time is an upper bound; CPU time is the steadier figure.
/// </summary>
public sealed record Measurement(string Name, TimeSpan Elapsed, long PeakWorkingSetBytes, TimeSpan Cpu = default)
{
    public static Measurement Of(string name, Action work)
    {
        GC.Collect();
        var peak = new PeakMemorySampler();
        using var self = Process.GetCurrentProcess();
        var cpu = self.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        work();
        watch.Stop();
        self.Refresh();
        var used = self.TotalProcessorTime - cpu;
        return new Measurement(name, watch.Elapsed, peak.Stop(), used);
    }

    public override string ToString() =>
        $"| {Name} | {Elapsed.TotalSeconds:0.00} s | {PeakWorkingSetBytes / 1048576.0:N0} MB |";

    /// <summary>A row of a "| step | wall | CPU | peak memory |" table.</summary>
    public string WithCpu() =>
        $"| {Name} | {Elapsed.TotalSeconds:0.00} s | {Cpu.TotalSeconds:0.00} s | {PeakWorkingSetBytes / 1048576.0:N0} MB |";
}

/// <summary>
/// Samples this process's working set every 50 ms: <see cref="Process.PeakWorkingSet64"/> is the peak of the whole
/// process life, which would mix earlier phases into later ones.
/// </summary>
internal sealed class PeakMemorySampler
{
    private readonly Thread _thread;
    private volatile bool _stop;
    private long _peak;

    public PeakMemorySampler()
    {
        _thread = new Thread(() =>
        {
            using var self = Process.GetCurrentProcess();
            while (!_stop)
            {
                self.Refresh();
                _peak = Math.Max(_peak, self.WorkingSet64);
                Thread.Sleep(50);
            }
        }) { IsBackground = true };
        _thread.Start();
    }

    public long Stop()
    {
        _stop = true;
        _thread.Join();
        return _peak;
    }
}
