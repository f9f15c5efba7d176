using LinkGraph.Synthetic;

namespace LinkGraph.Synthetic.Evaluation;

/// <summary>The label of every account in a scenario, as read from <c>truth.json</c>.</summary>
public sealed class GroundTruth
{
    public GroundTruth(IReadOnlyDictionary<string, AccountLabel> labels)
    {
        Labels = labels;
    }

    public IReadOnlyDictionary<string, AccountLabel> Labels { get; }

    public int Count => Labels.Count;
}
