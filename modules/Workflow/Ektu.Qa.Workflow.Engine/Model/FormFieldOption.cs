namespace Ektu.Qa.Workflow.Engine;

/// <summary>One value of an enum form field (<c>camunda:value id name</c>).</summary>
public sealed record FormFieldOption(string Id, string? Name);
