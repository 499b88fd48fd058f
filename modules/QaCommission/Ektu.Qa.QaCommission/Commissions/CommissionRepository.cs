using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.QaCommission.Documents;

namespace Ektu.Qa.QaCommission.Commissions;

/// <summary>Commissions, their members and elections, and the programmes committee (БББК) list.</summary>
internal sealed class CommissionRepository(IDbSession db)
{
    public const string Columns = """
        c.id, c.school_unit_id AS SchoolUnitId, c.state, c.order_number AS OrderNumber, c.order_date AS OrderDate, c.order_file_name AS OrderFileName,
        c.dissolution_order_number AS DissolutionOrderNumber, c.dissolution_order_date AS DissolutionOrderDate, c.version, c.updated_at AS UpdatedAt
        """;

    private const string MemberColumns = """
        id, commission_id AS CommissionId, user_id AS UserId, full_name AS FullName, member_role AS Role, member_kind AS Kind,
        department_unit_id AS DepartmentUnitId, term_start AS TermStart, term_end AS TermEnd, ended_on AS EndedOn, role_term_end AS RoleTermEnd,
        years_in_higher_education AS YearsInHigherEducation, has_programme_experience AS HasProgrammeExperience, pd_completed_on AS PdCompletedOn,
        criteria_evidence AS CriteriaEvidence, criteria_override_reason AS CriteriaOverrideReason, version
        """;

    /// <summary>A commission is visible to the units in scope (its school or above) and to its own members.</summary>
    public static string Visible(UnitScope scope) => scope.All ? "1 = 1" :
        "(c.school_unit_id IN @Units OR EXISTS (SELECT 1 FROM qc_members vm WHERE vm.commission_id = c.id AND vm.user_id = @Me))";

    public Task<IReadOnlyList<CommissionDto>> ListAsync(UnitScope scope, Guid me, CancellationToken ct) =>
        db.QueryAsync<CommissionDto>($"SELECT {Columns} FROM qc_commissions c WHERE {Visible(scope)} ORDER BY c.state, c.order_date DESC",
            new { Units = scope.ForSql(), Me = me }, ct);

    public Task<CommissionDto?> FindAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<CommissionDto>($"SELECT {Columns} FROM qc_commissions c WHERE c.id = @id", new { id }, ct);

    public async Task<bool> ActiveExistsAsync(Guid schoolUnitId, CancellationToken ct) =>
        await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM qc_commissions WHERE school_unit_id = @schoolUnitId AND state = 'Active'",
            new { schoolUnitId }, ct) > 0;

    public Task InsertAsync(Guid id, Guid schoolUnitId, string orderNumber, DateOnly orderDate, DateTime at, string by,
        CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO qc_commissions (id, school_unit_id, state, order_number, order_date, version, created_at, created_by, updated_at, updated_by)
        VALUES (@id, @schoolUnitId, 'Active', @orderNumber, @orderDate, 1, @at, @by, @at, @by)
        """, new { id, schoolUnitId, orderNumber, orderDate, at, by }, ct);

    public async Task DissolveAsync(Guid id, int version, string orderNumber, DateOnly orderDate, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE qc_commissions SET state = 'Dissolved', dissolution_order_number = @orderNumber, dissolution_order_date = @orderDate,
              version = version + 1, updated_at = @at, updated_by = @by
            WHERE id = @id AND version = @version
            """, new { id, version, orderNumber, orderDate, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "Commission", id);
    }

    public async Task SetOrderFileAsync(Guid id, int version, string fileName, string contentType, string sha, string path, DateTime at,
        string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE qc_commissions SET order_file_name = @fileName, order_content_type = @contentType, order_sha256 = @sha, order_storage_path = @path,
              version = version + 1, updated_at = @at, updated_by = @by
            WHERE id = @id AND version = @version
            """, new { id, version, fileName, contentType, sha, path, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "Commission", id);
    }

    public Task<StoredFileRow?> OrderFileAsync(Guid id, CancellationToken ct) => db.QuerySingleOrDefaultAsync<StoredFileRow>(
        "SELECT order_storage_path AS StoragePath, order_file_name AS FileName, order_content_type AS ContentType FROM qc_commissions WHERE id = @id",
            new { id }, ct);

    /// <summary>Composition changes are guarded by the commission's version: two secretaries cannot add the same person at once.</summary>
    public async Task TouchAsync(Guid id, int version, DateTime at, string by, CancellationToken ct)
    {
        var rows =
            await db.ExecuteAsync(
            "UPDATE qc_commissions SET version = version + 1, updated_at = @at, updated_by = @by WHERE id = @id AND version = @version",
            new { id, version, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "Commission", id);
    }

    public Task<IReadOnlyList<MemberDto>> GetMembersAsync(Guid commissionId, CancellationToken ct) =>
        db.QueryAsync<MemberDto>(
            $"SELECT {MemberColumns} FROM qc_members WHERE commission_id = @commissionId ORDER BY full_name", new { commissionId }, ct);

    public Task<MemberDto?> FindMemberAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<MemberDto>($"SELECT {MemberColumns} FROM qc_members WHERE id = @id", new { id }, ct);

    public Task InsertMemberAsync(MemberDto m, DateTime at, string by, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO qc_members (id, commission_id, user_id, full_name, member_role, member_kind, department_unit_id, term_start,
            term_end, ended_on, role_term_end,
          years_in_higher_education, has_programme_experience, pd_completed_on, criteria_evidence, criteria_override_reason, version, created_at,
              created_by, updated_at, updated_by)
        VALUES (@Id, @CommissionId, @UserId, @FullName, @RoleText, @KindText, @DepartmentUnitId, @TermStart, @TermEnd, NULL, NULL,
          @YearsInHigherEducation, @HasProgrammeExperience, @PdCompletedOn, @CriteriaEvidence, @CriteriaOverrideReason, 1, @at, @by, @at, @by)
        """, new
    {
        m.Id, m.CommissionId, m.UserId, m.FullName, RoleText = m.Role.ToString(), KindText = m.Kind.ToString(),
            m.DepartmentUnitId, m.TermStart, m.TermEnd,
        m.YearsInHigherEducation, m.HasProgrammeExperience, m.PdCompletedOn, m.CriteriaEvidence, m.CriteriaOverrideReason, at, by,
    }, ct);

    public async Task EndMemberAsync(Guid id, int version, DateOnly endedOn, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE qc_members SET ended_on = @endedOn, member_role = 'Member', role_term_end = NULL, version = version + 1,
                updated_at = @at, updated_by = @by
            WHERE id = @id AND version = @version
            """, new { id, version, endedOn, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "Member", id);
    }

    /// <summary>Role changes follow an election; the commission's version guards them.</summary>
    public Task SetRoleAsync(Guid memberId, MemberRole role, DateOnly? roleTermEnd, DateTime at, string by,
        CancellationToken ct) => db.ExecuteAsync("""
        UPDATE qc_members SET member_role = @role, role_term_end = @roleTermEnd, version = version + 1, updated_at = @at,
            updated_by = @by WHERE id = @memberId
        """, new { memberId, role = role.ToString(), roleTermEnd, at, by }, ct);

    public Task<IReadOnlyList<ElectionDto>> GetElectionsAsync(Guid commissionId, CancellationToken ct) => db.QueryAsync<ElectionDto>("""
        SELECT id, member_id AS MemberId, member_role AS Role, electing_body AS Body, held_on AS HeldOn, votes_for AS VotesFor,
            votes_against AS VotesAgainst,
               votes_abstain AS VotesAbstain, is_elected AS IsElected
        FROM qc_elections WHERE commission_id = @commissionId ORDER BY held_on DESC, created_at DESC
        """, new { commissionId }, ct);

    public Task InsertElectionAsync(Guid commissionId, ElectionDto e, DateTime at, string by, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO qc_elections (id, commission_id, member_id, member_role, electing_body, held_on, votes_for, votes_against, votes_abstain,
            is_elected, created_at, created_by)
        VALUES (@Id, @commissionId, @MemberId, @RoleText, @BodyText, @HeldOn, @VotesFor, @VotesAgainst, @VotesAbstain, @IsElected, @at, @by)
        """, new { e.Id, commissionId, e.MemberId, RoleText = e.Role.ToString(), BodyText = e.Body.ToString(), e.HeldOn, e.VotesFor, e.VotesAgainst,
            e.VotesAbstain, e.IsElected, at, by }, ct);

    public Task<IReadOnlyList<ProgrammeCommitteeMemberDto>> GetProgrammeCommitteeAsync(Guid schoolUnitId, CancellationToken ct) =>
        db.QueryAsync<ProgrammeCommitteeMemberDto>(
        "SELECT id, school_unit_id AS SchoolUnitId, user_id AS UserId FROM qc_programme_committee_members WHERE school_unit_id = @schoolUnitId",
            new { schoolUnitId }, ct);

    public Task<ProgrammeCommitteeMemberDto?> FindProgrammeCommitteeMemberAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<ProgrammeCommitteeMemberDto>(
        "SELECT id, school_unit_id AS SchoolUnitId, user_id AS UserId FROM qc_programme_committee_members WHERE id = @id", new { id }, ct);

    public async Task<bool> IsOnProgrammeCommitteeAsync(Guid schoolUnitId, Guid userId, CancellationToken ct) => await db.ExecuteScalarAsync<long>(
        "SELECT COUNT(*) FROM qc_programme_committee_members WHERE school_unit_id = @schoolUnitId AND user_id = @userId",
            new { schoolUnitId, userId }, ct) > 0;

    public Task InsertProgrammeCommitteeMemberAsync(Guid id, Guid schoolUnitId, Guid userId, DateTime at, string by,
        CancellationToken ct) => db.ExecuteAsync(
        db.Dialect.InsertIgnore("qc_programme_committee_members", "id, school_unit_id, user_id, created_at, created_by",
            "@id, @schoolUnitId, @userId, @at, @by"),
        new { id, schoolUnitId, userId, at, by }, ct);

    public Task DeleteProgrammeCommitteeMemberAsync(Guid id, CancellationToken ct) =>
        db.ExecuteAsync("DELETE FROM qc_programme_committee_members WHERE id = @id", new { id }, ct);
}
