using LinkGraph.Core.Events;

namespace LinkGraph.Core.Errors;

/// <summary>Input was rejected; <see cref="Rejections"/> lists the first offending lines with their reasons.</summary>
public sealed class InvalidInputException : LinkGraphException
{
    public InvalidInputException(string message, IReadOnlyList<EventRejection> rejections)
        : base("invalid_input", message)
    {
        Rejections = rejections;
    }

    public IReadOnlyList<EventRejection> Rejections { get; }
}
