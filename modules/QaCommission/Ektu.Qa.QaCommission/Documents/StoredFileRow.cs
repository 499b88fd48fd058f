namespace Ektu.Qa.QaCommission.Documents;

/// <summary>Where a stored file is and how to send it.</summary>
internal sealed class StoredFileRow
{
    /// <summary>The record the file belongs to (a material's meeting).</summary>
    public Guid OwnerId { get; init; }
    public string? StoragePath { get; init; }
    public string? FileName { get; init; }
    public string? ContentType { get; init; }
}
