namespace LinkGraph.Cli;

/// <summary>The writers a command uses: data to <see cref="Out"/>, progress and messages to <see cref="Error"/>.</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error)
{
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Opens standard input (an input named <c>-</c>); tests substitute a stream.</summary>
    public Func<Stream> OpenStandardInput { get; init; } = Console.OpenStandardInput;
}
