using LinkGraph.Core.Hashing;
using LinkGraph.Core.Prompts;

namespace LinkGraph.Core.Tests.Prompts;

public sealed class PromptLeaderOrderTests
{
    [Fact]
    public void Of_HashValues_MostUsedFirstThenSmallerValue()
    {
        var random = new Random(7);
        var values = new string?[2001];
        var exact = new int[2000];
        var uses = new int[2000];
        for (var d = 0; d < exact.Length; d++)
        {
            exact[d] = d + 1;
            values[d + 1] = "px-" + XxHash64.HashHex("prompt " + d);
            uses[d] = random.Next(1, 6);
        }

        var order = PromptLeaderOrder.Of(exact, uses, values);

        Assert.Equal(Expected(exact, uses, values), order);
    }

    [Fact]
    public void Of_ValuesNotAllHashes_SameRuleByComparison()
    {
        string?[] values = [null, "px-00000000000000ff", "b", "px-000000000000000a", "a", "px-00000000000000AA"];
        int[] exact = [1, 2, 3, 4, 5];
        int[] uses = [2, 1, 2, 1, 2];

        var order = PromptLeaderOrder.Of(exact, uses, values);

        Assert.Equal([2, 4, 0, 3, 1], order);
        Assert.Equal(Expected(exact, uses, values), order);
    }

    private static int[] Expected(int[] exact, int[] uses, string?[] values) =>
        [.. Enumerable.Range(0, exact.Length).OrderByDescending(d => uses[d]).ThenBy(d => values[exact[d]], StringComparer.Ordinal)];
}
