using Ektu.Qa.Kernel.Modularity;
using Ektu.Qa.Kernel.Security;

namespace Ektu.Qa.Kernel.Auditing;

/// <summary>
/// A module's audit trail and the person acting, injected as <c>AuditContext&lt;TModule&gt;</c> with the module's Contracts
/// marker: services no longer keep their own <c>Module</c> constant and <c>By</c> property.
/// </summary>
public sealed class AuditContext<TModule>(IAuditLog log, ICurrentUser user) where TModule : IQaModuleContracts
{
    /// <summary>The module code every entry of this context carries.</summary>
    public static string Module => TModule.ModuleName;

    /// <summary>The name stamped as <c>created_by</c> / <c>updated_by</c>: the signed-in user, or "system" for jobs.</summary>
    public string By => user.UserName ?? "system";

    /// <summary>Writes one entry of <see cref="Module"/> in the caller's unit of work (<see cref="IAuditLog.WriteAsync"/>).</summary>
    public Task WriteAsync(
        string entity, Guid entityId, string action, IReadOnlyList<AuditChange>? changes = null, CancellationToken ct = default,
        Guid? unitId = null) =>
        log.WriteAsync(Module, entity, entityId, action, changes, ct, unitId);
}
