using LinkGraph.Core.Abstractions;
using LinkGraph.Core.Errors;
using LinkGraph.Core.Hashing;
using LinkGraph.Core.Linking;
using LinkGraph.Core.Prompts;
using LinkGraph.Core.Signals;
using LinkGraph.Core.Tests.Pipeline;

namespace LinkGraph.Core.Tests.Linking;

public sealed class DetectionDataLoaderTests
{
    private const string Wrapper = "please answer the following question carefully and show every step of your work";
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Load_PromptsArriveOutOfOrder_OrderedByAccountThenTimeThenArrival()
    {
        var s = new InMemoryDetectionSource();
        var a = s.AddAccount("a", T0);
        var b = s.AddAccount("b", T0);
        s.Prompt(b, "b late", T0.AddMinutes(2));
        s.Prompt(a, "a last", T0.AddMinutes(3));
        s.Prompt(a, "a tie first", T0.AddMinutes(1));
        s.Prompt(b, "b early", T0.AddMinutes(1));
        s.Prompt(a, "a tie second", T0.AddMinutes(1));

        var data = Load(s);

        Assert.Equal([1, 1, 1, 2, 2], data.PromptAccount);
        Assert.Equal([1, 1, 3, 1, 2], data.PromptAt.Select(t => (t - T0.ToUnixTimeSeconds()) / 60));
        Assert.Equal(
            ["a tie first", "a tie second", "a last", "b early", "b late"],
            data.PromptIdentifier.Select(i => TextOf(data.IdentifierValue[i]!, "a tie first", "a tie second", "a last", "b early", "b late")));
        Assert.Equal([0, 3, 2], data.AccountPrompts);
    }

    [Fact]
    public void Load_ShortPromptsAndTwoWordingsOfOneTemplate_ShortMutedVariantsFolded()
    {
        var s = new InMemoryDetectionSource();
        var a = s.AddAccount("a", T0);
        var b = s.AddAccount("b", T0);
        s.Prompt(a, "hi", T0);
        s.Prompt(b, "hi", T0.AddMinutes(1));
        s.Prompt(a, Wrapper + " what is the capital of france", T0.AddMinutes(2));
        s.Prompt(b, Wrapper + " what is the capital of spain", T0.AddMinutes(3));

        var data = Load(s);

        Assert.Equal(1, data.TemplateCount);
        var template = data.IdentifierCapacity - 1;
        Assert.Equal((byte)IdentifierKind.PromptTemplate, data.IdentifierKind[template]);
        Assert.StartsWith("tpl-", data.IdentifierValue[template], StringComparison.Ordinal);
        Assert.Equal(2, data.TemplateVariants[template]);
        var hi = data.PromptIdentifier[0];
        Assert.True(data.IdentifierMuted[hi]);
        Assert.Equal([hi, template, hi, template], data.PromptIdentifier);
        Assert.All(data.PromptIdentifier.Where(i => i != template), i => Assert.True(data.IdentifierMuted[i]));

        // The template has one observation per account, in its own group after the store's groups.
        Assert.Equal(template, data.GroupIdentifier[data.GroupCount - 1]);
        Assert.Equal([1, 2], data.ObsAccount.AsSpan()[data.GroupStart[data.GroupCount - 1]..].ToArray());
        Assert.Equal(data.ObsAccount.Count, data.GroupStart[data.GroupCount]);
    }

    [Fact]
    public void Load_SketchOfAPromptNoEventUses_Ignored()
    {
        var s = TwoWordings();
        var sketches = s.ReadPromptSketches(TestContext.Current.CancellationToken).ToList();
        var unused = new PromptSketchRecord(1, PromptSketcher.Sketch(Wrapper + " something else entirely")!);

        var plain = Load(s);
        var extra = Load(new SketchesOverride(s, [unused, .. sketches]));

        Assert.Equal(plain.PromptIdentifier, extra.PromptIdentifier);
        Assert.Equal(plain.IdentifierValue, extra.IdentifierValue);
        Assert.False(extra.IdentifierMuted[1]);
    }

    [Fact]
    public void Load_TwoSketchesForOnePrompt_Throws()
    {
        var s = TwoWordings();
        var sketches = s.ReadPromptSketches(TestContext.Current.CancellationToken).ToList();

        var e = Assert.Throws<LinkGraphException>(() => Load(new SketchesOverride(s, [sketches[0], .. sketches])));

        Assert.Equal("source_order", e.Code);
        Assert.Contains($"prompt identifier {sketches[0].IdentifierId}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ObservationsOutOfOrder_ReportsTheReadersErrorNotACancellation()
    {
        var s = TwoWordings();

        var e = Assert.Throws<LinkGraphException>(() => Load(new ObservationsReversed(s)));

        Assert.Equal("source_order", e.Code);
    }

    [Fact]
    public void OrderByAccountThenTime_UnsortedRuns_StableByArrival()
    {
        int[] account = [2, 1, 2, 1, 1, 2];
        long[] ticks = [50, 30, 10, 10, 30, 10];

        var order = PromptEvents.OrderByAccountThenTime(account, ticks, [0, 3, 3], account.Length);

        Assert.Equal([3, 1, 4, 2, 5, 0], order);
    }

    private static DetectionData Load(IDetectionSource source) => DetectionDataLoader.Load(source, 0.4, TestContext.Current.CancellationToken);

    private static InMemoryDetectionSource TwoWordings()
    {
        var s = new InMemoryDetectionSource();
        var a = s.AddAccount("a", T0);
        var b = s.AddAccount("b", T0);
        s.Use(a, IdentifierKind.Device, "dev-1", T0);
        s.Use(b, IdentifierKind.Device, "dev-1", T0);
        s.Prompt(a, Wrapper + " what is the capital of france", T0.AddMinutes(2));
        s.Prompt(b, Wrapper + " what is the capital of spain", T0.AddMinutes(3));
        return s;
    }

    private static string TextOf(string exactValue, params string[] texts) =>
        texts.Single(t => exactValue == "px-" + XxHash64.HashHex(PromptNormalizer.Normalize(t)));

    /// <summary>Another source's records with the sketches replaced.</summary>
    private sealed class SketchesOverride(IDetectionSource inner, IReadOnlyList<PromptSketchRecord> sketches) : IDetectionSource
    {
        public int MaxAccountId => inner.MaxAccountId;

        public int MaxIdentifierId => inner.MaxIdentifierId;

        public IEnumerable<AccountRecord> ReadAccounts(CancellationToken cancellationToken) => inner.ReadAccounts(cancellationToken);

        public IEnumerable<IdentifierRecord> ReadIdentifiers(CancellationToken cancellationToken) => inner.ReadIdentifiers(cancellationToken);

        public IEnumerable<ObservationRecord> ReadObservations(CancellationToken cancellationToken) => inner.ReadObservations(cancellationToken);

        public IEnumerable<PromptRecord> ReadPrompts(CancellationToken cancellationToken) => inner.ReadPrompts(cancellationToken);

        public IEnumerable<PromptSketchRecord> ReadPromptSketches(CancellationToken cancellationToken) => sketches;
    }

    /// <summary>Another source's records with the observations in the wrong order.</summary>
    private sealed class ObservationsReversed(IDetectionSource inner) : IDetectionSource
    {
        public int MaxAccountId => inner.MaxAccountId;

        public int MaxIdentifierId => inner.MaxIdentifierId;

        public IEnumerable<AccountRecord> ReadAccounts(CancellationToken cancellationToken) => inner.ReadAccounts(cancellationToken);

        public IEnumerable<IdentifierRecord> ReadIdentifiers(CancellationToken cancellationToken) => inner.ReadIdentifiers(cancellationToken);

        public IEnumerable<ObservationRecord> ReadObservations(CancellationToken cancellationToken) => inner.ReadObservations(cancellationToken).Reverse();

        public IEnumerable<PromptRecord> ReadPrompts(CancellationToken cancellationToken) => inner.ReadPrompts(cancellationToken);

        public IEnumerable<PromptSketchRecord> ReadPromptSketches(CancellationToken cancellationToken) => inner.ReadPromptSketches(cancellationToken);
    }
}
