namespace Ektu.Qa.QualityPolicy.Documents;

/// <summary>Filter and page of the document list.</summary>
public sealed class DocumentListInput
{
    public string? Search { get; set; }
    public DocumentType? Type { get; set; }
    public DocumentState? State { get; set; }
    public int Page { get; set; } = 1;
    public int PageSize { get; set; } = 50;
}
