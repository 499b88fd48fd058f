using Ektu.Qa.Identity.Data;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Identity.Roles;
using Ektu.Qa.Identity.Security;
using Ektu.Qa.Identity.Users;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Timing;

namespace Ektu.Qa.Identity.Sync;

/// <summary>
/// Upserts and deactivates people by external id, one batch at a time: the batch's links, users and rule grants are read in
/// three queries; a person whose fingerprint (<see cref="SyncHash"/>) is unchanged costs nothing more; the writes of the rest
/// are deferred to the commit. A local account of the same user name is adopted (the demo and hand-made accounts), unless it is
/// already linked to another source record or holds the Administrator role.
/// </summary>
internal sealed class PeopleSync(
    IDbSession db, OrganizationUnitRepository units, SyncRepository links, SyncRuleRepository rules, UserSummaryCache summaries,
    AuditContext<IdentityContractsModule> audit, IClock clock, GrantCache grants)
{
    private Dictionary<Guid, string>? _roleNames;

    public async Task<List<SyncItemResult>> UpsertAsync(IReadOnlyList<SyncPersonInput> items, CancellationToken ct)
    {
        var all = (await units.GetAllAsync(ct)).ToDictionary(u => u.Id);
        var unitLinks = (await links.GetUnitLinksAsync(ct)).ToDictionary(l => l.ExternalId, StringComparer.Ordinal);
        var byCode = all.Values.ToDictionary(u => u.Code, StringComparer.OrdinalIgnoreCase);
        var ruleList = await rules.GetAllAsync(ct);
        var ids = items.Select(p => p?.ExternalId?.Trim()).OfType<string>().Distinct().ToList();
        var existing = (await links.GetPeopleAsync(ids, ct)).ToDictionary(p => p.ExternalId, StringComparer.Ordinal);
        var names = items.Select(p => UserNameOf(p)).OfType<string>().Distinct().ToArray();
        var userIds = existing.Values.Select(p => p.UserId).ToList();
        var users = (await db.QueryAsync<User>(
                $"SELECT {UserRepository.Columns} FROM id_users WHERE id IN @userIds OR user_name IN @names",
                new { userIds = SqlIds.Text(userIds), names = names.Length == 0 ? [""] : names }, ct))
            .ToDictionary(u => u.Id);
        var byName = users.Values.ToDictionary(u => u.UserName, StringComparer.Ordinal);
        var linkedUsers = (await db.QueryAsync<Guid>("SELECT user_id FROM id_sync_people WHERE user_id IN @ids",
            new { ids = SqlIds.Text(users.Keys) }, ct)).ToHashSet();
        // An administrator's account is never adopted: a source record naming "admin" must not take it over (and later deactivate it).
        linkedUsers.UnionWith(await db.QueryAsync<Guid>("""
            SELECT ur.user_id FROM id_user_roles ur JOIN id_roles r ON r.id = ur.role_id
            WHERE r.name = @admin AND ur.user_id IN @ids
            """, new { admin = IdentityConsts.AdministratorRole, ids = SqlIds.Text(users.Keys) }, ct));
        var current = (await links.GetGrantsAsync(users.Keys, ct)).ToLookup(g => g.Grant.UserId);
        var writes = new Writes();

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var takenNames = new HashSet<string>(StringComparer.Ordinal);
        var results = new List<SyncItemResult>(items.Count);
        var (now, by) = (clock.UtcNow, audit.By);
        for (var i = 0; i < items.Count; i++)
        {
            var p = items[i];
            var externalId = p?.ExternalId?.Trim();
            var fail = Validate(p, externalId, seen, unitLinks, byCode, all, out var unit);
            var name = UserNameOf(p);
            existing.TryGetValue(externalId ?? "", out var link);
            User? user = link != null ? users.GetValueOrDefault(link.UserId) : null;
            if (fail == null && name != null && byName.TryGetValue(name, out var holder) && holder.Id != user?.Id
                && (user != null || linkedUsers.Contains(holder.Id)))
                fail = ("UserName", IdentityErrorCodes.UserNameTaken);
            if (fail == null && name != null && !takenNames.Add(name)) fail = ("UserName", IdentityErrorCodes.SyncDuplicate);
            if (fail != null)
            {
                results.Add(new SyncItemResult(i, externalId, SyncOutcome.Failed, fail.Value.Field, fail.Value.Code));
                continue;
            }
            user ??= byName.GetValueOrDefault(name!);
            var wanted = ruleList.Where(r => r.Matches(p!)).Select(r => (r.RoleId, UnitId: ScopeOf(unit!, r.Scope, all)))
                .Where(g => g.UnitId != null).Select(g => (g.RoleId, UnitId: g.UnitId!.Value)).Distinct().OrderBy(g => g.RoleId).ThenBy(g => g.UnitId)
                .ToList();
            var person = Person(p!, externalId!, unit!.Id);
            var hash = SyncHash.Of(name, p!.FullName.Trim(), Clean(p.Email), person.Kind, person.UnitId, person.Position, person.Programme,
                person.StudyYear, person.StudyForm, person.StudyLanguage, string.Join(',', wanted));
            if (link is { IsActive: true } && link.Hash == hash && user is { IsActive: true })
            {
                results.Add(new SyncItemResult(i, externalId, SyncOutcome.Unchanged));
                continue;
            }
            var created = user == null;
            var before = created ? null : Snapshot(user!, link, all);
            user ??= new User { Id = Guid.NewGuid(), SecurityStamp = Guid.NewGuid() };
            if (!user.IsActive) user.SecurityStamp = Guid.NewGuid();
            user.UserName = name!;
            user.FullName = p.FullName.Trim();
            user.Email = Clean(p.Email);
            user.Position = person.Position;
            user.IsActive = true;
            await WriteUserAsync(writes, user, created, now, by, ct);
            person.UserId = user.Id;
            person.IsActive = true;
            person.Hash = hash;
            if (link == null) SyncRepository.AddPerson(writes.People, person, now);
            else await links.UpdatePersonAsync(person, now, ct);
            var changes = AuditChanges.Between(before, Snapshot(user, person, all)).ToList();
            var grantChanges = await ApplyGrantsAsync(writes, user.Id, current[user.Id].ToList(), wanted, all, now, by, ct);
            await audit.WriteAsync("User", user.Id, created ? "Created" : "Updated", [.. changes, .. grantChanges], ct, unitId: unit.Id);
            results.Add(new SyncItemResult(i, externalId, created ? SyncOutcome.Created : SyncOutcome.Updated));
        }
        await writes.FlushAsync(db, links, ct);
        Invalidate(results);
        return results;
    }

    /// <summary>Deactivates people: the account can no longer sign in and loses every grant a rule gave; manual grants stay.</summary>
    public async Task<List<SyncItemResult>> DeactivateAsync(IReadOnlyList<string> externalIds, CancellationToken ct)
    {
        var all = (await units.GetAllAsync(ct)).ToDictionary(u => u.Id);
        var ids = externalIds.Select(e => e?.Trim()).OfType<string>().Distinct().ToList();
        var existing = (await links.GetPeopleAsync(ids, ct)).ToDictionary(p => p.ExternalId, StringComparer.Ordinal);
        var users = (await db.QueryAsync<User>($"SELECT {UserRepository.Columns} FROM id_users WHERE id IN @ids",
            new { ids = SqlIds.Text(existing.Values.Select(p => p.UserId)) }, ct)).ToDictionary(u => u.Id);
        var current = (await links.GetGrantsAsync(users.Keys, ct)).ToLookup(g => g.Grant.UserId);
        var writes = new Writes();
        var results = new List<SyncItemResult>(externalIds.Count);
        var (now, by) = (clock.UtcNow, audit.By);
        for (var i = 0; i < externalIds.Count; i++)
        {
            var id = externalIds[i]?.Trim();
            if (string.IsNullOrEmpty(id) || !existing.TryGetValue(id, out var link) || !users.TryGetValue(link.UserId, out var user))
            {
                results.Add(new SyncItemResult(i, id, SyncOutcome.Failed, "ExternalId", IdentityErrorCodes.SyncUnknownPerson));
                continue;
            }
            if (!link.IsActive && !user.IsActive)
            {
                results.Add(new SyncItemResult(i, id, SyncOutcome.Unchanged));
                continue;
            }
            var before = Snapshot(user, link, all);
            user.IsActive = false;
            user.SecurityStamp = Guid.NewGuid();
            await WriteUserAsync(writes, user, false, now, by, ct);
            link.IsActive = false;
            link.Hash = "";
            await links.UpdatePersonAsync(link, now, ct);
            var grantChanges = await ApplyGrantsAsync(writes, user.Id, current[user.Id].ToList(), [], all, now, by, ct);
            await audit.WriteAsync("User", user.Id, "Disabled", [.. AuditChanges.Between(before, Snapshot(user, link, all)), .. grantChanges], ct,
                unitId: link.UnitId);
            results.Add(new SyncItemResult(i, id, SyncOutcome.Deactivated));
        }
        await writes.FlushAsync(db, links, ct);
        Invalidate(results);
        return results;
    }

    private void Invalidate(List<SyncItemResult> results)
    {
        if (!results.Any(r => r.Outcome is SyncOutcome.Created or SyncOutcome.Updated or SyncOutcome.Deactivated)) return;
        summaries.Invalidate(db);
        // Activity and security stamps are read through the grant cache too: any change of an account drops it.
        grants.Invalidate(db);
    }

    /// <summary>
    /// Brings one user's rule grants to the wanted set; what was given and taken goes into the person's own audit entry (one
    /// entry per person keeps a 20,000-person run's audit batch small).
    /// </summary>
    private async Task<List<AuditChange>> ApplyGrantsAsync(Writes writes, Guid userId, List<(RuleGrant Grant, bool ByRule)> grants,
        List<(Guid RoleId, Guid UnitId)> wanted, Dictionary<Guid, OrganizationUnit> all, DateTime now, string by, CancellationToken ct)
    {
        var changes = new List<AuditChange>();
        var have = grants.Where(g => g.ByRule).Select(g => g.Grant).ToList();
        if (have.Count == 0 && wanted.Count == 0) return changes;
        _roleNames ??= (await db.QueryAsync<(Guid Id, string Name)>("SELECT id, name FROM id_roles", ct: ct)).ToDictionary(r => r.Id, r => r.Name);
        foreach (var g in have.Where(g => !wanted.Contains((g.RoleId, g.UnitId))))
        {
            writes.RemovedGrants.Add(g.Id);
            changes.Add(new AuditChange("Role", _roleNames.GetValueOrDefault(g.RoleId), null, LocalizerExtensions.RolePrefix));
            changes.Add(new AuditChange("Unit", all.GetValueOrDefault(g.UnitId)?.Code, null));
        }
        // A manual grant of the same role in the same unit already gives it: the rule adds nothing, and the grant stays manual.
        foreach (var (roleId, unitId) in wanted.Where(w => !grants.Any(g => g.Grant.RoleId == w.RoleId && g.Grant.UnitId == w.UnitId)))
        {
            SyncRepository.AddGrant(writes.Grants, userId, roleId, unitId, now, by);
            changes.Add(new AuditChange("Role", null, _roleNames.GetValueOrDefault(roleId), LocalizerExtensions.RolePrefix));
            changes.Add(new AuditChange("Unit", null, all.GetValueOrDefault(unitId)?.Code));
        }
        return changes;
    }

    private async Task WriteUserAsync(Writes writes, User u, bool isNew, DateTime now, string by, CancellationToken ct)
    {
        // Synced accounts have no password: they sign in through the portal.
        if (isNew)
        {
            writes.Users.Add(u.Id, u.UserName, u.FullName, u.Email, u.Position, null, u.SecurityStamp, u.IsActive, 0, 1, now, by, now, by);
            return;
        }
        await db.ExecuteAsync("""
            UPDATE id_users SET user_name = @UserName, full_name = @FullName, email = @Email, position = @Position, security_stamp = @SecurityStamp,
              is_active = @IsActive, version = version + 1, updated_at = @now, updated_by = @by
            WHERE id = @Id
            """, new { u.UserName, u.FullName, u.Email, u.Position, u.SecurityStamp, u.IsActive, now, by, u.Id }, ct);
    }

    /// <summary>A batch's new rows, inserted a few hundred per statement at its end, and the rule grants it withdraws.</summary>
    private sealed class Writes
    {
        public RowInserts Users { get; } = new("id_users", "id", "user_name", "full_name", "email", "position", "password_hash", "security_stamp",
            "is_active", "access_failed_count", "version", "created_at", "created_by", "updated_at", "updated_by");

        public RowInserts People { get; } = SyncRepository.NewPeople();

        public RowInserts Grants { get; } = SyncRepository.NewGrants();

        public List<Guid> RemovedGrants { get; } = [];

        public async Task FlushAsync(IDbSession db, SyncRepository links, CancellationToken ct)
        {
            await Users.FlushAsync(db, ct);
            await People.FlushAsync(db, ct);
            await links.RemoveRuleGrantsAsync(RemovedGrants, ct);
            await Grants.FlushAsync(db, ct);
        }
    }

    private static (string Field, string Code)? Validate(
        SyncPersonInput? p, string? externalId, HashSet<string> seen, Dictionary<string, UnitLink> unitLinks,
        Dictionary<string, OrganizationUnit> byCode, Dictionary<Guid, OrganizationUnit> all, out OrganizationUnit? unit)
    {
        unit = null;
        if (p == null) return ("Item", ErrorCodes.Required);
        if (string.IsNullOrEmpty(externalId)) return ("ExternalId", ErrorCodes.Required);
        if (externalId.Length > IdentityConsts.ExternalIdMax) return ("ExternalId", ErrorCodes.TooLong);
        if (!seen.Add(externalId)) return ("ExternalId", IdentityErrorCodes.SyncDuplicate);
        if (!Enum.IsDefined(p.Kind)) return ("Kind", ErrorCodes.InvalidValue);
        var checks = new (string Field, string? Value, int Max, bool Required)[]
        {
            ("FullName", p.FullName, IdentityConsts.FullNameMax, true), ("UserName", UserNameOf(p), IdentityConsts.UserNameMax, true),
            ("Email", p.Email, IdentityConsts.EmailMax, false), ("Position", p.Position, IdentityConsts.PositionMax, false),
            ("Programme", p.Programme, IdentityConsts.ProgrammeMax, false), ("StudyForm", p.StudyForm, IdentityConsts.StudyFieldMax, false),
            ("StudyLanguage", p.StudyLanguage, IdentityConsts.StudyFieldMax, false),
        };
        foreach (var (field, value, max, required) in checks)
        {
            if (required && string.IsNullOrWhiteSpace(value)) return (field, ErrorCodes.Required);
            if (value != null && value.Trim().Length > max) return (field, ErrorCodes.TooLong);
        }
        if (!string.IsNullOrWhiteSpace(p.Email) && !p.Email.Contains('@')) return ("Email", ErrorCodes.InvalidValue);
        if (p.StudyYear is < 1 or > 10) return ("StudyYear", ErrorCodes.InvalidValue);
        var unitRef = p.UnitExternalId?.Trim();
        if (string.IsNullOrEmpty(unitRef)) return ("UnitExternalId", ErrorCodes.Required);
        if (unitLinks.TryGetValue(unitRef, out var l)) unit = l.IsActive ? all.GetValueOrDefault(l.UnitId) : null;
        else unit = byCode.GetValueOrDefault(unitRef);
        return unit == null ? ("UnitExternalId", IdentityErrorCodes.SyncUnknownUnit) : null;
    }

    /// <summary>The unit a rule's scope names for a person of <paramref name="unit"/>; null when there is none (no school above).</summary>
    internal static Guid? ScopeOf(OrganizationUnit unit, SyncRuleScope scope, Dictionary<Guid, OrganizationUnit> all)
    {
        switch (scope)
        {
            case SyncRuleScope.Unit: return unit.Id;
            case SyncRuleScope.University: return Guid.Parse(unit.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)[0]);
            default:
                for (OrganizationUnit? u = unit; u != null; u = u.ParentId is { } pid ? all.GetValueOrDefault(pid) : null)
                    if (u.Kind == OrganizationUnitKind.School) return u.Id;
                return null;
        }
    }

    private static string? UserNameOf(SyncPersonInput? p)
    {
        var n = (string.IsNullOrWhiteSpace(p?.UserName) ? p?.ExternalId : p.UserName)?.Trim().ToLowerInvariant();
        return string.IsNullOrEmpty(n) ? null : n;
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static PersonLink Person(SyncPersonInput p, string externalId, Guid unitId) => new()
    {
        ExternalId = externalId, Kind = p.Kind, UnitId = unitId, Position = Clean(p.Position), Programme = Clean(p.Programme),
        StudyYear = p.StudyYear, StudyForm = Clean(p.StudyForm), StudyLanguage = Clean(p.StudyLanguage),
    };

    private static PersonSnapshot Snapshot(User u, PersonLink? p, Dictionary<Guid, OrganizationUnit> all) => new(
        u.UserName, u.FullName, u.Email, p?.Kind ?? SyncPersonKind.Staff, p == null ? "" : all.GetValueOrDefault(p.UnitId)?.Code ?? "",
        p?.Position ?? u.Position, p?.Programme, p?.StudyYear, p?.StudyForm, p?.StudyLanguage, u.IsActive);
}
