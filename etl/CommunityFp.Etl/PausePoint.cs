namespace CommunityFp.Etl;

/// <summary>
/// A test seam for the crash tests: when the environment variable <c>CFP_ETL_PAUSE_AT</c> names a point the load
/// reaches, the process writes the file named by <c>CFP_ETL_PAUSE_SIGNAL</c> and sleeps, so a test can kill it
/// there. Unset in production: one environment lookup per point.
/// </summary>
internal static class PausePoint
{
    public static void Reach(string point)
    {
        if (Environment.GetEnvironmentVariable("CFP_ETL_PAUSE_AT") != point) return;
        if (Environment.GetEnvironmentVariable("CFP_ETL_PAUSE_SIGNAL") is { Length: > 0 } signal)
            File.WriteAllText(signal, point);
        Thread.Sleep(Timeout.Infinite);
    }
}
