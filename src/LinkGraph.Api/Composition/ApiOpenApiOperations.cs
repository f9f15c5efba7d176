using LinkGraph.Api.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LinkGraph.Api.Composition;

/// <summary>
/// Per operation, from the endpoint's own metadata (so the document cannot drift from what is enforced): the
/// role its authorization policy needs, as a security requirement on both key schemes, and a description of each
/// error response (401/403 for keyed routes, 429 for rate-limited ones; 400/404/413/415 as the endpoint declares).
/// </summary>
public static class ApiOpenApiOperations
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["400"] = "Invalid request: the problem body's code and detail say what, where and why.",
        ["401"] = "No key or an unknown key (WWW-Authenticate: Bearer).",
        ["403"] = "The key does not hold the role this operation needs.",
        ["404"] = "Not found.",
        ["413"] = "The body is larger than Ingest:MaxBodyBytes.",
        ["415"] = "Not NDJSON or CSV.",
        ["429"] = "This key's rate limit is used up; Retry-After says when to try again.",
    };

    public static Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security = [];
        }
        else
        {
            // Policy names are the role names (ApiPolicies); a route without one needs any valid key (the fallback).
            var roles = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).OfType<string>()
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            operation.Security =
            [
                ApiOpenApi.Requirement(context.Document!, ApiOpenApi.BearerScheme, roles),
                ApiOpenApi.Requirement(context.Document!, ApiOpenApi.ApiKeyScheme, [.. roles]),
            ];
            var role = roles switch
            {
                [] => "any valid key",
                [ApiRoles.Admin] => "a key with the admin role",
                _ => $"a key with the {string.Join(" or ", roles)} role (admin has every role)",
            };
            operation.Description = string.IsNullOrEmpty(operation.Description) ? $"Needs {role}." : $"Needs {role}. {operation.Description}";
        }

        if (operation.Responses is { } responses)
        {
            // Status codes in ascending order, whatever order the endpoint and group conventions added them in.
            var ordered = responses.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
            responses.Clear();
            foreach (var (code, response) in ordered)
            {
                responses.Add(code, response);
            }
        }

        foreach (var (code, response) in operation.Responses ?? [])
        {
            if (response is OpenApiResponse concrete && Descriptions.TryGetValue(code, out var description))
            {
                concrete.Description = description;
                AddHeader(concrete, code, "401", "WWW-Authenticate", "Bearer realm=\"linkgraph\"");
                AddHeader(concrete, code, "429", "Retry-After", "Whole seconds until the key's window resets.");
            }
        }

        return Task.CompletedTask;
    }

    private static void AddHeader(OpenApiResponse response, string code, string forCode, string name, string description)
    {
        if (code != forCode)
        {
            return;
        }

        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        response.Headers[name] = new OpenApiHeader { Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
    }

    /// <summary>Keyed, rate-limited routes answer these besides their own codes.</summary>
    public static TBuilder ProducesKeyProblems<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
