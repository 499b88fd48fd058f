using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.InformationManagement.Permissions;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Settings;
using Ektu.Qa.Kernel.Timing;

namespace Ektu.Qa.InformationManagement.Systems;

/// <summary>
/// The information systems registry: systems owned by units in the caller's scope, flagged when their verified restore is
/// older than the setting allows, and their information-safety checks, recorded by the caller.
/// </summary>
internal sealed class InfoSystemAppService(InfoSystemRepository repo, IUnitDirectory units, ISettingStore settings,
    AuditContext<InformationManagementContractsModule> audit, ICurrentUser user, IClock clock, IUserClock local) : IInfoSystemAppService
{
    private const string Entity = "InformationSystem";

    public async Task<IReadOnlyList<InfoSystemDto>> GetListAsync(CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Systems.Default);
        var scope = await units.ScopeAsync(ct);
        var list = await repo.ListAsync(scope.All, scope.UnitIds, ct);
        var checks = list.Count == 0 ? [] : await repo.ChecksAsync(list.Select(s => s.Id), ct);
        await EnrichAsync(list, checks, ct);
        return list;
    }

    public async Task<InfoSystemDetailsDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Systems.Default);
        var s = await LoadAsync(id, ct);
        var checks = await repo.ChecksAsync([id], ct);
        await EnrichAsync([s], checks, ct);
        return new InfoSystemDetailsDto(s, checks);
    }

    public async Task<InfoSystemDto> CreateAsync(SaveInfoSystemInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Systems.Manage);
        await units.EnsureTargetAsync(input.OwnerUnitId, nameof(input.OwnerUnitId), ct);
        var clean = Clean(input);
        await ValidateAsync(clean, null, ct);
        var id = Guid.NewGuid();
        await repo.InsertAsync(id, clean, clock.UtcNow, audit.By, ct);
        var after = await LoadAsync(id, ct);
        await audit.WriteAsync(Entity, id, "Created", AuditChanges.Between(null, after), ct, unitId: after.OwnerUnitId);
        return (await GetAsync(id, ct)).System;
    }

    public async Task<InfoSystemDto> UpdateAsync(Guid id, SaveInfoSystemInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Systems.Manage);
        var before = await LoadAsync(id, ct);
        input.OwnerUnitId = before.OwnerUnitId;
        var clean = Clean(input);
        await ValidateAsync(clean, id, ct);
        await repo.UpdateAsync(id, clean, clock.UtcNow, audit.By, ct);
        var after = await LoadAsync(id, ct);
        await audit.WriteAsync(Entity, id, "Updated", AuditChanges.Between(before, after), ct, unitId: after.OwnerUnitId);
        return (await GetAsync(id, ct)).System;
    }

    public async Task<SafetyCheckDto> AddCheckAsync(Guid id, SaveSafetyCheckInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Systems.Manage);
        var s = await LoadAsync(id, ct);
        new Check()
            .That(input.CheckedOn != null, nameof(input.CheckedOn), ErrorCodes.Required)
            .That(input.CheckedOn == null || input.CheckedOn <= local.Today, nameof(input.CheckedOn), SystemErrorCodes.DateInFuture)
            .Optional(nameof(input.Note), input.Note, InformationManagementConsts.TextMax)
            .ThrowIfAny();
        var checkId = Guid.NewGuid();
        input.Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        await repo.InsertCheckAsync(checkId, id, user.Id ?? Guid.Empty, input, clock.UtcNow, audit.By, ct);
        var after = (await repo.FindCheckAsync(checkId, ct))!;
        await audit.WriteAsync("InformationSafetyCheck", checkId, "Created", AuditChanges.Between(null, after), ct, unitId: s.OwnerUnitId);
        after.CheckedByName = (await units.UserNamesAsync([after.CheckedById], ct)).GetValueOrDefault(after.CheckedById, "");
        return after;
    }

    private async Task<InfoSystemDto> LoadAsync(Guid id, CancellationToken ct)
    {
        var s = await repo.FindAsync(id, ct) ?? throw new EntityNotFoundException(Entity, id);
        await units.EnsureVisibleAsync(s.OwnerUnitId, Entity, id, ct);
        return s;
    }

    private async Task ValidateAsync(SaveInfoSystemInput i, Guid? id, CancellationToken ct)
    {
        var check = new Check()
            .Required(nameof(i.Code), i.Code, InformationManagementConsts.CodeMax)
            .Required(nameof(i.Name), i.Name, InformationManagementConsts.TitleMax)
            .Required(nameof(i.Owner), i.Owner, InformationManagementConsts.TitleMax)
            .Required(nameof(i.Purpose), i.Purpose, InformationManagementConsts.TextMax)
            .Required(nameof(i.DataHeld), i.DataHeld, InformationManagementConsts.TextMax)
            .Required(nameof(i.BackupSchedule), i.BackupSchedule, InformationManagementConsts.TitleMax)
            .Required(nameof(i.AccessControl), i.AccessControl, InformationManagementConsts.TextMax)
            .That(i.RestoreVerifiedOn == null || i.RestoreVerifiedOn <= local.Today, nameof(i.RestoreVerifiedOn), SystemErrorCodes.DateInFuture);
        if (!string.IsNullOrEmpty(i.Code) && await repo.CodeTakenAsync(i.Code, id, ct)) check.Add(nameof(i.Code), SystemErrorCodes.CodeTaken);
        check.ThrowIfAny();
    }

    private static SaveInfoSystemInput Clean(SaveInfoSystemInput i) => new()
    {
        Code = i.Code?.Trim() ?? "", Name = i.Name?.Trim() ?? "", OwnerUnitId = i.OwnerUnitId, Owner = i.Owner?.Trim() ?? "",
        Purpose = i.Purpose?.Trim() ?? "", DataHeld = i.DataHeld?.Trim() ?? "", BackupSchedule = i.BackupSchedule?.Trim() ?? "",
        RestoreVerifiedOn = i.RestoreVerifiedOn, AccessControl = i.AccessControl?.Trim() ?? "", Version = i.Version,
    };

    private async Task EnrichAsync(IReadOnlyList<InfoSystemDto> list, IReadOnlyList<SafetyCheckDto> checks, CancellationToken ct)
    {
        var days = await settings.GetIntAsync(SystemSettings.RestoreStaleDays, ct);
        var today = local.Today;
        var names = await units.UserNamesAsync(checks.Select(c => c.CheckedById).Distinct(), ct);
        foreach (var c in checks) c.CheckedByName = names.GetValueOrDefault(c.CheckedById, "");
        var latest = checks.GroupBy(c => c.SystemId).ToDictionary(g => g.Key, g => g.First());
        foreach (var s in list)
        {
            s.OwnerUnitName = await units.NameAsync(s.OwnerUnitId, ct);
            s.RestoreStale = RestoreRules.IsStale(s.RestoreVerifiedOn, today, days);
            s.LastCheck = latest.GetValueOrDefault(s.Id);
        }
    }
}
