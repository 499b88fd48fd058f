using Ektu.Qa.Kernel.Auditing;

namespace Ektu.Qa.Kernel.Tests.Domain;

public sealed class AuditChangesTests
{
    private sealed record Sample(string Name, int Count, DateTime At, int Version);

    [Fact]
    public void Between_Should_ListOnlyChangedFields_When_SomeDiffer()
    {
        var at = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var changes = AuditChanges.Between(new Sample("a", 1, at, 1), new Sample("b", 1, at, 2));
        changes.ShouldBe([new AuditChange("Name", "a", "b")]);
    }

    [Fact]
    public void Between_Should_ListEveryFieldAsNew_When_Created()
    {
        var changes = AuditChanges.Between(null, new Sample("a", 3, DateTime.UnixEpoch, 1));
        changes.Select(c => c.Field).ShouldBe(["Name", "Count", "At"]);
        changes.ShouldAllBe(c => c.Old == null);
    }
}
