namespace Ektu.Qa.QualityPolicy.Documents;

/// <summary>A new edition's file; the content is checked (PDF or DOCX) and its size limited before anything is stored.</summary>
public sealed class UploadEditionInput
{
    public string FileName { get; set; } = "";
    public Stream? Content { get; set; }
    public int Version { get; set; }
}
