using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Security;

namespace Ektu.Qa.Workflow.Instances;

/// <summary><c>wf_instances</c>: one row per instance, its engine state as JSON, guarded by <c>version</c>.</summary>
internal sealed class InstanceRepository(IDbSession db)
{
    /// <summary>The row's columns from <c>wf_instances i</c>; the task repository reads them with a task.</summary>
    public const string RowColumns = """
        i.id, i.definition_id AS DefinitionId, i.definition_version_id AS DefinitionVersionId, i.process_key AS ProcessKey, i.number,
        i.business_key AS BusinessKey, i.unit_id AS UnitId, i.status, i.state, i.error_element_id AS ErrorElementId, i.error_message AS ErrorMessage,
        i.started_at AS StartedAt, i.started_by AS StartedBy, i.ended_at AS EndedAt, i.history_seq AS HistorySeq, i.version
        """;

    private const string DtoColumns = """
        i.id, i.definition_id AS DefinitionId, i.process_key AS ProcessKey, i.number AS DefinitionNumber, d.name_kk AS NameKk, d.name_ru AS NameRu,
        d.name_en AS NameEn, i.business_key AS BusinessKey, i.unit_id AS UnitId, i.status, i.error_element_id AS ErrorElementId,
        i.error_message AS ErrorMessage, i.started_at AS StartedAt, i.started_by AS StartedBy, i.ended_at AS EndedAt, i.version
        """;

    public Task<InstanceRow?> FindAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<InstanceRow>($"SELECT {RowColumns} FROM wf_instances i WHERE i.id = @id", new { id }, ct);

    public Task<ProcessInstanceDto?> FindDtoAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<ProcessInstanceDto>($"SELECT {DtoColumns} FROM wf_instances i JOIN wf_definitions d ON d.id = i.definition_id " +
            $"WHERE i.id = @id", new { id }, ct);

    /// <summary>Adds the new instance's row to the step's batch.</summary>
    public static void AddInsert(SqlBatch batch, InstanceRow r, DateTime at, string by) => batch.Add("""
        INSERT INTO wf_instances (id, definition_id, definition_version_id, process_key, number, business_key, unit_id, status, state,
        error_element_id,
          error_message, started_at, started_by, ended_at, history_seq, version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @DefinitionId, @DefinitionVersionId, @ProcessKey, @Number, @BusinessKey, @UnitId, @Status, @State, @ErrorElementId,
          @ErrorMessage, @StartedAt, @StartedBy, @EndedAt, @HistorySeq, @Version, @at, @by, @at, @by)
        """, new Dictionary<string, object?>
        {
            ["Id"] = r.Id, ["DefinitionId"] = r.DefinitionId, ["DefinitionVersionId"] = r.DefinitionVersionId, ["ProcessKey"] = r.ProcessKey,
            ["Number"] = r.Number, ["BusinessKey"] = r.BusinessKey, ["UnitId"] = r.UnitId, ["Status"] = r.Status, ["State"] = r.State,
            ["ErrorElementId"] = r.ErrorElementId, ["ErrorMessage"] = r.ErrorMessage, ["StartedAt"] = r.StartedAt, ["StartedBy"] = r.StartedBy,
            ["EndedAt"] = r.EndedAt, ["HistorySeq"] = r.HistorySeq, ["Version"] = r.Version, ["at"] = at, ["by"] = by,
        });

    /// <summary>Adds writing the state after a step to its batch; a concurrent step on the same instance makes it fail with 409.</summary>
    public static void AddUpdate(SqlBatch batch, InstanceRow r, int expectedVersion, DateTime at, string by) => batch.AddGuarded("""
        UPDATE wf_instances SET status = @Status, state = @State, error_element_id = @ErrorElementId, error_message = @ErrorMessage,
          ended_at = @EndedAt, history_seq = @HistorySeq, version = @Version, updated_at = @at, updated_by = @by
        WHERE id = @Id AND version = @expectedVersion
        """, new Dictionary<string, object?>
        {
            ["Status"] = r.Status, ["State"] = r.State, ["ErrorElementId"] = r.ErrorElementId, ["ErrorMessage"] = r.ErrorMessage,
            ["EndedAt"] = r.EndedAt, ["HistorySeq"] = r.HistorySeq, ["Version"] = r.Version, ["Id"] = r.Id, ["expectedVersion"] = expectedVersion,
            ["at"] = at, ["by"] = by,
        }, "ProcessInstance", r.Id);

    public async Task<(IReadOnlyList<ProcessInstanceDto> Items, int Total)> ListAsync(InstanceListInput input, UnitScope scope, int offset, int size,
        CancellationToken ct)
    {
        var where = "WHERE 1 = 1";
        if (!string.IsNullOrWhiteSpace(input.ProcessKey)) where += " AND i.process_key = @ProcessKey";
        if (input.Status is not null) where += " AND i.status = @status";
        if (!string.IsNullOrWhiteSpace(input.BusinessKey)) where += " AND i.business_key = @BusinessKey";
        if (!scope.All) where += " AND i.unit_id IN @units";
        var args = new { input.ProcessKey, status = (int?)input.Status, input.BusinessKey, units = scope.ForSql(), offset, size };
        var total = await db.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM wf_instances i {where}", args, ct);
        var items = await db.QueryAsync<ProcessInstanceDto>(
            $"SELECT {DtoColumns} FROM wf_instances i JOIN wf_definitions d ON d.id = i.definition_id {where} ORDER BY i.started_at DESC, i.id " +
                $"DESC LIMIT @size OFFSET @offset", args, ct);
        return (items, (int)total);
    }
}
