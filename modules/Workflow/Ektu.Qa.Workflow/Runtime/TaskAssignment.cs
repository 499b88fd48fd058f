using Ektu.Qa.Identity;

namespace Ektu.Qa.Workflow.Runtime;

/// <summary>Who a new task goes to: its assignee, or else the candidates who may claim it.</summary>
internal sealed record TaskAssignment(UserSummary? Assignee, IReadOnlyList<UserSummary> Candidates)
{
    public IReadOnlyList<Guid> CandidateIds => Candidates.Select(u => u.Id).ToList();

    /// <summary>Who is told about the task: the assignee, or every candidate.</summary>
    public IReadOnlyList<UserSummary> Recipients => Assignee is { } a ? [a] : Candidates;
}
