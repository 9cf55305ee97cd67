namespace Assistant.Web.Chat;

/// <summary>Who a message on the page is from; an error is the assistant saying it could not answer.</summary>
public enum Speaker
{
    User,
    Assistant,
    Error,
}
