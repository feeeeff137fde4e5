using Microsoft.Playwright;

namespace CommunityFp.Dashboard.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright (the bundled driver works offline; <c>playwright install</c> is not
/// needed). A missing Chromium fails the tests with the command that installs it: browser tests never skip.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    public IBrowser Browser { get; private set; } = default!;

    /// <summary>Where the tests save their screenshots (kept after the run as test artifacts).</summary>
    public string Screenshots { get; } = Path.Combine(Path.GetTempPath(), "cfp-dashboard-screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: the browser tests need Debian's Chromium. Install it with scripts/setup.sh (apt-get install -y chromium fonts-noto-cjk).");
        Directory.CreateDirectory(Screenshots);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
