namespace LinkGraph.Core.Errors;

/// <summary>Base of every domain error; <see cref="Code"/> is a stable string that maps to exit codes and HTTP statuses.</summary>
public class LinkGraphException : Exception
{
    public LinkGraphException(string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
    }

    public string Code { get; }
}
