using Ektu.Qa.QaCommission.Commissions;

namespace Ektu.Qa.QaCommission.Documents;

/// <summary>A commission's archive: every academic year that holds a document (newest first) and the documents matching the filter.</summary>
public sealed class DocumentArchiveDto
{
    public CommissionDto Commission { get; init; } = null!;
    public IReadOnlyList<int> Years { get; init; } = [];
    public IReadOnlyList<ArchiveDocumentDto> Documents { get; init; } = [];
}
