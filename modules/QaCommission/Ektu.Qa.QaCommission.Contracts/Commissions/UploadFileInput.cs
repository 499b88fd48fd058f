namespace Ektu.Qa.QaCommission.Commissions;

/// <summary>An uploaded file (order scan, material, signed minutes, evidence); checked by content, not by name.</summary>
public sealed class UploadFileInput
{
    public string FileName { get; set; } = "";
    public Stream? Content { get; set; }

    /// <summary>Version of the record the file is attached to.</summary>
    public int Version { get; set; }
}
