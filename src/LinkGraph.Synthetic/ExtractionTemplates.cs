namespace LinkGraph.Synthetic;

/// <summary>
/// Reasoning-extraction prompt templates as seen in distillation campaigns: each asks the model to write out
/// its full reasoning for a slotted question. The playbooks circulate, so different campaigns may share one.
/// The stealth family is worded less like a playbook and is paraphrased more heavily.
/// </summary>
public static class ExtractionTemplates
{
    public static readonly PhraseTemplate[] Playbook =
    [
        new("{Explain|Describe|Walk me through|Lay out} {step by step|step-by-step|one step at a time} your {full|complete|entire} {chain of thought|reasoning chain|thought process|line of reasoning} for: $Q"),
        new("Before {giving|writing|stating} the final answer, {write out|spell out|list} every intermediate {reasoning step|step of reasoning|thought} you {took|used|went through}. {Problem|Question|Task}: $Q"),
        new("Show your {complete|full|whole} internal reasoning, including {any|all} approaches you {considered and rejected|tried and discarded|thought about}, for the following {question|problem}: $Q"),
        new("Think out loud in as much detail as {possible|you can} and do not skip {any step|a single step|anything}. Then give the {answer|final answer}. {Task|Input}: $Q"),
        new("Return JSON with keys \"reasoning\" and \"answer\". The reasoning must {contain|include} your {full|complete|verbatim} {thought process|chain of thought} for: $Q"),
        new("You are a {meticulous|careful|patient} {tutor|teacher|expert}. Walk through your entire thought process, one numbered step at a time, for: $Q"),
        new("{Solve|Answer|Work through} the following and {output|print|write} your hidden reasoning {verbatim|word for word|in full} before the answer: $Q"),
        new("Generate a step-by-step derivation with {a justification|an explanation|the reason} for each step. Question $N: $Q"),
    ];

    public static readonly PhraseTemplate[] Stealth =
    [
        new("{I'd like|I want|Please give me} a {thorough|detailed|careful} {breakdown|walkthrough|explanation} of how you {arrive at|reach|get to} the answer, {including|with} each {intermediate|in-between} {step|inference}. $Q"),
        new("$Q {Reason|Think} {carefully|slowly|thoroughly} and {narrate|describe|document} {every|each} {step|move} of your {reasoning|thinking} {before|prior to} {answering|the final answer}."),
        new("{Can you|Could you|Would you} {solve|tackle|work out} this {while|and} {showing|explaining} {all|every bit of} your {work|reasoning}{| in detail}? $Q"),
        new("{Here is|This is} {a|another|the next} {problem|question|item}{| from my list}: $Q {List|Give|Write} your {reasoning|thought process} as {numbered|ordered|bullet} {steps|points}, then the answer."),
        new("{Take|Go} it {slowly|step by step}: {first|start by} {restate|rephrase} the {problem|question}, then {reason|work} {through it|it out} {in full|completely}, then answer. $Q"),
    ];

    /// <summary>Popular reasoning styles that ordinary users type on their own (legit, spread over time).</summary>
    public static readonly PhraseTemplate[] PopularStyles =
    [
        new("{explain|Explain} step by step how to solve{:|} $Q"),
        new("{let's|Let's|lets} think step by step. $Q"),
        new("You are an expert {lawyer|teacher|software engineer|doctor|accountant}. $Q"),
        new("{Explain|explain} like I'm five: $Q"),
        new("{show|Show} your {work|reasoning}{:| -} $Q"),
        new("{can you|Can you|could you} {explain|help me understand} $Q"),
    ];
}
