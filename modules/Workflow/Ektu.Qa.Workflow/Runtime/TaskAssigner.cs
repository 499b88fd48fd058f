using Ektu.Qa.Identity;
using Ektu.Qa.Workflow.Data;

namespace Ektu.Qa.Workflow.Runtime;

/// <summary>
/// Resolves <c>camunda:assignee</c> (a user name or id) and <c>camunda:candidateGroups</c> (role names, held in the
/// record's unit or above it) to users. A four-eyes task leaves out everyone who completed a task of the instance.
/// </summary>
internal sealed class TaskAssigner(IIdentityIntegrationService identity, TaskRepository tasks)
{
    public async Task<(Guid? Assignee, IReadOnlyList<Guid> Candidates)> ResolveAsync(
        Guid instanceId, Guid unitId, string? assignee, IReadOnlyList<string> groups, bool fourEyes, CancellationToken ct)
    {
        var excluded = fourEyes ? (await tasks.GetCompletersAsync(instanceId, ct)).ToHashSet() : [];
        Guid? assigneeId = null;
        if (!string.IsNullOrWhiteSpace(assignee))
        {
            if (Guid.TryParse(assignee, out var id)) assigneeId = (await identity.GetUsersAsync([id], ct)).FirstOrDefault()?.Id;
            else assigneeId = (await identity.GetUsersByNameAsync([assignee], ct)).FirstOrDefault()?.Id;
            if (assigneeId is { } a && excluded.Contains(a)) assigneeId = null;
        }
        var candidates = groups.Count == 0 ? [] : (await identity.GetRoleHoldersAsync(unitId, groups, ct))
            .Select(u => u.Id).Where(u => !excluded.Contains(u)).Distinct().ToList();
        return (assigneeId, candidates);
    }
}
