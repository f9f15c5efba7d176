using System.Text;
using System.Text.Json;
using LinkGraph.Synthetic;

namespace LinkGraph.Synthetic.Tests;

public class SyntheticRandomTests
{
    [Fact]
    public void NextUInt64_SameSeed_SameSequence()
    {
        var a = new SyntheticRandom(42);
        var b = new SyntheticRandom(42);

        Assert.Equal(Enumerable.Range(0, 100).Select(_ => a.NextUInt64()), Enumerable.Range(0, 100).Select(_ => b.NextUInt64()));
    }

    [Fact]
    public void For_DifferentStreams_DifferentSequences()
    {
        Assert.NotEqual(SyntheticRandom.For(1, 2, 3).NextUInt64(), SyntheticRandom.For(1, 2, 4).NextUInt64());
        Assert.NotEqual(SyntheticRandom.For(1, 2, 3).NextUInt64(), SyntheticRandom.For(1, 3, 3).NextUInt64());
    }

    [Fact]
    public void Next_ManyDraws_StayInRangeAndCoverIt()
    {
        var random = new SyntheticRandom(9);
        var seen = new int[7];
        for (var i = 0; i < 7000; i++)
        {
            seen[random.Next(7)]++;
        }

        Assert.All(seen, count => Assert.InRange(count, 800, 1200));
        Assert.All(Enumerable.Range(0, 1000).Select(_ => random.Between(3, 5)), v => Assert.InRange(v, 3, 5));
    }

    [Fact]
    public void Mix_DistinctInputs_DistinctOutputs()
    {
        var outputs = Enumerable.Range(0, 100_000).Select(i => SyntheticRandom.Mix((ulong)i)).ToHashSet();

        Assert.Equal(100_000, outputs.Count);
    }

    [Fact]
    public void PhraseTemplate_FavouritesWithoutParaphrase_RendersTheSameWording()
    {
        var template = new PhraseTemplate("{Explain|Describe} your {full|complete} reasoning for: $Q");
        var random = new SyntheticRandom(1);
        var favourites = template.PickFavourites(random);
        var first = new StringBuilder();
        var second = new StringBuilder();

        template.Render(first, random, favourites, 0.0, "2+2");
        template.Render(second, random, favourites, 0.0, "2+2");

        Assert.Equal(first.ToString(), second.ToString());
        Assert.Matches("^(Explain|Describe) your (full|complete) reasoning for: 2\\+2$", first.ToString());
    }

    [Fact]
    public void EventLineWriter_DuplicateShare_RedeliversWholeLinesVerbatim()
    {
        using var output = new StringWriter();
        var writer = new EventLineWriter(output, 0.5, new SyntheticRandom(3));

        for (var i = 0; i < 200; i++)
        {
            writer.Observation("ip", "acc_" + i, 1_767_571_200 + i, "203.0.113.7");
        }

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(writer.Events, lines.Length);
        Assert.Equal(200, lines.Distinct().Count());
        Assert.InRange(lines.Length, 260, 340);
        Assert.All(lines.GroupBy(l => l).Where(g => g.Count() > 1), g => Assert.Equal(2, g.Count()));
    }

    [Fact]
    public void EventLineWriter_QuotesBackslashesAndControls_RoundTripThroughJson()
    {
        using var output = new StringWriter();
        var writer = new EventLineWriter(output);
        const string text = "say \"hi\" \\ then\nnew line\ttab \u0001";

        writer.Observation("prompt", "acc_1", 1_767_571_200, text);

        using var document = JsonDocument.Parse(output.ToString());
        Assert.Equal(text, document.RootElement.GetProperty("value").GetString());
        Assert.Equal("2026-01-05T00:00:00Z", document.RootElement.GetProperty("at").GetString());
        Assert.Equal(1, writer.Events);
    }
}
