using Ektu.Qa.Identity;
using Ektu.Qa.QualityPolicy.Data;

namespace Ektu.Qa.QualityPolicy.Application;

/// <summary>
/// When an edition comes into force, every active employee of the scope unit's subtree gets a task due on the
/// 10th working day after the in-force date (004 §8). Shared by the app service and the demo seed.
/// </summary>
internal sealed class AcknowledgementPlanner(IIdentityIntegrationService identity, HolidayRepository holidays, AcknowledgementRepository acks)
{
    /// <summary>Returns the number of employees the edition applies to.</summary>
    public async Task<int> PlanAsync(Guid documentId, Guid editionId, Guid scopeUnitId, DateOnly inForceOn, DateTime at, string by, CancellationToken ct)
    {
        var calendar = await holidays.CalendarAsync(inForceOn, QualityPolicyConsts.AcknowledgementWorkingDays, ct);
        var dueOn = calendar.AddWorkingDays(inForceOn, QualityPolicyConsts.AcknowledgementWorkingDays);
        var members = await identity.GetMembersAsync(scopeUnitId, ct);
        foreach (var m in members) await acks.InsertIgnoreAsync(documentId, editionId, m, dueOn, at, by, ct);
        return members.Count;
    }
}
