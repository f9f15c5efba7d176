using LinkGraph.Core.Errors;

namespace LinkGraph.Cli;

/// <summary>The command line is well-formed but its values do not make sense together (exit code 2).</summary>
public sealed class UsageException(string message) : LinkGraphException("usage", message);
