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
    private readonly List<string> _browserLog = [];

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
        // What the browser said, for the message of a failed wait (a lost circuit, a script error).
        Page.Console += (_, m) => Log($"console {m.Type}: {m.Text}");
        Page.PageError += (_, e) => Log($"page error: {e}");
        Page.FrameNavigated += (_, f) => { if (f == Page.MainFrame) Log($"navigated: {f.Url}"); };
    }

    private void Log(string line)
    {
        lock (_browserLog)
        {
            _browserLog.Add($"{DateTime.UtcNow:HH:mm:ss.fff} {line}");
            if (_browserLog.Count > 40) _browserLog.RemoveAt(0);
        }
    }

    /// <summary>
    /// Waits for the page's URL to match <paramref name="glob"/>; when it does not, the failure says where the page is,
    /// whether Blazor's reconnect dialog is up and what the browser logged (a screenshot is saved too).
    /// </summary>
    protected async Task WaitForUrl(string glob)
    {
        try
        {
            await Page.WaitForURLAsync(glob);
        }
        catch (TimeoutException e)
        {
            var reconnecting = await Page.Locator("#components-reconnect-modal, .components-reconnect-show").CountAsync();
            var interactive = await Page.Locator("#cfp-app[data-interactive=true]").CountAsync() > 0;
            await Screenshot("failed-wait-" + GetType().Name);
            string log;
            lock (_browserLog) log = string.Join(Environment.NewLine, _browserLog);
            throw new TimeoutException(
                $"the URL never matched {glob}: it is {Page.Url}; interactive={interactive}; reconnect dialog elements={reconnecting}{Environment.NewLine}browser log:{Environment.NewLine}{log}", e);
        }
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();

    /// <summary>Follows a link to the sign-in page, signs in, and waits until the page it returns to is interactive.</summary>
    protected async Task SignInThrough(string url, string userName)
    {
        await Page.GotoAsync(url);
        await WaitForUrl("**/account/login**");
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
