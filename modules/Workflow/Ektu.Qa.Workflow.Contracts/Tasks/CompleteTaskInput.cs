using System.Text.Json.Nodes;

namespace Ektu.Qa.Workflow.Tasks;

/// <summary>
/// Completes a task: <see cref="Outcome"/> (approval forms: approve / revise / reject) and <see cref="Comment"/> become
/// the process variables <c>outcome</c> and <c>comment</c>; <see cref="Values"/> are merged into the variables too, and
/// may name only the fields the task's form declares (<c>camunda:formField</c>), never a variable the starting module set.
/// </summary>
public sealed record CompleteTaskInput
{
    public string? Outcome { get; init; }
    public string? Comment { get; init; }
    public JsonObject? Values { get; init; }
    public int Version { get; init; }
}
