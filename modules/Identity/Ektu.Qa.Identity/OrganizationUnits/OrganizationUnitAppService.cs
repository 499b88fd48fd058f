using System.Text.RegularExpressions;
using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Identity.Security;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;

namespace Ektu.Qa.Identity.OrganizationUnits;

internal sealed partial class OrganizationUnitAppService(IDbSession db, OrganizationUnitRepository repo, AuditContext<IdentityContractsModule> audit,
    ICurrentUser user,
    IClock clock, GrantCache grants)
    : IOrganizationUnitAppService
{
    public async Task<IReadOnlyList<OrganizationUnitDto>> GetTreeAsync(CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.OrganizationUnits.Default);
        return (await repo.GetAllAsync(ct)).Select(u => u.ToDto()).ToList();
    }

    public async Task<OrganizationUnitDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.OrganizationUnits.Default);
        return (await repo.FindAsync(id, ct) ?? throw new EntityNotFoundException("OrganizationUnit", id)).ToDto();
    }

    public async Task<OrganizationUnitDto> CreateAsync(SaveOrganizationUnitInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.OrganizationUnits.Manage);
        var unit = new OrganizationUnit { Id = Guid.NewGuid() };
        await ApplyAsync(unit, input, ct);
        unit.StampCreated(clock.UtcNow, user.UserName ?? "system");
        await repo.InsertAsync(unit, ct);
        await audit.WriteAsync("OrganizationUnit", unit.Id, "Created", AuditChanges.Between(null, unit.ToDto()), ct, unitId: unit.Id);
        grants.Invalidate(db);
        return unit.ToDto();
    }

    public async Task<OrganizationUnitDto> UpdateAsync(Guid id, SaveOrganizationUnitInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.OrganizationUnits.Manage);
        var unit = await repo.FindAsync(id, ct) ?? throw new EntityNotFoundException("OrganizationUnit", id);
        var before = unit.ToDto();
        var (oldPath, oldDepth) = (unit.Path, unit.Depth);
        await ApplyAsync(unit, input, ct);
        unit.StampUpdated(clock.UtcNow, user.UserName ?? "system");
        await repo.UpdateAsync(unit, input.Version, ct);
        if (oldPath != unit.Path) await repo.RebaseDescendantsAsync(oldPath, unit.Path, unit.Depth - oldDepth, ct);
        await audit.WriteAsync("OrganizationUnit", unit.Id, "Updated", AuditChanges.Between(before, unit.ToDto()), ct, unitId: unit.Id);
        grants.Invalidate(db);
        return unit.ToDto();
    }

    public async Task DeleteAsync(Guid id, int version, CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.OrganizationUnits.Manage);
        var unit = await repo.FindAsync(id, ct) ?? throw new EntityNotFoundException("OrganizationUnit", id);
        if (await repo.HasChildrenOrMembersAsync(id, ct)) throw new QaException(IdentityErrorCodes.UnitHasChildren);
        await repo.DeleteAsync(id, version, ct);
        await audit.WriteAsync("OrganizationUnit", id, "Deleted", AuditChanges.Between(unit.ToDto(), null), ct, unitId: id);
        grants.Invalidate(db);
    }

    private async Task ApplyAsync(OrganizationUnit unit, SaveOrganizationUnitInput input, CancellationToken ct)
    {
        var code = (input.Code ?? "").Trim().ToUpperInvariant();
        var check = new Check()
            .Required(nameof(input.Code), code, IdentityConsts.UnitCodeMax)
            .Required(nameof(input.NameKk), input.NameKk, IdentityConsts.UnitNameMax)
            .Required(nameof(input.NameRu), input.NameRu, IdentityConsts.UnitNameMax)
            .Required(nameof(input.NameEn), input.NameEn, IdentityConsts.UnitNameMax)
            .That(code.Length == 0 || CodePattern().IsMatch(code), nameof(input.Code), ErrorCodes.InvalidValue)
            .That(Enum.IsDefined(input.Kind), nameof(input.Kind), ErrorCodes.InvalidValue);
        var existing = code.Length == 0 ? null : await repo.FindByCodeAsync(code, ct);
        check.That(existing == null || existing.Id == unit.Id, nameof(input.Code), IdentityErrorCodes.UnitCodeTaken);
        OrganizationUnit? parent = null;
        if (input.ParentId is { } pid)
        {
            parent = await repo.FindAsync(pid, ct);
            check.That(parent != null, nameof(input.ParentId), ErrorCodes.InvalidValue);
            // A unit may not move under itself or its own descendant.
            check.That(parent == null || !parent.Path.Contains("/" + unit.Id + "/", StringComparison.Ordinal), nameof(input.ParentId),
                IdentityErrorCodes.UnitCycle);
        }
        check.ThrowIfAny();
        unit.Code = code;
        unit.Kind = input.Kind;
        unit.ParentId = parent?.Id;
        unit.NameKk = input.NameKk.Trim();
        unit.NameRu = input.NameRu.Trim();
        unit.NameEn = input.NameEn.Trim();
        unit.Path = (parent?.Path ?? "/") + unit.Id + "/";
        unit.Depth = (parent?.Depth ?? -1) + 1;
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]*$")]
    private static partial Regex CodePattern();
}
