using Ektu.Qa.Identity;
using Ektu.Qa.QualityPolicy.Holidays;

namespace Ektu.Qa.QualityPolicy.Acknowledgements;

/// <summary>
/// When an edition comes into force, every active employee of the scope unit's subtree gets a task due on the
/// 10th working day after approval (004 §8.3 «бекітілген сәттен бастап»), which is also the in-force date (§8.2).
/// Shared by the app service and the demo seed.
/// </summary>
internal sealed class AcknowledgementPlanner(IIdentityIntegrationService identity, HolidayRepository holidays, AcknowledgementRepository acks)
{
    /// <summary>Returns the number of employees the edition applies to.</summary>
    public async Task<int> PlanAsync(
        Guid documentId, Guid editionId, Guid scopeUnitId, DateOnly approvedOn, DateTime at, string by, CancellationToken ct)
    {
        var calendar = await holidays.CalendarAsync(approvedOn, QualityPolicyConsts.AcknowledgementWorkingDays, ct);
        var dueOn = calendar.AddWorkingDays(approvedOn, QualityPolicyConsts.AcknowledgementWorkingDays);
        var members = await identity.GetMembersAsync(scopeUnitId, ct);
        foreach (var m in members) await acks.InsertIgnoreAsync(documentId, editionId, m, dueOn, at, by, ct);
        return members.Count;
    }
}
