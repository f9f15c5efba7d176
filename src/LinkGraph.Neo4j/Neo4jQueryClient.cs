using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using LinkGraph.Neo4j.Contracts;

namespace LinkGraph.Neo4j;

/// <summary>
/// Typed client of Neo4j's HTTP Query API v2 (<c>/db/{db}/query/v2</c>, Neo4j 5.26+ and Aura;
/// https://neo4j.com/docs/query-api/current/). One request carries one statement with its values in
/// <c>parameters</c>. Success is HTTP 202 (any 2xx is accepted), and a 2xx body is still checked for an
/// <c>errors</c> array because results stream after the status line.
/// </summary>
public sealed class Neo4jQueryClient
{
    /// <summary>Aura routes an explicit transaction by this header; it is echoed on every later request of it.</summary>
    internal const string AffinityHeader = "neo4j-cluster-affinity";

    private readonly HttpClient _http;
    private readonly Neo4jOptions _options;
    private readonly TimeProvider _time;
    private readonly Uri _queryUri;
    private readonly AuthenticationHeaderValue? _authorization;

    public Neo4jQueryClient(HttpClient http, Neo4jOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        Neo4jOptionsValidator.ThrowIfInvalid(options);
        _http = http;
        _options = options;
        _time = time ?? TimeProvider.System;
        var root = options.Uri!.AbsoluteUri.EndsWith('/') ? options.Uri : new Uri(options.Uri.AbsoluteUri + "/");
        _queryUri = new Uri(root, $"db/{Uri.EscapeDataString(options.Database)}/query/v2");
        _authorization = CreateAuthorization(options);
    }

    public Neo4jOptions Options => _options;

    /// <summary>Runs one statement in an implicit (auto-commit) transaction; retried on transient failures.</summary>
    public Task<QueryResponse> RunAsync(string statement, object? parameters, CancellationToken cancellationToken) =>
        RetryAsync(
            (_, ct) => SendAsync(HttpMethod.Post, _queryUri, new QueryRequest(statement, parameters), null, "query", ct),
            cancellationToken);

    /// <summary>Opens an explicit transaction (<c>POST …/query/v2/tx</c>); the caller commits or rolls it back.</summary>
    public async Task<Neo4jTransaction> BeginTransactionAsync(CancellationToken cancellationToken)
    {
        using var request = CreateRequest(HttpMethod.Post, new Uri(_queryUri + "/tx"), null, null);
        var (response, affinity) = await SendCoreAsync(request, "begin transaction", cancellationToken);
        var id = response.Transaction?.Id;
        if (string.IsNullOrEmpty(id))
        {
            throw new Neo4jException("neo4j_protocol", "Neo4j begin transaction answered without a transaction id.", null, null, isTransient: false);
        }

        return new Neo4jTransaction(this, id, affinity);
    }

    /// <summary>
    /// Runs <paramref name="attempt"/> and runs it again after a transient failure, waiting
    /// <see cref="Neo4jOptions.RetryDelay"/> doubled per attempt (capped). Client errors are never retried.
    /// </summary>
    public async Task<T> RetryAsync<T>(Func<int, CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        for (var number = 0; ; number++)
        {
            try
            {
                return await attempt(number, cancellationToken);
            }
            catch (Neo4jException ex) when (ex.IsTransient && number < _options.MaxRetries)
            {
                await Task.Delay(BackoffDelay(number), _time, cancellationToken);
            }
        }
    }

    internal TimeSpan BackoffDelay(int attempt)
    {
        var ticks = _options.RetryDelay.Ticks * Math.Pow(2, Math.Min(attempt, 30));
        return ticks >= _options.MaxRetryDelay.Ticks ? _options.MaxRetryDelay : TimeSpan.FromTicks((long)ticks);
    }

    internal Uri TransactionUri(string id, string? suffix = null) =>
        new(_queryUri + "/tx/" + Uri.EscapeDataString(id) + (suffix is null ? string.Empty : "/" + suffix));

    internal async Task<QueryResponse> SendAsync(HttpMethod method, Uri uri, QueryRequest? body, string? affinity, string context, CancellationToken cancellationToken)
    {
        using var request = CreateRequest(method, uri, body, affinity);
        var (response, _) = await SendCoreAsync(request, context, cancellationToken);
        return response;
    }

    private HttpRequestMessage CreateRequest(HttpMethod method, Uri uri, QueryRequest? body, string? affinity)
    {
        var request = new HttpRequestMessage(method, uri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = _authorization;
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }

        if (body is not null)
        {
            // Serialised up front so the request carries a Content-Length: streamed JsonContent goes out chunked,
            // which some proxies in front of Neo4j mishandle.
            var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, Neo4jJson.Options));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            request.Content = content;
        }
        else if (method == HttpMethod.Post)
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        return request;
    }

    private async Task<(QueryResponse Response, string? Affinity)> SendCoreAsync(HttpRequestMessage request, string context, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        HttpResponseMessage message;
        string text;
        try
        {
            message = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token);
            text = await message.Content.ReadAsStringAsync(timeout.Token);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Neo4jException("neo4j_unreachable", $"Neo4j {context} timed out after {_options.RequestTimeout}.", null, null, isTransient: true, ex);
        }
        catch (HttpRequestException ex)
        {
            throw new Neo4jException("neo4j_unreachable", $"Neo4j {context} could not reach {request.RequestUri}: {ex.Message}", null, null, isTransient: true, ex);
        }

        using (message)
        {
            var response = Parse(text, message.StatusCode, context);
            if (!message.IsSuccessStatusCode || response?.Errors is { Count: > 0 })
            {
                throw Neo4jErrorMapper.Map(message.StatusCode, response?.Errors, context);
            }

            var affinity = message.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return (response ?? new QueryResponse(null, null, null, null, null), affinity);
        }
    }

    private static QueryResponse? Parse(string text, HttpStatusCode status, string context)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<QueryResponse>(text, Neo4jJson.Options);
        }
        catch (JsonException) when ((int)status is < 200 or > 299)
        {
            // A proxy's or the server's own error page in front of the API: the status still says what failed.
            return null;
        }
        catch (JsonException ex)
        {
            throw new Neo4jException("neo4j_protocol", $"Neo4j {context} answered HTTP {(int)status} with a body that is not Query API JSON: {ex.Message}", null, status, isTransient: false, ex);
        }
    }

    private static AuthenticationHeaderValue? CreateAuthorization(Neo4jOptions options)
    {
        if (!string.IsNullOrEmpty(options.BearerToken))
        {
            return new AuthenticationHeaderValue("Bearer", options.BearerToken);
        }

        if (!string.IsNullOrEmpty(options.Password))
        {
            // RFC 7617: base64 of UTF-8 "user:password".
            var raw = Encoding.UTF8.GetBytes($"{options.User}:{options.Password}");
            return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(raw));
        }

        return null;
    }
}
