using Microsoft.Playwright;

namespace Assistant.EndToEnd.Tests;

/// <summary>
/// Debian's Chromium, driven by Playwright. Playwright's own browser download cannot work on these
/// machines, so the browser comes from apt; docs/chromium.md explains each flag.
/// </summary>
public static class DebianChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static readonly IReadOnlyList<string> Args =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
    ];

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        // A missing browser is a broken machine, not a reason to skip: say how to fix it.
        Assert.True(File.Exists(ExecutablePath),
            $"Chromium is not installed at {ExecutablePath}. Run `apt-get install chromium` (Playwright's own browser download does not work here).");
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Args,
        });
    }
}
