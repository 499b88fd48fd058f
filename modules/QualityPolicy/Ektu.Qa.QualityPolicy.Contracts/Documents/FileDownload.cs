namespace Ektu.Qa.QualityPolicy.Documents;

/// <summary>A stored file to send: name, content type and an open stream the caller disposes.</summary>
public sealed record FileDownload(string FileName, string ContentType, Stream Content);
