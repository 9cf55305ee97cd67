using Assistant.Core;
using Assistant.Plugins.Capacity;

namespace Assistant.Web.Chat;

/// <summary>
/// The network files the chat can plan: GET /api/networks lists them; PUT /api/networks/{name}
/// with the file's JSON as the body checks it and keeps it (a file that does not load is refused
/// with the loader's message, as a problem, and nothing is written). The name must be a bare
/// file name; the shipped examples cannot be replaced (an upload of the same name would quietly
/// change what "example.json" means for every later question, and the README's numbers with it),
/// while a file uploaded earlier can be, so a corrected file keeps its name.
/// </summary>
public static class NetworkFilesEndpoint
{
    public const string Path = "/api/networks";

    /// <summary>Network files are small; a bigger body is not one.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    public static IEndpointRouteBuilder MapNetworkFiles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (NetworkFiles files) => Results.Ok(files.List()));
        endpoints.MapPut(Path + "/{name}", SaveAsync);
        return endpoints;
    }

    private static async Task<IResult> SaveAsync(string name, HttpRequest request, NetworkFiles files, CancellationToken cancellationToken)
    {
        if (request.ContentLength is > MaxBytes)
        {
            return Results.Problem($"A network file may be at most {MaxBytes / 1024 / 1024} MB.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        if (NetworkFileName.Problem(name) is { } problem)
        {
            return Refused(problem);
        }

        if (IsShippedExample(files, name))
        {
            return Refused($"'{name}' is an example shipped with the assistant and cannot be replaced; upload the file under another name.");
        }

        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(cancellationToken);
        try
        {
            return Results.Ok(new { name = files.Save(name, json) });
        }
        catch (InputError error)
        {
            return Refused(error.Message);
        }
    }

    // Listed but not in the uploads folder: the file comes from the examples shipped with the program.
    private static bool IsShippedExample(NetworkFiles files, string name) =>
        files.List().Contains(name, StringComparer.OrdinalIgnoreCase)
        && !File.Exists(System.IO.Path.Combine(files.Folder, name));

    private static IResult Refused(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "The network file was refused");
}
