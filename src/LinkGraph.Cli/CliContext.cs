namespace LinkGraph.Cli;

/// <summary>The writers a command uses: data to <see cref="Out"/>, progress and messages to <see cref="Error"/>.</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error)
{
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
