namespace LinkGraph.Synthetic;

/// <summary>
/// One independently generated piece of a scenario (a single, a household, a company, a chunk of a campus, a
/// campaign burst). Units are shuffled before generation so that file order says nothing about labels.
/// </summary>
public readonly record struct GenerationUnit(GenerationUnitKind Kind, int Index, int Part, int Count);
