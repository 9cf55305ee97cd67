using Assistant.Core.Conversations;
using Assistant.Web.Components.Chat;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Assistant.Web.Chat;

/// <summary>
/// Renders pieces of the chat page to HTML outside a page request, with the same components the
/// page uses, so that a streamed answer, once complete, looks exactly like one loaded from the store.
/// </summary>
public sealed class ChatFragments(IServiceProvider services, ILoggerFactory loggers)
{
    public Task<string> MessageAsync(ChatEntry entry) =>
        RenderAsync<ChatMessageItem>(new Dictionary<string, object?> { [nameof(ChatMessageItem.Entry)] = entry });

    public Task<string> ConversationListAsync(IReadOnlyList<ConversationSummary> conversations, string? activeId) =>
        RenderAsync<ConversationList>(new Dictionary<string, object?>
        {
            [nameof(ConversationList.Conversations)] = conversations,
            [nameof(ConversationList.ActiveId)] = activeId,
        });

    private async Task<string> RenderAsync<TComponent>(Dictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        // Components may need scoped services (navigation, their activator), as in a page request.
        await using var scope = services.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        });
    }
}
