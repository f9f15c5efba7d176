using LinkGraph.Core.Prompts;

namespace LinkGraph.Core.Tests.Prompts;

public sealed class PromptNormalizerTests
{
    [Theory]
    [InlineData("Hello   World", "hello world")]
    [InlineData("  leading and trailing \t\n", "leading and trailing")]
    [InlineData("Order 12345 shipped in 3 days", "order 0 shipped in 0 days")]
    [InlineData("v2.10.3", "v0.0.0")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    public void Normalize_FoldsCaseSpaceAndDigits(string input, string expected)
    {
        Assert.Equal(expected, PromptNormalizer.Normalize(input));
    }

    [Fact]
    public void Normalize_TemplateCopiesWithDifferentNumbers_CompareEqual()
    {
        var a = PromptNormalizer.Normalize("Explain step by step how you solved problem 17.");
        var b = PromptNormalizer.Normalize("explain  STEP by step how you solved problem 2024.");
        Assert.Equal(a, b);
    }
}
