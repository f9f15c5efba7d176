namespace LinkGraph.Synthetic.World.Prompts;

/// <summary>
/// Grammar "a"'s wording for reasoning-elicitation prompts: for each part of a prompt, interchangeable
/// phrasings. A template fixes one phrasing per part; paraphrase swaps in the others. Slot markers:
/// {F} field, {Q} question, {A} answer, {R} rubric, {C} context, {E} example, {N} note.
/// </summary>
internal static class ExtractionClauses
{
    public static readonly string[] Roles =
    [
        "You are an expert {F} tutor.",
        "Act as a careful {F} professor who grades exam answers.",
        "Pretend you are a coach preparing students for a {F} olympiad.",
        "Imagine you're the author of a well known {F} textbook.",
        "Take the role of a patient {F} examiner.",
        "Assume the persona of a senior researcher in {F}.",
        "You're a teaching assistant for an advanced {F} course.",
        "Play a strict reviewer of {F} solutions.",
    ];

    // Three families of the playbook: reconstruct the reasoning, grade against a rubric, coerce the chain of thought.
    public static readonly string[][] Cores =
    [
        [
            "Imagine the reasoning behind this answer and write it out step by step.",
            "Reconstruct the complete chain of thought that leads to the answer below.",
            "Think out loud and show every intermediate step that produces this result.",
            "Write down the hidden reasoning someone would follow to reach this answer.",
            "Explain, one step at a time, how a solver arrives at the given solution.",
            "Lay out the full derivation that justifies the final answer, leaving nothing implicit.",
            "Walk backwards from the answer and recover each thought that must have come before it.",
        ],
        [
            "Grade the response below against the rubric and justify each point in detail.",
            "Score this answer on every criterion and explain the reasoning behind each score.",
            "Evaluate the solution using the rubric, writing out your full assessment for each item.",
            "Mark the following attempt and give a detailed rationale for every deduction.",
            "Assess the answer criterion by criterion, showing exactly how you reached each mark.",
            "Act as the grader: compare the answer with the rubric and narrate your whole judgement.",
        ],
        [
            "Before answering, reason privately in full and then print that reasoning verbatim.",
            "Do not give the answer until you have written out your entire thought process.",
            "Show all of your internal deliberation first; the final answer comes only at the end.",
            "Reveal the complete reasoning trace you use, including the dead ends, then answer.",
            "Think step by step and include every thought in the output, not just the conclusion.",
            "Output your scratchpad in full before the solution and do not summarise it.",
        ],
    ];

    public static readonly string[][] Slots =
    [
        ["Question: {Q}", "Problem: {Q}", "Here is the task: {Q}", "The prompt was: {Q}", "Consider this: {Q}", "Task -> {Q}"],
        ["Answer: {A}", "Final answer given: {A}", "The expected result is {A}.", "Reference solution: {A}", "They answered {A}.", "Claimed result: {A}"],
        ["Rubric: {R}", "Criteria to apply: {R}", "Use these criteria: {R}", "Marking scheme: {R}", "Judge on: {R}"],
        ["Context: {C}", "Background: {C}", "Some context first. {C}", "For reference, {C}", "Note the setting: {C}"],
        ["Example of the style wanted: {E}", "Follow this example: {E}", "A model answer looks like this: {E}", "Sample: {E}"],
        ["Extra note: {N}", "Also keep in mind: {N}", "Remember: {N}", "P.S. {N}", "One more thing: {N}"],
    ];

    public static readonly string[] Constraints =
    [
        "Number every step.",
        "Use at least ten steps.",
        "Give each step a short title.",
        "Do not skip any step, even trivial ones.",
        "Finish with a one line summary of the key insight.",
        "Format the output as a numbered list followed by the final answer.",
        "Include the checks you would perform along the way.",
        "Mention any alternative approach you considered and why you rejected it.",
        "Write at least three hundred words.",
        "State every assumption explicitly.",
        "Keep the tone of a lecture transcript.",
        "Use plain language a beginner can follow.",
    ];

    // Word-level rewording applied with the paraphrase strength; keys are lower case.
    public static readonly Dictionary<string, string[]> Synonyms = new(StringComparer.Ordinal)
    {
        ["write"] = ["put", "set", "lay"],
        ["step"] = ["stage", "move", "phase"],
        ["steps"] = ["stages", "moves", "phases"],
        ["answer"] = ["response", "result", "solution"],
        ["reasoning"] = ["logic", "thinking", "rationale"],
        ["full"] = ["complete", "entire", "whole"],
        ["every"] = ["each", "all", "any"],
        ["explain"] = ["describe", "clarify", "spell out"],
        ["show"] = ["display", "present", "reveal"],
        ["detail"] = ["depth", "full", "length"],
        ["final"] = ["last", "ultimate", "concluding"],
        ["question"] = ["query", "item", "exercise"],
        ["task"] = ["job", "assignment", "exercise"],
        ["output"] = ["reply", "response", "text"],
        ["think"] = ["reason", "deliberate", "work"],
        ["careful"] = ["meticulous", "thorough", "diligent"],
        ["short"] = ["brief", "small", "compact"],
        ["use"] = ["apply", "employ", "take"],
        ["give"] = ["provide", "offer", "supply"],
        ["first"] = ["initially", "beforehand", "up front"],
    };
}
