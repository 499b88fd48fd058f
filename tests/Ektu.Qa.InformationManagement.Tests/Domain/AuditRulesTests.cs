using Ektu.Qa.InformationManagement.Audits;
using Ektu.Qa.InformationManagement.Systems;

namespace Ektu.Qa.InformationManagement.Tests.Domain;

public sealed class AuditRulesTests
{
    [Theory]
    [InlineData(AuditState.Planned, AuditState.InProgress, true)]
    [InlineData(AuditState.InProgress, AuditState.Reported, true)]
    [InlineData(AuditState.Reported, AuditState.Closed, true)]
    [InlineData(AuditState.Planned, AuditState.Reported, false)]
    [InlineData(AuditState.Planned, AuditState.Closed, false)]
    [InlineData(AuditState.Reported, AuditState.InProgress, false)]
    [InlineData(AuditState.Closed, AuditState.Planned, false)]
    [InlineData(AuditState.InProgress, AuditState.InProgress, false)]
    public void CanMove_Should_AllowOnlyTheNextStep_When_Asked(AuditState from, AuditState to, bool allowed) =>
        AuditRules.CanMove(from, to).ShouldBe(allowed);

    [Fact]
    public void Dependent_Should_ListAuditorsWhoAreMembers_When_LeadIsAlsoInTheTeam()
    {
        Guid lead = Guid.NewGuid(), member = Guid.NewGuid(), outsider = Guid.NewGuid();
        var auditors = AuditRules.Auditors(lead, [lead, member, outsider, member]);

        auditors.ShouldBe([lead, member, outsider]);
        AuditRules.Dependent(auditors, new HashSet<Guid> { member }).ShouldBe([member]);
    }

    [Theory]
    [InlineData(90, false)]
    [InlineData(91, true)]
    [InlineData(0, false)]
    public void IsStale_Should_FlagTheRestore_When_OlderThanTheDays(int age, bool stale)
    {
        var today = new DateOnly(2026, 3, 2);
        RestoreRules.IsStale(today.AddDays(-age), today, 90).ShouldBe(stale);
        RestoreRules.IsStale(null, today, 90).ShouldBeTrue();
    }
}
