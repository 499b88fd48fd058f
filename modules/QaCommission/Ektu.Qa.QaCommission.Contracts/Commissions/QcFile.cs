namespace Ektu.Qa.QaCommission.Commissions;

/// <summary>A file to send: name, content type and an open stream the caller disposes.</summary>
public sealed record QcFile(string FileName, string ContentType, Stream Content);
