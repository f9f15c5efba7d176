using LinkGraph.Core.Errors;
using LinkGraph.Synthetic.Evaluation;

namespace LinkGraph.Synthetic.Tests.Evaluation;

public class EvaluationInputTests
{
    [Theory]
    [InlineData("{\"accounts\": [", "not valid JSON at line 1")]
    [InlineData("{\"scenario\": \"x\"}", "has no \"accounts\" array")]
    [InlineData("{\"accounts\": [{\"label\": \"legit\", \"category\": \"single\"}]}", "accounts[0] has no \"account\" id")]
    [InlineData("{\"accounts\": [{\"account\": \"a\", \"label\": \"maybe\"}]}", "accounts[0] (a) has label 'maybe'")]
    [InlineData("{\"accounts\": [{\"account\": \"a\", \"label\": \"legit\"}]}", "is legit but has no \"category\"")]
    [InlineData("{\"accounts\": [{\"account\": \"a\", \"label\": \"fraud\", \"kind\": \"hydra\"}]}", "is fraud but lacks")]
    [InlineData("{\"accounts\": [{\"account\": \"a\", \"label\": \"legit\", \"category\": \"single\"}, {\"account\": \"a\", \"label\": \"legit\", \"category\": \"single\"}]}", "listed twice")]
    public void GroundTruthReader_Malformed_RejectedWithReason(string json, string reason)
    {
        var ex = Assert.Throws<LinkGraphException>(() => GroundTruthReader.Read(EvaluationFixtures.Stream(json)));

        Assert.Equal("invalid_input", ex.Code);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("truth file", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1, 2", "not valid JSON")]
    [InlineData("{\"run\": {}}", "has no \"rings\" array")]
    [InlineData("{\"rings\": [{\"id\": \"r1\", \"accounts\": [\"a\"]}]}", "rings[0] (r1) has no boolean \"flagged\"")]
    [InlineData("{\"rings\": [{\"id\": \"r1\", \"flagged\": true}]}", "rings[0] (r1) needs an \"accounts\" array")]
    [InlineData("{\"rings\": [{\"id\": \"r1\", \"flagged\": \"yes\", \"accounts\": []}]}", "$.rings[0].flagged")]
    public void RingsReader_Malformed_RejectedWithReason(string json, string reason)
    {
        var ex = Assert.Throws<LinkGraphException>(() => RingsReader.Read(EvaluationFixtures.Stream(json)));

        Assert.Equal("invalid_input", ex.Code);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RingsReader_ContractDocument_KeepsIdsFlagsAndAccounts()
    {
        var rings = RingsReader.Read(EvaluationFixtures.Stream(EvaluationFixtures.Rings));

        Assert.Equal(["R1", "R2", "R3", "R4"], rings.Select(r => r.Id));
        Assert.Equal([true, true, false, true], rings.Select(r => r.Flagged));
        Assert.Equal(["f1", "f2", "f3", "h1"], rings[0].Accounts);
    }
}
