using Ektu.Qa.Identity;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.ProgrammeMonitoring.Programmes;
using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.QaCommission.Meetings;
using Ektu.Qa.QaCommission.Plans;
using Ektu.Qa.QaCommission.Register;

namespace Ektu.Qa.QaCommission.Data;

/// <summary>
/// Demo only: the SITIS commission with four members (chair, deputy, secretary, member), a held meeting four weeks ago
/// with attendance, two voted decisions in the register, a planned meeting, and its monitoring calendar (checks of the IT
/// programme). Skipped when any commission exists.
/// </summary>
internal sealed class QaCommissionDemoSeeder(IDbSession db, IIdentityIntegrationService identity, CommissionRepository commissions,
    MeetingRepository meetings, PlanRepository plans, IProgrammeIntegrationService programmes, IClock clock)
    : IDataSeedContributor
{
    public async Task SeedAsync(bool demo, CancellationToken ct = default)
    {
        if (!demo) return;
        await db.InUnitOfWorkAsync(async () =>
        {
            if (await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM qc_commissions", ct: ct) > 0) return;
            var school = (await identity.GetUnitsAsync(ct)).FirstOrDefault(u => u.Code == "SITIS");
            if (school == null) return;
            var users = (await identity.GetUsersByNameAsync(["teacher1", "teacher2", "head.cs", "aqd"], ct)).ToDictionary(u => u.UserName);
            if (users.Count < 4) return;
            var now = clock.UtcNow;
            var today = DateOnly.FromDateTime(now);
            const string by = "system";
            var id = Guid.NewGuid();
            await commissions.InsertAsync(id, school.Id, "12-ө", today.AddMonths(-7), now, by, ct);
            var start = today.AddMonths(-6);
            var roles = new (string User, MemberRole Role, MemberKind Kind)[]
            {
                ("teacher1", MemberRole.Chair, MemberKind.AcademicStaff), ("head.cs", MemberRole.DeputyChair, MemberKind.DepartmentRepresentative),
                ("teacher2", MemberRole.Secretary, MemberKind.AcademicStaff), ("aqd", MemberRole.Member, MemberKind.AcademicStaff),
            };
            var memberIds = new Dictionary<string, Guid>();
            foreach (var (userName, role, kind) in roles)
            {
                var u = users[userName];
                var m = new MemberDto
                {
                    Id = Guid.NewGuid(), CommissionId = id, UserId = u.Id, FullName = u.FullName, Role = MemberRole.Member,
                        Kind = kind, TermStart = start,
                    TermEnd = MemberTerm.End(start), YearsInHigherEducation = 12, HasProgrammeExperience = true, PdCompletedOn = start.AddMonths(-3),
                    CriteriaEvidence = "Personnel file; PD certificate",
                };
                await commissions.InsertMemberAsync(m, now, by, ct);
                if (role != MemberRole.Member) await commissions.SetRoleAsync(m.Id, role, start.AddYears(3), now, by, ct);
                memberIds[userName] = m.Id;
            }

            var held = new Meeting
            {
                Id = Guid.NewGuid(), CommissionId = id, MeetingDate = today.AddDays(-28), StartTime = "14:00",
                    Format = MeetingFormat.InPerson, Place = "Room 301",
                State = MeetingState.Planned, ReviewsRegister = true,
            };
            held.StampCreated(now, by);
            await meetings.InsertAsync(held, ct);
            await meetings.InsertAgendaItemAsync(new AgendaItemDto { Id = Guid.NewGuid(), MeetingId = held.Id, Seq = 1,
                Title = "Results of the mid-term monitoring of course syllabi", Speaker = users["teacher2"].FullName }, now, by, ct);
            await meetings.ReplaceAttendanceAsync(held.Id, new Dictionary<Guid, AttendanceStatus>
            {
                [memberIds["teacher1"]] = AttendanceStatus.Present, [memberIds["head.cs"]] = AttendanceStatus.Present,
                [memberIds["teacher2"]] = AttendanceStatus.Present, [memberIds["aqd"]] = AttendanceStatus.Excused,
            }, now, by, ct);
            var texts = new[] { ("Update the assessment criteria in three syllabi of the CS programme", "user"),
                ("Hold a peer-review week in the Department of Information Systems", "unit") };
            var seq = 0;
            foreach (var (text, kind) in texts)
            {
                var d = new Decision
                {
                    Id = Guid.NewGuid(), CommissionId = id, MeetingId = held.Id, Seq = ++seq, Text = text, Outcome = DecisionOutcome.NotVoted,
                    ExecutorUserId = kind == "user" ? users["head.cs"].Id : null,
                    ExecutorUnitId = kind == "unit" ? (await identity.GetUnitsAsync(ct)).Single(u => u.Code == "SITIS-IS").Id : null,
                    Deadline = today.AddDays(seq == 1 ? -3 : 30), ReportForm = "Memo with the updated syllabi",
                        ExecutionStatus = ExecutionStatus.Open,
                };
                d.StampCreated(now, by);
                await meetings.InsertDecisionAsync(d, ct);
                var votes = new Dictionary<Guid, VoteChoice> { [memberIds["teacher1"]] = VoteChoice.For, [memberIds["head.cs"]] = VoteChoice.For,
                    [memberIds["teacher2"]] = seq == 1 ? VoteChoice.For : VoteChoice.Abstain };
                await meetings.ReplaceVotesAsync(d.Id, votes, now, by, ct);
                (d.VotesFor, d.VotesAgainst, d.VotesAbstain, d.Outcome) = VoteTally.Count(votes.Values, VoteChoice.For);
                await meetings.UpdateDecisionAsync(d, 1, ct);
            }
            held.State = MeetingState.Held;
            held.MinutesYear = held.MeetingDate.Year;
            held.MinutesNumber = 1;
            held.MaterialsSentAt = now.AddDays(-35);
            held.MaterialsSentOn = held.MeetingDate.AddDays(-7);
            held.Discussion = "The secretary reported the monitoring results; members discussed the assessment criteria.";
            await meetings.UpdateAsync(held, 1, ct);

            var next = new Meeting
            {
                Id = Guid.NewGuid(), CommissionId = id, MeetingDate = today.AddDays(14), StartTime = "15:00", Format = MeetingFormat.Online,
                    Place = "https://meet.ektu.kz/qc-sitis",
                State = MeetingState.Planned, ReviewsRegister = false,
            };
            next.StampCreated(now, by);
            await meetings.InsertAsync(next, ct);
            await SeedChecksAsync(id, school.Id, today, now, by, ct);
        }, ct);
    }

    /// <summary>
    /// The monitoring calendar: a held check of the IT programme (B057) and a coming one, linked to the register so the
    /// programme's page lists them, and one planned by free text on a course outside the register.
    /// </summary>
    private async Task SeedChecksAsync(Guid commissionId, Guid schoolId, DateOnly today, DateTime now, string by, CancellationToken ct)
    {
        var it = (await programmes.GetProgrammesAsync(ct)).FirstOrDefault(p => p.SchoolId == schoolId && p.GroupCode == "B057");
        var checks = new (Guid? Programme, string Text, string Title, int StartDays, bool Done)[]
        {
            (it?.Id, "B057", "Mid-term monitoring of course syllabi", -42, true),
            (it?.Id, "B057", "Check of examination papers against the learning outcomes", 20, false),
            (null, "Minor: Data analytics", "Survey of students on the elective courses", 45, false),
        };
        foreach (var (programme, text, title, startDays, done) in checks)
        {
            var e = new MonitoringEventDto
            {
                Id = Guid.NewGuid(), CommissionId = commissionId, ProgrammeId = programme, Programme = text, Title = title,
                Responsible = "Secretary of the commission", StartsOn = today.AddDays(startDays), EndsOn = today.AddDays(startDays + 7), Version = 1,
            };
            await plans.InsertEventAsync(e, now, by, ct);
            if (done) await plans.SetEventDoneAsync(e.Id, 1, e.EndsOn, now, by, ct);
        }
    }
}
