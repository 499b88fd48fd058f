namespace Ektu.Qa.Workflow;

/// <summary>
/// A process a module owns: it is started only through that module's own call to
/// <see cref="IWorkflowIntegrationService.StartAsync"/>, never through the generic start page or API, so its variables
/// (who approves, which record) are the module's. Register one per process:
/// <c>services.AddSingleton(new WorkflowProcessOwner("policy-document-approval", "QualityPolicy"))</c>.
/// </summary>
public sealed record WorkflowProcessOwner(string ProcessKey, string Module);
