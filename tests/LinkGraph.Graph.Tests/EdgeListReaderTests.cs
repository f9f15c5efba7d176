using System.Text;
using LinkGraph.Graph.IO;

namespace LinkGraph.Graph.Tests;

public class EdgeListReaderTests
{
    [Fact]
    public void Read_TokensCommentsAndWeights_BuildsGraphInFirstAppearanceOrder()
    {
        var list = Read("# header\nalice bob\nbob carol 2.5  # trailing comment\n\n  carol\talice 0.5\r\nalice bob\n");

        Assert.Equal(3, list.Graph.NodeCount);
        Assert.Equal("alice", list.Name(0));
        Assert.Equal("bob", list.Name(1));
        Assert.Equal("carol", list.Name(2));
        Assert.Equal(3, list.Graph.EdgeCount);
        Assert.Equal([2.0, 0.5], list.Graph.NeighborWeights(0).ToArray());
        Assert.Equal(4, list.EdgeLineCount);
        Assert.Equal(6, list.LineCount);
    }

    [Fact]
    public void Read_NumericAndOtherTokens_OneNodePerDistinctToken()
    {
        // "7" takes the direct numeric path, "007" and numbers from 2^24 up the hashed one: all distinct tokens.
        var list = Read("7 007\n16777216 x\n7 16777216\n0 00\n007 x\n");

        Assert.Equal(6, list.Graph.NodeCount);
        Assert.Equal(["7", "007", "16777216", "x", "0", "00"], Enumerable.Range(0, 6).Select(list.Name).ToArray());
        Assert.Equal([1, 2], list.Graph.Neighbors(0).ToArray());
        Assert.Equal([0, 3], list.Graph.Neighbors(1).ToArray());
    }

    [Fact]
    public void Read_Utf8BomAndUnicodeTokens_Kept()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("ünï 東京\n")).ToArray();

        var list = EdgeListReader.Read(new MemoryStream(bytes), TestContext.Current.CancellationToken);

        Assert.Equal("ünï", list.Name(0));
        Assert.Equal("東京", list.Name(1));
    }

    [Fact]
    public void Read_NoTrailingNewline_LastLineRead()
    {
        var list = Read("a b\nb c");

        Assert.Equal(2, list.Graph.EdgeCount);
    }

    [Fact]
    public void Read_SelfLoopLine_IsSelfLoop()
    {
        var list = Read("a a 3\n");

        Assert.Equal(1, list.Graph.NodeCount);
        Assert.Equal(6.0, list.Graph.Strength(0));
    }

    [Fact]
    public void Read_Empty_EmptyGraph()
    {
        var list = Read("# nothing here\n\n");

        Assert.Equal(0, list.Graph.NodeCount);
    }

    [Theory]
    [InlineData("a b\nlonely\n", "line 2: expected 'u v [w]' but found only one token 'lonely'")]
    [InlineData("a b x\n", "line 1: weight 'x' is not a number")]
    [InlineData("a b 1\na b NaN\n", "line 2: weight NaN must be finite and greater than 0")]
    [InlineData("a b -2\n", "line 1: weight -2 must be finite and greater than 0")]
    [InlineData("a b 0\n", "line 1: weight 0 must be finite and greater than 0")]
    [InlineData("a b 1 2\n", "line 1: expected 'u v [w]' but found more than three tokens")]
    public void Read_BadLine_RejectedWithLineNumberAndReason(string text, string expected)
    {
        var ex = Assert.Throws<EdgeListFormatException>(() => Read(text));

        Assert.Equal(expected, ex.Errors[0]);
        Assert.Equal(1, ex.BadLineCount);
    }

    [Fact]
    public void Read_ManyBadLines_CountsAllReportsFirstTwenty()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 30; i++)
        {
            text.Append("a b bad\n");
        }

        var ex = Assert.Throws<EdgeListFormatException>(() => Read(text.ToString()));

        Assert.Equal(30, ex.BadLineCount);
        Assert.Equal(20, ex.Errors.Count);
        Assert.StartsWith("line 20:", ex.Errors[19], StringComparison.Ordinal);
        Assert.StartsWith("30 bad line(s)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InputLargerThanBlockAndLongLine_AllEdgesRead()
    {
        // Lines straddle the 1 MiB block boundary, and one token is longer than a block.
        var text = new StringBuilder();
        for (var i = 0; i < 120_000; i++)
        {
            text.Append("node").Append(i).Append(' ').Append("node").Append(i + 1).Append('\n');
        }

        var longName = new string('x', 1_500_000);
        text.Append(longName).Append(" node0\n");

        var list = Read(text.ToString());

        Assert.Equal(120_002, list.Graph.NodeCount);
        Assert.Equal(120_001, list.Graph.EdgeCount);
        Assert.Equal(longName, list.Name(120_001));
        Assert.Equal("node77", list.Name(77));
    }

    private static EdgeList Read(string text) =>
        EdgeListReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), TestContext.Current.CancellationToken);
}
