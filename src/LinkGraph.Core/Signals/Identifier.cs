namespace LinkGraph.Core.Signals;

/// <summary>A canonical identifier: its kind and its canonical value (never raw prompt text).</summary>
public readonly record struct Identifier(IdentifierKind Kind, string Value);
