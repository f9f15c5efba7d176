namespace LinkGraph.Api.Endpoints;

/// <summary>
/// A JSON body that is already UTF-8 bytes (a stored ring): written as is, with its length, no re-encoding. Gives
/// the same headers as a text result with <c>application/json; charset=utf-8</c>.
/// </summary>
public sealed class Utf8JsonResult(byte[] body) : IResult
{
    public const string ContentType = "application/json; charset=utf-8";

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
    }
}
