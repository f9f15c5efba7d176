namespace LinkGraph.Neo4j.Tests.Fakes;

/// <summary>What the fake Query API answers: a status, a JSON body and extra headers.</summary>
public sealed record FakeResponse(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static FakeResponse Accepted(string body) => new(202, body);

    public static FakeResponse Error(int status, string code, string message) =>
        new(status, $$"""{"errors":[{"code":"{{code}}","message":"{{message}}"}]}""");
}
