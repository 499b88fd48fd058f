
namespace Ektu.Qa.QaCommission.Commissions;

/// <summary>
/// 004 §4.5 and §4.7 at every read, not only when a member is added: «Мектептің (факультеттің) деканы СҚЕК құрамына
/// кірмейді» and students «БББК құрамына кірмейтін». A member who later gets the Dean role (Identity) or, as a student,
/// later joins the programmes committee is suspended from quorum and votes with a visible reason until resolved.
/// </summary>
internal sealed class MemberEligibility(Notifier notifier, CommissionRepository repo)
{
    public const string Dean = "QaCommission:Suspended.Dean";
    public const string ProgrammeCommittee = "QaCommission:Suspended.ProgrammeCommittee";

    public async Task<IReadOnlyList<MemberDto>> MarkAsync(Guid schoolUnitId, IReadOnlyList<MemberDto> members, CancellationToken ct)
    {
        if (members.Count == 0) return members;
        var deans = (await notifier.DeansAsync(schoolUnitId, ct)).ToHashSet();
        var committee = (await repo.GetProgrammeCommitteeAsync(schoolUnitId, ct)).Select(x => x.UserId).ToHashSet();
        foreach (var m in members)
        {
            m.SuspendedReason = deans.Contains(m.UserId) ? Dean
                : m.Kind == MemberKind.Student && committee.Contains(m.UserId) ? ProgrammeCommittee
                : null;
        }
        return members;
    }
}
