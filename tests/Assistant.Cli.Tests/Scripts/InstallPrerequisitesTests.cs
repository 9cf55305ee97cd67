using System.Runtime.Versioning;

namespace Assistant.Cli.Tests.Scripts;

/// <summary>
/// scripts/install-prerequisites.sh when another package manager holds apt's locks (unattended
/// upgrades on a fresh machine): it says so and waits instead of failing at once, and gives up
/// with a message when the lock outlasts APT_LOCK_WAIT_SECONDS. apt-get and dpkg-query are
/// stand-ins here (every package reported missing); the lock-holder check reads the real
/// /proc/locks.
/// </summary>
// The scripts are bash on Linux (/proc/locks, fcntl locks, executable stand-ins).
[SupportedOSPlatform("linux")]
public sealed class InstallPrerequisitesTests : IDisposable
{
    private readonly ScriptRun _run = new();

    public void Dispose() => _run.Dispose();

    private string Script => Path.Combine(ScriptRun.Checkout, "scripts", "install-prerequisites.sh");

    private string AptLog => Path.Combine(_run.Folder, "apt-get.log");

    /// <summary>An apt-get that fails as a held lists lock makes it fail, <paramref name="busyCalls"/> times, then works.</summary>
    private void FakeApt(int busyCalls)
    {
        _run.Fake("dpkg-query", "exit 1");
        _run.Fake("sudo", "exec \"$@\"");
        _run.Fake("apt-get", $$"""
            echo "$*" >> '{{AptLog}}'
            calls=$(wc -l < '{{AptLog}}')
            if [ "$calls" -le {{busyCalls}} ]; then
              echo "E: Could not get lock /var/lib/apt/lists/lock. It is held by process 4242 (apt-get)" >&2
              echo "E: Unable to lock directory /var/lib/apt/lists/" >&2
              exit 100
            fi
            """);
    }

    [Fact]
    public async Task A_held_apt_lock_is_waited_for_with_a_message_and_the_install_then_goes_on()
    {
        FakeApt(busyCalls: 2);

        var (code, output, error) = await _run.RunAsync(Script);

        Assert.True(code == 0, error);
        Assert.Contains("Waiting for another package manager to finish (Could not get lock /var/lib/apt/lists/lock. It is held by process 4242 (apt-get))", error);
        Assert.Single(error.Split('\n'), line => line.StartsWith("Waiting", StringComparison.Ordinal));
        Assert.Contains("Installed: chromium coinor-libcbc3 libxgboost0", output);
        var calls = File.ReadAllLines(AptLog);
        Assert.Equal(4, calls.Length);
        Assert.All(calls.Take(3), call => Assert.EndsWith("update -qq", call));
        Assert.Equal("-o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends chromium coinor-libcbc3 libxgboost0", calls[3]);
    }

    [Fact]
    public async Task A_lock_held_past_the_wait_limit_fails_with_a_message_and_installs_nothing()
    {
        FakeApt(busyCalls: int.MaxValue);

        var (code, output, error) = await _run.RunAsync(Script, new Dictionary<string, string> { ["APT_LOCK_WAIT_SECONDS"] = "5" });

        Assert.NotEqual(0, code);
        Assert.Contains("error: apt is still locked after 5 s", error);
        Assert.DoesNotContain("Installed:", output);
        Assert.DoesNotContain(File.ReadAllLines(AptLog), call => call.Contains("install", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Apt_errors_other_than_a_lock_are_shown_at_once_without_waiting()
    {
        _run.Fake("dpkg-query", "exit 1");
        _run.Fake("apt-get", "echo 'E: The repository is not signed.' >&2; exit 100");

        var (code, _, error) = await _run.RunAsync(Script);

        Assert.NotEqual(0, code);
        Assert.Contains("E: The repository is not signed.", error);
        Assert.DoesNotContain("Waiting", error);
    }

    [Fact]
    public async Task Installing_what_the_assistant_needs_never_runs_npm()
    {
        var npmLog = Path.Combine(_run.Folder, "npm.log");
        _run.Fake("node", $"echo \"node $*\" >> '{npmLog}'");
        _run.Fake("npm", $"echo \"npm $*\" >> '{npmLog}'");
        FakeApt(busyCalls: 0);

        var (code, _, error) = await _run.RunAsync(Script);

        Assert.True(code == 0, error);
        Assert.False(File.Exists(npmLog), File.Exists(npmLog) ? File.ReadAllText(npmLog) : "");
    }

    [Fact]
    public async Task The_lock_holder_check_names_the_process_that_holds_a_lock_and_nothing_once_it_is_free()
    {
        var file = Path.Combine(_run.Folder, "lock");
        var holder = Path.Combine(ScriptRun.Checkout, "scripts", "apt-lock-holder.sh");
        string held;
        using (var stream = new FileStream(file, FileMode.Create, FileAccess.ReadWrite, FileShare.ReadWrite))
        {
            // An fcntl write lock, as apt and dpkg take.
            stream.Lock(0, 1);
            (_, held, _) = await _run.RunAsync(holder, null, "/no/such/lock", file);
            stream.Unlock(0, 1);
        }

        var (_, free, _) = await _run.RunAsync(holder, null, "/no/such/lock", file);

        Assert.StartsWith($"process {Environment.ProcessId} (", held);
        Assert.EndsWith($"holds {file}", held.Trim());
        Assert.Equal("", free);
    }
}
