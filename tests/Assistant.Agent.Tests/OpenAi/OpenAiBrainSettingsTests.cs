using Assistant.Agent.Brains;
using Assistant.Core;

namespace Assistant.Agent.Tests.OpenAi;

public sealed class OpenAiBrainSettingsTests
{
    [Fact]
    public void Printing_the_settings_does_not_print_the_key()
    {
        var text = new OpenAiBrainSettings { ApiKey = "sk-secret-value" }.ToString();

        Assert.DoesNotContain("sk-secret-value", text);
        Assert.Contains("ApiKey = (set)", text);
    }

    [Fact]
    public void The_key_comes_from_OPENAI_API_KEY_only_when_configuration_has_none()
    {
        string? Environment(string name) => name == "OPENAI_API_KEY" ? "sk-from-env" : null;

        Assert.Equal("sk-from-env", new OpenAiBrainSettings().WithKeyFrom(Environment).ApiKey);
        Assert.Equal("sk-configured", new OpenAiBrainSettings { ApiKey = "sk-configured" }.WithKeyFrom(Environment).ApiKey);
    }

    [Theory]
    [InlineData("http://localhost:11434/v1", true)]
    [InlineData("http://127.0.0.1:8000/v1/", true)]
    [InlineData("http://192.168.1.20:8000/v1/", true)]
    [InlineData("http://gpu-box.local:8000/v1/", true)]
    [InlineData("https://api.openai.com/v1/", false)]
    [InlineData("https://contoso.openai.azure.com/openai/v1/", false)]
    public void Servers_on_this_machine_or_a_private_network_count_as_local(string endpoint, bool local) =>
        Assert.Equal(local, OpenAiBrainSettings.IsLocal(new Uri(endpoint)));

    [Fact]
    public void An_endpoint_without_a_trailing_slash_keeps_its_last_segment() =>
        Assert.Equal("http://localhost:11434/v1/", new OpenAiBrainSettings { Endpoint = "http://localhost:11434/v1" }.CheckedEndpoint().ToString());

    [Fact]
    public void An_endpoint_that_is_not_an_http_address_is_refused_by_its_setting_name() =>
        Assert.Contains("Assistant:OpenAI:Endpoint", Assert.Throws<InputError>(() => new OpenAiBrainSettings { Endpoint = "api.openai.com", ApiKey = "k" }.CheckedEndpoint()).Message);

    [Fact]
    public void Azure_hosts_are_recognised_for_the_api_key_header()
    {
        Assert.True(ApiKeyHeaders.IsAzureHost(new Uri("https://contoso.openai.azure.com/openai/v1/")));
        Assert.False(ApiKeyHeaders.IsAzureHost(new Uri("https://api.openai.com/v1/")));
    }

    [Fact]
    public void Backoff_doubles_from_the_first_delay_with_bounded_jitter_and_a_cap()
    {
        var first = TimeSpan.FromSeconds(1);

        Assert.Equal(1.0, BackoffRetryPolicy.Backoff(first, 1, 0.5).TotalSeconds, 6);
        Assert.Equal(2.0, BackoffRetryPolicy.Backoff(first, 2, 0.5).TotalSeconds, 6);
        Assert.Equal(4.0, BackoffRetryPolicy.Backoff(first, 3, 0.5).TotalSeconds, 6);
        Assert.Equal(0.8, BackoffRetryPolicy.Backoff(first, 1, 0.0).TotalSeconds, 6);
        Assert.Equal(1.2, BackoffRetryPolicy.Backoff(first, 1, 1.0).TotalSeconds, 6);
        Assert.Equal(BackoffRetryPolicy.MaxDelay, BackoffRetryPolicy.Backoff(first, 30, 0.5));
    }
}
