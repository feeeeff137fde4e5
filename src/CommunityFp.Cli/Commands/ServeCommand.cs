using System.CommandLine;
using CommunityFp.Dashboard.Auth;
using CommunityFp.Dashboard.Hosting;
using CommunityFp.Etl;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityFp.Cli.Commands;

/// <summary>
/// <c>cfp serve</c>: runs the dashboard in this process. The process owns the warehouse file while it runs (DuckDB
/// allows one process), so <c>cfp load</c> and <c>cfp build</c> cannot run at the same time: stop the server first.
/// </summary>
public static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Command Create()
    {
        var db = CommonOptions.Database();
        var urls = new Option<string>("--urls") { Description = "Where to listen (semicolon-separated URLs).", DefaultValueFactory = _ => DefaultUrls, HelpName = "URLS" };
        var command = new Command("serve", "Serve the dashboard (overview, scorecard, trends, population, assessment, vetoes, report, compare, data quality, upload, exports). Holds the warehouse file while it runs: do not run 'cfp load' or 'cfp build' at the same time (upload batches on its Upload page instead).")
        {
            db, urls,
        };
        command.SetAction(parse =>
        {
            var dbPath = Path.GetFullPath(parse.GetValue(db)!);
            var output = parse.InvocationConfiguration.Output;
            // ApplicationName: the static web assets manifests are named after the dashboard, not after cfp.
            var app = DashboardApp.Create(
                new WebApplicationOptions { ApplicationName = "CommunityFp.Dashboard", ContentRootPath = AppContext.BaseDirectory },
                builder =>
                {
                    builder.Configuration[DashboardApp.DatabaseKey] = dbPath;
                    builder.WebHost.UseUrls(parse.GetValue(urls)!);
                });
            // Open the warehouse now, so a busy file is reported before the server says it is listening.
            app.Services.GetRequiredService<WarehouseLoader>();
            output.WriteLine($"Dashboard: {string.Join(' ', parse.GetValue(urls)!.Split(';'))} (warehouse {dbPath}; Ctrl+C stops)");
            output.WriteLine("Demo accounts (user name / password):");
            foreach (var user in app.Services.GetRequiredService<DemoUsers>().All)
                output.WriteLine($"  {user.UserName,-12} {DemoUsers.DemoPassword(user.UserName),-18} {user.Role,-10} territory {user.Territory}  {user.DisplayName}");
            output.WriteLine("While the dashboard runs it owns the warehouse: stop it before 'cfp load' or 'cfp build'.");
            app.Run();
            return ExitCodes.Success;
        });
        return command;
    }
}
