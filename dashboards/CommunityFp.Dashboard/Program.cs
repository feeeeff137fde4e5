using CommunityFp.Dashboard.Hosting;

// Run the dashboard on its own (development); `cfp serve` is the usual way (README "Serve").
var app = DashboardApp.Create(new WebApplicationOptions { Args = args });
app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
