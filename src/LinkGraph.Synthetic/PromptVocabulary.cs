namespace LinkGraph.Synthetic;

/// <summary>Word lists the prompt generators draw from; broad enough that independent users rarely collide.</summary>
public static class PromptVocabulary
{
    public static readonly string[] CommonShort =
    [
        "hi", "hello", "thanks", "thank you", "what is the capital of france", "tell me a joke", "test", "ok",
        "who are you", "how are you", "hey", "what can you do", "thanks!", "good morning", "continue",
        "what is the meaning of life", "write a poem", "what day is it today", "help", "translate to english",
        "explain quantum computing", "what is ai", "make it shorter", "summarize", "yes", "no", "more",
    ];

    public static readonly string[] Tasks =
    [
        "center a div in css", "reverse a linked list", "file my taxes as a freelancer", "remove a stripped screw",
        "make sourdough starter", "negotiate a raise", "set up a python virtual environment", "fix a leaking tap",
        "learn spanish faster", "train for a half marathon", "write a cover letter", "repot a monstera",
        "merge two git branches", "speed up my laptop", "clean a cast iron pan", "start a vegetable garden",
        "deploy a docker container", "write a wedding toast", "budget on a low income", "ask for feedback",
        "sort a dictionary by value in python", "parse json in javascript", "read a csv with pandas",
        "improve my sleep", "choose a mortgage", "back up my phone", "teach my dog to sit", "change a tire",
    ];

    public static readonly string[] Topics =
    [
        "climate change", "the roman empire", "black holes", "machine learning", "the french revolution",
        "photosynthesis", "inflation", "the stock market", "electric cars", "meditation", "jazz history",
        "volcanoes", "the human immune system", "cryptocurrency", "renaissance art", "plate tectonics",
        "the cold war", "supply and demand", "dna replication", "game theory", "the water cycle", "vaccines",
        "neural networks", "compound interest", "the silk road", "quantum entanglement", "coral reefs",
    ];

    public static readonly string[] Kinds =
        ["poem", "short story", "haiku", "blog post", "limerick", "speech", "product description", "tweet", "song"];

    public static readonly string[] Languages =
        ["Spanish", "French", "German", "Japanese", "Portuguese", "Italian", "Korean", "Hindi", "Indonesian", "Dutch"];

    public static readonly string[] Cities =
        ["Lisbon", "Kyoto", "Mexico City", "Prague", "Cape Town", "Hanoi", "Vancouver", "Istanbul", "Buenos Aires", "Seoul"];

    public static readonly string[] Dishes =
        ["lasagna", "pad thai", "banana bread", "chili", "risotto", "pancakes", "curry", "tacos", "ramen", "falafel"];

    public static readonly string[] Codes = ["python", "javascript", "c#", "java", "go", "rust", "sql", "typescript", "bash"];

    public static readonly string[] Errors =
    [
        "TypeError: undefined is not a function", "NullReferenceException", "KeyError: 'id'",
        "segmentation fault (core dumped)", "ModuleNotFoundError: No module named 'numpy'",
        "CORS policy: No 'Access-Control-Allow-Origin' header", "index out of range", "permission denied",
        "connection refused", "cannot borrow as mutable", "deadlock detected", "out of memory",
    ];

    public static readonly string[] Roles =
        ["lawyer", "nutritionist", "senior software engineer", "career coach", "travel agent", "copywriter", "teacher", "doctor"];

    public static readonly string[] Subjects =
    [
        "a train leaves at {a} km/h and another at {b} km/h", "a rectangle has perimeter {a} and area {b}",
        "the sum of two numbers is {a} and their difference is {b}", "{a} workers finish a job in {b} days",
        "a loan of {a} dollars at {b} percent interest", "a ball is thrown upward at {a} m/s from {b} m",
        "a tank fills in {a} hours and drains in {b} hours", "the probability of drawing {a} red cards out of {b}",
        "a sequence starts at {a} and grows by {b} each step", "a mixture of {a} liters at {b} percent salt",
    ];

    public static readonly string[] Questions =
    [
        "what is x if {a}x + {b} = {c}", "prove that the square root of {a} is irrational",
        "find the derivative of x^{a} * sin({b}x)", "how many ways can {a} people sit in {b} chairs",
        "is {c} a prime number", "integrate {a}x^2 + {b}x from 0 to {c}", "what is {a} choose {b}",
        "why does ice float on water", "why is the sky blue", "how do vaccines train the immune system",
        "write a function that returns the {a}th fibonacci number", "sort {a} numbers using merge sort",
        "find the shortest path in a grid of size {a} by {b}", "why do objects of mass {a} kg fall at the same rate",
        "what causes the seasons on earth", "how does a transistor amplify a signal", "solve {a}x^2 - {b}x + {c} = 0",
        "implement an lru cache with capacity {a}", "detect a cycle in a graph with {a} nodes",
        "estimate the number of piano tuners in a city of {a} thousand people",
    ];

    public static readonly string[] Filler =
    [
        "please", "quickly", "in detail", "briefly", "for a beginner", "with examples", "in simple words",
        "for my homework", "for work", "asap", "i am confused", "again", "thanks in advance", "urgent",
    ];

    public static readonly string[] ProjectWords =
    [
        "atlas", "phoenix", "orion", "nimbus", "falcon", "helix", "quartz", "zephyr", "titan", "ember", "nova",
        "cobalt", "aurora", "vector", "summit", "pulse", "raven", "sierra", "delta", "lumen",
    ];

    public static readonly string[] WorkAreas =
    [
        "billing service", "checkout flow", "onboarding emails", "quarterly report", "data pipeline",
        "mobile app release", "customer churn analysis", "support backlog", "security review", "pricing page",
        "hiring plan", "incident postmortem", "api gateway", "marketing campaign", "inventory forecast",
    ];

    public static readonly string[] Words =
    [
        "system", "customer", "value", "report", "team", "market", "data", "issue", "account", "service", "order",
        "payment", "delay", "update", "feature", "request", "result", "quality", "process", "change", "budget",
        "risk", "plan", "review", "error", "user", "release", "contract", "meeting", "deadline", "target",
    ];
}
