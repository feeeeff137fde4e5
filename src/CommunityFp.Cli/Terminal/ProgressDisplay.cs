using Spectre.Console;

namespace CommunityFp.Cli.Terminal;

/// <summary>
/// Shows long work as a Spectre.Console progress bar on a terminal, or as plain progress lines when the output
/// is redirected (CI logs, pipes), so logs stay readable.
/// </summary>
public static class ProgressDisplay
{
    /// <summary>True when stdout is an interactive terminal that can redraw a progress bar.</summary>
    public static bool IsInteractive =>
        !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive
        && Environment.GetEnvironmentVariable("CI") is null;

    /// <summary>Runs <paramref name="work"/> with a single-task progress reporter (value 0..total).</summary>
    public static T Run<T>(string title, TextWriter plainOutput, Func<Action<double, double, string>, T> work)
    {
        if (!IsInteractive)
        {
            var lastLine = DateTime.MinValue;
            return work((done, total, detail) =>
            {
                // Plain mode: at most one line a second, plus the last one.
                if (DateTime.UtcNow - lastLine < TimeSpan.FromSeconds(1) && done < total) return;
                lastLine = DateTime.UtcNow;
                plainOutput.WriteLine($"{title}: {done:0}/{total:0} {detail}");
            });
        }
        T result = default!;
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(),
                new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(Markup.Escape(title));
                result = work((done, total, detail) =>
                {
                    task.MaxValue = Math.Max(1, total);
                    task.Value = Math.Min(done, task.MaxValue);
                    task.Description = Markup.Escape($"{title} {detail}");
                });
            });
        return result;
    }
}
