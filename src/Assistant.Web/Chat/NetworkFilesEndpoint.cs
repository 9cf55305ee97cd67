using Assistant.Core;
using Assistant.Plugins.Capacity;
using Assistant.Web.Api;

namespace Assistant.Web.Chat;

/// <summary>
/// The network files the chat can plan: GET /api/networks lists them; PUT /api/networks/{name}
/// with the file's JSON as the body checks it and keeps it (a file that does not load is refused
/// with the loader's message, as a problem, and nothing is written); DELETE /api/networks/{name}
/// removes an uploaded one. The name must be a bare file name; the shipped examples cannot be
/// replaced (an upload of the same name would quietly change what "example.json" means for every
/// later question, and the README's numbers with it), while a file uploaded earlier can be, so a
/// corrected file keeps its name. The body may hold at most <see cref="NetworkFiles.MaxBytes"/>,
/// counted as it is read (a chunked body has no length to check first), and the folder keeps at
/// most <see cref="NetworkFiles.MaxStoredFiles"/> files.
/// </summary>
public static class NetworkFilesEndpoint
{
    public const string Path = "/api/networks";

    public static IEndpointRouteBuilder MapNetworkFiles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (NetworkFiles files) => Results.Ok(files.List()));
        endpoints.MapPut(Path + "/{name}", SaveAsync);
        endpoints.MapDelete(Path + "/{name}", Delete);
        return endpoints;
    }

    private static async Task<IResult> SaveAsync(string name, HttpRequest request, NetworkFiles files, CancellationToken cancellationToken)
    {
        if (request.ContentLength is > NetworkFiles.MaxBytes)
        {
            return TooLarge();
        }

        if (NetworkFileName.Problem(name) is { } problem)
        {
            return Refused(problem);
        }

        if (IsShippedExample(files, name))
        {
            return Refused($"'{name}' is an example shipped with the assistant and cannot be replaced; upload the file under another name.");
        }

        if (!files.HasRoomFor(name))
        {
            return Results.Problem(NetworkFiles.FullFolderMessage, statusCode: StatusCodes.Status409Conflict, title: "The networks folder is full");
        }

        if (await BoundedBody.ReadAsync(request, NetworkFiles.MaxBytes, cancellationToken) is not { } json)
        {
            return TooLarge();
        }

        try
        {
            return Results.Ok(new { name = files.Save(name, json) });
        }
        catch (InputError error)
        {
            return Refused(error.Message);
        }
    }

    private static IResult Delete(string name, NetworkFiles files)
    {
        try
        {
            return files.Delete(name)
                ? Results.NoContent()
                : Results.Problem($"There is no uploaded network file '{NetworkFileName.Shown(name)}' (the shipped examples cannot be deleted).",
                    statusCode: StatusCodes.Status404NotFound, title: "Unknown network file");
        }
        catch (InputError error)
        {
            return Refused(error.Message);
        }
    }

    // Listed but not in the uploads folder: the file comes from the examples shipped with the program.
    private static bool IsShippedExample(NetworkFiles files, string name) =>
        files.List().Contains(name, StringComparer.OrdinalIgnoreCase) && !files.IsUploaded(name);

    private static IResult TooLarge() =>
        Results.Problem($"A network file may be at most {NetworkFiles.MaxBytes / 1024 / 1024} MB.",
            statusCode: StatusCodes.Status413PayloadTooLarge, title: "The network file is too large");

    private static IResult Refused(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "The network file was refused");
}
