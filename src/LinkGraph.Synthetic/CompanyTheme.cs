namespace LinkGraph.Synthetic;

/// <summary>What one company works on: its project, area and stack, which its employees' prompts keep returning to.</summary>
public sealed record CompanyTheme(string Project, string Area, string Language, double TemplateShare);
