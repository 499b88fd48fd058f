using Ektu.Qa.Identity;
using Ektu.Qa.Workflow.Tasks;

namespace Ektu.Qa.Workflow.Runtime;

/// <summary>
/// Resolves <c>camunda:assignee</c> (a user name or id) and <c>camunda:candidateGroups</c> (role names, held in the
/// record's unit or above it) to users. A four-eyes task leaves out everyone who completed a task of the instance.
/// The users found are returned too: the notifier needs their e-mail addresses and need not read them again.
/// </summary>
internal sealed class TaskAssigner(IIdentityIntegrationService identity, TaskRepository tasks)
{
    public async Task<TaskAssignment> ResolveAsync(
        Guid instanceId, Guid unitId, string? assignee, IReadOnlyList<string> groups, bool fourEyes, CancellationToken ct)
    {
        var excluded = fourEyes ? (await tasks.GetCompletersAsync(instanceId, ct)).ToHashSet() : [];
        UserSummary? assigned = null;
        if (!string.IsNullOrWhiteSpace(assignee))
        {
            if (Guid.TryParse(assignee, out var id)) assigned = (await identity.GetUsersAsync([id], ct)).FirstOrDefault();
            else assigned = (await identity.GetUsersByNameAsync([assignee], ct)).FirstOrDefault();
            if (assigned != null && excluded.Contains(assigned.Id)) assigned = null;
        }
        var candidates = groups.Count == 0 ? [] : (await identity.GetRoleHoldersAsync(unitId, groups, ct))
            .Where(u => !excluded.Contains(u.Id)).DistinctBy(u => u.Id).ToList();
        return new TaskAssignment(assigned, candidates);
    }
}
