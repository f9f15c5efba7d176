namespace LinkGraph.Cli;

/// <summary>Process exit codes (docs/contract.md §3), the only place they are defined.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Input rejected; the reason is on stderr.</summary>
    public const int InputRejected = 1;

    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 2;

    /// <summary>Anything else went wrong (I/O, a bug); the reason is on stderr.</summary>
    public const int Failure = 3;
}
