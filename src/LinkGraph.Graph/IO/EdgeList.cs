using System.Text;

namespace LinkGraph.Graph.IO;

/// <summary>A graph read from a text edge list, with each node's original token (UTF-8) by node id.</summary>
public sealed class EdgeList
{
    private readonly NodeNameTable _names;

    internal EdgeList(CsrGraph graph, NodeNameTable names, long lineCount, long edgeLineCount)
    {
        Graph = graph;
        _names = names;
        LineCount = lineCount;
        EdgeLineCount = edgeLineCount;
    }

    /// <summary>Nodes are numbered 0, 1, ... in order of first appearance in the file.</summary>
    public CsrGraph Graph { get; }

    public long LineCount { get; }

    /// <summary>Lines that held an edge (before parallel edges were merged).</summary>
    public long EdgeLineCount { get; }

    public ReadOnlySpan<byte> NameUtf8(int node) => _names.Name(node);

    public string Name(int node) => Encoding.UTF8.GetString(_names.Name(node));
}
