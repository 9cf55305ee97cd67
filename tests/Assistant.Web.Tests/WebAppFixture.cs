using Assistant.Web.Tests.Api;

namespace Assistant.Web.Tests;

/// <summary>
/// The web app in memory (TestServer) on its own SQLite file in a temp folder, shared by the
/// tests of a class: the demo network is generated once, in a couple of seconds.
/// </summary>
public sealed class WebAppFixture() : SettingsWebAppFixture(new Dictionary<string, string>());
