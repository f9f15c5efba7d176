namespace LinkGraph.Core.Prompts;

/// <summary>How <see cref="PromptSketcher"/> computes its 64 minima: one lane at a time, or 4 or 8 hashes per instruction.</summary>
internal enum SketchKernel
{
    Scalar,
    Vector256,
    Vector512,
}
