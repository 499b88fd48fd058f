using Ektu.Qa.Identity;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.QualityPolicy.Permissions;

namespace Ektu.Qa.QualityPolicy.Standards;

/// <summary>The catalogue is university-wide reference data: no unit scope, only permissions.</summary>
internal sealed class StandardAppService(StandardRepository repo, IIdentityIntegrationService identity,
    AuditContext<QualityPolicyContractsModule> audit, ICurrentUser user,
    IClock clock)
    : IStandardAppService
{
    public async Task<IReadOnlyList<StandardDto>> GetListAsync(CancellationToken ct = default)
    {
        await user.EnsureAsync(QualityPolicyPermissions.Standards.Default);
        var list = await repo.GetAllAsync(ct);
        await FillNamesAsync(list, ct);
        return list;
    }

    public async Task<StandardDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        await user.EnsureAsync(QualityPolicyPermissions.Standards.Default);
        var s = await repo.FindAsync(id, ct) ?? throw new EntityNotFoundException("Standard", id);
        await FillNamesAsync([s], ct);
        return s;
    }

    public async Task<StandardDto> UpdateAsync(Guid id, UpdateStandardInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(QualityPolicyPermissions.Standards.Manage);
        var before = await repo.FindAsync(id, ct) ?? throw new EntityNotFoundException("Standard", id);
        var check = new Check()
            .Required(nameof(input.TitleKk), input.TitleKk, QualityPolicyConsts.TitleMax)
            .Required(nameof(input.TitleRu), input.TitleRu, QualityPolicyConsts.TitleMax)
            .Required(nameof(input.TitleEn), input.TitleEn, QualityPolicyConsts.TitleMax);
        if (input.AdministratorUserId is { } admin)
            check.That((await UsersAsync(ct)).ContainsKey(admin), nameof(input.AdministratorUserId), QualityPolicyErrorCodes.UnknownUser);
        check.ThrowIfAny();
        input.TitleKk = input.TitleKk.Trim();
        input.TitleRu = input.TitleRu.Trim();
        input.TitleEn = input.TitleEn.Trim();
        await repo.UpdateAsync(id, input, clock.UtcNow, user.UserName ?? "system", ct);
        var after = await repo.FindAsync(id, ct) ?? throw new EntityNotFoundException("Standard", id);
        await audit.WriteAsync("Standard", id, "Updated", AuditChanges.Between(before, after), ct);
        await FillNamesAsync([after], ct);
        return after;
    }

    private async Task FillNamesAsync(IReadOnlyList<StandardDto> list, CancellationToken ct)
    {
        var users = await UsersAsync(ct);
        foreach (var s in list) s.AdministratorName = s.AdministratorUserId is { } a ? users.GetValueOrDefault(a)?.FullName : null;
    }

    /// <summary>
    /// Active users holding a role anywhere in the university: the people who may be appointed. (Read as the root
    /// unit's members: IIdentityIntegrationService.GetUsersAsync binds its Guid list in a way SQLite never matches.)
    /// </summary>
    private async Task<Dictionary<Guid, UserSummary>> UsersAsync(CancellationToken ct)
    {
        var root = (await identity.GetUnitsAsync(ct)).FirstOrDefault(u => u.ParentId == null);
        return root == null ? [] : (await identity.GetMembersAsync(root.Id, ct)).ToDictionary(u => u.Id);
    }
}
