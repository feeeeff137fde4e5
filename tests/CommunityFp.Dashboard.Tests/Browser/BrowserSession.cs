using Microsoft.Playwright;

namespace CommunityFp.Dashboard.Tests.Browser;

/// <summary>
/// One browser context and page per test against a served dashboard, with the steps every flow shares: sign in as a
/// person does, wait until the circuit is interactive, save a screenshot as a test artifact.
/// </summary>
public abstract class BrowserSession(BrowserFixture browser, Uri baseAddress) : IAsyncLifetime
{
    private const float Timeout = 30_000;
    private IBrowserContext _context = default!;

    protected IPage Page { get; private set; } = default!;

    /// <summary>Whether the flow saves downloads (only the exports flow does; other contexts keep Playwright's default).</summary>
    protected virtual bool AcceptsDownloads => false;

    /// <summary>Where screenshots and saved downloads go (kept after the run as test artifacts).</summary>
    protected string Screenshots => browser.Screenshots;

    public async Task InitializeAsync()
    {
        _context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            AcceptDownloads = AcceptsDownloads,
        });
        _context.SetDefaultTimeout(Timeout);
        Page = await _context.NewPageAsync();
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();

    /// <summary>Follows a link to the sign-in page, signs in, and waits until the page it returns to is interactive.</summary>
    protected async Task SignInThrough(string url, string userName)
    {
        await Page.GotoAsync(url);
        await Page.WaitForURLAsync("**/account/login**");
        await Page.FillAsync("#userName", userName);
        await Page.FillAsync("#password", $"demo-{userName}");
        await Page.ClickAsync("[data-testid=sign-in]");
        await WaitInteractive();
    }

    /// <summary>Clicks are lost until the circuit connects: the layout sets this marker after its first interactive render.</summary>
    protected Task WaitInteractive() => Page.Locator("#cfp-app[data-interactive=true]").WaitForAsync();

    protected Task Screenshot(string name) =>
        Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });
}
