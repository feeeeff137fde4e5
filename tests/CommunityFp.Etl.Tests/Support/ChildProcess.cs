using System.Diagnostics;

namespace CommunityFp.Etl.Tests.Support;

/// <summary>Runs tests/CommunityFp.Etl.KillTarget as a real child process (`dotnet KillTarget.dll …`).</summary>
public sealed class ChildProcess : IDisposable
{
    private readonly Process _process;

    private ChildProcess(Process p) => _process = p;

    public static ChildProcess Start(IDictionary<string, string>? env, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "CommunityFp.Etl.KillTarget.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var (k, v) in env ?? new Dictionary<string, string>()) psi.Environment[k] = v;
        return new ChildProcess(Process.Start(psi)!);
    }

    /// <summary>Waits until <paramref name="signalFile"/> exists (the child reached its pause point).</summary>
    public void WaitForSignal(string signalFile, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!File.Exists(signalFile))
        {
            if (_process.HasExited) throw new InvalidOperationException($"child exited {_process.ExitCode}: {_process.StandardOutput.ReadToEnd()} {_process.StandardError.ReadToEnd()}");
            if (DateTime.UtcNow > deadline) throw new TimeoutException("child did not reach its pause point");
            Thread.Sleep(50);
        }
    }

    /// <summary>SIGKILL on Linux: no finaliser, no rollback, no flush.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public (int ExitCode, string Output) WaitForExit(int seconds = 120)
    {
        if (!_process.WaitForExit(seconds * 1000)) { Kill(); throw new TimeoutException("child did not finish"); }
        return (_process.ExitCode, _process.StandardOutput.ReadToEnd() + _process.StandardError.ReadToEnd());
    }

    public void Dispose()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
    }
}
