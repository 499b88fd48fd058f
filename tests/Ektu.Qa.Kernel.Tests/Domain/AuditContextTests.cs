using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Modularity;
using Ektu.Qa.Kernel.Security;

namespace Ektu.Qa.Kernel.Tests.Domain;

public sealed class AuditContextTests
{
    private sealed class ProbeContracts : IQaModuleContracts
    {
        public static string ModuleName => "Probe";
    }

    private sealed class User(string? name) : ICurrentUser
    {
        public bool IsAuthenticated => name != null;
        public Guid? Id => null;
        public string? UserName => name;
        public Task<bool> HasPermissionAsync(string permission) => Task.FromResult(false);
    }

    private sealed class Log : IAuditLog
    {
        public List<(string Module, string Entity, Guid Id, string Action, Guid? UnitId)> Entries { get; } = [];

        public Task WriteAsync(string module, string entity, Guid entityId, string action, IReadOnlyList<AuditChange>? changes = null,
            CancellationToken ct = default, Guid? unitId = null)
        {
            Entries.Add((module, entity, entityId, action, unitId));
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task WriteAsync_Should_StampTheModuleOfItsContracts_When_AServiceWrites()
    {
        var log = new Log();
        var (id, unit) = (Guid.NewGuid(), Guid.NewGuid());
        await new AuditContext<ProbeContracts>(log, new User("aqd")).WriteAsync("Plan", id, "Created", unitId: unit);
        log.Entries.ShouldBe([("Probe", "Plan", id, "Created", (Guid?)unit)]);
        AuditContext<ProbeContracts>.Module.ShouldBe("Probe");
    }

    [Fact]
    public void By_Should_NameTheUserOrSystem_When_ReadInARequestOrAJob()
    {
        new AuditContext<ProbeContracts>(new Log(), new User("dean.sitis")).By.ShouldBe("dean.sitis");
        new AuditContext<ProbeContracts>(new Log(), new User(null)).By.ShouldBe("system");
    }
}
