using System.Buffers;
using LinkGraph.Api.Contracts;
using LinkGraph.Api.Security;
using LinkGraph.Core.Abstractions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LinkGraph.Api.Endpoints;

public static class AccountsEndpoints
{
    /// <summary>docs/contract.md §1: 1–128 characters of A-Z a-z 0-9 . _ : @ -</summary>
    private static readonly SearchValues<char> AccountChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:@-");

    public static RouteGroupBuilder MapAccountsEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/accounts/{id}", GetAccount)
            .WithTags("accounts")
            .WithName("GetAccount")
            .WithSummary("An account's ring (if any), its identifiers with how many accounts share each, and its strongest links.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(ApiPolicies.Reader);
        return api;
    }

    public static Results<Ok<AccountResponse>, ProblemHttpResult> GetAccount(string id, IRunStore store)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length is 0 or > 128 || id.AsSpan().ContainsAnyExcept(AccountChars))
        {
            return Problems.BadRequest("invalid_account_id", "An account id is 1-128 characters of A-Z a-z 0-9 . _ : @ -.");
        }

        return store.GetAccount(id) is { } profile
            ? TypedResults.Ok(AccountResponse.From(profile))
            : Problems.NotFound("account_not_found", $"Account '{id}' is unknown.");
    }
}
