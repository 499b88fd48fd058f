namespace Ektu.Qa.QaCommission.Documents;

/// <summary>
/// The commission's documents kept and archived per academic year (004 §7.7). Read-only: a closed year is only listed;
/// each document downloads through the download method of the service that owns it, which checks permission and scope.
/// </summary>
public interface IDocumentArchiveAppService
{
    /// <summary>The documents the caller may open, newest first; another school's commission answers 404.</summary>
    Task<DocumentArchiveDto> GetDocumentsAsync(Guid commissionId, DocumentFilter filter, CancellationToken ct = default);
}
