using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.Identity.Sync;

/// <summary>The links of units and people to their source records, and the grants rules gave.</summary>
internal sealed class SyncRepository(IDbSession db)
{
    public const string RuleSource = "Rule";

    private const string PersonColumns =
        "external_id AS ExternalId, user_id AS UserId, kind, unit_id AS UnitId, position, programme, study_year AS StudyYear, " +
        "study_form AS StudyForm, study_language AS StudyLanguage, is_active AS IsActive, hash";

    public async Task<IReadOnlyList<UnitLink>> GetUnitLinksAsync(CancellationToken ct) =>
        (await db.QueryAsync<(string ExternalId, Guid UnitId, bool IsActive, string Hash)>(
            "SELECT external_id, unit_id, is_active, hash FROM id_sync_units", ct: ct))
        .Select(r => new UnitLink(r.ExternalId, r.UnitId, r.IsActive, r.Hash)).ToList();

    public Task SaveUnitLinkAsync(UnitLink link, DateTime now, CancellationToken ct) => db.ExecuteAsync(
        db.Dialect.Upsert("id_sync_units", "external_id, unit_id, is_active, hash, updated_at", "@ExternalId, @UnitId, @IsActive, @Hash, @now",
            "external_id", ["unit_id", "is_active", "hash", "updated_at"]),
        new { link.ExternalId, link.UnitId, link.IsActive, link.Hash, now }, ct);

    public Task<IReadOnlyList<PersonLink>> GetPeopleAsync(IReadOnlyCollection<string> externalIds, CancellationToken ct) =>
        db.QueryAsync<PersonLink>($"SELECT {PersonColumns} FROM id_sync_people WHERE external_id IN @externalIds",
            new { externalIds = externalIds.Count == 0 ? [""] : externalIds.ToArray() }, ct);

    public Task<PersonLink?> FindPersonByUserAsync(Guid userId, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<PersonLink>($"SELECT {PersonColumns} FROM id_sync_people WHERE user_id = @userId", new { userId }, ct);

    public static RowInserts NewPeople() => new("id_sync_people", "external_id", "user_id", "kind", "unit_id", "position", "programme",
        "study_year", "study_form", "study_language", "is_active", "hash", "updated_at");

    public static void AddPerson(RowInserts rows, PersonLink p, DateTime now) => rows.Add(p.ExternalId, p.UserId, p.Kind.ToString(), p.UnitId,
        p.Position, p.Programme, p.StudyYear, p.StudyForm, p.StudyLanguage, p.IsActive, p.Hash, now);

    public Task UpdatePersonAsync(PersonLink p, DateTime now, CancellationToken ct) => db.ExecuteAsync("""
        UPDATE id_sync_people SET user_id = @UserId, kind = @kind, unit_id = @UnitId, position = @Position, programme = @Programme,
          study_year = @StudyYear, study_form = @StudyForm, study_language = @StudyLanguage, is_active = @IsActive, hash = @Hash, updated_at = @now
        WHERE external_id = @ExternalId
        """, new { p.UserId, kind = p.Kind.ToString(), p.UnitId, p.Position, p.Programme, p.StudyYear, p.StudyForm, p.StudyLanguage, p.IsActive,
            p.Hash, now, p.ExternalId }, ct);

    /// <summary>
    /// Every grant of these users with its source: a rule grant may be withdrawn by a sync; a manual one (source NULL) of the
    /// same role in the same unit is never touched, and the rule does not add a second.
    /// </summary>
    public async Task<IReadOnlyList<(RuleGrant Grant, bool ByRule)>> GetGrantsAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct) =>
        (await db.QueryAsync<(Guid Id, Guid UserId, Guid RoleId, Guid UnitId, string? Source)>(
            "SELECT id, user_id, role_id, unit_id, source FROM id_user_roles WHERE user_id IN @userIds",
            new { userIds = SqlIds.Text(userIds) }, ct))
        .Select(r => (new RuleGrant(r.Id, r.UserId, r.RoleId, r.UnitId), r.Source == RuleSource)).ToList();

    public static RowInserts NewGrants() => new("id_user_roles", "id", "user_id", "role_id", "unit_id", "created_at", "created_by", "source");

    public static void AddGrant(RowInserts rows, Guid userId, Guid roleId, Guid unitId, DateTime now, string by) =>
        rows.Add(Guid.NewGuid(), userId, roleId, unitId, now, by, RuleSource);

    public Task RemoveRuleGrantsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) => ids.Count == 0 ? Task.CompletedTask
        : db.ExecuteAsync("DELETE FROM id_user_roles WHERE source = @source AND id IN @ids", new { source = RuleSource, ids = SqlIds.Text(ids) }, ct);
}
