namespace Ektu.Qa.Workflow.Definitions;

/// <summary>Process definitions and their versions: the designer's back end.</summary>
public interface IProcessDefinitionAppService
{
    Task<IReadOnlyList<ProcessDefinitionDto>> GetListAsync(CancellationToken ct = default);

    Task<ProcessDefinitionDto> GetAsync(Guid id, CancellationToken ct = default);

    Task<IReadOnlyList<DefinitionVersionDto>> GetVersionsAsync(Guid id, CancellationToken ct = default);

    /// <summary>The BPMN XML of version <paramref name="number"/>, or of the draft (else the latest published) when null.</summary>
    Task<string> GetXmlAsync(Guid id, int? number, CancellationToken ct = default);

    /// <summary>Creates a definition from a .bpmn file, or replaces the draft of the definition with the same process id.</summary>
    Task<ProcessDefinitionDto> ImportAsync(byte[] bpmn, CancellationToken ct = default);

    /// <summary>Saves the draft; invalid models are refused with the problems keyed by element id.</summary>
    Task<DefinitionVersionDto> SaveDraftAsync(Guid id, SaveDraftInput input, CancellationToken ct = default);

    /// <summary>Freezes the draft as the new published version; new instances start on it.</summary>
    Task<DefinitionVersionDto> PublishAsync(Guid id, int draftVersion, CancellationToken ct = default);
}
