using System.Text.Json.Nodes;

namespace Ektu.Qa.Workflow;

/// <summary>
/// What business modules call: start an approval for their record and deliver messages. Runs in the caller's unit
/// of work, so the step commits with the business data it touches; no permission check (the caller made its own).
/// </summary>
public interface IWorkflowIntegrationService
{
    /// <summary>Starts the latest published version of <paramref name="processKey"/>; returns the instance id.</summary>
    Task<Guid> StartAsync(string processKey, string businessKey, Guid unitId, JsonObject? variables, CancellationToken ct = default);

    /// <summary>
    /// Starts the process as <see cref="StartAsync"/> does, for a record its caller submits: the caller's own tasks the
    /// start opens (a model's "submit" step assigned to the initiator) are completed by this submission, so nothing
    /// waits in the submitter's inbox for what they have just done. A later "revise" loop gives them the step again.
    /// </summary>
    Task<Guid> SubmitAsync(string processKey, string businessKey, Guid unitId, JsonObject? variables, CancellationToken ct = default);

    /// <summary>Delivers a message to the instances waiting for <paramref name="messageName"/> with this business key; returns how many got
    /// it.</summary>
    Task<int> CorrelateMessageAsync(string messageName, string businessKey, JsonObject? payload, CancellationToken ct = default);
}
