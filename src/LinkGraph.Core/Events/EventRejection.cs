namespace LinkGraph.Core.Events;

/// <summary>Why one input line was rejected: where (line, field) and why.</summary>
public sealed record EventRejection(long Line, string Field, string Reason)
{
    public override string ToString() => $"line {Line}: {Field}: {Reason}";
}
