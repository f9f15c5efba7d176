using Microsoft.AspNetCore.Authorization;

namespace LinkGraph.Api.Security;

/// <summary>Authorization policies: reader (GET rings, accounts, runs), ingest (POST events), admin (start runs; every right).</summary>
public static class ApiPolicies
{
    public const string Reader = "reader";
    public const string Ingest = "ingest";
    public const string Admin = "admin";

    public static AuthorizationBuilder AddApiPolicies(this AuthorizationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .AddPolicy(Reader, p => p.RequireAuthenticatedUser().RequireRole(ApiRoles.Reader, ApiRoles.Admin))
            .AddPolicy(Ingest, p => p.RequireAuthenticatedUser().RequireRole(ApiRoles.Ingest, ApiRoles.Admin))
            .AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireRole(ApiRoles.Admin))
            // Anything not marked otherwise needs a key: a new endpoint cannot be left open by accident.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(ApiKeyAuthenticationHandler.SchemeName).RequireAuthenticatedUser().Build());
    }
}
