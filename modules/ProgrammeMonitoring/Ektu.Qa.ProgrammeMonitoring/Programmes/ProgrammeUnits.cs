using Ektu.Qa.Identity;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;

namespace Ektu.Qa.ProgrammeMonitoring.Programmes;

/// <summary>
/// Schools, departments and the caller's scope, read once per request from Identity's Contracts. A programme is visible
/// when its school or its graduating department is in scope (a dean sees the school's, a head of department their own).
/// </summary>
internal sealed class ProgrammeUnits(IIdentityIntegrationService identity, IOrganizationScope scopes)
{
    private Dictionary<Guid, OrganizationUnitDto>? _units;
    private UnitScope? _scope;

    public async Task<UnitScope> ScopeAsync(CancellationToken ct) => _scope ??= await scopes.GetAsync(ct);

    public async Task<IReadOnlyDictionary<Guid, OrganizationUnitDto>> AllAsync(CancellationToken ct) =>
        _units ??= (await identity.GetUnitsAsync(ct)).ToDictionary(u => u.Id);

    public async Task<bool> SeesAsync(Guid schoolId, Guid departmentId, CancellationToken ct)
    {
        var scope = await ScopeAsync(ct);
        return scope.Contains(schoolId) || scope.Contains(departmentId);
    }

    public async Task<string> NameAsync(Guid id, CancellationToken ct) => (await AllAsync(ct)).GetValueOrDefault(id)?.Name ?? "";

    /// <summary>The school must be a school and the department one of its departments, in the caller's scope.</summary>
    public async Task CheckAsync(ProgrammeContent c, Check check, CancellationToken ct)
    {
        var units = await AllAsync(ct);
        var school = units.GetValueOrDefault(c.SchoolId);
        var department = units.GetValueOrDefault(c.DepartmentId);
        if (school?.Kind != OrganizationUnitKind.School) check.Add(nameof(c.SchoolId), ErrorCodes.InvalidValue);
        if (department?.Kind != OrganizationUnitKind.Department) check.Add(nameof(c.DepartmentId), ErrorCodes.InvalidValue);
        else if (department.ParentId != c.SchoolId) check.Add(nameof(c.DepartmentId), ProgrammeErrorCodes.DepartmentNotInSchool);
        else if (!await SeesAsync(c.SchoolId, c.DepartmentId, ct)) check.Add(nameof(c.DepartmentId), ErrorCodes.InvalidValue);
    }

    /// <summary>Schools and departments the caller may choose, in tree order.</summary>
    public async Task<IReadOnlyList<OrganizationUnitDto>> ChoicesAsync(CancellationToken ct)
    {
        var scope = await ScopeAsync(ct);
        var units = await AllAsync(ct);
        return units.Values.Where(u => u.Kind is OrganizationUnitKind.School or OrganizationUnitKind.Department)
            .Where(u => scope.Contains(u.Id)
                || u.Kind == OrganizationUnitKind.School && units.Values.Any(d => d.ParentId == u.Id && scope.Contains(d.Id)))
            .OrderBy(u => u.Depth).ThenBy(u => u.Name, StringComparer.CurrentCulture).ToList();
    }
}
