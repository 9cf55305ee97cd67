using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Assistant.Agent.Tests.OpenAi;

/// <summary>
/// A stand-in for OpenAI on loopback (Kestrel, a free port): POST /v1/chat/completions answers
/// with the next scripted reply (a fixed one, or one computed from the request, as a model would
/// read the tool results), and every request is recorded for the tests to inspect. Anything
/// unscripted is a 500 that names the problem, so a test never hangs waiting.
/// </summary>
public sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<RecordedRequest, FakeReply>> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private FakeOpenAiServer(WebApplication app) => _app = app;

    /// <summary>The base address a client is configured with, ending in "/v1/".</summary>
    public Uri Endpoint { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<FakeOpenAiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = new FakeOpenAiServer(builder.Build());
        server._app.MapPost("/v1/chat/completions", server.AnswerAsync);
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Endpoint = new Uri(address.TrimEnd('/') + "/v1/");
        return server;
    }

    public FakeOpenAiServer Then(params FakeReply[] replies)
    {
        foreach (var reply in replies)
        {
            _script.Enqueue(_ => reply);
        }

        return this;
    }

    public FakeOpenAiServer Then(Func<RecordedRequest, FakeReply> reply)
    {
        _script.Enqueue(reply);
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var request = new RecordedRequest(context.Request.Method, context.Request.Path,
            context.Request.Headers.Authorization.FirstOrDefault(), context.Request.Headers["api-key"].FirstOrDefault(), body.RootElement.Clone());
        _requests.Enqueue(request);

        var reply = _script.TryDequeue(out var next) ? next(request) : FakeReply.Error(500, "The fake server has no reply scripted for this request.");
        if (reply.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(reply.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return; // The client gave up (its timeout); nobody reads this reply.
            }
        }

        context.Response.StatusCode = reply.Status;
        context.Response.ContentType = reply.ContentType;
        foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        try
        {
            foreach (var part in reply.BodyParts)
            {
                await context.Response.WriteAsync(part, context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                if (reply.PartDelay > TimeSpan.Zero)
                {
                    await Task.Delay(reply.PartDelay, context.RequestAborted);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The client stopped reading (its timeout).
        }
    }
}
