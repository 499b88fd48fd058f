namespace Ektu.Qa.QualityPolicy.Documents;

/// <summary>Create or edit a document's card; <see cref="Version"/> is the one read (ignored on create).</summary>
public sealed class SavePolicyDocumentInput
{
    public string Code { get; set; } = "";
    public DocumentType Type { get; set; }
    public string TitleKk { get; set; } = "";
    public string TitleRu { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public Guid OwnerUnitId { get; set; }

    /// <summary>Whose employees must acknowledge; the owning unit when empty.</summary>
    public Guid? ScopeUnitId { get; set; }

    public bool IsPublished { get; set; }
    public int Version { get; set; }
}
