using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace LinkGraph.Api.Composition;

/// <summary>
/// The OpenAPI document (/openapi/v1.json): both ways to present a key as security schemes, each operation's
/// required role and error responses (<see cref="ApiOpenApiOperations"/>), the health routes (which the endpoint
/// explorer does not see), and a canonical order of paths, schemas and tags so the document is byte-stable and
/// can be kept as a golden file (tests/LinkGraph.Api.Tests/Golden/openapi.v1.json).
/// </summary>
public static class ApiOpenApi
{
    public const string BearerScheme = "Bearer";
    public const string ApiKeyScheme = "ApiKey";

    public static IServiceCollection AddApiOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            o.AddOperationTransformer(ApiOpenApiOperations.TransformAsync);
            o.AddDocumentTransformer((document, context, cancellationToken) =>
            {
                Describe(document);
                AddHealthPaths(document);
                Canonicalise(document);
                return Task.CompletedTask;
            });
        });

    private static void Describe(OpenApiDocument document)
    {
        document.Info.Title = "LinkGraph API";
        document.Info.Description = "Coordinated account rings: ingest events, run detection, read rings and account profiles.";
        // The server is whatever address the caller used; naming one would make the document depend on the request.
        document.Servers = [];
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "Authorization: Bearer <key>. A key holds roles (reader, ingest, admin); admin has every right. " +
                "Each operation's security requirement lists the role it needs.",
        };
        document.Components.SecuritySchemes[ApiKeyScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = "X-Api-Key",
            Description = "X-Api-Key: <key>, the same keys and roles as Bearer.",
        };
        document.Security = [Requirement(document, BearerScheme, []), Requirement(document, ApiKeyScheme, [])];
    }

    public static OpenApiSecurityRequirement Requirement(OpenApiDocument document, string scheme, List<string> roles) =>
        new() { [new OpenApiSecuritySchemeReference(scheme, document)] = roles };

    /// <summary>/health and /health/live: no key, no rate limit; <c>{"status", "checks"}</c>.</summary>
    private static void AddHealthPaths(OpenApiDocument document)
    {
        document.Paths ??= [];
        document.Paths["/health"] = HealthPath(
            "Health", "Readiness: the store and the scheduler.", "Ready: every check is healthy.", "Not ready: a check failed.");
        document.Paths["/health/live"] = HealthPath(
            "Liveness", "Liveness: the process answers (no checks run).", "Alive.", null);
    }

    private static OpenApiPathItem HealthPath(string operationId, string summary, string ok, string? unavailable)
    {
        var responses = new OpenApiResponses { ["200"] = HealthResponse(ok) };
        if (unavailable is not null)
        {
            responses["503"] = HealthResponse(unavailable);
        }

        var operation = new OpenApiOperation
        {
            Tags = new HashSet<OpenApiTagReference> { new("health") },
            Summary = summary,
            OperationId = operationId,
            Responses = responses,
            Security = [], // anonymous: overrides the document's requirement
        };
        return new OpenApiPathItem { Operations = new() { [HttpMethod.Get] = operation } };
    }

    private static OpenApiResponse HealthResponse(string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/json"] = new()
            {
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new HashSet<string> { "status", "checks" },
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        ["status"] = new OpenApiSchema
                        {
                            Type = JsonSchemaType.String,
                            Enum = [JsonValue.Create("healthy"), JsonValue.Create("degraded"), JsonValue.Create("unhealthy")],
                        },
                        ["checks"] = new OpenApiSchema
                        {
                            Type = JsonSchemaType.Object,
                            Description = "Per check: {\"status\", \"description\"}.",
                        },
                    },
                },
            },
        },
    };

    /// <summary>Paths, schemas, security schemes and tags in ordinal order: the generator's order follows registration.</summary>
    private static void Canonicalise(OpenApiDocument document)
    {
        var paths = new OpenApiPaths();
        foreach (var (path, item) in document.Paths.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            paths.Add(path, item);
        }

        document.Paths = paths;
        if (document.Components?.Schemas is { } schemas)
        {
            document.Components.Schemas = new SortedDictionary<string, IOpenApiSchema>(schemas, StringComparer.Ordinal);
        }

        if (document.Components?.SecuritySchemes is { } schemes)
        {
            document.Components.SecuritySchemes = new SortedDictionary<string, IOpenApiSecurityScheme>(schemes, StringComparer.Ordinal);
        }

        var tags = (document.Tags ?? new HashSet<OpenApiTag>()).Select(t => t.Name).OfType<string>().Append("health").Distinct().Order(StringComparer.Ordinal);
        document.Tags = new SortedSet<OpenApiTag>(tags.Select(t => new OpenApiTag { Name = t }), Comparer<OpenApiTag>.Create((a, b) => string.CompareOrdinal(a.Name, b.Name)));
    }
}
