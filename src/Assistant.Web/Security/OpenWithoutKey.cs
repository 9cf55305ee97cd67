namespace Assistant.Web.Security;

/// <summary>
/// Marks an endpoint that answers without the API key: the health probe, the OpenAPI document,
/// the sign-in page and exactly the static assets the app serves (scripts, styles: nothing of the
/// network's data). The gate looks at the endpoint a request was routed to, never at how its path
/// looks, so "/c/x.css" is the conversation page it routes to and stays behind the key.
/// </summary>
public sealed class OpenWithoutKey
{
    public static readonly OpenWithoutKey Instance = new();

    private OpenWithoutKey()
    {
    }
}
