using System.Text.RegularExpressions;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Identity.Security;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Timing;

namespace Ektu.Qa.Identity.Sync;

/// <summary>
/// Upserts and deactivates organisation units by external id. A unit not linked yet is adopted by its code (the units typed
/// in by hand before the first sync), otherwise created; a parent must be known before its children (earlier in the batch
/// or in an earlier batch).
/// </summary>
internal sealed partial class UnitSync(
    IDbSession db, OrganizationUnitRepository units, SyncRepository links, AuditContext<IdentityContractsModule> audit, IClock clock,
    GrantCache grants)
{
    public async Task<List<SyncItemResult>> UpsertAsync(IReadOnlyList<SyncUnitInput> items, CancellationToken ct)
    {
        var all = (await units.GetAllAsync(ct)).ToDictionary(u => u.Id);
        var byExternal = (await links.GetUnitLinksAsync(ct)).ToDictionary(l => l.ExternalId, StringComparer.Ordinal);
        var linked = byExternal.Values.ToDictionary(l => l.UnitId, l => l.ExternalId);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var results = new List<SyncItemResult>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var externalId = item?.ExternalId?.Trim();
            var failure = Validate(item, externalId, seen, byExternal, all, linked, out var unit, out var parent);
            if (failure != null)
            {
                results.Add(new SyncItemResult(i, externalId, SyncOutcome.Failed, failure.Value.Field, failure.Value.Code));
                continue;
            }
            var code = item!.Code.Trim().ToUpperInvariant();
            var hash = SyncHash.Of(code, item.Kind, parent?.Id, item.NameKk.Trim(), item.NameRu.Trim(), item.NameEn.Trim());
            byExternal.TryGetValue(externalId!, out var link);
            if (link is { IsActive: true } && link.Hash == hash && unit != null)
            {
                results.Add(new SyncItemResult(i, externalId, SyncOutcome.Unchanged));
                continue;
            }
            var created = unit == null;
            unit ??= new OrganizationUnit { Id = Guid.NewGuid() };
            var before = created ? null : unit.ToDto();
            var (oldPath, oldDepth) = (unit.Path, unit.Depth);
            unit.Code = code;
            unit.Kind = item.Kind;
            unit.ParentId = parent?.Id;
            unit.NameKk = item.NameKk.Trim();
            unit.NameRu = item.NameRu.Trim();
            unit.NameEn = item.NameEn.Trim();
            unit.Path = (parent?.Path ?? "/") + unit.Id + "/";
            unit.Depth = (parent?.Depth ?? -1) + 1;
            if (created)
            {
                unit.StampCreated(clock.UtcNow, audit.By);
                await units.InsertAsync(unit, ct);
                all[unit.Id] = unit;
            }
            else
            {
                unit.StampUpdated(clock.UtcNow, audit.By);
                await units.UpdateAsync(unit, unit.Version, ct);
                if (oldPath != unit.Path)
                {
                    await units.RebaseDescendantsAsync(oldPath, unit.Path, unit.Depth - oldDepth, ct);
                    all = (await units.GetAllAsync(ct)).ToDictionary(u => u.Id);
                }
            }
            link = new UnitLink(externalId!, unit.Id, true, hash);
            await links.SaveUnitLinkAsync(link, clock.UtcNow, ct);
            byExternal[externalId!] = link;
            linked[unit.Id] = externalId!;
            await audit.WriteAsync("OrganizationUnit", unit.Id, created ? "Created" : "Updated", AuditChanges.Between(before, unit.ToDto()), ct,
                unitId: unit.Id);
            results.Add(new SyncItemResult(i, externalId, created ? SyncOutcome.Created : SyncOutcome.Updated));
        }
        if (results.Any(r => r.Outcome is SyncOutcome.Created or SyncOutcome.Updated)) grants.Invalidate(db);
        return results;
    }

    /// <summary>Marks units inactive: people can no longer be placed in them. The unit itself stays (a sync never deletes).</summary>
    public async Task<List<SyncItemResult>> DeactivateAsync(IReadOnlyList<string> externalIds, CancellationToken ct)
    {
        var byExternal = (await links.GetUnitLinksAsync(ct)).ToDictionary(l => l.ExternalId, StringComparer.Ordinal);
        var results = new List<SyncItemResult>(externalIds.Count);
        for (var i = 0; i < externalIds.Count; i++)
        {
            var id = externalIds[i]?.Trim();
            if (string.IsNullOrEmpty(id) || !byExternal.TryGetValue(id, out var link))
            {
                results.Add(new SyncItemResult(i, id, SyncOutcome.Failed, "ExternalId", IdentityErrorCodes.SyncUnknownUnit));
                continue;
            }
            if (!link.IsActive)
            {
                results.Add(new SyncItemResult(i, id, SyncOutcome.Unchanged));
                continue;
            }
            byExternal[id] = link with { IsActive = false, Hash = "" };
            await links.SaveUnitLinkAsync(byExternal[id], clock.UtcNow, ct);
            await audit.WriteAsync("OrganizationUnit", link.UnitId, "Disabled", null, ct, unitId: link.UnitId);
            results.Add(new SyncItemResult(i, id, SyncOutcome.Deactivated));
        }
        return results;
    }

    private static (string Field, string Code)? Validate(
        SyncUnitInput? item, string? externalId, HashSet<string> seen, Dictionary<string, UnitLink> byExternal,
        Dictionary<Guid, OrganizationUnit> all,
        Dictionary<Guid, string> linked, out OrganizationUnit? unit, out OrganizationUnit? parent)
    {
        unit = parent = null;
        if (item == null) return ("Item", ErrorCodes.Required);
        if (string.IsNullOrEmpty(externalId)) return ("ExternalId", ErrorCodes.Required);
        if (externalId.Length > IdentityConsts.ExternalIdMax) return ("ExternalId", ErrorCodes.TooLong);
        if (!seen.Add(externalId)) return ("ExternalId", IdentityErrorCodes.SyncDuplicate);
        var code = item.Code?.Trim().ToUpperInvariant() ?? "";
        if (code.Length == 0) return ("Code", ErrorCodes.Required);
        if (code.Length > IdentityConsts.UnitCodeMax) return ("Code", ErrorCodes.TooLong);
        if (!CodePattern().IsMatch(code)) return ("Code", ErrorCodes.InvalidValue);
        if (!Enum.IsDefined(item.Kind)) return ("Kind", ErrorCodes.InvalidValue);
        foreach (var (field, name) in new[] { ("NameKk", item.NameKk), ("NameRu", item.NameRu), ("NameEn", item.NameEn) })
        {
            if (string.IsNullOrWhiteSpace(name)) return (field, ErrorCodes.Required);
            if (name.Trim().Length > IdentityConsts.UnitNameMax) return (field, ErrorCodes.TooLong);
        }
        if (byExternal.TryGetValue(externalId, out var link)) unit = all.GetValueOrDefault(link.UnitId);
        var holder = all.Values.FirstOrDefault(u => u.Code == code);
        if (unit == null && holder != null && !linked.ContainsKey(holder.Id)) unit = holder;
        if (holder != null && holder.Id != unit?.Id) return ("Code", IdentityErrorCodes.UnitCodeTaken);
        var parentId = item.ParentExternalId?.Trim();
        if (!string.IsNullOrEmpty(parentId))
        {
            if (!byExternal.TryGetValue(parentId, out var p) || !p.IsActive || !all.TryGetValue(p.UnitId, out parent))
                return ("ParentExternalId", IdentityErrorCodes.SyncUnknownUnit);
            if (unit != null && parent.Path.Contains("/" + unit.Id + "/", StringComparison.Ordinal))
                return ("ParentExternalId", IdentityErrorCodes.UnitCycle);
        }
        return null;
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]*$")]
    private static partial Regex CodePattern();
}
